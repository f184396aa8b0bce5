import { describe, expect, it } from 'vitest';
import '../modules/index.ts';
import { AppError, errorDefinition, type ErrorCode } from './errors.ts';

describe('error codes', () => {
  it('an undefined code does not compile, so it cannot become a silent 500', () => {
    // @ts-expect-error NO_SUCH_CODE is not a defined error code (`npm run check` fails without this line)
    const typo = new AppError('NO_SUCH_CODE');
    expect(typo.status).toBe(500);
  });

  it('every code a module declares is registered with its status', () => {
    const codes: ErrorCode[] = [
      'INVALID_CURSOR',
      'OUT_OF_STOCK',
      'SHOP_NOT_FOUND',
      'PRODUCT_NOT_FOUND',
    ];
    for (const code of codes) expect(errorDefinition(code).status).toBeLessThan(500);
    expect(new AppError('INVALID_CURSOR').status).toBe(400);
  });
});
