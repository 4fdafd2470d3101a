import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// In dev the API and sync sockets come from the Node server; in production it serves dist/.
const server = process.env.CAUSEWAY_SERVER ?? 'http://127.0.0.1:8787'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/sync': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
})
