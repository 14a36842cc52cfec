// Gathers a briefing from the store: the figures, a short extractive summary, and each later stage's section
// when that stage has data (timeline, actors, quotes, events, claims), every statement carrying references to
// its documents. Sections without data are listed under `missing`, with the stage's own reason.
import { type CorpusFigures, computeFigures } from '../api/corpus-figures.js';
import { allSummaries } from '../api/doc-scan.js';
import { scanQuotes } from '../api/quote-scan.js';
import { stages } from '../api/stages.js';
import { listClaims } from '../claims/claim-listing.js';
import type { ClaimView } from '../claims/claim-status.js';
import { listEvents } from '../events/event-listing.js';
import { listSources } from '../framing/source-listing.js';
import { listEntities } from '../resolve/entity-listing.js';
import type { DocSummary, Store } from '../store/store.js';
import { loadTimeline } from '../time/timeline-store.js';
import { summarize } from './extractive-summary.js';

export interface Reference {
  key: string;
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  source: string;
}

export interface Statement {
  text: string;
  refs: string[];
  /** Quoted words from an article, shown as a quotation. */
  quote?: boolean;
  detail?: string;
}

export interface Briefing {
  generatedAt: string;
  figures: CorpusFigures;
  summary: Statement[];
  timeline: Statement[];
  actors: Statement[];
  quotes: Statement[];
  events: Statement[];
  corroborated: Statement[];
  contested: Statement[];
  openQuestions: Statement[];
  /** Framing per outlet (tone −1…1; hedging, speculation, opinion as shares of sentences), with references. */
  framing: {
    outlet: string;
    tone: number;
    hedging: number;
    speculation: number;
    opinion: number;
    voices: string[];
    refs: string[];
  }[];
  missing: { section: string; reason: string }[];
  references: Reference[];
}

const SUMMARY_DOCS = 500;
/** Years, decades and centuries are background unless several articles tie a happening to them. */
const COARSE = new Set(['year', 'decade', 'century', 'millennium']);
/** Above this many documents the reference list keeps only the cited ones. */
const FULL_REFERENCE_LIST = 300;

export async function buildBriefing(store: Store, now = new Date()): Promise<Briefing> {
  const summaries: DocSummary[] = [];
  for await (const s of allSummaries(store)) summaries.push(s);
  const byDate = [...summaries].sort(
    (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id),
  );
  const keyOf = new Map(byDate.map((d, i) => [d.id, `D${i + 1}`]));
  const refs = (ids: Iterable<string>) => [
    ...new Set([...ids].map((id) => keyOf.get(id)).filter((k): k is string => !!k)),
  ];
  const missing: Briefing['missing'] = [];

  const recent = byDate.slice(-SUMMARY_DOCS);
  const docs = await Promise.all(recent.map((s) => store.getDocument(s.id)));
  const summary = summarize(
    docs
      .filter((d) => d !== null)
      .map((d) => ({ id: d.id, text: d.text, published: d.published, sentences: d.layers.sentences })),
  ).map((s) => ({ text: s.text, refs: refs([s.docId]), quote: true }));

  const timelineItems = await loadTimeline(store);
  const timeline = timelineItems
    .filter((i) => !COARSE.has(i.granularity) || i.docs.length > 1)
    .sort((a, b) => b.docs.length - a.docs.length || a.start.localeCompare(b.start))
    .slice(0, 15)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((i) => ({
      text: `${i.value}${i.mod ? ` (${i.mod.toLowerCase()})` : ''}`,
      detail: i.label,
      refs: refs(i.docs),
    }));
  if (timeline.length === 0) missing.push({ section: 'Timeline', reason: stages.timeline.empty });

  const entities = await listEntities(store);
  const actors = entities.slice(0, 12).map((e) => ({
    text: e.name,
    detail: [e.type, e.roles.slice(0, 2).join('; '), `${e.mentions} mentions`].filter(Boolean).join(' · '),
    refs: refs(e.docs).slice(0, 8),
  }));
  if (actors.length === 0) missing.push({ section: 'Key actors', reason: stages.entities.empty });

  const allQuotes = await scanQuotes(store);
  const seen = new Set<string>();
  const quotes = allQuotes
    .filter((q) => q.speaker && q.text.split(/\s+/).length >= 6)
    .sort((a, b) => Number(b.direct) - Number(a.direct))
    .filter((q) => {
      const first = !seen.has(q.speaker!.name);
      seen.add(q.speaker!.name);
      return first;
    })
    .slice(0, 8)
    .map((q) => ({
      text: q.text,
      quote: true,
      detail: `${q.speaker!.name}${q.role ? `, ${q.role}` : ''}`,
      refs: refs([q.docId]),
    }));
  if (quotes.length === 0) missing.push({ section: 'Key quotes', reason: stages.quotes.empty });

  const events = (await listEvents(store))
    .sort((a, b) => b.evidence.length - a.evidence.length)
    .slice(0, 10)
    .map((e) => ({
      text: `${e.actor?.name ?? 'someone'} — ${e.label} — ${e.target?.name ?? 'someone'}`,
      detail: [e.time ?? 'undated', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(' · '),
      refs: refs(e.evidence.map((v) => v.docId)),
    }));
  if (events.length === 0) missing.push({ section: 'Events', reason: stages.events.empty });

  const claims = await listClaims(store);
  const claim = (status: ClaimView['status']) =>
    claims
      .filter((c) => c.status === status)
      .slice(0, 12)
      .map((c) => ({
        text: c.text,
        detail: `${c.status} · ${c.origins.length} independent origin${c.origins.length === 1 ? '' : 's'}: ${c.origins.map((o) => o.origin).join('; ')}`,
        refs: refs(c.evidence.map((e) => e.docId)),
      }));
  const corroborated = claim('corroborated');
  const contested = claim('contradicted');
  const openQuestions = claim('single-source');
  if (claims.length === 0)
    missing.push({ section: 'Claims and open questions', reason: stages.claims.empty });

  const framing = (await listSources(store)).outlets.map((o) => ({
    outlet: o.outlet,
    tone: o.tone,
    hedging: o.hedging,
    speculation: o.speculation,
    opinion: o.opinion,
    voices: o.voices.slice(0, 3).map((v) => v.speaker),
    refs: refs(o.articles).slice(0, 8),
  }));

  const sections = [
    summary,
    timeline,
    actors,
    quotes,
    events,
    corroborated,
    contested,
    openQuestions,
    framing,
  ];
  const cited = new Set(sections.flat().flatMap((st) => st.refs));
  const listed =
    byDate.length <= FULL_REFERENCE_LIST ? byDate : byDate.filter((d) => cited.has(keyOf.get(d.id)!));
  return {
    generatedAt: now.toISOString(),
    figures: computeFigures(summaries, 5),
    summary,
    timeline,
    actors,
    quotes,
    events,
    corroborated,
    contested,
    openQuestions,
    framing,
    missing,
    references: listed.map((d) => ({
      key: keyOf.get(d.id)!,
      id: d.id,
      title: d.title,
      outlet: d.outlet,
      published: d.published,
      source: d.source,
    })),
  };
}
