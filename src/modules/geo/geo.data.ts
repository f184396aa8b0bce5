/**
 * The project's own small gazetteer, so a fresh machine can place shops and customers without any
 * import: the 8 divisions, Dhaka district and the Dhaka areas people name when they give an address.
 * Coordinates are approximate centres (about 300 m), enough for "nearest area" and demo shops.
 * `aliases` are other spellings the import may use for the same place (matched by English name).
 */
export type HandWrittenPlace = {
  key: string;
  level: 'division' | 'district' | 'area';
  parentKey: string | null;
  nameEn: string;
  nameBn: string;
  lat: number;
  lng: number;
  aliases?: string[];
};

const division = (
  slug: string,
  nameEn: string,
  nameBn: string,
  lat: number,
  lng: number,
  aliases?: string[],
): HandWrittenPlace => ({
  key: `haat:division:${slug}`,
  level: 'division',
  parentKey: null,
  nameEn,
  nameBn,
  lat,
  lng,
  aliases,
});

const dhakaArea = (
  slug: string,
  nameEn: string,
  nameBn: string,
  lat: number,
  lng: number,
  aliases?: string[],
): HandWrittenPlace => ({
  key: `haat:area:dhaka:${slug}`,
  level: 'area',
  parentKey: 'haat:district:dhaka',
  nameEn,
  nameBn,
  lat,
  lng,
  aliases,
});

export const handWrittenPlaces: HandWrittenPlace[] = [
  division('barishal', 'Barishal', 'বরিশাল', 22.705, 90.37, ['Barisal']),
  division('chattogram', 'Chattogram', 'চট্টগ্রাম', 22.338, 91.832, ['Chattagram', 'Chittagong']),
  division('dhaka', 'Dhaka', 'ঢাকা', 23.728, 90.41),
  division('khulna', 'Khulna', 'খুলনা', 22.82, 89.551),
  division('mymensingh', 'Mymensingh', 'ময়মনসিংহ', 24.754, 90.403),
  division('rajshahi', 'Rajshahi', 'রাজশাহী', 24.37, 88.6),
  division('rangpur', 'Rangpur', 'রংপুর', 25.75, 89.25),
  division('sylhet', 'Sylhet', 'সিলেট', 24.897, 91.871),
  {
    key: 'haat:district:dhaka',
    level: 'district',
    parentKey: 'haat:division:dhaka',
    nameEn: 'Dhaka',
    nameBn: 'ঢাকা',
    lat: 23.75,
    lng: 90.37,
  },
  dhakaArea('gulshan', 'Gulshan', 'গুলশান', 23.786, 90.415),
  dhakaArea('banani', 'Banani', 'বনানী', 23.794, 90.401),
  dhakaArea('baridhara', 'Baridhara', 'বারিধারা', 23.8, 90.421),
  dhakaArea('dhanmondi', 'Dhanmondi', 'ধানমন্ডি', 23.7465, 90.376),
  dhakaArea('mirpur', 'Mirpur', 'মিরপুর', 23.806, 90.368),
  dhakaArea('mohammadpur', 'Mohammadpur', 'মোহাম্মদপুর', 23.766, 90.358),
  dhakaArea('uttara', 'Uttara', 'উত্তরা', 23.874, 90.397),
  dhakaArea('motijheel', 'Motijheel', 'মতিঝিল', 23.733, 90.418),
  dhakaArea('badda', 'Badda', 'বাড্ডা', 23.78, 90.426),
  dhakaArea('rampura', 'Rampura', 'রামপুরা', 23.761, 90.421),
  dhakaArea('farmgate', 'Farmgate', 'ফার্মগেট', 23.757, 90.389),
  dhakaArea('tejgaon', 'Tejgaon', 'তেজগাঁও', 23.769, 90.398),
  dhakaArea('bashundhara', 'Bashundhara', 'বসুন্ধরা', 23.819, 90.44, [
    'Bashundhara R/A',
    'Basundhara R/A',
    'Basundhara Residential Area',
  ]),
  dhakaArea('khilgaon', 'Khilgaon', 'খিলগাঁও', 23.751, 90.426),
  dhakaArea('old-dhaka', 'Old Dhaka (Lalbagh)', 'পুরান ঢাকা (লালবাগ)', 23.719, 90.388, [
    'Lalbagh',
    'Old Dhaka',
  ]),
  dhakaArea('wari', 'Wari', 'ওয়ারী', 23.718, 90.418),
  dhakaArea('jatrabari', 'Jatrabari', 'যাত্রাবাড়ী', 23.71, 90.434),
  dhakaArea('shyamoli', 'Shyamoli', 'শ্যামলী', 23.774, 90.365),
  dhakaArea('malibagh', 'Malibagh', 'মালিবাগ', 23.75, 90.413),
  dhakaArea('moghbazar', 'Moghbazar', 'মগবাজার', 23.749, 90.404, ['Mogbazar']),
  dhakaArea('paltan', 'Paltan', 'পল্টন', 23.736, 90.412),
  dhakaArea('kawran-bazar', 'Kawran Bazar', 'কারওয়ান বাজার', 23.751, 90.393, ['Karwan Bazar']),
  dhakaArea('mohakhali', 'Mohakhali', 'মহাখালী', 23.778, 90.4),
  dhakaArea('lalmatia', 'Lalmatia', 'লালমাটিয়া', 23.756, 90.369),
  dhakaArea('azimpur', 'Azimpur', 'আজিমপুর', 23.727, 90.385),
  dhakaArea('shahbag', 'Shahbag', 'শাহবাগ', 23.738, 90.396),
  dhakaArea('kalabagan', 'Kalabagan', 'কলাবাগান', 23.747, 90.381),
  dhakaArea('khilkhet', 'Khilkhet', 'খিলক্ষেত', 23.83, 90.421),
  dhakaArea('banasree', 'Banasree', 'বনশ্রী', 23.763, 90.438),
  dhakaArea('demra', 'Demra', 'ডেমরা', 23.725, 90.485),
  dhakaArea('agargaon', 'Agargaon', 'আগারগাঁও', 23.778, 90.379),
];

/** Lowercase ASCII letters and digits only: "Bashundhara R/A" → "bashundhara ra" → "bashundharara". */
export function matchName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The project's English spelling of districts whose source spelling differs (the source's stays an
 * alias, so searches and the import still find them).
 */
export const preferredDistrictSpellings: Record<string, string> = {
  Coxsbazar: "Cox's Bazar",
  Barisal: 'Barishal',
  Jhalakathi: 'Jhalokati',
  Chapainawabganj: 'Chapai Nawabganj',
};

/**
 * Other names people type for a place (old English names, common romanisations), by the place's
 * English name. Used only by place search; the stored name stays the official one.
 */
export const placeAliases: Record<string, string[]> = {
  Chattogram: ['Chittagong', 'Chattagram', 'Ctg'],
  Cumilla: ['Comilla', 'Kumilla'],
  Jashore: ['Jessore', 'Jossor'],
  Bogura: ['Bogra'],
  Barishal: ['Barisal'],
  "Cox's Bazar": ['Coxsbazar', 'Coxbazar', 'Kokshobazar'],
  Jhalokati: ['Jhalakathi', 'Jhalakati'],
  'Chapai Nawabganj': ['Chapainawabganj', 'Chapai'],
  Moulvibazar: ['Maulvibazar', 'Moulovibazar'],
  Netrokona: ['Netrakona'],
  Lakshmipur: ['Laxmipur', 'Lokkhipur'],
  Brahmanbaria: ['B Baria', 'Bramonbaria'],
  Narayanganj: ['Narayangonj', 'Narangonj'],
  Kishoreganj: ['Kishorgonj'],
  Sirajganj: ['Sirajgonj'],
  Habiganj: ['Hobiganj'],
  Sunamganj: ['Sunamgonj'],
  Gopalganj: ['Gopalgonj'],
  Manikganj: ['Manikgonj'],
  Munshiganj: ['Munshigonj', 'Bikrampur'],
  Thakurgaon: ['Thakurgao'],
  Naogaon: ['Naogao'],
  Khagrachhari: ['Khagrachari'],
  Gaibandha: ['Gaibanda'],
  Mymensingh: ['Moymonsingh', 'Mymensing'],
  Sylhet: ['Silet'],
  Dhaka: ['Dacca'],
};
