// Synthetic news articles for queue and worker tests, written from templates in code (no shared data):
// varied enough that every article is distinct and survives cleaning as body text.
import { createHash } from 'node:crypto';
import type { Article } from '../src/ingest/reader.js';

const people = ['Ana Torres', 'Mikhail Orlov', 'Grace Mensah', 'Lars Eriksen', 'Priya Nair', 'Tomás Ruiz'];
const places = ['Valparaíso', 'Tallinn', 'Accra', 'Bergen', 'Kochi', 'Cartagena'];
const topics = [
  'port strike',
  'grain shipment',
  'bridge repair',
  'fishing quota',
  'power outage',
  'rail tender',
];
const verbs = ['announced', 'criticised', 'postponed', 'approved', 'questioned', 'welcomed'];

function pick<T>(xs: T[], n: number): T {
  return xs[n % xs.length]!;
}

export function syntheticArticles(n: number, seed = 1): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const k = i * 7 + seed;
    const who = pick(people, k);
    const where = pick(places, k >> 1);
    const what = pick(topics, k >> 2);
    const text = [
      `${who} ${pick(verbs, k)} the ${what} in ${where} on day ${i + 1} of the dispute, officials said.`,
      `According to a statement issued in ${where}, item ${i} (series ${seed}) concerns ${pick(topics, k + 3)} and ${pick(people, k + 1)}.`,
      `Local reporters counted ${(k % 90) + 10} participants; a spokesperson for ${pick(people, k + 2)} declined to comment on the ${what}.`,
    ].join('\n\n');
    const bytes = new TextEncoder().encode(text);
    return {
      raw: {
        source: `synthetic:${seed}/${i}`,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fetchedAt: '2026-02-01T08:00:00.000Z',
        contentType: 'text/plain',
      },
      html: null,
      text,
      hints: { title: `${what} in ${where} (${i})`, url: `https://synthetic.example/${seed}/${i}` },
    };
  });
}
