import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.build/**', 'test/.build/**', 'node_modules/**', 'coverage/**', 'bench/.work/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'node:child_process',
              importNames: ['exec', 'execSync'],
              message: 'Use core/exec.ts (execa with an argument array), never a shell string.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain code never touches the runner: only main.ts and core/run-action.ts may.
    files: ['actions/*/src/**/*.ts'],
    ignores: ['actions/*/src/main.ts', 'actions/*/src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Domain code must not import @actions/*; go through core/.' }] },
      ],
    },
  },
);
