import type { AppContext } from '../../../platform/context.ts';
import type { PrescriptionClass } from '../pharmacy.tables.ts';
import { buildMatcher } from './matcher.ts';
import type { MasterMedicine, MedicineMatcher } from './matcher.types.ts';

type Cached = { matcher: Promise<MedicineMatcher>; version: string; checkedAt: number };
const cache = new WeakMap<AppContext, Cached>();
/** Another process may have imported: the master's version is checked at most this often. */
const RECHECK_MS = 30_000;

async function masterVersion(ctx: AppContext): Promise<string> {
  const row = await ctx.db
    .selectFrom('medicines')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('updated_at').as('at')])
    .executeTakeFirstOrThrow();
  return `${row.n}:${row.at ? new Date(row.at).toISOString() : ''}`;
}

/** The columns of a master entry the matcher (and a linked product) needs. */
export const MASTER_COLUMNS = [
  'id',
  'source_id',
  'brand',
  'generic_name',
  'strength',
  'dosage_form',
  'manufacturer_name',
  'price_basis',
  'unit_price',
  'pack_qty',
  'pack_price',
  'prescription_class',
] as const;

type MasterRow = {
  id: string;
  source_id: number | null;
  brand: string;
  generic_name: string;
  strength: string;
  dosage_form: string;
  manufacturer_name: string;
  price_basis: string | null;
  unit_price: number | string | null;
  pack_qty: number | null;
  pack_price: number | string | null;
  prescription_class: string;
};

/** A `medicines` row of MASTER_COLUMNS as the matcher holds it (bigint MRPs as numbers). */
export function toMasterMedicine(r: MasterRow): MasterMedicine {
  return {
    id: r.id,
    sourceId: r.source_id,
    brand: r.brand,
    genericName: r.generic_name,
    strength: r.strength,
    dosageForm: r.dosage_form,
    manufacturer: r.manufacturer_name,
    priceBasis: r.price_basis,
    unitPrice: r.unit_price === null ? null : Number(r.unit_price),
    packQty: r.pack_qty,
    packPrice: r.pack_price === null ? null : Number(r.pack_price),
    prescriptionClass: r.prescription_class as PrescriptionClass,
  };
}

/** Every master entry, as the matcher holds them. */
export async function loadMasterMedicines(ctx: AppContext): Promise<MasterMedicine[]> {
  const rows = await ctx.db.selectFrom('medicines').select(MASTER_COLUMNS).execute();
  return rows.map(toMasterMedicine);
}

/** The matcher over the current master catalog, rebuilt when the master changed. */
export async function matcherFor(ctx: AppContext): Promise<MedicineMatcher> {
  const now = Date.now();
  const cached = cache.get(ctx);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.matcher;
  const version = await masterVersion(ctx);
  if (cached && cached.version === version) {
    cached.checkedAt = now;
    return cached.matcher;
  }
  const matcher = loadMasterMedicines(ctx).then(buildMatcher);
  cache.set(ctx, { matcher, version, checkedAt: now });
  return matcher;
}

/** After an import in this process: the next match sees the new master at once. */
export function forgetMatcher(ctx: AppContext): void {
  cache.delete(ctx);
}
