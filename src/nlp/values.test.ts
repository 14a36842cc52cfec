import { describe, expect, it } from 'vitest';
import { findValues } from './values.js';

const one = (text: string, type: string) => findValues(text).filter((v) => v.type === type);

describe('findValues', () => {
  it('reads money with its qualifier, scale and currency', () => {
    const [m] = one('Arms sales reached more than $20 billion last decade.', 'MONEY');
    expect(m).toMatchObject({
      text: 'more than $20 billion',
      amount: 2e10,
      currency: 'USD',
      qualifier: '>=',
    });
    const [e] = one('A loan of €3.5bn was agreed.', 'MONEY');
    expect(e).toMatchObject({ amount: 3.5e9, currency: 'EUR' });
    const [escaped] = one('a deal worth \\$600 million', 'MONEY');
    expect(escaped).toMatchObject({ amount: 6e8, currency: 'USD' });
  });

  it('links an amount to its conversion in brackets', () => {
    const text = 'a budget of 12 trillion yen (roughly $80 billion) for defence';
    const [yen, usd] = one(text, 'MONEY');
    expect(yen).toMatchObject({
      amount: 1.2e13,
      currency: 'JPY',
      linkedTo: { start: usd.start, end: usd.end },
    });
    expect(usd).toMatchObject({
      amount: 8e10,
      currency: 'USD',
      qualifier: '~',
      linkedTo: { start: yen.start, end: yen.end },
    });
  });

  it('finds the counted noun of a cardinal and the unit of a quantity', () => {
    const [c] = one('The army keeps 3,000 French-made Mistral launchers in depots.', 'CARDINAL');
    expect(c).toMatchObject({ amount: 3000, noun: 'launchers' });
    const [n] = one('Images showed almost 40 Chilean sailors on deck.', 'CARDINAL');
    expect(n).toMatchObject({ amount: 40, qualifier: '<~', noun: 'sailors' });
    const [q] = one('The convoy was 300 km from the border.', 'QUANTITY');
    expect(q).toMatchObject({ amount: 300, unit: 'km' });
  });

  it('reads percentages and ordinals, and leaves years and days to time expressions', () => {
    expect(one('Turnout rose 4.5 percent, or 12%.', 'PERCENT').map((v) => v.amount)).toEqual([4.5, 12]);
    expect(one('the 3rd round and the second vote', 'ORDINAL').map((v) => v.amount)).toEqual([3, 2]);
    expect(findValues('On March 4, 2019 and in 1999 they met.')).toEqual([]);
  });
});
