import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const russian =
  'Министерство иностранных дел заявило в понедельник, что переговоры продолжатся на следующей неделе. ' +
  'Представитель ведомства сообщил журналистам, что стороны обсудили вопросы безопасности и торговли.';

describe('decodeText', () => {
  it('reads windows-1251 Cyrillic from <meta charset>', () => {
    const html = `<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>${russian}</p></body></html>`;
    const d = decodeText(iconv.encode(html, 'windows-1251'));
    expect(d.from).toBe('meta');
    expect(d.text).toContain(russian);
  });

  it('reads windows-1251 from an http-equiv meta', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>${russian}</p></body></html>`;
    const d = decodeText(iconv.encode(html, 'windows-1251'));
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain(russian);
  });

  it('detects windows-1251 with no label at all', () => {
    const d = decodeText(iconv.encode(`<html><body><p>${russian}</p></body></html>`, 'windows-1251'));
    expect(d.from).toBe('detected');
    expect(d.text).toContain(russian);
  });

  it('lets the HTTP charset win over the markup, and a BOM over both', () => {
    const bytes = iconv.encode(`<meta charset="utf-8"><p>${russian}</p>`, 'koi8-r');
    expect(decodeText(bytes, 'text/html; charset=KOI8-R').text).toContain(russian);
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="koi8-r">Привет'),
    ]);
    const d = decodeText(bom, 'text/html; charset=windows-1251');
    expect(d.from).toBe('bom');
    expect(d.text).toContain('Привет');
  });

  it('reads UTF-16 with a BOM and plain UTF-8 without one', () => {
    expect(decodeText(iconv.encode('\ufeffДа, это так.', 'utf-16le')).text).toBe('Да, это так.');
    expect(decodeText(new TextEncoder().encode('Ça va — très bien')).text).toBe('Ça va — très bien');
  });
});
