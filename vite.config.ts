import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

// The web UI lives in web/ and is served by the API server from dist/web (server/app.ts).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: `${repositoryRoot}dist/web`,
    emptyOutDir: true,
    // Officials work on old laptops and weak connections: no source maps shipped, one small CSS file.
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
    // The UI imports shared types and pure functions from core/.
    fs: { allow: [repositoryRoot] },
  },
});
