// Finds attributions with the trained tagger: the rule-based finder runs first and its cues and
// roles become features; the first stage tags each paragraph (BILOU over Source, Cue, Content),
// the second tags it again knowing where the first put the cues; then the spans are tied into
// quotes. Time is linear in the text: one view, one rule pass, two Viterbi passes over paragraphs
// of bounded length.
import type { NerModel } from '../nlp/ner-model.js';
import { scoreTokens, viterbi } from '../nlp/perceptron.js';
import { assemble } from './attribution-assemble.js';
import { buildContext, type TokenContext, withPrior } from './attribution-context.js';
import { AttributionFeatures } from './attribution-features.js';
import { defaultQuotesModel, type QuotesModel } from './attribution-model.js';
import { labelsToRoles, type RoleSpan } from './attribution-roles.js';
import type { CueKind } from './lexicon.js';
import { type FindOptions, type FoundQuote, findFrames } from './quote-finder.js';
import type { EntityHint } from './source-name.js';
import { buildView } from './token-view.js';

export interface TagOptions extends FindOptions {
  /** Entity mentions (the language core's layer), used as features. */
  entities?: readonly EntityHint[];
  model?: QuotesModel;
}

const extractors = new WeakMap<NerModel, AttributionFeatures>();

function extractorFor(model: NerModel): AttributionFeatures {
  let x = extractors.get(model);
  if (!x) {
    x = new AttributionFeatures(model.features);
    extractors.set(model, x);
  }
  return x;
}

/** Role spans of every segment, as document token ranges. */
export function tagRoles(model: NerModel, ctx: TokenContext, x = extractorFor(model)): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const seg of ctx.segments) {
    const sf = x.segment(ctx, seg);
    const labels = viterbi(model, scoreTokens(model, sf), seg.e - seg.s);
    for (const r of labelsToRoles(labels)) spans.push({ s: r.s + seg.s, e: r.e + seg.s, role: r.role });
  }
  return spans;
}

export function findAttributions(text: string, opts: TagOptions = {}): FoundQuote[] {
  const model = opts.model ?? defaultQuotesModel();
  const v = buildView(text, opts.sentences);
  const { frames, cues } = findFrames(v);
  const ctx = buildContext(v, frames, cues, opts.entities ?? []);
  const first = tagRoles(model.first, ctx);
  const spans = tagRoles(model.second, withPrior(ctx, first));
  const kinds = new Map<number, CueKind>();
  for (const c of cues) for (let i = c.s; i < c.e; i++) kinds.set(i, c.kind);
  return assemble(ctx, spans, frames, (t) => kinds.get(t) ?? null);
}
