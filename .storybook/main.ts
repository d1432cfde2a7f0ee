import type { StorybookConfig } from '@storybook/web-components-vite';
import { workspaceAliases } from '../scripts/workspace-aliases.js';
import { seedsPlugin } from '../scripts/seeds-plugin.js';
import { minifyCssLiterals } from '../scripts/minify-css-literals.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.alias = [...((config.resolve.alias as []) ?? []), ...workspaceAliases];
    // /seeds/*.json and /seeds/merged.json, as the demo serves them: stories use `src` as a
    // portal would, and the Playground's controls can point at any seeds file.
    // The stylesheets minified as the packages ship them: a story shows what a portal gets.
    config.plugins = [...(config.plugins ?? []), seedsPlugin(), minifyCssLiterals()];
    return config;
  },
};
export default config;
