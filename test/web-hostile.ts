// An article whose markup and text carry script payloads: markup that would run if rendered as HTML, and
// escaped text that survives cleaning as literal `<script>` characters. The reader must show it inert.
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the harbour council discussed the cost of the north pier, the schedule of the works and the fishing fleet that depends on it, and members asked the engineers for a second estimate before the spring.</p>`;

export const hostileArticle = `<!doctype html>
<html><head><meta charset="utf-8"><title>Council rebuilds the north pier <img src=x onerror="window.__pwned='title'"></title>
<meta property="og:site_name" content="Harbour &lt;b onmouseover=alert(1)&gt; Gazette">
<script>window.__pwned = 'head'; alert('head');</script></head>
<body><article>
<h1>Council rebuilds the north pier<script>window.__pwned='h1'</script></h1>
<p>The harbour council voted on Tuesday to rebuild the north pier, officials said. <img src="x" onerror="window.__pwned='img'; alert('img')"> The vote passed seven to two.</p>
<p>One critic signed a letter with &lt;script&gt;window.__pwned='text'&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; as a joke.</p>
${[1, 2, 3, 4].map(paragraph).join('\n')}
<svg onload="window.__pwned='svg'"><circle r="5"/></svg>
<iframe src="javascript:alert('iframe')"></iframe>
<a href="javascript:alert('link')" onclick="window.__pwned='link'">a link</a>
</article></body></html>`;
