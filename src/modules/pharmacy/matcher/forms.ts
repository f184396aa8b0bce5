/**
 * Dosage forms: the master's ~110 form names folded into a few classes, the words a list uses for
 * them (English abbreviations, Banglish and Bengali script), and how close two classes are.
 */

export type FormClass =
  | 'tablet'
  | 'capsule'
  | 'syrup'
  | 'suspension'
  | 'solution'
  | 'drops'
  | 'injection'
  | 'cream'
  | 'ointment'
  | 'gel'
  | 'lotion'
  | 'suppository'
  | 'inhaler'
  | 'spray'
  | 'powder'
  | 'other';

/** Where the form is used; a line's "eye drop" prefers an ophthalmic entry. */
export type FormSite = 'eye' | 'ear' | 'nasal' | 'pediatric' | 'vaginal' | null;

export type EntryForm = { cls: FormClass; site: FormSite };

/** The class and site of a master dosage form ("Capsule (Delayed Release)" → capsule). */
export function classifyDosageForm(dosageForm: string): EntryForm {
  const f = dosageForm.toLowerCase();
  const site: FormSite = /ophthalmic|eye/.test(f)
    ? 'eye'
    : /\bear\b/.test(f)
      ? 'ear'
      : /nasal/.test(f)
        ? 'nasal'
        : /pediatric|paediatric/.test(f)
          ? 'pediatric'
          : /vaginal/.test(f)
            ? 'vaginal'
            : null;
  const cls: FormClass = /tablet/.test(f)
    ? 'tablet'
    : /inhaler|respirator|nebuliser|for inhalation/.test(f)
      ? 'inhaler'
      : /capsule/.test(f)
        ? 'capsule'
        : /syrup/.test(f)
          ? 'syrup'
          : /drop/.test(f) || (site === 'eye' && /solution|suspension|emulsion/.test(f))
            ? 'drops'
            : /suspension/.test(f)
              ? 'suspension'
              : /injection|infusion/.test(f)
                ? 'injection'
                : /suppositor/.test(f)
                  ? 'suppository'
                  : /ointment/.test(f)
                    ? 'ointment'
                    : /cream/.test(f)
                      ? 'cream'
                      : /gel/.test(f)
                        ? 'gel'
                        : /lotion|shampoo/.test(f)
                          ? 'lotion'
                          : /spray/.test(f)
                            ? 'spray'
                            : /powder|granule|sachet/.test(f)
                              ? 'powder'
                              : /solution|liquid|mouthwash|hand rub|emulsion/.test(f)
                                ? 'solution'
                                : 'other';
  return { cls, site };
}

/** What a word of a line says about the form. */
export type FormWord = { cls?: FormClass; site?: FormSite };

// prettier-ignore
const FORM_WORDS: [FormClass, string[]][] = [
  ['tablet', ['tab', 'tabs', 'tablet', 'tablets', 'tb', 'tbl', 'tabl', 'tablat', 'tablete', 'ট্যাব', 'ট্যাবলেট', 'ট্যাবলেটস', 'টেবলেট', 'টেবলেট', 'ট্যাবলেট', 'বড়ি', 'বড়ি']],
  ['capsule', ['cap', 'caps', 'capsule', 'capsules', 'capsul', 'cp', 'capsol', 'kapsul', 'rotacap', 'rotacaps', 'ক্যাপ', 'ক্যাপসুল', 'ক্যাপসুল', 'ক্যাপসুলস']],
  ['syrup', ['syp', 'syr', 'syrp', 'syrup', 'sirap', 'sirup', 'syrap', 'সিরাপ', 'সিরাপ']],
  ['suspension', ['susp', 'suspension', 'sus', 'suspn', 'সাসপেনশন', 'সাসপেনশন']],
  ['solution', ['sol', 'soln', 'solution', 'liquid', 'সলিউশন']],
  ['drops', ['drop', 'drops', 'dps', 'dp', 'gtt', 'ড্রপ', 'ড্রপস', 'ফোঁটা']],
  ['injection', ['inj', 'injection', 'injections', 'injec', 'amp', 'ampoule', 'ampule', 'vial', 'infusion', 'ইনজেকশন', 'ইঞ্জেকশন', 'ইনজেকশান']],
  ['cream', ['cream', 'crm', 'creme', 'ক্রিম', 'ক্রীম']],
  ['ointment', ['oint', 'ointment', 'ont', 'ointmnt', 'মলম', 'অয়েন্টমেন্ট']],
  ['gel', ['gel', 'jel', 'জেল']],
  ['lotion', ['lotion', 'shampoo', 'লোশন', 'শ্যাম্পু']],
  ['suppository', ['supp', 'supo', 'suppo', 'suppository', 'suppositories', 'সাপোজিটরি', 'সাপোসিটরি']],
  ['inhaler', ['inhaler', 'inh', 'puff', 'nebuliser', 'nebulizer', 'nebulising', 'respirator', 'nebu', 'ইনহেলার', 'নেবুলাইজার']],
  ['spray', ['spray', 'স্প্রে']],
  ['powder', ['powder', 'pwd', 'pdr', 'sachet', 'sachets', 'পাউডার', 'স্যাশে']],
];
// prettier-ignore
const SITE_WORDS: [FormSite, string[]][] = [
  ['eye', ['eye', 'ophthalmic', 'opth', 'চোখের', 'চোখ', 'আই']],
  ['ear', ['ear', 'otic', 'কানের', 'কান']],
  ['nasal', ['nasal', 'nose', 'নাকের', 'নাক', 'নেজাল']],
  ['pediatric', ['ped', 'paed', 'pead', 'pediatric', 'paediatric', 'peds', 'baby', 'শিশু', 'পেডিয়াট্রিক']],
  ['vaginal', ['vaginal', 'vag']],
];

const formWords = new Map<string, FormWord>();
for (const [cls, words] of FORM_WORDS)
  for (const w of words) formWords.set(w.normalize('NFC'), { cls });
for (const [site, words] of SITE_WORDS) {
  for (const w of words) formWords.set(w.normalize('NFC'), { site });
}

/** The form a word names ("syp" → syrup, "চোখের" → eye), if any. */
export function formWord(word: string): FormWord | undefined {
  return formWords.get(word);
}

// prettier-ignore
const RELATED: [FormClass, FormClass, number][] = [
  ['syrup', 'suspension', 0.8], ['syrup', 'solution', 0.75], ['suspension', 'solution', 0.6],
  ['suspension', 'powder', 0.5], ['drops', 'solution', 0.6], ['drops', 'suspension', 0.5],
  ['cream', 'ointment', 0.55], ['cream', 'gel', 0.5], ['ointment', 'gel', 0.45],
  ['cream', 'lotion', 0.45], ['tablet', 'capsule', 0.35], ['spray', 'solution', 0.4],
  ['inhaler', 'capsule', 0.4], ['injection', 'solution', 0.3],
];
const related = new Map<string, number>();
for (const [a, b, s] of RELATED) {
  related.set(`${a}|${b}`, s);
  related.set(`${b}|${a}`, s);
}

/** How well an entry's form fits what the line named: 1 the same class, less for a near one. */
export function formFit(wanted: FormClass, entry: FormClass): number {
  if (wanted === entry) return 1;
  return related.get(`${wanted}|${entry}`) ?? 0.2;
}

/**
 * A tiny preference among equally good entries of a brand with no form named (a list's "Napa 500"
 * is most often the tablet). It orders candidates only: far below the ambiguity margin.
 */
export const FORM_PRIOR: Partial<Record<FormClass, number>> = {
  tablet: 0.006,
  capsule: 0.005,
  syrup: 0.004,
  suspension: 0.003,
};
