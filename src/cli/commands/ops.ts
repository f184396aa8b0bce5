import path from 'node:path';
import type { Command } from 'commander';
import { backup, restore } from '../../platform/backup/index.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { startEmbeddedPostgres } from '../../platform/db/embedded.ts';
import { createLogger } from '../../platform/logger.ts';

/** The database URL to back up or restore: DATABASE_URL, or the embedded server (started here). */
async function withDatabase<T>(config: Config, fn: (url: string) => Promise<T>): Promise<T> {
  if (config.DATABASE_URL) return fn(config.DATABASE_URL);
  const embedded = await startEmbeddedPostgres(
    config.EMBEDDED_PG_DIR,
    config.EMBEDDED_PG_PORT,
    createLogger('warn'),
  );
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}

export function registerOpsCommands(program: Command) {
  program
    .command('backup')
    .description(
      'write the database (no pg_dump needed) and uploaded files (STORAGE_DIR) to one archive',
    )
    .option('--out <file>', 'archive to write (default: haat-backup-<time>.tar)')
    .action(async (options: { out?: string }) => {
      const config = loadConfig();
      const out =
        options.out ?? `haat-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar`;
      const manifest = await withDatabase(config, (url) =>
        backup(url, path.resolve(config.STORAGE_DIR), out),
      );
      console.log(`Backup written to ${path.resolve(out)} (${manifest.tables} tables).`);
    });

  program
    .command('restore')
    .description('restore a backup archive into an empty database and STORAGE_DIR')
    .argument('<file>', 'archive written by haat backup')
    .option('--force', 'replace the contents of a database that is not empty', false)
    .action(async (file: string, options: { force: boolean }) => {
      const config = loadConfig();
      const manifest = await withDatabase(config, (url) =>
        restore(url, path.resolve(config.STORAGE_DIR), file, options.force),
      );
      console.log(`Restored the backup of ${manifest.createdAt} (${manifest.tables} tables).`);
      if (manifest.skipped?.length) {
        console.log(
          `Not restored (tables Haat's migrations do not create): ${manifest.skipped.join(', ')}`,
        );
      }
    });
}
