// `dossier eval events`: precision and recall of event extraction on sentences the team wrote and
// annotated (eval/data/events-gold.txt), with gold entity mentions given, so the figure measures the
// event layer alone: class, actor, target and modality must all match.
import { readFileSync } from 'node:fs';
import type { Span } from '../src/doc/index.js';
import { extractEvents } from '../src/events/extract-events.js';

interface GoldEvent {
  code: string;
  modality: string;
  actor: string;
  target: string;
}

interface GoldSentence {
  text: string;
  mentions: Span[];
  events: GoldEvent[];
}

export function parseEventsGold(source: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const line of source.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const bar = line.indexOf(' | ');
    const head = line.slice(0, bar).trim();
    let text = '';
    const mentions: Span[] = [];
    const marked = line.slice(bar + 3);
    const re = /\[([^\]]+)\]\{([A-Z]+)\}/g;
    let last = 0;
    for (let m = re.exec(marked); m; m = re.exec(marked)) {
      text += marked.slice(last, m.index);
      mentions.push({
        start: text.length,
        end: text.length + m[1].length,
        label: m[2],
        prov: { component: 'gold' },
        attrs: { entityId: m[1].toLowerCase() },
      });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += marked.slice(last);
    const events =
      head === '-'
        ? []
        : head.split(';').map((e) => {
            const g = /^(\d\d) (\w+) (\[[^\]]+\]|\?) > (\[[^\]]+\]|\?)$/.exec(e.trim());
            if (!g) throw new Error(`bad gold line: ${line}`);
            const name = (s: string) => (s === '?' ? '?' : s.slice(1, -1).toLowerCase());
            return { code: g[1], modality: g[2], actor: name(g[3]), target: name(g[4]) };
          });
    out.push({ text, mentions, events });
  }
  return out;
}

export interface EventsScore {
  sentences: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Ignoring modality: class, actor and target right. */
  structureF1: number;
  /** Among events whose class, actor and target are right, the share with the right modality. */
  modalityAccuracy: number;
  perClass: Record<string, { gold: number; found: number }>;
}

export function evalEvents(path: string): EventsScore {
  const gold = parseEventsGold(readFileSync(path, 'utf8'));
  let tp = 0;
  let tpStructure = 0;
  let modalityRight = 0;
  let predicted = 0;
  let goldCount = 0;
  const perClass: EventsScore['perClass'] = {};
  for (const s of gold) {
    const names = new Map(s.mentions.map((m) => [String(m.attrs!.entityId), s.text.slice(m.start, m.end)]));
    const found = extractEvents({
      docId: 'gold',
      text: s.text,
      sentence: { start: 0, end: s.text.length },
      mentions: s.mentions,
      names,
      timex: [],
    });
    const pred = new Map<string, string>();
    for (const e of found)
      pred.set(`${e.code}|${e.actor?.entityId ?? '?'}|${e.target?.entityId ?? '?'}`, e.modality);
    predicted += pred.size;
    goldCount += s.events.length;
    for (const g of s.events) {
      const key = `${g.code}|${g.actor}|${g.target}`;
      perClass[g.code] ??= { gold: 0, found: 0 };
      perClass[g.code].gold += 1;
      if (!pred.has(key)) continue;
      tpStructure += 1;
      if (pred.get(key) === g.modality) {
        tp += 1;
        modalityRight += 1;
        perClass[g.code].found += 1;
      }
    }
  }
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const precision = predicted ? tp / predicted : 0;
  const recall = goldCount ? tp / goldCount : 0;
  return {
    sentences: gold.length,
    gold: goldCount,
    predicted,
    precision,
    recall,
    f1: f1(precision, recall),
    structureF1: f1(predicted ? tpStructure / predicted : 0, goldCount ? tpStructure / goldCount : 0),
    modalityAccuracy: tpStructure ? modalityRight / tpStructure : 0,
    perClass,
  };
}
