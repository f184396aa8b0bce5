import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import type { IntakeLineResult, IntakeLineStatus, IntakeSource } from './intake.tables.ts';
import type { MatchCandidate, MatchStatus } from './matcher/matcher.types.ts';

export type NewLine = {
  position: number;
  line: string;
  quantity: number | null;
  unit: string | null;
  price: number | null;
  match_status: MatchStatus;
  status: IntakeLineStatus;
  candidates: MatchCandidate[];
  medicine_id: string | null;
  product_id: string | null;
  result: IntakeLineResult | null;
};

export async function insertIntake(
  tx: Executor,
  intake: { shopId: string; userId: string; source: IntakeSource },
) {
  return tx
    .insertInto('medicine_intakes')
    .values({ shop_id: intake.shopId, created_by: intake.userId, source: intake.source })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertLines(tx: Executor, intakeId: string, lines: NewLine[]) {
  // In slices: one INSERT's parameters stay well under PostgreSQL's limit.
  for (let i = 0; i < lines.length; i += 200) {
    await tx
      .insertInto('medicine_intake_lines')
      .values(
        lines.slice(i, i + 200).map((l) => ({
          ...l,
          intake_id: intakeId,
          candidates: JSON.stringify(l.candidates),
          result: l.result === null ? null : JSON.stringify(l.result),
        })),
      )
      .execute();
  }
}

export async function findIntake(db: Executor, shopId: string, intakeId: string) {
  return db
    .selectFrom('medicine_intakes')
    .selectAll()
    .where('id', '=', intakeId)
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
}

export async function linesOf(db: Executor, intakeId: string) {
  return db
    .selectFrom('medicine_intake_lines')
    .selectAll()
    .where('intake_id', '=', intakeId)
    .orderBy('position')
    .execute();
}
export type LineRow = Awaited<ReturnType<typeof linesOf>>[number];

/** The line, locked for the rest of the transaction (one decision per line). */
export async function lockLine(tx: Executor, intakeId: string, lineId: string) {
  return tx
    .selectFrom('medicine_intake_lines')
    .selectAll()
    .where('id', '=', lineId)
    .where('intake_id', '=', intakeId)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateLine(
  tx: Executor,
  lineId: string,
  change: Partial<
    Pick<
      NewLine,
      'status' | 'match_status' | 'candidates' | 'medicine_id' | 'product_id' | 'result'
    >
  >,
) {
  const { candidates, result, ...rest } = change;
  return tx
    .updateTable('medicine_intake_lines')
    .set({
      ...rest,
      ...(candidates !== undefined && { candidates: JSON.stringify(candidates) }),
      ...(result !== undefined && { result: result === null ? null : JSON.stringify(result) }),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', lineId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function touchIntake(tx: Executor, intakeId: string) {
  await tx
    .updateTable('medicine_intakes')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', intakeId)
    .execute();
}

/** A shop's intakes, newest first, with their line counts. */
export async function listIntakes(
  db: Executor,
  shopId: string,
  options: { limit: number; cursor?: string },
) {
  let q = db
    .selectFrom('medicine_intakes as i')
    .select((eb) => [
      'i.id',
      'i.source',
      'i.created_at',
      eb
        .selectFrom('medicine_intake_lines as l')
        .select(
          sql<string>`json_build_object(
          'lines', count(*),
          'added', count(*) FILTER (WHERE l.status = 'added'),
          'pending', count(*) FILTER (WHERE l.status = 'pending'),
          'skipped', count(*) FILTER (WHERE l.status = 'skipped'))::text`.as('s'),
        )
        .whereRef('l.intake_id', '=', 'i.id')
        .as('summary'),
    ])
    .where('i.shop_id', '=', shopId);
  const after = idCursor.decode(options.cursor);
  if (after) {
    q = q.where(
      sql<boolean>`(i.created_at, i.id) < (SELECT m.created_at, m.id FROM medicine_intakes m WHERE m.id = ${after[0]}::uuid AND m.shop_id = ${shopId})`,
    );
  }
  const rows = await q
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  const page = rows.slice(0, options.limit);
  return {
    rows: page,
    nextCursor: rows.length > options.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}
