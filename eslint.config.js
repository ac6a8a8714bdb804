import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      '.native/**',
      'test-results/**',
      'playwright-report/**',
      'build/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The engine, the contract, the walkthrough and the source registry are pure: no Node, DOM, Electron, React or d3.
  {
    files: [
      'src-main/sim/**/*.ts',
      'src-main/contract/**/*.ts',
      'src-main/walkthrough/**/*.ts',
      'src-main/sources/**/*.ts',
      'src-main/labels/**/*.ts',
    ],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'sim/ and contract/ are pure: no Node modules.' },
            {
              group: ['electron', 'react', 'react-dom', 'd3', 'd3-*', 'better-sqlite3'],
              message: 'sim/ and contract/ are pure.',
            },
            {
              group: ['../services/*', '../store/*', '../main/*', '../web/*', '../cli/*'],
              message: 'Pure code depends on nothing impure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  // Electron stays in main/ and preload/; better-sqlite3 stays in store/.
  {
    files: ['src-main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Electron is imported only in main/ and preload/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'scripts/**/*.ts'],
    ignores: [
      'src-main/store/**',
      'src-main/charts/**',
      'src-main/sim/**',
      'src-main/contract/**',
      'src-main/walkthrough/**',
      'src-main/sources/**',
      'src-main/labels/**',
      'src-main/main/**',
      'src-main/preload/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Only src-main/store/ opens the database.' },
            { name: 'electron', message: 'Electron is imported only in main/ and preload/.' },
          ],
        },
      ],
    },
  },
  // Chart building is pure too, and may use d3's maths (scales, shapes, arrays) only.
  {
    files: ['src-main/charts/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'charts/ is pure: no Node modules.' },
            {
              group: [
                'electron',
                'react',
                'react-dom',
                'better-sqlite3',
                'd3',
                'd3-selection',
                'd3-transition',
                'd3-fetch',
                'pdfkit',
                'fontkit',
                '@resvg/*',
              ],
              message: 'charts/ is pure: d3-scale, d3-shape and d3-array only.',
            },
            {
              group: [
                '../services/*',
                '../store/*',
                '../main/*',
                '../web/*',
                '../cli/*',
                '../export/*',
              ],
              message: 'Pure code depends on nothing impure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src-main/main/**/*.ts', 'src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3', message: 'Only src-main/store/ opens the database.' }],
        },
      ],
    },
  },
  // The renderer runs in the browser and imports only types (and pure helpers) from the main side.
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['electron', 'better-sqlite3'],
              message: 'The renderer talks to the main side through app/api.ts only.',
            },
            {
              group: [
                '**/src-main/services/*',
                '**/src-main/store/*',
                '**/src-main/main/*',
                '**/src-main/web/*',
                '**/src-main/cli/*',
              ],
              message: 'The renderer imports only the contract and sim types.',
            },
          ],
        },
      ],
    },
  },
);
