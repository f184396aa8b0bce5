import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { emptyVariant, type VariantForm } from './productForm';

/** The product's variants: label, SKU, price, compare-at price, stock (new ones), low-stock mark. */
export function VariantsFieldset({
  variants,
  sku,
  problem,
  onChange,
}: {
  variants: VariantForm[];
  sku: string;
  problem: (field: string) => string | null;
  onChange: (variants: VariantForm[]) => void;
}) {
  const { t } = useTranslation();
  const setVariant = (index: number, patch: Partial<VariantForm>) =>
    onChange(variants.map((v, i) => (i === index ? { ...v, ...patch } : v)));
  return (
    <fieldset data-testid="variants">
      <legend>{t('productForm.variants')}</legend>
      <p className="hint">{t('productForm.variantsHint')}</p>
      {variants.map((v, i) => (
        <div key={v.id ?? `new-${i}`} className="variant-card" data-testid="variant-row">
          <div className="row">
            <Field
              label={t('productForm.variantLabel')}
              name={`variant-${i}-label`}
              placeholder={t('productForm.variantLabelPlaceholder')}
              value={v.label}
              onChange={(e) => setVariant(i, { label: e.target.value })}
            />
            <Field
              label={t('productForm.variantSku')}
              name={`variant-${i}-sku`}
              value={v.sku}
              error={problem(`variant.${i}.sku`)}
              onChange={(e) => setVariant(i, { sku: e.target.value })}
            />
          </div>
          <div className="row">
            <Field
              label={t('productForm.price')}
              name={`variant-${i}-price`}
              inputMode="decimal"
              value={v.price}
              error={problem(`variant.${i}.price`)}
              onChange={(e) => setVariant(i, { price: e.target.value })}
            />
            <Field
              label={t('productForm.compareAtPrice')}
              name={`variant-${i}-compareAt`}
              inputMode="decimal"
              value={v.compareAtPrice}
              error={problem(`variant.${i}.compareAtPrice`)}
              onChange={(e) => setVariant(i, { compareAtPrice: e.target.value })}
            />
          </div>
          <div className="row">
            {v.id === null && (
              <Field
                label={t('productForm.initialStock')}
                name={`variant-${i}-stock`}
                inputMode="numeric"
                value={v.initialStock}
                error={problem(`variant.${i}.initialStock`)}
                onChange={(e) => setVariant(i, { initialStock: e.target.value })}
              />
            )}
            <Field
              label={t('productForm.lowStock')}
              name={`variant-${i}-low`}
              inputMode="numeric"
              value={v.lowStockThreshold}
              error={problem(`variant.${i}.lowStockThreshold`)}
              onChange={(e) => setVariant(i, { lowStockThreshold: e.target.value })}
            />
          </div>
          {variants.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(variants.filter((_, j) => j !== i))}
            >
              {t('productForm.removeVariant')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...variants, emptyVariant(sku ? `${sku}-${variants.length + 1}` : '')])
        }
      >
        + {t('productForm.addVariant')}
      </button>
    </fieldset>
  );
}
