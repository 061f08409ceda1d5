/**
 * `npm run lint`: typescript-eslint's type-checked rules (an un-awaited `context.sync()` is the classic Office.js
 * bug: no-floating-promises; a promise where React expects a callback: no-misused-promises), React's hook rules,
 * and the architecture's import arrows (eslint/boundaries.mjs).
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/boundaries.mjs';

export default tseslint.config(
  { ignores: ['build/**', 'dist/**', 'test-output/**', 'node_modules/**', 'coverage/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, local: boundaries },
    rules: {
      // The hook rules proper; the React Compiler rules of the plugin's preset (set-state-in-effect, …) are for
      // code the compiler is to optimise, which this project does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // async is how a function implementing a promise-returning API (the Word API's sync, the host's run) turns
      // a throw into a rejection, as Office.js does; an await inside is not required for that.
      '@typescript-eslint/require-await': 'off',
      // The project's interfaces are plain objects of functions (rule and command contexts, the pane's context,
      // component props), always destructured; the rule cannot tell their members from class methods.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'local/import-boundaries': 'error',
      'local/office-globals': 'error',
    },
  },
  {
    // Plain JavaScript (build scripts, webpack and jest configs): CommonJS in Node, no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
