import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The page a shopper lands on from a link (web/src/routePreload.ts lists the same pages), by path:
 * its chunk is asked for from the first HTML, beside the entry script, instead of after the entry
 * has run on a slow phone.
 */
const LANDING_PAGES: [RegExp, string][] = [
  [/^\/products\/[0-9a-f-]{36}$/, 'src/pages/Product.tsx'],
  [/^\/shops\/[0-9a-f-]{36}$/, 'src/pages/ShopPage.tsx'],
  [/^\/search$/, 'src/pages/Search.tsx'],
  [/^\/cart$/, 'src/pages/Cart.tsx'],
  [/^\/checkout$/, 'src/pages/Checkout.tsx'],
  [/^\/orders$/, 'src/pages/Orders.tsx'],
  [/^\/orders\/[0-9a-f-]{36}$/, 'src/pages/OrderDetail.tsx'],
];

type ManifestChunk = { file: string; imports?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** Every chunk `key` needs before it runs: its own file and its static imports, transitively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

/**
 * `<link rel="modulepreload">` tags for the landing page at `pathname`, read from the build's
 * manifest (web/dist/.vite/manifest.json): the page's chunks less those the entry already loads.
 * Empty for other paths, or when the build has no manifest.
 */
export function pageChunkLinks(webDir: string): (pathname: string) => string {
  const file = path.join(webDir, '.vite', 'manifest.json');
  let cached: { mtimeMs: number; links: Map<string, string> } | undefined;
  const linksBySource = (): Map<string, string> => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return new Map();
    }
    if (cached?.mtimeMs === mtimeMs) return cached.links;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    const loaded = new Set<string>();
    for (const [key, chunk] of Object.entries(manifest))
      if (chunk.isEntry) closure(manifest, key, loaded);
    const links = new Map<string, string>();
    for (const [, source] of LANDING_PAGES) {
      const files = [...closure(manifest, source)].filter((f) => !loaded.has(f));
      links.set(
        source,
        files.map((f) => `<link rel="modulepreload" crossorigin href="/${f}" />`).join('\n    '),
      );
    }
    cached = { mtimeMs, links };
    return links;
  };
  return (pathname) => {
    const page = LANDING_PAGES.find(([pattern]) => pattern.test(pathname));
    return page ? (linksBySource().get(page[1]) ?? '') : '';
  };
}

/** `links` placed before `</head>` (the page's own tags, then its chunks). */
export function withLinks(html: string, links: string): string {
  return links ? html.replace(/<\/head>/i, () => `  ${links}\n  </head>`) : html;
}
