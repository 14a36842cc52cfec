// The stories stage on the example corpus: the reprint is recognised as Radio Free Europe/Radio
// Liberty's, the two articles crediting The Washington Post for Maduro's letter share one source
// key, and all five pieces form one story. Reads ../shared/corpus/seeds at run time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../eval/clusters-data.js';
import { cleanArticle } from '../src/clean/clean-article.js';
import type { Doc } from '../src/doc/index.js';
import { findAttributions, ReprintIndex, StoryClusterer, storyFeatures } from '../src/stories/index.js';
import { sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');

function seedDocs(): { id: string; doc: Doc }[] {
  return readdirSync(dir!)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir!, f));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const raw = { source: f, bytes, sha256, fetchedAt: '2026-01-10T00:00:00Z', contentType: 'text/plain' };
      return { id: f, doc: cleanArticle({ raw, html: null, text: bytes.toString('utf8'), hints: {} }) };
    });
}

describe.skipIf(!dir)('stories on the seed articles', () => {
  it('recognises the reprint as Radio Free Europe/Radio Liberty’s and every other piece as an original', () => {
    const index = new ReprintIndex();
    const origins = seedDocs().map(({ id, doc }) => index.register(id, doc).origin);
    const reprints = origins.filter((o) => o.kind !== 'original');
    expect(reprints).toHaveLength(1);
    expect(reprints[0]).toMatchObject({ kind: 'syndication', outlet: 'Radio Free Europe/Radio Liberty' });
    expect(new Set(origins.map((o) => o.key)).size).toBe(origins.length);
  });

  it('finds the two articles that credit The Washington Post for the letter to Putin, under one key', () => {
    const crediting = seedDocs().flatMap(({ id, doc }) =>
      findAttributions(doc.text, doc.layers)
        .filter((a) => a.source === 'The Washington Post')
        .filter((a) =>
          /\bletter\b|\bwrote to Putin\b/i.test(doc.text.slice(a.sentence.start, a.sentence.end)),
        )
        .map((a) => ({ id, key: a.key })),
    );
    expect(new Set(crediting.map((c) => c.id)).size).toBe(2);
    expect(new Set(crediting.map((c) => c.key))).toEqual(new Set(['outlet:washington post']));
  });

  it('clusters all five pieces into one story, one document at a time, with the entity and date layers', () => {
    const seeds = seedDocs();
    // The stories stage runs after entity and time tagging; the eval's annotator stands in for them.
    const inputs = annotate(
      seeds.map(({ id, doc }) => ({
        id,
        gold: '',
        topic: '',
        input: { text: doc.text, title: doc.meta.title },
      })),
    );
    const clusterer = new StoryClusterer();
    const stories = inputs.map(({ id, input }, i) =>
      clusterer.add(id, storyFeatures(input), seeds[i].doc.meta.published),
    );
    expect(clusterer.clusters().size).toBe(1);
    expect(new Set(stories.map((s) => s.storyId)).size).toBe(1);
  });
});
