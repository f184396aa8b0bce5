/**
 * Concept features: words of one meaning in the three languages (দাম, dam, price) fire one shared
 * feature, so what the classifier learns from one language carries to the others and to phrasings
 * the training file does not hold. Bengali and Banglish words match by phonetic key, English words
 * by spelling; English phrases match the normalized text.
 */
import { GROCERY_SYNONYMS, singularizeEnglish } from '../../search/index.ts';
import { wordKey, type EngineToken } from './text.ts';

// prettier-ignore
const CONCEPTS: Record<string, { words: string; en: string; phrases?: string[] }> = {
  price: { words: 'দাম দামটা দামে দামের কত কতো রেট প্রাইস dam daam damta damer koto kto rate', en: 'price prices cost costs rate much pricing' , phrases: ['how much'] },
  cheap: { words: 'সস্তা সস্তায় সস্তার কম কমে ডিসকাউন্ট sosta shosta sostay kom kome discount', en: 'cheap cheaper cheapest less lower budget discount affordable inexpensive lowest' },
  expensive: { words: 'বেশি দামি দামী beshi dami', en: 'expensive costly pricey' },
  where: { words: 'কোথায় কোথা কই kothay kothai koi kotay', en: 'where wheres' },
  near: { words: 'কাছে কাছাকাছি আশেপাশে নিকটে কাছের kache kase kacher kachakachi ashepashe aspase', en: 'near nearby around closest close nearest' },
  have: { words: 'আছে আছেন পাবো পাব পাওয়া পাই ache ase ace achhe pabo paabo pawa paowa pai', en: 'have available availability stock sell' },
  want: { words: 'চাই লাগবে দরকার নিব নেব নিবো chai lagbe dorkar nibo nebo nib', en: 'want need wanna like' },
  give: { words: 'দাও দেন দিন দিও দেও dao den din dio deo', en: 'give' },
  add: { words: 'যোগ এড অ্যাড রাখো রাখেন jog add rakho rakhen', en: 'add put include' },
  cart: { words: 'কার্ট ব্যাগ ব্যাগে কার্টে ঝুড়ি cart bag jhuri', en: 'cart bag basket trolley' },
  count: { words: 'টা টি টো ta ti to', en: 'piece pieces pcs' },
  order: { words: 'অর্ডার অর্ডারটা অর্ডারের পার্সেল প্যাকেট order ordar parcel', en: 'order orders parcel package' },
  track: { words: 'ট্র্যাক স্ট্যাটাস অবস্থা খবর track status obostha khobor', en: 'track tracking status update' },
  arrive: { words: 'আসবে পৌঁছাবে আসেনি ashbe asbe pouchabe ashenai', en: 'arrive arrives reach come came received receive dispatched shipped' },
  cancel: { words: 'বাতিল ক্যানসেল ক্যান্সেল batil cancel cancle', en: 'cancel cancelled canceled cancellation withdraw' },
  checkout: { words: 'চেকআউট কনফার্ম checkout confirm', en: 'checkout confirm proceed place purchase finalize submit finish complete' },
  pay: { words: 'পেমেন্ট পে বিকাশ নগদ রকেট কার্ড payment pay bkash bikash nagad rocket card', en: 'pay payment paid bkash nagad rocket card' },
  money: { words: 'টাকা টাকাটা taka takata tk', en: 'money amount' },
  deducted: { words: 'কেটেছে কেটে কাটা কেটেছে ketese kete ketse ketche', en: 'deducted charged debited taken' },
  refund: { words: 'রিফান্ড ফেরত refund ferot ferat', phrases: ['money back'], en: 'refund refunded back refunds' },
  twice: { words: 'দুইবার দুবার ডাবল duibar dubar double', en: 'twice double' },
  delivery: { words: 'ডেলিভারি শিপিং পাঠাতে delivery shipping pathate', en: 'delivery deliver shipping ship' },
  fee: { words: 'চার্জ ফি খরচ charge fee khoroch', en: 'charge fee fees cost' },
  time: { words: 'কখন কবে কতক্ষণ কতক্ষণে কত দিনে সময় kokhon kobe kotokhon somoy', en: 'when time long soon days hours today tomorrow tonight minutes hour within' },
  open: { words: 'খোলা খোলে বন্ধ khola khole bondho', en: 'open opens close closes closing hours' },
  shop: { words: 'দোকান দোকানে দোকানের দোকানটা শপ ফার্মেসি সুপারশপ dokan dokane dokaner shop pharmacy', en: 'shop shops store stores pharmacy supermarket seller market bakery bakeries butcher outlet' },
  complaint: { words: 'অভিযোগ কমপ্লেইন সমস্যা খারাপ পচা ভাঙা নষ্ট ভুল লেট দেরি complain complaint problem kharap poca pocha vanga bhanga nosto vul bhul late deri faltu baje', en: 'complaint complain problem bad rotten broken damaged spoiled wrong late rude terrible worst missing cheated expired torn fake overcharged misbehaved misbehave leaking leak poor dirty stale' },
  human: { words: 'মানুষ মানুষের এজেন্ট কাস্টমার সাপোর্ট প্রতিনিধি manush manusher agent customer support protinidhi', phrases: ['customer care', 'customer service'], en: 'human person agent representative support someone somebody people staff helpline operator manager executive hotline' },
  talk: { words: 'কথা বলতে যোগাযোগ কল kotha bolte jogajog call', en: 'talk speak contact call chat connect' },
  bot: { words: 'বট রোবট bot robot', en: 'bot robot machine' },
  medicine: { words: 'ওষুধ ঔষধ ট্যাবলেট ক্যাপসুল সিরাপ oshudh osudh oshud tablet capsule syrup', en: 'medicine medicines tablet tablets capsule syrup drug drugs pill pills antibiotic antibiotics antacid' },
  generic: { words: 'জেনেরিক বিকল্প প্রেসক্রিপশন কোম্পানি generic bikolpo prescription company', en: 'generic prescription manufacturer company alternative brands substitute' },
  symptom: { words: 'জ্বর ব্যথা কাশি ঠান্ডা গ্যাস্ট্রিক প্রেশার ডায়াবেটিস এলার্জি পেট jor jwor betha batha kashi thanda gastric pressure diabetes allergy pet', en: 'fever pain headache cough cold gastric pressure diabetes allergy stomach sick ache toothache vomiting diarrhea vomit vomiting dizzy itching rash pregnancy pregnant sleeping insomnia infection throat' },
  take: { words: 'খাবো খাব খাওয়া খেতে খাওয়ার দিব ডোজ khabo khawa khete khawar dose', en: 'take taking dose dosage eat should' },
  policy: { words: 'পলিসি নিয়ম রিটার্ন policy niyom return', en: 'policy policies rules return returns exchange replace replacement warranty terms conditions minimum' },
  account: { words: 'একাউন্ট অ্যাকাউন্ট পাসওয়ার্ড লগইন account password login', en: 'account password login signup register profile' },
  info: { words: 'বিস্তারিত মেয়াদ সাইজ ব্র্যান্ড উপাদান ডিটেইলস details meyad size brand upadan', en: 'details detail expiry size brand ingredients made information info colour color weight weigh flavour flavours flavor ingredient halal organic imported quality sizes' },
  thanks: { words: 'ধন্যবাদ থ্যাংকস শুকরিয়া dhonnobad thanks shukria sukriya', en: 'thanks thank thx ty appreciate appreciated cheers tks thnx thanx tnx tysm thanku' },
  bye: { words: 'বিদায় হাফেজ বাই টাটা bye hafez tata', phrases: ['take care', 'signing off', 'see you'], en: 'bye goodbye later night cya ttyl gn byee goodnight' },
  hello: { words: 'হ্যালো সালাম আসসালামু হাই হেলো hello salam assalamualaikum hi', phrases: ['good morning', 'good evening', 'good afternoon', 'good day'], en: 'hello hi hey greetings yo hiya howdy sup salam assalamualaikum hlw helo hii heyy gm' },
  question: { words: 'কি কী ki', en: 'what which how is are does do can' },
  rider: { words: 'রাইডার rider', en: 'rider courier deliveryman', phrases: ['delivery man', 'delivery guy', 'delivery boy'] },
  failed: { words: 'ফেইল fail', en: 'fail failed failing declined error stuck pending unsuccessful' },
  offtopic: { words: 'আবহাওয়া গান খেলা চাকরি বিয়ে জোকস abohawa gan khela chakri biye jokes', en: 'weather joke jokes song songs music movie movies news politics cricket football match score job girlfriend boyfriend marry love essay assignment homework math physics capital bitcoin facebook game poem history interesting favourite favorite holiday dollar translate quantum' },
  mine: { words: 'আমার amar', en: 'my mine' },
  this: { words: 'এটা এটার ওটা ওটার ওইটা এইটা eta etar ota otar oita eita', en: 'this that it one' },
};

const keyConcepts = new Map<string, string[]>();
const rawConcepts = new Map<string, string[]>();
const phraseConcepts: [string, string][] = [];
for (const [name, c] of Object.entries(CONCEPTS)) {
  for (const w of c.words.split(/\s+/).filter(Boolean)) {
    const k = wordKey(w);
    keyConcepts.set(k, [...(keyConcepts.get(k) ?? []), name]);
  }
  for (const w of c.en.split(/\s+/).filter(Boolean)) {
    rawConcepts.set(w, [...(rawConcepts.get(w) ?? []), name]);
  }
  for (const p of c.phrases ?? []) phraseConcepts.push([p, name]);
}

// prettier-ignore
/** Common medicine brand and generic names in Bangladesh (a product word, not a symptom). */
const MEDICINES =
  'napa ace seclo sergel fexo monas histacin maxpro losectil alatrol omeprazole esomeprazole ' +
  'paracetamol azithromycin metronidazole ranitidine calbo digene antacid flagyl zimax tufnil ' +
  'cef3 ciprocin amodis orsaline saline filwel neotack pantonix nexum rupa fenadin deslor ' +
  'montene ketorolac tofen renova bextram entacyd viodin napaextra xinc zinc cetirizine ' +
  'নাপা এইস সেকলো সারজেল ফেক্সো মোনাস হিস্টাসিন ম্যাক্সপ্রো প্যারাসিটামল ওমিপ্রাজল ' +
  'অ্যাজিথ্রোমাইসিন মেট্রোনিডাজল রেনিটিডিন ক্যালবো ডাইজিন স্যালাইন ফ্লাজিল জিম্যাক্স অ্যান্টাসিড';
const grocery = new Set<string>();
for (const [english, bengali] of GROCERY_SYNONYMS) {
  for (const e of english)
    for (const w of e.split(' ')) grocery.add(`raw:${singularizeEnglish(w)}`);
  for (const b of bengali) for (const w of b.split(' ')) grocery.add(wordKey(w));
  for (const e of english) if (!e.includes(' ')) grocery.add(wordKey(e));
}
const medicines = new Set(MEDICINES.split(/\s+/).map((w) => wordKey(w)));

/** A grocery or medicine word the search vocabulary knows (ডিম, dim, eggs, napa). */
export function isProductWord(t: EngineToken): boolean {
  if (t.kind !== 'bn' && t.kind !== 'latin') return false;
  return (
    medicines.has(t.key) ||
    grocery.has(t.key) ||
    (t.kind === 'latin' && grocery.has(`raw:${singularizeEnglish(t.text)}`))
  );
}

/** Concept features of an utterance (as `k:name`), plus the kinds of numbers it holds. */
export function conceptFeatures(
  tokens: readonly EngineToken[],
  normalized: string,
  out: Set<string>,
) {
  for (const t of tokens) {
    if (t.kind === 'bn' || t.kind === 'latin') {
      for (const c of keyConcepts.get(t.key) ?? []) out.add(`k:${c}`);
      if (t.kind === 'latin') for (const c of rawConcepts.get(t.text) ?? []) out.add(`k:${c}`);
      if (medicines.has(t.key)) out.add('k:medname');
      else if (grocery.has(t.key) || grocery.has(`raw:${singularizeEnglish(t.text)}`)) {
        out.add('k:grocery');
      }
    } else {
      out.add(`k:#${t.kind}`);
    }
  }
  for (const [p, name] of phraseConcepts) if (normalized.includes(p)) out.add(`k:${name}`);
}
