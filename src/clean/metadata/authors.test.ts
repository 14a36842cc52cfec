import { describe, expect, it } from 'vitest';
import { authorsFromByline } from './authors.js';

describe('authorsFromByline', () => {
  it('takes the names and leaves roles, dates and outlets', () => {
    expect(authorsFromByline('By Ann Lee and Bo Chen')).toEqual(['Ann Lee', 'Bo Chen']);
    expect(authorsFromByline('By Justine Coleman - 11/18/19 11:04 PM EST')).toEqual(['Justine Coleman']);
    expect(authorsFromByline('Maria de la Cruz | Staff Writer')).toEqual(['Maria de la Cruz']);
    expect(authorsFromByline('Associated Press')).toEqual([]);
    expect(authorsFromByline(null)).toEqual([]);
  });
});
