import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const inRepo = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const REPO = inRepo('../../');
const CONSOLE = inRepo('./');
const VOCABULARY = inRepo('../../libs/domain/src/vocabulary/');

/**
 * The console shares one thing with the server: the domain's vocabulary, pure data whose
 * imports are types only. Any other file of the repository in the bundle (the machine, an
 * adapter, something that needs Node) fails the build, naming the file.
 */
function onlyTheVocabularyFromTheServer(): Plugin {
  return {
    name: 'only-the-vocabulary-from-the-server',
    load(id) {
      const outside =
        id.startsWith(REPO) && !id.startsWith(CONSOLE) && !id.includes('/node_modules/');
      if (outside && !id.startsWith(VOCABULARY)) {
        this.error(
          `the console may import only libs/domain/src/vocabulary, not ${id.slice(REPO.length)}`,
        );
      }
      return null;
    },
  };
}

/**
 * `npm run build:console` runs `vite build apps/console`: this folder is the root, and the
 * output goes where the API serves it from (CONSOLE_DIR, default dist/console).
 */
export default defineConfig({
  base: '/',
  plugins: [onlyTheVocabularyFromTheServer()],
  resolve: {
    alias: { '@hazard/domain/vocabulary': `${VOCABULARY}index.ts` },
  },
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
