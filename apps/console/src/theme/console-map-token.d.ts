/** Ant Design's default algorithm applied to the console's seed at build time (vite.config.mts). */
declare module 'virtual:console-map-token' {
  import type { theme } from 'antd';

  const token: ReturnType<typeof theme.defaultAlgorithm>;
  export default token;
}
