import { sql } from 'kysely';
import { z } from 'zod';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';

export type BlockRow = {
  id: string;
  phone: string;
  reason: string;
  created_by: string | null;
  created_at: Date;
  lifted_by: string | null;
  lifted_at: Date | null;
};

export function presentBlock(b: BlockRow) {
  return {
    id: b.id,
    phone: b.phone,
    reason: b.reason,
    createdBy: b.created_by,
    createdAt: b.created_at.toISOString(),
    liftedBy: b.lifted_by,
    liftedAt: b.lifted_at?.toISOString() ?? null,
  };
}

/** Puts a phone on the block list (audited): its COD orders are refused on every shop. */
export async function blockPhone(
  db: Db,
  actor: AuditActor,
  input: { phone: string; reason: string },
) {
  const phone = normalizeBdPhone(input.phone);
  if (!phone) throw new AppError('PHONE_INVALID');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('risk_blocks')
      .values({ phone, reason: input.reason, created_by: actor.actorId })
      .onConflict((oc) => oc.column('phone').where('lifted_at', 'is', null).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('RISK_BLOCK_EXISTS');
    await audit(tx, {
      ...actor,
      action: 'risk.phone_blocked',
      targetType: 'risk_block',
      targetId: row.id,
      details: { phone, reason: input.reason },
    });
    return presentBlock(row);
  });
}

/** Lifts a live block (audited); the entry stays as history. */
export async function liftBlock(db: Db, actor: AuditActor, id: string) {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('risk_blocks')
      .set({ lifted_at: sql<Date>`now()`, lifted_by: actor.actorId })
      .where('id', '=', id)
      .where('lifted_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('RISK_BLOCK_NOT_FOUND');
    await audit(tx, {
      ...actor,
      action: 'risk.phone_unblocked',
      targetType: 'risk_block',
      targetId: row.id,
      details: { phone: row.phone },
    });
    return presentBlock(row);
  });
}

const blockCursor = keysetCursor(z.object({ at: keyPart.pgTimestamp, id: keyPart.id }));

/** The block list, newest first; live ones only unless `all`. */
export async function listBlocks(
  db: Db,
  q: { limit: number; cursor?: string; all?: boolean; phone?: string },
) {
  const after = blockCursor.decode(q.cursor);
  let query = db
    .selectFrom('risk_blocks')
    .selectAll()
    .select(sql<string>`created_at::text`.as('at'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (!q.all) query = query.where('lifted_at', 'is', null);
  if (q.phone) {
    const phone = normalizeBdPhone(q.phone);
    if (!phone) throw new AppError('PHONE_INVALID');
    query = query.where('phone', '=', phone);
  }
  if (after)
    query = query.where(
      sql<boolean>`(created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  const rows = await query.execute();
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentBlock),
    nextCursor:
      rows.length > q.limit && last ? blockCursor.encode({ at: last.at, id: last.id }) : null,
  };
}
