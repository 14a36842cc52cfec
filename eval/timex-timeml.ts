// Reads TempEval-3 TimeML files: the document text (tags stripped, entities decoded), its creation
// time and its TIMEX3 annotations as character offsets into that text. The DCT timex is not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimemlDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dctValue = dctTag ? (attr(dctTag, 'value') ?? null) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; tag: string } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (piece.startsWith('<')) {
      if (piece.startsWith('<TIMEX3')) open = { start: text.length, tag: piece };
      else if (piece.startsWith('</TIMEX3') && open) {
        const mod = attr(open.tag, 'mod');
        timexes.push({
          start: open.start,
          end: text.length,
          text: text.slice(open.start, text.length),
          type: attr(open.tag, 'type') ?? '',
          value: attr(open.tag, 'value') ?? '',
          ...(mod ? { mod } : {}),
        });
        open = null;
      }
      continue;
    }
    text += piece.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);
  }
  return {
    id,
    dct: dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null,
    text,
    timexes,
  };
}

/** Every .tml file under a folder (recursively), parsed. */
export function readTimemlDir(dir: string): TimemlDoc[] {
  const out: TimemlDoc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...readTimemlDir(p));
    else if (name.endsWith('.tml'))
      out.push(parseTimeml(name.replace(/\.tml$/, ''), readFileSync(p, 'utf8')));
  }
  return out;
}
