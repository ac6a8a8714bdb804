// The app's build with the renderer left unminified, so a CPU profile names its functions
// (scripts/profile-live.ts): npx electron-vite build -c scripts/electron.vite.profile.config.ts
import base from '../electron.vite.config';

const config = base as unknown as { renderer: { build: Record<string, unknown> } };
config.renderer.build.minify = false;
export default base;
