import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from './visible-metadata.js';

describe('chooseTitle', () => {
  it('prefers the visible headline and drops the site name from meta titles', () => {
    expect(chooseTitle('Pier opens | Coastal Gazette', ['Pier opens'], 'Coastal Gazette')).toBe('Pier opens');
    expect(chooseTitle('Pier opens at last', ['The pier opens at last'], null)).toBe(
      'The pier opens at last',
    );
    expect(
      chooseTitle('Pier opens at last', ['Pier opens at last Posted on May 1, 2024 by admin'], null),
    ).toBe('Pier opens at last');
    expect(chooseTitle('Pier opens at last - Coastal Gazette', [], 'Coastal Gazette')).toBe(
      'Pier opens at last',
    );
    expect(chooseTitle(null, [], null)).toBeNull();
  });

  it('keeps a title whose last part is not a site name', () => {
    expect(stripSiteSuffix('Storms - what we know about the damage so far in the north', null)).toBe(
      'Storms - what we know about the damage so far in the north',
    );
  });
});
