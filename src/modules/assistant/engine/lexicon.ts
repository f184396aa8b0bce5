/**
 * Word lists for slot extraction. Bengali-script and Banglish words are compared by phonetic key
 * (wordKey), so one entry covers কত, koto and kto alike; English words are compared as spelled.
 */
import { foldBengali } from '../../search/index.ts';
import { wordKey } from './text.ts';

function keys(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => wordKey(w)),
  );
}
/** The exact form of a word: Latin as typed (lowercase), Bengali folded (search's foldBengali). */
export function exactForm(word: string): string {
  return /^[a-z]+$/.test(word) ? word : foldBengali(word);
}
function raw(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Number words; values by key. A word with a built-in classifier (duita, দুটো) also means pieces. */
// prettier-ignore
const NUMBER_SOURCE: [string, number, boolean][] = [
  ['এক', 1, false], ['একটা', 1, true], ['একটি', 1, true], ['ek', 1, false], ['ekta', 1, true],
  ['akta', 1, true], ['ekti', 1, true], ['one', 1, false],
  ['দুই', 2, false], ['দুইটা', 2, true], ['দুটো', 2, true], ['দুটা', 2, true], ['দুটি', 2, true],
  ['dui', 2, false], ['duita', 2, true], ['duto', 2, true], ['duti', 2, true], ['two', 2, false],
  ['তিন', 3, false], ['তিনটা', 3, true], ['তিনটি', 3, true], ['tin', 3, false], ['tinta', 3, true],
  ['three', 3, false], ['চার', 4, false], ['চারটা', 4, true], ['charta', 4, true], ['four', 4, false],
  ['পাঁচ', 5, false], ['পাঁচটা', 5, true], ['pach', 5, false], ['panch', 5, false],
  ['pachta', 5, true], ['panchta', 5, true], ['five', 5, false],
  ['ছয়', 6, false], ['ছয়টা', 6, true], ['choyta', 6, true], ['six', 6, false],
  ['সাত', 7, false], ['সাতটা', 7, true], ['satta', 7, true], ['seven', 7, false],
  ['আট', 8, false], ['আটটা', 8, true], ['eight', 8, false], ['nine', 9, false],
  ['দশ', 10, false], ['দশটা', 10, true], ['dosh', 10, false], ['doshta', 10, true], ['ten', 10, false],
  ['বারো', 12, false], ['বারোটা', 12, true], ['baro', 12, false], ['twelve', 12, false],
  ['বিশ', 20, false], ['twenty', 20, false],
];
/**
 * By exact form (Bengali folded): sound-alike keys would confuse আটা (flour) with আটটা, and the
 * Banglish "ata" with "ota".
 */
export const NUMBER_WORDS = new Map<string, { value: number; pieces: boolean }>(
  NUMBER_SOURCE.map(([w, value, pieces]) => [exactForm(w), { value, pieces }]),
);
/** Fractions that go before a unit: আধা কেজি, half kg, দেড় কেজি, arai kg. */
export const FRACTIONS = new Map<string, number>([
  ...[...keys('আধা আধ adha adh aadha')].map((k) => [k, 0.5] as [string, number]),
  ['half', 0.5],
  ...[...keys('দেড় der dedh')].map((k) => [k, 1.5] as [string, number]),
  ...[...keys('আড়াই arai arhai')].map((k) => [k, 2.5] as [string, number]),
]);

/** Units by spelling (Latin as typed, Bengali by key) → catalog unit. */
// prettier-ignore
const UNIT_SOURCE: [string, string][] = [
  ['kg', 'kg'], ['kgs', 'kg'], ['kilo', 'kg'], ['keji', 'kg'], ['kezi', 'kg'], ['kilogram', 'kg'], ['কেজি', 'kg'],
  ['g', 'g'], ['gm', 'g'], ['gms', 'g'], ['gram', 'g'], ['grams', 'g'], ['গ্রাম', 'g'],
  ['l', 'litre'], ['ltr', 'litre'], ['liter', 'litre'], ['litre', 'litre'], ['liters', 'litre'],
  ['litres', 'litre'], ['litar', 'litre'], ['লিটার', 'litre'],
  ['ml', 'ml'], ['মিলি', 'ml'],
  ['ta', 'piece'], ['ti', 'piece'], ['to', 'piece'], ['টা', 'piece'], ['টি', 'piece'], ['টো', 'piece'],
  ['pc', 'piece'], ['pcs', 'piece'], ['piece', 'piece'], ['pieces', 'piece'], ['pis', 'piece'],
  ['পিস', 'piece'],
  ['dozen', 'dozen'], ['dozon', 'dozen'], ['dojon', 'dozen'], ['dzn', 'dozen'], ['ডজন', 'dozen'],
  ['pack', 'pack'], ['packs', 'pack'], ['packet', 'pack'], ['packets', 'pack'], ['paket', 'pack'],
  ['pkt', 'pack'], ['প্যাকেট', 'pack'], ['পেকেট', 'pack'],
  ['strip', 'strip'], ['strips', 'strip'], ['pata', 'strip'], ['পাতা', 'strip'], ['স্ট্রিপ', 'strip'],
  ['box', 'box'], ['boxes', 'box'], ['baksho', 'box'], ['বক্স', 'box'], ['বাক্স', 'box'],
  ['hali', 'hali'], ['হালি', 'hali'], ['bottle', 'bottle'], ['botol', 'bottle'], ['বোতল', 'bottle'],
];
export const UNIT_WORDS = new Map<string, string>();
for (const [w, unit] of UNIT_SOURCE) {
  UNIT_WORDS.set(/^[a-z]+$/.test(w) ? `raw:${w}` : wordKey(w), unit);
}
/** A unit word in a token: Latin words by spelling, Bengali by key. */
export function unitOf(text: string, key: string, latin: boolean): string | undefined {
  return latin ? UNIT_WORDS.get(`raw:${text}`) : UNIT_WORDS.get(key);
}
/** Units the search tokenizer produces, in the catalog's names. */
export const TOKENIZER_UNITS: Record<string, string> = {
  kg: 'kg',
  g: 'g',
  l: 'litre',
  ml: 'ml',
  pcs: 'piece',
  dozen: 'dozen',
  hali: 'hali',
  pack: 'pack',
};

export const CURRENCY = new Set([
  ...keys('টাকা টাকার টাকায় টাকারও টাকাতে taka takar takay takai tk tkr bdt'),
  'tk',
  'taka',
  'bdt',
]);
export const PRICE_MAX_CUES = new Set([
  ...keys(
    'মধ্যে মধ্য ভিতরে ভেতরে নিচে নীচে কমে কম moddhe moddhe modhe moddhye moidde vitore bhitore niche nice kome kom',
  ),
  ...raw('under below less within max maximum upto budget cheaper than lower'),
]);
export const PRICE_MIN_CUES = new Set([
  ...keys('উপরে ওপরে বেশি বেশী upore opore beshi besi'),
  ...raw('above over more least minimum min higher'),
]);
export const RANGE_CUES = new Set([...keys('থেকে theke hote'), ...raw('to between and')]);

/** Medicine strengths people say without a unit ("napa 500", "seclo 20"): taken as mg. */
export const BARE_STRENGTHS = new Set([
  5, 10, 20, 25, 40, 50, 75, 100, 120, 150, 200, 250, 300, 400, 500, 625, 650, 665, 1000,
]);

/** Words pointing back at the previous item, by exact form (see NUMBER_WORDS). */
export const ANAPHORA = new Set(
  (
    'ওটা ওটার ওটাই ওইটা ওইটার ওইটাই এটা এটার এটাই এইটা এইটার সেটা সেটার সেটাই ওগুলো এগুলো ওগুলা ' +
    'eta etar etai eita eitar ota otar otai oita oitar oitai seta setar oigula egula ogula ' +
    'it its that those them this these'
  )
    .split(' ')
    .map(exactForm),
);
/** "this one", "same one", "the same": two-word pointers back. */
export const ANAPHORA_PAIRS = new Set([
  'this one',
  'that one',
  'same one',
  'the same',
  'same thing',
]);

/** "my last order", "shesh order", "আমার শেষ অর্ডার", "most recent order" (adjacent words only). */
export const LAST_ORDER_RE =
  /(?:^|[\s,])(?:last|latest|recent|previous|shesh|sesh|shes|ses|sorboshesh|sorbosesh|ager|লাস্ট|শেষ|সর্বশেষ|আগের|সাম্প্রতিক)(?:\s+(?:er|ta|ti|এর))?\s+(?:order|ordar|ordr|অর্ডার)/;
/** Policy topic cues, strongest first. */
export const TOPIC_CUES: [string, Set<string>][] = [
  ['refund', new Set([...keys('রিফান্ড refund refand'), ...raw('refund refunds refunded')])],
  ['cod', new Set([...keys('cod ক্যাশঅন'), ...raw('cod cash-on-delivery cashondelivery')])],
  [
    'return',
    new Set([
      ...keys('ফেরত ফেরৎ রিটার্ন বদল বদলে পাল্টে ferot ferat ferot return bodol bodle palte'),
      ...raw('return returns returning exchange replace replacement'),
    ]),
  ],
  [
    'payment',
    new Set([
      ...keys('পেমেন্ট পেমেন্টের বিকাশ নগদ রকেট কার্ড payment bkash bikash nagad rocket card'),
      ...raw('payment pay paying bkash nagad rocket card visa mastercard upay'),
    ]),
  ],
  [
    'account',
    new Set([
      ...keys('একাউন্ট অ্যাকাউন্ট অ্যাকাউন্টে পাসওয়ার্ড লগইন প্রোফাইল account acount password login'),
      ...raw('account password login signup register profile otp'),
    ]),
  ],
  [
    'delivery',
    new Set([
      ...keys('ডেলিভারি ডেলিভারির delivery deliveri elaka এলাকা এলাকায় জেলা zilla'),
      ...raw('delivery deliver deliveries shipping ship area areas district'),
    ]),
  ],
];
/** "cash on delivery", "ক্যাশ অন ডেলিভারি", "hand cash": COD as a phrase. */
export const COD_PHRASE =
  /cash\s*on\s*delivery|ক্যাশ\s*অন\s*ডেলিভারি|hand\s*cash|হাতে\s*(টাকা|পেমেন্ট|পেয়ে)|hate\s*(peye|taka)|cash\s*e\s*(payment|pay)|\bcod\b|pay\s*(in\s*)?cash|cash\s*when/;
/** English phrases of a return. */
export const RETURN_PHRASE = /take\s*back|send\s*back|give\s*back/;
/** Money words that make "ferot" a refund rather than a return. */
export const MONEY_WORDS = new Set([...keys('টাকা টাকাটা taka takata'), ...raw('money')]);

/** Filler: words that are never part of a product name (Bengali and Banglish by key). */
export const FILLER_KEYS = keys(
  // Bengali script
  'আমি আমার আমাকে আমরা আমাদের তুমি তোমার আপনি আপনার আপনাদের ভাই ভাইয়া ভাইজান আপু দাদা স্যার ' +
    'কাছে কাছাকাছি পাবো পাব পাবো পাওয়া পাওয়া যাবে যায় পাই আছে আছেন আছো নাই নেই কি কী কত কতো ' +
    'দাম দামটা দামে দামের দাম কেমন কোথায় কোথা কোন কোনো কেন কিভাবে কীভাবে দাও দেন দিন দিবেন দিয়ে ' +
    'দেও দিও চাই চাচ্ছি লাগবে লাগে দরকার একটু প্লিজ দয়া করে করুন করো কিনতে কিনব কিনবো খুঁজছি ' +
    'খুজছি দেখাও দেখান দেখি ব্যাগে ব্যাগ কার্টে কার্ট যোগ যুক্ত এড অ্যাড সম্পর্কে বলুন বলো বলেন ' +
    'জানতে জানাও জানান তথ্য বিস্তারিত এর ও আর এবং সাথে সঙ্গে জন্য থেকে হবে হয় তো তাহলে ভালো ' +
    'সস্তা সস্তায় সস্তার দামি দামী আরও আরো কিছু এখন আজ আজকে দোকানে দোকান শপ বাজারে নিকটে আশেপাশে ' +
    'এখানে এইখানে প্রাইস রেট কেজির হ্যালো মেয়াদ সাইজ ব্র্যান্ড কোম্পানি উপাদান বিবরণ আসল ওজন ' +
    'জেনেরিক প্রেসক্রিপশন ছাড়া বিকল্প ওষুধ ঔষধ ট্যাবলেট ক্যাপসুল খবর এটা কিনা নাকি মাল ' +
    'জিনিস পণ্য প্রোডাক্ট একদম পাওয়া যাবে পাওয়া যাচ্ছে বলতে পারবেন কোনটা কোনটার বেশি ' +
    'কেউ মেয়াদোত্তীর্ণ কত কতদিন রকম ধরনের মানে গুলো যাবে অর্ডার দিতে চাই দেন নাও নেব নিব নিবো ' +
    'টাকা টাকার পড়বে পরবে তুলনা রাখো রাখেন রাখুন নাম অন্য চেয়ে হলে হতো সবচেয়ে বাজেট এত ভ্যারিয়েন্ট ' +
    'কোম্পানির তৈরি কিসের একই আশেপাশের কাছের হ্যাঁ হা জি ওকে আচ্ছা ঠিক আছে কিনা দেখো দেখুন ' +
    'টাকায় কতটুকু কয়টা কোনটা কোনটার বলে নিতে কিনে দেখতে এই ওই সেই ' +
    // Banglish
    'ami amar amake apni apnar apnader tumi tomar bhai vai bhaiya vaiya vaia apu bro dada ' +
    'kache kase kachakachi pabo paabo pabu paoa pawa paowa jabe jay pai ache ase ace achhe ' +
    'nai nei ki kii koto kto kt dam daam damta kemon kothay kothai kon keno kivabe dao daw den ' +
    'din diben dio chai chaichi lagbe lage dorkar ektu doya kore koren koro kinte kinbo ' +
    'khujchi khujtesi dekhao dekhan dekhi e te r er o ar ebong sathe shathe jonno theke hobe ' +
    'hoy to tahole valo bhalo shosta sosta dami aro aaro kichu ekhon aj ajke dokane dokan ' +
    'nikote ashepashe ekhane gula gulo bolen bolo bolun janate jante janan tottho mane naki ' +
    'kina kintu mal jinish jinis product item ashe ashbe dorkar medicine oshudh osudh oshud ' +
    'neb nibo nebo nao dite deya deoa kon ta ti ache? beshi kom ' +
    'porbe compare tulona rakho rakhen nam onno cheye hole hoto sobcheye budget eto variant ' +
    'company kiser ek toiri ashepasher kacher ha hya ji ok okay accha thik kina dekho ' +
    'khujtechi khujtesi khujchi khuji koyta konta bole nite kine dekhte ei oi sei',
);
/** English filler words, as spelled (only in utterances with Latin words). */
export const FILLER_RAW = raw(
  'i me my we our you your the a an is are am was be do does did can could would will please ' +
    'pls plz any some near nearby around here there where what whats which how much many ' +
    'price prices cost costs costing of for to in on at with from and or tell show find get need ' +
    'want wanna looking look buy order add put bag cart basket this these about info information ' +
    'details detail give available availability have has got stock sell selling sold today now ' +
    'shop shops store stores cheap cheaper cheapest more less rate quote hey hi hello brother bro ' +
    'sir madam maam kindly expiry date size brand variant variants ingredients weight generic ' +
    'prescription needed require required medicine medicines tablet tablets capsule it its ' +
    'one that thing same other another else alternative alternatives also just only like rs ' +
    'taka tk koto dam ki ache lagbe dao den chai pabo kothay kache e te er r ta ti ' +
    'something things item items product products go per unit each too m s ll re ve d t ' +
    'yes ok okay yeah yep sure compare comparing searching search priced pricey ones expensive ' +
    'good bit nice name company makes made manufactures manufacturer without long keep ' +
    'heavy weight kind type sort check checking still again please thanks anything stuff ' +
    'everything nothing lower higher',
);
