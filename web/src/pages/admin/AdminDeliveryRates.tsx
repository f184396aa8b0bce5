import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiBody, ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';

type Rate = ApiResponse<'/api/v1/delivery-rates'>['items'][number];
type RateBody = ApiBody<'/api/v1/admin/delivery-rates/{zone}', 'put'>;
const steps = ['upTo500g', 'upTo1kg', 'upTo2kg', 'perExtraKg'] as const;
type Step = (typeof steps)[number];

/** Courier rates per route and weight step (poisha in the API, taka on screen); admins edit them. */
export default function AdminDeliveryRates() {
  const { t } = useTranslation();
  const rates = useQuery({
    queryKey: ['delivery-rates'],
    queryFn: () => ok(client.GET('/api/v1/delivery-rates')),
  });
  return (
    <section className="stack narrow" data-testid="admin-delivery-rates">
      <h1>{t('deliveryRates.title')}</h1>
      <p className="hint">{t('deliveryRates.intro')}</p>
      {rates.isPending && <Loading />}
      {rates.error && <ErrorBox error={rates.error} />}
      {rates.data?.items.map((rate) => (
        <RateForm key={rate.zone} rate={rate} />
      ))}
    </section>
  );
}

function RateForm({ rate }: { rate: Rate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const taka = (poisha: number) =>
    f.number(poisha / 100, { maximumFractionDigits: 2, useGrouping: false });
  const [draft, setDraft] = useState<Record<Step, string>>({
    upTo500g: taka(rate.upTo500g),
    upTo1kg: taka(rate.upTo1kg),
    upTo2kg: taka(rate.upTo2kg),
    perExtraKg: taka(rate.perExtraKg),
  });
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({
    mutationFn: (body: RateBody) =>
      ok(
        client.PUT('/api/v1/admin/delivery-rates/{zone}', {
          params: { path: { zone: rate.zone } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['delivery-rates'] }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Object.fromEntries(
      steps.map((step) => {
        const ascii = toAsciiDigits(draft[step].trim());
        return [step, /^\d+(\.\d{1,2})?$/.test(ascii) ? Math.round(Number(ascii) * 100) : NaN];
      }),
    ) as Record<Step, number>;
    const bad = steps.some((step) => !Number.isFinite(parsed[step]));
    setInvalid(bad);
    if (!bad) save.mutate(parsed);
  }

  return (
    <form className="stack card" onSubmit={submit} data-testid={`rate-${rate.zone}`} noValidate>
      <h2>{t(`deliveryRates.zone.${rate.zone}`)}</h2>
      {steps.map((step) => (
        <Field
          key={step}
          name={step}
          label={t(`deliveryRates.${step}`)}
          inputMode="decimal"
          value={draft[step]}
          onChange={(e) => setDraft((d) => ({ ...d, [step]: e.target.value }))}
        />
      ))}
      {invalid && (
        <p className="alert alert-error" role="alert">
          {t('delivery.invalidCharge')}
        </p>
      )}
      {save.error && <ErrorBox error={save.error} />}
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
      <button type="submit" disabled={save.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}
