import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** One HTML entry per screen; they share `client/core/` (API client, session) and the top navigation in `client/panels/`. */
const pages = ['index', 'console', 'rapportage', 'invoer', 'beheer'];

/** Every screen first loads the session module (login screen when there is no session). */
function sessionOnEveryPage(): Plugin {
  return {
    name: 'wijknetwerk-session',
    // 'pre', so that Vite bundles the injected module like the page's own scripts.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('<head>', '<head>\n    <script type="module" src="/core/session/index.ts"></script>'),
    },
  };
}

export default defineConfig({
  root: 'client',
  plugins: [react(), sessionOnEveryPage()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: Object.fromEntries(pages.map((page) => [page, fileURLToPath(new URL(`./client/${page}.html`, import.meta.url))])) },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  worker: { format: 'es' },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
