import { describe, expect, it } from 'vitest';
import { type Doc, emptyMeta } from '../doc/index.js';
import { splitSentences } from '../nlp/index.js';
import { buildPipeline } from '../pipeline/component.js';
import { quotesComponent } from './components.js';

function doc(text: string): Doc {
  const sentences = splitSentences(text).map((s) => ({ ...s, label: 'S', prov: { component: 'test' } }));
  const raw = { source: '-', bytes: new Uint8Array(), sha256: '', fetchedAt: '', contentType: null };
  return { text, meta: emptyMeta(), removed: [], layers: { sentences }, raw };
}

describe('quotesComponent', () => {
  it('requires sentences', () => {
    expect(() => buildPipeline([quotesComponent])).toThrow(/sentences/);
  });

  it('writes the quotes layer with cue, source, speaker and date', () => {
    const text = 'On November 1, Foreign Ministry Spokeswoman Jane Roe said: “We are ready.”';
    const d = doc(text);
    const at = text.indexOf('November 1');
    const withTime = {
      ...d,
      layers: {
        ...d.layers,
        times: [
          {
            start: at,
            end: at + 10,
            label: 'DATE',
            prov: { component: 't' },
            attrs: { value: '2026-11-01' },
          },
        ],
      },
    };
    const out = quotesComponent.run(withTime);
    const [q] = out.layers.quotes;
    expect(text.slice(q.start, q.end)).toBe('“We are ready.”');
    expect(q.attrs).toMatchObject({
      direct: true,
      speaker: { name: 'Jane Roe' },
      role: 'Foreign Ministry Spokeswoman',
      date: '2026-11-01',
    });
    expect(q.prov.component).toBe('quote-finder');
  });
});
