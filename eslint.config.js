// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'events',
  'buffer',
];

/** Import fences: what each folder may import (docs/architecture.md). */
const fence = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...fence([
        {
          group: ['electron', 'electron-store', 'conf', ...nodeBuiltins],
          message: 'shared/ is pure: no Electron and no Node I/O.',
        },
        {
          group: ['react', 'react-dom', 'zustand', 'jspdf*'],
          message: 'shared/ is pure: no UI libraries (jspdf is allowed only in shared/pdf).',
        },
        {
          group: ['**/electron/**', '**/renderer/**'],
          message: 'shared/ imports nothing from electron/ or renderer/.',
        },
      ]),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    // shared/pdf builds documents with jspdf: the shared fence again, without the jspdf ban.
    files: ['shared/pdf/**/*.ts'],
    rules: {
      ...fence([
        {
          group: ['electron', 'electron-store', 'conf', ...nodeBuiltins],
          message: 'shared/ is pure: no Electron and no Node I/O.',
        },
        {
          group: ['react', 'react-dom', 'zustand'],
          message: 'shared/ is pure: no UI libraries.',
        },
        {
          group: ['**/electron/**', '**/renderer/**'],
          message: 'shared/ imports nothing from electron/ or renderer/.',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...fence([
        {
          group: ['electron', 'electron-store', 'conf', ...nodeBuiltins],
          message: 'The renderer is sandboxed: no Electron, no Node. Use window.api through renderer/api.ts.',
        },
        { group: ['**/electron/**'], message: 'The renderer reaches the main process only through window.api.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      ...fence([
        { group: ['react', 'react-dom', 'zustand', '**/renderer/**'], message: 'electron/ does I/O only; no UI code.' },
      ]),
    },
  },
  {
    // Only the thin shell may import Electron itself; services must run in plain Node.
    files: [
      'electron/services/**/*.ts',
      'electron/ipc/handlers.ts',
      'electron/ipc/dispatch.ts',
      'electron/ipc/trusted-sender.ts',
      'electron/cli.ts',
    ],
    rules: {
      ...fence([
        {
          group: ['electron', 'electron-store'],
          message: 'Services run in plain Node: take Electron-specific things by injection (see electron/main.ts).',
        },
        { group: ['react', 'react-dom', 'zustand', '**/renderer/**'], message: 'electron/ does I/O only; no UI code.' },
      ]),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
