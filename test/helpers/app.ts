import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext, type AppContext } from '../../src/platform/context.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { buildServer } from '../../src/server.ts';
import { rememberContext } from './identity.ts';

export type TestApp = { app: HttpApp; ctx: AppContext; close: () => Promise<void> };

/**
 * A real app on the run's test database and, when REDIS_URL is set, the real Redis under a key
 * namespace of its own. Requests go through `app.inject` (real routing, hooks, validation).
 */
export async function createTestContext(env: Record<string, string> = {}): Promise<AppContext> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: inject('databaseUrl'),
    // A weekly payout run started by any test's worker would pay other files' shops: the tests
    // that are about it turn it on.
    PAYOUT_SCHEDULE: 'off',
    // Every test buyer's address shares one phone: the COD risk guard would count other files'
    // orders against it. Its own tests turn it on.
    RISK_COD_GUARD: 'off',
    ...env,
  });
  return createContext(config, {
    migrate: false,
    namespace: env.REDIS_NAMESPACE ?? `test-${randomUUID()}`,
    logger: createLogger(config.LOG_LEVEL),
  });
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const ctx = await createTestContext(env);
  const app = await buildServer(ctx, { serveWeb: false });
  await app.ready();
  rememberContext(app, ctx);
  return {
    app,
    ctx,
    close: async () => {
      await app.close();
      await ctx.close();
    },
  };
}

/**
 * A real app on a database of its own (migrated, dropped at close), for tests whose data is global
 * by nature (the medicine master the matcher reads whole) and must neither see nor leave other
 * files' rows.
 */
export async function createIsolatedTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createIsolatedDatabase();
  const t = await createTestApp({ ...env, DATABASE_URL: database.url });
  return {
    ...t,
    close: async () => {
      await t.close();
      await database.drop();
    },
  };
}

/**
 * A new, migrated database on the run's server, copied from the run's template (made once in the
 * global setup); `drop` removes it (connections and all).
 */
export async function createIsolatedDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const name = `haat_iso_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const url = Object.assign(new URL(inject('databaseUrl')), { pathname: `/${name}` }).toString();
  const onServer = async (text: string) => {
    const client = new pg.Client({
      connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
    });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  const template = pg.escapeIdentifier(inject('templateDatabase'));
  // Two copies of one template at the same moment can meet "being accessed by other users".
  for (let attempt = 1; ; attempt++) {
    try {
      await onServer(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      if (attempt >= 10 || (error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  return { url, drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
