import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedIdentity } from '../../src/modules/identity/identity.seed.ts';
import { loadConfig, publicUrl } from '../../src/platform/config.ts';
import { createContext } from '../../src/platform/context.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { runHaat } from '../helpers/processes.ts';

/**
 * OWASP API8 (security misconfiguration) at start-up: a production server that would send payment
 * callbacks to 0.0.0.0, drop `Secure` from the refresh cookie, keep reset codes in the
 * admin-readable development outboxes, or let anyone in with the README's demo password refuses
 * to start.
 */

/** A production configuration that passes every check. */
const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  PUBLIC_URL: 'https://haat.example.com',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  SMS_PROVIDER: 'bulksmsbd',
  SMS_API_KEY: 'key',
  SMS_SENDER_ID: 'HAAT',
};
const without = (name: keyof typeof production) =>
  Object.fromEntries(Object.entries(production).filter(([k]) => k !== name));

describe('production configuration', () => {
  it('accepts a complete production configuration', () => {
    const config = loadConfig(production);
    expect(publicUrl(config)).toBe('https://haat.example.com');
  });

  it('payment callbacks to 0.0.0.0 and a refresh cookie without Secure: production refuses to start without PUBLIC_URL', () => {
    expect(() => loadConfig(without('PUBLIC_URL'))).toThrow(/PUBLIC_URL: required/);
  });

  it('reset codes by mail in the admin-readable dev mailbox: production refuses to start without SMTP_URL', () => {
    expect(() => loadConfig(without('SMTP_URL'))).toThrow(/SMTP_URL: required/);
  });

  it('reset codes by SMS in the admin-readable dev outbox: production refuses SMS_PROVIDER=dev', () => {
    expect(() => loadConfig({ ...production, SMS_PROVIDER: 'dev' })).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig(without('SMS_PROVIDER'))).toThrow(/SMS_PROVIDER/);
  });

  it('development keeps working without them, with links on localhost', () => {
    const config = loadConfig({ PORT: '3100' });
    expect(publicUrl(config)).toBe('http://localhost:3100');
    expect(publicUrl(loadConfig({ PUBLIC_URL: 'https://x.example/' }))).toBe('https://x.example');
  });
});

describe('demo accounts in production', () => {
  const name = `haat_prod_${randomUUID().slice(0, 8)}`;
  const url = Object.assign(new URL(inject('databaseUrl')), { pathname: `/${name}` }).toString();
  let dir: string;

  async function admin(text: string) {
    const client = new pg.Client({
      connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
    });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    dir = await mkdtemp(path.join(tmpdir(), 'haat-prod-'));
    // A built web app, so `start` does not build one.
    await mkdir(path.join(dir, 'web'), { recursive: true });
    await writeFile(path.join(dir, 'web/index.html'), '<!doctype html><title>Haat</title>');
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  });

  const env = () => ({
    ...production,
    DATABASE_URL: url,
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'info',
    STORAGE_DIR: path.join(dir, 'files'),
    WEB_DIST_DIR: path.join(dir, 'web'),
  });

  const demoUsers = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (
        await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM users WHERE email LIKE '%@haat.test'",
        )
      ).rows[0]!.n;
    } finally {
      await client.end();
    }
  };

  it(
    'demo admin in production: `haat start` never seeds the demo accounts, and start refuses while demo accounts exist',
    { timeout: 180_000 },
    async () => {
      // `haat start` under production: reference data yes, demo accounts no.
      const started = await runHaat(['start'], env(), {
        timeoutMs: 120_000,
        onOutput: (output, stop) => {
          if (output.includes('Haat is running at')) stop();
        },
      });
      expect(started.code).toBe(0);
      expect(started.output).toContain('Haat is running at https://haat.example.com');
      expect(started.output).not.toContain('Demo accounts');
      expect(await demoUsers()).toBe(0);

      // Someone seeds the demo into the production database anyway: the next start refuses.
      const ctx = await createContext(
        loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url }),
        { logger: createLogger('silent') },
      );
      try {
        await seedIdentity(ctx);
        const categories = await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM categories`.execute(ctx.db);
        expect(categories.rows[0]!.n).toBeGreaterThan(0);
      } finally {
        await ctx.close();
      }
      expect(await demoUsers()).toBe(3);
      for (const command of [['serve'], ['start']]) {
        const refused = await runHaat(command, env());
        expect(refused.code).toBe(1);
        // One line says why (stdout and stderr interleave, so not necessarily the last one).
        expect(refused.output).toMatch(
          /Demo accounts exist in this database \(admin@haat\.test.*NODE_ENV=production refuses to start/,
        );
      }
    },
  );

  it('demo password in production: `haat seed` refuses to create the demo accounts', async () => {
    const seeded = await runHaat(['seed'], env());
    expect(seeded.code).toBe(1);
    expect(seeded.output).toContain('Refusing to seed demo accounts with NODE_ENV=production');
  });
});
