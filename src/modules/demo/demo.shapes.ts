/*
 * Simple drawings for the demo's product pictures, one per kind of product, in a 100×100 box.
 * `L` is the light fill, `D` the dark accent (the background's colour, darker); the picture
 * (demo.pictures.ts) replaces them. Drawn for the project: no downloaded artwork, no emoji.
 */
const bowl = 'M8 52 H92 Q90 88 50 90 Q10 88 8 52 Z';
const pill = (x: number, y: number) =>
  `<rect x="${x}" y="${y}" width="14" height="14" rx="7" fill="L" stroke="D" stroke-width="2"/>`;

export const shapes = {
  rice: `<path d="M14 52 Q50 14 86 52 Z" fill="L"/>
    <g fill="D" opacity=".35"><ellipse cx="40" cy="40" rx="4" ry="1.6"/><ellipse cx="55" cy="34" rx="4" ry="1.6"/>
    <ellipse cx="64" cy="44" rx="4" ry="1.6"/><ellipse cx="48" cy="47" rx="4" ry="1.6"/></g>
    <path d="${bowl}" fill="D"/>`,
  sack: `<path d="M26 28 Q18 60 22 90 H78 Q82 60 74 28 Q50 36 26 28 Z" fill="L"/>
    <path d="M30 26 L38 12 L50 22 L62 12 L70 26 Z" fill="L"/><rect x="34" y="52" width="32" height="20" rx="3" fill="D"/>`,
  lentils: `<g fill="L"><circle cx="30" cy="46" r="6"/><circle cx="42" cy="40" r="6"/><circle cx="55" cy="39" r="6"/>
    <circle cx="68" cy="45" r="6"/><circle cx="48" cy="48" r="6"/><circle cx="62" cy="50" r="5"/><circle cx="36" cy="51" r="5"/></g>
    <path d="${bowl}" fill="D"/>`,
  eggs: `<g fill="L" stroke="D" stroke-width="2"><ellipse cx="32" cy="58" rx="16" ry="21"/>
    <ellipse cx="68" cy="58" rx="16" ry="21"/><ellipse cx="50" cy="42" rx="16" ry="21"/></g>`,
  fish: `<path d="M10 50 Q40 20 72 50 Q40 80 10 50 Z" fill="L"/><path d="M70 50 L92 32 L88 50 L92 68 Z" fill="L"/>
    <circle cx="26" cy="46" r="3.5" fill="D"/><path d="M40 38 Q46 50 40 62" stroke="D" stroke-width="2.5" fill="none"/>`,
  fruit: `<circle cx="50" cy="58" r="30" fill="L"/><path d="M50 30 Q52 20 58 14" stroke="D" stroke-width="4" fill="none"/>
    <path d="M54 26 Q70 12 80 22 Q66 34 54 26 Z" fill="D"/>`,
  vegetable: `<path d="M30 32 Q44 26 58 40 L84 88 Q70 82 30 32 Z" fill="L" transform="rotate(-8 50 50)"/>
    <path d="M36 30 Q20 14 26 8 M40 28 Q38 10 46 6 M44 30 Q56 14 64 16" stroke="D" stroke-width="5" fill="none" stroke-linecap="round"/>`,
  meat: `<path d="M62 36 L84 14" stroke="L" stroke-width="9" stroke-linecap="round"/>
    <circle cx="84" cy="12" r="6" fill="L"/><circle cx="90" cy="18" r="6" fill="L"/>
    <ellipse cx="40" cy="58" rx="30" ry="24" fill="L" transform="rotate(-45 40 58)"/>
    <ellipse cx="36" cy="62" rx="14" ry="10" fill="D" opacity=".3" transform="rotate(-45 36 62)"/>`,
  bottle: `<rect x="42" y="6" width="16" height="10" rx="2" fill="D"/><path d="M44 16 H56 V28 Q72 34 72 48 V90 H28 V48 Q28 34 44 28 Z" fill="L"/>
    <rect x="32" y="54" width="36" height="22" rx="3" fill="D"/>`,
  glass: `<path d="M24 24 H76 L68 90 H32 Z" fill="L"/><path d="M30 48 H70 L66 86 H34 Z" fill="D" opacity=".5"/>
    <path d="M56 30 L70 6" stroke="L" stroke-width="5" stroke-linecap="round"/>`,
  carton: `<path d="M30 30 L40 12 H60 L70 30 V90 H30 Z" fill="L"/><path d="M30 30 H70" stroke="D" stroke-width="3"/>
    <circle cx="50" cy="58" r="12" fill="D"/>`,
  jar: `<rect x="28" y="12" width="44" height="14" rx="3" fill="D"/><rect x="24" y="26" width="52" height="64" rx="10" fill="L"/>
    <rect x="32" y="46" width="36" height="24" rx="3" fill="D" opacity=".5"/>`,
  packet: `<path d="M24 14 L30 10 L36 14 L42 10 L48 14 L54 10 L60 14 L66 10 L72 14 L76 12 V88 L70 92 L64 88 L58 92 L52 88 L46 92 L40 88 L34 92 L28 88 L24 90 Z" fill="L"/>
    <ellipse cx="50" cy="52" rx="16" ry="12" fill="D"/>`,
  chili: `<path d="M26 30 Q20 70 70 86 Q82 88 76 80 Q44 66 40 30 Z" fill="L"/>
    <path d="M33 30 Q30 16 40 12" stroke="D" stroke-width="5" fill="none" stroke-linecap="round"/>`,
  cup: `<path d="M22 40 H70 V62 Q70 82 46 82 Q22 82 22 62 Z" fill="L"/><path d="M70 46 Q86 46 84 58 Q82 68 68 66" stroke="L" stroke-width="6" fill="none"/>
    <ellipse cx="46" cy="88" rx="34" ry="5" fill="L"/><path d="M38 32 Q34 24 40 16 M52 32 Q48 24 54 16" stroke="L" stroke-width="4" fill="none" stroke-linecap="round" opacity=".7"/>`,
  bucket: `<path d="M22 34 H78 L70 90 H30 Z" fill="L"/><path d="M22 34 Q50 -4 78 34" stroke="D" stroke-width="4" fill="none"/>
    <circle cx="40" cy="24" r="6" fill="L" opacity=".7"/><circle cx="58" cy="18" r="4" fill="L" opacity=".7"/>`,
  capsule: `<g transform="rotate(-40 50 50)"><rect x="20" y="36" width="60" height="28" rx="14" fill="L"/>
    <path d="M50 36 H66 A14 14 0 0 1 66 64 H50 Z" fill="D"/></g>${pill(18, 72)}${pill(70, 12)}`,
  blister: `<rect x="16" y="14" width="68" height="72" rx="6" fill="L"/>
    <g fill="D" opacity=".6">${[30, 50, 70].map((y) => `<circle cx="36" cy="${y}" r="7"/><circle cx="64" cy="${y}" r="7"/>`).join('')}</g>`,
  babyBottle: `<path d="M44 6 Q50 2 56 6 L58 18 H42 Z" fill="L"/><rect x="36" y="18" width="28" height="8" rx="2" fill="D"/>
    <rect x="34" y="26" width="32" height="64" rx="10" fill="L"/><path d="M40 44 H50 M40 56 H50 M40 68 H50" stroke="D" stroke-width="3"/>`,
  firstAid: `<rect x="14" y="28" width="72" height="56" rx="6" fill="L"/><path d="M38 28 V18 H62 V28" stroke="L" stroke-width="5" fill="none"/>
    <path d="M50 42 V70 M36 56 H64" stroke="D" stroke-width="9"/>`,
  tube: `<path d="M34 14 H66 L62 78 H38 Z" fill="L"/><rect x="42" y="78" width="16" height="12" rx="2" fill="D"/>
    <rect x="40" y="30" width="20" height="30" rx="3" fill="D" opacity=".5"/>`,
  bread: `<path d="M14 56 Q10 30 32 28 Q50 20 68 28 Q90 30 86 56 V84 H14 Z" fill="L"/>
    <path d="M32 40 L40 50 M48 38 L56 48 M64 40 L72 50" stroke="D" stroke-width="4" stroke-linecap="round"/>`,
  plate: `<ellipse cx="50" cy="60" rx="42" ry="26" fill="L"/><ellipse cx="50" cy="58" rx="30" ry="16" fill="D" opacity=".3"/>
    <circle cx="40" cy="54" r="8" fill="D"/><circle cx="58" cy="56" r="6" fill="L"/>`,
  pot: `<path d="M14 42 H86 Q88 86 50 88 Q12 86 14 42 Z" fill="L"/><rect x="10" y="36" width="80" height="8" rx="4" fill="D"/>
    <path d="M30 36 Q50 16 70 36" fill="L"/><circle cx="50" cy="20" r="5" fill="L"/>`,
  burger: `<path d="M16 44 Q18 16 50 16 Q82 16 84 44 Z" fill="L"/><rect x="14" y="48" width="72" height="10" rx="4" fill="D"/>
    <path d="M14 62 H86 L80 68 L72 62 L64 68 L56 62 L48 68 L40 62 L32 68 L24 62 Z" fill="L" opacity=".7"/>
    <path d="M16 72 H84 Q84 86 70 86 H30 Q16 86 16 72 Z" fill="L"/>`,
  samosa: `<path d="M50 14 L88 84 H12 Z" fill="L" stroke-linejoin="round"/><path d="M50 14 L50 84" stroke="D" stroke-width="3" opacity=".4"/>
    <path d="M24 76 Q50 70 76 76" stroke="D" stroke-width="3" fill="none" opacity=".4"/>`,
  sweets: `<g fill="L"><circle cx="32" cy="58" r="16"/><circle cx="68" cy="58" r="16"/><circle cx="50" cy="36" r="16"/></g>
    <path d="M8 64 H92 Q88 90 50 90 Q12 90 8 64 Z" fill="D"/>`,
  headphones: `<path d="M20 60 V48 Q20 16 50 16 Q80 16 80 48 V60" stroke="L" stroke-width="7" fill="none"/>
    <rect x="12" y="52" width="18" height="32" rx="6" fill="L"/><rect x="70" y="52" width="18" height="32" rx="6" fill="L"/>`,
  fan: `<circle cx="50" cy="40" r="32" fill="none" stroke="L" stroke-width="4"/>
    <g fill="L"><ellipse cx="50" cy="24" rx="8" ry="14"/><ellipse cx="36" cy="48" rx="8" ry="14" transform="rotate(120 36 48)"/>
    <ellipse cx="64" cy="48" rx="8" ry="14" transform="rotate(240 64 48)"/></g><circle cx="50" cy="40" r="5" fill="D"/>
    <path d="M50 72 V86 M32 88 H68" stroke="L" stroke-width="6" stroke-linecap="round"/>`,
  bulb: `<path d="M50 10 Q78 10 78 38 Q78 54 62 64 V72 H38 V64 Q22 54 22 38 Q22 10 50 10 Z" fill="L"/>
    <rect x="38" y="74" width="24" height="6" rx="2" fill="D"/><rect x="40" y="82" width="20" height="6" rx="2" fill="D"/>
    <path d="M42 50 L46 40 L50 50 L54 40 L58 50" stroke="D" stroke-width="2.5" fill="none"/>`,
  phone: `<rect x="28" y="8" width="44" height="84" rx="8" fill="L"/><rect x="33" y="18" width="34" height="58" rx="2" fill="D"/>
    <circle cx="50" cy="84" r="3.5" fill="D"/>`,
  shoe: `<path d="M10 70 V48 Q12 40 22 42 L40 50 Q62 54 82 62 Q92 66 90 78 H10 Z" fill="L"/>
    <path d="M8 80 H92" stroke="D" stroke-width="5"/><path d="M28 46 L34 56 M36 48 L42 58" stroke="D" stroke-width="2.5"/>`,
  shirt: `<path d="M36 12 L14 24 L6 46 L20 52 L24 42 V90 H76 V42 L80 52 L94 46 L86 24 L64 12 Q50 24 36 12 Z" fill="L"/>
    <path d="M50 24 V90" stroke="D" stroke-width="2"/><g fill="D"><circle cx="50" cy="40" r="2.5"/><circle cx="50" cy="56" r="2.5"/><circle cx="50" cy="72" r="2.5"/></g>`,
  dress: `<path d="M38 8 V20 Q38 30 32 36 L14 90 H86 L68 36 Q62 30 62 20 V8 Q50 16 38 8 Z" fill="L"/>
    <path d="M32 38 H68" stroke="D" stroke-width="4"/>`,
  tshirt: `<path d="M36 18 L16 28 L10 44 L24 48 L26 42 V84 H74 V42 L76 48 L90 44 L84 28 L64 18 Q50 30 36 18 Z" fill="L"/>
    <circle cx="50" cy="56" r="8" fill="D"/>`,
  bricks: `<g fill="L" stroke="D" stroke-width="2.5"><rect x="10" y="62" width="38" height="20"/><rect x="52" y="62" width="38" height="20"/>
    <rect x="30" y="40" width="38" height="20"/><rect x="40" y="18" width="38" height="20" transform="rotate(-10 59 28)"/></g>`,
  paint: `<path d="M20 30 H80 V84 Q80 90 74 90 H26 Q20 90 20 84 Z" fill="L"/><ellipse cx="50" cy="30" rx="30" ry="6" fill="D"/>
    <path d="M30 30 V48 Q30 54 34 54 Q38 54 38 48 V32" fill="D"/><rect x="30" y="58" width="40" height="18" rx="3" fill="D" opacity=".5"/>`,
  tap: `<rect x="10" y="30" width="20" height="22" rx="3" fill="L"/><path d="M30 36 H62 Q76 36 76 50 V62" stroke="L" stroke-width="12" fill="none"/>
    <rect x="44" y="16" width="6" height="20" fill="L"/><rect x="34" y="12" width="26" height="6" rx="3" fill="L"/>
    <path d="M76 72 Q72 80 76 84 Q80 80 76 72 Z" fill="L"/>`,
  hammer: `<rect x="46" y="36" width="10" height="56" rx="4" fill="L" transform="rotate(-30 51 64)"/>
    <path d="M20 26 L56 10 L70 36 L34 52 Z" fill="L"/><path d="M56 10 L70 36" stroke="D" stroke-width="3"/>`,
} as const;

export type ShapeName = keyof typeof shapes;
