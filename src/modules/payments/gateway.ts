import { generateKeyPairSync } from 'node:crypto';
import type { Config } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { KeyValueStore } from '../../platform/kv/index.ts';
import type { Logger } from '../../platform/logger.ts';
import { BkashProvider } from './providers/bkash.ts';
import { BkashPayoutClient } from './providers/bkash-payout.ts';
import { CashOnDeliveryProvider } from './providers/cod.ts';
import { NagadProvider } from './providers/nagad.ts';
import { SslcommerzProvider } from './providers/sslcommerz.ts';
import type { PaymentProvider, PaymentProviderName } from './providers/types.ts';
import { BKASH_SANDBOX_CREDENTIALS, createBkashSandbox } from './sandbox/bkash.ts';
import { createNagadSandbox, NAGAD_SANDBOX_MERCHANT } from './sandbox/nagad.ts';
import { createSslcommerzSandbox, SSLCOMMERZ_SANDBOX_STORE } from './sandbox/sslcommerz.ts';

export function sandboxEnabled(config: Config): boolean {
  return (
    (config.PAYMENTS_SANDBOX ?? (config.NODE_ENV === 'production' ? 'false' : 'true')) === 'true'
  );
}

/** Whether a provider has its credentials (or, where allowed, its local sandbox) in this configuration. */
export function providerUsable(config: Config, name: PaymentProviderName): boolean {
  const c = config;
  const configured =
    name === 'cod' ||
    (name === 'bkash' &&
      Boolean(
        c.BKASH_BASE_URL &&
        c.BKASH_USERNAME &&
        c.BKASH_PASSWORD &&
        c.BKASH_APP_KEY &&
        c.BKASH_APP_SECRET,
      )) ||
    (name === 'nagad' &&
      Boolean(
        c.NAGAD_BASE_URL &&
        c.NAGAD_MERCHANT_ID &&
        c.NAGAD_MERCHANT_PRIVATE_KEY &&
        c.NAGAD_PUBLIC_KEY,
      )) ||
    (name === 'sslcommerz' &&
      Boolean(c.SSLCOMMERZ_BASE_URL && c.SSLCOMMERZ_STORE_ID && c.SSLCOMMERZ_STORE_PASSWORD));
  return configured || sandboxEnabled(c);
}

export const paymentProviderNames = [
  'cod',
  'bkash',
  'nagad',
  'sslcommerz',
] as const satisfies readonly PaymentProviderName[];

/** The providers a customer can pay with here, in the order the checkout offers them. */
export function usableProviders(config: Config): PaymentProviderName[] {
  return paymentProviderNames.filter((name) => providerUsable(config, name));
}

/**
 * The payment providers of this process, built from configuration. A provider with credentials uses
 * them; without credentials and with PAYMENTS_SANDBOX on, its local sandbox is started on a loopback
 * port the first time it is needed (state in this process only: run one process, or run
 * `haat sandbox <provider>` and configure its URL, when api and worker are separate processes).
 */
export class PaymentGateway {
  private readonly providers = new Map<PaymentProviderName, Promise<PaymentProvider>>();
  private readonly closers: (() => Promise<void>)[] = [];
  /** Host root of each provider built (its sandbox's, or the configured base URL's). */
  private readonly roots = new Map<PaymentProviderName, string>();

  constructor(
    private readonly config: Config,
    private readonly kv: KeyValueStore,
    private readonly logger: Logger,
  ) {}

  provider(name: PaymentProviderName): Promise<PaymentProvider> {
    let p = this.providers.get(name);
    if (!p) {
      p = this.build(name);
      this.providers.set(name, p);
      p.catch(() => this.providers.delete(name));
    }
    return p;
  }

  /** Whether a provider is configured here (or served by its sandbox). */
  usable(name: PaymentProviderName): boolean {
    return providerUsable(this.config, name);
  }

  /** bKash disbursement (B2C payouts), on the same credentials, token and sandbox as its checkout. */
  async bkashPayouts(): Promise<BkashPayoutClient> {
    const provider = (await this.provider('bkash')) as BkashProvider;
    return new BkashPayoutClient(provider.client);
  }

  /**
   * The root URL a provider's settlement report is fetched from: its local sandbox (or a sandbox
   * configured by URL while PAYMENTS_SANDBOX is on). Real providers give reports as downloads from
   * their merchant portals (upload them instead): undefined.
   */
  async reportRoot(name: PaymentProviderName): Promise<string | undefined> {
    await this.provider(name);
    return sandboxEnabled(this.config) ? this.roots.get(name) : undefined;
  }

  private notConfigured(name: string): never {
    throw new AppError('PAYMENT_PROVIDER_NOT_CONFIGURED', { provider: name });
  }

  private async build(name: PaymentProviderName): Promise<PaymentProvider> {
    const c = this.config;
    const sandbox = sandboxEnabled(c);
    switch (name) {
      case 'cod':
        return new CashOnDeliveryProvider();
      case 'bkash': {
        if (
          c.BKASH_BASE_URL &&
          c.BKASH_USERNAME &&
          c.BKASH_PASSWORD &&
          c.BKASH_APP_KEY &&
          c.BKASH_APP_SECRET
        ) {
          this.roots.set('bkash', new URL(c.BKASH_BASE_URL).origin);
          return new BkashProvider({
            baseUrl: c.BKASH_BASE_URL,
            username: c.BKASH_USERNAME,
            password: c.BKASH_PASSWORD,
            appKey: c.BKASH_APP_KEY,
            appSecret: c.BKASH_APP_SECRET,
            tokenStore: this.kv,
            timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
          });
        }
        if (!sandbox) this.notConfigured(name);
        const s = await createBkashSandbox().start(0);
        this.started('bkash', s.url, s.close);
        this.roots.set('bkash', s.url);
        return new BkashProvider({
          baseUrl: s.url,
          ...BKASH_SANDBOX_CREDENTIALS,
          timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
        });
      }
      case 'nagad': {
        if (
          c.NAGAD_BASE_URL &&
          c.NAGAD_MERCHANT_ID &&
          c.NAGAD_MERCHANT_PRIVATE_KEY &&
          c.NAGAD_PUBLIC_KEY
        ) {
          this.roots.set('nagad', new URL(c.NAGAD_BASE_URL).origin);
          return new NagadProvider({
            baseUrl: c.NAGAD_BASE_URL,
            merchantId: c.NAGAD_MERCHANT_ID,
            merchantAccount: c.NAGAD_MERCHANT_ACCOUNT,
            merchantPrivateKey: c.NAGAD_MERCHANT_PRIVATE_KEY,
            nagadPublicKey: c.NAGAD_PUBLIC_KEY,
            timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
          });
        }
        if (!sandbox) this.notConfigured(name);
        const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const nagadKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const s = await createNagadSandbox({
          merchants: [
            { merchantId: NAGAD_SANDBOX_MERCHANT.merchantId, publicKey: merchant.publicKey },
          ],
          nagadKeys,
        }).start(0);
        this.started('nagad', s.baseUrl, s.close);
        this.roots.set('nagad', s.url);
        return new NagadProvider({
          baseUrl: s.baseUrl,
          merchantId: NAGAD_SANDBOX_MERCHANT.merchantId,
          merchantPrivateKey: merchant.privateKey,
          nagadPublicKey: nagadKeys.publicKey,
          timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
        });
      }
      case 'sslcommerz': {
        if (c.SSLCOMMERZ_BASE_URL && c.SSLCOMMERZ_STORE_ID && c.SSLCOMMERZ_STORE_PASSWORD) {
          this.roots.set('sslcommerz', new URL(c.SSLCOMMERZ_BASE_URL).origin);
          return new SslcommerzProvider({
            baseUrl: c.SSLCOMMERZ_BASE_URL,
            storeId: c.SSLCOMMERZ_STORE_ID,
            storePassword: c.SSLCOMMERZ_STORE_PASSWORD,
            timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
          });
        }
        if (!sandbox) this.notConfigured(name);
        const s = await createSslcommerzSandbox().start(0);
        this.started('sslcommerz', s.url, s.close);
        this.roots.set('sslcommerz', s.url);
        return new SslcommerzProvider({
          baseUrl: s.url,
          ...SSLCOMMERZ_SANDBOX_STORE,
          timeoutMs: c.PAYMENT_PROVIDER_TIMEOUT_MS,
        });
      }
    }
  }

  private started(provider: string, url: string, close: () => Promise<void>) {
    this.closers.push(close);
    this.logger.warn(
      { provider, url },
      'payment sandbox started (PAYMENTS_SANDBOX): not real money',
    );
  }

  async close() {
    for (const close of this.closers.splice(0)) await close().catch(() => undefined);
  }
}
