import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { client, ok } from '../../api/client';
import { ErrorBox } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { useFormat } from '../../format';
import { takaToPoisha } from './offerInputs';
import { CouponEditor } from './CouponEditor';
import { ShopFlashSales } from './ShopFlashSales';

/** The seller's offers for one shop: free delivery over a threshold, coupons, flash sales. */
export default function ShopPromotions() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <section className="stack" data-testid="shop-promotions">
      <h1>{t('sellerPromotions.title')}</h1>
      <FreeDelivery shopId={id} />
      <CouponEditor scope={{ shopId: id }} />
      <ShopFlashSales shopId={id} />
    </section>
  );
}

function FreeDelivery({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const current = useQuery({
    queryKey: ['free-delivery', shopId],
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/free-delivery', { params: { path: { id: shopId } } })),
  });
  const [draft, setDraft] = useState<string | null>(null);
  const shown =
    draft ??
    (current.data?.minSubtotal != null
      ? f.number(current.data.minSubtotal / 100, { useGrouping: false })
      : '');
  const save = useMutation({
    mutationFn: (minSubtotal: number | null) =>
      ok(
        client.PUT('/api/v1/shops/{id}/free-delivery', {
          params: { path: { id: shopId } },
          body: { minSubtotal },
        }),
      ),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const poisha = takaToPoisha(shown);
    if (Number.isNaN(poisha) || poisha === 0) return;
    save.mutate(poisha);
  }
  return (
    <form className="stack card" onSubmit={submit} data-testid="free-delivery">
      <h2>{t('sellerPromotions.freeDelivery')}</h2>
      <Field
        label={t('sellerPromotions.freeDeliveryFrom')}
        name="minSubtotal"
        inputMode="decimal"
        value={shown}
        onChange={(e) => setDraft(e.target.value)}
      />
      {save.isSuccess && <p className="hint ok">{t('sellerPromotions.saved')}</p>}
      {save.error && <ErrorBox error={save.error} />}
      <button type="submit" disabled={save.isPending}>
        {t('sellerPromotions.save')}
      </button>
    </form>
  );
}
