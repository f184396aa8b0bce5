import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Plugin } from 'vite';

/** The brand colour of the favicon and of `--brand` in styles.css: the maskable icon's ground. */
const BRAND = '#0f766e';

/** The home-screen icons of the web app manifest, as `icons/<name>` in the build. */
export const APP_ICONS = {
  any192: 'icons/icon-192.png',
  any512: 'icons/icon-512.png',
  maskable512: 'icons/maskable-512.png',
  apple180: 'icons/apple-touch-icon.png',
} as const;

/**
 * Draws the app's PNG icons from web/public/favicon.svg with sharp at build time, so there is one
 * drawing to change and no binary files in the repository. The maskable icon (and Apple's, which
 * the phone rounds itself) is the drawing at 75 % on a full square of brand colour, the house about
 * half the width: Android's mask may keep only the inner 80 % circle, and a transparent corner
 * would show as white.
 */
export function appIcons(): Plugin {
  let publicDir = '';
  return {
    name: 'haat-app-icons',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle() {
      const svg = await readFile(path.join(publicDir, 'favicon.svg'));
      const plain = (size: number) =>
        sharp(svg, { density: 72 * (size / 32) })
          .resize(size)
          .png();
      const onBrand = async (size: number) => {
        const inner = Math.round(size * 0.75);
        return sharp({
          create: { width: size, height: size, channels: 4, background: BRAND },
        })
          .composite([{ input: await plain(inner).toBuffer(), gravity: 'centre' }])
          .png()
          .toBuffer();
      };
      const files: [string, Buffer][] = [
        [APP_ICONS.any192, await plain(192).toBuffer()],
        [APP_ICONS.any512, await plain(512).toBuffer()],
        [APP_ICONS.maskable512, await onBrand(512)],
        [APP_ICONS.apple180, await onBrand(180)],
      ];
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
