// The briefing report: gathered from the store once, rendered as Markdown or printable HTML.
export { type Briefing, buildBriefing, type Reference, type Statement } from './briefing.js';
export { escapeHtml, renderHtml } from './render-html.js';
export { escapeMd, renderMarkdown } from './render-markdown.js';
