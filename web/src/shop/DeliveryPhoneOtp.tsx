import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok } from '../api/client';
import { ErrorBox, Notice } from '../components/Feedback';

/**
 * Shown when cash on delivery needs the delivery phone verified (a first COD order, a large one,
 * or an old verification): texts a code to that phone and checks it; then the customer places the
 * order again.
 */
export function DeliveryPhoneOtp({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const send = useMutation({
    mutationFn: () => ok(client.POST('/api/v1/me/delivery-phones/otp', { body: { phone } })),
  });
  const verify = useMutation({
    mutationFn: () =>
      ok(client.POST('/api/v1/me/delivery-phones/verify', { body: { phone, code } })),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    verify.mutate();
  }
  if (verify.isSuccess) return <Notice testId="cod-phone-verified">{t('codOtp.done')}</Notice>;
  return (
    <div className="card stack" data-testid="cod-phone-otp">
      <p className="small">{t('codOtp.why', { phone })}</p>
      <button type="button" onClick={() => send.mutate()} disabled={send.isPending}>
        {send.isSuccess ? t('codOtp.resend') : t('codOtp.send')}
      </button>
      <ErrorBox error={send.error} />
      {send.isSuccess && (
        <form className="stack" onSubmit={submit}>
          <label className="field">
            <span>{t('codOtp.code')}</span>
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
          <ErrorBox error={verify.error} />
          <button type="submit" className="primary" disabled={verify.isPending}>
            {t('codOtp.verify')}
          </button>
        </form>
      )}
    </div>
  );
}
