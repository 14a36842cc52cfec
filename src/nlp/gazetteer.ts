// Gazetteer look-up over token sequences: a trie of lower-cased token texts built from
// data/gazetteer.json, matched longest-first at each capitalised token. The tagger uses the
// matches as features; the type mapper uses them to tell GPE from LOC and NORP from MISC.
import data from './data/gazetteer.json' with { type: 'json' };
import { tokenize } from './tokenize.js';

export type GazetteerList = keyof typeof data.lists;

export interface TrieNode {
  next: Map<string, TrieNode>;
  lists: GazetteerList[];
}

export interface GazetteerMatch {
  start: number;
  end: number;
  list: GazetteerList;
}

const MAX_LEN = 8;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cased key without diacritics, so "Nicolás" finds "Nicolas". */
export function foldKey(lower: string): string {
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}
let root: TrieNode | null = null;

function node(): TrieNode {
  return { next: new Map(), lists: [] };
}

function build(): TrieNode {
  const r = node();
  for (const [list, names] of Object.entries(data.lists) as [GazetteerList, string[]][]) {
    for (const name of names) {
      const toks = tokenize(name);
      if (toks.length === 0 || toks.length > MAX_LEN) continue;
      let n = r;
      for (const t of toks) {
        const key = foldKey(t.text.toLowerCase());
        let child = n.next.get(key);
        if (!child) {
          child = node();
          n.next.set(key, child);
        }
        n = child;
      }
      if (!n.lists.includes(list)) n.lists.push(list);
    }
  }
  return r;
}

/** Longest match per list starting at each capitalised token; `lower` is the tokens lower-cased (and may be folded). */
export function matchGazetteer(words: readonly string[], lower: readonly string[]): GazetteerMatch[] {
  const folded = lower.map(foldKey);
  return matchFrom(
    words.map((w, i) => (isCapitalisedStart(w) ? gazetteerStart(folded[i]) : null)),
    folded,
  );
}

/** Gazetteer matches start at capitalised words only. */
export function isCapitalisedStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0].toLowerCase());
}

/** The trie node a capitalised word with this folded key starts, or null (cacheable per word type). */
export function gazetteerStart(folded: string): TrieNode | null {
  root ??= build();
  return root.next.get(folded) ?? null;
}

/** Longest match per list from each token whose start node is given; `folded` are the keys. */
export function matchFrom(starts: readonly (TrieNode | null)[], folded: readonly string[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < starts.length; i++) {
    let n: TrieNode | null | undefined = starts[i];
    if (!n) continue;
    const first = out.length;
    for (let j = i; n && j - i < MAX_LEN; ) {
      for (const list of n.lists) {
        let k = first;
        while (k < out.length && out[k].list !== list) k++;
        if (k < out.length) out[k].end = j + 1;
        else out.push({ start: i, end: j + 1, list });
      }
      j++;
      n = j < folded.length ? n.next.get(folded[j]) : undefined;
    }
  }
  return out;
}

/** Whether a phrase, given as its tokens, is in one of the lists (case-insensitive, token-exact). */
export function inGazetteer(words: readonly string[], lists: readonly GazetteerList[]): boolean {
  const lower = words.map((t) => foldKey(t.toLowerCase()));
  root ??= build();
  let n: TrieNode | undefined = root;
  for (const l of lower) {
    n = n.next.get(l);
    if (!n) return false;
  }
  return n.lists.some((l) => lists.includes(l));
}
