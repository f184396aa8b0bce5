import type { AppContext } from '../../platform/context.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { assertShopAccess } from '../shops/index.ts';
import type { IntakeLine } from './intake.parse.ts';
import { assertPharmacyOwner } from './intake.policy.ts';
import {
  findIntake,
  insertIntake,
  insertLines,
  linesOf,
  listIntakes,
  lockLine,
  touchIntake,
  updateLine,
  type LineRow,
  type NewLine,
} from './intake.repo.ts';
import type { IntakeDto, IntakeLineDto } from './intake.schema.ts';
import type { IntakeLineResult, IntakeSource } from './intake.tables.ts';
import {
  createLinkedProduct,
  findMasterMedicines,
  mrpOfUnit,
  type LinkedProductResult,
  type MedicineUnit,
} from './linked-product.ts';
import { matcherFor } from './matcher/matcher.cache.ts';
import type { LineMatch, LineQuantity, MedicineMatcher } from './matcher/matcher.types.ts';

export type IntakeOptions = {
  /** The matcher to use; the cached matcher over the master catalog when omitted. */
  matcher?: MedicineMatcher;
};

/** The catalog unit of what a line said ("10 pata" → strip; a bottle is sold as one piece). */
export function unitOfLine(quantity: LineQuantity): MedicineUnit {
  const unit = quantity?.unit;
  return unit === 'strip' || unit === 'box' ? unit : 'piece';
}

/**
 * Whether a line is stocked without asking: the matcher said `auto` and its first candidate is
 * not tied with the second (an ambiguous line always waits for the seller).
 */
export function isAutoAccepted(match: LineMatch): boolean {
  const [top, second] = match.candidates;
  if (match.status !== 'auto' || !top) return false;
  return !second || second.confidence < top.confidence;
}

function resultOf(r: LinkedProductResult): IntakeLineResult {
  return {
    created: r.created,
    unit: r.unit,
    price: r.price,
    mrp: r.mrp,
    priceCapped: r.priceCapped,
    stockAdded: r.stockAdded,
  };
}

/**
 * Matches every line of a list and stocks the sure ones at once (linked products, the line's
 * quantity as stock, the list's price capped at the MRP, or the MRP); the others wait in the
 * intake's review queue. One transaction: a failure leaves no product and no intake behind.
 */
export async function submitIntake(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  input: { source: IntakeSource; lines: IntakeLine[] },
  options: IntakeOptions = {},
): Promise<IntakeDto> {
  await assertPharmacyOwner(ctx.db, user, shopId);
  if (input.lines.length === 0) throw new AppError('INTAKE_EMPTY');
  const matcher = options.matcher ?? (await matcherFor(ctx));
  const matches = matcher.match(input.lines.map((l) => l.text));
  const intakeId = await ctx.db.transaction().execute(async (tx) => {
    await assertPharmacyOwner(tx, user, shopId);
    const intake = await insertIntake(tx, { shopId, userId: user.id, source: input.source });
    const rows: NewLine[] = [];
    for (const [position, line] of input.lines.entries()) {
      const match = matches[position]!;
      const unit = unitOfLine(match.quantity);
      const quantity = line.quantity ?? match.quantity?.quantity ?? null;
      const row: NewLine = {
        position,
        line: line.text,
        quantity,
        unit: match.quantity?.unit ?? null,
        price: line.price,
        match_status: match.status,
        status: 'pending',
        candidates: match.candidates.slice(0, 5),
        medicine_id: null,
        product_id: null,
        result: null,
      };
      if (isAutoAccepted(match)) {
        const medicineId = match.candidates[0]!.medicineId;
        try {
          const made = await createLinkedProduct(tx, {
            shopId,
            medicineId,
            price: line.price,
            unit,
            stock: quantity ?? 0,
            actorUserId: user.id,
            note: `stocked from list ${intake.id}`,
          });
          Object.assign(row, {
            status: 'added',
            medicine_id: medicineId,
            product_id: made.productId,
            result: resultOf(made),
          });
        } catch (error) {
          // No MRP for this unit and no price in the list: the seller gives one in review.
          if (!(error instanceof AppError && error.code === 'MEDICINE_PRICE_REQUIRED')) throw error;
          row.match_status = 'review';
        }
      } else if (match.status === 'auto') {
        row.match_status = 'review';
      }
      rows.push(row);
    }
    await insertLines(tx, intake.id, rows);
    return intake.id;
  });
  return presentIntake(ctx.db, shopId, intakeId);
}

export async function getIntake(ctx: AppContext, user: AuthUser, shopId: string, intakeId: string) {
  await assertShopAccess(ctx.db, user, shopId, { access: 'owner' });
  return presentIntake(ctx.db, shopId, intakeId);
}

export async function listShopIntakes(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  query: { limit: number; cursor?: string },
) {
  // Reading needs the owner only: a shop that is not a pharmacy simply has no lists.
  await assertShopAccess(ctx.db, user, shopId, { access: 'owner' });
  const page = await listIntakes(ctx.db, shopId, query);
  return {
    items: page.rows.map((r) => {
      const s = JSON.parse(r.summary ?? '{}') as Record<string, number>;
      return {
        id: r.id,
        source: r.source,
        createdAt: r.created_at.toISOString(),
        summary: {
          lines: s.lines ?? 0,
          added: s.added ?? 0,
          pending: s.pending ?? 0,
          skipped: s.skipped ?? 0,
        },
      };
    }),
    nextCursor: page.nextCursor,
  };
}

/** The pending line of the shop's intake, locked; a decided line is INTAKE_LINE_DONE. */
async function pendingLine(tx: Executor, shopId: string, intakeId: string, lineId: string) {
  const intake = await findIntake(tx, shopId, intakeId);
  if (!intake) throw new AppError('INTAKE_NOT_FOUND');
  const line = await lockLine(tx, intakeId, lineId);
  if (!line) throw new AppError('INTAKE_LINE_NOT_FOUND');
  if (line.status !== 'pending') throw new AppError('INTAKE_LINE_DONE', { status: line.status });
  return line;
}

/** One tap in the review queue: the chosen master entry becomes a product (or adds stock). */
export async function acceptLine(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  intakeId: string,
  lineId: string,
  input: {
    medicineId: string;
    price?: number | null;
    stock: number;
    unit: MedicineUnit;
    unitsPerSale?: number | null;
  },
): Promise<IntakeLineDto> {
  await assertPharmacyOwner(ctx.db, user, shopId);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const line = await pendingLine(tx, shopId, intakeId, lineId);
    const made = await createLinkedProduct(tx, {
      shopId,
      medicineId: input.medicineId,
      price: input.price,
      unit: input.unit,
      unitsPerSale: input.unitsPerSale,
      stock: input.stock,
      actorUserId: user.id,
      note: `stocked from list ${intakeId}`,
    });
    await touchIntake(tx, intakeId);
    return updateLine(tx, line.id, {
      status: 'added',
      medicine_id: input.medicineId,
      product_id: made.productId,
      result: resultOf(made),
    });
  });
  return (await presentLines(ctx.db, [row]))[0]!;
}

export async function skipLine(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  intakeId: string,
  lineId: string,
): Promise<IntakeLineDto> {
  await assertPharmacyOwner(ctx.db, user, shopId);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const line = await pendingLine(tx, shopId, intakeId, lineId);
    await touchIntake(tx, intakeId);
    return updateLine(tx, line.id, { status: 'skipped' });
  });
  return (await presentLines(ctx.db, [row]))[0]!;
}

/** "Search again": the seller's own words for a line; new candidates, nothing stocked yet. */
export async function searchLine(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  intakeId: string,
  lineId: string,
  query: string,
  options: IntakeOptions = {},
): Promise<IntakeLineDto> {
  await assertPharmacyOwner(ctx.db, user, shopId);
  const matcher = options.matcher ?? (await matcherFor(ctx));
  const [match] = matcher.match([query]);
  const row = await ctx.db.transaction().execute(async (tx) => {
    const line = await pendingLine(tx, shopId, intakeId, lineId);
    return updateLine(tx, line.id, {
      candidates: match?.candidates.slice(0, 5) ?? [],
      match_status: match && match.candidates.length > 0 ? 'review' : 'none',
    });
  });
  return (await presentLines(ctx.db, [row]))[0]!;
}

async function presentIntake(db: Db, shopId: string, intakeId: string): Promise<IntakeDto> {
  const intake = await findIntake(db, shopId, intakeId);
  if (!intake) throw new AppError('INTAKE_NOT_FOUND');
  const lines = await presentLines(db, await linesOf(db, intake.id));
  const count = (status: string) => lines.filter((l) => l.status === status).length;
  return {
    id: intake.id,
    shopId: intake.shop_id,
    source: intake.source,
    createdAt: intake.created_at.toISOString(),
    summary: {
      lines: lines.length,
      added: count('added'),
      pending: count('pending'),
      skipped: count('skipped'),
    },
    lines,
  };
}

/** Lines with their candidates' MRP and the prefilled price, unit and stock of one tap. */
async function presentLines(db: Executor, rows: LineRow[]): Promise<IntakeLineDto[]> {
  const masters = await findMasterMedicines(
    db,
    rows.flatMap((r) => r.candidates.map((c) => c.medicineId)),
  );
  return rows.map((r) => {
    const unit = unitOfLine(r.unit ? { quantity: r.quantity ?? 0, unit: r.unit as never } : null);
    return {
      id: r.id,
      position: r.position,
      line: r.line,
      quantity: r.quantity,
      price: r.price === null ? null : Number(r.price),
      matchStatus: r.match_status,
      status: r.status,
      stock: r.quantity ?? 0,
      medicineId: r.medicine_id,
      productId: r.product_id,
      result: r.result,
      candidates: r.candidates.flatMap((c) => {
        const m = masters.get(c.medicineId);
        // An entry gone from the master since the match is no longer offered.
        if (!m) return [];
        const { mrp } = mrpOfUnit(m, unit);
        const listed = r.price === null ? null : Number(r.price);
        return [
          {
            ...c,
            prescriptionRequired: m.prescriptionClass !== 'otc',
            unit,
            mrp,
            price: listed === null ? mrp : mrp === null ? listed : Math.min(listed, mrp),
          },
        ];
      }),
    };
  });
}

/** The caller may stock this shop from a list (before a file is decoded or read). */
export async function assertIntakeAccess(ctx: AppContext, user: AuthUser, shopId: string) {
  await assertPharmacyOwner(ctx.db, user, shopId);
}
