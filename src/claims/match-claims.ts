// Whether two claim mentions say the same thing, and whether they disagree. Same claim: the predicate
// class agrees (or one side has none), they share the entities the smaller one names, and either the
// figures agree or enough content words are shared; or the wording is nearly the same. A mention
// that matches but gives an incompatible figure or date, or denies what the other asserts, conflicts.
import type { ClaimMention, ClaimValue } from './claim-types.js';
import { REPORTING_CLASS as REPORTING } from './lexicon.js';
import { type KeySource, keysOf, sharedIds, sharedWords, wordCount } from './mention-keys.js';

/** A figure as comparisons read it (its text is only for display). */
export type ComparedValue = Omit<ClaimValue, 'text'>;

/** What matching and conflict checks read of the mention a new one is compared with: a full mention,
 * or a wording the claim stage keeps (kept-wording.ts), whose times are years only. */
export type Compared = Pick<ClaimMention, 'docId' | 'start' | 'predicate' | 'negated'> & {
  values: readonly ComparedValue[];
  times: readonly string[];
  claimant: { key: string } | null;
} & KeySource;

export interface MatchResult {
  score: number;
  /** Why the two are one claim, for the claim's reason line. */
  why: string;
}

const NEAR_SAME_WORDING = 0.5;
const MIN_SHARED_WORDS = 3;
/** Shared content words over the shorter sentence's, and over both together. */
const MIN_WORD_COVER = 0.3;
const MIN_WORD_JACCARD = 0.12;
const SAME_DOC_JACCARD = 0.3;

interface Overlap {
  shared: number;
  coef: number;
  jaccard: number;
}

function measure(shared: number, x: number, y: number): Overlap {
  const small = Math.min(x, y);
  const union = x + y - shared;
  return { shared, coef: small ? shared / small : 0, jaccard: union ? shared / union : 0 };
}

function wordOverlap(a: KeySource, b: KeySource): Overlap {
  const wa = keysOf(a).words;
  const wb = keysOf(b).words;
  return measure(sharedWords(wa, wb), wordCount(wa), wordCount(wb));
}

function comparable(a: ComparedValue, b: ComparedValue): boolean {
  if (a.amount === null || b.amount === null || a.kind !== b.kind) return false;
  if (a.kind === 'MONEY') return a.currency === b.currency;
  // A bare count is comparable only when both count the same thing ("12 ships", "15 ships").
  if (a.kind === 'CARDINAL') return a.noun !== null && a.noun === b.noun;
  return a.unit === b.unit && (a.noun === null || b.noun === null || a.noun === b.noun);
}

/** The interval a figure allows: "more than 20" is [20, ∞), "about 20" is [18, 22]. */
export function interval(v: Pick<ClaimValue, 'amount' | 'qualifier'>): [number, number] {
  const x = v.amount ?? 0;
  if (v.qualifier === '>=' || v.qualifier === '>') return [x, Number.POSITIVE_INFINITY];
  if (v.qualifier === '<=' || v.qualifier === '<') return [0, x];
  if (v.qualifier === '~') return [x * 0.9, x * 1.1];
  return [x * 0.98, x * 1.02];
}

const agree = (a: ComparedValue, b: ComparedValue) => {
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  return al <= bh && bl <= ah;
};

function valueRelation(a: Compared, b: Compared): 'agree' | 'conflict' | 'none' {
  let relation: 'agree' | 'conflict' | 'none' = 'none';
  for (const va of a.values)
    for (const vb of b.values) {
      if (!comparable(va, vb)) continue;
      if (agree(va, vb)) return 'agree';
      relation = 'conflict';
    }
  return relation;
}

const year = (t: string) => (/^\d{4}/.test(t) ? t.slice(0, 4) : null);

/** Both give a year for the claim and no year is shared. */
function datesConflict(a: Compared, b: Compared): boolean {
  const ya = new Set(a.times.map(year).filter((y): y is string => !!y));
  const yb = new Set(b.times.map(year).filter((y): y is string => !!y));
  return ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y));
}

/** Whether the two word sets' sizes even allow a Jaccard of `min` (it is at most small / big). */
function sizesAllow(a: KeySource, b: KeySource, min: number): boolean {
  const x = wordCount(keysOf(a).words);
  const y = wordCount(keysOf(b).words);
  return Math.min(x, y) >= min * Math.max(x, y);
}

export function matchMentions(a: ClaimMention, b: Compared): MatchResult | null {
  if (a.docId === b.docId && a.start === b.start) return null;
  // Most candidates fail cheaply: without a shared predicate and entities only nearly the same
  // wording matches, which word sets of very different sizes cannot be.
  const samePredicate = !!a.predicate && a.predicate === b.predicate;
  const ea = keysOf(a).entities;
  const eb = keysOf(b).entities;
  const ents = samePredicate ? measure(sharedIds(ea, eb), ea.length, eb.length) : null;
  const fewest = Math.min(ea.length, eb.length);
  const entitiesAgree = !!ents && ents.shared >= Math.min(2, fewest) && ents.coef >= 0.5;
  if (!entitiesAgree && !sizesAllow(a, b, NEAR_SAME_WORDING)) return null;
  const words = wordOverlap(a, b);
  if (words.jaccard >= NEAR_SAME_WORDING) return { score: 1 + words.jaccard, why: 'nearly the same wording' };
  if (!ents || !entitiesAgree) return null;
  // Sentences of one article share its topic words; only a real restatement counts as one claim.
  if (a.docId === b.docId && words.jaccard < SAME_DOC_JACCARD) return null;
  const values = valueRelation(a, b);
  if (values === 'agree')
    return { score: 1 + ents.coef, why: `same ${a.predicate} claim about the same figure` };
  // A reporting verb says little about what was reported: the wording must carry the match.
  const minJaccard = a.predicate === REPORTING ? SAME_DOC_JACCARD : MIN_WORD_JACCARD;
  if (words.shared < MIN_SHARED_WORDS || words.coef < MIN_WORD_COVER || words.jaccard < minJaccard)
    return null;
  const sameClaimant = !!a.claimant && a.claimant.key === b.claimant?.key;
  const score = 0.5 * ents.coef + 0.5 * words.coef + (sameClaimant ? 0.2 : 0);
  if (values === 'conflict') return { score, why: `same ${a.predicate} claim with a different figure` };
  return { score, why: `same ${a.predicate} claim about the same entities` };
}

type Conflict = 'figures' | 'denial' | 'dates';

/** How two mentions of one claim contradict each other, if they do (the reason without its text). */
export function conflictOf(a: Compared, b: Compared): Conflict | null {
  if (valueRelation(a, b) === 'conflict') return 'figures';
  const words = wordOverlap(a, b);
  if (a.negated !== b.negated && a.predicate === b.predicate && words.jaccard >= 0.4) return 'denial';
  if (datesConflict(a, b) && words.jaccard >= 0.4) return 'dates';
  return null;
}

/** Why two mentions of one claim contradict each other, or null when they do not. */
export function conflictBetween(a: ClaimMention, b: ClaimMention): string | null {
  const kind = conflictOf(a, b);
  if (kind === 'figures') {
    const va = a.values.map((v) => v.text).join(', ');
    const vb = b.values.map((v) => v.text).join(', ');
    return `figures disagree: ${va} vs ${vb}`;
  }
  if (kind === 'denial') return 'one denies what the other asserts';
  if (kind === 'dates') return `dates disagree: ${a.times.join(', ')} vs ${b.times.join(', ')}`;
  return null;
}
