export type Role = 'customer' | 'seller' | 'admin';
export type Locale = 'bn' | 'en';

export type User = {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  role: Role;
  locale: Locale;
  phoneVerified: boolean;
  emailVerified: boolean;
  createdAt: string;
};

export type Session = { user: User; accessToken: string; refreshToken: string; expiresIn: number };

export type PlaceLevel = 'division' | 'district' | 'upazila' | 'area';
/** The gazetteer's ids are integers today; the UI only passes them back, so either works. */
export type PlaceId = number | string;
export type Place = {
  id: PlaceId;
  level: PlaceLevel;
  parentId: PlaceId | null;
  nameEn: string;
  nameBn: string;
  lat: number | null;
  lng: number | null;
};

export const shopTypes = [
  'grocery',
  'pharmacy',
  'restaurant',
  'electronics',
  'hardware',
  'fashion',
  'other',
] as const;
export type ShopType = (typeof shopTypes)[number];
export type ShopStatus = 'pending' | 'approved' | 'rejected' | 'suspended';
export type OpeningHours = { day: number; open: string; close: string };

export type Shop = {
  id: string;
  ownerId: string;
  nameBn: string;
  nameEn: string;
  slug: string;
  type: ShopType;
  phone: string;
  address: string;
  placeId: PlaceId | null;
  lat: number;
  lng: number;
  openingHours: OpeningHours[];
  deliveryRadiusM: number;
  tradeLicence: string | null;
  drugLicence: string | null;
  status: ShopStatus;
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
};

export type ShopInput = Omit<
  Shop,
  | 'id'
  | 'ownerId'
  | 'slug'
  | 'status'
  | 'rejectionReason'
  | 'createdAt'
  | 'updatedAt'
  | 'tradeLicence'
  | 'drugLicence'
> & { tradeLicence?: string | null; drugLicence?: string | null };

export type AdminShop = Shop & {
  owner: { id: string; name: string; phone: string | null; email: string | null };
};

export type Page<T> = { items: T[]; nextCursor: string | null };

export type DevMail = {
  id: string | number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
};
export type DevSms = { id: string | number; to: string; body: string; createdAt: string };

export type PublicConfig = { mapTileUrl: string; locales: string[]; defaultLocale: string };
