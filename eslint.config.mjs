// Lint: typescript-eslint's recommended rules, and React's rules of hooks for the app's components.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'bench-dist/**', 'dev-dist/**', 'node_modules/**', 'test-results/**', '*-tmp.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Tests and tools edit raw JSON of any shape (a data file changed to provoke an error).
  { files: ['tests/**/*.ts', 'bench/**/*.ts', 'geodata/**/*.{ts,mjs}'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
