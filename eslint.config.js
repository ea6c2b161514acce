import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers import one way: domain → storage → state → features → app.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      { group: ['react', 'react-dom', 'react-router', 'zustand', 'idb', '**/storage/**', '**/state/**', '**/features/**', '**/app/**'], message: 'domain/ is pure TypeScript.' },
    ]),
  },
  {
    files: ['src/storage/**'],
    rules: restrict([{ group: ['react', 'react-dom', 'zustand', '**/state/**', '**/features/**', '**/app/**'], message: 'storage/ sits below state and UI.' }]),
  },
  {
    files: ['src/state/**', 'src/features/**', 'src/components/**', 'src/app/**'],
    rules: restrict([{ group: ['idb'], message: 'Only src/storage/ talks to IndexedDB.' }]),
  },
  {
    // Imported files are untrusted: text is always rendered as text, never parsed as HTML.
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name=/^(dangerouslySetInnerHTML|srcDoc)$/]", message: 'Render text, never HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text, never HTML.' },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]", message: 'Render text, never HTML.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Render text, never HTML.' },
      ],
    },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
