// Invented articles for load tests, built from templates: pseudo-random words from syllables (seeded, so every
// run builds the same corpus), invented actors, outlets, genres and a year of dates. Each article also records
// the facts its templates put in the text (actors, an event, a quote, claims, a story), so synthetic-corpus.ts
// can write the corpus items the analysis stages would. Nothing here comes from a real article.
import { createHash } from 'node:crypto';
import { type Doc, emptyMeta, type Genre, type Span } from '../../doc/index.js';

const syllables = ['ka', 'lo', 'ri', 'ven', 'tas', 'mo', 'dru', 'el', 'sa', 'nor', 'phi', 'gan', 'to', 'bel'];
const genres: Genre[] = ['report', 'analysis', 'opinion', 'blog'];
const verbs = [
  { verb: 'met', code: '036', type: 'consult' },
  { verb: 'criticised', code: '111', type: 'disapprove' },
  { verb: 'sanctioned', code: '163', type: 'sanction' },
  { verb: 'praised', code: '051', type: 'praise' },
  { verb: 'threatened', code: '130', type: 'threaten' },
];
const roles = ['minister', 'spokesperson', 'general', 'envoy', 'president'];

export type ActorType = 'PERSON' | 'ORG' | 'GPE';
export interface Actor {
  index: number;
  name: string;
  type: ActorType;
}

/** Where a template put something in the text: a half-open character range. */
export interface Placed {
  start: number;
  end: number;
}

export interface ArticleFacts {
  actors: (Placed & { actor: Actor })[];
  event: Placed & { actor: Actor; target: Actor; verb: (typeof verbs)[number] };
  quote: Placed & { speaker: Actor; role: string };
  claims: (Placed & { claim: number })[];
  story: number;
}

export interface SyntheticArticle {
  doc: Doc;
  facts: ArticleFacts;
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Builds text piece by piece, remembering where each recorded piece starts and ends. */
class TextBuilder {
  text = '';
  add(s: string): Placed {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
}

export interface CorpusShape {
  actors: Actor[];
  outlets: string[];
  claims: number;
  stories: number;
}

export function* syntheticArticles(count: number, seed = 7): Generator<SyntheticArticle, void, void> {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const word = () => {
    let w = '';
    for (let i = 0, n = 1 + Math.floor(next() * 3); i < n; i++) w += pick(syllables);
    return w;
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, word);
    return `${cap(words.join(' '))}.`;
  };
  const shape = corpusShape(count, seed);
  // A few actors are in most of the news: squaring the draw favours low indexes.
  const actor = () => shape.actors[Math.floor(next() ** 2 * shape.actors.length)];
  const claimText = (k: number) => {
    const who = shape.actors[k % shape.actors.length].name;
    return `${who} moved ${10 + (k % 90)} units to the ${shape.outlets[k % shape.outlets.length].split(' ')[0]} border`;
  };
  for (let i = 0; i < count; i++) {
    const b = new TextBuilder();
    const a = actor();
    let t = actor();
    if (t === a) t = shape.actors[(a.index + 1) % shape.actors.length];
    const v = pick(verbs);
    const speaker = shape.actors[(Math.floor(next() * 50) * 3) % shape.actors.length];
    const role = pick(roles);
    b.add(`Article ${i}. `);
    const aAt = b.add(a.name);
    b.add(` ${v.verb} `);
    const tAt = b.add(t.name);
    b.add(` on ${pick(['Monday', 'Tuesday', 'Friday'])}. `);
    const event = { start: aAt.start, end: tAt.end + 0, actor: a, target: t, verb: v };
    b.add('“');
    const q = b.add(sentence());
    b.add('” said ');
    const sAt = b.add(speaker.name);
    b.add(`, the ${role}.\n\n`);
    const claims: ArticleFacts['claims'] = [];
    for (let c = 0; c < 2; c++) {
      const k = Math.floor(next() ** 1.5 * shape.claims);
      b.add(`${pick(['Officials said', 'According to reports,', 'Witnesses said'])} `);
      claims.push({ ...b.add(claimText(k)), claim: k });
      b.add('. ');
    }
    for (let p = 0, n = 3 + Math.floor(next() * 5); p < n; p++) {
      b.add(`\n\n${Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' ')}`);
    }
    const text = b.text;
    const bytes = new TextEncoder().encode(text);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const quoteSpan: Span = {
      start: q.start,
      end: q.end,
      label: 'QUOTE_DIRECT',
      prov: { component: 'bench-synthetic', rule: 'template' },
      attrs: { direct: true, speaker: { name: speaker.name, entityId: actorId(speaker) }, role },
    };
    const links: Span[] = [
      { ...aAt, actor: a },
      { ...tAt, actor: t },
      { ...sAt, actor: speaker },
    ].map(({ start, end, actor: x }) => ({
      start,
      end,
      label: x.type,
      prov: { component: 'bench-synthetic', rule: 'template' },
      attrs: { entityId: actorId(x) },
    }));
    yield {
      doc: {
        text,
        meta: {
          ...emptyMeta(),
          title: sentence().slice(0, 60),
          outlet: pick(shape.outlets),
          genre: pick(genres),
          published: next() < 0.9 ? day : null,
          language: 'en',
          url: `https://bench.invalid/${i}`,
        },
        removed: [],
        layers: { quotes: [quoteSpan], 'entity-links': links },
        raw: {
          source: `bench:${i}`,
          bytes,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          fetchedAt: new Date(0).toISOString(),
          contentType: 'text/plain',
        },
      },
      facts: {
        actors: [
          { ...aAt, actor: a },
          { ...tAt, actor: t },
          { ...sAt, actor: speaker },
        ],
        event,
        quote: { ...q, speaker, role },
        claims,
        story: Math.floor(next() * shape.stories),
      },
    };
  }
}

export const actorId = (a: Actor) => `bench-ent-${a.index}`;

/** The invented actors and outlets of a corpus of `count` articles, and how many claims and stories it has. */
export function corpusShape(count: number, seed = 7): CorpusShape {
  const next = rng(seed * 31 + 1);
  const w = () =>
    cap(Array.from({ length: 2 }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  const types: ActorType[] = ['PERSON', 'PERSON', 'ORG', 'GPE'];
  const actors: Actor[] = [];
  const taken = new Set<string>();
  while (actors.length < 600) {
    const type = types[actors.length % types.length];
    const name = type === 'PERSON' ? `${w()} ${w()}` : type === 'ORG' ? `${w()} ${w()} Council` : `${w()}ia`;
    if (taken.has(name)) continue;
    taken.add(name);
    actors.push({ index: actors.length, name, type });
  }
  const outlets = Array.from(
    { length: 40 },
    (_, k) => `${w()} ${['Times', 'Post', 'Herald', 'Wire'][k % 4]}`,
  );
  return {
    actors,
    outlets,
    claims: Math.max(10, Math.round(count * 0.4)),
    stories: Math.max(5, Math.round(count / 12)),
  };
}
