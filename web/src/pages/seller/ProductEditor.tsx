import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  categoryName,
  dosageForms,
  fetchCategories,
  fetchProduct,
  flattenCategories,
  productKinds,
  productName,
  productStatuses,
  productUnits,
  type Product,
  type ProductKind,
} from '../../api/catalog';
import { client, ok } from '../../api/client';
import { Skeleton } from '../../components/Catalog';
import { ErrorBox, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { ImagesPanel } from './ImagesPanel';
import {
  initialForm,
  kindAttributes,
  toBody,
  type FormProblem,
  type ProductForm,
} from './productForm';
import { StockPanel } from './StockPanel';
import { VariantsFieldset } from './VariantsFieldset';
import { DescriptionWriter } from './DescriptionWriter';

/** `/seller/products/new?shopId=` and `/seller/products/:id/edit`. */
export default function ProductEditor() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const product = useQuery({
    queryKey: ['product', id],
    queryFn: () => fetchProduct(id ?? ''),
    enabled: Boolean(id),
  });
  if (id && product.isPending) return <Skeleton count={4} />;
  if (id && product.error) return <ErrorBox error={product.error} />;
  const shopId = product.data?.shopId ?? params.get('shopId') ?? '';
  // Keyed by the product's version so a save reloads the form from what the server kept.
  return <Editor key={product.data?.updatedAt ?? 'new'} product={product.data} shopId={shopId} />;
}

function Editor({ product, shopId }: { product?: Product; shopId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ProductForm>(() => initialForm(product));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const justCreated = (useLocation().state as { created?: boolean } | null)?.created === true;
  const categories = useQuery({
    queryKey: ['categories'],
    queryFn: fetchCategories,
    staleTime: 10 * 60_000,
  });

  const save = useMutation({
    mutationFn: async (f: ProductForm) => {
      const { body, variants } = toBody(f, shopId);
      if (!product) {
        // A new product starts as a draft or active (the form offers no other status for it).
        const status = body.status === 'archived' ? 'draft' : body.status;
        return ok(client.POST('/api/v1/products', { body: { ...body, status } }));
      }
      // One request, one transaction: the product and its whole variant list, all or nothing.
      const { shopId: _s, variants: _v, ...fields } = body;
      return ok(
        client.PUT('/api/v1/products/{id}', {
          params: { path: { id: product.id } },
          body: {
            ...fields,
            variants: variants.map(({ id, ...v }) => (id === null ? v : { id, ...v })),
          },
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(['product', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['seller-products', saved.shopId] });
      if (!product) {
        void navigate(`/seller/products/${saved.id}/edit`, { state: { created: true } });
      } else {
        setSaved(true);
      }
    },
  });

  const set = <K extends keyof ProductForm>(key: K, value: ProductForm[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setAttr = (key: string, value: string | boolean) =>
    set('attributes', { ...form.attributes, [key]: value });
  const problem = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(p.key) : null;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { problems: found } = toBody(form, shopId);
    setProblems(found);
    if (found.length === 0) save.mutate(form);
  }

  const statuses = product ? productStatuses : productStatuses.filter((s) => s !== 'archived');
  const title = product ? productName(product, i18n.language) : t('productForm.newTitle');

  return (
    <section className="stack narrow">
      <p>
        <Link to={`/seller/shops/${shopId}/products`} className="tap">
          ← {t('sellerProducts.title')}
        </Link>
      </p>
      <h1>{title}</h1>
      {product?.hidden && (
        <div className="alert alert-error" data-testid="hidden-by-admin">
          <p>
            {product.hiddenReason
              ? t('sellerProducts.hiddenReason', { reason: product.hiddenReason })
              : t('sellerProducts.hidden')}
          </p>
          <p className="small">{t('sellerProducts.hiddenHint')}</p>
        </div>
      )}
      {justCreated && !saved && (
        <Notice testId="product-created">{t('productForm.created')}</Notice>
      )}
      <form className="form" onSubmit={submit} noValidate data-testid="product-form">
        <Field
          label={t('productForm.nameBn')}
          name="nameBn"
          lang="bn"
          value={form.nameBn}
          error={problem('nameBn')}
          onChange={(e) => set('nameBn', e.target.value)}
        />
        <Field
          label={t('productForm.nameEn')}
          name="nameEn"
          lang="en"
          value={form.nameEn}
          onChange={(e) => set('nameEn', e.target.value)}
        />
        <Field
          label={t('productForm.sku')}
          name="sku"
          hint={t('productForm.skuHint')}
          value={form.sku}
          error={problem('sku')}
          onChange={(e) => {
            const sku = e.target.value;
            // A one-variant product usually shares the SKU; keep them in step until edited.
            const first = form.variants[0];
            if (!product && form.variants.length === 1 && first && first.sku === form.sku) {
              setForm((f) => ({ ...f, sku, variants: [{ ...first, sku }] }));
            } else set('sku', sku);
          }}
        />
        <SelectField
          label={t('productForm.category')}
          name="categoryId"
          value={form.categoryId}
          onChange={(e) => set('categoryId', e.target.value)}
        >
          <option value="">{t('productForm.noCategory')}</option>
          {flattenCategories(categories.data?.items ?? []).map(({ category: c, depth }) => (
            <option key={c.id} value={c.id}>
              {'\u00a0\u00a0\u00a0'.repeat(depth)}
              {c.icon && depth === 0 ? `${c.icon} ` : ''}
              {categoryName(c, i18n.language)}
            </option>
          ))}
        </SelectField>
        <div className="row">
          <SelectField
            label={t('productForm.kind')}
            name="kind"
            value={form.kind}
            onChange={(e) => set('kind', e.target.value as ProductKind)}
          >
            {productKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('productForm.unit')}
            name="unit"
            value={form.unit}
            onChange={(e) => set('unit', e.target.value as ProductForm['unit'])}
          >
            {productUnits.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </SelectField>
        </div>

        {kindAttributes[form.kind].length > 0 && (
          <fieldset data-testid="attributes">
            <legend>{t('productForm.attributes', { kind: t(`kinds.${form.kind}`) })}</legend>
            {kindAttributes[form.kind].map(({ key, type, required }) => {
              const value = form.attributes[key];
              if (type === 'bool') {
                return (
                  <label key={key} className="check">
                    <input
                      type="checkbox"
                      name={key}
                      checked={value === true}
                      onChange={(e) => setAttr(key, e.target.checked)}
                    />
                    {t(`attributes.${key}`)}
                  </label>
                );
              }
              if (type === 'dosageForm') {
                return (
                  <SelectField
                    key={key}
                    label={t(`attributes.${key}`)}
                    name={key}
                    value={typeof value === 'string' ? value : ''}
                    onChange={(e) => setAttr(key, e.target.value)}
                  >
                    <option value="">{t('geo.choose')}</option>
                    {dosageForms.map((d) => (
                      <option key={d} value={d}>
                        {t(`dosageForms.${d}`)}
                      </option>
                    ))}
                  </SelectField>
                );
              }
              return (
                <Field
                  key={key}
                  label={t(`attributes.${key}`)}
                  name={key}
                  required={required}
                  inputMode={type === 'int' ? 'numeric' : undefined}
                  value={typeof value === 'string' ? value : ''}
                  error={problem(`attr.${key}`)}
                  onChange={(e) => setAttr(key, e.target.value)}
                />
              );
            })}
          </fieldset>
        )}

        <VariantsFieldset
          variants={form.variants}
          sku={form.sku}
          problem={problem}
          onChange={(variants) => set('variants', variants)}
        />

        {product?.id && (
          <DescriptionWriter
            productId={product.id}
            onPick={(lang, text) => set(lang === 'bn' ? 'descriptionBn' : 'descriptionEn', text)}
          />
        )}
        <div className="field">
          <label htmlFor="descriptionBn">{t('productForm.descriptionBn')}</label>
          <textarea
            id="descriptionBn"
            name="descriptionBn"
            lang="bn"
            rows={3}
            value={form.descriptionBn}
            onChange={(e) => set('descriptionBn', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="descriptionEn">{t('productForm.descriptionEn')}</label>
          <textarea
            id="descriptionEn"
            name="descriptionEn"
            lang="en"
            rows={3}
            value={form.descriptionEn}
            onChange={(e) => set('descriptionEn', e.target.value)}
          />
        </div>
        <SelectField
          label={t('productForm.status')}
          name="status"
          value={form.status}
          onChange={(e) => set('status', e.target.value as ProductForm['status'])}
        >
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`productStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        {problems.length > 0 && (
          <p className="alert alert-error" role="alert">
            {t('productForm.fix')}
          </p>
        )}
        <ErrorBox error={save.error} />
        {saved && <Notice testId="product-saved">{t('common.saved')}</Notice>}
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('common.wait') : product ? t('common.save') : t('productForm.create')}
        </button>
      </form>
      {product ? (
        <>
          <ImagesPanel product={product} />
          <StockPanel product={product} />
          <p>
            <Link
              to={`/seller/products/${product.id}/batches`}
              className="tap"
              data-testid="product-batches-link"
            >
              {t('batches.title')}
            </Link>
          </p>
        </>
      ) : (
        <p className="hint">{t('productForm.photosAfter')}</p>
      )}
    </section>
  );
}
