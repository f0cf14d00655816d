/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server injects an inline script (React Fast Refresh) and inline styles (CSS hot reload),
// which index.html's Content-Security-Policy forbids: the policy applies to builds only.
const cspForBuildsOnly: Plugin = {
  name: 'csp-for-builds-only',
  apply: 'serve',
  transformIndexHtml: (html: string) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// `base: './'` keeps every asset URL relative, so the built site works from any static host
// under any sub-path (GitHub Pages style) without a rebuild.
// `vite preview` sends the headers README "Headers for a static host" asks of a real host: the editor
// may not be framed, the read-only embed (`?embed=1`) may.
const staticHostHeaders: Plugin = {
  name: 'static-host-headers',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const embed = new URL(req.url ?? '/', 'http://host').searchParams.get('embed') === '1';
      res.setHeader('Content-Security-Policy', `frame-ancestors ${embed ? '*' : "'none'"}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      next();
    });
  },
};

export default defineConfig({
  base: './',
  plugins: [react(), cspForBuildsOnly, staticHostHeaders],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    // Every browser the es2022 target runs on preloads modules itself or simply loads them when imported.
    modulePreload: { polyfill: false },
    // Everything the entry imports statically in one chunk: left alone, Rolldown splits what the
    // entry shares with the lazy chunks into several small chunks, which gzip ~2 KB worse.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/decoderReady.ts'],
    testTimeout: 60_000,
  },
});
