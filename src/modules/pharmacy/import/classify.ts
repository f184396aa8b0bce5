import type { PrescriptionClass } from '../pharmacy.tables.ts';
import { CONTROLLED_GENERICS, OTC_GENERICS } from './otc-list.ts';

export type Classification = { prescriptionClass: PrescriptionClass; reason: string };

/** What the rules look at: the generic's name and drug class (generics file) and the brand's form. */
export type ClassifyInput = { genericName: string; drugClass: string | null; dosageForm: string };

/** Salts whose first word is on the list but that treat something else (kidney, cancer). */
const NOT_OTC = [
  'calcium dobesilate',
  'calcium polystyrene',
  'calcium folinate',
  'calcium acetate',
  'magnesium sulfate',
  'magnesium sulphate',
  'potassium chloride',
  'sodium bicarbonate',
];

/** Forms that act on the skin, eye, ear, nose, mouth or vagina rather than the whole body. */
const LOCAL_FORM =
  /cream|ointment|\bgel\b|lotion|shampoo|soap|scrub|\bbar\b|ophthalmic|\beye\b|ocular|\bear\b|nasal|topical|spray|vaginal|pessary|mouthwash|scalp|hand rub|muscle rub|dental|lacquer|patch|rectal|irrigation|intravitreal|intracameral/i;
/** Forms never sold over the counter, whatever the generic. */
const PARENTERAL_FORM = /injection|infusion|vial|ampoule|dialysis|viscoelastic|intratracheal/i;

/** Drug classes (the generics file's `drug_class`) of systemic antimicrobials. */
const ANTIMICROBIAL_CLASS =
  /cephalosporin|penicillin|macrolide|quinolone|tetracycline|aminoglycoside|beta-lactam|carbapenem|glycopeptide|mecillinam|sulphonamide|anti-tubercular|antibacterial|antibiotic|urinary anti- ?infective|anti-viral|antiviral|retroviral|hepatic viral|herpes simplex|respiratory viral|antifungal|anti-fungal|echinocandin|anti-malarial|amoebicide|leishmanicide|anti-protozoal|anti h\. pylori|anti-diarrhoeal antimicrobial|anti-diarrhoeal antiprotozoal/i;
/** Drug classes of controlled medicines. */
const CONTROLLED_CLASS =
  /benzodiazepine hypnotic|benzodiazepine sedative|(?<!non )opioid analgesic|miscellaneous sedatives & hypnotics/i;
/** Herbal (Unani, Ayurvedic) products and nutraceuticals, sold over the counter. */
const HERBAL_CLASS = /^herbal and nutraceuticals$/i;

const ANTIMICROBIAL_SUFFIXES = [
  'cillin',
  'mycin',
  'micin',
  'kacin',
  'floxacin',
  'cycline',
  'penem',
  'vir',
  'conazole',
  'fungin',
  'nidazole',
];
const ANTIMICROBIAL_PREFIXES = ['cef', 'ceph', 'sulfa', 'sulpha'];
const ANTIMICROBIAL_NAMES = new Set([
  'trimethoprim',
  'nitrofurantoin',
  'linezolid',
  'colistin',
  'polymyxin',
  'rifampicin',
  'rifaximin',
  'rifapentine',
  'isoniazid',
  'ethambutol',
  'pyrazinamide',
  'bedaquiline',
  'aztreonam',
  'terbinafine',
  'griseofulvin',
  'amphotericin',
  'nystatin',
  'chloroquine',
  'hydroxychloroquine',
  'artemether',
  'lumefantrine',
  'quinine',
  'primaquine',
  'mefloquine',
  'nitazoxanide',
  'clofazimine',
  'dapsone',
  'chloramphenicol',
  'fusidic',
  'pivmecillinam',
]);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The components of a combination: "Paracetamol + Caffeine" → two; brackets dropped. */
export function genericComponents(genericName: string): string[] {
  return genericName
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .split(/\+|,|&|\band\b/i)
    .map((c) => wordsOf(c).join(' '))
    .filter(Boolean);
}

/** Whether a stem ("folic acid", "iron") starts a word of `phrase` (so "iron" misses "spironolactone"). */
function hasStem(phrase: string, stem: string): boolean {
  return ` ${phrase}`.includes(` ${stem}`);
}

function antimicrobialWord(genericName: string): string | undefined {
  return wordsOf(genericName).find(
    (w) =>
      ANTIMICROBIAL_NAMES.has(w) ||
      ANTIMICROBIAL_SUFFIXES.some((s) => w.endsWith(s) && w.length > s.length + 2) ||
      ANTIMICROBIAL_PREFIXES.some((p) => w.startsWith(p) && w.length > p.length + 3),
  );
}

/**
 * The prescription class of a master entry: controlled drugs and systemic antimicrobials are
 * `rx_strict`; generics all of whose components are on the over-the-counter list (otc-list.ts),
 * in a form not injected, are `otc`; everything else `rx`. The reason says which rule decided.
 */
export function classifyMedicine(input: ClassifyInput): Classification {
  const generic = input.genericName.toLowerCase();
  const drugClass = input.drugClass ?? '';
  const form = input.dosageForm;

  const controlled = CONTROLLED_GENERICS.find((c) => hasStem(wordsOf(generic).join(' '), c));
  if (controlled) {
    return { prescriptionClass: 'rx_strict', reason: `controlled drug (${controlled})` };
  }
  if (CONTROLLED_CLASS.test(drugClass)) {
    return { prescriptionClass: 'rx_strict', reason: `controlled drug (${drugClass})` };
  }
  const local = LOCAL_FORM.test(form);
  if (!local) {
    if (ANTIMICROBIAL_CLASS.test(drugClass)) {
      return { prescriptionClass: 'rx_strict', reason: `systemic antimicrobial (${drugClass})` };
    }
    const word = antimicrobialWord(generic);
    if (word) return { prescriptionClass: 'rx_strict', reason: `systemic antimicrobial (${word})` };
  }
  if (!PARENTERAL_FORM.test(form)) {
    const components = genericComponents(input.genericName);
    const onList = components.map((c) =>
      NOT_OTC.some((stem) => c.startsWith(stem))
        ? undefined
        : OTC_GENERICS.find(
            (stem) =>
              c === stem || c.startsWith(`${stem} `) || (stem.length > 5 && c.startsWith(stem)),
          ),
    );
    if (HERBAL_CLASS.test(drugClass)) {
      return { prescriptionClass: 'otc', reason: 'herbal or nutraceutical' };
    }
    if (components.length > 0 && onList.every(Boolean)) {
      return {
        prescriptionClass: 'otc',
        reason: `over-the-counter list (${[...new Set(onList)].join(', ')})`,
      };
    }
  }
  return { prescriptionClass: 'rx', reason: 'not on the over-the-counter list' };
}
