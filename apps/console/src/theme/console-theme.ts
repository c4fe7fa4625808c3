import type { ThemeConfig } from 'antd';
import MAP_TOKEN from 'virtual:console-map-token';
import CONSOLE_TOKEN from './console-token.json';

/**
 * console-token.json holds the console's own colours: Ant Design's default blue, red, greys
 * and placeholder fall short of WCAG AA contrast (4.5:1) on white; these are the nearest that
 * meet it.
 *
 * Ant Design without its run-time styling: the component styles come from its static style
 * sheet (zeroRuntime, antd/dist/antd.css, imported by main.tsx), and the theme's derived
 * token, which Ant Design's default algorithm works out from the seed colours on every start
 * (a tenth of a second of palettes before anything shows), was worked out by the build from
 * the same seed with the same algorithm.
 */
export const CONSOLE_THEME: ThemeConfig = {
  zeroRuntime: true,
  algorithm: () => MAP_TOKEN,
  token: CONSOLE_TOKEN,
};
