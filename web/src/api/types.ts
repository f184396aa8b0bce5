import type { ApiResponse } from './schema';

/** Shapes of the identity, geo and shop answers, from the API description. */
export type User = ApiResponse<'/api/v1/me'>['user'];
export type Role = User['role'];
export type Locale = User['locale'];
export type Session = ApiResponse<'/api/v1/auth/login', 'post'>;

export type Place = ApiResponse<'/api/v1/geo/places'>['items'][number];
export type PlaceId = Place['id'];

export const shopTypes = [
  'grocery',
  'pharmacy',
  'restaurant',
  'electronics',
  'hardware',
  'fashion',
  'other',
] as const satisfies readonly Shop['type'][];
export type Shop = ApiResponse<'/api/v1/shops/{id}'>;
export type ShopType = Shop['type'];
export type ShopStatus = Shop['status'];
export type OpeningHours = Shop['openingHours'][number];

export type AdminShop = ApiResponse<'/api/v1/admin/shops'>['items'][number];
