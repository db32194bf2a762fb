// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ours = (...names) => names.map((n) => `@yibao/${n}`);

/** The dependency rules of DESIGN.md, each a no-restricted-imports block. */
const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns, paths }] },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '.tmp/**',
      'packages/db/migrations/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // a test may assert what it has just arranged
    files: ['**/*.test.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // domain imports nothing of ours and does no I/O
  restrict(
    ['packages/domain/**/*.ts'],
    [
      { group: ['@yibao/*'], message: 'domain imports nothing of ours' },
      {
        group: ['node:*', 'fs', 'pg', 'drizzle-orm', 'drizzle-orm/*'],
        message: 'domain is pure: no I/O',
      },
    ],
  ),
  // contracts imports only domain
  restrict(
    ['packages/contracts/**/*.ts'],
    [
      {
        group: ours('db', 'server', 'web', 'contracts'),
        message: 'contracts imports only @yibao/domain',
      },
    ],
  ),
  // the web app imports contracts and domain, never server code
  restrict(
    ['apps/web/**/*.{ts,tsx}'],
    [
      {
        group: ours('db', 'server'),
        message: 'web imports only @yibao/contracts and @yibao/domain',
      },
      {
        group: ['**/apps/server/**', '**/packages/db/**'],
        message: 'web never imports server code',
      },
    ],
  ),
  // a module imports another module only through its index.ts; routes never touch SQL
  restrict(
    ['apps/server/src/modules/*/*.ts'],
    [
      {
        regex: '^\\.\\./(?!\\.)[^/]+/(?!index(\\.ts|\\.js)?$).+',
        message: 'import another module only through its index.ts',
      },
    ],
  ),
  restrict(
    ['apps/server/src/modules/*/*.routes.ts'],
    [
      {
        group: [
          'drizzle-orm',
          'drizzle-orm/*',
          'pg',
          '@yibao/db',
          './*.repository',
          './*.repository.ts',
        ],
        message: 'routes never touch SQL: call the service',
      },
      {
        regex: '^\\.\\./(?!\\.)[^/]+/(?!index(\\.ts|\\.js)?$).+',
        message: 'import another module only through its index.ts',
      },
    ],
  ),
);
