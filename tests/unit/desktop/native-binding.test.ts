import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  DEV_BINDING,
  electronNativeBinding,
  PACKAGED_BINDING,
} from '../../../src-main/main/native-binding';
import { guidePath } from '../../../src-main/main/bundle-paths';

const place = { resourcesPath: '/opt/LactaSim/resources', appRoot: '/src/lactasim' };

describe("Electron's build of better-sqlite3", () => {
  it('packaged: always the one beside app.asar in resources/native', () => {
    expect(electronNativeBinding({ ...place, isPackaged: true }, () => false)).toBe(
      join('/opt/LactaSim/resources', PACKAGED_BINDING),
    );
  });

  it('in development: .native/electron when it has been built, else Node’s own', () => {
    const seen: string[] = [];
    const exists = (path: string) => (seen.push(path), true);
    expect(electronNativeBinding({ ...place, isPackaged: false }, exists)).toBe(
      join('/src/lactasim', DEV_BINDING),
    );
    expect(seen).toEqual([join('/src/lactasim', DEV_BINDING)]);
    expect(electronNativeBinding({ ...place, isPackaged: false }, () => false)).toBeUndefined();
  });

  it('opens the guide from resources when packaged (outside app.asar)', () => {
    expect(guidePath(true, '/opt/LactaSim/resources')).toBe('/opt/LactaSim/resources/README.md');
    expect(guidePath(false, '/x')).toMatch(/README\.md$/);
  });
});
