import { describe, expect, it } from 'vitest';
import { findQuotes } from './quote-finder.js';

const show = (text: string) =>
  findQuotes(text).map((q) => ({
    content: text.slice(q.content.start, q.content.end),
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
    cue: text.slice(q.cue.start, q.cue.end),
    direct: q.direct,
    parts: q.parts.length,
  }));

describe('findQuotes', () => {
  it('finds a curly direct quote before its attribution', () => {
    const [q] = show('“We will not back down,” Jane Roe said on Monday.');
    expect(q).toMatchObject({
      content: '“We will not back down,”',
      source: 'Jane Roe',
      cue: 'said',
      direct: true,
    });
  });

  it('finds a straight-quoted direct quote after a colon', () => {
    const [q] = show('The minister told reporters: "The talks are over."');
    expect(q).toMatchObject({ content: '"The talks are over."', source: 'The minister', direct: true });
  });

  it('joins an interrupted quote around its attribution', () => {
    const [q] = show('“The plan is sound,” he said, “but the money is not there.”');
    expect(q.parts).toBe(2);
    expect(q.content.startsWith('“The plan')).toBe(true);
    expect(q.content.endsWith('not there.”')).toBe(true);
    expect(q.source).toBe('he');
  });

  it('lets a quote continue over the next sentence and paragraph', () => {
    const text = '“First point,” said Jane Roe. “Second point.”\n\n“Third point, over a new paragraph.”';
    const [q] = show(text);
    expect(q.parts).toBe(3);
    expect(q.source).toBe('Jane Roe');
  });

  it('reads "X said (that) …" as indirect speech', () => {
    const [q] = show('The senator said that the bill would pass next week.');
    expect(q).toMatchObject({
      source: 'The senator',
      cue: 'said',
      content: 'that the bill would pass next week',
      direct: false,
    });
  });

  it('reads "according to X" in both orders', () => {
    const a = show('The factory will close in May, according to two people familiar with the plan.');
    expect(a[0]).toMatchObject({
      content: 'The factory will close in May',
      source: 'two people familiar with the plan',
    });
    const b = show('According to the ministry, the border is closed.');
    expect(b[0]).toMatchObject({ source: 'the ministry', content: 'the border is closed' });
  });

  it('skips the hearer of "told" and the medium of "wrote in an e-mailed comment"', () => {
    const [q] = show('Jane Roe told the newspaper she had resigned.');
    expect(q.content).toBe('she had resigned');
    const [w] = show('“It cannot last,” John Doe wrote in an e-mailed comment.');
    expect(w).toMatchObject({ source: 'John Doe', direct: true });
  });

  it('walks over an appositive to the name', () => {
    const [q] = show('“It is over,” Jane Roe, a senior analyst at the Institute, said.');
    expect(q.source).toBe('Jane Roe, a senior analyst at the Institute,');
  });

  it('takes an inverted source after the cue', () => {
    const [q] = show('“Nobody saw it coming,” said Jane Roe, the mayor.');
    expect(q.source).toBe('Jane Roe, the mayor');
  });

  it('keeps a partial quote inside reported speech as one indirect quote', () => {
    const qs = show('The ministry denounced the strike as “reckless aggression” on Sunday.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ source: 'The ministry', direct: false });
    expect(qs[0].content).toContain('“reckless aggression”');
  });

  it('reads a content-first clause', () => {
    const [q] = show('The economy will recover next year, the governor said.');
    expect(q).toMatchObject({ content: 'The economy will recover next year', source: 'the governor' });
  });

  it('does not take nouns, passives or words inside quotes for cues', () => {
    expect(show('The show was a success.')).toHaveLength(0);
    expect(show('The result was announced on Friday.')).toHaveLength(0);
    expect(show('“I said no,” she said.')).toHaveLength(1);
  });
});

describe('findQuotes, further constructions', () => {
  it('gives a participle cue the subject of its clause', () => {
    const qs = show('The senator attacked the bill on Monday, saying it would raise taxes.');
    expect(qs.at(-1)).toMatchObject({
      cue: 'saying',
      source: 'The senator',
      content: 'it would raise taxes',
    });
  });

  it('reads a speaker label line and a dash signature', () => {
    expect(show('SMITH: We will not discuss the budget today.')[0]).toMatchObject({
      source: 'SMITH',
      cue: ':',
    });
    const [q] = show('“The city deserves better than this.” ― Jane Roe\nNext line.');
    expect(q).toMatchObject({ source: 'Jane Roe', direct: true });
  });

  it('reads a raising verb with its subject as part of the content and no source', () => {
    const [q] = show('Turnout seems to be rising in the suburbs.');
    expect(q).toMatchObject({ source: null, content: 'Turnout seems to be rising in the suburbs' });
  });

  it('reads "when asked whether …" as a question without a named asker', () => {
    const qs = show('When asked whether he would run, the governor said he had not decided.');
    expect(qs[0]).toMatchObject({ cue: 'asked', source: null, content: 'whether he would run' });
    expect(qs[1]).toMatchObject({ source: 'the governor', content: 'he had not decided' });
  });

  it('does not make a second attribution of a minor cue inside reported content', () => {
    const qs = show('The mayor said residents believe the plan will fail.');
    expect(qs).toHaveLength(1);
    expect(qs[0].source).toBe('The mayor');
  });

  it('reads a title-case headline cue', () => {
    const [q] = show('County Clerk Says Recount Will Start Monday');
    expect(q).toMatchObject({ source: 'County Clerk', cue: 'Says', content: 'Recount Will Start Monday' });
  });

  it('reads a curly mark typed the wrong way round as a closing mark', () => {
    const [q] = show('“It is unusual,“ said Jane Roe.');
    expect(q).toMatchObject({ content: '“It is unusual,“', source: 'Jane Roe', direct: true });
  });
});

describe('findQuotes on bad input', () => {
  it('survives unbalanced marks and a quote that runs to the end', () => {
    const text = 'She said: “This never closes.\n\nAnother paragraph follows, he said. And “one more';
    expect(() => findQuotes(text)).not.toThrow();
    for (const q of findQuotes(text)) expect(q.content.end).toBeLessThanOrEqual(text.length);
  });

  it('keeps single marks nested in a double quote inside it', () => {
    const text = '“He told me ‘never,’ and left,” she said.';
    const [q] = findQuotes(text);
    expect(q).toMatchObject({ direct: true, content: { start: 0, end: text.indexOf(' she') } });
  });

  it('survives doubled opening marks and stray closers', () => {
    const text = '“He told me “never” and “then” left,” she said. ” Stray ” marks “ and "straight';
    const qs = findQuotes(text);
    for (const q of qs) expect(q.content.end).toBeLessThanOrEqual(text.length);
  });

  it('handles 10,000 quotes in one document', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `“Point number ${i},” the speaker said.`).join(' ');
    const qs = findQuotes(text);
    expect(qs).toHaveLength(10_000);
    expect(qs[9_999].content.start).toBeGreaterThan(qs[0].content.start);
  });

  it('handles a run-on text with no sentence ends and thousands of cues', () => {
    const text = Array.from(
      { length: 5_000 },
      (_, i) => `official ${i} said the plan, according to aides`,
    ).join(' and ');
    const qs = findQuotes(text);
    expect(qs.length).toBeGreaterThan(1_000);
    for (const q of qs) expect(q.content.end - q.content.start).toBeLessThan(5_000);
  });

  it('returns nothing for empty text', () => {
    expect(findQuotes('')).toEqual([]);
  });
});
