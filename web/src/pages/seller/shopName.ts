import type { Shop } from '../../api/types';

export function shopName(shop: Pick<Shop, 'nameBn' | 'nameEn'>, lang: string) {
  return lang === 'en' ? shop.nameEn || shop.nameBn : shop.nameBn || shop.nameEn;
}
