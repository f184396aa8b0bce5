import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bootFirst } from './build/boot.ts';
import { APP_ICONS, appIcons } from './build/icons.ts';
import { precompress } from './build/precompress.ts';
import { appShell } from './build/shell.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const shell = appShell();

// Built from the repository root with `npm run build:web`; the API serves web/dist.
export default defineConfig({
  root,
  plugins: [
    react(),
    bootFirst(root),
    appIcons(),
    shell.plugin,
    // The web app manifest (linked into index.html by the plugin) and the service worker: our own
    // web/src/sw.ts with the precache list written in (docs/decisions/0026-offline-web-app.md).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // main.tsx registers it after the page has loaded.
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'হাট',
        short_name: 'হাট',
        description: 'আপনার এলাকার দোকান থেকে কেনাকাটা — মুদি, ওষুধ, খাবার আর আরও অনেক কিছু।',
        lang: 'bn',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        // --brand and --bg in styles.css
        theme_color: '#0f766e',
        background_color: '#f8faf9',
        categories: ['shopping', 'food'],
        icons: [
          { src: `/${APP_ICONS.any192}`, sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: `/${APP_ICONS.any512}`, sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: `/${APP_ICONS.maskable512}`,
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        shortcuts: [
          {
            name: 'ব্যাগ',
            url: '/cart',
            icons: [{ src: `/${APP_ICONS.any192}`, sizes: '192x192', type: 'image/png' }],
          },
          {
            name: 'আমার অর্ডার',
            url: '/orders',
            icons: [{ src: `/${APP_ICONS.any192}`, sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      injectManifest: {
        // The shell only: index.html, the first script with its chunks and stylesheet (Bengali
        // is inside), the icons. Pages, English and fonts are cached when first used.
        globPatterns: ['index.html', 'assets/*.{js,css}', 'favicon.svg', 'icons/*.png'],
        manifestTransforms: [shell.keepShell],
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Keeps the first load small on a slow phone; the map page pulls Leaflet in its own chunk.
    chunkSizeWarningLimit: 300,
    // Which chunks each page needs: the server names a landing page's in its first HTML.
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
