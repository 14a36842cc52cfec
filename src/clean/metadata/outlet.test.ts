import { describe, expect, it } from 'vitest';
import { hostOf, nameForDomain, outletFor } from './outlet.js';

describe('outlet', () => {
  it('finds the name that spells the domain, else uses the host', () => {
    expect(nameForDomain('themoscowtimes.com', 'reflect the position of The Moscow Times.')).toBe(
      'The Moscow Times',
    );
    expect(outletFor('https://www.valleyherald.example/a/b', 'Copyright Valley Herald 2024')).toBe(
      'Valley Herald',
    );
    expect(outletFor('https://news.example.org/x', 'nothing here')).toBe('news.example.org');
    expect(hostOf('not a url')).toBeNull();
  });
});
