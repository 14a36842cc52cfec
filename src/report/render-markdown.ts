// The briefing as Markdown: headings per section, each statement followed by its references ([D3]), and a
// reference list that resolves each key to a document id, outlet, date and source.
import type { Briefing, Statement } from './briefing.js';

/** Article text is data: Markdown syntax in it must not become formatting or links. */
export function escapeMd(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function refs(st: Statement): string {
  return st.refs.length ? ` [${st.refs.join(', ')}]` : '';
}

function statements(title: string, list: Statement[]): string[] {
  if (list.length === 0) return [];
  const lines = [`## ${title}`, ''];
  for (const st of list) {
    const text = st.quote ? `“${escapeMd(st.text)}”` : `**${escapeMd(st.text)}**`;
    const detail = st.detail ? ` — ${escapeMd(st.detail)}` : '';
    lines.push(st.quote && !st.detail ? `> ${text}${refs(st)}` : `- ${text}${detail}${refs(st)}`);
    if (st.quote && !st.detail) lines.push('>');
  }
  if (lines[lines.length - 1] === '>') lines.pop();
  return [...lines, ''];
}

export function renderMarkdown(b: Briefing): string {
  const f = b.figures;
  const range = f.dateRange.from
    ? `${f.dateRange.from.slice(0, 10)} to ${f.dateRange.to?.slice(0, 10)}`
    : 'no stated dates';
  const genres = Object.entries(f.genres)
    .map(([g, n]) => `${n} ${g}`)
    .join(', ');
  const lines = [
    '# Dossier briefing',
    '',
    `Generated ${b.generatedAt.slice(0, 16).replace('T', ' ')} UTC from ${f.documents} articles. References like [D1] point to the list at the end.`,
    '',
    '## At a glance',
    '',
    `- ${f.documents} articles (${f.words.toLocaleString('en')} words) from ${f.outlets.length} outlets, published ${range}${f.undated ? `; ${f.undated} undated` : ''}.`,
    `- Genres: ${genres || 'unknown'}.`,
    '',
    ...statements('What happened', b.summary),
    ...statements('Timeline', b.timeline),
    ...statements('Key actors', b.actors),
    ...statements('Key quotes', b.quotes),
    ...statements('Events', b.events),
    ...statements('Corroborated claims', b.corroborated),
    ...statements('Contested claims', b.contested),
    ...statements('Open questions (single-source claims)', b.openQuestions),
    '## Sources',
    '',
    '| Outlet | Articles | Genres | Reprints | Coverage |',
    '| --- | ---: | --- | ---: | --- |',
    ...f.outlets.map(
      (o) =>
        `| ${escapeMd(o.name)} | ${o.documents} | ${Object.entries(o.genres)
          .map(([g, n]) => `${g} ${n}`)
          .join(
            ', ',
          )} | ${o.syndicated} | ${o.first ? `${o.first.slice(0, 10)} – ${o.last?.slice(0, 10)}` : 'undated'} |`,
    ),
    '',
  ];
  if (b.framing.length) {
    lines.push(
      '## Framing',
      '',
      'Tone runs from −1 (hostile) to +1 (favourable); hedging, speculation and opinion are shares of sentences.',
      '',
      '| Outlet | Tone | Hedging | Speculation | Opinion | Most quoted | Articles |',
      '| --- | ---: | ---: | ---: | ---: | --- | --- |',
      ...b.framing.map(
        (o) =>
          `| ${escapeMd(o.outlet)} | ${o.tone.toFixed(2)} | ${pct(o.hedging)} | ${pct(o.speculation)} | ${pct(o.opinion)} | ${escapeMd(o.voices.join(', '))} | ${o.refs.join(', ')} |`,
      ),
      '',
    );
  }
  if (b.missing.length) {
    lines.push('## Not in this briefing', '');
    for (const m of b.missing) lines.push(`- ${m.section}: ${m.reason}`);
    lines.push('');
  }
  lines.push('## References', '');
  for (const r of b.references) {
    const title = r.title ? escapeMd(r.title) : '(untitled)';
    lines.push(
      `- **[${r.key}]** ${title} — ${escapeMd(r.outlet ?? 'unknown outlet')}, ${r.published?.slice(0, 10) ?? 'undated'}. Document \`${r.id}\`; source: ${escapeMd(r.source)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
