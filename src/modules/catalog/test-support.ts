import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { randomPointInBangladesh } from '../../../test/helpers/shops.ts';
import { waitFor } from '../../../test/helpers/wait.ts';

/** Inserts a shop straight into the database (the shops module owns the real flow). */
export async function insertShop(
  ctx: AppContext,
  ownerId: string,
  status: 'pending' | 'approved' | 'rejected' | 'suspended' = 'approved',
): Promise<string> {
  const suffix = randomUUID().slice(0, 8);
  // A random point, so these shops do not show up in other test files' "nearby" searches.
  const { lat, lng } = randomPointInBangladesh();
  const result = await sql<{ id: string }>`
    INSERT INTO shops (owner_id, name_bn, name_en, slug, type, phone, address, lat, lng, status)
    VALUES (${ownerId}, ${'দোকান ' + suffix}, ${'Shop ' + suffix}, ${'shop-' + suffix}, 'grocery',
            '+8801711000000', 'Mirpur 10, Dhaka', ${lat}, ${lng}, ${status})
    RETURNING id`.execute(ctx.db);
  return result.rows[0]!.id;
}

export function productBody(shopId: string, overrides: Record<string, unknown> = {}) {
  const sku = `SKU-${randomUUID().slice(0, 8)}`;
  return {
    shopId,
    sku,
    nameBn: 'মিনিকেট চাল',
    nameEn: 'Miniket rice',
    kind: 'grocery',
    unit: 'kg',
    status: 'active',
    attributes: { origin: 'Bangladesh' },
    variants: [{ sku: `${sku}-1`, label: '১ কেজি', price: 8500, initialStock: 20 }],
    ...overrides,
  };
}

export async function createProduct(
  app: HttpApp,
  auth: { authorization: string },
  shopId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: auth,
    payload: productBody(shopId, overrides),
  });
  if (res.statusCode !== 201) throw new Error(`createProduct: ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: string;
    variants: { id: string; sku: string; onHand: number }[];
    [key: string]: unknown;
  };
}

/** A multipart/form-data body with one file part, for app.inject. */
export function multipartFile(
  data: Buffer,
  filename: string,
  contentType: string,
  field = 'file',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----haat${randomUUID().replace(/-/g, '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Waits until the image worker is done with an image: its final status ('ready' or 'failed'). */
export async function imageStatusWhenProcessed(db: Executor, imageId: string) {
  const row = await waitFor(async () => {
    const found = await db
      .selectFrom('product_images')
      .select('status')
      .where('id', '=', imageId)
      .executeTakeFirst();
    return found?.status === 'processing' ? undefined : { status: found?.status };
  }, `image ${imageId} to be processed`);
  return row.status;
}
