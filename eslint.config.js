// Lint with typescript-eslint, plus the import boundaries of the architecture:
// shared/ imports no Node built-in and none of our other folders; only db/ touches SQLite;
// renderer/ knows only shared/. And no hard-coded user-facing text in renderer code (docs/i18n.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads', 'stream', 'util'];
const sqlite = ['better-sqlite3', 'kysely', 'kysely/*'];
// Renderer files whose text is not yet through i18next (issue 19). Each is linted for hard-coded text
// once it leaves this list; the list only shrinks, and must end empty. A new file is checked at once.
const NOT_YET_TRANSLATED = [
];

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
    // Text people read goes through i18next: JSX text, and the attributes that people read or hear.
    // Everything else (class names, test ids, routes, Mantine's size/color props) is not checked.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: NOT_YET_TRANSLATED,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': { include: ['label', 'description', 'placeholder', 'title', 'aria-label', 'aria-description', 'aria-valuetext', 'alt', 'error', 'message', 'tooltip', 'nothingFoundMessage', 'confirmLabel', 'cancelLabel', 'labels'] },
        // Symbols, numbers, the product's name are the same in every language; ids, CSS values and test
        // ids (one lowercase word, kebab-case, var(--x)) are not for people.
        words: { exclude: ['[0-9!-/:-@[-`{-~·•–—…×→←↑↓✓ ]+', 'BenchMatch', '[A-Z]', '[a-z][a-zA-Z0-9_]*', '[a-z0-9]+([-_:.][a-z0-9]+)+', 'var\\(.*\\)'] },
        callees: { exclude: ['t', 'i18n\\.t', 'useTranslation', 'translatorFor', 'navigate', 'useHotkeys', 'setSearchParams', 'get', 'has', 'set', 'startsWith', 'endsWith', 'includes', 'querySelector', 'api\\..+', 'Error'] },
      }],
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
