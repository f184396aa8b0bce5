import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import type { IntakeDto } from './intake.schema.ts';
import { ocrAvailable, readImageText } from './intake.ocr.ts';
import { insertMedicine, insertTypedShop } from './intake.test-support.ts';

const program = process.env.TESSERACT_PATH ?? 'tesseract';
const available = await ocrAvailable(program);
if (!available) {
  console.warn(
    `intake OCR tests skipped: "${program}" with Bengali and English data is not installed (apt install tesseract-ocr tesseract-ocr-ben)`,
  );
}

/** A photo-like picture of a printed list, rendered here: black text on an off-white page. */
async function listPhoto(lines: string[]): Promise<Buffer> {
  const height = 120 + lines.length * 70;
  const text = lines
    .map(
      (l, i) =>
        `<text x="60" y="${100 + i * 70}" font-family="Lohit Bengali, DejaVu Sans, sans-serif" font-size="40">${l}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

// OCR takes seconds on a busy machine: the default 30 s per test is too tight for CI.
describe.skipIf(!available)(
  'reading a photographed list (tesseract, ben+eng)',
  { timeout: 120_000 },
  () => {
    let t: TestApp;
    let seller: TestUser;
    beforeAll(async () => {
      t = await createTestApp();
      seller = await createUser(t.ctx, { role: 'seller' });
    });
    afterAll(() => t?.close());

    it('reads English and Bengali lines of a printed list', async () => {
      const photo = await listPhoto([
        'Napa 500 mg Tablet 10',
        'Seclo 20 mg Capsule 30',
        'নাপা এক্সট্রা',
      ]);
      const started = performance.now();
      const text = await readImageText(program, photo);
      const ms = Math.round(performance.now() - started);
      console.info(`OCR of one 1400×330 list photo (3 lines, ben+eng): ${ms} ms`);
      expect(text).toMatch(/Napa\s*500/i);
      expect(text).toMatch(/Seclo\s*20/i);
      expect(text).toContain('নাপা');
    });

    it('turns an uploaded photo into a list with its lines', async () => {
      const shop = await insertTypedShop(t.ctx, seller.id);
      const m = await insertMedicine(t.ctx, { brand: 'Tofenac' });
      const photo = await listPhoto([`${m.brand} 500 mg tab 20`, 'Ace syrup']);
      const boundary = 'photo-boundary';
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/shops/${shop}/medicine-intakes/upload`,
        headers: { ...seller.auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="list.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
          ),
          photo,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as IntakeDto;
      expect(body.source).toBe('photo');
      expect(body.lines.length).toBe(2);
      expect(body.lines[0]!.line).toMatch(/Tofenac 500/i);
    });
  },
);
