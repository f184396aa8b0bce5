import { sql, type Kysely } from 'kysely';

/**
 * Notification deliveries: `claimed_at` says when a channel was last claimed, so a claim left
 * 'sending' by a worker that died mid-send can be taken over once it is older than the job lock
 * (src/modules/notifications/notifications.repo.ts).
 *
 * Payment reconciliation (src/modules/orders/reconcile.ts): an online payment without a final
 * provider answer is asked about again; `reconcile_next_at` spaces the questions out (backoff) and
 * lets several workers share the work, `reconcile_checks` counts them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE notification_deliveries
      ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`
    ALTER TABLE payments
      ADD COLUMN reconcile_checks int NOT NULL DEFAULT 0,
      ADD COLUMN reconcile_next_at timestamptz`.execute(db);
  await sql`
    CREATE INDEX payments_unresolved_idx ON payments (created_at)
    WHERE raw IS NULL AND provider <> 'cod' AND status IN ('pending', 'cancelled')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX payments_unresolved_idx`.execute(db);
  await sql`
    ALTER TABLE payments DROP COLUMN reconcile_checks, DROP COLUMN reconcile_next_at`.execute(db);
  await sql`ALTER TABLE notification_deliveries DROP COLUMN claimed_at`.execute(db);
}
