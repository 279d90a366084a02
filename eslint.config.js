// Lint keeps the house style (ARCHITECTURE.md §6.12): typed rules and the one-way dependency
// direction features → access, audit, domain, db. Import cycles: scripts/check-import-cycles.ts.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', '.test-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // domain is pure: no I/O, no database, no web framework.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/db/**', '**/features/**', '**/access/**', '**/audit/**', 'fastify', 'pg', 'drizzle-orm*', 'node:fs'] },
      ],
    },
  },
  {
    // access, audit and db sit below features and never reach up into them.
    files: ['src/access/**/*.ts', 'src/audit/**/*.ts', 'src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/features/**'] }] },
  },
  {
    // A feature talks to another feature's service, never its repository.
    files: ['src/features/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*/*Repository*', '../*/*Repository.js'], message: 'Call the other feature’s service, not its repository.' }] }],
    },
  },
)
