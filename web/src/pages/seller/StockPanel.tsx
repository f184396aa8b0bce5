import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stockReasons, stockState, type Product, type StockReason } from '../../api/catalog';
import { client, ok } from '../../api/client';
import { StockBadge } from '../../components/Catalog';
import { ErrorBox } from '../../components/Feedback';
import { Field, SelectField } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';

/** Stock of each variant: an adjustment form (delta, reason, note) and the ledger. */
export function StockPanel({ product }: { product: Product }) {
  const { t } = useTranslation();
  const [variantId, setVariantId] = useState(product.variants[0]?.id ?? '');
  const live = useQuery<Product>({ queryKey: ['product', product.id], enabled: false });
  const variants = live.data?.variants ?? product.variants;
  const variant = variants.find((v) => v.id === variantId) ?? variants[0];
  if (!variant) return null;
  return (
    <section className="stack card" data-testid="stock-panel">
      <h2>{t('stock.title')}</h2>
      {variants.length > 1 && (
        <SelectField
          label={t('stock.variant')}
          name="stock-variant"
          value={variant.id}
          onChange={(e) => setVariantId(e.target.value)}
        >
          {variants.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label ?? v.sku}
            </option>
          ))}
        </SelectField>
      )}
      <VariantStock key={variant.id} productId={product.id} variant={variant} />
    </section>
  );
}

function VariantStock({
  productId,
  variant,
}: {
  productId: string;
  variant: Product['variants'][number];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState<StockReason>('restock');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const path = { params: { path: { id: productId, variantId: variant.id } } };
  const ledgerPath = '/api/v1/products/{id}/variants/{variantId}/stock-adjustments';
  const ledger = useQuery({
    queryKey: ['stock-ledger', variant.id],
    queryFn: () => ok(client.GET(ledgerPath, { params: { ...path.params, query: { limit: 20 } } })),
  });
  const adjust = useMutation({
    mutationFn: (body: { delta: number; reason: StockReason; note: string | null }) =>
      ok(client.POST(ledgerPath, { ...path, body })),
    onSuccess: async () => {
      setDelta('');
      setNote('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['stock-ledger', variant.id] }),
        queryClient.invalidateQueries({ queryKey: ['product', productId] }),
      ]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = toAsciiDigits(delta.trim()).replace('−', '-');
    if (!/^[-+]?\d+$/.test(text) || Number(text) === 0) {
      setProblem(t('stock.deltaInvalid'));
      return;
    }
    setProblem(null);
    adjust.mutate({ delta: Number(text), reason, note: note.trim() || null });
  }

  return (
    <div className="stack">
      <p className="title-row">
        <span data-testid="on-hand">
          {t('stock.onHand', { n: format.number(variant.onHand ?? 0) })}
        </span>
        <StockBadge state={stockState([variant])} />
      </p>
      <form className="form" onSubmit={submit} noValidate data-testid="stock-form">
        <Field
          label={t('stock.delta')}
          name="delta"
          inputMode="numeric"
          hint={t('stock.deltaHint')}
          value={delta}
          error={problem}
          onChange={(e) => setDelta(e.target.value)}
        />
        <SelectField
          label={t('stock.reason')}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value as StockReason)}
        >
          {stockReasons.map((r) => (
            <option key={r} value={r}>
              {t(`stock.reasons.${r}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('stock.note')}
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <ErrorBox error={adjust.error} />
        <button type="submit" disabled={adjust.isPending}>
          {t('stock.submit')}
        </button>
      </form>
      <h3>{t('stock.ledger')}</h3>
      <ErrorBox error={ledger.error} />
      <ul className="ledger" data-testid="stock-ledger">
        {ledger.data?.items.map((m) => (
          <li key={m.id}>
            <span className={m.delta > 0 ? 'text-ok' : 'text-err'}>
              {m.delta > 0 ? '+' : ''}
              {format.number(m.delta)}
            </span>{' '}
            {t(`stock.reasons.${m.reason}`)} → {format.number(m.onHandAfter)}
            <span className="muted small"> · {format.dateTime(m.createdAt)}</span>
            {m.note && (
              <div className="muted small">
                {/* Notes the platform wrote in words; a seller's own note as written. */}
                {t(`stock.systemNotes.${m.note.replace(/ /g, '_')}`, { defaultValue: m.note })}
              </div>
            )}
          </li>
        ))}
      </ul>
      {ledger.data?.items.length === 0 && <p className="muted">{t('stock.noMovements')}</p>}
    </div>
  );
}
