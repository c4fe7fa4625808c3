import { fileURLToPath } from 'node:url';
import { theme } from 'antd';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import CONSOLE_TOKEN from './src/theme/console-token.json' with { type: 'json' };

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

const MAP_TOKEN = 'virtual:console-map-token';

/**
 * What Ant Design's default algorithm derives from the console's seed (palettes, greys,
 * sizes), worked out here once instead of in every browser on every start: the theme's
 * `algorithm` answers with it (src/theme/console-theme.ts).
 */
function precomputedMapToken(): Plugin {
  const resolved = `\0${MAP_TOKEN}`;
  return {
    name: 'precomputed-map-token',
    resolveId: (id) => (id === MAP_TOKEN ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const token = theme.defaultAlgorithm({ ...theme.defaultSeed, ...CONSOLE_TOKEN });
      return `export default ${JSON.stringify(token)};`;
    },
  };
}

/**
 * `npm run build:console` runs `vite build apps/console` when the console changed: this folder
 * is the root, and the output goes where the API serves it from (CONSOLE_DIR, default
 * dist/console).
 */
export default defineConfig({
  base: '/',
  plugins: [onlyTheVocabularyFromTheServer(), precomputedMapToken()],
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
