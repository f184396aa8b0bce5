import { describe, expect, it } from 'vitest';
import {
  fakeSpeechRecognition,
  hasChromium,
  newPhonePage,
  screenshotter,
  webServerForFile,
} from './support.ts';

/**
 * Voice search in the browser: the microphone is hidden where the browser has no speech
 * recognition, and with one (a fake injected before the app loads) it listens in bn-BD (en-US
 * when the app is in English) and fills the search box. Screenshots: test-artifacts/voice-*.png.
 */

const server = webServerForFile('voice');
const shot = screenshotter('voice');

const NO_RECOGNITION = `
  for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {
    Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
  }
`;

describe('voice search (360 px)', () => {
  it.skipIf(!hasChromium)(
    'has no microphone where the browser offers no speech recognition',
    async () => {
      const page = await newPhonePage(server.browser);
      try {
        await page.addInitScript(NO_RECOGNITION);
        await page.goto(`${server.baseUrl}/`);
        await page.getByRole('search').waitFor();
        expect(await page.getByTestId('voice-input').count()).toBe(0);
        await page.goto(`${server.baseUrl}/search?q=dim`);
        await page.getByRole('search').waitFor();
        expect(await page.getByTestId('voice-input').count()).toBe(0);
      } finally {
        await page.context().close();
      }
    },
  );

  it.skipIf(!hasChromium)('listens in Bengali and fills the search box', async () => {
    const page = await newPhonePage(server.browser);
    try {
      await page.addInitScript(fakeSpeechRecognition('ডিম'));
      await page.goto(`${server.baseUrl}/`);
      const mic = page.getByRole('button', { name: 'কথা বলে খুঁজুন' });
      await mic.click();
      await expect.poll(() => page.getByRole('combobox').first().inputValue()).toBe('ডিম');
      expect(
        await page.evaluate(() => (window as unknown as { __voiceLangs: string[] }).__voiceLangs),
      ).toEqual(['bn-BD']);
      await shot(page, 'home-bn');

      await page.goto(`${server.baseUrl}/search?q=chal`);
      await page.getByTestId('voice-input').click();
      await expect.poll(() => page.getByRole('combobox').first().inputValue()).toBe('ডিম');
    } finally {
      await page.context().close();
    }
  });

  it.skipIf(!hasChromium)('listens in English when the app is in English', async () => {
    const page = await newPhonePage(server.browser);
    try {
      await page.addInitScript(() => localStorage.setItem('haat.lang', 'en'));
      await page.addInitScript(fakeSpeechRecognition('eggs'));
      await page.goto(`${server.baseUrl}/`);
      await page.getByRole('button', { name: 'Search by voice' }).click();
      await expect.poll(() => page.getByRole('combobox').first().inputValue()).toBe('eggs');
      expect(
        await page.evaluate(() => (window as unknown as { __voiceLangs: string[] }).__voiceLangs),
      ).toEqual(['en-US']);
    } finally {
      await page.context().close();
    }
  });
});
