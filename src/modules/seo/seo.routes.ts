import { z } from 'zod';
import { publicUrl } from '../../platform/config.ts';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { indexHtmlReader, pageChunkLinks, withLinks } from '../../platform/http/page-chunks.ts';
import {
  injectBody,
  injectHead,
  noindexHead,
  renderHead,
  type Lang,
  type PageBody,
  type PageHead,
} from './seo.html.ts';
import { categoryHead, homeHead, langOf, productHead, shopHead } from './seo.pages.ts';
import { robotsTxt, SITEMAP_MAX_URLS, sitemapPartXml, sitemapXml } from './seo.sitemap.ts';

export type SeoOptions = {
  /** The built web app's directory; its index.html carries the pages' tags. Null: no pages. */
  webDir: string | null;
  /** URLs per sitemap file before the sitemap becomes an index (tests make it small). */
  sitemapPageSize?: number;
};

/** Found pages may sit in caches briefly: a minute, so a price change or a new build (whose
 * index.html names new asset files) reaches everyone soon. */
const PAGE_CACHE = 'public, max-age=60';
const SITEMAP_CACHE = 'public, max-age=3600';

const idParams = z.object({ id: z.string() });
const withBody = (html: string, body: PageBody | undefined) =>
  body ? injectBody(html, body) : html;
// Query strings are read leniently (a repeated `lang` is simply not English): these are pages, so
// a malformed address gets the page or the app's not-found, never a JSON validation error.
const categoryOf = (query: unknown) => {
  const category = (query as { category?: unknown }).category;
  return typeof category === 'string' && category !== '' ? category : null;
};

/**
 * The web app's public pages with their tags in the first HTML, robots.txt and the sitemap.
 * Registered at the root, beside the web app's own fallback (src/server.ts).
 */
export async function registerSeoRoutes(app: HttpApp, ctx: AppContext, options: SeoOptions) {
  const base = publicUrl(ctx.config);
  const pageSize = options.sitemapPageSize ?? SITEMAP_MAX_URLS;
  const hide = { hide: true };

  app.get('/robots.txt', { schema: hide }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', SITEMAP_CACHE)
      .send(robotsTxt(base)),
  );
  app.get('/sitemap.xml', { schema: hide }, async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', SITEMAP_CACHE)
      .send(await sitemapXml(ctx, base, pageSize)),
  );
  app.get(
    '/sitemaps/:name',
    { schema: { ...hide, params: z.object({ name: z.string() }) } },
    async (request, reply) => {
      const name = request.params.name.replace(/\.xml$/, '');
      const xml = request.params.name.endsWith('.xml')
        ? await sitemapPartXml(ctx, base, pageSize, name)
        : null;
      if (xml === null) return reply.callNotFound();
      return reply
        .type('application/xml; charset=utf-8')
        .header('cache-control', SITEMAP_CACHE)
        .send(xml);
    },
  );

  if (!options.webDir) return;
  const readIndexHtml = indexHtmlReader(options.webDir);
  const indexHtml = async () => {
    const html = await readIndexHtml();
    if (html === null) throw new Error(`index.html is missing from ${options.webDir}`);
    return html;
  };
  const chunkLinks = pageChunkLinks(options.webDir);

  /**
   * The app shell with `head`'s tags and the page's chunks (200), or with noindex and 404 when
   * there is no page.
   */
  const page = async (head: PageHead | null, lang: Lang, pathname: string) =>
    head
      ? {
          status: 200,
          cache: PAGE_CACHE,
          html: withLinks(
            withBody(injectHead(await indexHtml(), renderHead(head), lang), head.body),
            await chunkLinks(pathname),
          ),
        }
      : {
          status: 404,
          cache: 'no-cache',
          html: injectHead(await indexHtml(), noindexHead(), lang),
        };
  const HTML = 'text/html; charset=utf-8';

  app.get('/', { schema: hide }, async (request, reply) => {
    const lang = langOf(request.query);
    const p = await page(homeHead(base, lang), lang, '/');
    return reply.status(p.status).type(HTML).header('cache-control', p.cache).send(p.html);
  });
  app.get('/products/:id', { schema: { ...hide, params: idParams } }, async (request, reply) => {
    const lang = langOf(request.query);
    // The main picture is preloaded in the size the app will ask for, which Save-Data changes.
    const saveData = request.headers['save-data'] === 'on';
    const p = await page(
      await productHead(ctx, base, request.params.id, lang, saveData),
      lang,
      `/products/${request.params.id}`,
    );
    return reply
      .status(p.status)
      .type(HTML)
      .header('cache-control', p.cache)
      .header('vary', 'Save-Data')
      .send(p.html);
  });
  app.get('/shops/:id', { schema: { ...hide, params: idParams } }, async (request, reply) => {
    const lang = langOf(request.query);
    const p = await page(
      await shopHead(ctx, base, request.params.id, lang),
      lang,
      `/shops/${request.params.id}`,
    );
    return reply.status(p.status).type(HTML).header('cache-control', p.cache).send(p.html);
  });
  // A category's page is the search page filtered to it; other searches are not worth indexing.
  app.get('/search', { schema: hide }, async (request, reply) => {
    const lang = langOf(request.query);
    const category = categoryOf(request.query);
    if (category) {
      const p = await page(await categoryHead(ctx, base, category, lang), lang, '/search');
      return reply.status(p.status).type(HTML).header('cache-control', p.cache).send(p.html);
    }
    return reply
      .type(HTML)
      .header('cache-control', 'no-cache')
      .send(
        withLinks(injectHead(await indexHtml(), noindexHead(), lang), await chunkLinks('/search')),
      );
  });
}
