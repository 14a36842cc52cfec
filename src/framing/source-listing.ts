// `dossier sources`: framing per article and per outlet. Outlets aggregate their articles (a reprint
// counts under the outlet it was first published by, named in its syndication note).
import { listClaims } from '../claims/claim-listing.js';
import type { ClaimView } from '../claims/claim-status.js';
import { CLAIM_CHANGES_KIND, type ClaimChanges } from '../claims/claim-types.js';
import { countryByDemonym } from '../resolve/countries.js';
import type { Entity } from '../resolve/entity.js';
import { ENTITY_KIND } from '../resolve/entity-stage.js';
import type { Store, StoredDoc } from '../store/store.js';
import { type ArticleFraming, frameArticle } from './article-framing.js';

export interface OutletFraming {
  outlet: string;
  articles: string[];
  genres: Record<string, number>;
  tone: number;
  hedging: number;
  speculation: number;
  opinion: number;
  exclusiveClaims: number;
  /** Speakers quoted across the outlet's articles, most quoted first. */
  voices: { speaker: string; quotes: number }[];
}

export interface SourcesReport {
  articles: ArticleFraming[];
  outlets: OutletFraming[];
}

export async function storedDocuments(store: Store): Promise<StoredDoc[]> {
  const out: StoredDoc[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await store.listDocuments({ limit: 200, offset });
    for (const s of page) {
      const d = await store.getDocument(s.id);
      if (d) out.push(d);
    }
    if (page.length < 200) return out;
  }
}

/** A person speaks for the country their role opens with: "Russian President" → RU. */
function roleCountry(entity: Entity): string | null {
  for (const r of entity.roles ?? []) {
    const first = /^(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}-]+)/u.exec(r.text);
    const country = first ? countryByDemonym(first[1]) : null;
    if (country) return country.code;
  }
  return null;
}

export function outletOf(a: Pick<ArticleFraming, 'outlet' | 'syndicatedFrom' | 'docId'>): string {
  return a.syndicatedFrom ?? a.outlet ?? `unknown outlet (article ${a.docId})`;
}

const mean = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : 0;

export async function listSources(store: Store): Promise<SourcesReport> {
  const claims = await listClaims(store);
  const docs = await storedDocuments(store);
  const own = new Map<string, ClaimView[]>();
  for (const c of claims) {
    const ids = new Set(c.evidence.map((e) => e.docId));
    if (ids.size !== 1) continue;
    const [id] = ids;
    own.set(id, [...(own.get(id) ?? []), c]);
  }
  const entityDocs = new Map<string, number>();
  for (const d of docs) {
    const ids = new Set(
      (d.layers['entity-links'] ?? [])
        .map((l) => l.attrs?.entityId)
        .filter((x): x is string => typeof x === 'string'),
    );
    for (const id of ids) entityDocs.set(id, (entityDocs.get(id) ?? 0) + 1);
  }
  const countries = new Map(
    (await store.listCorpusItems<Entity>(ENTITY_KIND)).map((e) => [
      e.id,
      e.data.country ?? roleCountry(e.data),
    ]),
  );
  const sideOf = (id: string) => countries.get(id) ?? null;
  const flagged = new Map(
    (await store.listCorpusItems<ClaimChanges>(CLAIM_CHANGES_KIND)).map((c) => [
      c.id,
      c.data.selfContradictions.length,
    ]),
  );
  const articles = docs.map((d) =>
    frameArticle(d, {
      ownClaims: own.get(d.id) ?? [],
      entityDocs,
      sideOf,
      selfContradictions: flagged.get(d.id) ?? 0,
    }),
  );
  const by = new Map<string, ArticleFraming[]>();
  for (const a of articles) by.set(outletOf(a), [...(by.get(outletOf(a)) ?? []), a]);
  const outlets = [...by].map(([outlet, list]): OutletFraming => {
    const genres: Record<string, number> = {};
    for (const a of list) genres[a.genre ?? 'unknown'] = (genres[a.genre ?? 'unknown'] ?? 0) + 1;
    const voices = new Map<string, number>();
    for (const a of list)
      for (const v of a.voices) voices.set(v.speaker, (voices.get(v.speaker) ?? 0) + v.quotes);
    return {
      outlet,
      articles: list.map((a) => a.docId),
      genres,
      tone: mean(list.map((a) => a.tone.score)),
      hedging: mean(list.map((a) => a.hedging)),
      speculation: mean(list.map((a) => a.speculation)),
      opinion: mean(list.map((a) => a.opinion)),
      exclusiveClaims: list.reduce((s, a) => s + a.exclusive.claims, 0),
      voices: [...voices].sort((a, b) => b[1] - a[1]).map(([speaker, quotes]) => ({ speaker, quotes })),
    };
  });
  return { articles, outlets };
}
