import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SNAPSHOT_MESSAGE =
  'Only workflows/ and libs/domain read a case snapshot: ask caseFacts() or the decider.';
const SNAPSHOT = '/[sS]napshot$/';
const FOLDS = '/^(foldCase|evolveCase|initialCaseSnapshot|restoreCaseSnapshot)$/';
/** Reading a snapshot's context or value, or its tags, by any of the usual spellings. */
const SNAPSHOT_READS = [
  `MemberExpression[property.name=/^(context|value)$/][object.name=${SNAPSHOT}]`,
  `MemberExpression[property.name=/^(context|value)$/][object.property.name=${SNAPSHOT}]`,
  `VariableDeclarator[init.name=${SNAPSHOT}] > ObjectPattern > Property[key.name=/^(context|value)$/]`,
  `VariableDeclarator[init.property.name=${SNAPSHOT}] > ObjectPattern > Property[key.name=/^(context|value)$/]`,
  `CallExpression[callee.property.name='hasTag']`,
  // …and straight off a fold: `foldCase(events).context`, `const { context } = foldCase(…)`.
  `MemberExpression[property.name=/^(context|value)$/][object.callee.name=${FOLDS}]`,
  `VariableDeclarator[init.callee.name=${FOLDS}] > ObjectPattern > Property[key.name=/^(context|value)$/]`,
].map((selector) => ({ selector, message: SNAPSHOT_MESSAGE }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'data/**',
      'node_modules/**',
      'test/typed-client/generated/**',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain JavaScript helpers that jest and Node load directly, outside the TypeScript build.
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', module: 'writable', Buffer: 'readonly' } },
  },
  {
    // The console runs in the browser, never in Node.
    files: ['apps/console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    ...reactHooks.configs.flat.recommended,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // One owner of what a case means: only the machine (workflows/) and the domain read a
    // snapshot; everything else asks the domain (caseFacts, the decider, allowedCaseCommands).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['workflows/**', 'libs/domain/**'],
    rules: {
      'no-restricted-syntax': ['error', ...SNAPSHOT_READS],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@hazard/workflows',
              importNames: [
                'majorHazardMachine',
                'CaseContext',
                'emptyCaseContext',
                'reminderKey',
                'nextEscalationLevel',
                'missingPlanFields',
                'generalHazardMachine',
                'GeneralHazardContext',
                'emptyGeneralHazardContext',
                'generalReminderKey',
              ],
              message: 'Ask the domain (caseFacts, the decider) instead of the machine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Specs beside the code reach the shared test support through its alias, not ../../../test.
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/test/support/*'], message: 'Import it from @hazard/testing/… instead.' },
          ],
        },
      ],
    },
  },
);
