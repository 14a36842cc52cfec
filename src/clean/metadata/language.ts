// A light language guess: the writing system for scripts that mostly mean one language, otherwise the
// stopword profile (share of tokens that are a language's most frequent function words).
import stopwordData from '../data/stopwords.json' with { type: 'json' };

const lists: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(stopwordData.languages).map(([lang, words]) => [lang, new Set(words)]),
);

const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

export function stopwords(lang: string): ReadonlySet<string> {
  return lists[lang] ?? lists.en;
}

/** BCP 47 primary language subtag, or null when the text is too short or matches no profile. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  // Japanese mixes kana with Han, so kana decides before Han does.
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (lang === 'ja' ? n > letters * 0.05 : n > letters * 0.3) return lang;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 5) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const [lang, words] of Object.entries(lists)) {
    const share = tokens.filter((t) => words.has(t)).length / tokens.length;
    if (share > bestShare) {
      best = lang;
      bestShare = share;
    }
  }
  return bestShare >= 0.08 ? best : null;
}

/** Normalises "en-US", "en_GB" or "English" metadata to a primary subtag. */
export function normalizeLanguage(value: string | null | undefined): string | null {
  const m = value?.trim().match(/^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i);
  return m ? m[1].toLowerCase() : null;
}
