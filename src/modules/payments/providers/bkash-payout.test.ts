import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BKASH_SANDBOX_CREDENTIALS, createBkashSandbox } from '../sandbox/bkash.ts';
import { BKASH_SANDBOX_FAILING_RECEIVER } from '../sandbox/bkash-payout.ts';
import type { Sandbox } from '../sandbox/common.ts';
import { BkashClient } from './bkash.ts';
import { BkashPayoutClient } from './bkash-payout.ts';

const sandbox = createBkashSandbox();
let server: Sandbox;
let client: BkashPayoutClient;
let checkout: BkashClient;

beforeAll(async () => {
  server = await sandbox.start();
  checkout = new BkashClient({
    baseUrl: server.url,
    ...BKASH_SANDBOX_CREDENTIALS,
    timeoutMs: 2000,
  });
  client = new BkashPayoutClient(checkout);
});
afterAll(() => server.close());

let seq = 0;
const invoice = () => `PT${Date.now()}${seq++}`;

describe('bKash disbursement (B2C payout)', () => {
  it('sends money to a wallet with the checkout token; the wallet balance falls by the amount', async () => {
    const before = await client.organizationBalance();
    const inv = invoice();
    const out = await client.b2cPayment({
      invoice: inv,
      msisdn: '+8801711000222',
      amountPoisha: 12_345,
    });
    expect(out).toMatchObject({ status: 'paid', invoice: inv, amountPoisha: 12_345, feePoisha: 0 });
    expect(sandbox.payouts.payouts.get(inv)).toMatchObject({
      receiverMSISDN: '01711000222',
      amount: 12_345,
    });
    expect(await client.organizationBalance()).toBe(before - 12_345);
    // One token served both APIs.
    expect(checkout.tokenRequests).toBe(1);
    const found = await client.searchTransaction(out.status === 'paid' ? out.trxID : '');
    expect(found).toMatchObject({ transactionStatus: 'Completed', amount: '123.45' });
  });

  it('the same invoice twice returns the first payout instead of paying again', async () => {
    const inv = invoice();
    const first = await client.b2cPayment({
      invoice: inv,
      msisdn: '01711000333',
      amountPoisha: 500,
    });
    const second = await client.b2cPayment({
      invoice: inv,
      msisdn: '01711000333',
      amountPoisha: 500,
    });
    expect(second).toEqual(first);
    expect(
      [...sandbox.payouts.payouts.values()].filter((p) => p.merchantInvoiceNumber === inv),
    ).toHaveLength(1);
    expect(await client.queryByInvoice(inv)).toEqual(first);
    expect(await client.queryByInvoice(invoice())).toBeNull();
  });

  it('refusals are failures (nothing sent); a lost answer is unknown, not a failure', async () => {
    const refused = await client.b2cPayment({
      invoice: invoice(),
      msisdn: BKASH_SANDBOX_FAILING_RECEIVER,
      amountPoisha: 500,
    });
    expect(refused).toMatchObject({ status: 'failed', providerCode: '2014' });
    const bad = await client.b2cPayment({ invoice: invoice(), msisdn: '12345', amountPoisha: 500 });
    expect(bad.status).toBe('failed');

    const balance = sandbox.payouts.balance;
    sandbox.payouts.balance = 100;
    const poor = await client.b2cPayment({
      invoice: invoice(),
      msisdn: '01711000444',
      amountPoisha: 500,
    });
    expect(poor).toMatchObject({ status: 'failed', providerCode: '2023' });
    sandbox.payouts.balance = balance;

    const inv = invoice();
    sandbox.faults.hangNext('b2cPayment');
    await expect(
      client.b2cPayment({ invoice: inv, msisdn: '01711000555', amountPoisha: 700 }),
    ).rejects.toMatchObject({ code: 'PAYMENT_PROVIDER_UNAVAILABLE' });
    // It went through: the query finds it.
    expect(await client.queryByInvoice(inv)).toMatchObject({ status: 'paid', amountPoisha: 700 });
    sandbox.faults.releaseAll();
  });

  it('the sandbox reports payments, refunds and payouts for a date range', async () => {
    const res = await fetch(
      `${server.url}/sandbox/settlement-report?from=${new Date(Date.now() - 60_000).toISOString()}`,
    );
    const body = (await res.json()) as { lines: { type: string; amount: string }[] };
    expect(body.lines.filter((l) => l.type === 'payout').map((l) => l.amount)).toContain('123.45');
    const csv = await (await fetch(`${server.url}/sandbox/settlement-report?format=csv`)).text();
    expect(csv.split('\n')[0]).toBe('trxID,type,amount,merchantInvoiceNumber,time');
    const future = await fetch(
      `${server.url}/sandbox/settlement-report?from=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    expect(((await future.json()) as { lines: unknown[] }).lines).toEqual([]);
  });
});
