import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from '../../migrations/index.ts';
import { createMigrator } from '../db/migrate.ts';

/**
 * A logical backup written by Haat itself, so it needs nothing but Node (the embedded PostgreSQL
 * ships no pg_dump). The schema is exactly our migrations: the backup records which were applied
 * and each table's rows (one JSON object a line); a restore migrates an empty database to the same
 * point, loads the rows with triggers and foreign-key checks off (they were consistent when read,
 * all from one snapshot), puts the sequences back and then applies any newer migrations.
 */

/** Kysely's bookkeeping: written by the migrations of the restore, never copied. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];
const FETCH_ROWS = 2000;
const INSERT_ROWS = 500;

export type LogicalDump = {
  migrations: string[];
  rows: Record<string, number>;
};

type Sequence = { name: string; lastValue: string | null; startValue: string };

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dataTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname <> ALL($1) ORDER BY 1`,
    [MIGRATION_TABLES],
  );
  return rows.map((r) => r.name);
}

const fileOf = (dir: string, table: string) => path.join(dir, `${table}.ndjson`);

/** Writes every table of `url` (one snapshot) into `dir`. */
export async function dumpDatabase(url: string, dir: string): Promise<LogicalDump> {
  await mkdir(dir, { recursive: true });
  return withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const applied = (
        await client.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name')
      ).rows.map((r) => r.name);
      const counts: Record<string, number> = {};
      for (const table of await dataTables(client)) {
        counts[table] = await dumpTable(client, table, fileOf(dir, table));
      }
      const sequences = (
        await client.query<{ name: string; last_value: string | null; start_value: string }>(
          `SELECT sequencename AS name, last_value::text, start_value::text
           FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
        )
      ).rows.map((r): Sequence => ({
        name: r.name,
        lastValue: r.last_value,
        startValue: r.start_value,
      }));
      await writeFile(path.join(dir, 'sequences.json'), JSON.stringify(sequences, null, 2));
      const dump: LogicalDump = { migrations: applied, rows: counts };
      await writeFile(path.join(dir, 'dump.json'), JSON.stringify(dump, null, 2));
      await client.query('COMMIT');
      return dump;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

async function dumpTable(client: pg.Client, table: string, file: string): Promise<number> {
  const out = createWriteStream(file);
  const name = client.escapeIdentifier(table);
  let count = 0;
  try {
    await client.query(
      `DECLARE haat_backup NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${name} t`,
    );
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM haat_backup`);
      if (rows.length === 0) break;
      count += rows.length;
      if (!out.write(rows.map((r) => r.line).join('\n') + '\n')) await once(out, 'drain');
    }
    await client.query('CLOSE haat_backup');
  } finally {
    out.end();
    await once(out, 'close');
  }
  return count;
}

/** Migrates the (empty) database at `url` to the backup's point, loads the rows, then migrates on. */
export async function loadDatabase(
  url: string,
  dir: string,
): Promise<{ dump: LogicalDump; skipped: string[] }> {
  const dump = JSON.parse(await readFile(path.join(dir, 'dump.json'), 'utf8')) as LogicalDump;
  const sequences = JSON.parse(
    await readFile(path.join(dir, 'sequences.json'), 'utf8'),
  ) as Sequence[];
  const known = new Set(Object.keys(migrations));
  const unknown = dump.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new Error(
      `The backup comes from a newer Haat (migrations ${unknown.join(', ')} are unknown here): restore it with that version or newer.`,
    );
  }
  let skipped: string[] = [];
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    const migrator = createMigrator(db);
    const last = dump.migrations.at(-1);
    if (last) {
      const { error } = await migrator.migrateTo(last);
      if (error) throw error;
    }
    skipped = await withClient(url, (client) => loadRows(client, dir, dump, sequences));
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  } finally {
    await db.destroy();
  }
  return { dump, skipped };
}

async function loadRows(
  client: pg.Client,
  dir: string,
  dump: LogicalDump,
  sequences: Sequence[],
): Promise<string[]> {
  // Tables the migrations do not create (made by hand) have nowhere to go: they are skipped.
  const present = new Set(await dataTables(client));
  const tables = Object.keys(dump.rows).filter((t) => present.has(t));
  const skipped = Object.keys(dump.rows).filter((t) => !present.has(t));
  await client.query('BEGIN');
  try {
    try {
      // Rows go in as they were read: no triggers (they would rewrite copies), no FK order needed.
      await client.query('SET LOCAL session_replication_role = replica');
    } catch (error) {
      throw new Error(
        `Restoring needs a PostgreSQL role allowed to set session_replication_role (a superuser): ${(error as Error).message}`,
        { cause: error },
      );
    }
    // Rows the migrations wrote (e.g. the built-in places) are replaced by the backup's.
    if (tables.length) {
      await client.query(`TRUNCATE ${tables.map((t) => client.escapeIdentifier(t)).join(', ')}`);
    }
    for (const table of tables) {
      if (dump.rows[table]) await loadTable(client, table, fileOf(dir, table));
    }
    for (const s of sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        client.escapeIdentifier(s.name),
        s.lastValue ?? s.startValue,
        s.lastValue !== null,
      ]);
    }
    await client.query('COMMIT');
    return skipped;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function loadTable(client: pg.Client, table: string, file: string) {
  const { rows: columns } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
     ORDER BY attnum`,
    [client.escapeIdentifier(table)],
  );
  const name = client.escapeIdentifier(table);
  const list = columns.map((c) => client.escapeIdentifier(c.name)).join(', ');
  const insert = `INSERT INTO ${name} (${list}) OVERRIDING SYSTEM VALUE
    SELECT ${list} FROM json_populate_recordset(NULL::${name}, $1::json)`;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [`[${batch.join(',')}]`]);
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= INSERT_ROWS) await flush();
  }
  await flush();
}
