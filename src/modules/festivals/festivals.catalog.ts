/**
 * The festivals Haat knows: names, kind, the storefront theme and the campaign a seller is offered.
 * Dates are in `calendar.data.ts` (built from public-holiday facts) and `festival_dates` (admins'
 * corrections of moon-dependent dates).
 */
export const festivalKeys = [
  'shab_e_barat',
  'ekushey',
  'ramadan',
  'shab_e_qadr',
  'eid_ul_fitr',
  'independence_day',
  'pohela_boishakh',
  'buddha_purnima',
  'eid_ul_adha',
  'ashura',
  'july_uprising',
  'janmashtami',
  'eid_e_miladunnabi',
  'durga_puja',
  'victory_day',
  'christmas',
] as const;
export type FestivalKey = (typeof festivalKeys)[number];

export const festivalKinds = ['religious', 'national', 'cultural'] as const;
export type FestivalKind = (typeof festivalKinds)[number];

/** The storefront's look for the days around a festival: a class name the web app styles. */
export const festivalThemes = [
  'eid',
  'ramadan',
  'boishakh',
  'puja',
  'national',
  'general',
] as const;
export type FestivalTheme = (typeof festivalThemes)[number];

export type FestivalDefinition = {
  nameBn: string;
  nameEn: string;
  kind: FestivalKind;
  theme: FestivalTheme;
  /** Shopping festival: sellers get a suggested campaign for it (others are only shown). */
  campaign: boolean;
  /** The suggested coupon's percent off. */
  percentOff: number;
  /** Short code stem for the suggested coupon (EID26, BOISHAKH26…). */
  codeStem: string;
};

export const festivals: Record<FestivalKey, FestivalDefinition> = {
  shab_e_barat: {
    nameBn: 'শবে বরাত',
    nameEn: 'Shab-e-Barat',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'BARAT',
  },
  ekushey: {
    nameBn: 'শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস',
    nameEn: 'Ekushey February (International Mother Language Day)',
    kind: 'national',
    theme: 'national',
    campaign: false,
    percentOff: 5,
    codeStem: 'EKUSHEY',
  },
  ramadan: {
    nameBn: 'রমজান',
    nameEn: 'Ramadan',
    kind: 'religious',
    theme: 'ramadan',
    campaign: true,
    percentOff: 10,
    codeStem: 'RAMADAN',
  },
  shab_e_qadr: {
    nameBn: 'শবে কদর',
    nameEn: 'Shab-e-Qadr',
    kind: 'religious',
    theme: 'ramadan',
    campaign: false,
    percentOff: 5,
    codeStem: 'QADR',
  },
  eid_ul_fitr: {
    nameBn: 'ঈদুল ফিতর',
    nameEn: 'Eid-ul-Fitr',
    kind: 'religious',
    theme: 'eid',
    campaign: true,
    percentOff: 15,
    codeStem: 'EIDFITR',
  },
  independence_day: {
    nameBn: 'স্বাধীনতা ও জাতীয় দিবস',
    nameEn: 'Independence Day',
    kind: 'national',
    theme: 'national',
    campaign: true,
    percentOff: 10,
    codeStem: 'FREEDOM',
  },
  pohela_boishakh: {
    nameBn: 'পহেলা বৈশাখ',
    nameEn: 'Pohela Boishakh',
    kind: 'cultural',
    theme: 'boishakh',
    campaign: true,
    percentOff: 14,
    codeStem: 'BOISHAKH',
  },
  buddha_purnima: {
    nameBn: 'বুদ্ধ পূর্ণিমা',
    nameEn: 'Buddha Purnima',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'PURNIMA',
  },
  eid_ul_adha: {
    nameBn: 'ঈদুল আজহা',
    nameEn: 'Eid-ul-Adha',
    kind: 'religious',
    theme: 'eid',
    campaign: true,
    percentOff: 12,
    codeStem: 'EIDADHA',
  },
  ashura: {
    nameBn: 'আশুরা',
    nameEn: 'Ashura',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'ASHURA',
  },
  july_uprising: {
    nameBn: 'জুলাই গণঅভ্যুত্থান দিবস',
    nameEn: 'July Mass Uprising Day',
    kind: 'national',
    theme: 'national',
    campaign: false,
    percentOff: 5,
    codeStem: 'JULY',
  },
  janmashtami: {
    nameBn: 'শুভ জন্মাষ্টমী',
    nameEn: 'Janmashtami',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'JANMA',
  },
  eid_e_miladunnabi: {
    nameBn: 'ঈদে মিলাদুন্নবী (সা.)',
    nameEn: 'Eid-e-Miladunnabi',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'MILAD',
  },
  durga_puja: {
    nameBn: 'দুর্গাপূজা',
    nameEn: 'Durga Puja',
    kind: 'religious',
    theme: 'puja',
    campaign: true,
    percentOff: 12,
    codeStem: 'PUJA',
  },
  victory_day: {
    nameBn: 'বিজয় দিবস',
    nameEn: 'Victory Day',
    kind: 'national',
    theme: 'national',
    campaign: true,
    percentOff: 16,
    codeStem: 'BIJOY',
  },
  christmas: {
    nameBn: 'বড়দিন',
    nameEn: 'Christmas',
    kind: 'religious',
    theme: 'general',
    campaign: false,
    percentOff: 5,
    codeStem: 'XMAS',
  },
};
