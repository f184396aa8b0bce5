/**
 * Features of an utterance for the intent classifier: sound-alike word keys (shared by Bengali script
 * and Banglish), raw Latin spellings (English), word bigrams, and character n-grams of the keys, also
 * across word boundaries so that "amarorder" and "amar order" look alike.
 */
import { conceptFeatures } from './concepts.ts';
import type { EngineToken } from './text.ts';

function grams(text: string, n: number, prefix: string, out: Set<string>): void {
  for (let i = 0; i + n <= text.length; i++) out.add(prefix + text.slice(i, i + n));
}

export function featuresOf(tokens: readonly EngineToken[], normalized = ''): string[] {
  const out = new Set<string>(['bias']);
  conceptFeatures(tokens, normalized, out);
  const keys: string[] = [];
  for (const t of tokens) {
    keys.push(t.key);
    out.add(`w:${t.key}`);
    if (t.kind === 'latin' && t.text !== t.key) out.add(`r:${t.text}`);
    if (t.kind === 'quantity' && t.unit) out.add(`u:${t.unit}`);
    if (t.kind === 'bn' || t.kind === 'latin') {
      const padded = `<${t.key}>`;
      grams(padded, 4, 'c:', out);
    }
  }
  for (let i = 0; i + 1 < keys.length; i++) out.add(`b:${keys[i]}_${keys[i + 1]}`);
  const joined = tokens
    .filter((t) => t.kind === 'bn' || t.kind === 'latin')
    .map((t) => t.key)
    .join('');
  grams(joined, 5, 'x:', out);
  out.add(`n:${Math.min(keys.length, 5)}`);
  return [...out];
}
