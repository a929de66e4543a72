import { defaultClientConditions, defineConfig } from 'vite';

// Relative asset paths, so the API server can serve dist/ at "/" with no CDN and no network.
// The "source" condition reads workspace packages from their TypeScript sources.
export default defineConfig({
  base: './',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
});
