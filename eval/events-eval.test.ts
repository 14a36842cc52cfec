import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalEvents, parseEventsGold } from './events-eval.js';

const gold = fileURLToPath(new URL('./data/events-gold.txt', import.meta.url));

describe('events gold set', () => {
  it('covers every root class and modality with at least 150 sentences', () => {
    const sentences = parseEventsGold(readFileSync(gold, 'utf8'));
    expect(sentences.length).toBeGreaterThanOrEqual(150);
    const events = sentences.flatMap((s) => s.events);
    expect(new Set(events.map((e) => e.code)).size).toBe(19);
    expect(new Set(events.map((e) => e.modality))).toEqual(
      new Set(['asserted', 'negated', 'hypothetical', 'requested', 'planned']),
    );
  });

  it('keeps extraction above a floor', () => {
    expect(evalEvents(gold).f1).toBeGreaterThan(0.85);
  });
});
