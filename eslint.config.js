import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
  {
    // Imports flow one way: core → store/url → components → app.
    files: ['src/store/**/*.ts', 'src/url/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/components/*', '@/app/*', 'react-dom'] }],
    },
  },
  {
    files: ['src/components/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@/app/*'] }] },
  },
);
