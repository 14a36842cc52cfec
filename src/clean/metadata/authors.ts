// Author names out of a byline as pages write it: "By Jane Doe and John Roe, Reuters", "By Justine
// Coleman - 11/18/19 11:04 PM EST", "Jane Doe | Staff Writer". Returns the people, not the roles.
import bylineData from '../data/byline.json' with { type: 'json' };

const ROLE = new RegExp(`\\b(?:${bylineData.roleWords.join('|')})\\b`, 'i');
const PREFIX = new RegExp(`^(?:${bylineData.prefixes.join('|')})\\s+`, 'i');

export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  let s = byline.replace(/\s+/g, ' ').trim().replace(PREFIX, '');
  // Everything after a dash, pipe or bullet is a date, a role or the outlet.
  s = s.split(/\s+[-–—|•·]\s+|\s*\|\s*/)[0];
  s = s.replace(/\b(?:updated|published|posted)\b.*$/i, '').replace(/\d.*$/, '');
  const names = s
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((n) => n.replace(/^(?:by)\s+/i, '').trim())
    .filter((n) => isName(n));
  return [...new Set(names)];
}

export function isName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 5 || s.length > 60) return false;
  if (ROLE.test(s) || /[@/:]|https?/.test(s)) return false;
  return words.every(
    (w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|van|von|der|da|la|le|al|bin|del|di)$/i.test(w),
  );
}
