import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Notice } from '../../components/Feedback';

const actions = ['accept', 'advance', 'prepaid'] as const;
type Action = (typeof actions)[number];
type Policy = {
  mediumAction: Action;
  highAction: Action;
  largeOrderPoisha: number | null;
  largeOrderAction: Action;
};

/** The shop's cash-on-delivery policy: what to ask by risk level, and of large orders. */
export function RiskPolicyForm({ shopId }: { shopId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['risk-policy', shopId];
  const policy = useQuery({
    queryKey: key,
    queryFn: () =>
      ok(client.GET('/api/v1/shops/{id}/risk-policy', { params: { path: { id: shopId } } })),
  });
  const [draft, setDraft] = useState<Policy | null>(null);
  const [largeTaka, setLargeTaka] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: Policy) =>
      ok(client.PUT('/api/v1/shops/{id}/risk-policy', { params: { path: { id: shopId } }, body })),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      setDraft(null);
      setLargeTaka(null);
    },
  });
  const current = draft ?? policy.data;
  const taka =
    largeTaka ?? (current?.largeOrderPoisha != null ? String(current.largeOrderPoisha / 100) : '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!current) return;
    save.mutate({
      ...current,
      largeOrderPoisha: taka.trim() ? Math.round(Number(taka) * 100) : null,
    });
  }

  const select = (field: 'mediumAction' | 'highAction' | 'largeOrderAction', label: string) => (
    <label className="field">
      <span>{label}</span>
      <select
        name={field}
        value={current?.[field] ?? 'accept'}
        onChange={(e) => current && setDraft({ ...current, [field]: e.target.value as Action })}
      >
        {actions.map((a) => (
          <option key={a} value={a}>
            {t(`risk.action.${a}`)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="card stack" onSubmit={submit} data-testid="risk-policy">
      <h2>{t('risk.policyTitle')}</h2>
      <p className="small muted">{t('risk.policyHint')}</p>
      <ErrorBox error={policy.error ?? save.error} />
      {current && (
        <>
          {select('mediumAction', t('risk.medium'))}
          {select('highAction', t('risk.high'))}
          <label className="field">
            <span>{t('risk.largeOrder')}</span>
            <input
              type="number"
              name="largeOrderTaka"
              min={1}
              step={1}
              inputMode="numeric"
              value={taka}
              onChange={(e) => setLargeTaka(e.target.value)}
            />
          </label>
          {select('largeOrderAction', t('risk.largeOrderAction'))}
        </>
      )}
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
      <button type="submit" className="primary" disabled={save.isPending || !current}>
        {t('common.save')}
      </button>
    </form>
  );
}
