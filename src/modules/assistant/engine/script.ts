/**
 * Which script and language an utterance is in: Bengali script, English, or Banglish (Bengali in
 * Latin letters). Bengali letters decide for themselves; Latin words vote English or Banglish by
 * how often each spelling occurs in the labelled English and Banglish utterances, and unseen words
 * by search's spelling cues (detectLatinLanguage).
 */
import type { UtteranceScript } from '../assistant.types.ts';
import { detectLatinLanguage } from '../../search/index.ts';
import type { EngineToken } from './text.ts';

export type LatinVotes = { en: Map<string, number>; banglish: Map<string, number> };

export function emptyVotes(): LatinVotes {
  return { en: new Map(), banglish: new Map() };
}

export function countLatinWords(votes: LatinVotes, script: UtteranceScript, tokens: EngineToken[]) {
  if (script === 'bn') return;
  const map = script === 'en' ? votes.en : votes.banglish;
  for (const t of new Set(tokens.filter((t) => t.kind === 'latin').map((t) => t.text))) {
    map.set(t, (map.get(t) ?? 0) + 1);
  }
}

export function detectScript(tokens: EngineToken[], votes: LatinVotes): UtteranceScript {
  let bn = 0;
  let latin = 0;
  let score = 0;
  for (const t of tokens) {
    if (t.kind === 'bn') bn++;
    if (t.kind !== 'latin') continue;
    latin++;
    const en = votes.en.get(t.text) ?? 0;
    const bl = votes.banglish.get(t.text) ?? 0;
    if (en + bl > 0) {
      score += Math.log((en + 0.5) / (bl + 0.5));
    } else {
      score += detectLatinLanguage(t.text) === 'en' ? 0.7 : -0.7;
    }
  }
  if (bn > 0 && bn >= latin) return 'bn';
  if (latin === 0) return bn > 0 ? 'bn' : 'en';
  return score > 0 ? 'en' : 'banglish';
}
