import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBox } from '../components/Feedback';
import {
  currentSubscription,
  forgetThisBrowser,
  pushSupported,
  subscribeThisBrowser,
} from './push';

type State = 'loading' | 'off' | 'on' | 'denied';

/**
 * Asks, in words first, whether this phone should show order updates as notifications; only a tap
 * asks the browser's permission. `compact` (an order's page) shows only the offer, and nothing once
 * it is on or refused; the account page also lets the user turn it off.
 */
export function PushOptIn({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('loading');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!pushSupported()) return;
    let live = true;
    void currentSubscription()
      .catch(() => null)
      .then((sub) => {
        if (!live) return;
        if (sub) setState('on');
        else setState(Notification.permission === 'denied' ? 'denied' : 'off');
      });
    return () => {
      live = false;
    };
  }, []);

  if (!pushSupported() || state === 'loading') return null;
  if (compact && state !== 'off') return null;

  async function run(action: () => Promise<State>) {
    setBusy(true);
    setError(null);
    try {
      setState(await action());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const turnOn = () =>
    run(async () => {
      const result = await subscribeThisBrowser();
      return result === 'on' ? 'on' : result === 'denied' ? 'denied' : 'off';
    });
  const turnOff = () =>
    run(async () => {
      await forgetThisBrowser();
      return 'off';
    });

  return (
    <div className="card push-opt-in" data-testid="push-opt-in" data-state={state}>
      {state === 'on' && <p>{t('push.on')}</p>}
      {state === 'denied' && <p className="hint">{t('push.denied')}</p>}
      {state === 'off' && <p>{t('push.offer')}</p>}
      <ErrorBox error={error} />
      {state === 'off' && (
        <button type="button" onClick={() => void turnOn()} disabled={busy}>
          {t('push.turnOn')}
        </button>
      )}
      {state === 'on' && !compact && (
        <button type="button" className="secondary" onClick={() => void turnOff()} disabled={busy}>
          {t('push.turnOff')}
        </button>
      )}
    </div>
  );
}
