// Which outlet published a piece: the site name the page states, else a name in the text that spells
// the web domain ("The Moscow Times" for themoscowtimes.com), else the domain itself.

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A run of capitalised words in `text` whose letters equal the domain's name, e.g. "The Moscow Times". */
export function nameForDomain(host: string, text: string): string | null {
  const label = squash(host.split('.').slice(0, -1).at(-1) ?? host);
  if (label.length < 4) return null;
  const runs = text.match(/(?:\b(?:The|the)\s+)?(?:[\p{Lu}][\p{L}\p{N}&'’.-]*\s*){1,6}/gu) ?? [];
  for (const run of runs) {
    const words = run.trim().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const cand = words
          .slice(i, j)
          .join(' ')
          .replace(/[.’']+$/, '');
        if (squash(cand) === label) return cand.replace(/^the /, 'The ');
      }
    }
  }
  return null;
}

export function outletFor(url: string | null, text: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return nameForDomain(host, text) ?? host;
}
