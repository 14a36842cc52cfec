// Invented articles for load tests: pseudo-random words from syllables (seeded, so every run builds the same
// corpus), spread over outlets, genres and a year of dates. Nothing here comes from a real article.
import { createHash } from 'node:crypto';
import { type Doc, emptyMeta, type Genre } from '../../doc/index.js';

const syllables = [
  'ka',
  'lo',
  'ri',
  'ven',
  'tas',
  'mo',
  'dru',
  'el',
  'sa',
  'nor',
  'phi',
  'gan',
  'to',
  'bel',
  'ur',
  'zi',
];
const genres: Genre[] = ['report', 'analysis', 'opinion', 'blog'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticDocs(count: number, seed = 7): Doc[] {
  const next = rng(seed);
  const word = () => {
    const n = 1 + Math.floor(next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(next() * syllables.length)];
    return w;
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const outlets = Array.from({ length: 40 }, () =>
    `${word()} ${word()}`.replace(/^./, (c) => c.toUpperCase()),
  );
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 6) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' '),
    );
    const text = `Article ${i}. ${paragraphs.join('\n\n')}`;
    const bytes = new TextEncoder().encode(text);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return {
      text,
      meta: {
        ...emptyMeta(),
        title: sentence().slice(0, 60),
        outlet: outlets[Math.floor(next() * outlets.length)],
        genre: genres[Math.floor(next() * genres.length)],
        published: next() < 0.9 ? day : null,
        language: 'en',
        url: `https://bench.invalid/${i}`,
      },
      removed: [],
      layers: {},
      raw: {
        source: `bench:${i}`,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fetchedAt: new Date(0).toISOString(),
        contentType: 'text/plain',
      },
    };
  });
}
