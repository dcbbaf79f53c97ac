import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** One HTML entry per screen; they share `client/shared/` (top navigation, API client, styles). */
const pages = ['index', 'console', 'rapportage', 'invoer'];

export default defineConfig({
  root: 'client',
  plugins: [react()],
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
