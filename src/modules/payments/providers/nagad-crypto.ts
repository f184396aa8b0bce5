import {
  constants,
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  privateDecrypt,
  publicEncrypt,
  type KeyObject,
} from 'node:crypto';

/**
 * Nagad's crypto: sensitiveData = base64(RSA PKCS#1 v1.5 encrypt(JSON, their public key)); signature =
 * base64(RSA-SHA256(JSON, our private key)). Nagad hands keys out as bare base64 (no PEM armour):
 * both forms are accepted.
 */
export function publicKeyFrom(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') return key;
  if (key.includes('-----BEGIN')) return createPublicKey(key);
  return createPublicKey({
    key: Buffer.from(key.replace(/\s+/g, ''), 'base64'),
    format: 'der',
    type: 'spki',
  });
}

export function privateKeyFrom(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') return key;
  if (key.includes('-----BEGIN')) return createPrivateKey(key);
  const der = Buffer.from(key.replace(/\s+/g, ''), 'base64');
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs1' });
  }
}

export function encryptSensitive(json: string, publicKey: KeyObject): string {
  // 2048-bit RSA with PKCS#1 v1.5 padding takes at most 245 bytes: Nagad's payloads are small.
  return publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.from(json),
  ).toString('base64');
}

/**
 * Node ≥ 20.11.1 refuses RSA_PKCS1_PADDING in privateDecrypt (CVE-2023-46809, the Marvin attack) unless
 * the process runs with --security-revert. Nagad requires that padding, so we decrypt raw and strip the
 * PKCS#1 v1.5 block ourselves. This is only ever applied to answers from Nagad's server (over TLS), never
 * to ciphertext a buyer's browser could send, so it offers no padding oracle to an attacker.
 */
export function decryptSensitive(base64: string, privateKey: KeyObject): string {
  const block = privateDecrypt(
    { key: privateKey, padding: constants.RSA_NO_PADDING },
    Buffer.from(base64, 'base64'),
  );
  // EM = 0x00 || 0x02 || PS (≥ 8 non-zero bytes) || 0x00 || M
  if (block[0] !== 0x00 || block[1] !== 0x02) throw new Error('bad padding');
  const sep = block.indexOf(0x00, 2);
  if (sep < 10) throw new Error('bad padding');
  return block.subarray(sep + 1).toString('utf8');
}

export function sign(json: string, privateKey: KeyObject): string {
  return createSign('RSA-SHA256').update(json).sign(privateKey, 'base64');
}

export function verifySignature(json: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(json).verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}

/** Nagad's date-time: YYYYMMDDHHmmss in Asia/Dhaka (UTC+6, no daylight saving). */
export function dhakaStamp(date = new Date()): string {
  return new Date(date.getTime() + 6 * 3600 * 1000)
    .toISOString()
    .replace(/[-:T]/g, '')
    .slice(0, 14);
}
