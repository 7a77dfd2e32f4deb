import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.dirname(new URL(import.meta.url).pathname);

// The web app: built into dist/web and served by the API on its own origin (apps/api/src/web.ts).
// `npm run web:dev` serves it with hot reload, proxying /api to `npm start`'s API.
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: path.join(root, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in a SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // Libraries every page uses, apart from the app's own code, so they cache across releases.
        manualChunks(id: string) {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'charts';
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
