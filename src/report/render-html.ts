// The briefing as one self-contained HTML page that prints well (Chromium print-to-PDF): no scripts, no
// external assets, every article string escaped, references as in-page links to the reference list.
import type { Briefing, Statement } from './briefing.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const css = `
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1d2430; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #ccd; margin-top: 1.6rem; break-after: avoid; }
.meta, .detail { color: #5d6878; font-size: .9em; } blockquote { margin: .6rem 0; padding-left: .8rem; border-left: 3px solid #9fb0c6; }
li, blockquote { break-inside: avoid; } a.ref { font-size: .8em; color: #1f4f8a; text-decoration: none; }
table { border-collapse: collapse; font-size: .9em; } th, td { border: 1px solid #ccd; padding: .2rem .5rem; text-align: left; }
td.num { text-align: right; } code { font-size: .85em; } .refs { list-style: none; padding: 0; } .refs li { font-size: .9em; }
@page { margin: 18mm; } @media print { body { margin: 0; max-width: none; } a { color: inherit; } }`;

function refs(st: Statement): string {
  if (!st.refs.length) return '';
  return ` ${st.refs.map((k) => `<a class="ref" href="#${k}">[${k}]</a>`).join(' ')}`;
}

function section(title: string, list: Statement[]): string {
  if (list.length === 0) return '';
  const items = list.map((st) => {
    const detail = st.detail ? ` <span class="detail">— ${escapeHtml(st.detail)}</span>` : '';
    if (st.quote && !st.detail) return `<blockquote>“${escapeHtml(st.text)}”${refs(st)}</blockquote>`;
    const text = st.quote ? `“${escapeHtml(st.text)}”` : `<strong>${escapeHtml(st.text)}</strong>`;
    return `<li>${text}${detail}${refs(st)}</li>`;
  });
  const body = list.every((st) => st.quote && !st.detail)
    ? items.join('\n')
    : `<ul>\n${items.join('\n')}\n</ul>`;
  return `<h2>${escapeHtml(title)}</h2>\n${body}\n`;
}

export function renderHtml(b: Briefing): string {
  const f = b.figures;
  const range = f.dateRange.from
    ? `${f.dateRange.from.slice(0, 10)} to ${f.dateRange.to?.slice(0, 10)}`
    : 'no stated dates';
  const genres = Object.entries(f.genres)
    .map(([g, n]) => `${n} ${g}`)
    .join(', ');
  const outlets = f.outlets
    .map(
      (o) =>
        `<tr><td>${escapeHtml(o.name)}</td><td class="num">${o.documents}</td><td>${escapeHtml(
          Object.entries(o.genres)
            .map(([g, n]) => `${g} ${n}`)
            .join(', '),
        )}</td><td class="num">${o.syndicated}</td><td>${o.first ? `${o.first.slice(0, 10)} – ${o.last?.slice(0, 10)}` : 'undated'}</td></tr>`,
    )
    .join('\n');
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const framing = b.framing.length
    ? `<h2>Framing</h2>
<p class="meta">Tone runs from −1 (hostile) to +1 (favourable); hedging, speculation and opinion are shares of sentences.</p>
<table><thead><tr><th>Outlet</th><th>Tone</th><th>Hedging</th><th>Speculation</th><th>Opinion</th><th>Most quoted</th><th>Articles</th></tr></thead>
<tbody>
${b.framing
  .map(
    (o) =>
      `<tr><td>${escapeHtml(o.outlet)}</td><td class="num">${o.tone.toFixed(2)}</td><td class="num">${pct(o.hedging)}</td><td class="num">${pct(o.speculation)}</td><td class="num">${pct(o.opinion)}</td><td>${escapeHtml(o.voices.join(', '))}</td><td>${o.refs.map((k) => `<a class="ref" href="#${k}">[${k}]</a>`).join(' ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
`
    : '';
  const missing = b.missing.length
    ? `<h2>Not in this briefing</h2>\n<ul>\n${b.missing.map((m) => `<li>${escapeHtml(m.section)}: ${escapeHtml(m.reason)}</li>`).join('\n')}\n</ul>\n`
    : '';
  const references = b.references
    .map(
      (r) =>
        `<li id="${r.key}"><strong>[${r.key}]</strong> ${escapeHtml(r.title ?? '(untitled)')} — ${escapeHtml(r.outlet ?? 'unknown outlet')}, ${escapeHtml(r.published?.slice(0, 10) ?? 'undated')}. Document <code>${escapeHtml(r.id)}</code>; source: ${escapeHtml(r.source)}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Dossier briefing</title>
<style>${css}</style></head>
<body>
<h1>Dossier briefing</h1>
<p class="meta">Generated ${escapeHtml(b.generatedAt.slice(0, 16).replace('T', ' '))} UTC from ${f.documents} articles. References like [D1] link to the list at the end.</p>
<h2>At a glance</h2>
<ul><li>${f.documents} articles (${f.words.toLocaleString('en')} words) from ${f.outlets.length} outlets, published ${range}${f.undated ? `; ${f.undated} undated` : ''}.</li>
<li>Genres: ${escapeHtml(genres || 'unknown')}.</li></ul>
${section('What happened', b.summary)}${section('Timeline', b.timeline)}${section('Key actors', b.actors)}${section('Key quotes', b.quotes)}${section('Events', b.events)}${section('Corroborated claims', b.corroborated)}${section('Contested claims', b.contested)}${section('Open questions (single-source claims)', b.openQuestions)}<h2>Sources</h2>
<table><thead><tr><th>Outlet</th><th>Articles</th><th>Genres</th><th>Reprints</th><th>Coverage</th></tr></thead>
<tbody>
${outlets}
</tbody></table>
${framing}${missing}<h2>References</h2>
<ol class="refs">
${references}
</ol>
</body></html>
`;
}
