// Quotes on the seed articles (read from ../shared at run time): direct quotes carry a named
// speaker, a "he wrote" quote in the next paragraph keeps its speaker, and an organisation's
// condemnation is the organisation's, not a person's.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../src/quotes/index.js';
import { dossierBin, sharedPath } from './shared.js';

const dir = sharedPath('corpus', 'seeds');
const seeds = dir ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
const PRONOUNS = /^(?:he|she|they|it|i|we|you|who|which|that)$/i;

describe.skipIf(!dir)('quotes on the seed articles', () => {
  const all: { file: string; text: string; quotes: Quote[] }[] = seeds.map((file) => {
    const text = readFileSync(join(dir as string, file), 'utf8');
    return { file, text, quotes: extractQuotes(text) };
  });

  it('finds direct quotes in the seeds', () => {
    expect(all.flatMap((d) => d.quotes.filter((q) => q.direct)).length).toBeGreaterThanOrEqual(6);
  });

  it('gives direct quotes whose speaker the article names in full a full name, never a pronoun', () => {
    for (const { text, quotes } of all) {
      for (const q of quotes.filter((x) => x.direct && x.speaker)) {
        const name = q.speaker!.name;
        expect(PRONOUNS.test(name)).toBe(false);
        // The longest form of this name the article uses is the one given.
        const surname = name.split(' ').at(-1)!;
        const longer = new RegExp(`\\b\\p{Lu}[\\p{L}-]+ ${surname}\\b`, 'u');
        if (q.speaker!.type === 'PERSON' && longer.test(text)) expect(name.includes(' ')).toBe(true);
      }
    }
  });

  it('resolves a "he wrote" quote in the next paragraph to the previous paragraph’s speaker', () => {
    let checked = 0;
    for (const { text, quotes } of all) {
      const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start);
      for (let i = 1; i < sorted.length; i++) {
        const q = sorted[i];
        const prev = sorted[i - 1];
        if (!q.source || !/^(?:he|she)$/i.test(text.slice(q.source.start, q.source.end))) continue;
        if (!/wrote/.test(text.slice(q.cue.start, q.cue.end))) continue;
        if (!prev.direct || !prev.speaker?.name.includes(' ')) continue;
        if (!text.slice(prev.content.end, q.content.start).includes('\n')) continue;
        expect(q.speaker?.name).toBe(prev.speaker.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('attributes the Foreign Ministry’s condemnation to the ministry', () => {
    const hits = all.flatMap(({ text, quotes }) =>
      quotes.filter(
        (q) => q.source && /Foreign Ministry$/.test(text.slice(q.source.start, q.source.end).trim()),
      ),
    );
    expect(hits.length).toBeGreaterThan(0);
    for (const q of hits)
      expect(q.speaker).toMatchObject({ type: 'ORG', name: expect.stringMatching(/Foreign Ministry/) });
  });

  it('runs `dossier tag quotes --format json` on a seed', () => {
    const file = join(dir as string, seeds[seeds.length - 1]);
    const out = JSON.parse(
      execFileSync('node', [dossierBin, 'tag', 'quotes', '--format', 'json', file], { encoding: 'utf8' }),
    );
    expect(out.length).toBeGreaterThan(0);
    for (const q of out) expect(q.content.end).toBeGreaterThan(q.content.start);
  });

  it('keeps the ministry as the speaker when the CLI adds the entity layer', () => {
    for (const file of seeds) {
      const path = join(dir as string, file);
      const text = readFileSync(path, 'utf8');
      const out = JSON.parse(
        execFileSync('node', [dossierBin, 'tag', 'quotes', '--format', 'json', path], { encoding: 'utf8' }),
      );
      for (const q of out) {
        if (q.source && /Foreign Ministry$/.test(text.slice(q.source.start, q.source.end).trim())) {
          expect(q.speaker).toMatch(/Foreign Ministry/);
        }
      }
    }
  });
});
