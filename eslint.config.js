import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Deep imports into the core, from inside src (the alias) or from cli/, bench/ and build/. */
const CORE_INSIDE = [
  {
    group: ['@/core/*', '**/src/core/*', '../core/*'],
    message:
      "Import the core's public surface, '@/core' (src/core/index.ts), not a file inside it.",
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it must not reach for the view, the store, the URL or the browser.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'zustand',
            '@/store/*',
            '@/url/*',
            '@/components/*',
            '@/app/*',
            '../../*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  // Imports flow one way: core → store/url → components → app. And the core's public surface is
  // src/core/index.ts: everything outside the core imports '@/core', never a file inside it.
  // (Tests may reach inside: unit tests exercise the core's parts one by one; and build/, which
  // runs the Markdown parser when the page is built, takes just that file.)
  {
    files: ['src/**/*.{ts,tsx}', 'cli/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_INSIDE }] },
  },
  {
    files: ['src/store/**/*.ts', 'src/url/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...CORE_INSIDE, { group: ['@/components/*', '@/app/*', 'react-dom'] }] },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...CORE_INSIDE, { group: ['@/app/*'] }] }],
    },
  },
  {
    // The worker and the store meet only in the shape of a function, never by import.
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...CORE_INSIDE, { group: ['@/store/*', '@/components/*', '@/app/*'] }] },
      ],
    },
  },
  {
    // Tests check what users and callers rely on: src/ and the built command line, never the
    // benchmark's or the command line's own sources (their helpers are not held to tests).
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/bench/*', '**/cli/*'], message: 'Tests never import bench/ or cli/.' },
          ],
        },
      ],
    },
  },
  {
    // syncUrl is the one place that reads or writes the address.
    files: ['src/components/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'location', 'history'] },
  },
);
