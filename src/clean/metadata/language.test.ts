import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguage } from './language.js';

describe('detectLanguage', () => {
  it('guesses from the stopword profile and from the script', () => {
    expect(
      detectLanguage(
        'The minister said that the talks would resume in the spring and that both sides were ready.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Der Minister sagte, dass die Gespräche im Frühjahr wieder aufgenommen werden und dass beide Seiten bereit sind.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Le ministre a déclaré que les discussions reprendraient au printemps et que les deux parties étaient prêtes.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage('Министр заявил, что переговоры возобновятся весной и что обе стороны готовы к этому.'),
    ).toBe('ru');
    expect(detectLanguage('大臣は、協議は春に再開され、双方の準備ができていると述べた。')).toBe('ja');
    expect(detectLanguage('ok')).toBeNull();
  });

  it('normalises language tags', () => {
    expect(normalizeLanguage('en-US')).toBe('en');
    expect(normalizeLanguage('pt_BR')).toBe('pt');
    expect(normalizeLanguage('')).toBeNull();
  });
});
