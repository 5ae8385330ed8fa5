// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** ESLint flat config: the recommended JavaScript and TypeScript rules, tuned to what this codebase keeps. */
export default tseslint.config(
  {
    ignores: ['dist/', 'web/dist/', 'node_modules/', 'corpus/', 'test/fixtures/', 'bench/results/', 'test-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      // Unused names are dead code; a leading underscore marks one kept on purpose (a callback's position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
          ignoreRestSiblings: true,
        },
      ],
      // Decoders and wire readers match NUL and other control bytes on purpose.
      'no-control-regex': 'off',
      // Code and comments fit 120 columns; a string, template or regex literal that cannot wrap may run past.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
        },
      ],
    },
  },
  {
    // Tests read untyped JSON bodies; `any` there saves a cast per assertion.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
