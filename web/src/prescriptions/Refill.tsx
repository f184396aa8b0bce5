import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox } from '../components/Feedback';
import { useFormat } from '../format';

/**
 * Under a delivered medicine line of the customer's order: "Remind me to refill" with the days one
 * pack lasts (prefilled from the pack), or the reminder's date and "Stop reminders".
 */
export function RefillReminder({ orderId, itemId }: { orderId: string; itemId: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const key = ['refill-reminder', orderId, itemId];
  const path = { params: { path: { id: orderId, itemId } } };
  const state = useQuery({
    queryKey: key,
    queryFn: () => ok(client.GET('/api/v1/orders/{id}/items/{itemId}/refill-reminder', path)),
  });
  const [days, setDays] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (daysPerPack: number) =>
      ok(
        client.POST('/api/v1/orders/{id}/items/{itemId}/refill-reminder', {
          ...path,
          body: { daysPerPack },
        }),
      ),
    onSuccess: (data) => qc.setQueryData(key, data),
  });
  const stop = useMutation({
    mutationFn: () => ok(client.DELETE('/api/v1/orders/{id}/items/{itemId}/refill-reminder', path)),
    onSuccess: (data) => qc.setQueryData(key, data),
  });

  const s = state.data;
  if (!s || !s.eligible) return null;
  if (s.active && s.remindAt) {
    return (
      <div className="refill" data-testid="refill-active">
        <span className="hint">
          {t('prescriptions.refill.active', {
            days: f.number(s.daysPerPack ?? 0),
            date: f.dateTime(s.remindAt),
          })}
        </span>{' '}
        <button type="button" disabled={stop.isPending} onClick={() => stop.mutate()}>
          {t('prescriptions.refill.stop')}
        </button>
        <ErrorBox error={stop.error} />
      </div>
    );
  }
  const value = days ?? String(s.defaultDaysPerPack);
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= 365;
  return (
    <form
      className="refill"
      data-testid="refill-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) save.mutate(n);
      }}
    >
      <label>
        {t('prescriptions.refill.daysPerPack')}{' '}
        <input
          type="number"
          min={1}
          max={365}
          inputMode="numeric"
          value={value}
          onChange={(e) => setDays(e.target.value)}
          data-testid="refill-days"
        />
      </label>{' '}
      <button type="submit" disabled={!valid || save.isPending}>
        {t('prescriptions.refill.remind')}
      </button>
      <p className="hint">{t('prescriptions.refill.hint')}</p>
      <ErrorBox error={save.error} />
    </form>
  );
}
