import { defineConfig } from 'vite';

/**
 * `npm run build:console` runs `vite build apps/console`: this folder is the root, and the
 * output goes where the API serves it from (CONSOLE_DIR, default dist/console).
 */
export default defineConfig({
  base: '/',
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    // The budget is 500 kB gzipped for the first load; a single chunk this large would be a bug.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components; a browser-only
      // bundle has no server side, so dropping the directive changes nothing.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/docs-json': 'http://127.0.0.1:3000',
    },
  },
});
