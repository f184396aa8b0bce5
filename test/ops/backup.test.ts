import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedAll } from '../../src/cli/commands/core.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext } from '../../src/platform/context.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createUser } from '../helpers/factories.ts';

// Databases of their own beside the run's test database, on the same server.
const serverUrl = new URL(inject('databaseUrl'));
const suffix = randomUUID().slice(0, 8);
const names = { source: `haat_bk_src_${suffix}`, target: `haat_bk_dst_${suffix}` };
const urlOf = (name: string) =>
  Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
let dir: string;

async function admin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function onDb<T>(name: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(name) });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

function haat(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/haat.js', ...args], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'haat-backup-test-'));
  await admin(async (c) => {
    await c.query(`CREATE DATABASE ${names.source}`);
    await c.query(`CREATE DATABASE ${names.target}`);
  });
  const ctx = await createContext(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: urlOf(names.source),
      // The demo's product pictures: in the test's folder, not the checkout's .haat/files (and
      // not in the backed-up files, which this test keeps to one small file).
      STORAGE_DIR: path.join(dir, 'seeded-files'),
    }),
    { logger: createLogger('silent') },
  );
  try {
    await seedAll(ctx);
    await createUser(ctx, { role: 'customer' });
    await createUser(ctx, { role: 'seller', name: 'দোকানদার' });
  } finally {
    await ctx.close();
  }
  await mkdir(path.join(dir, 'files-src/shops'), { recursive: true });
  await writeFile(path.join(dir, 'files-src/shops/logo.txt'), 'লোগো');
}, 120_000);

afterAll(async () => {
  await admin(async (c) => {
    for (const name of Object.values(names)) {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function tableCounts(name: string) {
  const tables = await onDb<{ t: string }>(
    name,
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { t } of tables) {
    const [row] = await onDb<{ n: string }>(name, `SELECT count(*) AS n FROM "${t}"`);
    counts[t] = Number(row!.n);
  }
  return counts;
}

const checksum = async (name: string, table: string) =>
  (
    await onDb<{ sum: string }>(
      name,
      `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS sum FROM "${table}" t`,
    )
  )[0]!.sum;

describe('haat backup and restore', () => {
  it('restores the database and files into an empty database', { timeout: 300_000 }, async () => {
    const archive = path.join(dir, 'out/backup.tar');
    // A table made by hand, outside the migrations: backed up, but a restore has nowhere to put it.
    await onDb(names.source, 'CREATE TABLE handmade (id int); INSERT INTO handmade VALUES (1)');
    const made = await haat(['backup', '--out', archive], {
      DATABASE_URL: urlOf(names.source),
      STORAGE_DIR: path.join(dir, 'files-src'),
    });
    expect(made.output).toContain('Backup written');
    expect(made.code).toBe(0);
    await onDb(names.source, 'DROP TABLE handmade');

    const restored = await haat(['restore', archive], {
      DATABASE_URL: urlOf(names.target),
      STORAGE_DIR: path.join(dir, 'files-dst'),
    });
    expect(restored.output).toContain('Restored');
    expect(restored.output).toContain(
      "Not restored (tables Haat's migrations do not create): handmade",
    );
    expect(restored.code).toBe(0);

    const source = await tableCounts(names.source);
    expect(source.users).toBeGreaterThanOrEqual(2);
    expect(source.shops).toBeGreaterThan(0);
    expect(await tableCounts(names.target)).toEqual(source);
    for (const table of ['users', 'shops']) {
      expect(await checksum(names.target, table)).toBe(await checksum(names.source, table));
    }
    expect(await readFile(path.join(dir, 'files-dst/shops/logo.txt'), 'utf8')).toBe('লোগো');

    // A second restore would mix data: it is refused, and nothing changes.
    const again = await haat(['restore', archive], {
      DATABASE_URL: urlOf(names.target),
      STORAGE_DIR: path.join(dir, 'files-dst'),
    });
    expect(again.code).toBe(1);
    expect(again.output).toContain('not empty');

    // --force replaces the contents (a row deleted since the backup comes back).
    await onDb(
      names.target,
      'DELETE FROM shops WHERE id = (SELECT id FROM shops ORDER BY id LIMIT 1)',
    );
    const forced = await haat(['restore', archive, '--force'], {
      DATABASE_URL: urlOf(names.target),
      STORAGE_DIR: path.join(dir, 'files-dst'),
    });
    expect(forced.code).toBe(0);
    expect(await checksum(names.target, 'shops')).toBe(await checksum(names.source, 'shops'));
  });
});
