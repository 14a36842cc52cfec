// Entity mentions for a document given as sentences of words: the statistical tagger's spans,
// repaired where it is known to slip (a role word swallowed into a name, an ORG split at "/"),
// then the rule layer (EVENT and WEAPON win over overlapping model spans; TITLE may nest), then
// product types.
import rules from './data/entity-rules.json' with { type: 'json' };
import { ruleSpans } from './entity-rules.js';
import { type EntityType, productType } from './entity-types.js';
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

export function labelSentences(sentences: readonly (readonly string[])[], model?: NerModel): LabeledSpan[][] {
  const tagged = tagDocument(sentences, model);
  return sentences.map((words, si) => {
    const model = repair(words, tagged[si]);
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
        type: productType(s.type, words.slice(s.start, s.end).join(' ')),
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
}
