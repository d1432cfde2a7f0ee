import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'demo-dist/**',
      'cdn-dist/**',
      'packages/geo/src/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // Shipped code: a static field with a value compiles (TypeScript's assign semantics) to a
    // class static block, which Safari before 16.4 cannot parse: the whole CDN file would fail
    // there. The consumers test parses every packed script (scripts/syntax-floor.js).
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'PropertyDefinition[static=true][value!=null]',
          message:
            'A static field with a value becomes a class static block, which Safari < 16.4 cannot parse: use a static getter.',
        },
        {
          selector: 'StaticBlock',
          message: 'Safari < 16.4 cannot parse a class static block: use a static getter.',
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*'] }],
    },
  },
);
