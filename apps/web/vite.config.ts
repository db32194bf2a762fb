import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = { '/api': { target: 'http://localhost:8080', changeOrigin: false } };

// Run from apps/web (npm run build -w @yibao/web): the build lands in apps/web/dist.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The workspace root also holds a React 18 (a peer of antd-mobile's @react-spring):
    // every import of react must reach the web app's React 19.
    dedupe: ['react', 'react-dom'],
  },
  server: { proxy: api },
  preview: { proxy: api },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
