import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/platform/db/embedded.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { createLogger } from '../src/platform/logger.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** A migrated copy nobody connects to: `CREATE DATABASE … TEMPLATE` makes isolated ones fast. */
    templateDatabase: string;
    /** Where the browser tests' one build of web/ goes (built by the first file that needs it). */
    webDistDir: string;
  }
}

/**
 * One fresh database per test run, beside the server DATABASE_URL points at (CI: the machine's
 * PostgreSQL), or in an embedded PostgreSQL when it is unset. Migrated once; dropped at the end.
 * Each test file then creates its own users and shops, so files run in parallel. A template copy
 * of the migrated database lets a file that needs a database of its own get one in a moment.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!serverUrl) {
    tempDir = await mkdtemp(path.join(tmpdir(), 'haat-test-pg-'));
    await chmod(tempDir, 0o755); // the server may run as the unprivileged postgres user
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres(path.join(tempDir, 'pg'), port, logger);
    serverUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const name = `haat_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url.toString(), max: 2 }),
    }),
  });
  await migrateToLatest(db);
  await db.destroy();
  const template = `${name}_tpl`;
  const creator = new pg.Client({ connectionString: serverUrl });
  await creator.connect();
  await creator.query(
    `CREATE DATABASE ${creator.escapeIdentifier(template)} TEMPLATE ${creator.escapeIdentifier(name)}`,
  );
  await creator.end();
  const webDistDir = path.join(tmpdir(), `haat-web-${name}`);
  project.provide('databaseUrl', url.toString());
  project.provide('templateDatabase', template);
  project.provide('webDistDir', webDistDir);

  return async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    for (const database of [name, template])
      await client.query(
        `DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`,
      );
    await client.end();
    await rm(webDistDir, { recursive: true, force: true });
    await rm(`${webDistDir}.lock`, { recursive: true, force: true });
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
