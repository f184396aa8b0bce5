import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFile, loadFont } from './receipts.fonts.ts';
import { finish, newDocument, Pen } from './receipts.pen.ts';
import { ink, similarity } from '../../../test/helpers/ink.ts';

/**
 * Bengali shaping in the receipt PDF, proved two ways:
 * 1. the font as the PDF uses it turns each test word into the font's conjunct and positional
 *    glyphs, not the letters' isolated glyphs (runs everywhere);
 * 2. each word drawn into a PDF by the receipt's own pen, rasterized by poppler's pdftoppm, looks
 *    like Chromium drawing the same word in HTML with the same font file, and clearly unlike
 *    Chromium drawing the word's letters unshaped (each in its own box). Needs /usr/bin/chromium
 *    and pdftoppm (poppler-utils); skipped with a warning where either is missing.
 */
const WORDS = ['ক্ষ', 'ক্ষ্ম', 'স্ত্র', 'র্ম', 'কি', 'কো', 'রূ', 'রসিদ'];
const CHROMIUM = '/usr/bin/chromium';
const PDFTOPPM = '/usr/bin/pdftoppm';
const canCompare = existsSync(CHROMIUM) && existsSync(PDFTOPPM);
if (!canCompare) {
  console.warn(
    'receipt shaping comparison skipped: needs /usr/bin/chromium and pdftoppm ' +
      '(apt-get install -y chromium poppler-utils).',
  );
}

describe('the Bengali font as the receipt uses it', () => {
  const font = loadFont('bengali', 400);
  const isolated = (word: string) =>
    [...word].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);

  it('turns ক্ষ and ক্ষ্ম into one conjunct glyph each', () => {
    for (const word of ['ক্ষ', 'ক্ষ্ম']) {
      const glyphs = font.layout(word).glyphs;
      expect(glyphs).toHaveLength(1);
      expect(isolated(word)).not.toContain(glyphs[0]!.id);
    }
  });

  it('reorders the pre-base vowel signs of কি and কো and forms স্ত্র, র্ম, রূ', () => {
    const ids = (word: string) => font.layout(word).glyphs.map((g) => g.id);
    const [ka, iSign] = isolated('কি');
    expect(ids('কি')).toEqual([iSign, ka]);
    // কো: the e-sign before ক, the aa-sign after it.
    expect(ids('কো')[1]).toBe(isolated('ক')[0]);
    expect(ids('কো')).toHaveLength(3);
    // স্ত্র (5 letters) and র্ম (3) in 2 glyphs; রূ takes the u-sign's form that sits beside র.
    expect(ids('স্ত্র')).toHaveLength(2);
    expect(ids('র্ম')).toHaveLength(2);
    for (const word of ['স্ত্র', 'র্ম', 'রূ']) {
      expect(
        ids(word).some((id) => !isolated(word).includes(id)),
        word,
      ).toBe(true);
    }
  });
});

describe.skipIf(!canCompare)('the receipt PDF against Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'haat-shaping-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Each word on its own page at 48 pt, drawn by the receipt's pen, rasterized at 96 dpi. */
  async function pdfWords(): Promise<Buffer[]> {
    const doc = newDocument({ title: 'shaping' });
    const pen = new Pen(doc);
    WORDS.forEach((word, i) => {
      if (i > 0) doc.addPage();
      pen.draw(word, 60, 120, { size: 48 });
    });
    const file = path.join(dir, 'words.pdf');
    await writeFile(file, await finish(doc));
    execFileSync(PDFTOPPM, ['-r', '96', '-png', file, path.join(dir, 'pdf')]);
    return Promise.all(WORDS.map((_, i) => readFile(path.join(dir, `pdf-${i + 1}.png`))));
  }

  /** The same words in Chromium, 64 px (= 48 pt at 96 dpi), same font file; or letter by letter. */
  async function chromiumWords(unshaped: boolean): Promise<Buffer[]> {
    const woff = (await readFile(fontFile('bengali', 400))).toString('base64');
    const page = await browser.newPage();
    const cell = (word: string) =>
      unshaped
        ? [...word].map((c) => `<span style="display:inline-block">${c}</span>`).join('')
        : word;
    await page.setContent(`<!doctype html><meta charset="utf-8">
      <style>
        @font-face { font-family: R; src: url(data:font/woff;base64,${woff}) format('woff'); }
        body { margin: 0; background: #fff; }
        div { font: 64px R; padding: 40px; display: inline-block; color: #111; }
      </style>
      ${WORDS.map((w, i) => `<div id="w${i}">${cell(w)}</div><br>`).join('')}`);
    await page.evaluate(() => document.fonts.ready);
    const shots: Buffer[] = [];
    for (let i = 0; i < WORDS.length; i++) shots.push(await page.locator(`#w${i}`).screenshot());
    await page.close();
    return shots;
  }

  it('draws every test word as Chromium shapes it, not as unshaped letters', async () => {
    const [pdf, shaped, unshaped] = await Promise.all([
      pdfWords(),
      chromiumWords(false),
      chromiumWords(true),
    ]);
    const rows: string[] = [];
    for (let i = 0; i < WORDS.length; i++) {
      const p = await ink(pdf[i]!);
      const good = similarity(p, await ink(shaped[i]!));
      const bad = similarity(p, await ink(unshaped[i]!));
      rows.push(`${WORDS[i]} vs Chromium ${good.toFixed(2)}, vs unshaped ${bad.toFixed(2)}`);
      expect(good, WORDS[i]).toBeGreaterThan(0.7);
      expect(good - bad, WORDS[i]).toBeGreaterThan(0.15);
    }
    console.info(`ink similarity (intersection over union):\n${rows.join('\n')}`);
  }, 60_000);
});
