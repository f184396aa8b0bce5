import type { AppContext } from '../../platform/context.ts';
import { storageFor } from '../../platform/storage.ts';
import {
  addReadyImages,
  renderImageSizes,
  type ProductKind,
  type RenderedImage,
} from '../catalog/index.ts';
import { shapes, type ShapeName } from './demo.shapes.ts';

/** What each demo category shows, on what colour. */
const designs: Record<string, [ShapeName, string]> = {
  rice: ['rice', '#8d6e63'],
  'flour-atta': ['sack', '#a1887f'],
  dal: ['lentils', '#ef8f00'],
  eggs: ['eggs', '#c58b3a'],
  fish: ['fish', '#1e88a8'],
  fruit: ['fruit', '#e65100'],
  vegetables: ['vegetable', '#43a047'],
  meat: ['meat', '#b23a3a'],
  oil: ['bottle', '#c79100'],
  beverages: ['glass', '#00838f'],
  dairy: ['carton', '#5c8fc0'],
  'salt-sugar': ['jar', '#78909c'],
  snacks: ['packet', '#d84315'],
  spices: ['chili', '#c62828'],
  'tea-coffee': ['cup', '#6d4c41'],
  household: ['bucket', '#3949ab'],
  otc: ['capsule', '#00897b'],
  prescription: ['blister', '#00695c'],
  vitamins: ['capsule', '#f9a825'],
  'baby-care': ['babyBottle', '#ec8fb0'],
  'medical-devices': ['firstAid', '#d32f2f'],
  'personal-care': ['tube', '#8e6bbf'],
  bakery: ['bread', '#b7791f'],
  'bangla-meals': ['plate', '#2e7d32'],
  biryani: ['pot', '#a0522d'],
  'fast-food': ['burger', '#e64a19'],
  'snacks-street': ['samosa', '#f57f17'],
  sweets: ['sweets', '#ad1457'],
  accessories: ['headphones', '#455a64'],
  appliances: ['fan', '#37474f'],
  electrical: ['bulb', '#f9a825'],
  mobile: ['phone', '#263238'],
  footwear: ['shoe', '#5d4037'],
  men: ['shirt', '#1565c0'],
  women: ['dress', '#c2185b'],
  kids: ['tshirt', '#fb8c00'],
  'building-materials': ['bricks', '#8d4a2f'],
  paint: ['paint', '#6a1b9a'],
  plumbing: ['tap', '#0277bd'],
  tools: ['hammer', '#546e7a'],
};
const byKind: Record<ProductKind, [ShapeName, string]> = {
  grocery: ['packet', '#558b2f'],
  medicine: ['capsule', '#00897b'],
  food: ['plate', '#2e7d32'],
  electronics: ['bulb', '#37474f'],
  general: ['bucket', '#5c6bc0'],
};

/** `#rrggbb` times `f` (darker below 1). */
function shade(hex: string, f: number) {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = [n >> 16, (n >> 8) & 255, n & 255].map((x) => Math.min(255, Math.round(x * f)));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

export function designOf(category: string | null, kind: ProductKind): [ShapeName, string] {
  return (category && designs[category]) || byKind[kind];
}

/** A 1200×1200 SVG: the colour, a lighter disc, the drawing in the middle. */
export function pictureSvg(shape: ShapeName, colour: string): string {
  const drawing = shapes[shape]
    .replaceAll('"L"', '"#fffaf0"')
    .replaceAll('"D"', `"${shade(colour, 0.6)}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 1200 1200">
<rect width="1200" height="1200" fill="${colour}"/>
<circle cx="600" cy="600" r="470" fill="#ffffff" fill-opacity="0.14"/>
<g transform="translate(270 270) scale(6.6)">${drawing}</g>
</svg>`;
}

/**
 * WebP effort for the drawings, measured over six designs' three sizes: 2 takes 184 ms a design
 * where the default 4 takes 334 ms, for files ~10% larger (1 takes 116 ms but makes them ~50%
 * larger, which phones on slow lines would pay for).
 */
const DRAWING_EFFORT = 2;
/** Designs rendered at once (libvips uses one thread per image). */
const RENDERS_AT_ONCE = 2;

/**
 * Gives every product of these shops that has no image a generated picture of its category,
 * stored through the catalog as an ordinary ready image. Each design is rendered once and its
 * bytes shared by all its products. Products with an image (a second run, a seller's photo) are
 * left alone. Returns how many pictures were added.
 */
export async function addDemoPictures(ctx: AppContext, shopIds: string[]): Promise<number> {
  if (shopIds.length === 0) return 0;
  // The catalog's tables, read-only: which products still lack a picture, and their category.
  const missing = await ctx.db
    .selectFrom('products as p')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .select(['p.id', 'p.kind', 'c.slug'])
    .where('p.shop_id', 'in', shopIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('product_images as i').select('i.id').whereRef('i.product_id', '=', 'p.id'),
        ),
      ),
    )
    .execute();
  if (missing.length === 0) return 0;
  const wanted = new Map(
    missing.map((p) => [designOf(p.slug, p.kind).join(' '), designOf(p.slug, p.kind)]),
  );
  const rendered = new Map<string, RenderedImage>();
  const queue = [...wanted];
  await Promise.all(
    Array.from({ length: RENDERS_AT_ONCE }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, [shape, colour]] = next;
        rendered.set(
          key,
          await renderImageSizes(Buffer.from(pictureSvg(shape, colour)), DRAWING_EFFORT),
        );
      }
    }),
  );
  return addReadyImages(
    ctx.db,
    storageFor(ctx.config),
    missing.map((p) => ({
      productId: p.id,
      format: 'svg',
      image: rendered.get(designOf(p.slug, p.kind).join(' '))!,
    })),
  );
}
