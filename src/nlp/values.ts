// Typed values in text: MONEY (amount, ISO currency, qualifier; "9 trillion yen (approximately $58
// billion)" links both), PERCENT, ORDINAL, QUANTITY (with a unit) and CARDINAL (with the counted
// noun: "5,000 Russian-made Igla-S missiles" → missiles). One pass over the tokens; years and
// day numbers next to month names are left to the time expressions.
import data from './data/values.json' with { type: 'json' };
import { type Token, tokenize } from './tokenize.js';

export type ValueType = 'MONEY' | 'PERCENT' | 'ORDINAL' | 'QUANTITY' | 'CARDINAL';

export interface ValueMention {
  start: number;
  end: number;
  text: string;
  type: ValueType;
  amount: number | null;
  currency: string | null;
  /** ">=", "<=", "~", "<~", ">~", "=" or null (see data/values.json). */
  qualifier: string | null;
  unit: string | null;
  noun: string | null;
  linkedTo: { start: number; end: number } | null;
}

const symbols = data.currencySymbols as Record<string, string>;
const codes = new Set(data.currencyCodes);
const currencyWords = data.currencyWords as Record<string, string>;
const scales = data.scales as Record<string, number>;
const numberWords = data.numberWords as Record<string, number>;
const ordinalWords = data.ordinalWords as Record<string, number>;
const qualifiers = data.qualifiers as Record<string, string>;
const units = data.units as Record<string, string>;
const stop = new Set(data.stopWords);
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const WORD = /^\p{L}[\p{L}'’]*$/u;

function numberAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i]?.text;
  if (!t) return null;
  if (NUMBER.test(t)) return Number(t.replace(/,/g, ''));
  const w = numberWords[t.toLowerCase()];
  return w === undefined || t.toLowerCase() === 'one' ? null : w;
}

function currencyBefore(tokens: readonly Token[], i: number): { code: string; from: number } | null {
  const t = tokens[i - 1];
  if (!t || t.end !== tokens[i].start) return null;
  const prev = tokens[i - 2];
  if (prev && prev.end === t.start && symbols[prev.text + t.text])
    return { code: symbols[prev.text + t.text], from: i - 2 };
  if (symbols[t.text]) return { code: symbols[t.text], from: i - 1 };
  return null;
}

function qualifierBefore(tokens: readonly Token[], from: number): { q: string; from: number } | null {
  for (let n = 3; n >= 1; n--) {
    if (from - n < 0) continue;
    const phrase = tokens
      .slice(from - n, from)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (qualifiers[phrase]) return { q: qualifiers[phrase], from: from - n };
  }
  return null;
}

function countedNoun(
  tokens: readonly Token[],
  from: number,
  plural: boolean,
): { noun: string | null; unit: string | null } {
  const words: string[] = [];
  for (let k = from; k < tokens.length && words.length < 4; k++) {
    const t = tokens[k].text;
    if (t === '-' && tokens[k - 1]?.end === tokens[k].start) continue;
    if (!WORD.test(t) && !/^[\p{L}\d]+(?:-[\p{L}\d]+)+$/u.test(t)) break;
    if (stop.has(t.toLowerCase())) break;
    words.push(t);
  }
  if (words.length === 0) return { noun: null, unit: null };
  const unit = units[words[0].toLowerCase()] ?? null;
  if (unit) return { noun: words[0], unit };
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !w.includes('-'));
  const noun = (plural ? lower.find((w) => /s$/.test(w)) : undefined) ?? lower[0] ?? words[words.length - 1];
  return { noun, unit: null };
}

export function findValues(text: string, tokens: readonly Token[] = tokenize(text)): ValueMention[] {
  const out: ValueMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const ord = /^\d+(?:st|nd|rd|th)$/i.test(t) ? Number.parseInt(t, 10) : ordinalWords[t.toLowerCase()];
    if (ord !== undefined) {
      if (!MONTH.test(tokens[i - 1]?.text ?? '') && !MONTH.test(tokens[i + 1]?.text ?? ''))
        out.push(make(text, tokens, i, i + 1, 'ORDINAL', ord));
      continue;
    }
    let amount = numberAt(tokens, i);
    if (amount === null) continue;
    const startTok = i;
    let end = i + 1;
    let scaled = false;
    const sc = tokens[end]?.text.toLowerCase();
    if (sc && scales[sc] && (sc.length > 2 || tokens[end].start === tokens[end - 1].end)) {
      amount *= scales[sc];
      end++;
      scaled = true;
      const sc2 = tokens[end]?.text.toLowerCase();
      if (sc2 && sc2.length > 2 && scales[sc2] > scales[sc]) {
        amount *= scales[sc2];
        end++;
      }
    }
    const before = currencyBefore(tokens, startTok);
    let currency = before?.code ?? null;
    const after = tokens[end]?.text;
    if (!currency && after && (currencyWords[after.toLowerCase()] || codes.has(after))) {
      currency = currencyWords[after.toLowerCase()] ?? after;
      end++;
    }
    let percent = false;
    if (!currency && after && (after === '%' || /^percent(?:age)?$/i.test(after))) {
      percent = true;
      end++;
      if (/^points?$/i.test(tokens[end]?.text ?? '')) end++;
    } else if (!currency && /^per$/i.test(after ?? '') && /^cent$/i.test(tokens[end + 1]?.text ?? '')) {
      percent = true;
      end += 2;
    }
    const bare = !currency && !percent && !scaled;
    const year = bare && /^\d{4}$/.test(t) && amount >= 1800 && amount <= 2100;
    const day = bare && (MONTH.test(tokens[i - 1]?.text ?? '') || MONTH.test(tokens[i + 1]?.text ?? ''));
    if (year || day || (bare && tokens[i - 1]?.text === ':')) {
      i = end - 1;
      continue;
    }
    let from = before ? before.from : startTok;
    if (tokens[from - 1]?.text === '\\' && tokens[from - 1].end === tokens[from].start) from--;
    const qual = qualifierBefore(tokens, from);
    if (qual) from = qual.from;
    const type: ValueType = currency ? 'MONEY' : percent ? 'PERCENT' : 'CARDINAL';
    const v = make(text, tokens, from, end, type, amount);
    v.currency = currency;
    v.qualifier = qual?.q ?? null;
    if (type === 'CARDINAL') {
      const { noun, unit } = countedNoun(tokens, end, amount !== 1);
      v.noun = noun;
      v.unit = unit;
      if (unit) v.type = 'QUANTITY';
    }
    out.push(v);
    i = end - 1;
  }
  linkParenthesised(text, out);
  return out;
}

function make(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  type: ValueType,
  amount: number,
): ValueMention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return {
    start,
    end,
    text: text.slice(start, end),
    type,
    amount,
    currency: null,
    qualifier: null,
    unit: null,
    noun: null,
    linkedTo: null,
  };
}

/** "9 trillion yen (approximately $58 billion)": the two amounts are one sum in two currencies. */
function linkParenthesised(text: string, values: ValueMention[]): void {
  for (let k = 0; k + 1 < values.length; k++) {
    const a = values[k];
    const b = values[k + 1];
    if (a.type !== 'MONEY' || b.type !== 'MONEY') continue;
    if (!/^\s*[([]\s*$/.test(text.slice(a.end, b.start))) continue;
    a.linkedTo = { start: b.start, end: b.end };
    b.linkedTo = { start: a.start, end: a.end };
  }
}
