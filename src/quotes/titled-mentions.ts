// People introduced with their role before the name ("Foreign Ministry Spokeswoman Maria
// Zakharova", "ultranationalist ideologue Aleksandr Dugin"), found without an entity layer so a
// later "the spokeswoman" or "he" has someone to point to. One pass over the tokens.
import { tokenize } from '../nlp/index.js';
import { lex } from './lexicon.js';

export interface TitledMention {
  start: number;
  end: number;
  name: string;
  role: string;
}

const MODIFIER_LIMIT = 4;

export function findTitledMentions(text: string): TitledMention[] {
  const toks = tokenize(text);
  const out: TitledMention[] = [];
  const cap = (i: number) => i < toks.length && /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(toks[i].text);
  for (let i = 0; i < toks.length - 2; i++) {
    const w = toks[i].text.toLowerCase();
    if (!lex.roleNouns.has(w) && !lex.titles.has(w)) continue;
    let j = i + 1;
    while (j < toks.length && cap(j) && !lex.titles.has(toks[j].text.toLowerCase()) && j - i <= 3) j++;
    if (j - i < 3 || lex.roleNouns.has(toks[j]?.text.toLowerCase() ?? '')) continue;
    let m = i;
    while (m > 0 && i - m < MODIFIER_LIMIT) {
      const p = toks[m - 1].text;
      const pl = p.toLowerCase();
      if (
        !/^[\p{L}-]+$/u.test(p) ||
        lex.determiners.has(pl) ||
        lex.prepositions.has(pl) ||
        lex.clauseStarters.has(pl)
      )
        break;
      if (lex.auxiliaries.has(pl) || lex.cuePatternsHas(pl) || pl === 'and') break;
      m--;
    }
    out.push({
      start: toks[i + 1].start,
      end: toks[j - 1].end,
      name: text.slice(toks[i + 1].start, toks[j - 1].end),
      role: text.slice(toks[m].start, toks[i].end),
    });
    i = j - 1;
  }
  return out;
}
