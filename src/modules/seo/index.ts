/**
 * Search engines and share previews: the public pages' tags in their first HTML, robots.txt and
 * the sitemap (docs/seo.md). Its routes live at the root beside the web app, so the server
 * registers them itself rather than under /api/v1.
 */
export { registerSeoRoutes, type SeoOptions } from './seo.routes.ts';
