import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { classifyMedicine } from './import/classify.ts';
import { naturalKey } from './import/medicines.import.ts';
import { demoMedicines } from './demo-medicines.ts';
import { linkToMaster, masterOf, type MasterRow } from './product-link.ts';

export { masterOf };

/** Taka as printed ("1.20") → poisha. */
const poisha = (taka: string) => {
  const [whole, fraction = ''] = taka.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};

async function idByName(
  tx: Executor,
  table: 'medicine_manufacturers' | 'medicine_generics',
  name: string,
): Promise<number | null> {
  if (!name) return null;
  await tx
    .insertInto(table)
    .values({ name })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await tx.selectFrom(table).select('id').where('name', '=', name).executeTakeFirst();
  return row?.id ?? null;
}

/**
 * The demo's master entries (demo-medicines.ts) that the master lacks, by brand, strength, form and
 * maker: after `haat import medicines` they are all there already and nothing is written.
 */
export async function seedDemoMedicines(db: Executor): Promise<number> {
  const existing = await db
    .selectFrom('medicines')
    .select(['brand', 'strength', 'dosage_form', 'manufacturer_name'])
    .execute();
  const have = new Set(
    existing.map((r) => naturalKey(r.brand, r.strength, r.dosage_form, r.manufacturer_name)),
  );
  const missing = demoMedicines.filter(
    (d) => !have.has(naturalKey(d.brand, d.strength, d.form, d.maker)),
  );
  if (missing.length === 0) return 0;
  await db.transaction().execute(async (tx) => {
    for (const d of missing) {
      const genericId = await idByName(tx, 'medicine_generics', d.generic);
      const generic = genericId
        ? await tx
            .selectFrom('medicine_generics')
            .select('drug_class')
            .where('id', '=', genericId)
            .executeTakeFirst()
        : undefined;
      const c = classifyMedicine({
        genericName: d.generic,
        drugClass: generic?.drug_class ?? null,
        dosageForm: d.form,
      });
      const unitPrice = poisha(d.mrp);
      await tx
        .insertInto('medicines')
        .values({
          brand: d.brand,
          generic_id: genericId,
          generic_name: d.generic,
          strength: d.strength,
          dosage_form: d.form,
          manufacturer_id: await idByName(tx, 'medicine_manufacturers', d.maker),
          manufacturer_name: d.maker,
          price_basis: d.basis,
          unit_price: unitPrice,
          pack_qty: d.packQty,
          pack_price: d.packQty ? unitPrice * d.packQty : null,
          prescription_class: c.prescriptionClass,
          class_reason: c.reason,
        })
        .execute();
    }
  });
  return missing.length;
}

/**
 * Links the demo pharmacies' medicines (by their demo product key in the SKU) to the master
 * entries: medicine_id, the master's attributes (Angilock 50 becomes prescription-only) and
 * prices capped at MRP. Products already linked are left alone. Returns how many were linked.
 */
export async function linkDemoProducts(
  ctx: AppContext,
  options: { shopIds?: string[] } = {},
): Promise<number> {
  const withKeys = demoMedicines.filter((d) => d.demo?.length);
  const masters = await ctx.db
    .selectFrom('medicines')
    .selectAll()
    .where(sql<boolean>`lower(brand) IN (${sql.join(withKeys.map((d) => d.brand.toLowerCase()))})`)
    .execute();
  const byNaturalKey = new Map(
    masters.map((m) => [naturalKey(m.brand, m.strength, m.dosage_form, m.manufacturer_name), m]),
  );
  const byDemoKey = new Map<string, MasterRow>();
  for (const d of withKeys) {
    const m = byNaturalKey.get(naturalKey(d.brand, d.strength, d.form, d.maker));
    if (m) for (const key of d.demo ?? []) byDemoKey.set(key, m as MasterRow);
  }
  // The longest key first: "ENTACYD-PLUS-SUSP-…" is the suspension, not the tablet.
  const keys = [...byDemoKey.keys()].sort((a, b) => b.length - a.length);
  const products = await sql<{ id: string; sku: string }>`
    SELECT p.id, p.sku FROM products p JOIN shops s ON s.id = p.shop_id
    WHERE s.type = 'pharmacy' AND p.kind = 'medicine' AND p.medicine_id IS NULL
      ${options.shopIds ? sql`AND p.shop_id = ANY(${options.shopIds}::uuid[])` : sql``}
    ORDER BY p.id`.execute(ctx.db);
  const links: { productId: string; master: MasterRow }[] = [];
  for (const p of products.rows) {
    const key = keys.find((k) => p.sku === k || p.sku.startsWith(`${k}-`));
    if (key) links.push({ productId: p.id, master: byDemoKey.get(key)! });
  }
  for (let i = 0; i < links.length; i += 200) {
    await ctx.db.transaction().execute(async (tx) => {
      for (const link of links.slice(i, i + 200)) {
        await linkToMaster(tx, link.productId, masterOf(link.master));
      }
    });
  }
  return links.length;
}

/** `haat seed`: the demo master entries, then the demo pharmacies' products linked to them. */
export async function seedPharmacy(ctx: AppContext): Promise<string[]> {
  await seedDemoMedicines(ctx.db);
  await linkDemoProducts(ctx);
  return [];
}
