import {
  poishaToTaka,
  takaToPoisha,
  type Product,
  type ProductInput,
  type ProductKind,
  type ProductStatus,
  type ProductUnit,
} from '../../api/catalog';
import { toAsciiDigits } from '../../format';

/** Form state of the product editor and its conversion to the API body. */

type AttrType = 'text' | 'int' | 'bool' | 'dosageForm';
export const kindAttributes: Record<
  ProductKind,
  { key: string; type: AttrType; required?: boolean }[]
> = {
  medicine: [
    { key: 'genericName', type: 'text', required: true },
    { key: 'strength', type: 'text' },
    { key: 'dosageForm', type: 'dosageForm' },
    { key: 'manufacturer', type: 'text' },
    { key: 'prescriptionRequired', type: 'bool' },
  ],
  grocery: [
    { key: 'netWeightGrams', type: 'int' },
    { key: 'netVolumeMl', type: 'int' },
    { key: 'origin', type: 'text' },
  ],
  electronics: [
    { key: 'brand', type: 'text' },
    { key: 'model', type: 'text' },
    { key: 'warrantyMonths', type: 'int' },
  ],
  food: [
    { key: 'preparationMinutes', type: 'int' },
    { key: 'vegetarian', type: 'bool' },
    { key: 'spicy', type: 'bool' },
  ],
  general: [],
};

export type VariantForm = {
  /** Saved variant id; null for a new row. */
  id: string | null;
  sku: string;
  label: string;
  price: string;
  compareAtPrice: string;
  lowStockThreshold: string;
  initialStock: string;
};

export type ProductForm = {
  sku: string;
  nameBn: string;
  nameEn: string;
  descriptionBn: string;
  descriptionEn: string;
  categoryId: string;
  kind: ProductKind;
  unit: ProductUnit;
  status: ProductStatus;
  attributes: Record<string, string | boolean>;
  variants: VariantForm[];
};

export function emptyVariant(sku = ''): VariantForm {
  return {
    id: null,
    sku,
    label: '',
    price: '',
    compareAtPrice: '',
    lowStockThreshold: '',
    initialStock: '',
  };
}

export function initialForm(product?: Product): ProductForm {
  if (!product) {
    return {
      sku: '',
      nameBn: '',
      nameEn: '',
      descriptionBn: '',
      descriptionEn: '',
      categoryId: '',
      kind: 'grocery',
      unit: 'piece',
      status: 'active',
      attributes: {},
      variants: [emptyVariant()],
    };
  }
  const attributes: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(product.attributes)) {
    attributes[key] = typeof value === 'boolean' ? value : String(value ?? '');
  }
  return {
    sku: product.sku,
    nameBn: product.nameBn ?? '',
    nameEn: product.nameEn ?? '',
    descriptionBn: product.descriptionBn ?? '',
    descriptionEn: product.descriptionEn ?? '',
    categoryId: product.categoryId ?? '',
    kind: product.kind,
    unit: product.unit,
    status: product.status,
    attributes,
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      label: v.label ?? '',
      price: poishaToTaka(v.price),
      compareAtPrice: v.compareAtPrice == null ? '' : poishaToTaka(v.compareAtPrice),
      lowStockThreshold: String(v.lowStockThreshold),
      initialStock: '',
    })),
  };
}

export type FormProblem = { field: string; key: string };

function int(text: string): number | null {
  const t = toAsciiDigits(text.trim());
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** The kind's attributes, typed; other kinds' values are dropped (the API refuses unknown keys). */
export function attributesFor(form: ProductForm, problems: FormProblem[]) {
  const out: Record<string, unknown> = {};
  for (const { key, type, required } of kindAttributes[form.kind]) {
    const value = form.attributes[key];
    if (type === 'bool') {
      if (typeof value === 'boolean') out[key] = value;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) {
      if (required) problems.push({ field: `attr.${key}`, key: 'productForm.required' });
      continue;
    }
    if (type === 'int') {
      const n = int(text);
      if (n === null) problems.push({ field: `attr.${key}`, key: 'productForm.wholeNumber' });
      else out[key] = n;
    } else {
      out[key] = text;
    }
  }
  return out;
}

export type VariantBody = {
  id: string | null;
  sku: string;
  label: string | null;
  price: number;
  compareAtPrice: number | null;
  lowStockThreshold: number;
  initialStock?: number;
};

/** Checks the form and builds the API body; prices typed in taka become exact poisha. */
export function toBody(
  form: ProductForm,
  shopId: string,
): { body: ProductInput; variants: VariantBody[]; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!form.nameBn.trim() && !form.nameEn.trim()) {
    problems.push({ field: 'nameBn', key: 'productForm.nameRequired' });
  }
  if (!form.sku.trim()) problems.push({ field: 'sku', key: 'productForm.required' });
  const attributes = attributesFor(form, problems);
  const variants: VariantBody[] = form.variants.map((v, i) => {
    const price = takaToPoisha(v.price);
    if (price === null)
      problems.push({ field: `variant.${i}.price`, key: 'productForm.priceInvalid' });
    const compareAt = v.compareAtPrice.trim() ? takaToPoisha(v.compareAtPrice) : null;
    if (v.compareAtPrice.trim() && compareAt === null) {
      problems.push({ field: `variant.${i}.compareAtPrice`, key: 'productForm.priceInvalid' });
    }
    if (!v.sku.trim()) problems.push({ field: `variant.${i}.sku`, key: 'productForm.required' });
    const threshold = v.lowStockThreshold.trim() ? int(v.lowStockThreshold) : 0;
    if (threshold === null) {
      problems.push({ field: `variant.${i}.lowStockThreshold`, key: 'productForm.wholeNumber' });
    }
    const stock = v.initialStock.trim() ? int(v.initialStock) : 0;
    if (stock === null) {
      problems.push({ field: `variant.${i}.initialStock`, key: 'productForm.wholeNumber' });
    }
    return {
      id: v.id,
      sku: v.sku.trim(),
      label: v.label.trim() || null,
      price: price ?? 0,
      compareAtPrice: compareAt,
      lowStockThreshold: threshold ?? 0,
      ...(v.id === null && stock ? { initialStock: stock } : {}),
    };
  });
  const body: ProductInput = {
    shopId,
    sku: form.sku.trim(),
    nameBn: form.nameBn.trim() || null,
    nameEn: form.nameEn.trim() || null,
    descriptionBn: form.descriptionBn.trim() || null,
    descriptionEn: form.descriptionEn.trim() || null,
    categoryId: form.categoryId || null,
    status: form.status,
    unit: form.unit,
    kind: form.kind,
    attributes,
    variants: variants.map(({ id: _id, ...v }) => v),
  };
  return { body, variants, problems };
}
