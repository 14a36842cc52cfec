// Articles travel through the queue as JSON: the raw bytes as base64, everything else as is. The job
// key is the raw input's hash plus its source, so enqueuing the same input twice is a no-op.
import type { DocMeta, RawInput } from '../doc/index.js';
import type { Article } from '../ingest/reader.js';

export interface ArticlePayload {
  raw: Omit<RawInput, 'bytes'> & { bytes: string };
  html: string | null;
  text: string | null;
  hints: Partial<DocMeta>;
}

export function articleJob(article: Article): { key: string; payload: ArticlePayload } {
  const { raw } = article;
  return {
    key: `${raw.sha256}:${raw.source}`,
    payload: {
      raw: { ...raw, bytes: Buffer.from(raw.bytes).toString('base64') },
      html: article.html,
      text: article.text,
      hints: article.hints,
    },
  };
}

export function articleFromPayload(p: ArticlePayload): Article {
  return {
    raw: { ...p.raw, bytes: new Uint8Array(Buffer.from(p.raw.bytes, 'base64')) },
    html: p.html,
    text: p.text,
    hints: p.hints,
  };
}
