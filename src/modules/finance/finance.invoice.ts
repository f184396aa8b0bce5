import type { Config } from '../../platform/config.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { lineCommission } from '../money/index.ts';
import { kindLabel } from './finance.kinds.ts';
import { monthPeriod } from './finance.period.ts';
import * as repo from './finance.repo.ts';

export type InvoiceLine = {
  orderNumber: string;
  at: string;
  name: string;
  lineTotal: number;
  rateBp: number;
  fixedFee: number;
  commission: number;
};
export type InvoiceReversal = {
  orderNumber: string | null;
  at: string;
  kind: string;
  kindLabel: { bn: string; en: string };
  amount: number;
};
export type Invoice = {
  number: string;
  month: string;
  issuedAt: string;
  platform: { name: string; address: string | null; bin: string | null };
  shop: {
    id: string;
    nameBn: string;
    nameEn: string;
    address: string;
    phone: string;
    bin: string | null;
  };
  lines: InvoiceLine[];
  reversals: InvoiceReversal[];
  gross: number;
  reversed: number;
  total: number;
  /** VAT included in the total at COMMISSION_VAT_RATE percent, when configured. */
  vat: { rate: number; amount: number } | null;
};

/** HAAT-COM-2026-12-1A2B3C4D: stable for a shop and a month (the shop id's first 8 hex digits). */
export function invoiceNumber(shopId: string, month: string): string {
  return `HAAT-COM-${month}-${shopId.replaceAll('-', '').slice(0, 8).toUpperCase()}`;
}

/** Months of `year` (Dhaka) whose net commission is above zero. */
export async function invoiceMonths(db: Executor, shopId: string, year: number) {
  const from = monthPeriod(`${year}-01`).from;
  const to = monthPeriod(`${year}-12`).to;
  const months = await repo.commissionByMonth(db, shopId, from, to);
  return months
    .filter((m) => m.commission > 0)
    .map((m) => ({
      month: m.month,
      number: invoiceNumber(shopId, m.month),
      commission: m.commission,
    }));
}

/**
 * The commission invoice of a shop for a Dhaka month: each order line whose payment was captured
 * in the month with the commission fixed on it, less the commission given back by refunds in the
 * month. Commission is VAT-inclusive: the ledger took exactly `total` from the shop.
 */
export async function buildInvoice(
  db: Executor,
  config: Pick<
    Config,
    'PLATFORM_LEGAL_NAME' | 'PLATFORM_ADDRESS' | 'PLATFORM_BIN' | 'COMMISSION_VAT_RATE'
  >,
  shopId: string,
  month: string,
  now = new Date(),
): Promise<Invoice> {
  const { from, to } = monthPeriod(month);
  const shop = await repo.shopDetails(db, shopId);
  if (!shop) throw new AppError('SHOP_NOT_FOUND');
  const lines = (await repo.capturedLines(db, shopId, from, to))
    .map((l) => ({
      orderNumber: l.number,
      at: l.created_at.toISOString(),
      name: l.name,
      lineTotal: l.line_total,
      rateBp: l.commission_bp,
      fixedFee: l.commission_fixed,
      commission: lineCommission(l.line_total, l.commission_bp, l.commission_fixed),
    }))
    .filter((l) => l.commission > 0);
  const reversals = (await repo.commissionReversals(db, shopId, from, to)).map((r) => ({
    orderNumber: r.number,
    at: r.created_at.toISOString(),
    kind: r.kind,
    kindLabel: { bn: kindLabel(r.kind, 'bn'), en: kindLabel(r.kind, 'en') },
    // A debit of the commission account gives commission back (positive here).
    amount: r.amount,
  }));
  if (lines.length === 0 && reversals.length === 0) throw new AppError('INVOICE_NOT_FOUND');
  const gross = lines.reduce((s, l) => s + l.commission, 0);
  const reversed = reversals.reduce((s, r) => s + r.amount, 0);
  const total = gross - reversed;
  const rate = config.COMMISSION_VAT_RATE;
  return {
    number: invoiceNumber(shopId, month),
    month,
    issuedAt: now.toISOString(),
    platform: {
      name: config.PLATFORM_LEGAL_NAME,
      address: config.PLATFORM_ADDRESS ?? null,
      bin: config.PLATFORM_BIN ?? null,
    },
    shop: {
      id: shop.id,
      nameBn: shop.name_bn,
      nameEn: shop.name_en,
      address: shop.address,
      phone: shop.phone,
      bin: shop.bin,
    },
    lines,
    reversals,
    gross,
    reversed,
    total,
    vat: rate ? { rate, amount: Math.round((total * rate) / (100 + rate)) } : null,
  };
}
