import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  BKASH_SANDBOX_CREDENTIALS,
  createBkashSandbox,
  createNagadSandbox,
  createSslcommerzSandbox,
  NAGAD_SANDBOX_MERCHANT,
  SSLCOMMERZ_SANDBOX_STORE,
} from '../../modules/payments/index.ts';
import {
  createBulkSmsBdSandbox,
  createSslWirelessSandbox,
} from '../../platform/messaging/sms-gateways.ts';
import { createPushServiceSandbox } from '../../platform/messaging/sandbox/push-service.ts';
import {
  createLlmSandbox,
  LLM_SANDBOX_KEY,
  LLM_SANDBOX_MODEL,
} from '../../modules/assistant/llm/index.ts';

const PROVIDERS = [
  'bkash',
  'nagad',
  'sslcommerz',
  'bulksmsbd',
  'sslwireless',
  'llm',
  'push',
] as const;
type Provider = (typeof PROVIDERS)[number];

/** Nagad needs RSA keys on both sides: kept in a folder so the merchant config can point at them. */
function nagadKeys(dir: string) {
  mkdirSync(dir, { recursive: true });
  const files = [
    'merchant-private.pem',
    'merchant-public.pem',
    'nagad-private.pem',
    'nagad-public.pem',
  ];
  if (!files.every((f) => existsSync(path.join(dir, f)))) {
    for (const who of ['merchant', 'nagad']) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      writeFileSync(
        path.join(dir, `${who}-private.pem`),
        pair.privateKey.export({ format: 'pem', type: 'pkcs8' }),
        { mode: 0o600 },
      );
      writeFileSync(
        path.join(dir, `${who}-public.pem`),
        pair.publicKey.export({ format: 'pem', type: 'spki' }),
      );
    }
  }
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return {
    merchantPublic: read('merchant-public.pem'),
    nagadPrivate: read('nagad-private.pem'),
    nagadPublic: read('nagad-public.pem'),
  };
}

export function registerSandboxCommands(program: Command) {
  program
    .command('sandbox')
    .description(`run a local provider sandbox (${PROVIDERS.join(', ')}) on a loopback port`)
    .argument('<provider>', PROVIDERS.join('|'))
    .option('--port <port>', 'port (0 = any free one)', '0')
    .option('--host <host>', 'loopback address to bind', '127.0.0.1')
    .option('--keys-dir <dir>', 'Nagad: folder for the sandbox RSA keys', '.haat/nagad-sandbox')
    .action(async (provider: string, options: { port: string; host: string; keysDir: string }) => {
      if (!PROVIDERS.includes(provider as Provider)) {
        throw new Error(`Unknown provider "${provider}". Use: ${PROVIDERS.join(', ')}`);
      }
      const port = Number(options.port);
      const lines: string[] = [];
      let url: string;
      switch (provider as Provider) {
        case 'bkash': {
          url = (await createBkashSandbox().start(port, options.host)).url;
          lines.push(`baseUrl ${url}`, `credentials ${JSON.stringify(BKASH_SANDBOX_CREDENTIALS)}`);
          break;
        }
        case 'nagad': {
          const keys = nagadKeys(options.keysDir);
          const { createPrivateKey, createPublicKey } = await import('node:crypto');
          const s = await createNagadSandbox({
            merchants: [
              { merchantId: NAGAD_SANDBOX_MERCHANT.merchantId, publicKey: keys.merchantPublic },
            ],
            nagadKeys: {
              publicKey: createPublicKey(keys.nagadPublic),
              privateKey: createPrivateKey(keys.nagadPrivate),
            },
          }).start(port, options.host);
          url = s.url;
          lines.push(
            `baseUrl ${s.baseUrl}`,
            `merchantId ${NAGAD_SANDBOX_MERCHANT.merchantId}`,
            `merchant private key ${path.join(options.keysDir, 'merchant-private.pem')}`,
            `Nagad public key ${path.join(options.keysDir, 'nagad-public.pem')}`,
          );
          break;
        }
        case 'sslcommerz': {
          url = (await createSslcommerzSandbox().start(port, options.host)).url;
          lines.push(`baseUrl ${url}`, `store ${JSON.stringify(SSLCOMMERZ_SANDBOX_STORE)}`);
          break;
        }
        case 'bulksmsbd': {
          const s = createBulkSmsBdSandbox({
            apiKey: 'sandbox-key',
            senderIds: ['8809600000000'],
            balance: 1_000_000,
          });
          s.app.addHook('onResponse', async () =>
            console.log('received', JSON.stringify(s.received.at(-1))),
          );
          url = (await s.start(port, options.host)).url;
          lines.push(`baseUrl ${url}`, 'apiKey sandbox-key', 'senderId 8809600000000');
          break;
        }
        case 'sslwireless': {
          const s = createSslWirelessSandbox({ apiToken: 'sandbox-token', sid: 'HAATSANDBOX' });
          url = (await s.start(port, options.host)).url;
          lines.push(`baseUrl ${url}`, 'apiToken sandbox-token', 'sid HAATSANDBOX');
          break;
        }
        case 'push': {
          const s = createPushServiceSandbox();
          s.app.addHook('onResponse', async (request) => {
            if (request.url.startsWith('/push/'))
              console.log('received', JSON.stringify(s.received.at(-1)));
          });
          url = (await s.start(port, options.host)).url;
          lines.push(
            `PUSH_ENDPOINT_HOSTS=${new URL(url).hostname}`,
            `POST ${url}/subscribe {"applicationServerKey": "<GET /api/v1/push/public-key>"} gives a subscription to POST to /api/v1/me/push-subscriptions`,
          );
          break;
        }
        case 'llm': {
          const s = await createLlmSandbox().start(port, options.host);
          url = s.url;
          lines.push(
            `LLM_BASE_URL=${s.baseUrl}`,
            `LLM_API_KEY=${LLM_SANDBOX_KEY}`,
            `LLM_MODEL=${LLM_SANDBOX_MODEL}`,
          );
          break;
        }
      }
      console.log(`${provider} sandbox listening on ${url} (no real money, SMS or model)`);
      for (const line of lines) console.log(`  ${line}`);
    });
}
