import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { seedDefaultCategories } from '../../src/modules/catalog/categories.service.ts';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { startWorker } from '../../src/runtime.ts';
import { buildServer } from '../../src/server.ts';
import { createIsolatedDatabase, createTestContext } from '../helpers/app.ts';
import { createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';

/**
 * Shared by the browser tests: build the web app, start a real server and worker with it, and
 * launch headless Chromium. Tests are skipped (with a warning) where Chromium is not installed.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function warnIfNoChromium(name: string) {
  if (!hasChromium) {
    console.warn(
      `${name} e2e skipped: ${CHROMIUM} not found. Install it with ` +
        '`apt-get install -y --no-install-recommends chromium fonts-lohit-beng-bengali`.',
    );
  }
}

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const VIEWPORT = { width: 360, height: 740 };
// A flat 1×1 tile served locally: there is no network here, and the map only needs to take clicks.
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48e4lAAWBAsCDGNCEAAAAAElFTkSuQmCC',
  'base64',
);

export type WebServer = {
  ctx: AppContext;
  app: HttpApp;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
};

/**
 * The run's one build of web/, made by the first browser test file that asks (a lock directory
 * says who builds; the others wait for its marker), so thirty files do not build it thirty times.
 * The server only reads it.
 */
async function sharedWebBuild(): Promise<string> {
  const dist = inject('webDistDir');
  const done = path.join(dist, '.built');
  if (existsSync(done)) return dist;
  try {
    await mkdir(`${dist}.lock`);
  } catch {
    for (let waited = 0; !existsSync(done); waited += 250) {
      if (waited > 240_000) throw new Error(`web build at ${dist} did not finish in 4 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return dist;
  }
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/vite'),
    [
      'build',
      '--config',
      'web/vite.config.ts',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    // vitest sets NODE_ENV=test, which would give a development React build.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  await writeFile(done, '');
  return dist;
}

/**
 * Serves the built web app with the API, worker and Chromium. Each server has a database of its
 * own unless asked to share the run's: pages that list everything (the admin's) then see only the
 * file's rows, and events its orders raise are handled by its own worker, so a live update reaches
 * the browser watching it (without Redis the live bus is per process).
 */
export async function startWebServer(
  options: { isolated?: boolean; env?: Record<string, string> } = {},
): Promise<WebServer> {
  const dist = await sharedWebBuild();
  const database = (options.isolated ?? true) ? await createIsolatedDatabase() : undefined;
  const ctx = await createTestContext({
    ...options.env,
    WEB_DIST_DIR: dist,
    MAP_TILE_URL: '/e2e-tiles/{z}/{x}/{y}.png',
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  const app = await buildServer(ctx);
  app.get('/e2e-tiles/*', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/png').send(TILE_PNG),
  );
  const stopWorker = await startWorker(ctx);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  await mkdir(ARTIFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    ctx,
    app,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await stopWorker();
      await ctx.close();
      await database?.drop();
    },
  };
}

/**
 * A phone-sized page (360×740) in Bengali. The service worker is blocked unless a test asks for
 * it (`serviceWorkers: 'allow'`, the offline test): `page.route` does not see the requests a
 * service worker makes, and the other tests are about the pages, not the cache.
 */
export async function newPhonePage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'bn-BD',
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export function screenshotter(prefix: string) {
  return (page: Page, name: string) =>
    page.screenshot({ path: path.join(ARTIFACTS, `${prefix}-${name}.png`), fullPage: true });
}

/** Poisha as the Bengali UI writes an amount: "১১৪.১৯৳", whole taka without ".০০" ("২৪০৳"). */
export function bengaliTaka(poisha: number) {
  return new Intl.NumberFormat('bn-BD', {
    style: 'currency',
    currency: 'BDT',
    currencyDisplay: 'narrowSymbol',
    ...(poisha % 100 === 0 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(poisha / 100);
}

export function toBengaliDigits(text: string) {
  return text.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
}

/**
 * One web server for the calling test file, started before its tests and closed after them (nothing
 * starts where Chromium is missing: the file's tests skip, and this says why). The returned object
 * is filled in by `beforeAll`, so tests use it as the server itself. `env` sets configuration the
 * test helpers leave off (e.g. `RISK_COD_GUARD: 'on'`).
 */
export function webServerForFile(
  name: string,
  options: {
    categories?: boolean;
    publicUrl?: boolean;
    isolated?: boolean;
    env?: Record<string, string>;
  } = {},
): WebServer {
  warnIfNoChromium(name);
  const server = {} as WebServer;
  beforeAll(async () => {
    if (!hasChromium) return;
    Object.assign(server, await startWebServer({ isolated: options.isolated, env: options.env }));
    // Provider pages send the browser back to PUBLIC_URL; the port is only known after listen.
    if (options.publicUrl)
      (server.ctx.config as { PUBLIC_URL?: string }).PUBLIC_URL = server.baseUrl;
    if (options.categories) await seedDefaultCategories(server.ctx.db);
  }, 180_000);
  afterAll(async () => {
    if (hasChromium && server.close) await server.close();
  });
  return server;
}

/** Fills the Bengali sign-in form (the route guard shows it) with a test user's email. */
export async function signIn(page: Page, user: { email: string }) {
  await page.getByRole('heading', { name: 'লগ ইন করুন' }).waitFor();
  await page.getByLabel('মোবাইল নম্বর বা ইমেইল').fill(user.email);
  await page.getByLabel('পাসওয়ার্ড').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'লগ ইন' }).click();
}

/** A new seller's shop, already approved, with one product on sale (overrides for either). */
export async function approvedShopWithProduct(
  server: WebServer,
  overrides: { shop?: Record<string, unknown>; product?: Record<string, unknown> } = {},
) {
  const seller = await createUser(server.ctx, { role: 'seller' });
  const shop = (await createShop(server, seller, {
    nameEn: `Shop ${randomUUID().slice(0, 6)}`,
    ...overrides.shop,
  })) as { id: string; lat: number; lng: number };
  await server.ctx.db
    .updateTable('shops')
    .set({ status: 'approved', approved_at: new Date() })
    .where('id', '=', shop.id)
    .execute();
  const product = await createProduct(server.app, seller.auth, shop.id, {
    nameEn: `Product ${randomUUID().slice(0, 6)}`,
    ...overrides.product,
  });
  return {
    seller,
    shop,
    shopId: shop.id,
    productId: product.id as string,
    variantId: product.variants[0]!.id as string,
  };
}

/**
 * An init script: a SpeechRecognition that "hears" `heard` once started and records the language it
 * was given (window.__voiceLangs).
 */
export function fakeSpeechRecognition(heard: string) {
  return `
    class FakeRecognition {
      constructor() { this.lang = ''; this.onresult = null; this.onend = null; this.onerror = null; }
      start() {
        window.__voiceLangs = [...(window.__voiceLangs || []), this.lang];
        setTimeout(() => {
          this.onresult && this.onresult({ results: [[{ transcript: ${JSON.stringify(heard)} }]] });
          this.onend && this.onend();
        }, 50);
      }
      abort() { this.onend && this.onend(); }
      stop() { this.onend && this.onend(); }
    }
    Object.defineProperty(window, 'SpeechRecognition', { value: undefined, configurable: true, writable: true });
    Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeRecognition, configurable: true, writable: true });
  `;
}
