import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createProduct } from '../../src/modules/catalog/test-support.ts';
import { createUser, TEST_PASSWORD, type TestUser } from '../helpers/factories.ts';
import { createShop } from '../helpers/shops.ts';
import { hasChromium, newPhonePage, screenshotter, webServerForFile } from './support.ts';

/**
 * The storefront and the seller's catalog console in a real browser at 360×740, in Bengali:
 * a customer near a point in Dhaka finds eggs by typing "murgi dim", and a seller adds a product with
 * two photos and sees them processed. Screenshots go to test-artifacts/catalog-*.png.
 */

const server = webServerForFile('catalog', { categories: true });

const shot = screenshotter('catalog');

async function categoryId(slug: string) {
  const row = await server.ctx.db
    .selectFrom('categories')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A shop through the API, approved directly (approval has its own tests). */
async function approvedShop(seller: TestUser, at: { lat: number; lng: number }, nameBn: string) {
  const shop = (await createShop(server, seller, {
    nameBn,
    nameEn: `Shop ${randomUUID().slice(0, 6)}`,
    ...at,
    // Open every day around the clock, so "open now" does not depend on when the test runs.
    openingHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: '00:00', close: '23:59' })),
  })) as { id: string };
  await server.ctx.db
    .updateTable('shops')
    .set({ status: 'approved', approved_at: new Date() })
    .where('id', '=', shop.id)
    .execute();
  return shop.id;
}

describe('catalog in the browser (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a customer near a point in Dhaka finds ডিম by typing "murgi dim" and opens it',
    async () => {
      // A point in Uttara with a tiny random offset, and a shop about 300 m from it. (Not
      // Dhanmondi: other test files put their shops there, and the nearest list is capped.)
      const here = { lat: 23.8759 + Math.random() / 1000, lng: 90.3795 + Math.random() / 1000 };
      const seller = await createUser(server.ctx, { role: 'seller' });
      const shopName = `উত্তরা ডিম ঘর ${randomUUID().slice(0, 4)}`;
      const shopId = await approvedShop(
        seller,
        { lat: here.lat + 0.0027, lng: here.lng },
        shopName,
      );
      const eggs = await createProduct(server.app, seller.auth, shopId, {
        nameBn: 'দেশি মুরগির ডিম',
        nameEn: 'Deshi chicken eggs',
        categoryId: await categoryId('eggs'),
        unit: 'dozen',
        attributes: {},
        variants: [
          { sku: `E-${randomUUID().slice(0, 6)}`, label: '১ ডজন', price: 16000, initialStock: 30 },
          {
            sku: `E-${randomUUID().slice(0, 6)}`,
            label: '১ হালি',
            price: 5500,
            compareAtPrice: 6000,
            initialStock: 2,
            lowStockThreshold: 5,
          },
        ],
      });
      await createProduct(server.app, seller.auth, shopId, {
        nameBn: 'মিনিকেট চাল',
        nameEn: 'Miniket rice',
        categoryId: await categoryId('rice'),
      });

      const page = await newPhonePage(server.browser, {
        geolocation: { latitude: here.lat, longitude: here.lng },
        permissions: ['geolocation'],
      });
      await page.goto(server.baseUrl);
      await page.getByRole('heading', { name: 'ক্যাটাগরি' }).waitFor();
      await page.getByTestId('category-grid').getByText('মুদি বাজার').waitFor();

      // "My location" asks the browser (granted here) and lists the shop with its distance.
      await page.getByRole('button', { name: 'আমার অবস্থান' }).click();
      await page.getByText('আপনার বর্তমান অবস্থানের কাছে').waitFor();
      const shopCard = page.locator(`[data-testid="shop-hit"][data-shop-id="${shopId}"]`);
      await shopCard.waitFor();
      expect(await shopCard.getByTestId('distance').textContent()).toMatch(/^[০-৯]+ মি$/);
      await shot(page, '01-home');

      // Typing Banglish: the suggestions offer the Bengali product, and the search finds it.
      // (Two words: suggestions are nationwide, and "dim" alone matches every egg that other
      // test files and the demo data put in the shared database, so eight names may all be others.)
      await page.getByRole('link', { name: 'খুঁজুন' }).click();
      // The home page has a search box with the same name and stays on screen while the search
      // page's chunk loads: wait for the search page itself before typing.
      await page.getByTestId('filters-toggle').waitFor();
      const box = page.getByRole('combobox', { name: 'পণ্য খুঁজুন' });
      await box.fill('murgi dim');
      await page.getByTestId('suggestions').getByText('দেশি মুরগির ডিম').first().waitFor();
      await shot(page, '02-suggest');
      await box.press('Enter');
      await page.getByRole('heading', { name: '“murgi dim” এর ফলাফল' }).waitFor();
      const hit = page.getByTestId('product-hit').filter({ hasText: 'দেশি মুরগির ডিম' });
      await hit.waitFor();
      // Price from the cheapest variant, distance in metres, both in Bengali digits.
      expect(await hit.getByTestId('price').textContent()).toContain('৫৫৳');
      expect(await hit.getByTestId('distance').textContent()).toMatch(/^[০-৯]+ মি$/);
      expect(await page.getByTestId('product-hit').filter({ hasText: 'চাল' }).count()).toBe(0);
      await shot(page, '03-results');

      // The product page: variants with prices, stock state, and the shop with its distance.
      await hit.click();
      await page.waitForURL(`**/products/${eggs.id}`);
      await page.getByRole('heading', { name: 'দেশি মুরগির ডিম' }).waitFor();
      expect(await page.getByTestId('price').textContent()).toContain('১৬০৳');
      expect(await page.getByTestId('stock-state').textContent()).toBe('স্টকে আছে');
      await page.getByText('১ হালি').click();
      expect(await page.getByTestId('price').textContent()).toContain('৫৫৳');
      expect(await page.getByTestId('compare-at').textContent()).toContain('৬০৳');
      // What the price buys: the variant chosen.
      expect(await page.getByTestId('price-per').textContent()).toBe('/ ১ হালি');
      expect(await page.getByTestId('stock-state').textContent()).toBe('অল্প বাকি');
      expect(await page.getByRole('button', { name: 'ব্যাগে যোগ করুন' }).isEnabled()).toBe(true);
      const soldBy = page.locator(`[data-testid="shop-hit"][data-shop-id="${shopId}"]`);
      expect(await soldBy.textContent()).toContain(shopName);
      expect(await soldBy.getByTestId('distance').textContent()).toMatch(/^[০-৯]+ মি$/);
      await shot(page, '04-product');

      // The location is remembered: a reload of the home page does not ask again.
      await page.goto(server.baseUrl);
      await page.getByText('আপনার বর্তমান অবস্থানের কাছে').waitFor();
      await page.context().close();
    },
    180_000,
  );

  it.skipIf(!hasChromium)(
    'a seller adds a product with two photos and sees them processed',
    async () => {
      const seller = await createUser(server.ctx, { role: 'seller', name: 'করিম মিয়া' });
      const shopId = await approvedShop(
        seller,
        { lat: 23.81 + Math.random() / 100, lng: 90.41 + Math.random() / 100 },
        'করিম স্টোর',
      );
      const sku = `OIL-${randomUUID().slice(0, 6)}`;
      const [jpeg, png] = await Promise.all([
        sharp({ create: { width: 900, height: 700, channels: 3, background: '#d97706' } })
          .jpeg()
          .toBuffer(),
        sharp({ create: { width: 640, height: 640, channels: 4, background: '#0f766e' } })
          .png()
          .toBuffer(),
      ]);

      // The console is behind sign-in; the guard sends the seller to the login page and back.
      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/seller/shops/${shopId}/products`);
      await page.getByRole('heading', { name: 'লগ ইন করুন' }).waitFor();
      await page.getByLabel('মোবাইল নম্বর বা ইমেইল').fill(seller.email);
      await page.getByLabel('পাসওয়ার্ড').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'লগ ইন' }).click();
      await page.getByRole('heading', { name: 'পণ্যের তালিকা' }).waitFor();
      await page.getByText('কোনো পণ্য নেই।').waitFor();
      await page.getByTestId('new-product-link').click();

      // The form: names, category, kind-specific fields, and a price typed in Bengali digits.
      await page.getByRole('heading', { name: 'নতুন পণ্য যোগ করুন' }).waitFor();
      await page.getByLabel('পণ্যের নাম (বাংলায়)').fill('খাঁটি সরিষার তেল');
      await page.getByLabel('পণ্যের নাম (ইংরেজিতে)').fill('Pure mustard oil');
      await page.getByLabel('পণ্যের কোড (SKU)').fill(sku);
      await page.getByLabel('ক্যাটাগরি').selectOption(await categoryId('oil'));
      await page.getByLabel('একক').selectOption('litre');
      await page.getByLabel('উৎপত্তি').fill('বাংলাদেশ');
      await page.getByLabel('পরিমাণ (মিলি)').fill('১০০০');
      await page.getByLabel('সাইজ / পরিমাণ').fill('১ লিটার');
      await page.getByLabel('দাম (৳)', { exact: true }).fill('২৪০.৫০');
      await page.getByLabel('শুরুর স্টক').fill('১২');
      await shot(page, '05-new-product');
      await page.getByRole('button', { name: 'পণ্য যোগ করুন' }).click();

      // Saved: the editor now offers photos. Two files go up at once.
      await page.getByTestId('images-panel').waitFor();
      const saved = await server.ctx.db
        .selectFrom('products')
        .innerJoin('product_variants', 'product_variants.product_id', 'products.id')
        .select(['products.id', 'products.attributes', 'product_variants.price', 'on_hand'])
        .where('products.shop_id', '=', shopId)
        .executeTakeFirstOrThrow();
      expect(Number(saved.price)).toBe(24050); // ৳২৪০.৫০ in poisha, exactly
      expect(saved.on_hand).toBe(12);
      expect(saved.attributes).toEqual({ origin: 'বাংলাদেশ', netVolumeMl: 1000 });
      await page.getByTestId('image-input').setInputFiles([
        { name: 'tel-samne.jpg', mimeType: 'image/jpeg', buffer: jpeg },
        { name: 'tel-pichone.png', mimeType: 'image/png', buffer: png },
      ]);
      const images = page.getByTestId('product-image');
      await expect.poll(() => images.count(), { timeout: 20_000 }).toBe(2);
      // The worker resizes them; the panel polls until both show their 200 px thumbnails.
      await expect
        .poll(
          () => page.locator('[data-testid="product-image"][data-status="ready"] img').count(),
          {
            timeout: 30_000,
          },
        )
        .toBe(2);
      const thumbs = page.locator('[data-testid="product-image"] img');
      for (const img of await thumbs.all()) {
        expect(await img.getAttribute('src')).toMatch(/\/thumb$/);
        // Loaded and decoded: the 200 px thumbnail, chosen from the srcset for a 96 px box (whose
        // naturalWidth is then 96, the file's width over its density; the browser may still be
        // fetching it).
        await expect
          .poll(
            () =>
              img.evaluate((el: HTMLImageElement) =>
                el.complete && el.naturalWidth > 0 ? el.currentSrc.split('/').pop() : null,
              ),
            { timeout: 15_000 },
          )
          .toBe('thumb');
      }
      await shot(page, '06-photos');

      // Reorder: the second photo moves first.
      const secondId = await server.ctx.db
        .selectFrom('product_images')
        .select('id')
        .where('product_id', '=', saved.id)
        .orderBy('position', 'desc')
        .executeTakeFirstOrThrow();
      await images.nth(1).getByRole('button', { name: 'আগে সরান' }).click();
      await expect
        .poll(async () => {
          const first = await server.ctx.db
            .selectFrom('product_images')
            .select('id')
            .where('product_id', '=', saved.id)
            .orderBy('position', 'asc')
            .executeTakeFirstOrThrow();
          return first.id;
        })
        .toBe(secondId.id);

      // A restock through the stock panel lands in the ledger.
      await page.getByLabel('কত বাড়বে/কমবে').fill('৫');
      await page.getByRole('button', { name: 'স্টক বদলান' }).click();
      await page.getByTestId('on-hand').getByText('হাতে আছে: ১৭').waitFor();
      await page.getByTestId('stock-ledger').getByText('নতুন মাল এসেছে').first().waitFor();
      await shot(page, '07-stock');

      // One save: a new price for the first size and a second size, in one request and one
      // transaction (PUT /products/{id}); the stock of the first size is untouched.
      await page
        .getByTestId('variant-row')
        .first()
        .getByLabel('দাম (৳)', { exact: true })
        .fill('২৪৫');
      await page.getByRole('button', { name: '+ আরেকটি সাইজ' }).click();
      const second = page.getByTestId('variant-row').nth(1);
      await second.getByLabel('সাইজ / পরিমাণ').fill('৫ লিটার');
      await second.getByLabel('কোড (SKU)').fill(`${sku}-5`);
      await second.getByLabel('দাম (৳)', { exact: true }).fill('১১৫০');
      await page.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
      await expect
        .poll(async () =>
          (
            await server.ctx.db
              .selectFrom('product_variants')
              .select(['sku', 'price', 'on_hand'])
              .where('product_id', '=', saved.id)
              .orderBy('position')
              .execute()
          ).map((v) => [v.sku, Number(v.price), v.on_hand]),
        )
        .toEqual([
          [sku, 24500, 17],
          [`${sku}-5`, 115000, 0],
        ]);

      // Back in the list: the product with its price and thumbnail.
      await page.getByRole('link', { name: '← পণ্যের তালিকা' }).click();
      const row = page.getByTestId('seller-product').filter({ hasText: 'খাঁটি সরিষার তেল' });
      await row.waitFor();
      expect(await row.getByTestId('price').textContent()).toContain('২৪৫৳'); // the cheapest size, as saved above
      await row.locator('img').waitFor();
      await shot(page, '08-list');
      await page.context().close();
    },
    180_000,
  );
});

/** GET over plain HTTP with a chosen Accept-Encoding; the body as it came on the wire. */
function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              encoding: res.headers['content-encoding'],
              vary: res.headers.vary,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('the first load on a slow line', () => {
  it.skipIf(!hasChromium)(
    'sends the app script compressed (brotli, else gzip) and the same bytes as the plain file',
    async () => {
      const html = (await rawGet(`${server.baseUrl}/`, 'identity')).body.toString();
      const script = /<script[^>]+src="(\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      const plain = await rawGet(`${server.baseUrl}${script}`, 'identity');
      expect(plain.encoding).toBeUndefined();
      const br = await rawGet(`${server.baseUrl}${script}`, 'br, gzip');
      expect(br.encoding).toBe('br');
      expect(br.vary?.toLowerCase()).toContain('accept-encoding'); // caches keep both versions
      expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      const gz = await rawGet(`${server.baseUrl}${script}`, 'gzip');
      expect(gz.encoding).toBe('gzip');
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
      // compressed well under half (the main script is ~300 kB plain)
      expect(br.body.length).toBeLessThan(plain.body.length / 2);
    },
  );
});
