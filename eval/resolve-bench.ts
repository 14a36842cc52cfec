// `dossier bench resolve`: how long resolving one new document takes against a corpus of N existing
// entities. Entities and documents are generated from syllables (no real names), so the index holds
// many near-collisions of surnames, the case blocking keys must handle.
import { clusterDocument } from '../src/resolve/doc-clusters.js';
import type { Entity, Mention } from '../src/resolve/entity.js';
import { EntityIndex } from '../src/resolve/entity-index.js';

const syllables = [
  'ka',
  'lo',
  'mi',
  'ran',
  'to',
  'vel',
  'sa',
  'nor',
  'di',
  'pe',
  'lu',
  'ster',
  'gan',
  'ri',
  'mo',
  'tez',
];

function word(n: number, parts = 3): string {
  let s = '';
  for (let i = 0; i < parts; i++) {
    s += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return s[0].toUpperCase() + s.slice(1);
}

export interface ResolveBench {
  entities: number;
  documents: number;
  mentionsPerDocument: number;
  indexBuildMs: number;
  msPerDocument: number;
  p99MsPerDocument: number;
}

export function benchResolve(entityCount: number, documents: number): ResolveBench {
  const existing: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `p${i}`,
    name: `${word(i * 7919)} ${word(i, 4)}`,
    type: i % 3 === 0 ? 'ORG' : 'PERSON',
    aliases: [],
    roles: [],
    mentions: { old: 1 },
    merges: [],
  }));
  let t = performance.now();
  const index = new EntityIndex(existing);
  const indexBuildMs = performance.now() - t;
  const times: number[] = [];
  const perDoc = 20;
  for (let d = 0; d < documents; d++) {
    let text = '';
    const mentions: Mention[] = [];
    for (let m = 0; m < perDoc; m++) {
      const e = existing[(d * 104729 + m * 7) % entityCount];
      const surface = m % 2 === 0 ? e.name : e.name.split(' ')[1];
      mentions.push({ start: text.length, end: text.length + surface.length, text: surface, type: e.type });
      text += `${surface} said something. `;
    }
    t = performance.now();
    index.resolve(`new${d}`, clusterDocument(`new${d}`, text, mentions));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    entities: entityCount,
    documents,
    mentionsPerDocument: perDoc,
    indexBuildMs,
    msPerDocument: times.reduce((a, b) => a + b, 0) / times.length,
    p99MsPerDocument: times[Math.floor(times.length * 0.99)],
  };
}
