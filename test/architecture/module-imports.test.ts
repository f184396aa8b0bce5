import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Modules reach each other only through index.ts (docs/architecture.md). The rule lives in
 * eslint.config.js; this checks that it fires where it should and only there.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('module boundaries', () => {
  it("refuses another module's service, repo or tables, from any depth of the module", async () => {
    expect(
      await boundaryErrors(
        'src/modules/search/probe.ts',
        "export { findShop } from '../shops/shops.repo.ts';\n",
      ),
    ).toBe(1);
    expect(
      await boundaryErrors(
        'src/modules/demo/data/probe.ts',
        "export type { ProductUnit } from '../../catalog/catalog.tables.ts';\n",
      ),
    ).toBe(1);
  });

  it("allows another module's index.ts, the module's own files and the platform", async () => {
    const code = [
      "export { assertShopAccess } from '../shops/index.ts';",
      "export { searchErrors } from './search.errors.ts';",
      "export { AppError } from '../../platform/errors.ts';",
      '',
    ].join('\n');
    expect(await boundaryErrors('src/modules/search/probe.ts', code)).toBe(0);
    expect(
      await boundaryErrors(
        'src/modules/payments/sandbox/probe.ts',
        "export { bkashProvider } from '../providers/bkash.ts';\n",
      ),
    ).toBe(0);
  });
});
