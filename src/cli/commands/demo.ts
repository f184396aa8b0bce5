import { InvalidArgumentError, type Command } from 'commander';
import { assertScaleTarget, seedScale } from '../../modules/demo/index.ts';
import type { AppContext } from '../../platform/context.ts';

export type ScaleFlags = {
  scale?: number;
  force?: boolean;
  gazetteer?: string;
  randomSeed?: number;
};

function positiveInt(value: string): number {
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a positive whole number');
  return n;
}

/** Options of `haat seed` for a synthetic benchmark catalog (see docs/demo-data.md). */
export function addScaleOptions(command: Command): Command {
  return command
    .option(
      '--scale <products>',
      'also generate a synthetic catalog of this many products',
      positiveInt,
    )
    .option('--gazetteer <dir>', 'with --scale: also spread shops over upazilas (bd_upazilas.csv)')
    .option('--random-seed <n>', 'with --scale: random seed (same seed, same catalog)', positiveInt)
    .option('--force', 'with --scale: run even on a database with real shops or in production');
}

/** Before any seeding: `--scale` on a database with real shops stops here, having written nothing. */
export async function checkScaleTarget(ctx: AppContext, flags: ScaleFlags): Promise<void> {
  if (flags.scale) await assertScaleTarget(ctx, flags.force ?? false);
}

export async function runScaleSeed(ctx: AppContext, flags: ScaleFlags): Promise<void> {
  if (!flags.scale) return;
  const report = await seedScale(ctx, {
    products: flags.scale,
    force: flags.force,
    gazetteerDir: flags.gazetteer,
    seed: flags.randomSeed,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(
    `Synthetic catalog: ${report.shops} shops, ${report.sellers} sellers; created ` +
      `${report.products} products and ${report.variants} variants in ${report.seconds} s.`,
  );
}
