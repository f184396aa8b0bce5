import { one, size, v, type MasterProduct, type MasterVariant } from '../demo.types.ts';

const wear = (
  key: string,
  bn: string,
  en: string,
  category: string,
  variants: MasterVariant[],
): MasterProduct => ({
  key,
  bn,
  en,
  category,
  kind: 'general',
  unit: 'piece',
  attributes: {},
  variants,
});
const sizes = (list: string[], taka: number) => list.map((s) => size(s, taka));
const MLXL = ['M', 'L', 'XL'];

export const fashionProducts: MasterProduct[] = [
  // Men
  wear('LUNGI-COTTON', 'সুতি লুঙ্গি', 'Cotton lungi', 'men', [
    v('STD', 'স্ট্যান্ডার্ড', 550),
    v('PREMIUM', 'প্রিমিয়াম (ডাবল সুতা)', 850),
  ]),
  wear('LUNGI-BATIK', 'বাটিক লুঙ্গি', 'Batik lungi', 'men', [one(650, '১ পিস')]),
  wear('GAMCHA', 'সুতি গামছা (চেক)', 'Cotton gamcha (check)', 'men', [one(180, '১ পিস')]),
  wear(
    'PANJABI-COTTON',
    'সুতি পাঞ্জাবি',
    'Cotton panjabi',
    'men',
    sizes(['38', '40', '42', '44'], 1450),
  ),
  wear(
    'PANJABI-EMBROIDERED',
    'এমব্রয়ডারি পাঞ্জাবি',
    'Embroidered panjabi',
    'men',
    sizes(['40', '42', '44'], 2450),
  ),
  wear('FATUA', 'ফতুয়া', 'Fatua', 'men', sizes(MLXL, 650)),
  wear('TSHIRT-COTTON', 'সুতি টি-শার্ট', 'Cotton T-shirt', 'men', sizes(MLXL, 350)),
  wear('SHIRT-FORMAL', 'ফরমাল শার্ট', 'Formal shirt', 'men', sizes(MLXL, 1200)),
  wear('JEANS', 'ডেনিম জিন্স প্যান্ট', 'Denim jeans', 'men', sizes(['30', '32', '34', '36'], 1350)),
  wear('TUPI', 'টুপি', 'Prayer cap (tupi)', 'men', [one(120)]),
  // Women
  wear('SAREE-TANT', 'টাঙ্গাইল তাঁতের শাড়ি', 'Tangail tant saree', 'women', [one(1800, '১ পিস')]),
  wear('SAREE-JAMDANI', 'ঢাকাই জামদানি শাড়ি', 'Dhakai Jamdani saree', 'women', [
    v('HALF-SILK', 'হাফ সিল্ক', 6500),
    v('COTTON', 'সুতি', 8500),
  ]),
  wear('SAREE-KATAN', 'বেনারসি কাতান শাড়ি', 'Benarasi katan saree', 'women', [one(7500, '১ পিস')]),
  wear('SAREE-PRINT', 'সুতি প্রিন্ট শাড়ি', 'Cotton print saree', 'women', [one(950, '১ পিস')]),
  wear(
    'THREE-PIECE-UNSTITCHED',
    'সুতি থ্রি-পিস (আনস্টিচড)',
    'Cotton three-piece (unstitched)',
    'women',
    [one(1650, '১ সেট')],
  ),
  wear(
    'THREE-PIECE-READY',
    'রেডিমেড থ্রি-পিস',
    'Ready-made three-piece',
    'women',
    sizes(MLXL, 2200),
  ),
  wear('ORNA', 'জর্জেট ওড়না', 'Georgette orna (dupatta)', 'women', [one(450)]),
  wear('HIJAB', 'হিজাব', 'Hijab', 'women', [one(350)]),
  wear('BORKA', 'বোরকা', 'Borka (abaya)', 'women', sizes(['52', '54', '56'], 1900)),
  // Children
  wear('FROCK', 'বাচ্চাদের ফ্রক', "Girls' frock", 'kids', [
    v('2-3Y', '২–৩ বছর', 750),
    v('4-5Y', '৪–৫ বছর', 800),
    v('6-7Y', '৬–৭ বছর', 850),
  ]),
  wear('KIDS-PANJABI', 'বাচ্চাদের পাঞ্জাবি', "Boys' panjabi", 'kids', [
    v('4-5Y', '৪–৫ বছর', 850),
    v('6-7Y', '৬–৭ বছর', 900),
  ]),
  wear('NEWBORN-SET', 'নবজাতকের জামা সেট', 'Newborn clothing set', 'kids', [one(650, '১ সেট')]),
  // Footwear
  wear(
    'SANDAL-MEN',
    'চামড়ার স্যান্ডেল (পুরুষ)',
    "Leather sandals (men's)",
    'footwear',
    sizes(['40', '41', '42', '43'], 1250),
  ),
  wear(
    'SANDAL-WOMEN',
    'মেয়েদের স্যান্ডেল',
    "Women's sandals",
    'footwear',
    sizes(['36', '37', '38', '39'], 990),
  ),
  wear('SLIPPER', 'রাবারের স্লিপার', 'Rubber slippers', 'footwear', sizes(['7', '8', '9'], 180)),
];
