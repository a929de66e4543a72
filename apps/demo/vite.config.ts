import { defaultClientConditions, defineConfig } from 'vite';
import { BROWSER_PACK_FILE, browserPackPlugin } from './scripts/browser-pack.js';

// Relative asset paths, so the API server can serve dist/ at "/" with no CDN and no network.
// The "source" condition reads workspace packages from their TypeScript sources.
// The small word-vector pack of "runs on this device" is generated into dist/models/ (scripts/browser-pack.ts).
export default defineConfig({
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  define: { __BROWSER_PACK_FILE__: JSON.stringify(BROWSER_PACK_FILE) },
  plugins: [browserPackPlugin()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
});
