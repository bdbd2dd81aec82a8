import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'quicksight-export/',
      'quicksight-export-pack/',
      '.tmp/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Inputs and file names are checked for control characters on purpose.
      'no-control-regex': 'off'
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error', '@typescript-eslint/no-floating-promises': 'off' }
  },
  {
    // The SDK commands the action sends are named in src/aws/sdk/: bundled from the clients' ES
    // module builds, only those are kept (a namespace or dynamic import of a client keeps all 400).
    files: ['src/**/*.ts'],
    ignores: ['src/aws/sdk/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/client-*'],
              allowTypeImports: true,
              message: 'Import AWS SDK clients and commands from src/aws/sdk/ (types are fine).'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/^@aws-sdk\\/client-/]',
          message: 'Import AWS SDK clients and commands lazily from src/aws/sdk/.'
        }
      ]
    }
  }
)
