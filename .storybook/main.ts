import type { StorybookConfig } from '@storybook/web-components-vite';
import { workspaceAliases } from '../scripts/workspace-aliases.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../seeds', to: '/seeds' }],
  viteFinal: async (config) => {
    config.resolve ??= {};
    config.resolve.alias = [...((config.resolve.alias as []) ?? []), ...workspaceAliases];
    return config;
  },
};
export default config;
