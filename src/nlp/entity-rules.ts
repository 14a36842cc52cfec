// The rule-and-gazetteer layer for types CoNLL does not have: EVENT ("Operation Absolute
// Resolve", "the Munich Security Conference"), WEAPON/equipment (named systems, designations such
// as "Il-76" or "Su-30MK2", ships "USS <name>") and TITLE/ROLE phrases ("senior Russia analyst").
// All vocabulary comes from data/entity-rules.json.
import rules from './data/entity-rules.json' with { type: 'json' };
import type { TokenSpan } from './ner-labels.js';
import { isCapitalized } from './word-shape.js';

const eventTriggers = new Set(rules.eventTriggers);
const eventHeads = new Set(rules.eventHeads);
const weaponFirst = new Map<string, string[][]>();
for (const name of rules.weaponNames) {
  const parts = name.split(' ');
  const list = weaponFirst.get(parts[0].toLowerCase()) ?? [];
  list.push(parts.map((p) => p.toLowerCase()));
  weaponFirst.set(parts[0].toLowerCase(), list);
}
const shipPrefixes = new Set(rules.shipPrefixes);
const electionHeads = new Set(rules.electionHeads);
const electionModifiers = new Set(rules.electionModifiers);
const roleHeads = new Set(rules.roleHeads);
const roleModifiers = new Set(rules.roleModifiers);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const DESIGNATION = new RegExp(
  `^(?:${[...rules.designationPrefixes]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})-\\d{1,4}[A-Za-z]{0,4}\\d?$`,
);

/** "Su-30MK2", "Il-76": the cheap checks first, the long alternation last. */
const isDesignation = (w: string) => w.includes('-') && /\d/.test(w) && DESIGNATION.test(w);

const isNameLike = (w: string) => isCapitalized(w) || /^\p{Lu}\.?$/u.test(w) || /^\d+$/.test(w);

/** Named systems, with a model suffix ("Igla-S", "Buk-M2") and a following designation. */
function weaponAt(words: readonly string[], i: number): number {
  const w = words[i];
  if (!isCapitalized(w)) return -1;
  const lw = w.toLowerCase();
  let end = -1;
  if (isDesignation(w)) end = i + 1;
  const base = lw.includes('-') ? lw.slice(0, lw.indexOf('-')) : lw;
  const suffixed = base !== lw && /^[\p{Lu}\d-]{1,5}$/u.test(w.slice(base.length + 1));
  for (const parts of weaponFirst.get(lw) ?? weaponFirst.get(suffixed ? base : '') ?? []) {
    if (!isCapitalized(w) && !/^\p{Lu}/u.test(w)) continue;
    const len = parts.length;
    if (parts.every((p, k) => k === 0 || words[i + k]?.toLowerCase() === p)) end = Math.max(end, i + len);
  }
  if (end < 0) return -1;
  while (
    end < words.length &&
    (isDesignation(words[end]) ||
      (/^\p{Lu}{1,3}\d*$/u.test(words[end]) && words[end].length <= 3 && /\d/.test(words[end])))
  )
    end++;
  return end;
}

/** "the 1992 United Kingdom general election", "2009 European Parliament election in Italy". */
function electionAt(words: readonly string[], lower: readonly string[], i: number): TokenSpan | null {
  let start = i;
  let named = false;
  while (start > 0) {
    const w = words[start - 1];
    if (/^(?:1[89]|20)\d\d$/.test(w) || isCapitalized(w)) named = true;
    else if (!electionModifiers.has(lower[start - 1])) break;
    if (DETERMINERS.has(w)) break;
    start--;
  }
  let end = i + 1;
  if (lower[end] === 'in' && words[end + 1] && isCapitalized(words[end + 1])) {
    end += 2;
    while (end < words.length && isCapitalized(words[end])) end++;
    named = true;
  }
  return named && start < i ? { start, end, type: 'EVENT' } : null;
}

const DETERMINERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our']);

/** A role phrase ending at head i: modifiers and names before it, "of <Name>" after it. */
function roleAt(
  words: readonly string[],
  lower: readonly string[],
  i: number,
  blocked: readonly boolean[],
  entityAt: readonly boolean[],
): TokenSpan | null {
  const lw = lower[i];
  if (!roleHeads.has(lw) && !(lw.endsWith('s') && roleHeads.has(lw.slice(0, -1)))) return null;
  const modifier = (k: number) =>
    !blocked[k] &&
    !DETERMINERS.has(words[k]) &&
    (roleModifiers.has(lower[k]) || entityAt[k] || (k > 0 && isCapitalized(words[k])));
  let start = i;
  while (start > 0 && modifier(start - 1)) start--;
  let end = i + 1;
  if (lower[end] === 'of' && words[end + 1]) {
    let k = end + 1;
    if (lower[k] === 'the') k++;
    const from = k;
    while (k < words.length && !blocked[k] && isCapitalized(words[k])) k++;
    if (k > from) end = k;
  }
  if (start === i && end === i + 1 && !isCapitalized(words[i])) return null;
  return { start, end, type: 'TITLE' };
}

/**
 * Rule spans of one sentence. `personAt[k]` marks tokens the model called a person, so a role
 * phrase stops before the name it introduces ("Spokeswoman" | "Maria Zakharova"); `entityAt[k]`
 * marks other model entities, which may modify a role ("Russia analyst").
 */
export function ruleSpans(
  words: readonly string[],
  personAt: readonly boolean[],
  entityAt: readonly boolean[],
): TokenSpan[] {
  const lower = words.map((w) => w.toLowerCase());
  const out: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (eventTriggers.has(w) && words[i + 1] && isCapitalized(words[i + 1]) && !(i === 0 && w === 'Treaty')) {
      let end = i + 1;
      while (end < words.length && isNameLike(words[end]) && end - i <= 4) end++;
      out.push({ start: i, end, type: 'EVENT' });
      i = end - 1;
      continue;
    }
    if (shipPrefixes.has(w) && words[i + 1] && isCapitalized(words[i + 1])) {
      let end = i + 1;
      while (end < words.length && isNameLike(words[end]) && end - i <= 5) end++;
      out.push({ start: i, end, type: 'WEAPON' });
      i = end - 1;
      continue;
    }
    const wEnd = weaponAt(words, i);
    if (wEnd > i) {
      out.push({ start: i, end: wEnd, type: 'WEAPON' });
      i = wEnd - 1;
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (!eventHeads.has(words[i]) || out.some((s) => s.start <= i && i < s.end)) continue;
    let start = i;
    while (start > 0 && isNameLike(words[start - 1]) && !personAt[start - 1] && start - 1 > 0) start--;
    let end = i + 1;
    if (/^(?:[IVX]{1,4}|\d{1,2})$/.test(words[end] ?? '')) end++;
    if (start < i) out.push({ start, end, type: 'EVENT' });
  }
  for (let i = 0; i < words.length; i++) {
    if (!electionHeads.has(lower[i]) || out.some((s) => s.start <= i && i < s.end)) continue;
    const e = electionAt(words, lower, i);
    if (e) {
      for (let k = out.length - 1; k >= 0; k--)
        if (out[k].start < e.end && e.start < out[k].end) out.splice(k, 1);
      out.push(e);
      i = e.end - 1;
    }
  }
  const blocked = words.map((_, k) => personAt[k] || out.some((s) => s.start <= k && k < s.end));
  for (let i = 0; i < words.length; i++) {
    if (blocked[i]) continue;
    const role = roleAt(words, lower, i, blocked, entityAt);
    if (role) {
      // "former director" + "general of the Council" is one role.
      const prev = out[out.length - 1];
      if (prev?.type === 'TITLE' && prev.end === role.start) prev.end = role.end;
      else out.push(role);
      i = role.end - 1;
    }
  }
  return out;
}
