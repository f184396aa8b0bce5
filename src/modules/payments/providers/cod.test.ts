import { describe, expect, it } from 'vitest';
import { CashOnDeliveryProvider } from './cod.ts';

describe('cash on delivery', () => {
  const cod = new CashOnDeliveryProvider();
  it('has no redirect, stays pending until collected, and refunds by hand', async () => {
    const init = await cod.initiate({
      merchantTxnId: 'CD12345',
      amountPoisha: 50000,
      currency: 'BDT',
      customer: { name: 'R', phone: '+8801711000000' },
      callbackUrls: { success: 'x', failure: 'x', cancel: 'x' },
    });
    expect(init).toEqual({ redirectUrl: null, providerRef: 'COD-CD12345' });
    expect(
      (await cod.query({ merchantTxnId: 'CD12345', providerRef: init.providerRef })).status,
    ).toBe('pending');
    const expected = { merchantTxnId: 'CD12345', amountPoisha: 50000 };
    expect(cod.collected(expected, 50000)).toMatchObject({ status: 'paid', amountPoisha: 50000 });
    expect(() => cod.collected(expected, 40000)).toThrow('PAYMENT_CALLBACK_REJECTED');
    await expect(cod.handleCallback()).rejects.toThrow('PAYMENT_CALLBACK_REJECTED');
    expect((await cod.refund()).status).toBe('manual');
  });
});
