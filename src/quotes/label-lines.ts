// Lines that open with a speaker label and a colon — a transcript turn ("SMITH: …") or a headline
// naming who says it ("Jane Roe: Taxes Must Rise"). The label is the source, the colon the cue,
// and the rest of the line the content.
import type { Frame } from './cue-frame.js';
import { lex } from './lexicon.js';
import { isCapitalized, isWord, type TokenView } from './token-view.js';

const MAX_LABEL = 5;

export function labelLineFrames(v: TokenView): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < v.toks.length; i++) {
    if (i > 0 && !v.text.slice(v.toks[i - 1].end, v.toks[i].start).includes('\n')) continue;
    let c = i;
    while (c < v.toks.length && c - i <= MAX_LABEL && v.lower[c] !== ':' && labelWord(v, c)) c++;
    if (c === i || c >= v.toks.length || v.lower[c] !== ':' || c - i > MAX_LABEL) continue;
    let end = c + 1;
    while (end < v.toks.length && !v.text.slice(v.toks[end - 1].end, v.toks[end].start).includes('\n')) end++;
    if (end - (c + 1) < 3) continue;
    out.push({
      cue: { s: c, e: c + 1 },
      source: { s: i, e: c },
      parts: [{ s: c + 1, e: end }],
      regions: [],
      rule: 'label-line',
      kind: 'speech',
    });
  }
  return out;
}

function labelWord(v: TokenView, i: number): boolean {
  if (v.regionOf[i] >= 0) return false;
  if (!isWord(v, i)) return v.lower[i] === '.' || v.lower[i] === "'s" || v.lower[i] === '’s';
  return isCapitalized(v, i) && !lex.prepositions.has(v.lower[i]) && !/^\p{N}/u.test(v.lower[i]);
}

const DASHES = new Set(['―', '—', '–', '-', '--']);

/** “…” ― Jane Roe: a quote signed with a dash and the speaker's name, as in collected reactions. */
export function dashSignatureFrames(v: TokenView): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i + 2 < v.toks.length; i++) {
    if (v.regionOf[i] < 0 || v.regionOf[i + 1] >= 0 || !DASHES.has(v.lower[i + 1])) continue;
    const r = v.regionOf[i];
    if (v.regions[r].end !== v.toks[i].end) continue;
    let end = i + 2;
    const sameLine = (k: number) => !v.text.slice(v.toks[k - 1].end, v.toks[k].start).includes('\n');
    while (
      end < v.toks.length &&
      end - i <= 6 &&
      isCapitalized(v, end) &&
      v.regionOf[end] < 0 &&
      sameLine(end)
    )
      end++;
    const nextGap = end < v.toks.length ? v.text.slice(v.toks[end - 1].end, v.toks[end].start) : '\n';
    if (end === i + 2 || !(nextGap.includes('\n') || /^[./]$/.test(v.lower[end] ?? ''))) continue;
    let st = i;
    while (st > 0 && v.regionOf[st - 1] === r) st--;
    out.push({
      cue: { s: i + 1, e: i + 2 },
      source: { s: i + 2, e: end },
      parts: [{ s: st, e: i + 1 }],
      regions: [r],
      rule: 'dash-signature',
      kind: 'speech',
    });
  }
  return out;
}
