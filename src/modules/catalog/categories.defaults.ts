/**
 * The default category tree for a Bangladeshi neighbourhood marketplace. Seeded idempotently by
 * slug: an admin's later renames or moves are kept, missing defaults are added.
 */
export type DefaultCategory = {
  slug: string;
  bn: string;
  en: string;
  icon?: string;
  children?: DefaultCategory[];
};

const leaf = (slug: string, bn: string, en: string, icon?: string): DefaultCategory => ({
  slug,
  bn,
  en,
  icon,
});

export const defaultCategories: DefaultCategory[] = [
  {
    slug: 'grocery',
    bn: 'মুদি বাজার',
    en: 'Grocery',
    icon: '🛒',
    children: [
      leaf('rice', 'চাল', 'Rice', '🍚'),
      leaf('flour-atta', 'আটা ও ময়দা', 'Flour & atta', '🌾'),
      leaf('dal', 'ডাল', 'Lentils (dal)', '🫘'),
      leaf('oil', 'তেল', 'Cooking oil', '🛢️'),
      leaf('spices', 'মসলা', 'Spices', '🌶️'),
      leaf('salt-sugar', 'লবণ ও চিনি', 'Salt & sugar', '🧂'),
      leaf('fish', 'মাছ', 'Fish', '🐟'),
      leaf('meat', 'মাংস', 'Meat', '🍗'),
      leaf('eggs', 'ডিম', 'Eggs', '🥚'),
      leaf('vegetables', 'শাকসবজি', 'Vegetables', '🥬'),
      leaf('fruit', 'ফল', 'Fruit', '🍌'),
      leaf('dairy', 'দুধ ও দুগ্ধজাত', 'Milk & dairy', '🥛'),
      leaf('snacks', 'নাস্তা ও বিস্কুট', 'Snacks & biscuits', '🍪'),
      leaf('beverages', 'পানীয়', 'Beverages', '🧃'),
      leaf('tea-coffee', 'চা ও কফি', 'Tea & coffee', '🍵'),
      leaf('household', 'গৃহস্থালি', 'Household & cleaning', '🧴'),
    ],
  },
  {
    slug: 'medicine',
    bn: 'ওষুধ ও স্বাস্থ্য',
    en: 'Medicine & health',
    icon: '💊',
    children: [
      leaf('otc', 'সাধারণ ওষুধ', 'Over-the-counter', '💊'),
      leaf('prescription', 'প্রেসক্রিপশনের ওষুধ', 'Prescription medicine', '📋'),
      leaf('baby-care', 'শিশু যত্ন', 'Baby care', '🍼'),
      leaf('personal-care', 'ব্যক্তিগত যত্ন', 'Personal care', '🧼'),
      leaf('medical-devices', 'চিকিৎসা সরঞ্জাম', 'Medical devices', '🩺'),
      leaf('vitamins', 'ভিটামিন ও সাপ্লিমেন্ট', 'Vitamins & supplements', '🌿'),
    ],
  },
  {
    slug: 'food',
    bn: 'রান্না করা খাবার',
    en: 'Food',
    icon: '🍛',
    children: [
      leaf('biryani', 'বিরিয়ানি ও তেহারি', 'Biryani & tehari', '🍛'),
      leaf('bangla-meals', 'বাংলা খাবার', 'Bangla meals', '🍲'),
      leaf('fast-food', 'ফাস্ট ফুড', 'Fast food', '🍔'),
      leaf('snacks-street', 'ভাজাপোড়া ও চটপটি', 'Street snacks', '🥟'),
      leaf('sweets', 'মিষ্টি', 'Sweets', '🍮'),
      leaf('bakery', 'বেকারি ও কেক', 'Bakery & cakes', '🎂'),
    ],
  },
  {
    slug: 'electronics',
    bn: 'ইলেকট্রনিক্স',
    en: 'Electronics',
    icon: '📱',
    children: [
      leaf('mobile', 'মোবাইল ফোন', 'Mobile phones', '📱'),
      leaf('accessories', 'এক্সেসরিজ', 'Accessories', '🔌'),
      leaf('appliances', 'গৃহস্থালি যন্ত্র', 'Home appliances', '🔦'),
      leaf('electrical', 'বৈদ্যুতিক সামগ্রী', 'Electrical supplies', '💡'),
    ],
  },
  {
    slug: 'hardware',
    bn: 'হার্ডওয়্যার',
    en: 'Hardware',
    icon: '🔧',
    children: [
      leaf('tools', 'যন্ত্রপাতি', 'Tools', '🛠️'),
      leaf('plumbing', 'প্লাম্বিং', 'Plumbing', '🚰'),
      leaf('paint', 'রং', 'Paint', '🎨'),
      leaf('building-materials', 'নির্মাণ সামগ্রী', 'Building materials', '🧱'),
    ],
  },
  {
    slug: 'fashion',
    bn: 'পোশাক ও ফ্যাশন',
    en: 'Fashion',
    icon: '👕',
    children: [
      leaf('men', 'পুরুষদের পোশাক', "Men's clothing", '👔'),
      leaf('women', 'মেয়েদের পোশাক', "Women's clothing", '👗'),
      leaf('kids', 'শিশুদের পোশাক', "Children's clothing", '🧒'),
      leaf('footwear', 'জুতা', 'Footwear', '👟'),
    ],
  },
  {
    slug: 'stationery',
    bn: 'বই ও স্টেশনারি',
    en: 'Books & stationery',
    icon: '📚',
  },
];
