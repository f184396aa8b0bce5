import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { modules } from '../../modules/index.ts';
import { loadConfig } from '../../platform/config.ts';
import { createContext, type AppContext } from '../../platform/context.ts';
import { migrateToLatest } from '../../platform/db/migrate.ts';
import { processRoles, runProcess, type ProcessRole } from '../../runtime.ts';
import { addScaleOptions, checkScaleTarget, runScaleSeed, type ScaleFlags } from './demo.ts';

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig());
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

export async function seedAll(ctx: AppContext): Promise<string[]> {
  const lines: string[] = [];
  for (const module of modules) if (module.seed) lines.push(...(await module.seed(ctx)));
  return lines;
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
      const ctx = await createContext(loadConfig());
      const running = await runProcess(ctx, parseRoles(options.roles));
      if (running.url) ctx.logger.info(`Haat listening on ${running.url}`);
    });

  program
    .command('start')
    .description(
      'first-run friendly: migrate, seed demo data if empty, build the web app if needed, serve',
    )
    .action(async () => {
      const config = loadConfig();
      if (!existsSync(path.resolve(config.WEB_DIST_DIR, 'index.html'))) {
        console.log('Building the web app (first start only)…');
        const { build } = await import('vite');
        await build({ configFile: path.resolve('web/vite.config.ts'), logLevel: 'warn' });
      }
      const ctx = await createContext(config);
      const demo = await seedAll(ctx);
      const running = await runProcess(ctx, ['api', 'worker']);
      const url = (config.PUBLIC_URL ?? running.url ?? '').replace('127.0.0.1', 'localhost');
      console.log(`\nHaat is running at ${url}\n`);
      if (demo.length) console.log(`Demo accounts:\n${demo.map((l) => `  ${l}`).join('\n')}\n`);
    });

  program
    .command('migrate')
    .description('apply pending database migrations')
    .action(() =>
      withContext(async (ctx) => {
        const applied = await migrateToLatest(ctx.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
      }),
    );

  addScaleOptions(program.command('seed'))
    .description('create the demo marketplace (idempotent)')
    .action((flags: ScaleFlags) =>
      withContext(async (ctx) => {
        await checkScaleTarget(ctx, flags);
        const lines = await seedAll(ctx);
        console.log(lines.length ? lines.join('\n') : 'Seeded.');
        await runScaleSeed(ctx, flags);
      }),
    );
}
