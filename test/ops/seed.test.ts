import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runHaat } from '../helpers/processes.ts';

/** `haat seed --scale N` on a database of its own: everything it writes is searchable at once. */
const name = `haat_seed_${randomUUID().slice(0, 8)}`;
const url = Object.assign(new URL(inject('databaseUrl')), { pathname: `/${name}` }).toString();

async function query<T>(database: string, text: string): Promise<T[]> {
  const client = new pg.Client({
    connectionString: Object.assign(new URL(url), { pathname: `/${database}` }).toString(),
  });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

// The demo's product pictures go here, not into the checkout's .haat/files.
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'haat-seed-'));
  await query('postgres', `CREATE DATABASE ${name}`);
});
afterAll(async () => {
  await query('postgres', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await rm(storageDir, { recursive: true, force: true });
});

describe('haat seed --scale', () => {
  it(
    'leaves the demo and the synthetic catalog searchable, without a reindex',
    { timeout: 240_000 },
    async () => {
      const { code, output } = await runHaat(['seed', '--scale', '120', '--random-seed', '7'], {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        STORAGE_DIR: storageDir,
      });
      expect(code).toBe(0);
      expect(output).toMatch(/created 120 products/);
      const [row] = await query<{ products: number; unindexed: number; stale: number }>(
        name,
        `SELECT count(*)::int AS products,
              count(*) FILTER (WHERE s.product_id IS NULL)::int AS unindexed,
              count(*) FILTER (WHERE s.source_updated_at <> date_trunc('milliseconds', p.updated_at))::int AS stale
       FROM products p LEFT JOIN product_search s ON s.product_id = p.id`,
      );
      expect(row!.products).toBeGreaterThan(120);
      expect(row).toMatchObject({ unindexed: 0, stale: 0 });
      // The banner's counts come from the same database.
      const [shops] = await query<{ n: number }>(name, 'SELECT count(*)::int AS n FROM shops');
      expect(output).toContain(`Marketplace: ${shops!.n} shops`);
      expect(output).toMatch(/on sale in approved shops, all of them searchable\./);
    },
  );
});
