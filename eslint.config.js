import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', '.haat/', 'test-artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  // Modules: read across modules, write through the owner. Another module is reached only through its
  // index.ts (what it exports is its public surface), never its routes, services, repos or tables.
  // Tests may reach into a module to set up state; test-support.ts files are shared test helpers.
  ...moduleBoundary('src/modules/*/*.ts', '\\.\\.'),
  ...moduleBoundary('src/modules/*/*/*.ts', '\\.\\./\\.\\.'),
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);

/** Forbids `<up>/<other module>/<file>` imports other than its index.ts (and test-support.ts). */
function moduleBoundary(files, up) {
  return [
    {
      files: [files],
      ignores: ['**/*.test.ts', '**/test-support.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^${up}/[a-z-]+/(?!index\\.ts$).+`,
                message:
                  'Import another module only through its index.ts (docs/architecture.md: read across modules, write through the owner).',
              },
            ],
          },
        ],
      },
    },
  ];
}
