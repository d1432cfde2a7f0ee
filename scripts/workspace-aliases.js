// Workspace package names → their TypeScript sources (for Vite and Storybook).
import { fileURLToPath } from 'node:url';

const src = (p) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));

export const workspaceAliases = [
  { find: /^@cds-vn\/core$/, replacement: src('core/src/index.ts') },
  { find: /^@cds-vn\/geo$/, replacement: src('geo/src/index.ts') },
  { find: /^@cds-vn\/elements$/, replacement: src('elements/src/index.ts') },
  { find: /^@cds-vn\/elements\/(.*)\.js$/, replacement: src('elements/src/$1.ts') },
];
