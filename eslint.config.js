import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers import one way only: cli -> ui -> state -> domain, and adapters -> domain.
// Each rule below names what a layer may not reach, so a stray import fails `npm run lint`.
const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

const io = ['ink', 'ink-*', 'react', 'react/*', 'conf', 'fs', 'node:fs', 'node:fs/*', 'fs/*'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The command's entry is CommonJS, for a faster start (see bin/stepwise.js).
    files: ['bin/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Terminal tests read escape sequences by design.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['source/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['source/domain/**'],
    rules: forbid(
      [...io, '**/state/**', '**/ui/**', '**/adapters/**', '**/cli/**'],
      'domain is the pure core: no I/O, no UI, no outer layers.',
    ),
  },
  {
    files: ['source/state/**'],
    rules: forbid(
      [...io, '**/ui/**', '**/adapters/**', '**/cli/**'],
      'state is pure: it may use domain only.',
    ),
  },
  {
    files: ['source/ui/**'],
    rules: forbid(
      ['conf', 'fs', 'node:fs', 'node:fs/*', '**/adapters/**', '**/cli/**'],
      'ui renders state and dispatches actions: no I/O, no adapters.',
    ),
  },
  {
    files: ['source/adapters/**'],
    rules: forbid(
      ['ink', 'ink-*', 'react', '**/ui/**', '**/state/**', '**/cli/**'],
      'adapters serve the core: no UI.',
    ),
  },
);
