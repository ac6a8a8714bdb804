// The Node version Electron 45's tooling (electron-builder, @electron/rebuild, Electron's own
// installer) needs. Tests, the command line and the web edition also run on Node 20.19.
export const DESKTOP_TOOLING_NODE = '22.12.0';

/** True when `version` ("v22.12.0" or "22.12.0") is at least `minimum`. */
export function atLeast(version, minimum = DESKTOP_TOOLING_NODE) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) > need[i];
  }
  return true;
}
