// TimeML output for `dossier tag timex --format timeml`: the input text, XML-escaped, with TIMEX3 tags
// around each expression (tids t1, t2… in reading order).
import type { Timex } from './timex.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => esc(s).replace(/"/g, '&quot;');

export function toTimeml(text: string, timexes: readonly Timex[], dct: string | null): string {
  let out = '';
  let at = 0;
  timexes.forEach((t, i) => {
    out += esc(text.slice(at, t.start));
    const mod = t.mod ? ` mod="${attr(t.mod)}"` : '';
    out += `<TIMEX3 tid="t${i + 1}" type="${t.type}" value="${attr(t.value)}"${mod}>${esc(t.text)}</TIMEX3>`;
    at = t.end;
  });
  out += esc(text.slice(at));
  const dctTag = dct
    ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${attr(dct)}" functionInDocument="CREATION_TIME">${esc(dct)}</TIMEX3></DCT>\n`
    : '';
  return `<?xml version="1.0" ?>\n<TimeML>\n${dctTag}<TEXT>${out}</TEXT>\n</TimeML>\n`;
}
