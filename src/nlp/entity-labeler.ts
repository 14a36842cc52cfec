// Entity mentions for a document given as sentences of words: the statistical tagger's spans,
// repaired where it is known to slip (a role word swallowed into a name, an ORG split at "/"),
// then the rule layer (EVENT and WEAPON win over overlapping model spans; TITLE may nest), then
// product types.
import rules from './data/entity-rules.json' with { type: 'json' };
import { ruleSpans } from './entity-rules.js';
import { type EntityType, productType } from './entity-types.js';
import { inGazetteer } from './gazetteer.js';
import type { TokenSpan } from './ner-labels.js';
import type { NerModel } from './ner-model.js';
import { tagDocument } from './ner-tagger.js';

export interface LabeledSpan {
  start: number;
  end: number;
  type: EntityType;
  /** 'model' or the rule that made or changed the span. */
  why: string;
}

const roleWords = new Set([...rules.roleHeads, ...rules.roleModifiers]);
const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Prof|Rev|President|Premier|Minister)\.?$/;

function repair(words: readonly string[], spans: TokenSpan[]): (TokenSpan & { why: string })[] {
  const out: (TokenSpan & { why: string })[] = [];
  for (const s of spans) {
    const span = { ...s, why: 'model' };
    if (span.type === 'PER') {
      while (
        span.end - span.start > 1 &&
        (HONORIFIC.test(words[span.start]) || roleWords.has(words[span.start].toLowerCase()))
      ) {
        span.start++;
        span.why = 'model+trim-role';
      }
    }
    // "Bashar al-Assad": a particle-joined surname the tagger left outside the name.
    if (/^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u.test(words[span.end] ?? '')) {
      span.end++;
      span.why = `${span.why}+particle`;
      if (span.type !== 'PER' && span.type !== 'ORG') span.type = 'PER';
    }
    const prev = out[out.length - 1];
    if (prev && prev.end + 1 === span.start && words[prev.end] === '/' && prev.type === 'ORG') {
      prev.end = span.end;
      prev.why = 'model+join-slash';
      continue;
    }
    out.push(span);
  }
  return out;
}

const QUOTE = /^["“”'‘’]$/;
const PARTICLE_JOINED = /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u;

/** Nicholas "Nick" Reiner: a quoted nickname between two name parts makes one person. */
function joinNicknames(
  words: readonly string[],
  spans: (TokenSpan & { why: string })[],
): (TokenSpan & { why: string })[] {
  for (let i = 1; i + 3 < words.length; i++) {
    if (!QUOTE.test(words[i]) || !QUOTE.test(words[i + 2]) || !/^\p{Lu}/u.test(words[i + 1])) continue;
    const left = spans.find((s) => s.start <= i - 1 && i - 1 < s.end);
    const right = spans.find((s) => s.start <= i + 3 && i + 3 < s.end);
    const person =
      (left?.type === 'PER' && !right) ||
      (right?.type === 'PER' && !left) ||
      (left?.type === 'PER' && right?.type === 'PER');
    if (!person || !/^\p{Lu}/u.test(words[i - 1]) || !/^\p{Lu}/u.test(words[i + 3])) continue;
    const start = left ? left.start : i - 1;
    const end = right ? right.end : i + 4;
    const joined = { start, end, type: 'PER', why: 'model+nickname' };
    spans = [...spans.filter((s) => s.end <= start || s.start >= end), joined].sort(
      (a, b) => a.start - b.start,
    );
  }
  return spans;
}

/**
 * One name, one type within a document: a multi-word name the tagger typed differently in a
 * minority of its mentions takes the majority type ("of Nicolás Maduro" read as an ORG once).
 */
function harmonise(sentences: readonly (readonly string[])[], labeled: LabeledSpan[][]): void {
  harmoniseNames(sentences, labeled);
  const votes = new Map<string, Map<EntityType, number>>();
  const key = (si: number, s: LabeledSpan) => sentences[si].slice(s.start, s.end).join(' ');
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      if (s.end - s.start < 2 || !s.why.startsWith('model')) continue;
      const k = key(si, s);
      const m = votes.get(k) ?? new Map<EntityType, number>();
      m.set(s.type, (m.get(s.type) ?? 0) + 1);
      votes.set(k, m);
    }
  });
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      const m = s.end - s.start >= 2 && s.why.startsWith('model') ? votes.get(key(si, s)) : undefined;
      if (!m || m.size < 2) continue;
      const [best, n] = [...m].sort((a, b) => b[1] - a[1])[0];
      let total = 0;
      for (const c of m.values()) total += c;
      if (best !== s.type && n * 3 >= total * 2) {
        s.type = best;
        s.why = `${s.why}+document-majority`;
      }
    }
  });
}

/**
 * Names across a document: a capitalised name opening with a known first name is a person, and a
 * later or earlier mention of that person's surname alone is the same person ("Nicolás Maduro" …
 * "Maduro"), whatever the tagger's local evidence said.
 */
function propagateNames(sentences: readonly (readonly string[])[], labeled: LabeledSpan[][]): void {
  const surnames = new Set<string>();
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      if (!s.why.startsWith('model') || s.end - s.start < 2) continue;
      const words = sentences[si].slice(s.start, s.end);
      if (!words.every((w) => /^\p{Lu}/u.test(w) || PARTICLE_JOINED.test(w))) continue;
      const personLike =
        inGazetteer([words[0]], ['firstName']) || (words.length === 2 && PARTICLE_JOINED.test(words[1]));
      if (
        s.type !== 'PERSON' &&
        personLike &&
        !inGazetteer(words, ['org', 'country', 'city', 'region', 'gpe'])
      ) {
        s.type = 'PERSON';
        s.why = `${s.why}+first-name`;
      }
      if (s.type === 'PERSON') surnames.add(words[words.length - 1]);
    }
  });
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      if (s.type === 'PERSON' || !s.why.startsWith('model') || s.end - s.start !== 1) continue;
      if (surnames.has(sentences[si][s.start])) {
        s.type = 'PERSON';
        s.why = `${s.why}+surname-of-person`;
      }
    }
  });
}

/** A name whose last word the document mostly gives to a person is a person ("of Nicolás Maduro"). */
function harmoniseNames(sentences: readonly (readonly string[])[], labeled: LabeledSpan[][]): void {
  propagateNames(sentences, labeled);
  const person = new Map<string, number>();
  const other = new Map<string, number>();
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      if (!s.why.startsWith('model')) continue;
      const last = sentences[si][s.end - 1];
      const m = s.type === 'PERSON' ? person : other;
      m.set(last, (m.get(last) ?? 0) + 1);
    }
  });
  labeled.forEach((spans, si) => {
    for (const s of spans) {
      if (s.type === 'PERSON' || !s.why.startsWith('model') || s.end - s.start < 2) continue;
      const words = sentences[si].slice(s.start, s.end);
      if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn|abu|ben)-/u.test(w))) continue;
      const last = words[words.length - 1];
      const p = person.get(last) ?? 0;
      if (p >= 2 && p * 3 >= (p + (other.get(last) ?? 0)) * 2) {
        s.type = 'PERSON';
        s.why = `${s.why}+document-name`;
      }
    }
  });
}

export function labelSentences(sentences: readonly (readonly string[])[], model?: NerModel): LabeledSpan[][] {
  const tagged = tagDocument(sentences, model);
  const labeled = sentences.map((words, si) => {
    const model = joinNicknames(words, repair(words, tagged[si]));
    const personAt = words.map(() => false);
    const entityAt = words.map(() => false);
    for (const s of model)
      for (let k = s.start; k < s.end; k++) (s.type === 'PER' ? personAt : entityAt)[k] = true;
    const found = ruleSpans(words, personAt, entityAt);
    const strong = found.filter((r) => r.type !== 'TITLE');
    const out: LabeledSpan[] = [];
    for (const s of model) {
      if (strong.some((r) => r.start < s.end && s.start < r.end)) continue;
      out.push({
        start: s.start,
        end: s.end,
        type: productType(s.type, words.slice(s.start, s.end)),
        why: s.why,
      });
    }
    for (const r of found)
      out.push({
        start: r.start,
        end: r.end,
        type: r.type as EntityType,
        why: `rule:${r.type.toLowerCase()}`,
      });
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  });
  harmonise(sentences, labeled);
  return labeled;
}
