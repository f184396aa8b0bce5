/**
 * The tags a page carries in its first HTML (title, description, canonical and language links,
 * Open Graph, Twitter card, JSON-LD), and their injection into the built index.html. Every value
 * is escaped here: names and descriptions are sellers' text.
 */

export type Lang = 'bn' | 'en';

export type PageHead = {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute URL of this page in this language. */
  canonical: string;
  /** Absolute URL of the page in each language (hreflang); the Bengali one is also x-default. */
  alternates: Record<Lang, string>;
  ogType: string;
  /** Absolute URL of the share image, when the page has one. */
  image?: string;
  /**
   * The picture the page shows largest (its LCP element), fetched as the HTML arrives rather than
   * after the script and the API answer: the same `srcset` and `sizes` as the app's <img>, so the
   * browser picks the same file once and uses it there.
   */
  preloadImage?: { href: string; srcset: string; sizes: string };
  /** Extra `<meta property=…>` pairs (product price, place coordinates). */
  extraProperties?: [string, string][];
  jsonLd: Record<string, unknown>[];
  /** The page's first screen and the API answers it was made from (see `injectBody`). */
  body?: PageBody;
};

export type PageBody = {
  /** Markup for `#root`, shown until the app starts and replaces it. */
  markup: string;
  /**
   * API answers the app puts in its query cache before its first render (same keys as its
   * queries), with the address each answers (the offline cache keeps them by it).
   */
  queries: { key: unknown[]; url: string; data: unknown }[];
};

/** Text for an HTML text node or a double- or single-quoted attribute. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * JSON inside `<script type="application/ld+json">`: `<`, `>` and `&` as \u escapes, so no
 * `</script>` or `<!--` can appear in the element's text whatever the data (still valid JSON).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** Whitespace collapsed and cut at a word boundary to about `max` characters. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const ogLocale: Record<Lang, string> = { bn: 'bn_BD', en: 'en_US' };
export const siteName: Record<Lang, string> = { bn: 'হাট', en: 'Haat' };

export function renderHead(head: PageHead): string {
  const meta = (name: string, content: string) =>
    `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}" />`;
  const property = (name: string, content: string) =>
    `<meta property="${escapeHtml(name)}" content="${escapeHtml(content)}" />`;
  const link = (attrs: Record<string, string>) =>
    `<link ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
      .join(' ')} />`;
  const other: Lang = head.lang === 'bn' ? 'en' : 'bn';
  const lines = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('description', head.description),
    link({ rel: 'canonical', href: head.canonical }),
    link({ rel: 'alternate', hreflang: 'bn', href: head.alternates.bn }),
    link({ rel: 'alternate', hreflang: 'en', href: head.alternates.en }),
    link({ rel: 'alternate', hreflang: 'x-default', href: head.alternates.bn }),
    property('og:site_name', siteName[head.lang]),
    property('og:title', head.title),
    property('og:description', head.description),
    property('og:url', head.canonical),
    property('og:type', head.ogType),
    property('og:locale', ogLocale[head.lang]),
    property('og:locale:alternate', ogLocale[other]),
    ...(head.image ? [property('og:image', head.image)] : []),
    ...(head.extraProperties ?? []).map(([k, v]) => property(k, v)),
    meta('twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('twitter:title', head.title),
    meta('twitter:description', head.description),
    ...(head.image ? [meta('twitter:image', head.image)] : []),
    ...(head.preloadImage
      ? [
          link({
            rel: 'preload',
            as: 'image',
            href: head.preloadImage.href,
            imagesrcset: head.preloadImage.srcset,
            imagesizes: head.preloadImage.sizes,
            fetchpriority: 'high',
          }),
        ]
      : []),
    ...head.jsonLd.map(
      (data) => `<script type="application/ld+json">${jsonForScript(data)}</script>`,
    ),
  ];
  return lines.join('\n    ');
}

/** The tags of a page that must not be indexed (not found, hidden, search results). */
export function noindexHead(): string {
  return '<meta name="robots" content="noindex" />';
}

/**
 * index.html with `tags` in place of its `<title>` (or before `</head>`) and `lang` on `<html>`.
 * Replacements are functions, so `$&` and the like in the tags stay literal.
 */
export function injectHead(indexHtml: string, tags: string, lang: Lang): string {
  let html = indexHtml;
  const htmlTag = /<html\b[^>]*>/i;
  if (htmlTag.test(html)) {
    html = html.replace(htmlTag, (tag) =>
      /\slang\s*=/i.test(tag)
        ? tag.replace(/\slang\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, () => ` lang="${lang}"`)
        : tag.replace(/^<html/i, () => `<html lang="${lang}"`),
    );
  }
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i;
  const hasTitle = title.test(html);
  // Tags that set a title replace the app's own; others (noindex) go beside it.
  if (hasTitle && tags.startsWith('<title>')) return html.replace(title, () => tags);
  if (/<\/head>/i.test(html)) return html.replace(/<\/head>/i, () => `${tags}\n  </head>`);
  if (hasTitle) return html.replace(title, (t) => `${t}\n${tags}`);
  return `${tags}\n${html}`;
}

/**
 * `body.markup` inside the app's empty `#root`, and its answers in a JSON data block the app reads
 * on start (`web/src/initialData.ts`), with the time they were read so it knows their age.
 */
export function injectBody(indexHtml: string, body: PageBody, now = Date.now()): string {
  const root = /<div id="root"><\/div>/;
  if (!root.test(indexHtml)) return indexHtml;
  const data = `<script type="application/json" id="haat-initial-data">${jsonForScript({ at: now, queries: body.queries })}</script>`;
  return indexHtml.replace(root, () => `<div id="root">${body.markup}</div>\n    ${data}`);
}
