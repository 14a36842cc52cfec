// Wire copy: an article that is a news agency's story run by another outlet. The agency shows in
// the dateline ("MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —"), in a byline or author line naming
// the agency, or in Reuters' closing "Reporting by …; Editing by …" line.
import type { Doc } from '../doc/index.js';
import { escapeRegExp, knownOutlet, outletAliases } from './outlet-names.js';

export interface WireCue {
  agency: string;
  cue: 'wire-dateline' | 'wire-byline' | 'wire-signoff';
  evidence: string;
}

const wireAliases = outletAliases().filter((a) => knownOutlet(a)?.wire);
const alias = `(?<agency>${wireAliases.map(escapeRegExp).join('|')})`;
/** An upper-case place, an optional region, then the agency in brackets and a dash. */
const DATELINE = new RegExp(
  `^\\s*(?:\\p{Lu}[\\p{Lu}\\p{L}.'’ -]{1,40}(?:,\\s*[\\p{L}. ]{2,30})?\\s*)?\\(${alias}\\)\\s*[-–—:]`,
  'u',
);
const SIGNOFF = /\bReporting by [^;\n]{2,120};[^\n]*\bEditing by\b/;
const BYLINE = new RegExp(`^(?:by\\s+)?(?:[^|]*\\|\\s*)?${alias}$`, 'iu');

export function wireCue(doc: Pick<Doc, 'text' | 'meta' | 'removed'>): WireCue | null {
  const head = doc.text.slice(0, 300);
  const d = DATELINE.exec(head);
  if (d?.groups)
    return { agency: knownOutlet(d.groups.agency)!.name, cue: 'wire-dateline', evidence: d[0].trim() };
  const lines = [...doc.meta.authors, ...doc.removed.filter((r) => r.reason === 'byline').map((r) => r.text)];
  for (const line of lines) {
    const b = BYLINE.exec(line.trim());
    if (b?.groups)
      return { agency: knownOutlet(b.groups.agency)!.name, cue: 'wire-byline', evidence: line.trim() };
  }
  const tail = [doc.text.slice(-400), ...doc.removed.map((r) => r.text)].join('\n');
  const s = SIGNOFF.exec(tail);
  if (s) return { agency: 'Reuters', cue: 'wire-signoff', evidence: s[0] };
  return null;
}
