import { sql } from 'kysely';
import { z } from 'zod';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { keysetCursor } from '../../platform/http/cursor.ts';
import { asciiDigits, normalizeText } from '../../platform/text.ts';
import { updateLinkedProducts } from '../catalog/index.ts';
import { forgetMatcher } from './matcher/matcher.cache.ts';
import './medicines.errors.ts';
import { namesFor, nameIndex } from './medicines.names.ts';
import {
  allMedicines,
  findMedicine,
  medicinesNamed,
  presentSummary,
  productAlternatives,
  sameGeneric,
} from './medicines.repo.ts';
import type { PrescriptionClass } from './pharmacy.tables.ts';

/** A page of a ranked list: the number of entries before it. */
const offsetCursor = keysetCursor(z.tuple([z.number().int().min(0).max(100_000)]));

/** Splits "napa 500" into the name ("napa") and a strength number ("500"). */
function splitQuery(q: string): { name: string; strength?: string } {
  const text = asciiDigits(normalizeText(q));
  const strength = /(?:^|\s)(\d+(?:\.\d+)?)\s*(?:mg|mcg|gm|g|ml|iu|%|মি\.?গ্রা\.?)?(?=\s|$)/i.exec(
    text,
  );
  const name = strength ? text.replace(strength[0], ' ').trim() : text;
  return { name, ...(strength && name ? { strength: strength[1] } : {}) };
}

export async function searchMedicines(
  ctx: AppContext,
  query: { q?: string; limit: number; cursor?: string },
) {
  const offset = offsetCursor.decode(query.cursor)?.[0] ?? 0;
  const q = query.q ? normalizeText(query.q) : '';
  let rows;
  if (!q) {
    rows = await allMedicines(ctx.db, { offset, limit: query.limit + 1 });
  } else {
    const { name, strength } = splitQuery(q);
    const hits = namesFor(await nameIndex(ctx), name);
    rows = await medicinesNamed(
      ctx.db,
      {
        brands: hits.filter((h) => h.kind === 'brand').map((h) => h.name),
        generics: hits.filter((h) => h.kind === 'generic').map((h) => h.name),
      },
      { strengthHint: strength, offset, limit: query.limit + 1 },
    );
  }
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(presentSummary),
    nextCursor: rows.length > query.limit ? offsetCursor.encode([offset + query.limit]) : null,
  };
}

export async function getMedicine(db: Executor, id: string) {
  const m = await findMedicine(db, id);
  if (!m) throw new AppError('MEDICINE_NOT_FOUND');
  const alternatives = await sameGeneric(db, m);
  return {
    ...presentSummary(m),
    medicineType: m.medicine_type,
    classReason: m.class_reason,
    classOverridden: m.class_overridden,
    drugClass: m.drug_class,
    alternatives: alternatives.map(presentSummary),
  };
}

/**
 * An admin's class for an entry: kept by later imports (class_overridden), audited, and every
 * product linked to it follows (prescriptionRequired).
 */
export async function setMedicineClass(
  ctx: AppContext,
  id: string,
  input: { prescriptionClass: PrescriptionClass; reason: string },
  by: AuditActor,
) {
  await ctx.db.transaction().execute(async (tx) => {
    const current = await findMedicine(tx, id, { lock: true });
    if (!current) throw new AppError('MEDICINE_NOT_FOUND');
    await tx
      .updateTable('medicines')
      .set({
        prescription_class: input.prescriptionClass,
        class_reason: input.reason,
        class_overridden: true,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    const products = await updateLinkedProducts(tx, id, {
      prescriptionRequired: input.prescriptionClass !== 'otc',
    });
    await audit(tx, {
      ...by,
      action: 'medicine.class_changed',
      targetType: 'medicine',
      targetId: id,
      details: {
        brand: current.brand,
        strength: current.strength,
        from: current.prescription_class,
        to: input.prescriptionClass,
        reason: input.reason,
        productsUpdated: products.length,
      },
    });
  });
  forgetMatcher(ctx);
  return getMedicine(ctx.db, id);
}

/** Other brands of the same medicine (and the same brand elsewhere) for sale, with shop and distance. */
export async function alternativesForProduct(
  db: Executor,
  productId: string,
  query: { lat?: number; lng?: number; limit: number },
) {
  const visible = await sql<{ id: string }>`
    SELECT p.id FROM products p JOIN shops s ON s.id = p.shop_id
    WHERE p.id = ${productId} AND p.status = 'active' AND p.hidden_at IS NULL
      AND s.status = 'approved'`.execute(db);
  if (visible.rows.length === 0) throw new AppError('PRODUCT_NOT_FOUND');
  const point =
    query.lat !== undefined && query.lng !== undefined ? { lat: query.lat, lng: query.lng } : null;
  const rows = await productAlternatives(db, productId, point, query.limit);
  return {
    items: rows.map((r) => ({
      productId: r.product_id,
      nameBn: r.name_bn,
      nameEn: r.name_en,
      medicineId: r.medicine_id,
      brand: r.brand,
      strength: r.strength,
      dosageForm: r.dosage_form,
      manufacturer: r.manufacturer_name,
      sameBrand: r.same_brand,
      price: Number(r.price),
      unit: r.unit,
      shop: { id: r.shop_id, slug: r.shop_slug, nameBn: r.shop_name_bn, nameEn: r.shop_name_en },
      distanceM: r.distance_m === null ? null : Math.round(Number(r.distance_m)),
    })),
  };
}
