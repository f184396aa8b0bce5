import type { Command } from 'commander';
import { reindexProducts } from '../../modules/search/index.ts';
import { withContext } from './core.ts';

export function registerSearchCommands(program: Command) {
  const search = program.command('search').description('search index maintenance');
  search
    .command('reindex')
    .description('rebuild product search documents (changed ones, or all with --all)')
    .option('--all', 'rebuild every document (after a category rename or a text-pipeline change)')
    .action((options: { all?: boolean }) =>
      withContext(async (ctx) => {
        const started = Date.now();
        const count = await reindexProducts(ctx.db, { all: options.all ?? false });
        console.log(`Indexed ${count} products in ${Date.now() - started} ms.`);
      }),
    );
}
