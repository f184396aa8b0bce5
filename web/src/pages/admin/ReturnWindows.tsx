import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../../api/client';
import { shopTypes, type ShopType } from '../../api/types';
import { ErrorBox, Notice } from '../../components/Feedback';

/**
 * How long after delivery customers may ask to return, per shop type, in hours (0: no returns,
 * as for cooked food). Online-paid money is paid out to sellers only after this (audited).
 */
export function ReturnWindows() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const windows = useQuery({
    queryKey: ['return-windows'],
    queryFn: () => ok(client.GET('/api/v1/admin/return-windows')),
  });
  const [edits, setEdits] = useState<Partial<Record<ShopType, string>>>({});
  const save = useMutation({
    mutationFn: (body: { windows: { shopType: ShopType; hours: number }[] }) =>
      ok(client.PUT('/api/v1/admin/return-windows', { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(['return-windows'], data);
      setEdits({});
    },
  });
  const current = (type: ShopType) =>
    edits[type] ?? String(windows.data?.windows.find((w) => w.shopType === type)?.hours ?? 168);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      windows: shopTypes.map((shopType) => ({ shopType, hours: Number(current(shopType)) })),
    });
  }

  return (
    <form className="card stack" onSubmit={submit} data-testid="return-windows">
      <h2>{t('returnWindows.title')}</h2>
      <p className="small muted">{t('returnWindows.hint')}</p>
      <ErrorBox error={windows.error ?? save.error} />
      {windows.data &&
        shopTypes.map((type) => (
          <label key={type} className="field">
            <span>{t(`shop.type.${type}`)}</span>
            <input
              type="number"
              name={type}
              min={0}
              max={2160}
              step={1}
              required
              inputMode="numeric"
              value={current(type)}
              onChange={(e) => setEdits({ ...edits, [type]: e.target.value })}
            />
          </label>
        ))}
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
      <button type="submit" className="primary" disabled={save.isPending || !windows.data}>
        {t('common.save')}
      </button>
    </form>
  );
}
