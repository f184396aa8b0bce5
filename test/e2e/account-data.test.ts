import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * A customer's own data in the browser at 360×740, in Bengali: they download it as JSON from their
 * account page, then delete the account with their password; afterwards the row holds no personal
 * data and the password no longer signs in. Screenshots: test-artifacts/account-data-*.png.
 */

const server = webServerForFile('account-data');
const shot = screenshotter('account-data');

describe('your data on the account page (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'a customer downloads their data, then deletes the account with their password',
    async () => {
      const customer = await createUser(server.ctx);
      const page = await newPhonePage(server.browser, { acceptDownloads: true });
      await page.goto(`${server.baseUrl}/account`);
      await signIn(page, customer);
      const card = page.getByTestId('account-data');
      await card.getByRole('heading', { name: 'আপনার তথ্য' }).waitFor();

      const downloading = page.waitForEvent('download');
      await card.getByRole('button', { name: 'আমার তথ্য নামিয়ে নিন' }).click();
      const file = await (await downloading).path();
      const data = JSON.parse(await readFile(file, 'utf8'));
      expect(JSON.stringify(data)).toContain(customer.email);

      // A wrong password is refused and nothing is deleted.
      await card.getByRole('button', { name: 'অ্যাকাউন্ট মুছে ফেলুন' }).click();
      await card.getByLabel('বর্তমান পাসওয়ার্ড').fill('not-the-password-1');
      await card.getByRole('button', { name: 'হ্যাঁ, অ্যাকাউন্ট মুছুন' }).click();
      await card.getByRole('alert').waitFor();
      await shot(page, '01-wrong-password');
      const before = await server.ctx.db
        .selectFrom('users')
        .select(['email', 'deleted_at'])
        .where('id', '=', customer.id)
        .executeTakeFirstOrThrow();
      expect(before).toEqual({ email: customer.email, deleted_at: null });

      await card.getByLabel('বর্তমান পাসওয়ার্ড').fill(TEST_PASSWORD);
      await card.getByRole('button', { name: 'হ্যাঁ, অ্যাকাউন্ট মুছুন' }).click();
      await page.waitForURL(/accountDeleted=1/);
      const after = await server.ctx.db
        .selectFrom('users')
        .select(['email', 'phone', 'deleted_at'])
        .where('id', '=', customer.id)
        .executeTakeFirstOrThrow();
      expect(after.email).toBeNull();
      expect(after.phone).toBeNull();
      expect(after.deleted_at).not.toBeNull();
      const login = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { identifier: customer.email, password: TEST_PASSWORD },
      });
      expect(login.statusCode).toBe(401);
      await page.context().close();
    },
    120_000,
  );
});
