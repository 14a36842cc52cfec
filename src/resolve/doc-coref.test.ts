import { describe, expect, it } from 'vitest';
import { type Cluster, clusterDocument } from './doc-clusters.js';
import type { Mention } from './entity.js';
import { EntityIndex } from './entity-index.js';

/** Mentions for the given surface strings, found in order in the text. */
function mentionsOf(text: string, items: Array<[string, string]>): Mention[] {
  let from = 0;
  return items.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`not in text: ${surface}`);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type };
  });
}

function clusters(text: string, items: Array<[string, string]>, titles: Array<[string, string]> = []) {
  return clusterDocument('d', text, mentionsOf(text, items), mentionsOf(text, titles));
}

/** The surface texts linked to the cluster named `name` by coreference, with their reasons. */
function corefOf(cs: Cluster[], name: string): string[] {
  const c = cs.find((x) => x.names.includes(name));
  return (c?.mentions ?? []).filter((m) => m.reason.startsWith('coref')).map((m) => m.text);
}

const allCoref = (cs: Cluster[]) => cs.flatMap((c) => c.mentions.filter((m) => m.reason.startsWith('coref')));

describe('role nouns', () => {
  const text =
    'Russian President Ivan Sidorov received Chilean President Ana Reyes on Monday. ' +
    'The two signed a grain deal. The Russian leader said the deal would last a decade.';
  const items: Array<[string, string]> = [
    ['Russian', 'NORP'],
    ['Ivan Sidorov', 'PERSON'],
    ['Chilean', 'NORP'],
    ['Ana Reyes', 'PERSON'],
    ['Russian', 'NORP'],
  ];
  const titles: Array<[string, string]> = [
    ['Russian President', 'TITLE'],
    ['Chilean President', 'TITLE'],
  ];

  it('link "the Russian leader" to the person whose stated role ties them to Russia', () => {
    const cs = clusters(text, items, titles);
    expect(corefOf(cs, 'Ivan Sidorov')).toEqual(['The Russian leader']);
    const link = cs.find((c) => c.names.includes('Ivan Sidorov'))!.mentions.at(-1)!;
    expect(link.reason).toMatch(/Russian President/);
    expect(corefOf(cs, 'Ana Reyes')).toEqual([]);
  });

  it('leave "the president" unlinked when two presidents were named and nothing decides', () => {
    const t = text.replace('The Russian leader said', 'The president said');
    expect(allCoref(clusters(t, items.slice(0, -1), titles))).toEqual([]);
  });

  it('link a role noun to the one person stated to hold it, respecting gender', () => {
    const t =
      'Foreign Ministry Spokeswoman Jane Roe spoke on Monday, and analyst Tom Field replied. ' +
      'The spokeswoman said the talks were over.';
    const cs = clusters(t, [
      ['Jane Roe', 'PERSON'],
      ['Tom Field', 'PERSON'],
    ]);
    expect(corefOf(cs, 'Jane Roe')).toEqual(['The spokeswoman']);
    const male = t.replace('Spokeswoman Jane Roe', 'Spokesman John Roe').replace('Jane', 'John');
    expect(
      allCoref(
        clusters(male, [
          ['John Roe', 'PERSON'],
          ['Tom Field', 'PERSON'],
        ]),
      ),
    ).toEqual([]);
  });

  it('link "the ministry" to the one ministry named, not when two are', () => {
    const one = 'The Russian Foreign Ministry condemned the strike. The ministry said it was illegal.';
    const cs = clusters(one, [['Russian Foreign Ministry', 'ORG']]);
    expect(corefOf(cs, 'Russian Foreign Ministry')).toEqual(['The ministry']);
    const two =
      'The Foreign Ministry condemned the strike and the Defense Ministry raised its alert. The ministry said it was illegal.';
    expect(
      allCoref(
        clusters(two, [
          ['Foreign Ministry', 'ORG'],
          ['Defense Ministry', 'ORG'],
        ]),
      ),
    ).toEqual([]);
  });

  it('read a role word used as a modifier, an indefinite phrase or an apposition as no reference', () => {
    const t =
      'President Ivan Sidorov spoke. The president line was firm, a president who listens is rare, ' +
      'and the president, Ivan Sidorov, left.';
    const cs = clusters(
      t,
      [
        ['Ivan Sidorov', 'PERSON'],
        ['Ivan Sidorov', 'PERSON'],
      ],
      [['President', 'TITLE']],
    );
    expect(allCoref(cs)).toEqual([]);
  });

  it("link a government phrase with a country to that country's cluster, made if the country is not named", () => {
    const t = 'The Chilean government rejected the plan.';
    const cs = clusters(t, [['Chilean', 'NORP']]);
    const chile = cs.find((c) => c.type === 'GPE' && c.country === 'CL')!;
    expect(chile.names).toEqual(['Chile']);
    expect(chile.mentions.map((m) => m.text)).toEqual(['The Chilean government']);
  });
});

describe('pronouns in attribution position', () => {
  it('go to the nearest person of compatible gender, across a paragraph and past names inside quotes', () => {
    const text =
      '“We are ready,” said Maria Lopez.\n\n“Nothing will change,” Peter Hahn wrote in a comment.\n\n' +
      '“Ask Maria Lopez about it,” he wrote. She said: “No.”';
    const cs = clusters(text, [
      ['Maria Lopez', 'PERSON'],
      ['Peter Hahn', 'PERSON'],
      ['Maria Lopez', 'PERSON'],
    ]);
    expect(corefOf(cs, 'Peter Hahn')).toEqual(['he']);
    expect(corefOf(cs, 'Maria Lopez')).toEqual(['She']);
  });

  it('stay unlinked when no compatible person is in reach, or outside attribution position', () => {
    const text = 'Peter Hahn arrived late. She said the plan had failed. He wants more time.';
    expect(allCoref(clusters(text, [['Peter Hahn', 'PERSON']]))).toEqual([]);
  });

  it('prefer the speaker of the nearest sentence, and give up when nothing decides', () => {
    const speaker =
      'After Tom Field met Peter Hahn, Hahn told reporters the deal was off. Later he wrote that it was back.';
    const cs = clusters(speaker, [
      ['Tom Field', 'PERSON'],
      ['Peter Hahn', 'PERSON'],
      ['Hahn', 'PERSON'],
    ]);
    expect(corefOf(cs, 'Peter Hahn')).toEqual(['he']);
    const neither =
      'After a call between Tom Field and Peter Hahn, talks resumed. Later he said it was over.';
    const none = clusters(neither, [
      ['Tom Field', 'PERSON'],
      ['Peter Hahn', 'PERSON'],
    ]);
    expect(allCoref(none)).toEqual([]);
  });
});

describe('surnames and stated roles', () => {
  it('link a surname the tagger missed to the one full-named person who carries it', () => {
    const text = 'Peter Hahn spoke first. Then Hahn left, and Hahn Street was closed.';
    const cs = clusters(text, [['Peter Hahn', 'PERSON']]);
    expect(corefOf(cs, 'Peter Hahn')).toEqual(['Hahn']);
  });

  it('collect titles, appositions before and after a name, and coordinated roles, with evidence', () => {
    const text =
      'Colombia-based analyst Rosa Diaz disagreed. Omar Said, senior Iran analyst at the Policy Group, ' +
      'called it a bluff. Lena Berg, an author, Baltic specialist, and visiting professor at Tartu, agreed. ' +
      'A call came from the Estonian foreign minister, Karl Tamm, on Friday.';
    const cs = clusters(text, [
      ['Rosa Diaz', 'PERSON'],
      ['Omar Said', 'PERSON'],
      ['Policy Group', 'ORG'],
      ['Lena Berg', 'PERSON'],
      ['Tartu', 'GPE'],
      ['Estonian', 'NORP'],
      ['Karl Tamm', 'PERSON'],
    ]);
    const roles = (name: string) => cs.find((c) => c.names.includes(name))!.roles;
    expect(roles('Rosa Diaz').map((r) => r.text)).toEqual(['Colombia-based analyst']);
    expect(roles('Omar Said').map((r) => r.text)).toEqual(['senior Iran analyst at the Policy Group']);
    expect(roles('Lena Berg').map((r) => r.text)).toEqual([
      'an author',
      'Baltic specialist',
      'visiting professor at Tartu',
    ]);
    expect(roles('Karl Tamm').map((r) => r.text)).toEqual(['Estonian foreign minister']);
    for (const c of cs)
      for (const r of c.roles) {
        expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.text);
        expect(r.evidence.docId).toBe('d');
      }
  });

  it('take no clause or adverbial after a comma for a role', () => {
    const text =
      'Peter Hahn, with Minister Karl Tamm beside him, left. Omar Said, who is an analyst, stayed.';
    const cs = clusters(text, [
      ['Peter Hahn', 'PERSON'],
      ['Karl Tamm', 'PERSON'],
      ['Omar Said', 'PERSON'],
    ]);
    expect(cs.find((c) => c.names.includes('Peter Hahn'))!.roles).toEqual([]);
    expect(cs.find((c) => c.names.includes('Omar Said'))!.roles).toEqual([]);
  });
});

describe('across documents and at scale', () => {
  it('let a role stated in an earlier article decide a role noun, and say so', () => {
    const index = new EntityIndex();
    const first = 'Russian President Ivan Sidorov arrived in Lima.';
    const m1 = mentionsOf(first, [
      ['Russian', 'NORP'],
      ['Ivan Sidorov', 'PERSON'],
      ['Lima', 'GPE'],
    ]);
    index.resolve(
      'd1',
      clusterDocument('d1', first, m1, mentionsOf(first, [['Russian President', 'TITLE']])),
    );
    const second = 'Ivan Sidorov met Ana Reyes. The Russian leader said the deal would last.';
    const m2 = mentionsOf(second, [
      ['Ivan Sidorov', 'PERSON'],
      ['Ana Reyes', 'PERSON'],
      ['Russian', 'NORP'],
    ]);
    const alone = clusterDocument('d2', second, m2);
    expect(allCoref(alone)).toEqual([]);
    const cs = clusterDocument('d2', second, m2, [], undefined, (c) => index.match(c));
    const link = cs.find((c) => c.names.includes('Ivan Sidorov'))!.mentions.at(-1)!;
    expect(link.text).toBe('The Russian leader');
    expect(link.reason).toMatch(/in another article/);
    // a role from elsewhere is not this document's evidence
    expect(cs.find((c) => c.names.includes('Ivan Sidorov'))!.roles).toEqual([]);
  });

  it('handle a document with thousands of references without stalling', () => {
    const unit =
      'Foreign Ministry Spokeswoman Jane Roe spoke. “No,” she said. The spokeswoman said more. He said nothing. ';
    const text = unit.repeat(3000);
    const items: Array<[string, string]> = [];
    for (let i = 0; i < 3000; i++) items.push(['Jane Roe', 'PERSON']);
    const cs = clusters(text, items);
    expect(corefOf(cs, 'Jane Roe').length).toBe(6000);
  });
});

describe('quoted regions', () => {
  it('skip names and pronouns inside doubled-apostrophe quotes as wires write them', () => {
    const text =
      "Peter Hahn spoke to reporters. ''Tom Field told me so,'' he said. ''He said, wait,'' Hahn added.";
    const cs = clusters(text, [
      ['Peter Hahn', 'PERSON'],
      ['Tom Field', 'PERSON'],
      ['Hahn', 'PERSON'],
    ]);
    expect(corefOf(cs, 'Peter Hahn')).toEqual(['he']);
    expect(corefOf(cs, 'Tom Field')).toEqual([]);
  });
});

describe('pronouns after other speakers', () => {
  it('skip a tagged speaker of the other gender, but give up after an untagged one', () => {
    const tagged = 'Peter Hahn spoke first. Maria Lopez said no. “Yes,” he said.';
    const cs = clusters(tagged, [
      ['Peter Hahn', 'PERSON'],
      ['Maria Lopez', 'PERSON'],
    ]);
    expect(corefOf(cs, 'Peter Hahn')).toEqual(['he']);
    const untagged = 'Peter Hahn spoke first. Nefzi said no. “Yes,” he said.';
    expect(allCoref(clusters(untagged, [['Peter Hahn', 'PERSON']]))).toEqual([]);
    const apposed = 'Peter Hahn spoke first. Nefzi, a chemistry professor, said no. He said more.';
    expect(allCoref(clusters(apposed, [['Peter Hahn', 'PERSON']]))).toEqual([]);
    const relative = 'Peter Hahn recalled the interview in which he said no.';
    expect(allCoref(clusters(relative, [['Peter Hahn', 'PERSON']]))).toEqual([]);
  });

  it('never take a place the tagger called a person for an antecedent', () => {
    const text = 'Crowds gathered outside Trump Tower. “We are here,” he said.';
    expect(allCoref(clusters(text, [['Trump Tower', 'PERSON']]))).toEqual([]);
  });
});
