import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';

/**
 * Noto Sans Bengali (OFL-1.1) from the npm package @fontsource/noto-sans-bengali. The package splits
 * the font by script into subsets (Bengali, Latin, Latin Extended), each with the same metrics;
 * text is cut into runs by script and each run drawn with its subset, so fontkit (inside pdfkit)
 * shapes a Bengali run with the Bengali subset's GSUB/GPOS tables (conjuncts, reph, pre-base
 * vowel signs).
 */
export type Weight = 400 | 700;
export type Subset = 'bengali' | 'latin' | 'latin-ext';

const require = createRequire(import.meta.url);
const FILES = path.join(
  path.dirname(require.resolve('@fontsource/noto-sans-bengali/package.json')),
  'files',
);

export function fontFile(subset: Subset, weight: Weight): string {
  return path.join(FILES, `noto-sans-bengali-${subset}-${weight}-normal.woff`);
}

/**
 * WOFF 1.0 → the plain OpenType (sfnt) file it wraps, its tables inflated once with zlib. fontkit
 * reads WOFF itself, but inflates a table (in JavaScript) on every access: embedding the glyphs of
 * one receipt spent ~90 % of its time there.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: Buffer; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    });
  }
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const head = Buffer.alloc(12 + numTables * 16);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(searchRange, 6);
  head.writeUInt16BE(entrySelector, 8);
  head.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(head, at);
    head.writeUInt32BE(t.checksum, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

const cache = new Map<string, fontkit.Font>();

/**
 * The parsed font, once per process: pdfkit takes a fontkit font as it is, so every document
 * shares its parsed tables and shaping caches (parsing the Bengali subset per document cost about
 * 100 ms of a receipt's time; see docs/receipts.md).
 */
export function loadFont(subset: Subset, weight: Weight): fontkit.Font {
  const file = fontFile(subset, weight);
  let font = cache.get(file);
  if (!font) {
    font = fontkit.create(woffToSfnt(readFileSync(file))) as fontkit.Font;
    cache.set(file, font);
  }
  return font;
}

/** The unicode-range of each subset, as the package's CSS declares it. */
function subsetOf(cp: number): Subset {
  if (
    (cp >= 0x0980 && cp <= 0x09fe) ||
    (cp >= 0x0951 && cp <= 0x0952) ||
    (cp >= 0x0964 && cp <= 0x0965) ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0x20b9 ||
    cp === 0x25cc
  ) {
    return 'bengali';
  }
  if (
    (cp >= 0x0100 && cp <= 0x02ba) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x20a0 && cp <= 0x20c0 && cp !== 0x20ac) ||
    (cp >= 0xa720 && cp <= 0xa7ff)
  ) {
    return 'latin-ext';
  }
  return 'latin';
}

export type Run = { subset: Subset; text: string };

/**
 * Cuts text into runs of one subset. ZWJ/ZWNJ belong to the Bengali run they sit in; a Bengali
 * word never spans a space, so cutting there keeps every cluster inside one shaped run.
 */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const ch of text) {
    const subset = subsetOf(ch.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ subset, text: ch });
  }
  return runs;
}
