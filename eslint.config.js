import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The dependency direction of docs/architecture.md is enforced here, so a slip fails the lint, not a
// review: ui → store → worker → {stages, engine} → model; model → nothing of ours. Cycles between
// files (type-only imports included) are found by `npm run lint:cycles` (madge), which `lint` runs.
const uiLibs = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', 'zustand', 'zustand/*', 'recharts', 'immer', 'lucide-react', 'html-to-image', 'elkjs', 'elkjs/*'];
// Zod's classic API adds about 15 KB gzipped to the page's first load (and ~30 ms to the CLI's start)
// for methods the schemas do not need: src uses zod's functional API, 'zod/mini'.
const classicZod = ['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({ name, message: "Use zod's functional API: import * as z from 'zod/mini' (see src/model/zodSetup.ts)." }));
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { paths: classicZod, patterns: [{ group: patterns, message }] }],
  'no-restricted-globals': ['error',
    { name: 'window', message: 'The pure core has no DOM.' },
    { name: 'document', message: 'The pure core has no DOM.' },
    { name: 'localStorage', message: 'The pure core has no storage.' },
    { name: 'requestAnimationFrame', message: 'The engine has no clock.' },
  ],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use the seeded RNG.' },
    { object: 'Date', property: 'now', message: 'The engine has no clock.' },
    { object: 'performance', property: 'now', message: 'The engine has no clock.' },
  ],
});

/** Only the import half of `restrict`: a worker has no DOM but does have a clock and a scope. */
const restrictImports = (patterns, message) => ({ 'no-restricted-imports': restrict(patterns, message)['no-restricted-imports'] });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'test-results-*/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  { files: ['src/**/*.{ts,tsx,cts}'], rules: { 'no-restricted-imports': ['error', { paths: classicZod }] } },
  { files: ['src/model/**/*.ts'], rules: restrict([...uiLibs, '**/engine/**', '**/store/**', '**/ui/**', '**/worker/**', '**/stages/**', '**/cli/**'], 'src/model imports nothing of ours and no UI library.') },
  { files: ['src/engine/**/*.ts'], rules: restrict([...uiLibs, '**/store/**', '**/ui/**', '**/worker/**', '**/stages/**', '**/cli/**'], 'src/engine may import only src/model.') },
  { files: ['src/stages/**/*.ts'], rules: restrict([...uiLibs, '**/store/**', '**/ui/**', '**/worker/**'], 'src/stages is data: model and engine only.') },
  { files: ['src/gallery/**/*.ts'], rules: restrict([...uiLibs, '**/store/**', '**/ui/**', '**/worker/**'], 'src/gallery is data: model and stages only.') },
  { files: ['src/classroom/**/*.ts'], rules: restrict([...uiLibs, '**/store/**', '**/ui/**', '**/worker/**'], 'src/classroom is data: model, engine and stages only.') },
  { files: ['src/worker/**/*.ts'], rules: restrictImports([...uiLibs, '**/store/**', '**/ui/**', '**/cli/**'], 'src/worker runs below the store: engine, stages and model only.') },
  { files: ['src/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: classicZod, patterns: [{ group: ['**/ui/**', 'react-dom', '@xyflow/react', 'recharts'], message: 'The store does not know the UI.' }] }] } },
);
