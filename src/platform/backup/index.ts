import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { dumpDatabase, loadDatabase } from './logical.ts';

const run = promisify(execFile);
const BIG = { maxBuffer: 64 * 1024 * 1024 };

/**
 * One backup = a tar holding `database/` (Haat's own logical dump: the applied migrations and
 * every table's rows, see ./logical.ts), `files.tar` (STORAGE_DIR) and `manifest.json`. It needs
 * no PostgreSQL client tools, so it works on the embedded PostgreSQL of a fresh machine. Restoring
 * needs an empty database (or `force`). Archives of format 1 (pg_dump) still restore, with
 * pg_restore and psql of the server's major version.
 */
export type BackupManifest = {
  format: 'haat-backup/2' | 'haat-backup/1';
  createdAt: string;
  serverVersion: string;
  /** Format 2: the migrations the database had, in order. */
  migrations?: string[];
  /** Format 2: rows per table. */
  rows?: Record<string, number>;
  /** Filled in by a restore: tables of the backup that Haat's migrations do not create (not restored). */
  skipped?: string[];
  /** Format 1 only. */
  pgDumpVersion?: string;
  tables: number;
};

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function serverMajor(url: string): Promise<{ major: number; version: string }> {
  const [row] = await query<{ v: string; n: string }>(
    url,
    "SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n",
  );
  return { major: Math.floor(Number(row!.n) / 10_000), version: row!.v };
}

/**
 * pg_dump/pg_restore must be at least as new as the server. Debian keeps each major version under
 * /usr/lib/postgresql/N/bin; PG_BIN_DIR overrides; else the one on PATH if new enough.
 */
export async function findPgTool(tool: 'pg_dump' | 'pg_restore' | 'psql', major: number) {
  const candidates = [
    process.env.PG_BIN_DIR && path.join(process.env.PG_BIN_DIR, tool), // see PG_BIN_DIR in config
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    tool,
  ].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    if (candidate.includes('/') && !existsSync(candidate)) continue;
    try {
      const { stdout } = await run(candidate, ['--version']);
      const found = Number(/(\d+)(\.\d+)?/.exec(stdout)?.[1]);
      if (found >= major) return { path: candidate, version: stdout.trim() };
    } catch {
      // not installed under this name
    }
  }
  throw new Error(
    `No ${tool} for PostgreSQL ${major} or newer. Install postgresql-client-${major} or set PG_BIN_DIR.`,
  );
}

export async function countTables(url: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    url,
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
  );
  return Number(row!.n);
}

/** Writes the backup archive to `out`; returns its manifest. */
export async function backup(
  databaseUrl: string,
  storageDir: string,
  out: string,
): Promise<BackupManifest> {
  const { version } = await serverMajor(databaseUrl);
  const work = await mkdtemp(path.join(tmpdir(), 'haat-backup-'));
  try {
    const dump = await dumpDatabase(databaseUrl, path.join(work, 'database'));
    await mkdir(storageDir, { recursive: true });
    await run('tar', ['-cf', path.join(work, 'files.tar'), '-C', storageDir, '.'], BIG);
    const manifest: BackupManifest = {
      format: 'haat-backup/2',
      createdAt: new Date().toISOString(),
      serverVersion: version,
      migrations: dump.migrations,
      rows: dump.rows,
      tables: await countTables(databaseUrl),
    };
    await writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await run(
      'tar',
      ['-cf', path.resolve(out), '-C', work, 'manifest.json', 'database', 'files.tar'],
      BIG,
    );
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Empties the public schema (tables, functions, the extensions in it) for a forced restore. */
async function emptyDatabase(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the database and STORAGE_DIR. Refuses a database that already has tables
 * unless `force` (then objects in the dump are dropped and recreated first).
 */
export async function restore(
  databaseUrl: string,
  storageDir: string,
  file: string,
  force = false,
): Promise<BackupManifest> {
  const tables = await countTables(databaseUrl);
  if (tables > 0 && !force) {
    throw new Error(
      `The database is not empty (${tables} tables). Restore into an empty database, or pass --force to replace its contents.`,
    );
  }
  const work = await mkdtemp(path.join(tmpdir(), 'haat-restore-'));
  try {
    await run('tar', ['-xf', path.resolve(file), '-C', work], BIG);
    const manifest = JSON.parse(
      await readFile(path.join(work, 'manifest.json'), 'utf8'),
    ) as BackupManifest;
    if (manifest.format === 'haat-backup/2') {
      if (force && tables > 0) await emptyDatabase(databaseUrl);
      const { skipped } = await loadDatabase(databaseUrl, path.join(work, 'database'));
      if (skipped.length) manifest.skipped = skipped;
    } else if (manifest.format === 'haat-backup/1') {
      await restorePgDump(databaseUrl, work, force);
    } else {
      throw new Error(`${file} is not a Haat backup`);
    }
    await mkdir(storageDir, { recursive: true });
    await run('tar', ['-xf', path.join(work, 'files.tar'), '-C', storageDir], BIG);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Format 1: a pg_dump custom-format archive, restored with pg_restore and psql. */
async function restorePgDump(databaseUrl: string, work: string, force: boolean) {
  const { major } = await serverMajor(databaseUrl);
  const pgRestore = await findPgTool('pg_restore', major);
  const psql = await findPgTool('psql', major);
  // pg_restore writes the SQL script; psql runs it in one transaction. The script empties
  // search_path, but earthdistance's ll_to_earth (used in an index) names its types
  // unqualified, so the index cannot be rebuilt that way: run the script with public on the path.
  const script = path.join(work, 'restore.sql');
  const args = ['--no-owner', `--file=${script}`];
  if (force) args.push('--clean', '--if-exists');
  await run(pgRestore.path, [...args, path.join(work, 'database.dump')], BIG);
  await run('sed', [
    '-i',
    `s/^SELECT pg_catalog.set_config('search_path', '', false);$/SELECT pg_catalog.set_config('search_path', 'public', false);/`,
    script,
  ]);
  await run(
    psql.path,
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', script, databaseUrl],
    BIG,
  );
}
