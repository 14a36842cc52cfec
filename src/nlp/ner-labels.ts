// The tagger's label set: BILOU over the four CoNLL types, the allowed transitions between them,
// and conversions between tag sequences and entity spans (conlleval semantics for IOB input).

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const LABELS: readonly string[] = [
  'O',
  ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];
export const L = LABELS.length;

export interface TokenSpan {
  /** Token indices, half-open. */
  start: number;
  end: number;
  type: string;
}

const prefixOf = (label: number) => (label === 0 ? 'O' : LABELS[label][0]);
const typeOf = (label: number) => (label === 0 ? '' : LABELS[label].slice(2));

/** allowed[a * L + b]: may label b follow label a? Index L*L.. holds "may start"/"may end". */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(L * L + 2 * L);
  for (let x = 0; x < L; x++) {
    for (let y = 0; y < L; y++) {
      const px = prefixOf(x);
      const py = prefixOf(y);
      const open = px === 'B' || px === 'I';
      const cont = py === 'I' || py === 'L';
      a[x * L + y] = open ? (cont && typeOf(x) === typeOf(y) ? 1 : 0) : cont ? 0 : 1;
    }
    a[L * L + x] = prefixOf(x) === 'I' || prefixOf(x) === 'L' ? 0 : 1;
    a[L * L + L + x] = prefixOf(x) === 'B' || prefixOf(x) === 'I' ? 0 : 1;
  }
  return a;
})();

export function spansToBilou(n: number, spans: readonly TokenSpan[]): number[] {
  const out = new Array<number>(n).fill(0);
  const id = (p: string, t: string) => LABELS.indexOf(`${p}-${t}`);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = id('U', s.type);
    else {
      out[s.start] = id('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = id('I', s.type);
      out[s.end - 1] = id('L', s.type);
    }
  }
  return out;
}

export function bilouToSpans(labels: readonly number[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  for (let i = 0; i < labels.length; i++) {
    const p = prefixOf(labels[i]);
    if (p === 'U') out.push({ start: i, end: i + 1, type: typeOf(labels[i]) });
    else if (p === 'B') open = i;
    else if (p === 'L' && open >= 0) {
      out.push({ start: open, end: i + 1, type: typeOf(labels[i]) });
      open = -1;
    }
  }
  return out;
}

/** Chunks of an IOB1 or IOB2 tag column, as conlleval reads them. */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const p = tag === 'O' || tag.length < 2 ? 'O' : tag[0];
    const t = p === 'O' ? '' : tag.slice(2);
    const starts = p === 'B' || (p === 'I' && (!cur || cur.type !== t));
    if (cur && (p === 'O' || starts)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (starts) cur = { start: i, end: i + 1, type: t };
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}

/** IOB2 tags for spans over n tokens. */
export function spansToIob2(n: number, spans: readonly TokenSpan[]): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    out[s.start] = `B-${s.type}`;
    for (let i = s.start + 1; i < s.end; i++) out[i] = `I-${s.type}`;
  }
  return out;
}
