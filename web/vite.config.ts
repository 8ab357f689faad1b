import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The console: built into dist/web, which the API server serves at / (src/http/console-files.ts). */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts must stay files: the console's CSP allows no data: fonts.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // graphiql.html: the development query editor the server shows at /graphql (never in production).
    rollupOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) } },
  },
  server: {
    host: '127.0.0.1',
    // `npm run dev:web`: the API runs beside it (`npm start`), on its usual port.
    proxy: { '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:4000', changeOrigin: false } },
  },
});
