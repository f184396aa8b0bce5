import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { ErrorBox, Loading, Notice } from '../../components/Feedback';
import { localPhone, useFormat } from '../../format';

/**
 * The block list: phones whose cash-on-delivery orders every shop refuses. Adding and lifting are
 * audited; lifted entries stay as history ("show lifted").
 */
export default function RiskBlocks() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [all, setAll] = useState(false);
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const key = ['risk-blocks', all];
  const blocks = useQuery({
    queryKey: key,
    queryFn: () =>
      ok(
        client.GET('/api/v1/admin/risk/blocks', {
          params: { query: { limit: 100, all: all ? 'true' : undefined } },
        }),
      ),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['risk-blocks'] });
  const add = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/admin/risk/blocks', { body: { phone, reason } })),
    onSuccess: () => {
      setPhone('');
      setReason('');
      void refresh();
    },
  });
  const lift = useMutation({
    mutationFn: (id: string) =>
      ok(client.DELETE('/api/v1/admin/risk/blocks/{id}', { params: { path: { id } } })),
    onSuccess: () => void refresh(),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }

  return (
    <section className="stack" data-testid="risk-blocks">
      <h1>{t('risk.blocksTitle')}</h1>
      <p className="small muted">{t('risk.blocksHint')}</p>
      <form className="card stack" onSubmit={submit}>
        <label className="field">
          <span>{t('risk.phone')}</span>
          <input
            name="phone"
            type="tel"
            required
            maxLength={20}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('risk.reason')}</span>
          <input
            name="reason"
            required
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <ErrorBox error={add.error} />
        {add.isSuccess && <Notice>{t('common.saved')}</Notice>}
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('risk.block')}
        </button>
      </form>
      <label className="field-inline">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />{' '}
        {t('risk.showLifted')}
      </label>
      {blocks.isPending && <Loading />}
      <ErrorBox error={blocks.error ?? lift.error} />
      {blocks.data?.items.length === 0 && <Notice>{t('risk.noBlocks')}</Notice>}
      <ul className="list">
        {blocks.data?.items.map((b) => (
          <li key={b.id} className="card stack" data-testid="risk-block">
            <div className="title-row">
              <strong>{localPhone(b.phone)}</strong>
              {b.liftedAt ? (
                <span className="badge">{t('risk.lifted', { at: f.dateTime(b.liftedAt) })}</span>
              ) : (
                <button type="button" disabled={lift.isPending} onClick={() => lift.mutate(b.id)}>
                  {t('risk.lift')}
                </button>
              )}
            </div>
            <div className="small">
              {b.reason} · {f.dateTime(b.createdAt)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
