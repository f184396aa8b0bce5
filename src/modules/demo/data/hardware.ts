import type { ProductUnit } from '../../catalog/index.ts';
import { kg, one, v, type MasterProduct, type MasterVariant } from '../demo.types.ts';

const hw = (
  key: string,
  bn: string,
  en: string,
  category: string,
  variants: MasterVariant[],
  unit: ProductUnit = 'piece',
): MasterProduct => ({ key, bn, en, category, kind: 'general', unit, attributes: {}, variants });

export const hardwareProducts: MasterProduct[] = [
  // Tools
  hw('HAMMER', 'হাতুড়ি (ক্ল হ্যামার)', 'Claw hammer', 'tools', [one(350)]),
  hw('SCREWDRIVER-SET', 'স্ক্রু ড্রাইভার সেট (৬ পিস)', 'Screwdriver set (6 pieces)', 'tools', [
    one(450, '১ সেট'),
  ]),
  hw('PLIERS', 'প্লায়ার্স (৮ ইঞ্চি)', 'Combination pliers 8"', 'tools', [one(320)]),
  hw('MEASURING-TAPE', 'মাপার ফিতা', 'Measuring tape', 'tools', [
    v('3M', '৩ মিটার', 180),
    v('5M', '৫ মিটার', 250),
  ]),
  hw('SPANNER-SET', 'স্প্যানার সেট', 'Spanner set', 'tools', [one(850, '১ সেট')]),
  hw('HANDSAW', 'হাত করাত', 'Hand saw', 'tools', [one(380)]),
  {
    key: 'DRILL-MACHINE',
    bn: 'ইলেকট্রিক ড্রিল মেশিন',
    en: 'Electric drill machine',
    category: 'tools',
    kind: 'electronics',
    unit: 'piece',
    attributes: { brand: 'INGCO', warrantyMonths: 6 },
    variants: [one(3200)],
  },
  hw('PADLOCK', 'তালা (৫০ মি.মি.)', 'Padlock 50 mm', 'tools', [one(320)]),
  hw('NAILS', 'পেরেক (২ ইঞ্চি)', 'Nails 2"', 'building-materials', [kg(1, 140)], 'kg'),
  // Plumbing
  hw('PVC-PIPE', 'আরএফএল পিভিসি পাইপ (১০ ফুট)', 'RFL PVC pipe (10 ft)', 'plumbing', [
    v('0.75IN', '¾ ইঞ্চি', 260),
    v('1IN', '১ ইঞ্চি', 330),
  ]),
  hw('WATER-TAP', 'পানির কল (স্টিল)', 'Water tap (steel)', 'plumbing', [one(650)]),
  hw('SHOWER-HEAD', 'শাওয়ার হেড', 'Shower head', 'plumbing', [one(550)]),
  hw('TEFLON-TAPE', 'টেফলন টেপ', 'Teflon (PTFE) tape', 'plumbing', [one(20)]),
  hw('WATER-TANK', 'গাজী পানির ট্যাংক', 'Gazi water tank', 'plumbing', [
    v('500L', '৫০০ লিটার', 6500),
    v('1000L', '১০০০ লিটার', 12000),
  ]),
  // Paint
  hw(
    'PAINT-BERGER-EASY-CLEAN',
    'বার্জার ইজি ক্লিন (ঘরের দেয়ালের রং)',
    'Berger Easy Clean interior emulsion',
    'paint',
    [v('1L', '১ লিটার', 850), v('3.64L', '৩.৬৪ লিটার', 2900)],
    'litre',
  ),
  hw(
    'PAINT-ENAMEL',
    'এনামেল পেইন্ট (সাদা)',
    'Enamel paint (white)',
    'paint',
    [v('1L', '১ লিটার', 450)],
    'litre',
  ),
  hw('PAINT-BRUSH', 'রং করার ব্রাশ', 'Paint brush', 'paint', [
    v('2IN', '২ ইঞ্চি', 60),
    v('4IN', '৪ ইঞ্চি', 120),
  ]),
  hw('WALL-PUTTY', 'ওয়াল পুটি', 'Wall putty', 'paint', [v('5KG', '৫ কেজি', 450)], 'kg'),
  // Building materials and wiring
  hw('CEMENT-SHAH', 'শাহ সিমেন্ট (৫০ কেজি)', 'Shah Cement (50 kg bag)', 'building-materials', [
    one(540, '১ বস্তা'),
  ]),
  hw(
    'CEMENT-SEVEN-RINGS',
    'সেভেন রিংস সিমেন্ট (৫০ কেজি)',
    'Seven Rings Cement (50 kg bag)',
    'building-materials',
    [one(530, '১ বস্তা')],
  ),
  hw(
    'ROD-BSRM-10MM',
    'বিএসআরএম রড (১০ মি.মি.)',
    'BSRM rebar 10 mm',
    'building-materials',
    [kg(1, 98)],
    'kg',
  ),
  hw(
    'WIRE-BRB',
    'বিআরবি বৈদ্যুতিক তার (১.৫ আরএম কয়েল)',
    'BRB electric wire 1.5 rm (coil)',
    'electrical',
    [one(3600, '১ কয়েল')],
  ),
  hw('SWITCH', 'ওয়ান-ওয়ে সুইচ', 'One-way switch', 'electrical', [one(60)]),
  hw('SOCKET', 'মাল্টি সকেট', 'Multi socket', 'electrical', [one(90)]),
];
