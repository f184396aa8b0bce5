/**
 * The labelled-utterance format of the training file (and of the held-out set in bench/):
 *
 *   [intent]
 *   bn: কাছে ডিম পাবো?
 *   bl: kache dim pabo? || product=dim
 *   en: any eggs near me
 *
 * `bn` is Bengali script, `en` English, `bl` Banglish. After `||`, optional slot annotations
 * `name=value` separated by `;` (numbers as numbers, `true` for flags), and `handoff` alone to mark
 * an utterance that should go to a person whatever its intent.
 */
import type { UtteranceScript } from '../assistant.types.ts';
import { intents, type Intent, type Slots } from './engine.types.ts';

export type LabelledUtterance = {
  intent: Intent;
  script: UtteranceScript;
  text: string;
  slots: Slots;
  /** Annotated `handoff`: a person is expected regardless of the intent. */
  handoff: boolean;
  line: number;
};

const SCRIPTS: Record<string, UtteranceScript> = { bn: 'bn', en: 'en', bl: 'banglish' };
const NUMERIC = new Set(['quantity', 'priceMax', 'priceMin']);
const FLAGS = new Set(['anaphora', 'lastOrder']);

function parseSlots(spec: string, line: number): { slots: Slots; handoff: boolean } {
  const slots: Record<string, unknown> = {};
  let handoff = false;
  for (const part of spec.split(';')) {
    const item = part.trim();
    if (!item) continue;
    if (item === 'handoff') {
      handoff = true;
      continue;
    }
    const eq = item.indexOf('=');
    if (eq < 0) throw new Error(`line ${line}: bad slot "${item}"`);
    const name = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (NUMERIC.has(name)) slots[name] = Number(value);
    else if (FLAGS.has(name)) slots[name] = value === 'true';
    else slots[name] = value;
  }
  return { slots: slots as Slots, handoff };
}

export function parseLabelled(source: string): LabelledUtterance[] {
  const out: LabelledUtterance[] = [];
  let intent: Intent | null = null;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      if (!(intents as readonly string[]).includes(header[1]!)) {
        throw new Error(`line ${i + 1}: unknown intent ${header[1]}`);
      }
      intent = header[1] as Intent;
      return;
    }
    const m = /^(bn|en|bl):\s*(.+)$/.exec(line);
    if (!m || !intent) throw new Error(`line ${i + 1}: expected "bn|en|bl: text" under [intent]`);
    const [text, spec] = m[2]!.split('||');
    const { slots, handoff } = parseSlots(spec ?? '', i + 1);
    out.push({
      intent,
      script: SCRIPTS[m[1]!]!,
      text: text!.trim(),
      slots,
      handoff,
      line: i + 1,
    });
  });
  return out;
}
