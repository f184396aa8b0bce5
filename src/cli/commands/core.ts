import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { modules } from '../../modules/index.ts';
import { sql } from 'kysely';
import { loadConfig, publicUrl, type Config } from '../../platform/config.ts';
import { createContext, type AppContext, type ContextOptions } from '../../platform/context.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { processRoles, runProcess, type ProcessRole } from '../../runtime.ts';
import { addScaleOptions, checkScaleTarget, runScaleSeed, type ScaleFlags } from './demo.ts';

export async function withContext<T>(
  fn: (ctx: AppContext) => Promise<T>,
  options: ContextOptions = {},
): Promise<T> {
  const ctx = await createContext(loadConfig(), options);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/**
 * The demo marketplace: every module's seed in module order, then `more` (the synthetic catalog of
 * `--scale`), then the search module's seed, which indexes every product written before it.
 */
export async function seedAll(ctx: AppContext, more?: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const indexing = modules.filter((m) => m.name === 'search');
  for (const module of modules) {
    if (module.seed && !indexing.includes(module)) lines.push(...(await module.seed(ctx)));
  }
  await more?.();
  for (const module of indexing) if (module.seed) lines.push(...(await module.seed(ctx)));
  return lines;
}

/** Reference data every installation needs (default categories, built-in places). */
export async function seedReference(ctx: AppContext): Promise<void> {
  for (const module of modules) await module.reference?.(ctx);
}

/** One line counting the whole marketplace, from the database (the numbers agree with each other). */
export async function marketplaceSummary(ctx: AppContext): Promise<string> {
  const { rows } = await sql<{
    shops: number;
    approved: number;
    pending: number;
    products: number;
    onSale: number;
    searchable: number;
  }>`
    SELECT (SELECT count(*)::int FROM shops) AS shops,
           (SELECT count(*)::int FROM shops WHERE status = 'approved') AS approved,
           (SELECT count(*)::int FROM shops WHERE status = 'pending') AS pending,
           (SELECT count(*)::int FROM products) AS products,
           (SELECT count(*)::int FROM products p JOIN shops s ON s.id = p.shop_id
             WHERE s.status = 'approved' AND p.status = 'active' AND p.hidden_at IS NULL) AS "onSale",
           (SELECT count(*)::int FROM product_search WHERE visible) AS searchable`.execute(ctx.db);
  const c = rows[0]!;
  const search =
    c.searchable === c.onSale
      ? 'all of them searchable'
      : `${c.searchable} of them searchable (haat search reindex brings the rest)`;
  return (
    `Marketplace: ${c.shops} shops (${c.approved} approved, ${c.pending} waiting for approval), ` +
    `${c.products} products, ${c.onSale} on sale in approved shops, ${search}.`
  );
}

/** Runs `fn` with a started context and closes it again if `fn` fails (the embedded database too). */
async function startWith<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    await ctx.close();
    throw error;
  }
}

async function buildWebAppIfMissing(config: Config) {
  if (existsSync(path.resolve(config.WEB_DIST_DIR, 'index.html'))) return;
  console.log('Building the web app (first start only; a minute or two)…');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'info' });
  console.log(`Web app built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

async function latestMigration(ctx: AppContext): Promise<string> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1`.execute(ctx.db);
  return rows[0]?.name ?? '(none)';
}

function parseRoles(value: string): ProcessRole[] {
  const roles = value.split(',').map((r) => r.trim());
  for (const role of roles) {
    if (!processRoles.includes(role as ProcessRole)) {
      throw new Error(`Unknown role "${role}". Use: ${processRoles.join(', ')}`);
    }
  }
  return roles as ProcessRole[];
}

export function registerCoreCommands(program: Command) {
  program
    .command('serve')
    .description('run the API and/or worker roles')
    .option('--roles <roles>', 'comma-separated roles: api,worker', 'api,worker')
    .action(async (options: { roles: string }) => {
      const roles = parseRoles(options.roles);
      const ctx = await createContext(loadConfig());
      const running = await startWith(ctx, () => runProcess(ctx, roles));
      if (running.url) ctx.logger.info(`Haat listening on ${running.url}`);
    });

  program
    .command('start')
    .description(
      'first-run friendly: migrate, seed demo data if empty, build the web app if needed, serve',
    )
    .action(async () => {
      const config = loadConfig();
      await buildWebAppIfMissing(config);
      const ctx = await createContext(config);
      const { running, demo, summary } = await startWith(ctx, async () => {
        await seedReference(ctx);
        // Never the demo accounts in production: their password is in the README.
        const demo = config.NODE_ENV === 'production' ? [] : await seedAll(ctx);
        const summary = await marketplaceSummary(ctx);
        return { running: await runProcess(ctx, ['api', 'worker']), demo, summary };
      });
      const url = config.PUBLIC_URL
        ? publicUrl(config)
        : (running.url ?? '').replace('127.0.0.1', 'localhost');
      console.log(`\nHaat is running at ${url}\n${summary}\n`);
      if (demo.length) console.log(`Demo accounts:\n${demo.map((l) => `  ${l}`).join('\n')}\n`);
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(() =>
      withContext(
        async (ctx) => {
          const applied = await migrateToLatest(ctx.db);
          console.log(
            applied.length
              ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
              : `No migrations were pending; the database is at ${await latestMigration(ctx)}.`,
          );
        },
        { migrate: false },
      ),
    );

  addScaleOptions(program.command('seed'))
    .description('create the demo marketplace (idempotent)')
    .action((flags: ScaleFlags) =>
      withContext(async (ctx) => {
        if (ctx.config.NODE_ENV === 'production' && !flags.force) {
          throw new Error(
            'Refusing to seed demo accounts with NODE_ENV=production: their password is public (use --force for a demo server).',
          );
        }
        await checkScaleTarget(ctx, flags);
        const lines = await seedAll(ctx, () => runScaleSeed(ctx, flags));
        console.log(lines.length ? lines.join('\n') : 'Seeded.');
        console.log(await marketplaceSummary(ctx));
      }),
    );
}
