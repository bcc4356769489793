// Lint with typescript-eslint, plus the import boundaries of the architecture:
// shared/ imports no Node built-in and none of our other folders; only db/ touches SQLite;
// renderer/ knows only shared/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads', 'stream', 'util'];
const sqlite = ['better-sqlite3', 'kysely', 'kysely/*'];

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.electron-native/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: sqlite, message: 'SQLite and Kysely belong to db/.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'shared/ runs in the renderer too: no Node built-ins.' },
        { group: sqlite, message: 'SQLite and Kysely belong to db/.' },
        { group: ['**/db/*', '**/electron/*', '**/renderer/*', '../../db/**', '../../electron/**', '../../renderer/**'], message: 'shared/ imports nothing of ours.' },
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: nodeBuiltins, message: 'The renderer has no Node.' },
        { group: sqlite, message: 'SQLite and Kysely belong to db/.' },
        { group: ['**/db/**', '**/electron/**'], message: 'The renderer knows only shared/ (the API client).' },
      ] }],
    },
  },
  {
    files: ['db/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: sqlite, message: 'SQLite and Kysely belong to db/.' }] }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='shell'][property.name='openExternal']", message: 'Use safeOpenExternal (http/https only).' }],
    },
  },
);
