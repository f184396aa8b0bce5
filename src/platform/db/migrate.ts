import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from '../../migrations/index.ts';

/** Ordered migration files in src/migrations (NNNN_name.ts), listed in its index.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema can be migrated
export function createMigrator(db: Kysely<any>) {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
}

/**
 * Applies pending migrations. Kysely's PostgreSQL adapter takes an advisory lock, so concurrent
 * starts (several API processes at once) wait for each other instead of racing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema can be migrated
export async function migrateToLatest(db: Kysely<any>) {
  const migrator = createMigrator(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new Error(
      failed
        ? `Migration ${failed.migrationName} failed: ${reason}`
        : `Migrations could not run (${reason}): check that DATABASE_URL reaches PostgreSQL.`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
export async function databaseReachable(db: Kysely<any>): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
