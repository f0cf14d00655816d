/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server injects an inline script (React Fast Refresh) and inline styles (CSS hot reload),
// which index.html's Content-Security-Policy forbids: the policy applies to builds only.
const cspForBuildsOnly = {
  name: 'csp-for-builds-only',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// `base: './'` keeps every asset URL relative, so the built site works from any static host
// under any sub-path (GitHub Pages style) without a rebuild.
export default defineConfig({
  base: './',
  plugins: [react(), cspForBuildsOnly],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
