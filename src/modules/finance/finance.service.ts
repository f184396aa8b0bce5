import type { Config } from '../../platform/config.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import { assertShopAccess } from '../shops/index.ts';
import { statementCsv } from './finance.csv.ts';
import { buildInvoice, invoiceMonths } from './finance.invoice.ts';
import { renderInvoice } from './finance.invoice-pdf.ts';
import { dhakaDate, parsePeriod } from './finance.period.ts';
import { renderStatement } from './finance.statement-pdf.ts';
import { buildStatement } from './finance.statement.ts';
import { financeSummary } from './finance.summary.ts';

type Period = { from: string; to: string };

/** GET /shops/{id}/statement: the owner or an admin (others: SHOP_NOT_FOUND, as on every shop route). */
export async function shopStatement(db: Executor, user: AuthUser, shopId: string, q: Period) {
  await assertShopAccess(db, user, shopId);
  const { from, to } = parsePeriod(q);
  return buildStatement(db, shopId, from, to);
}

function fileStem(kind: string, s: { from: string; to: string }, locale: Locale) {
  const last = dhakaDate(new Date(new Date(s.to).getTime() - 1));
  return `haat-${kind}-${dhakaDate(new Date(s.from))}-${last}-${locale}`;
}

export async function shopStatementCsv(
  db: Executor,
  user: AuthUser,
  shopId: string,
  q: Period,
  locale: Locale,
) {
  const s = await shopStatement(db, user, shopId, q);
  return { csv: statementCsv(s, locale), filename: `${fileStem('statement', s, locale)}.csv` };
}

export async function shopStatementPdf(
  db: Executor,
  user: AuthUser,
  shopId: string,
  q: Period,
  locale: Locale,
) {
  const s = await shopStatement(db, user, shopId, q);
  return {
    pdf: await renderStatement(s, locale),
    filename: `${fileStem('statement', s, locale)}.pdf`,
  };
}

export async function shopInvoices(db: Executor, user: AuthUser, shopId: string, year: number) {
  await assertShopAccess(db, user, shopId);
  return { items: await invoiceMonths(db, shopId, year) };
}

export async function shopInvoicePdf(
  db: Executor,
  config: Config,
  user: AuthUser,
  shopId: string,
  month: string,
  locale: Locale,
) {
  await assertShopAccess(db, user, shopId);
  const invoice = await buildInvoice(db, config, shopId, month);
  return { pdf: await renderInvoice(invoice, locale), filename: `${invoice.number}-${locale}.pdf` };
}

export async function adminSummary(db: Executor, q: Period) {
  const { from, to } = parsePeriod(q);
  return financeSummary(db, from, to);
}
