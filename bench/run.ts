/**
 * `npm run bench [-- name…]`: runs the named benchmarks (default: all) one after another, each in
 * its own process so one's caches do not flatter the next.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benches: Record<string, string> = {
  platform: 'platform.ts',
  'search-quality': 'search-eval/grocery.ts',
  // Reads the medicine master from HAAT_MEDICINE_DIR (default /work/shared/data); no database.
  'medicine-match': 'medicine-match/run.ts',

  'assistant-eval': 'assistant-eval/eval.ts',
  'assistant-cv': 'assistant-eval/cross-validate.ts',
  // Generated order histories, no database: the COD risk score's AUC and catch/flag rates.
  'cod-risk': 'cod-risk/run.ts',
  // Generated daily sales, no database: the demand forecast's MASE against seasonal naive and SES.
  forecast: 'forecast/run.ts',
  // Generated orders with planted co-purchases, no database: recommendation hit-rates vs popularity.
  recommend: 'recommend/run.ts',
  // These write to the database DATABASE_URL names: give them a scratch database of their own.
  'search-recall': 'search-eval/recall.ts',
  'place-search': 'search-eval/place-search.ts',
  'search-http': 'search-http.ts',
  checkout: 'checkout.ts',
  'assistant-conversations': 'assistant-conversations.ts',
  soak: 'soak.ts',
  // Builds the web app and seeds the demo into DATABASE_URL (scratch) or an embedded PostgreSQL.
  web: 'web/run.ts',
};
/** Run when no name is given: the ones that need no scratch database. */
const defaults = [
  'platform',
  'search-quality',
  'assistant-eval',
  'cod-risk',
  'forecast',
  'recommend',
];

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : defaults;
const here = path.dirname(fileURLToPath(import.meta.url));
let failed = false;
for (const name of names) {
  const file = benches[name];
  if (!file) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(benches).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} (${file})`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
