import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.ts';

describe('redactUrl', () => {
  it('redacts token-like query values and keeps the rest', () => {
    expect(
      redactUrl('/reset-password?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'),
    ).toBe('/reset-password?token=[redacted]');
    expect(redactUrl('/api/v1/notifications/stream?ticket=abc&lang=bn')).toBe(
      '/api/v1/notifications/stream?ticket=[redacted]&lang=bn',
    );
    expect(redactUrl('/x?Code=123456&refreshToken=z&q=alu&limit=20')).toBe(
      '/x?Code=[redacted]&refreshToken=[redacted]&q=alu&limit=20',
    );
    expect(redactUrl('/search?q=napa&lat=23.7')).toBe('/search?q=napa&lat=23.7');
  });

  it('redacts JWTs and long opaque path segments but keeps uuids and words', () => {
    const id = '0b6f1f3e-8a4b-4c2d-9e1f-2a3b4c5d6e7f';
    expect(redactUrl(`/api/v1/orders/${id}/reviews`)).toBe(`/api/v1/orders/${id}/reviews`);
    expect(redactUrl('/unlock/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')).toBe(
      '/unlock/[redacted]',
    );
    expect(redactUrl('/l/Zk3q9XhT2mB7vP1sL8dN4cR6')).toBe('/l/[redacted]');
    expect(redactUrl('/api/v1/shops/nearby')).toBe('/api/v1/shops/nearby');
    expect(redactUrl('/seller/shops/new#token=x')).toBe('/seller/shops/new');
  });
});
