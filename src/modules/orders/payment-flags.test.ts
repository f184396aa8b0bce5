import { describe, expect, it } from 'vitest';
import { flagTexts, paymentFlags } from './payment-flags.ts';

describe('payment flags', () => {
  it('read back every text the services write, in order', () => {
    const stored = [flagTexts.paidWhileClosed('cancelled'), flagTexts.noRefundApi].join('; ');
    expect(paymentFlags(stored)).toEqual([
      { code: 'paid_while_closed', orderStatus: 'cancelled' },
      { code: 'no_refund_api' },
    ]);
    expect(paymentFlags(flagTexts.noProviderTransaction)).toEqual([
      { code: 'no_provider_transaction' },
    ]);
    expect(paymentFlags(flagTexts.refundFailed('socket hang up'))).toEqual([
      { code: 'refund_failed', detail: 'socket hang up' },
    ]);
  });

  it('keep a text they do not know as it was, and nothing for no reason', () => {
    expect(paymentFlags('checked by hand')).toEqual([{ code: 'other', detail: 'checked by hand' }]);
    expect(paymentFlags(null)).toEqual([]);
  });
});
