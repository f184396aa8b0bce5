import { describe, expect, it } from 'vitest';
import { createUser } from '../helpers/factories.ts';
import { hasChromium, newPhonePage, screenshotter, signIn, webServerForFile } from './support.ts';

/**
 * The assistant insights page in the browser, in Bengali on a phone: after a few conversations
 * (one handed to a person), an admin sees the hand-over rate and the intents in Bengali with
 * Bengali digits, switches the period, and follows the link to the unanswered questions.
 * Screenshots: test-artifacts/assistant-insights-*.png.
 */

const server = webServerForFile('assistant insights');
const shot = screenshotter('assistant-insights');

type Insights = { handoffRate: number; intents: { intent: string; count: number }[] };

const percent = (share: number) =>
  new Intl.NumberFormat('bn-BD', { style: 'percent', maximumFractionDigits: 1 }).format(share);

describe('assistant insights (Bengali, 360 px)', () => {
  it.skipIf(!hasChromium)(
    'an admin sees the hand-over rate and what was asked, by period',
    async () => {
      const [admin, customer] = await Promise.all([
        createUser(server.ctx, { role: 'admin' }),
        createUser(server.ctx),
      ]);
      const say = async (text: string, headers: Record<string, string> = {}) => {
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/v1/assistant/messages',
          headers,
          payload: { text },
        });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { reply: { intent: string }; handoff: unknown };
      };
      const person = await say('আমি একজন মানুষের সাথে কথা বলতে চাই', customer.auth);
      expect(person.reply.intent).toBe('human_handoff');
      expect(person.handoff).not.toBeNull();
      const hello = await say('hello');
      expect(hello.handoff).toBeNull();

      const figures = async (days = 30) => {
        const res = await server.app.inject({
          method: 'GET',
          url: `/api/v1/admin/assistant/insights?days=${days}`,
          headers: admin.auth,
        });
        expect(res.statusCode).toBe(200);
        return res.json() as Insights;
      };

      const page = await newPhonePage(server.browser);
      await page.goto(`${server.baseUrl}/admin/assistant`);
      await signIn(page, admin);
      await page.getByRole('heading', { name: 'সহকারীর হিসাব' }).waitFor();
      const rate = page.getByTestId('insights-handoff-rate');
      await rate.waitFor();
      // The figures are the whole site's: other files' conversations count too, so the page is
      // compared with the API's answer (read again if a conversation landed in between).
      await expect
        .poll(async () => {
          const api = await figures();
          await page.reload();
          const shown = await rate.textContent();
          return shown === percent(api.handoffRate) && api.handoffRate > 0 ? 'same' : shown;
        })
        .toBe('same');
      expect(await rate.textContent()).toMatch(/^[০-৯.]+%$/);
      await shot(page, '01-figures');

      const row = page.locator('[data-testid="insights-intent"][data-intent="human_handoff"]');
      await row.waitFor();
      expect(await row.getByRole('rowheader').textContent()).toBe('মানুষের সাথে কথা');
      const count = (await row.getByTestId('insights-intent-count').textContent()) ?? '';
      expect(count).toMatch(/^[০-৯,]+$/);
      const api = await figures();
      const handoffRow = api.intents.find((i) => i.intent === 'human_handoff');
      expect(handoffRow?.count).toBeGreaterThanOrEqual(1);
      await expect
        .poll(() => page.locator('[data-intent="greeting"]').count())
        .toBeGreaterThanOrEqual(1);
      expect(
        await page.getByTestId('insights-reasons').locator('[data-reason="asked"]').count(),
      ).toBe(1);

      await page.getByText('৭ দিন').click();
      await page.locator('[data-testid="insights-figures"][data-days="7"]').waitFor();
      expect(page.url()).toContain('days=7');
      await shot(page, '02-seven-days');

      await page.getByTestId('insights-unanswered-link').click();
      await page.waitForURL((url) => url.pathname === '/admin/kb' && url.hash === '#unanswered');
      await page.getByTestId('kb-unanswered').waitFor({ state: 'attached' });
      await page.context().close();
    },
    180_000,
  );
});
