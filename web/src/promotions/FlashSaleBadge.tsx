import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { useFormat } from '../format';

/** Whole seconds from now until `iso` (never negative). */
function secondsUntil(iso: string, now: number) {
  return Math.max(0, Math.floor((Date.parse(iso) - now) / 1000));
}

function clockText(total: number, digits: (n: number) => string) {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => digits(n).padStart(2, digits(0));
  return `${digits(h)}:${two(m)}:${two(s)}`;
}

/**
 * The product page's flash sale for the chosen variant: the flash price against the regular one,
 * what is left at that price, and a countdown to its end (or to its start when it is coming).
 */
export function FlashSaleBadge({ productId, variantId }: { productId: string; variantId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const sales = useQuery({
    queryKey: ['flash-sales', productId],
    queryFn: () =>
      ok(client.GET('/api/v1/products/{id}/flash-sales', { params: { path: { id: productId } } })),
    staleTime: 30_000,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const sale = sales.data?.items.find(
    (s) => s.variantId === variantId && Date.parse(s.endsAt) > now,
  );
  if (!sale) return null;
  const started = Date.parse(sale.startsAt) <= now;
  const left = Math.max(0, sale.stockCap - sale.sold);
  const digits = (n: number) => f.number(n);
  return (
    <div className="flash-sale card" data-testid="flash-sale" role="status">
      <p className="title-row">
        <strong>{t('promotions.flashSale')}</strong>
        <span>
          <strong data-testid="flash-price">{f.price(sale.price)}</strong>{' '}
          <s>{f.price(sale.listPrice)}</s>
        </span>
      </p>
      <p className="small" data-testid="flash-countdown">
        {started
          ? t('promotions.endsIn', { time: clockText(secondsUntil(sale.endsAt, now), digits) })
          : t('promotions.startsIn', { time: clockText(secondsUntil(sale.startsAt, now), digits) })}
      </p>
      <p className="hint small">
        {t('promotions.flashLimits', {
          left: f.number(left),
          perCustomer: f.number(sale.perCustomer),
        })}
      </p>
    </div>
  );
}
