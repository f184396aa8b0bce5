import type { ProductKind, ProductUnit } from '../catalog/index.ts';
import { bengaliDigits } from '../../platform/text.ts';

/** One way a product is sold (1 kg, 5 kg, a strip of 10). Price in taka; stored ×100 as poisha. */
export type MasterVariant = { key: string; bn: string; taka: number };

/** A product as the demo knows it, before a shop adds its own price and stock. */
export type MasterProduct = {
  /** SKU stem, fixed so that seeding again finds the same rows. */
  key: string;
  bn: string;
  en: string;
  /** Slug in the catalog's default category tree. */
  category: string;
  kind: ProductKind;
  unit: ProductUnit;
  attributes: Record<string, unknown>;
  variants: MasterVariant[];
  /** Staples every shop of its type carries (rice, oil, eggs…). */
  core?: boolean;
};

const bn = (n: number) => bengaliDigits(String(n));

// Variant helpers: the key becomes part of the variant SKU, the label is what a customer reads.
export const kg = (n: number, taka: number): MasterVariant => ({
  key: `${n}KG`,
  bn: `${bn(n)} কেজি`,
  taka,
});
export const gram = (n: number, taka: number): MasterVariant => ({
  key: `${n}G`,
  bn: `${bn(n)} গ্রাম`,
  taka,
});
export const litre = (n: number, taka: number): MasterVariant => ({
  key: `${n}L`,
  bn: `${bn(n)} লিটার`,
  taka,
});
export const ml = (n: number, taka: number): MasterVariant => ({
  key: `${n}ML`,
  bn: `${bn(n)} মি.লি.`,
  taka,
});
export const pcs = (n: number, taka: number): MasterVariant => ({
  key: `${n}PCS`,
  bn: `${bn(n)}টি`,
  taka,
});
export const strip = (n: number, taka: number): MasterVariant => ({
  key: `STRIP${n}`,
  bn: `১ পাতা (${bn(n)}টি)`,
  taka,
});
export const box = (n: number, taka: number): MasterVariant => ({
  key: `BOX${n}`,
  bn: `১ বক্স (${bn(n)}টি)`,
  taka,
});
export const size = (s: string, taka: number): MasterVariant => ({
  key: s.toUpperCase().replace(/[^A-Z0-9]+/g, ''),
  bn: `সাইজ ${bengaliDigits(s)}`,
  taka,
});
export const v = (key: string, label: string, taka: number): MasterVariant => ({
  key,
  bn: label,
  taka,
});
export const one = (taka: number, label = '১টি'): MasterVariant => ({ key: 'EA', bn: label, taka });
