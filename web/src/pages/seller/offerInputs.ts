import { toAsciiDigits } from '../../format';

/** Taka typed in either script's digits → poisha; empty → null; anything else → NaN. */
export function takaToPoisha(text: string): number | null {
  const ascii = toAsciiDigits(text.trim());
  if (ascii === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(ascii) ? Math.round(Number(ascii) * 100) : NaN;
}

/** A `datetime-local` value (the browser's time) → ISO with its offset. */
export function localToIso(value: string): string {
  return new Date(value).toISOString();
}

/** A moment as a `datetime-local` value in the browser's time (to the minute). */
export function localInput(date: Date): string {
  const d = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}
