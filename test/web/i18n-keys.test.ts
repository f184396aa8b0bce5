import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every text the web app shows comes from web/src/i18n/{bn,en}.json. A key missing in one
 * language shows the raw key to that reader, so both files must hold the same keys, and every
 * literal key a component asks for (`t('orders.total')`) must exist in both.
 */
const webSrc = path.resolve(import.meta.dirname, '../../web/src');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

const readTree = async (file: string) =>
  JSON.parse(await readFile(path.join(webSrc, 'i18n', file), 'utf8')) as Tree;

/** English is one file; Bengali is the shoppers' file plus the staff pages' (bn.staff.json). */
async function keysOf(locale: 'bn' | 'en') {
  const trees =
    locale === 'bn'
      ? [await readTree('bn.json'), await readTree('bn.staff.json')]
      : [await readTree('en.json')];
  return new Set(trees.flatMap((tree) => flatten(tree)));
}

const STAFF_DIRS = ['pages/seller/', 'pages/admin/', 'pages/support/'];
const inStaffDir = (file: string) => STAFF_DIRS.some((d) => file.startsWith(d));

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(full);
      return Promise.resolve(/\.tsx?$/.test(e.name) && !e.name.endsWith('.gen.ts') ? [full] : []);
    }),
  );
  return nested.flat();
}

/** Plural keys are stored as `key_one` / `key_other` and asked for as `key`. */
const has = (keys: Set<string>, key: string) =>
  keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));

describe('web app translations', () => {
  it('Bengali and English hold the same keys', async () => {
    const [bn, en] = await Promise.all([keysOf('bn'), keysOf('en')]);
    expect(
      [...bn].filter((k) => !en.has(k)),
      'in bn.json only',
    ).toEqual([]);
    expect(
      [...en].filter((k) => !bn.has(k)),
      'in en.json only',
    ).toEqual([]);
    expect(bn.size).toBeGreaterThan(300);
  });

  it('every literal key the components ask for exists in both languages', async () => {
    const [bn, en] = await Promise.all([keysOf('bn'), keysOf('en')]);
    const used = new Map<string, string>();
    for (const file of await sourceFiles(webSrc)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)) {
        used.set(match[1]!, path.relative(webSrc, file));
      }
    }
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter(([key]) => !has(bn, key) || !has(en, key));
    expect(missing.map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it("the staff pages' Bengali strings are asked for only where those pages load them", async () => {
    // bn.staff.json arrives with the seller, admin and support pages (App.tsx, staffPage): a
    // group of it used by a file a shopper's page imports would show its raw key to a shopper.
    const groups = Object.keys(await readTree('bn.staff.json'));
    const files = new Map<string, string>();
    for (const file of await sourceFiles(webSrc))
      files.set(path.relative(webSrc, file), await readFile(file, 'utf8'));
    const sharedWithShoppers = new Set<string>();
    for (const [file, text] of files) {
      if (inStaffDir(file)) continue;
      for (const m of text.matchAll(/from '((?:\.\.?\/)+[^']+)'/g)) {
        const target = path.normalize(path.join(path.dirname(file), m[1]!));
        if (inStaffDir(target)) sharedWithShoppers.add(target);
      }
    }
    const misplaced: string[] = [];
    for (const group of groups) {
      const asked = new RegExp(`[\`'"]${group}\\.`);
      for (const [file, text] of files) {
        if (!asked.test(text)) continue;
        const shared = [...sharedWithShoppers].some((s) => file.startsWith(s));
        if (!inStaffDir(file) || shared) misplaced.push(`${group} (${file})`);
      }
    }
    expect(groups.length).toBeGreaterThan(10);
    expect(misplaced).toEqual([]);
  });

  it('every audit action has words in both languages (the audit log shows them, not codes)', async () => {
    const { auditActions } = await import('../../src/platform/audit.ts');
    for (const locale of ['bn', 'en'] as const) {
      const keys = await keysOf(locale);
      const missing = auditActions.filter(
        (a) => !keys.has(`adminAudit.actions.${a.replace(/\./g, '_')}`),
      );
      expect(missing, locale).toEqual([]);
    }
  });
});
