import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import type { ApiResponse } from '../../api/schema';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { toAsciiDigits, useFormat } from '../../format';

export type DeliverySettingsData = ApiResponse<'/api/v1/shops/{id}/delivery-settings'>;
/** A tier as typed: kilometres and taka, in either script's digits. */
type TierDraft = { km: string; taka: string };

const MAX_TIERS = 10;

/** "১২.৫" or "12.5" → 12.5; anything else → NaN. */
function decimal(text: string): number {
  const ascii = toAsciiDigits(text.trim());
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : NaN;
}

/**
 * The seller's delivery terms for one shop: own delivery with charges by distance (inside the
 * shop's radius), courier delivery at the platform's rates, and cash on delivery with its charge.
 */
export function DeliverySettings({ shopId }: { shopId: string }) {
  const queryKey = ['delivery-settings', shopId];
  const settings = useQuery({
    queryKey,
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/delivery-settings', { params: { path: { id: shopId } } })),
  });
  if (settings.isPending) return <Loading />;
  if (settings.error) return <ErrorBox error={settings.error} />;
  return <DeliveryForm key={shopId} initial={settings.data} />;
}

function DeliveryForm({ initial }: { initial: DeliverySettingsData }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const digits = (n: number) => f.number(n, { maximumFractionDigits: 2, useGrouping: false });
  const [ownDelivery, setOwnDelivery] = useState(initial.ownDelivery);
  const [courier, setCourier] = useState(initial.courier);
  const [cod, setCod] = useState(initial.cod);
  const [codPercent, setCodPercent] = useState(digits(initial.codChargeBp / 100));
  const [tiers, setTiers] = useState<TierDraft[]>(
    initial.tiers.map((tier) => ({
      km: digits(tier.upToM / 1000),
      taka: digits(tier.chargePoisha / 100),
    })),
  );
  const [invalid, setInvalid] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: Omit<DeliverySettingsData, 'shopId'>) =>
      ok(
        client.PUT('/api/v1/shops/{id}/delivery-settings', {
          params: { path: { id: initial.shopId } },
          body,
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(['delivery-settings', initial.shopId], saved),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    const parsed = tiers.map((tier) => ({
      upToM: Math.round(decimal(tier.km) * 1000),
      chargePoisha: Math.round(decimal(tier.taka) * 100),
    }));
    const percent = cod ? decimal(codPercent || '0') : 0;
    if (parsed.some((p) => !Number.isFinite(p.upToM) || p.upToM < 1 || p.upToM > 50_000)) {
      setInvalid(t('delivery.invalidDistance'));
      return;
    }
    if (parsed.some((p) => !Number.isFinite(p.chargePoisha))) {
      setInvalid(t('delivery.invalidCharge'));
      return;
    }
    if (!Number.isFinite(percent) || percent > 10) {
      setInvalid(t('delivery.invalidCodPercent'));
      return;
    }
    save.mutate({
      ownDelivery,
      courier,
      cod,
      codChargeBp: Math.round(percent * 100),
      tiers: parsed.sort((a, b) => a.upToM - b.upToM),
    });
  }

  const setTier = (index: number, patch: Partial<TierDraft>) =>
    setTiers((list) => list.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)));

  return (
    <form className="stack card" onSubmit={submit} data-testid="delivery-settings" noValidate>
      <h2>{t('delivery.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={ownDelivery}
          onChange={(e) => setOwnDelivery(e.target.checked)}
        />
        {t('delivery.ownDelivery')}
      </label>
      {ownDelivery && (
        <fieldset className="stack">
          <legend>{t('delivery.tiers')}</legend>
          <p className="hint">
            {tiers.length === 0 ? t('delivery.noTiers') : t('delivery.tiersHint')}
          </p>
          {tiers.map((tier, index) => (
            <div className="row" key={index} data-testid="delivery-tier">
              <Field
                name={`tier-${index}-km`}
                label={t('delivery.upToKm')}
                inputMode="decimal"
                lang={i18n.language}
                value={tier.km}
                onChange={(e) => setTier(index, { km: e.target.value })}
              />
              <Field
                name={`tier-${index}-taka`}
                label={t('delivery.chargeTaka')}
                inputMode="decimal"
                value={tier.taka}
                onChange={(e) => setTier(index, { taka: e.target.value })}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => setTiers((list) => list.filter((_, i) => i !== index))}
              >
                {t('delivery.removeTier')}
              </button>
            </div>
          ))}
          {tiers.length < MAX_TIERS && (
            <button
              type="button"
              className="secondary"
              onClick={() => setTiers((list) => [...list, { km: '', taka: '' }])}
            >
              {t('delivery.addTier')}
            </button>
          )}
        </fieldset>
      )}
      <label className="check">
        <input type="checkbox" checked={courier} onChange={(e) => setCourier(e.target.checked)} />
        {t('delivery.courier')}
      </label>
      <label className="check">
        <input type="checkbox" checked={cod} onChange={(e) => setCod(e.target.checked)} />
        {t('delivery.cod')}
      </label>
      {cod && (
        <Field
          name="codPercent"
          label={t('delivery.codPercent')}
          hint={t('delivery.codPercentHint')}
          inputMode="decimal"
          value={codPercent}
          onChange={(e) => setCodPercent(e.target.value)}
        />
      )}
      {invalid && (
        <p className="alert alert-error" role="alert">
          {invalid}
        </p>
      )}
      {save.error && <ErrorBox error={save.error} />}
      {save.isSuccess && <Notice testId="delivery-saved">{t('common.saved')}</Notice>}
      <button type="submit" disabled={save.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}
