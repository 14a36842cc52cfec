// The baseline printed beside Dossier's figures: chrono-node as it comes, its results mapped to TIMEX3
// (a certain hour makes a TIME, otherwise a DATE at the finest certain granularity).
import * as chrono from 'chrono-node';
import type { ScoredTimex } from './timex-score.js';

const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');

export function chronoTimexes(text: string, dct: string | null): ScoredTimex[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const day = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    let value = pad(c.get('year'), 4);
    if (c.isCertain('day') || c.isCertain('weekday')) value = day;
    else if (c.isCertain('month')) value += `-${pad(c.get('month'))}`;
    const time = c.isCertain('hour');
    if (time) value = `${day}T${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
    return { start: r.index, end: r.index + r.text.length, type: time ? 'TIME' : 'DATE', value };
  });
}
