import { sql } from 'kysely';
import type { Db } from '../../../platform/db/index.ts';
import type { AuthUser } from '../../../platform/http/auth.ts';
import { managedShop } from '../products.service.ts';
import { daysBetween, dhakaToday } from './batches.dates.ts';
import { NEAR_EXPIRY_DAYS } from './batches.service.ts';

type Figures = { quantity: number; valuePoisha: number; batches: number };
const zero = (): Figures => ({ quantity: 0, valuePoisha: 0, batches: 0 });

/**
 * A shop's stock value by expiry month: units × purchase cost (the selling price where no cost was
 * recorded), per month of expiry; what is past expiry but not yet written off; what was written
 * off; stock with no batch (at price); and the batches within 60 days of expiry.
 */
export async function batchReport(db: Db, user: AuthUser, shopId: string, today = dhakaToday()) {
  const shop = await managedShop(db, user, shopId);
  const { rows } = await sql<{
    id: string;
    product_id: string;
    variant_id: string;
    batch_number: string | null;
    expiry_date: string;
    quantity: number;
    written_off_quantity: number;
    unit_value: string;
    at_price: boolean;
    product_name: string;
    sku: string;
  }>`
    SELECT b.id, b.product_id, b.variant_id, b.batch_number, b.expiry_date::text AS expiry_date,
           b.quantity, b.written_off_quantity,
           coalesce(b.cost_poisha, v.price)::text AS unit_value, b.cost_poisha IS NULL AS at_price,
           coalesce(nullif(p.name_bn, ''), nullif(p.name_en, ''), v.sku) AS product_name, v.sku
    FROM stock_batches b
    JOIN product_variants v ON v.id = b.variant_id
    JOIN products p ON p.id = b.product_id
    WHERE b.shop_id = ${shop.id} AND (b.quantity > 0 OR b.written_off_quantity > 0)
    ORDER BY b.expiry_date, b.id`.execute(db);
  const months = new Map<string, Figures>();
  const expired = zero();
  const writtenOff = zero();
  const nearExpiry = [];
  let valuedAtPrice = 0;
  for (const r of rows) {
    const unit = Number(r.unit_value);
    if (r.written_off_quantity > 0) {
      writtenOff.quantity += r.written_off_quantity;
      writtenOff.valuePoisha += r.written_off_quantity * unit;
      writtenOff.batches += 1;
    }
    if (r.quantity === 0) continue;
    if (r.at_price) valuedAtPrice += 1;
    const value = r.quantity * unit;
    const daysLeft = daysBetween(today, r.expiry_date);
    const bucket =
      daysLeft < 0
        ? expired
        : (months.get(r.expiry_date.slice(0, 7)) ??
          months.set(r.expiry_date.slice(0, 7), zero()).get(r.expiry_date.slice(0, 7))!);
    bucket.quantity += r.quantity;
    bucket.valuePoisha += value;
    bucket.batches += 1;
    if (daysLeft >= 0 && daysLeft <= NEAR_EXPIRY_DAYS) {
      nearExpiry.push({
        batchId: r.id,
        productId: r.product_id,
        productName: r.product_name,
        variantId: r.variant_id,
        sku: r.sku,
        batchNumber: r.batch_number,
        expiryDate: r.expiry_date,
        daysLeft,
        quantity: r.quantity,
        valuePoisha: value,
      });
    }
  }
  // Stock with no batch recorded, in shops that keep batches, valued at the selling price.
  const { rows: loose } = await sql<{ quantity: number; value: string }>`
    SELECT coalesce(sum(x.unbatched), 0)::int AS quantity,
           coalesce(sum(x.unbatched * x.price), 0)::text AS value
    FROM (
      SELECT v.price, greatest(0, v.on_hand - coalesce(sum(b.quantity), 0)) AS unbatched
      FROM product_variants v
      JOIN products p ON p.id = v.product_id AND p.status <> 'archived'
      LEFT JOIN stock_batches b ON b.variant_id = v.id
      WHERE v.shop_id = ${shop.id}
      GROUP BY v.id
    ) x`.execute(db);
  const unbatched = { quantity: loose[0]!.quantity, valuePoisha: Number(loose[0]!.value) };
  const monthList = [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, f]) => ({ month, ...f }));
  const inMonths = monthList.reduce(
    (s, m) => ({ quantity: s.quantity + m.quantity, valuePoisha: s.valuePoisha + m.valuePoisha }),
    { quantity: 0, valuePoisha: 0 },
  );
  return {
    today,
    months: monthList,
    expired,
    writtenOff,
    unbatched,
    total: {
      quantity: inMonths.quantity + expired.quantity + unbatched.quantity,
      valuePoisha: inMonths.valuePoisha + expired.valuePoisha + unbatched.valuePoisha,
    },
    valuedAtPrice,
    nearExpiry,
  };
}

function csvCell(value: string | number): string {
  const text = String(value);
  // Formula injection: a cell a spreadsheet would run is quoted with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const taka = (poisha: number) => (poisha / 100).toFixed(2);

/** The report as CSV (UTF-8 with BOM so spreadsheets read Bengali): one row per month and bucket. */
export function batchReportCsv(report: Awaited<ReturnType<typeof batchReport>>): string {
  const lines: (string | number)[][] = [['expiry_month', 'batches', 'quantity', 'value_bdt']];
  for (const m of report.months) lines.push([m.month, m.batches, m.quantity, taka(m.valuePoisha)]);
  lines.push([
    'expired',
    report.expired.batches,
    report.expired.quantity,
    taka(report.expired.valuePoisha),
  ]);
  lines.push(['no_batch', '', report.unbatched.quantity, taka(report.unbatched.valuePoisha)]);
  lines.push(['total', '', report.total.quantity, taka(report.total.valuePoisha)]);
  lines.push([]);
  lines.push([
    'near_expiry',
    'product',
    'sku',
    'batch',
    'expiry_date',
    'days_left',
    'quantity',
    'value_bdt',
  ]);
  for (const n of report.nearExpiry)
    lines.push([
      '',
      n.productName,
      n.sku,
      n.batchNumber ?? '',
      n.expiryDate,
      n.daysLeft,
      n.quantity,
      taka(n.valuePoisha),
    ]);
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
