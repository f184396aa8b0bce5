import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../../api/schema';
import { client, ok } from '../../api/client';
import { productName } from '../../api/catalog';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';

type BatchList = ApiResponse<'/api/v1/products/{id}/batches'>;
type Batch = BatchList['items'][number];
const listPath = '/api/v1/products/{id}/batches';
const onePath = '/api/v1/products/{id}/batches/{batchId}';

/** Taka as typed ("৬.৫০", "12") → poisha; '' → null; anything else → undefined. */
function takaToPoisha(text: string): number | null | undefined {
  const v = toAsciiDigits(text.trim()).replace(/,/g, '').replace(/^৳\s*/, '');
  if (v === '') return null;
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(v);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : undefined;
}

function wholeNumber(text: string): number | undefined {
  const v = toAsciiDigits(text.trim());
  return /^\d{1,7}$/.test(v) ? Number(v) : undefined;
}

/** `/seller/products/:id/batches`: a product's batches with their expiry dates (add, edit, remove). */
export default function ProductBatches() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const product = useQuery({
    queryKey: ['product', id],
    queryFn: () => ok(client.GET('/api/v1/products/{id}', { params: { path: { id } } })),
  });
  const batches = useQuery({
    queryKey: ['batches', id],
    queryFn: () => ok(client.GET(listPath, { params: { path: { id }, query: { limit: 100 } } })),
  });
  const data = batches.data;
  return (
    <section className="stack" data-testid="product-batches">
      <p>
        <Link to={`/seller/products/${id}/edit`} className="tap">
          ← {t('batches.backToProduct')}
        </Link>
      </p>
      <h1>{t('batches.title')}</h1>
      {product.data && <p className="muted">{productName(product.data, i18n.language)}</p>}
      {batches.isPending && <Loading />}
      <ErrorBox error={batches.error ?? product.error} />
      {data && (
        <>
          {product.data && (
            <p>
              <Link to={`/seller/shops/${product.data.shopId}/expiry`}>{t('batches.report')}</Link>
            </p>
          )}
          {!data.enabled && <p className="alert">{t('batches.notEnabled')}</p>}
          <ul className="list" data-testid="batch-variants">
            {data.variants.map((v) => (
              <li key={v.variantId} className="card small">
                <strong>{v.label ?? v.sku}</strong>:{' '}
                {t('batches.split', {
                  onHand: format.number(v.onHand),
                  sellable: format.number(v.sellable),
                  unbatched: format.number(v.unbatched),
                  expired: format.number(v.expired),
                })}
              </li>
            ))}
          </ul>
          <ul className="list" data-testid="batch-table">
            {data.items.map((b) => (
              <BatchRow key={`${b.id}-${b.updatedAt}`} productId={id} batch={b} />
            ))}
          </ul>
          {data.items.length === 0 && <p className="muted">{t('batches.none')}</p>}
          {data.enabled && <AddBatch productId={id} variants={data.variants} />}
        </>
      )}
    </section>
  );
}

function statusText(t: TFunction, b: Batch, n: (x: number) => string) {
  if (b.status === 'expired') return t('batches.statusExpired');
  if (b.status === 'empty') return t('batches.statusEmpty');
  if (b.status === 'near_expiry') return t('batches.statusNear', { days: n(b.daysLeft) });
  return t('batches.statusOk', { days: n(b.daysLeft) });
}

function BatchRow({ productId, batch }: { productId: string; batch: Batch }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [quantity, setQuantity] = useState(String(batch.quantity));
  const [expiry, setExpiry] = useState(batch.expiryDate);
  const [cost, setCost] = useState(batch.costPoisha === null ? '' : String(batch.costPoisha / 100));
  const [problem, setProblem] = useState<string | null>(null);
  const path = { params: { path: { id: productId, batchId: batch.id } } };
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['batches', productId] }),
      queryClient.invalidateQueries({ queryKey: ['product', productId] }),
    ]);
  const save = useMutation({
    mutationFn: (body: { quantity: number; expiry: string; costPoisha: number | null }) =>
      ok(client.PATCH(onePath, { ...path, body })),
    onSuccess: async () => {
      setEditing(false);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => ok(client.DELETE(onePath, path)),
    onSuccess: refresh,
  });
  const dmy = batch.expiryDate.split('-').reverse().join('/');
  const date = format.number(0) === '০' ? toBengali(dmy) : dmy;

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = wholeNumber(quantity);
    const c = takaToPoisha(cost);
    if (q === undefined || c === undefined || !expiry.trim()) {
      setProblem(t('batches.invalid'));
      return;
    }
    setProblem(null);
    save.mutate({ quantity: q, expiry: expiry.trim(), costPoisha: c });
  }

  if (editing) {
    return (
      <li className="card" data-testid="batch-row-editing">
        <form className="form inline" onSubmit={submit} noValidate>
          <Field
            label={t('batches.expiry')}
            name="expiry"
            value={expiry}
            onChange={(e) => setExpiry(e.target.value)}
          />
          <Field
            label={t('batches.quantity')}
            name="quantity"
            inputMode="numeric"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
            error={problem}
          />
          <Field
            label={t('batches.costTaka')}
            name="cost"
            inputMode="decimal"
            value={cost}
            onChange={(e) => setCost(e.target.value)}
          />
          <ErrorBox error={save.error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('batches.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="card stack" data-testid="batch-row" data-batch={batch.batchNumber ?? ''}>
      <div className="title-row">
        <strong>
          {t('batches.number')}: {batch.batchNumber ?? '—'}
        </strong>
        <span
          className={
            batch.status === 'expired'
              ? 'text-err'
              : batch.status === 'near_expiry'
                ? 'text-warn'
                : 'muted'
          }
        >
          {statusText(t, batch, format.number)}
        </span>
      </div>
      <div className="small">
        {t('batches.expiry')}: {date} · {t('batches.quantity')}: {format.number(batch.quantity)}
        {batch.costPoisha !== null && (
          <>
            {' '}
            · {t('batches.cost')}: {format.price(batch.costPoisha)}
          </>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('batches.edit')}
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(t('batches.removeConfirm'))) remove.mutate();
          }}
        >
          {t('batches.remove')}
        </button>
      </div>
      <ErrorBox error={remove.error} />
    </li>
  );
}

function toBengali(text: string) {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
}

function AddBatch({ productId, variants }: { productId: string; variants: BatchList['variants'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [variantId, setVariantId] = useState(variants[0]?.variantId ?? '');
  const [batchNumber, setBatchNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [quantity, setQuantity] = useState('');
  const [cost, setCost] = useState('');
  const [fromUnbatched, setFromUnbatched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (body: {
      variantId: string;
      batchNumber: string | null;
      expiry: string;
      quantity: number;
      costPoisha: number | null;
      fromUnbatched: boolean;
    }) => ok(client.POST(listPath, { params: { path: { id: productId } }, body })),
    onSuccess: async () => {
      setBatchNumber('');
      setExpiry('');
      setQuantity('');
      setCost('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['batches', productId] }),
        queryClient.invalidateQueries({ queryKey: ['product', productId] }),
      ]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = wholeNumber(quantity);
    const c = takaToPoisha(cost);
    if (!q || c === undefined || !expiry.trim()) {
      setProblem(t('batches.invalid'));
      return;
    }
    setProblem(null);
    add.mutate({
      variantId,
      batchNumber: batchNumber.trim() || null,
      expiry: expiry.trim(),
      quantity: q,
      costPoisha: c,
      fromUnbatched,
    });
  }

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="add-batch">
      <h2>{t('batches.add')}</h2>
      {variants.length > 1 && (
        <SelectField
          label={t('stock.variant')}
          name="variant"
          value={variantId}
          onChange={(e) => setVariantId(e.target.value)}
        >
          {variants.map((v) => (
            <option key={v.variantId} value={v.variantId}>
              {v.label ?? v.sku}
            </option>
          ))}
        </SelectField>
      )}
      <Field
        label={t('batches.number')}
        name="batchNumber"
        value={batchNumber}
        onChange={(e) => setBatchNumber(e.target.value)}
      />
      <Field
        label={t('batches.expiry')}
        name="expiry"
        hint={t('batches.expiryHint')}
        value={expiry}
        onChange={(e) => setExpiry(e.target.value)}
      />
      <Field
        label={t('batches.quantity')}
        name="quantity"
        inputMode="numeric"
        value={quantity}
        error={problem}
        onChange={(e) => setQuantity(e.target.value)}
      />
      <Field
        label={t('batches.costTaka')}
        name="cost"
        inputMode="decimal"
        hint={t('batches.costHint')}
        value={cost}
        onChange={(e) => setCost(e.target.value)}
      />
      <label className="check">
        <input
          type="checkbox"
          name="fromUnbatched"
          checked={fromUnbatched}
          onChange={(e) => setFromUnbatched(e.target.checked)}
        />{' '}
        {t('batches.fromUnbatched')}
      </label>
      <ErrorBox error={add.error} />
      {add.isSuccess && <Notice testId="batch-added">{t('batches.added')}</Notice>}
      <button type="submit" className="primary" disabled={add.isPending}>
        {add.isPending ? t('common.wait') : t('batches.addSubmit')}
      </button>
    </form>
  );
}
