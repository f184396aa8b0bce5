import sharp from 'sharp';

/**
 * Comparing drawn text by its ink: used to prove that PDFs shape Bengali as a browser does
 * (receipts, finance statements and invoices).
 */

/** Dark pixels of the word's ink box, scaled to 96×48, as a bitmap. */
export async function ink(png: Buffer): Promise<Uint8Array> {
  const trimmed = await sharp(png)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .trim({ background: '#ffffff', threshold: 60 })
    .toBuffer();
  const { data } = await sharp(trimmed)
    .resize(96, 48, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Uint8Array.from(data, (v) => (v < 128 ? 1 : 0));
}

/** Intersection over union of two ink bitmaps: 1 = the same shapes. */
export function similarity(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) both++;
    if (a[i] || b[i]) either++;
  }
  return either === 0 ? 0 : both / either;
}
