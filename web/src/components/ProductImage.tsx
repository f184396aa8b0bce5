import { useSyncExternalStore, type ImgHTMLAttributes } from 'react';
import type { ImageSize } from '../api/catalog';

export type ImageUrls = Record<ImageSize, string>;

/** The widths the API renders (src/modules/catalog/images.service.ts), smallest first. */
const widths: [ImageSize, number][] = [
  ['thumb', 200],
  ['medium', 600],
  ['large', 1200],
];

/** The Network Information API: Chromium browsers, so most Android phones; absent elsewhere. */
type Connection = EventTarget & { saveData?: boolean; effectiveType?: string };
const connection = (): Connection | undefined =>
  typeof navigator === 'undefined'
    ? undefined
    : (navigator as Navigator & { connection?: Connection }).connection;

/** The browser says Save-Data, or the connection is 2G or slower. */
export function wantsLightImages(c = connection()): boolean {
  return !!c && (c.saveData === true || c.effectiveType === 'slow-2g' || c.effectiveType === '2g');
}

function subscribe(onChange: () => void) {
  const c = connection();
  c?.addEventListener('change', onChange);
  return () => c?.removeEventListener('change', onChange);
}

/** wantsLightImages(), kept current when the connection changes (a train leaving the city). */
export function useLightImages(): boolean {
  return useSyncExternalStore(subscribe, () => wantsLightImages());
}

/**
 * `src` and `srcSet` with the sizes up to `largest`: the browser picks by `sizes` and the screen's
 * density, so a 64-px list thumbnail loads the 200-px file even on a 3× phone.
 */
export function imageSources(urls: ImageUrls, largest: ImageSize, fallback: ImageSize = 'thumb') {
  const rank = (size: ImageSize) => widths.findIndex(([s]) => s === size);
  const upTo = widths.slice(0, rank(largest) + 1);
  return {
    // For the rare browser without srcset.
    src: urls[rank(fallback) < rank(largest) ? fallback : largest],
    srcSet: upTo.map(([size, w]) => `${urls[size]} ${w}w`).join(', '),
  };
}

/** A list hit's 200-px URL → the three sizes (the API's product image URLs differ only there). */
export function urlsFromThumb(thumbUrl: string): ImageUrls {
  const base = thumbUrl.replace(/\/thumb$/, '');
  return { thumb: `${base}/thumb`, medium: `${base}/medium`, large: `${base}/large` };
}

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'srcSet'> & {
  urls: ImageUrls;
  /** The CSS width it is shown at, as a `sizes` value ("64px", "(min-width: 720px) 360px, 90vw"). */
  sizes: string;
  /** The largest size offered; `light` when the browser asks to save data (one step smaller). */
  largest?: ImageSize;
  light?: ImageSize;
  /** `src`, for a browser without srcset. */
  fallback?: ImageSize;
};

/**
 * Every product picture in the app: a srcset of the real widths, and on Save-Data or 2G only the
 * sizes up to `light` (lists: the thumbnail; the product page: 600 px, never 1200).
 */
export function ProductImage({ urls, sizes, largest = 'large', light, fallback, ...img }: Props) {
  const saving = useLightImages();
  const top = saving ? (light ?? (largest === 'large' ? 'medium' : 'thumb')) : largest;
  const { src, srcSet } = imageSources(urls, top, fallback);
  return <img {...img} src={src} srcSet={srcSet} sizes={sizes} decoding="async" />;
}
