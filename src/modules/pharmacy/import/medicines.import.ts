/**
 * `haat import medicines DIR`: the master catalog from the three CSV files (MEDICINE_FILES), in one
 * transaction, keyed by the source's ids. Re-importing updates rows in place and says what changed.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.ts';
import type { Executor } from '../../../platform/db/index.ts';
import { updateLinkedProducts } from '../../catalog/index.ts';
import { forgetMatcher } from '../matcher/matcher.cache.ts';
import { medicineAttributesFrom } from '../medicine-product.ts';
import { masterOf, type MasterRow } from '../product-link.ts';
import type { PrescriptionClass } from '../pharmacy.tables.ts';
import { classifyMedicine } from './classify.ts';
import { readMedicineFiles, type MedicineFiles, type MedicineRow } from './csv.ts';
import '../pharmacy.tables.ts';

export type ImportCounts = { rows: number; inserted: number; updated: number; unchanged: number };
export type ChangeExample = {
  sourceId: number;
  brand: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};
export type MedicineImportReport = {
  manufacturers: ImportCounts;
  generics: ImportCounts;
  medicines: ImportCounts & {
    /** Demo-seed entries (no source id) that the source's row took over. */
    adopted: number;
    /** Entries imported before whose id the files no longer have (kept: products may link them). */
    removedFromSource: number;
    /** Entries whose class an admin set: the import kept it. */
    classKept: number;
  };
  classes: Record<PrescriptionClass, number>;
  /** A few changed entries with the fields that changed. */
  examples: ChangeExample[];
  /** The entries whose facts changed. */
  changedIds: string[];
  /** Products linked to a changed entry: they took its new facts (class, strength, maker). */
  productsUpdated: number;
};

const BATCH = 2000;
const EXAMPLES = 5;

const counts = (): ImportCounts => ({ rows: 0, inserted: 0, updated: 0, unchanged: 0 });

/** Natural key of an entry: how a demo-seed row is recognised in the source. */
export function naturalKey(brand: string, strength: string, form: string, maker: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return [norm(brand), norm(strength).replace(/\s+/g, ''), norm(form), norm(maker)].join('|');
}

/** Reads DIR, then imports it in one transaction; the matcher of this process forgets the old master. */
export async function importMedicines(ctx: AppContext, dir: string): Promise<MedicineImportReport> {
  const files = await readMedicineFiles(dir);
  const report = await ctx.db.transaction().execute((tx) => importMedicineFiles(tx, files));
  forgetMatcher(ctx);
  return report;
}

type NamedRow = { id: number; source_id: number | null; name: string };

/** Manufacturers or generics: by source id, else adopt the row of the same name, else insert. */
async function upsertNamed<T extends { sourceId: number; name: string }>(
  tx: Executor,
  table: 'medicine_manufacturers' | 'medicine_generics',
  rows: T[],
  extra: (row: T) => Record<string, string | null>,
  extraNames: Iterable<string>,
): Promise<{ ids: Map<string, number>; counts: ImportCounts }> {
  const c = counts();
  const existing = (await tx.selectFrom(table).selectAll().execute()) as unknown as (NamedRow &
    Record<string, unknown>)[];
  const bySource = new Map(
    existing.filter((r) => r.source_id !== null).map((r) => [r.source_id, r]),
  );
  const byName = new Map(existing.map((r) => [r.name, r]));
  const inserts: Record<string, unknown>[] = [];
  for (const row of rows) {
    c.rows++;
    const fields = { name: row.name, ...extra(row) };
    const current = bySource.get(row.sourceId) ?? byName.get(row.name);
    if (!current) {
      if (byName.has(row.name)) continue;
      inserts.push({ source_id: row.sourceId, ...fields });
      byName.set(row.name, { id: 0, source_id: row.sourceId, name: row.name });
      c.inserted++;
      continue;
    }
    const changed =
      current.source_id !== row.sourceId ||
      Object.entries(fields).some(([k, v]) => (current[k] ?? null) !== v);
    if (!changed) {
      c.unchanged++;
      continue;
    }
    await tx
      .updateTable(table)
      .set({ ...fields, source_id: row.sourceId, updated_at: sql<Date>`now()` })
      .where('id', '=', current.id)
      .execute();
    byName.delete(current.name);
    byName.set(row.name, { ...current, name: row.name });
    c.updated++;
  }
  // Names the medicines file uses that the table file lacks: rows without a source id.
  for (const name of extraNames) {
    if (!name || byName.has(name)) continue;
    inserts.push({ source_id: null, name });
    byName.set(name, { id: 0, source_id: null, name });
  }
  for (let i = 0; i < inserts.length; i += BATCH) {
    await tx
      .insertInto(table)
      .values(inserts.slice(i, i + BATCH) as never)
      .execute();
  }
  const all = await tx.selectFrom(table).select(['id', 'name']).execute();
  return { ids: new Map(all.map((r) => [r.name, r.id])), counts: c };
}

type ExistingMedicine = {
  id: string;
  source_id: number | null;
  brand: string;
  generic_id: number | null;
  generic_name: string;
  strength: string;
  dosage_form: string;
  manufacturer_id: number | null;
  manufacturer_name: string;
  medicine_type: string;
  price_basis: string | null;
  unit_price: number | null;
  pack_qty: number | null;
  pack_price: number | null;
  prescription_class: PrescriptionClass;
  class_reason: string | null;
  class_overridden: boolean;
};
type Desired = Omit<ExistingMedicine, 'id' | 'class_overridden'>;
const COMPARED: (keyof Desired)[] = [
  'brand',
  'generic_id',
  'generic_name',
  'strength',
  'dosage_form',
  'manufacturer_id',
  'manufacturer_name',
  'medicine_type',
  'price_basis',
  'unit_price',
  'pack_qty',
  'pack_price',
  'prescription_class',
  'class_reason',
];

const RECORD_COLUMNS = sql.raw(`id uuid, source_id integer, brand text, generic_id integer,
  generic_name text, strength text, dosage_form text, manufacturer_id integer,
  manufacturer_name text, medicine_type text, price_basis text, unit_price bigint, pack_qty integer,
  pack_price bigint, prescription_class text, class_reason text`);

/** The import inside a caller's transaction. */
export async function importMedicineFiles(
  tx: Executor,
  files: MedicineFiles,
): Promise<MedicineImportReport> {
  const manufacturers = await upsertNamed(
    tx,
    'medicine_manufacturers',
    files.manufacturers,
    () => ({}),
    files.medicines.map((m) => m.manufacturerName),
  );
  const generics = await upsertNamed(
    tx,
    'medicine_generics',
    files.generics,
    (g) => ({ drug_class: g.drugClass, indication: g.indication }),
    files.medicines.map((m) => m.genericName),
  );
  const drugClass = new Map(files.generics.map((g) => [g.name, g.drugClass]));

  const existing = (
    await tx
      .selectFrom('medicines')
      .select([
        'id',
        'source_id',
        'brand',
        'generic_id',
        'generic_name',
        'strength',
        'dosage_form',
        'manufacturer_id',
        'manufacturer_name',
        'medicine_type',
        'price_basis',
        'unit_price',
        'pack_qty',
        'pack_price',
        'prescription_class',
        'class_reason',
        'class_overridden',
      ])
      .execute()
  ).map((r) => ({
    ...r,
    unit_price: r.unit_price === null ? null : Number(r.unit_price),
    pack_price: r.pack_price === null ? null : Number(r.pack_price),
  })) as ExistingMedicine[];
  const bySource = new Map<number, ExistingMedicine>();
  const adoptable = new Map<string, ExistingMedicine>();
  for (const row of existing) {
    if (row.source_id !== null) bySource.set(row.source_id, row);
    else {
      adoptable.set(
        naturalKey(row.brand, row.strength, row.dosage_form, row.manufacturer_name),
        row,
      );
    }
  }

  const report: MedicineImportReport = {
    manufacturers: manufacturers.counts,
    generics: generics.counts,
    medicines: { ...counts(), adopted: 0, removedFromSource: 0, classKept: 0 },
    classes: { otc: 0, rx: 0, rx_strict: 0 },
    examples: [],
    changedIds: [],
    productsUpdated: 0,
  };
  const inserts: (Desired & { id: null })[] = [];
  const updates: (Desired & { id: string })[] = [];
  const inFile = new Set<number>();

  for (const row of files.medicines) {
    const m = report.medicines;
    m.rows++;
    inFile.add(row.sourceId);
    let current = bySource.get(row.sourceId);
    let adopted = false;
    if (!current) {
      const key = naturalKey(row.brand, row.strength, row.dosageForm, row.manufacturerName);
      current = adoptable.get(key);
      if (current) {
        adoptable.delete(key);
        adopted = true;
      }
    }
    const desired = desiredRow(row, generics.ids, manufacturers.ids, drugClass, current);
    if (current?.class_overridden) m.classKept++;
    report.classes[desired.prescription_class]++;
    if (!current) {
      inserts.push({ ...desired, id: null });
      m.inserted++;
      continue;
    }
    const changes: ChangeExample['changes'] = {};
    for (const k of COMPARED) {
      if ((current[k] ?? null) !== (desired[k] ?? null)) {
        changes[k] = { from: current[k], to: desired[k] };
      }
    }
    if (!adopted && Object.keys(changes).length === 0) {
      m.unchanged++;
      continue;
    }
    updates.push({ ...desired, id: current.id });
    report.changedIds.push(current.id);
    if (adopted) m.adopted++;
    else m.updated++;
    if (!adopted && report.examples.length < EXAMPLES) {
      report.examples.push({ sourceId: row.sourceId, brand: row.brand, changes });
    }
  }
  report.medicines.removedFromSource = existing.filter(
    (r) => r.source_id !== null && !inFile.has(r.source_id),
  ).length;

  for (let i = 0; i < inserts.length; i += BATCH) {
    const json = JSON.stringify(inserts.slice(i, i + BATCH));
    await sql`
      INSERT INTO medicines (source_id, brand, generic_id, generic_name, strength, dosage_form,
        manufacturer_id, manufacturer_name, medicine_type, price_basis, unit_price, pack_qty,
        pack_price, prescription_class, class_reason)
      SELECT source_id, brand, generic_id, generic_name, strength, dosage_form, manufacturer_id,
        manufacturer_name, medicine_type, price_basis, unit_price, pack_qty, pack_price,
        prescription_class, class_reason
      FROM jsonb_to_recordset(${json}::jsonb) AS v(${RECORD_COLUMNS})`.execute(tx);
  }
  for (let i = 0; i < updates.length; i += BATCH) {
    const json = JSON.stringify(updates.slice(i, i + BATCH));
    await sql`
      UPDATE medicines m SET source_id = v.source_id, brand = v.brand, generic_id = v.generic_id,
        generic_name = v.generic_name, strength = v.strength, dosage_form = v.dosage_form,
        manufacturer_id = v.manufacturer_id, manufacturer_name = v.manufacturer_name,
        medicine_type = v.medicine_type, price_basis = v.price_basis, unit_price = v.unit_price,
        pack_qty = v.pack_qty, pack_price = v.pack_price,
        prescription_class = v.prescription_class, class_reason = v.class_reason,
        updated_at = now()
      FROM jsonb_to_recordset(${json}::jsonb) AS v(${RECORD_COLUMNS})
      WHERE m.id = v.id`.execute(tx);
  }
  if (report.changedIds.length > 0) {
    const { rows: linked } = await sql<MasterRow>`
      SELECT m.* FROM medicines m
      WHERE m.id = ANY(${report.changedIds}::uuid[])
        AND EXISTS (SELECT 1 FROM products p WHERE p.medicine_id = m.id)`.execute(tx);
    for (const row of linked) {
      const products = await updateLinkedProducts(
        tx,
        row.id,
        medicineAttributesFrom(masterOf(row)),
      );
      report.productsUpdated += products.length;
    }
  }
  return report;
}

function desiredRow(
  row: MedicineRow,
  genericIds: Map<string, number>,
  manufacturerIds: Map<string, number>,
  drugClass: Map<string, string | null>,
  current: ExistingMedicine | undefined,
): Desired {
  const classified = current?.class_overridden
    ? { prescriptionClass: current.prescription_class, reason: current.class_reason }
    : classifyMedicine({
        genericName: row.genericName,
        drugClass: drugClass.get(row.genericName) ?? null,
        dosageForm: row.dosageForm,
      });
  return {
    source_id: row.sourceId,
    brand: row.brand,
    generic_id: genericIds.get(row.genericName) ?? null,
    generic_name: row.genericName,
    strength: row.strength,
    dosage_form: row.dosageForm,
    manufacturer_id: manufacturerIds.get(row.manufacturerName) ?? null,
    manufacturer_name: row.manufacturerName,
    medicine_type: row.medicineType,
    price_basis: row.priceBasis,
    unit_price: row.unitPrice,
    pack_qty: row.packQty,
    pack_price: row.packPrice,
    prescription_class: classified.prescriptionClass,
    class_reason: classified.reason,
  };
}
