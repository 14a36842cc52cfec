// A synthetic but varied HTML news corpus for the ingest benchmark: pages built from templates and
// invented word lists (data/news-words.json), with the furniture real news sites carry (navigation,
// scripts, styles, captions, related links, promos, comments) so cleaning does realistic work.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import words from './data/news-words.json' with { type: 'json' };

type Rng = () => number;

/** mulberry32: a small seeded PRNG, so a corpus is reproducible from its seed. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function person(rng: Rng): string {
  return `${pick(rng, words.firstNames)} ${pick(rng, words.lastNames)}`;
}

function sentence(rng: Rng): string {
  const fill: Record<string, () => string> = {
    Org: () => cap(pick(rng, words.organisations)),
    org: () => pick(rng, words.organisations),
    Person: () => person(rng),
    role: () => pick(rng, words.roles),
    verb: () => pick(rng, words.verbs),
    object: () => pick(rng, words.objects),
    reason: () => pick(rng, words.reasons),
    adjective: () => pick(rng, words.adjectives),
    place: () => pick(rng, words.places),
    country: () => pick(rng, words.countries),
    country2: () => pick(rng, words.countries),
    weekday: () => pick(rng, words.weekdays),
    month: () => pick(rng, words.months),
    num: () => String(int(rng, 2, 90)),
  };
  return cap(pick(rng, words.sentences).replace(/\{(\w+)\}/g, (_, k: string) => fill[k]?.() ?? k));
}

function paragraph(rng: Rng): string {
  return Array.from({ length: int(rng, 2, 5) }, () => sentence(rng)).join(' ');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function navigation(rng: Rng): string {
  const items = words.sections.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  return `<header class="site-header"><a class="logo" href="/">${pick(rng, words.outlets)}</a><nav class="main-nav"><ul>${items}</ul></nav></header>`;
}

function related(rng: Rng): string {
  const links = Array.from(
    { length: int(rng, 3, 6) },
    (_, i) => `<li><a href="/story/${int(rng, 1000, 9999)}-${i}">${esc(sentence(rng))}</a></li>`,
  );
  return `<aside class="related-articles"><h3>Related</h3><ul>${links.join('')}</ul></aside>`;
}

function scripts(rng: Rng): string {
  const blob = Array.from(
    { length: int(rng, 20, 60) },
    (_, i) => `window.__cfg_${i}={"slot":"ad-${i}","sizes":[[300,250],[728,90]],"lazy":true};`,
  ).join('');
  return `<script>${blob}</script><style>${'.a{margin:0;padding:0}.b{display:flex;gap:8px}'.repeat(int(rng, 100, 400))}</style>`;
}

export function newsPage(rng: Rng, n: number): string {
  const title = `${pick(rng, words.places)}: ${cap(pick(rng, words.organisations))} ${pick(rng, words.verbs)} ${pick(rng, words.objects)}`;
  const author = person(rng);
  const outlet = pick(rng, words.outlets);
  const date = new Date(Date.UTC(2025, int(rng, 0, 11), int(rng, 1, 28), int(rng, 5, 22), int(rng, 0, 59)));
  const body: string[] = [];
  const count = int(rng, 6, 24);
  for (let i = 0; i < count; i++) {
    if (i > 2 && rng() < 0.15) body.push(`<h2>${esc(cap(pick(rng, words.reasons)))}</h2>`);
    if (i === 2 && rng() < 0.6) {
      body.push(
        `<figure><img src="/img/${n}.jpg" alt=""><figcaption>${esc(sentence(rng))} Photo: ${person(rng)}/Agency</figcaption></figure>`,
      );
    }
    if (i === 4 && rng() < 0.4)
      body.push(`<div class="promo"><a href="/subscribe">${pick(rng, words.promos)}</a></div>`);
    body.push(`<p>${esc(paragraph(rng))}</p>`);
  }
  const mostRead = `<aside class="most-read"><h3>Most read</h3><ol>${Array.from({ length: 10 }, () => `<li><a href="/story/${int(rng, 1, 99999)}">${esc(sentence(rng))}</a></li>`).join('')}</ol></aside>`;
  const siteMap = `<div class="site-map">${words.sections
    .map(
      (sec) =>
        `<ul><li>${sec}</li>${words.places
          .slice(0, int(rng, 4, 12))
          .map(
            (pl) =>
              `<li><a href="/${sec.toLowerCase()}/${pl.toLowerCase().replace(/ /g, '-')}">${pl}</a></li>`,
          )
          .join('')}</ul>`,
    )
    .join('')}</div>`;
  const comments =
    rng() < 0.5
      ? `<section class="comments"><h3>Comments</h3>${Array.from({ length: int(rng, 1, 5) }, () => `<div class="comment"><b>${person(rng)}</b><p>${esc(sentence(rng))}</p></div>`).join('')}</section>`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${date.toISOString()}">
<meta name="author" content="${author}"><link rel="canonical" href="https://news.example/${n}">${scripts(rng)}</head>
<body>${navigation(rng)}<main><article><h1>${esc(title)}</h1>
<p class="byline">By ${author}, ${outlet}</p><time datetime="${date.toISOString()}">${date.toUTCString()}</time>
${body.join('\n')}
</article>${related(rng)}${mostRead}${comments}</main><footer>${siteMap}<p>© ${outlet}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

/** Writes `pages` pages to `dir` and returns their total size in bytes. */
export async function writeNewsCorpus(dir: string, pages: number, seed = 1): Promise<number> {
  await mkdir(dir, { recursive: true });
  const rng = seededRng(seed);
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const html = newsPage(rng, i);
    bytes += Buffer.byteLength(html);
    await writeFile(join(dir, `page-${String(i).padStart(6, '0')}.html`), html);
  }
  return bytes;
}
