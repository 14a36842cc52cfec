// A small open-addressing hash map from a pair of non-negative int32 keys to an int32 value. The
// tagger memoises feature indices under (template+id, id) pairs; a Map keyed by a combined double
// would box a heap number per look-up, which showed up as garbage-collection time.

export class IntPairMap {
  private a: Int32Array;
  private b: Int32Array;
  private v: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacityLog2 = 16) {
    const cap = 1 << capacityLog2;
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.v = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** The value, or undefined. */
  get(a: number, b: number): number | undefined {
    for (let s = this.slot(a, b); ; s = (s + 1) & this.mask) {
      const k = this.a[s];
      if (k === -1) return undefined;
      if (k === a && this.b[s] === b) return this.v[s];
    }
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 2 > this.a.length) this.grow();
    for (let s = this.slot(a, b); ; s = (s + 1) & this.mask) {
      const k = this.a[s];
      if (k === -1) {
        this.a[s] = a;
        this.b[s] = b;
        this.v[s] = value;
        this.size++;
        return;
      }
      if (k === a && this.b[s] === b) {
        this.v[s] = value;
        return;
      }
    }
  }

  clear(): void {
    this.a.fill(-1);
    this.size = 0;
  }

  private grow(): void {
    const { a, b, v } = this;
    this.a = new Int32Array(a.length * 2).fill(-1);
    this.b = new Int32Array(a.length * 2);
    this.v = new Int32Array(a.length * 2);
    this.mask = this.a.length - 1;
    this.size = 0;
    for (let s = 0; s < a.length; s++) if (a[s] !== -1) this.set(a[s], b[s], v[s]);
  }
}
