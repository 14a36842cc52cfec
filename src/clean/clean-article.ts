// Cleaning: one Article (HTML or text) into a Doc whose text is the article body only, with each kept
// block as a span in the `segments` layer, each removed block recorded with its reason and position,
// and the metadata found along the way (markup first, then what the body itself states).
import type { Doc, DocMeta, RemovedSegment, Span } from '../doc/index.js';
import { emptyMeta } from '../doc/index.js';
import { DossierError } from '../errors.js';
import type { Article } from '../ingest/reader.js';
import type { Block } from './block.js';
import { countWords } from './block.js';
import { blocksOf, parseDocument, readabilityBlocks } from './html-blocks.js';
import { authorsFromByline } from './metadata/authors.js';
import { blockMetadata } from './metadata/block-metadata.js';
import { isoFromMachine } from './metadata/dates.js';
import { guessGenre } from './metadata/genre.js';
import { type HtmlMeta, htmlMetadata } from './metadata/html-metadata.js';
import { detectLanguage } from './metadata/language.js';
import { outletFor } from './metadata/outlet.js';
import { type Classified, classifySegments } from './segment-classifier.js';
import { textBlocks } from './text-blocks.js';

export const SEGMENT_COMPONENT = 'segment-classifier';
/** Below this many body words Readability probably missed the article; the whole page is classified. */
const MIN_READABILITY_WORDS = 60;

interface Extracted {
  blocks: Block[];
  mode: 'html' | 'text';
  found: HtmlMeta;
  /** Blocks of the whole page, for when Readability's choice holds no article text. */
  wholePage: () => Block[];
}

export function cleanArticle(article: Article): Doc {
  const { blocks, mode, found, wholePage } = article.html
    ? fromHtml(article.html, article.hints.url ?? null)
    : { blocks: textBlocks(article.text ?? ''), mode: 'text' as const, found: {}, wholePage: () => [] };
  const lang = found.language ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  const options = { mode, title: article.hints.title ?? found.title, lang: lang ?? 'en' };
  let classified = classifySegments(blocks, options);
  let body = assemble(classified);
  if (!hasBody(body.segments) && mode === 'html') {
    // Readability chose a footer or a widget: classify the whole page instead.
    classified = classifySegments(wholePage(), options);
    body = assemble(classified);
  }
  const { text, segments, removed } = body;
  if (!hasBody(segments)) {
    throw new DossierError(
      'NO_CONTENT',
      `${article.raw.source}: no article text found after removing page furniture; is this an article page?`,
    );
  }
  const meta = mergeMeta(article, found, classified, { text, removed, lang });
  return { text, meta, removed, layers: { segments }, raw: article.raw };
}

const hasBody = (segments: readonly Span[]) =>
  segments.some((s) => s.label === 'paragraph' || s.label === 'list-item');

function fromHtml(html: string, url: string | null): Extracted {
  const document = parseDocument(html);
  const found = htmlMetadata(document, url);
  const r = readabilityBlocks(document);
  if (!found.authors?.length && r.byline) found.authors = authorsFromByline(r.byline);
  found.outlet ??= r.siteName;
  found.title ??= r.title;
  if (!found.published && r.publishedTime) {
    found.published = isoFromMachine(r.publishedTime);
    found.publishedFrom = found.published ? 'meta' : null;
  }
  const wholePage = () => {
    const body = parseDocument(html).body;
    return body ? blocksOf(body as never) : [];
  };
  const tooShort = r.blocks.reduce((n, b) => n + countWords(b.text), 0) < MIN_READABILITY_WORDS;
  return { blocks: tooShort ? wholePage() : r.blocks, mode: 'html', found, wholePage };
}

function assemble(classified: readonly Classified[]): {
  text: string;
  segments: Span[];
  removed: RemovedSegment[];
} {
  let text = '';
  const segments: Span[] = [];
  const removed: RemovedSegment[] = [];
  for (const c of classified) {
    if (c.label === null) {
      removed.push({ text: c.text, reason: c.reason ?? 'boilerplate', at: text.length });
      continue;
    }
    if (text) text += '\n\n';
    const start = text.length;
    text += c.text;
    segments.push({
      start,
      end: text.length,
      label: c.label,
      prov: { component: SEGMENT_COMPONENT, rule: c.rule },
    });
  }
  return { text, segments, removed };
}

function mergeMeta(
  article: Article,
  found: HtmlMeta,
  classified: readonly Classified[],
  body: { text: string; removed: readonly RemovedSegment[]; lang: string | null },
): DocMeta {
  const fromBlocks = blockMetadata(classified);
  const pick = <K extends keyof DocMeta>(k: K): DocMeta[K] | undefined => {
    for (const src of [article.hints, found, fromBlocks] as Partial<DocMeta>[]) {
      const v = src[k];
      if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) return v as DocMeta[K];
    }
    return undefined;
  };
  const meta: DocMeta = { ...emptyMeta() };
  for (const k of Object.keys(meta) as (keyof DocMeta)[]) {
    const v = pick(k);
    if (v !== undefined) (meta as unknown as Record<string, unknown>)[k] = v;
  }
  // The date and where it was found travel together.
  const dateSource = [article.hints, found, fromBlocks].find((s) => s.published);
  meta.publishedFrom = dateSource
    ? (dateSource.publishedFrom ?? (dateSource === article.hints ? 'input' : null))
    : null;
  meta.language = meta.language ?? body.lang;
  const allText = `${body.text}\n${body.removed.map((r) => r.text).join('\n')}`;
  meta.outlet ??= outletFor(meta.canonicalUrl ?? meta.url, allText);
  meta.genre ??= guessGenre({
    text: body.text,
    headings: classified.filter((c) => c.label === 'heading').map((c) => c.text),
    removed: body.removed,
    url: meta.canonicalUrl ?? meta.url,
    title: meta.title,
    section: found.section,
    declared: found.declaredGenre,
  });
  return meta;
}
