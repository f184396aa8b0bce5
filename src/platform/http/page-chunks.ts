import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * A file of the built web app, turned into `T` and kept until the file changes (a rebuild while
 * the server runs); null while the file is missing.
 */
export function builtFileReader<T>(file: string, parse: (text: string) => T) {
  let cached: { mtimeMs: number; value: T } | undefined;
  return async (): Promise<T | null> => {
    let mtimeMs: number;
    try {
      ({ mtimeMs } = await stat(file));
    } catch {
      return null;
    }
    if (cached?.mtimeMs !== mtimeMs)
      cached = { mtimeMs, value: parse(await readFile(file, 'utf8')) };
    return cached.value;
  };
}

/** index.html, read again only when the file changed. */
export function indexHtmlReader(webDir: string) {
  return builtFileReader(path.join(webDir, 'index.html'), (html) => html);
}

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
export function pageChunkLinks(webDir: string): (pathname: string) => Promise<string> {
  const linksBySource = builtFileReader(path.join(webDir, '.vite', 'manifest.json'), (text) => {
    const manifest = JSON.parse(text) as Manifest;
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
    return links;
  });
  return async (pathname) => {
    const page = LANDING_PAGES.find(([pattern]) => pattern.test(pathname));
    return page ? ((await linksBySource())?.get(page[1]) ?? '') : '';
  };
}

/** `links` placed before `</head>` (the page's own tags, then its chunks). */
export function withLinks(html: string, links: string): string {
  return links ? html.replace(/<\/head>/i, () => `  ${links}\n  </head>`) : html;
}
