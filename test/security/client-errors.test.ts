import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/**
 * Requests Node's HTTP parser refuses before any route runs still get Haat's error body, over a
 * real socket (app.inject never goes through the parser).
 */

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t?.close());

/** Writes raw bytes and reads everything until the server closes the connection. */
function raw(request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset after answering; what it wrote is kept.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
    socket.write(request);
  });
}

describe('over-large and malformed requests', () => {
  it('huge request headers get 431 in the Haat error format', async () => {
    const res = await raw(
      `GET /api/v1/config HTTP/1.1\r\nHost: localhost\r\nX-Junk: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expect(res.headers).toMatch(/content-type: application\/json/i);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('HEADERS_TOO_LARGE');
    expect(body.error.message).toBeTruthy();
  });

  it('bytes that are not HTTP get 400 in the Haat error format', async () => {
    const res = await raw('NOT-HTTP\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('VALIDATION_FAILED');
  });

  it('a normal request on the same server still works (control)', async () => {
    const res = await raw('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(200);
  });
});
