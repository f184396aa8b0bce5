import { sql, type Kysely } from 'kysely';

/**
 * Payment reconciliation (src/modules/orders/reconcile.ts): an online payment without a final
 * provider answer is asked about again; `reconcile_next_at` spaces the questions out (backoff) and
 * lets several workers share the work, `reconcile_checks` counts them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
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
}
