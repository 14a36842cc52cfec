// What the claim stage keeps of a claim's wording between documents: exactly what matching and
// conflict checks read (match-claims.ts), in as few bytes as it can. The stage keeps wordings of
// every claim it holds, so each field counts: words are a packed key, times are years only (the
// only part of a time a conflict reads), figures lose their display text, and repeated strings
// (predicates, years, units, claimant keys, document ids) are shared through a pool.
import type { ClaimMention } from './claim-types.js';
import type { ComparedValue } from './match-claims.js';
import { KEYS, keysOf, type MentionKeys, packWords } from './mention-keys.js';

const NONE: readonly never[] = Object.freeze([]);

/** Shares equal strings (and small objects keyed by a string). It forgets everything past `max`
 * entries: sharing only saves memory, so a forgotten string is at worst held twice. */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly claimants = new Map<string, { key: string }>();
  private readonly lists = new Map<string, readonly string[]>();

  constructor(private readonly max = 100_000) {}

  str(s: string): string;
  str(s: string | null): string | null;
  str(s: string | null): string | null {
    if (s === null) return null;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= this.max) this.strings.clear();
    this.strings.set(s, s);
    return s;
  }

  /** An equal list of strings already held (many wordings of a claim name the same entities). */
  list(items: readonly string[]): readonly string[] {
    if (!items.length) return NONE;
    const key = items.join('\u0001');
    let l = this.lists.get(key);
    if (!l) {
      if (this.lists.size >= this.max) this.lists.clear();
      l = Object.freeze(items.map((s) => this.str(s)));
      this.lists.set(key, l);
    }
    return l;
  }

  claimant(key: string): { key: string } {
    let c = this.claimants.get(key);
    if (!c) {
      if (this.claimants.size >= this.max) this.claimants.clear();
      c = { key: this.str(key) };
      this.claimants.set(c.key, c);
    }
    return c;
  }
}

/** Two 32-bit hashes of a sentence: a claim tells its wordings apart by these, not by their text. */
export function textHashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 33) + c) | 0;
  }
  return [a | 0, b];
}

export class KeptWording implements MentionKeys {
  readonly docId: string;
  readonly start: number;
  readonly predicate: string | null;
  readonly negated: boolean;
  readonly values: readonly ComparedValue[];
  readonly times: readonly string[];
  readonly claimant: { key: string } | null;
  readonly words: string;
  readonly entities: readonly string[];
  /** The sentence's textHashes. */
  readonly hashA: number;
  readonly hashB: number;

  constructor(m: ClaimMention, hashes: [number, number], pool: StringPool) {
    this.docId = pool.str(m.docId);
    this.start = m.start;
    this.predicate = pool.str(m.predicate);
    this.negated = m.negated;
    this.values = m.values.length ? m.values.map((v) => keptValue(v, pool)) : NONE;
    const years = new Set<string>();
    for (const t of m.times) if (/^\d{4}/.test(t)) years.add(t.slice(0, 4));
    this.times = pool.list([...years]);
    this.claimant = m.claimant ? pool.claimant(m.claimant.key) : null;
    const keys = keysOf(m);
    this.words = packWords(keys.words);
    this.entities = pool.list(keys.entities);
    [this.hashA, this.hashB] = hashes;
  }

  /** Its keys are itself (mention-keys.ts). */
  get [KEYS](): MentionKeys {
    return this;
  }
}

function keptValue(v: ComparedValue, pool: StringPool): ComparedValue {
  return {
    kind: pool.str(v.kind),
    amount: v.amount,
    currency: pool.str(v.currency),
    qualifier: pool.str(v.qualifier),
    unit: pool.str(v.unit),
    noun: pool.str(v.noun),
  };
}
