import type { ProductDto } from '../catalog/index.ts';
import { escapeHtml, siteName, type Lang } from './seo.html.ts';

/**
 * What a product page shows above the fold, in its first HTML: the header's bar, the breadcrumb,
 * the main picture and the name, with the app's own classes (web/src/pages/Product.tsx and
 * components/Layout.tsx; keep them alike). A shopper on a slow phone sees the product while the
 * script is still on its way; the app replaces it when it starts, with the same picture from the
 * same `srcset` (already downloaded) and the product's answer from the page (no second request).
 */
export function productPreview(
  product: ProductDto,
  name: string,
  categories: string[],
  lang: Lang,
  saveData: boolean,
): string {
  const image = mainImagePreload(product, saveData);
  const main = mainImage(product);
  const attr = (value: string | number) => `"${escapeHtml(String(value))}"`;
  const gallery =
    image && main?.urls
      ? `<div class="gallery"><a href=${attr(main.urls.large)} target="_blank" rel="noreferrer">` +
        `<img class="gallery-main" src=${attr(image.href)} srcset=${attr(image.srcset)} ` +
        `sizes=${attr(image.sizes)} alt=${attr(name)} width=${attr(main.width ?? 1200)} ` +
        `height=${attr(main.height ?? 1200)} fetchpriority="high" decoding="async" /></a></div>`
      : '<div class="gallery-main gallery-empty" aria-hidden="true"></div>';
  const breadcrumb = product.categoryId
    ? `<p class="muted small breadcrumb">${categories.map(escapeHtml).join(' › ') || '&nbsp;'}</p>`
    : '';
  return (
    `<header class="site-header"><div class="bar"><a href="/" class="brand">${escapeHtml(siteName[lang])}</a></div></header>` +
    `<main class="page with-bottom-nav"><article class="stack product-page">${breadcrumb}${gallery}` +
    `<div class="title-row"><h1>${escapeHtml(name)}</h1></div></article></main>`
  );
}

/**
 * The product page's main picture as the app shows it (web/src/pages/Product.tsx, `Gallery` and
 * `gallerySizes`: keep the two the same, or the browser downloads the picture twice): the first
 * ready image, offered up to 1200 px (600 px when the browser asks to save data).
 */
export function mainImagePreload(product: ProductDto, saveData: boolean) {
  const image = mainImage(product);
  if (!image?.urls) return undefined;
  const widest = Math.min(928, Math.round((360 * (image.width ?? 1)) / (image.height ?? 1)));
  const offered: [keyof typeof image.urls, number][] = saveData
    ? [
        ['thumb', 200],
        ['medium', 600],
      ]
    : [
        ['thumb', 200],
        ['medium', 600],
        ['large', 1200],
      ];
  return {
    href: image.urls.medium,
    srcset: offered.map(([size, w]) => `${image.urls![size]} ${w}w`).join(', '),
    sizes: `(min-width: ${widest + 32}px) ${widest}px, calc(100vw - 2rem)`,
  };
}

/** The picture the product page shows first: its first ready one. */
function mainImage(product: ProductDto) {
  return product.images.find((i) => i.status === 'ready' && i.urls);
}
