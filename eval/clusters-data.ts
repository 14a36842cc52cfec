// Reads a story-clustering benchmark folder (documents.jsonl with doc_id, cluster_id, topic, text;
// see ../shared/data/story-clusters/SOURCE.md) and annotates each document the way the pipeline
// would before the story stage: entity mentions from the team's tagger and resolved dates.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/doc/index.js';
import { DossierError } from '../src/errors.js';
import { splitSentences, tokenize } from '../src/nlp/index.js';
import { tagDocument } from '../src/nlp/ner-tagger.js';
import type { StoryInput } from '../src/stories/index.js';
import { tagTimex } from '../src/time/index.js';

export interface ClusterDoc {
  id: string;
  gold: string;
  topic: string;
  input: StoryInput;
}

const TYPES: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE', MISC: 'MISC' };

export function readClusterData(dir: string): ClusterDoc[] {
  const file = join(dir, 'documents.jsonl');
  if (!existsSync(file)) {
    throw new DossierError(
      'DATA_MISSING',
      `${file} not found: pass the benchmark folder, e.g. --data ../shared/data/story-clusters/dev`,
    );
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as {
        doc_id: string;
        cluster_id: string;
        topic: string;
        text: string;
        title?: string;
      };
      return {
        id: o.doc_id,
        gold: o.cluster_id,
        topic: String(o.topic),
        input: { text: o.text, title: o.title ?? null },
      };
    });
}

function entitySpans(text: string): Span[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const words: { start: number; end: number; text: string }[][] = sentences.map((s) =>
    tokens.filter((t) => t.start >= s.start && t.end <= s.end),
  );
  const tagged = tagDocument(words.map((ws) => ws.map((w) => w.text)));
  return tagged.flatMap((spans, i) =>
    spans.map((s) => ({
      start: words[i][s.start].start,
      end: words[i][s.end - 1].end,
      label: TYPES[s.type] ?? s.type,
      prov: { component: 'eval-ner' },
    })),
  );
}

function timexSpans(text: string): Span[] {
  return tagTimex(text).map((t) => ({
    start: t.start,
    end: t.end,
    label: t.type,
    prov: { component: 'eval-timex' },
    attrs: { value: t.value },
  }));
}

/** Adds the entities and timex layers a corpus run would have by the time stories are clustered. */
export function annotate(docs: ClusterDoc[]): ClusterDoc[] {
  return docs.map((d) => ({
    ...d,
    input: { ...d.input, layers: { entities: entitySpans(d.input.text), timex: timexSpans(d.input.text) } },
  }));
}
