// Feature indices without building a string per feature per token: the values a feature combines
// (a word, a tag, a distance) are interned as small integers, and the index of a (template, value,
// value) triple sits in an integer hash map. While training (open) a triple's name is built the
// first time it is seen and handed to the growing dictionary; for a trained model (closed) every
// known triple is registered up front from the model's feature names, so tagging builds no
// strings and an unknown value is one failed look-up.
import { IntPairMap } from '../nlp/int-pair-map.js';

export type FeatureIndex = (name: string) => number;

/** Atom 0 stands for "no second value"; atom 1 for any value a closed memo does not know. */
const NONE = 0;
const UNKNOWN = 1;
const MAX_ATOMS = 1 << 23;
const MAX_MEMO = 1 << 22;

export class FeatureMemo {
  private atomIds = new Map<string, number>();
  private atomNames: string[] = ['', '\u0000'];
  private pairs = new IntPairMap(12);
  private memo = new IntPairMap(16);
  private readonly ti: Map<string, number>;

  private constructor(
    private readonly index: FeatureIndex | null,
    private readonly templates: readonly string[],
  ) {
    if (templates.length > 127) throw new Error('too many feature templates');
    this.ti = new Map(templates.map((t, i) => [t, i]));
  }

  /** A memo that names new triples and asks `index` for their indices (training). */
  static open(index: FeatureIndex, templates: readonly string[]): FeatureMemo {
    return new FeatureMemo(index, templates);
  }

  /**
   * A memo holding exactly a model's features. `pairs` names the templates whose value is two
   * atoms "a|b"; a value holding more than one "|" is registered under every split, of which
   * only the real one is ever looked up.
   */
  static closed(
    features: ReadonlyMap<string, number>,
    templates: readonly string[],
    pairs: ReadonlySet<string>,
  ): FeatureMemo {
    const m = new FeatureMemo(null, templates);
    for (const [name, f] of features) {
      const eq = name.indexOf('=');
      const t = m.ti.get(name.slice(0, eq));
      if (t === undefined) continue;
      const value = name.slice(eq + 1);
      if (!pairs.has(templates[t])) {
        m.memo.set((t << 24) | m.intern(value), NONE, f);
        continue;
      }
      for (let k = value.indexOf('|'); k >= 0; k = value.indexOf('|', k + 1))
        m.memo.set((t << 24) | m.intern(value.slice(0, k)), m.intern(value.slice(k + 1)), f);
    }
    return m;
  }

  private intern(s: string): number {
    let a = this.atomIds.get(s);
    if (a === undefined) {
      a = this.atomNames.length;
      this.atomNames.push(s);
      this.atomIds.set(s, a);
    }
    return a;
  }

  /** Drops an open memo when it has grown past its bound; call between segments only. */
  bound(): void {
    if (!this.index || (this.atomNames.length < MAX_ATOMS && this.memo.size < MAX_MEMO)) return;
    this.atomIds.clear();
    this.atomNames = ['', '\u0000'];
    this.pairs.clear();
    this.memo.clear();
  }

  atom(s: string): number {
    return this.index ? this.intern(s) : (this.atomIds.get(s) ?? UNKNOWN);
  }

  /** One atom standing for two ("a|b"). */
  join(a: number, b: number): number {
    let j = this.pairs.get(a, b);
    if (j === undefined) {
      j = this.atom(`${this.atomNames[a]}|${this.atomNames[b]}`);
      if (this.pairs.size < MAX_MEMO) this.pairs.set(a, b, j);
    }
    return j;
  }

  /** Index of feature `template=a` or `template=a|b`, or -1 when the model does not know it. */
  id(t: number, a: number, b = NONE): number {
    if (a === UNKNOWN || b === UNKNOWN) return -1;
    const key = (t << 24) | a;
    let f = this.memo.get(key, b);
    if (f === undefined) {
      if (!this.index) return -1;
      const value = b === NONE ? this.atomNames[a] : `${this.atomNames[a]}|${this.atomNames[b]}`;
      f = this.index(`${this.templates[t]}=${value}`);
      this.memo.set(key, b, f);
    }
    return f;
  }
}
