import path from 'node:path';
import type { Command } from 'commander';
import { GAZETTEER_FILES, importGazetteer } from '../../modules/geo/index.ts';
import { withContext } from './core.ts';

/** `haat import <kind> …`: bulk loads from files. Further kinds are added as subcommands here. */
export function registerImportCommands(program: Command) {
  const imports = program.command('import').description('load reference data from files');

  imports
    .command('gazetteer')
    .description(
      `load divisions, districts, upazilas and Dhaka areas from DIR (${Object.values(GAZETTEER_FILES).join(', ')}); safe to repeat`,
    )
    .argument('<dir>', 'folder holding the CSV files')
    .action((dir: string) =>
      withContext(async (ctx) => {
        const report = await importGazetteer(ctx.db, path.resolve(dir));
        for (const [level, c] of Object.entries(report)) {
          console.log(
            `${level.padEnd(9)} ${String(c.rows).padStart(4)} rows: ${c.inserted} new, ${c.updated} updated, ` +
              `${c.unchanged} unchanged, ${c.matchedHandWritten} matched to built-in places, ${c.duplicates} repeated`,
          );
        }
      }),
    );
}
