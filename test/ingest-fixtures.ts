// Fixture articles and containers the ingest tests write into temp folders: short made-up news
// stories (our own words, no shared data), and helpers that wrap them as HTML, feeds, JSON and WARC.
import { WARCRecord, WARCSerializer } from 'warcio';

export interface Story {
  title: string;
  author: string;
  paragraphs: string[];
}

const places = ['Harbor City', 'Northvale', 'Port Amsel', 'Lindqvist Bay', 'Castellan', 'Orrin Falls'];
const bodies = [
  'the port authority',
  'the regional council',
  'the water board',
  'the transit agency',
  'the state auditor',
];
const actions = [
  'approved a budget',
  'opened an inquiry',
  'announced a delay',
  'signed a contract',
  'published a report',
];

/** A made-up local news story, different for every n, long enough for article extraction. */
export function story(n: number): Story {
  const place = places[n % places.length];
  const body = bodies[n % bodies.length];
  const action = actions[(n * 7) % actions.length];
  return {
    title: `${place}: ${body} ${action} (story ${n})`,
    author: `Reporter Number${n}`,
    paragraphs: [
      `${place} — On Tuesday ${body} ${action} after a session that ran well past midnight, officials said, in what local observers described as story number ${n} of a long-running dispute.`,
      `The decision followed weeks of public hearings in which residents raised questions about costs, schedules and the way earlier promises had been kept, according to minutes released on Wednesday.`,
      `A spokesperson for ${body} said the measure would be reviewed again in ${2027 + (n % 5)}, and that the agency expected to publish its full figures within ${n + 3} weeks.`,
      `Critics on the council argued that the plan left too many details open, while supporters said it was the only option that could be carried out before the next winter season began.`,
      `The next public meeting is scheduled for the first Monday of next month at the ${place} civic hall, where members of the public may speak for up to three minutes each.`,
    ],
  };
}

export function storyText(s: Story): string {
  return [`# ${s.title}`, '', `By ${s.author}`, '', ...s.paragraphs.flatMap((p) => [p, ''])].join('\n');
}

export function storyHtml(s: Story, head = '<meta charset="utf-8">'): string {
  return `<!doctype html><html><head>${head}<title>${s.title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${s.title}</h1><p class="byline">By ${s.author}</p>
${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© Example News</footer></body></html>`;
}

export function rssFeed(items: { story: Story; link: string; full: boolean }[]): string {
  const entries = items.map(
    ({ story: s, link, full }) => `<item><title>${s.title}</title><link>${link}</link>
<pubDate>Mon, 05 Jan 2026 10:00:00 GMT</pubDate><dc:creator>${s.author}</dc:creator>
<description>${s.paragraphs[0]}</description>
${full ? `<content:encoded><![CDATA[${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title><link>https://news.example/</link><description>Local news</description>
${entries.join('\n')}
</channel></rss>`;
}

export function atomFeed(items: { story: Story; link: string }[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = items.map(
    ({ story: s, link }, i) => `<entry><title>${s.title}</title><link rel="alternate" href="${link}"/>
<id>urn:example:${i}</id><published>2026-01-0${i + 2}T08:00:00Z</published><updated>2026-01-0${i + 2}T08:00:00Z</updated>
<author><name>${s.author}</name></author>
<content type="html">${esc(s.paragraphs.map((p) => `<p>${p}</p>`).join(''))}</content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example</id>
<updated>2026-01-05T00:00:00Z</updated>
${entries.join('\n')}
</feed>`;
}

/** A WARC file (optionally gzipped per record) with a warcinfo, one request and response per page, and an image. */
export async function warcFile(
  pages: { url: string; html: string; date: string }[],
  gzip = false,
): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const records: WARCRecord[] = [
    WARCRecord.createWARCInfo({ filename: 'test.warc' }, { software: 'dossier-test' }),
  ];
  for (const p of pages) {
    records.push(
      WARCRecord.create(
        {
          url: p.url,
          date: p.date,
          type: 'request',
          statusline: 'GET / HTTP/1.1',
          httpHeaders: { host: 'news.example' },
        },
        [new Uint8Array()],
      ),
    );
    records.push(
      WARCRecord.create(
        {
          url: p.url,
          date: p.date,
          type: 'response',
          statusline: 'HTTP/1.1 200 OK',
          httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
        },
        [enc.encode(p.html)],
      ),
    );
  }
  records.push(
    WARCRecord.create(
      {
        url: 'https://news.example/logo.png',
        date: pages[0].date,
        type: 'response',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'image/png' },
      },
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
    ),
  );
  const parts: Uint8Array[] = [];
  for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
  return Buffer.concat(parts);
}
