import path from 'node:path';
import type { Command } from 'commander';
import { GAZETTEER_FILES, importGazetteer } from '../../modules/geo/index.ts';
import {
  formatMedicineImportReport,
  importMedicines,
  MEDICINE_FILES,
} from '../../modules/pharmacy/index.ts';
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

  imports
    .command('medicines')
    .description(
      `load the medicine master catalog from DIR (${Object.values(MEDICINE_FILES).join(', ')}); safe to repeat, reports what changed`,
    )
    .argument('<dir>', 'folder holding the CSV files')
    .action((dir: string) =>
      withContext(async (ctx) => {
        const started = Date.now();
        const report = await importMedicines(ctx, path.resolve(dir));
        for (const line of formatMedicineImportReport(report)) console.log(line);
        console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }),
    );
}
