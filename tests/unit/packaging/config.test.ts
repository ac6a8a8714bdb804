import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_EXTENSIONS } from '../../../src-main/contract/desktop';
import { PACKAGED_BINDING } from '../../../src-main/main/native-binding';
import { atLeast, DESKTOP_TOOLING_NODE } from '../../../scripts/node-version.mjs';
import { repoRoot } from '../../fixtures/services';

// electron-builder's own loader and schema check, from the copy electron-builder uses.
const requireFromBuilder = createRequire(require.resolve('electron-builder'));
const { getConfig, validateConfiguration } = requireFromBuilder(
  'app-builder-lib/out/util/config/config',
) as {
  getConfig(dir: string, file: null, extra: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as {
  DebugLogger: new (on: boolean) => unknown;
};

type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let config: Config;
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

beforeAll(async () => {
  config = await getConfig(repoRoot, null, null);
});

describe('packaging configuration (electron-builder.yml)', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app LactaSim with one appId, and package.json agrees', () => {
    expect(config.appId).toBe('org.lactasim.desktop');
    expect(config.productName).toBe('LactaSim');
    expect(pkg.productName).toBe('LactaSim');
  });

  it('makes NSIS, dmg (notarisation off until credentials exist), AppImage and deb', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.mac.notarize).toBe(false);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships Electron’s better-sqlite3 where the main process looks for it, and keeps node_modules’ Node build', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./scripts/before-pack.mjs');
    expect(existsSync(join(repoRoot, 'scripts/before-pack.mjs'))).toBe(true);
    expect(config.extraResources).toContainEqual({
      from: '.native/electron/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      to: PACKAGED_BINDING,
    });
  });

  it('ships the guide with every file its links point to inside the repository', () => {
    const shipped = (config.extraResources as { from: string; to: string }[]).filter(
      (r) => r.from === r.to,
    );
    expect(shipped.map((r) => r.from)).toContain('README.md');
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const local = [...readme.matchAll(/\]\(([^)#:]+)(?:#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(local.length).toBeGreaterThan(0);
    for (const link of local) {
      expect(shipped.some((r) => link === r.from || link.startsWith(`${r.from}/`))).toBe(true);
      expect(existsSync(join(repoRoot, link))).toBe(true);
    }
  });

  it('associates the two bundle extensions the app opens', () => {
    const exts = (config.fileAssociations as { ext: string }[]).map((a) => `.${a.ext}`);
    expect(exts).toEqual([BUNDLE_EXTENSIONS.cases[0], BUNDLE_EXTENSIONS.lesson[0]]);
  });

  it('takes its icons from build/icons, which npm run icons renders from the one drawing', () => {
    expect(config.mac.icon).toBe('build/icons/icon.icns');
    expect(config.win.icon).toBe('build/icons/icon.ico');
    expect(config.linux.icon).toBe('build/icons/png');
    expect(pkg.scripts.icons).toBe('tsx scripts/icons.ts');
  });

  it('names the Node version the desktop tooling needs in engines', () => {
    expect(pkg.engines.node).toBe(`>=${DESKTOP_TOOLING_NODE.replace(/\.0$/, '')}`);
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
  });
});

describe('the Node version check of npm run dist', () => {
  it('accepts 22.12 and later, refuses earlier', () => {
    expect(atLeast('v22.12.0')).toBe(true);
    expect(atLeast('v24.1.0')).toBe(true);
    expect(atLeast('22.11.9')).toBe(false);
    expect(atLeast('v20.19.0')).toBe(false);
  });
});
