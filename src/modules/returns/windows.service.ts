import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { WindowsBody } from './returns.schema.ts';

async function list(db: Executor) {
  const rows = await db
    .selectFrom('return_windows')
    .select(['shop_type', 'hours'])
    .orderBy('shop_type')
    .execute();
  return rows.map((r) => ({ shopType: r.shop_type, hours: r.hours }));
}

export async function getWindows(db: Executor) {
  return { windows: await list(db) };
}

/** Sets the hours of the shop types named (others unchanged); audited with before and after. */
export async function putWindows(db: Executor, actor: AuditActor, body: WindowsBody) {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('return_windows'))`.execute(tx);
    const before = await list(tx);
    for (const w of body.windows) {
      await tx
        .insertInto('return_windows')
        .values({ shop_type: w.shopType, hours: w.hours, updated_by: actor.actorId })
        .onConflict((oc) =>
          oc.column('shop_type').doUpdateSet({
            hours: w.hours,
            updated_by: actor.actorId,
            updated_at: sql`now()`,
          }),
        )
        .execute();
    }
    const after = await list(tx);
    await audit(tx, {
      ...actor,
      action: 'return_windows.changed',
      targetType: 'return_windows',
      targetId: null,
      details: { before, after },
    });
    return { windows: after };
  });
}
