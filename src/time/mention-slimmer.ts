// The mentions the ingest stage keeps in memory, for the whole corpus: only those that can take part
// in dating an undated document, and only what linking and dating read of them. Dating looks for a day
// mention sharing an actor with the undated sentence, and only mentions with an actor spanning at most
// 31 days link, so a mention without actors, or spanning longer and not a day, can change no date.
// Repeated strings (document ids, dates, actor keys) and lists are shared between mentions rather than
// held once per mention as each stored row parses them. The sharing tables start afresh past a bound,
// so that they do not grow with the corpus (document ids alone would) once the stage lets mentions go.
import { spanDays } from './timeline-link.js';
import type { Mention } from './timeline-types.js';

const NONE: string[] = [];
/** Distinct strings shared before the tables start afresh. */
const MAX_SHARED = 50_000;

/** Whether a mention can link with another or be the happening an undated document is dated from. */
export function canDate(m: Mention): boolean {
  return m.actorKeys.length > 0 && (m.granularity === 'day' || !(spanDays(m) > 31));
}

export class MentionSlimmer {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  /** What linking and dating need of a mention, without its display text (sentence, label, actor names). */
  slim(m: Mention): Mention {
    const est = m.reportTimeEstimate;
    return {
      id: m.id,
      docId: this.str(m.docId),
      value: this.str(m.value),
      start: this.str(m.start),
      end: this.str(m.end),
      granularity: m.granularity,
      ...(m.mod ? { mod: this.str(m.mod) } : {}),
      timeSource: m.timeSource,
      ...(m.timeFrom === undefined ? {} : { timeFrom: m.timeFrom }),
      label: '',
      actors: NONE,
      actorKeys: this.list(m.actorKeys),
      terms: this.list(m.terms),
      evidence: { docId: this.str(m.evidence.docId), start: m.evidence.start, end: m.evidence.end, text: '' },
      reportTime: m.reportTime === null ? null : this.str(m.reportTime),
      ...(est ? { reportTimeEstimate: { ...est, evidence: { ...est.evidence, text: '' } } } : {}),
      rule: '',
    };
  }

  private str(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= MAX_SHARED) {
      this.strings.clear();
      this.lists.clear();
    }
    this.strings.set(s, s);
    return s;
  }

  private list(xs: readonly string[]): string[] {
    if (!xs.length) return NONE;
    const key = xs.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    const list = xs.map((x) => this.str(x));
    this.lists.set(key, list);
    return list;
  }
}
