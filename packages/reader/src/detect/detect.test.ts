import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isReaderError } from '../errors.js';
import { decodeText, detectEncoding } from './encoding.js';
import { formatFromContentType, formatFromName, looksLikeHtml, sniffBinaryFormat } from './format.js';
import { clearlyEnglish, detectLanguage, FAST_ENGLISH_SHARE, languageWarnings } from './language.js';
import { LANGUAGE_SAMPLE } from '../test-support/language-sample.js';

const TEXT = 'Café crème, naïve façade — “quoted” and 10 €.';
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return isReaderError(e) ? e.code : String(e);
  }
  return 'no error';
};

describe('encoding', () => {
  it('reads UTF-8, UTF-16 LE and BE with a BOM, and windows-1252 without one', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const utf16be = Buffer.from(utf16le);
    utf16be.swap16();
    utf16be[0] = 0xfe;
    utf16be[1] = 0xff;
    const cp1252 = Buffer.from(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80])); // Café “q” €
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(utf16le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16be)).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(cp1252)).toEqual({ text: 'Café “q” €', encoding: 'windows-1252' });
  });

  it('recognises UTF-16 LE without a BOM from its zero bytes', () => {
    expect(detectEncoding(Buffer.from('Plain English text, written as UTF-16.', 'utf16le'))).toBe('utf-16le');
  });

  it('refuses binary bytes with UNSUPPORTED_INPUT and a sentence saying what to give', () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    expect(code(() => decodeText(bytes))).toBe('UNSUPPORTED_INPUT');
    expect(() => decodeText(bytes)).toThrow(/binary file.*; give an HTML, PDF, Word/);
  });

  it('drops terminal escape codes and stray controls from a text (a trailing NUL, a BEL) instead of refusing it; form feed is a line break', () => {
    const story =
      'The council voted on Tuesday to spend the money over six years. Engineers will take out the concrete ' +
      'lining and rebuild the banks with native plants. Biologists expect fish and birds to come back within a few years. ';
    const text = `\u001b[31m${story}\u001b[0m\u0007\n\u001b]0;title\u0007${story}\f${story}\u0000`;
    const { text: read } = decodeText(Buffer.from(text, 'utf8'));
    expect(read).toBe(`${story}\n${story}\n${story}`);
    expect(decodeText(Buffer.from(text, 'utf16le')).text).toBe(read);
  });

  it.skipIf(!existsSync('/bin/ls'))('refuses /bin/ls (an executable) by its first bytes', () => {
    const ls = readFileSync('/bin/ls');
    expect(code(() => sniffBinaryFormat(ls))).toBe('UNSUPPORTED_INPUT');
    expect(code(() => decodeText(ls))).toBe('UNSUPPORTED_INPUT');
  });
});

describe('format', () => {
  it('knows PDF and DOCX by their magic bytes, and refuses other zip files and images', () => {
    expect(sniffBinaryFormat(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    const zip = (name: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name)]);
    expect(sniffBinaryFormat(zip('word/document.xml'))).toBe('docx');
    expect(code(() => sniffBinaryFormat(zip('photos/a.jpg')))).toBe('UNSUPPORTED_INPUT');
    expect(code(() => sniffBinaryFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toBe('UNSUPPORTED_INPUT');
    expect(sniffBinaryFormat(Buffer.from('Just some text.'))).toBeUndefined();
  });

  it('finds a PDF header after junk bytes, but not in a text that mentions it', () => {
    expect(sniffBinaryFormat(Buffer.concat([Buffer.from([0, 1, 2, 0x1b]), Buffer.from('%PDF-1.4\n1 0 obj')]))).toBe('pdf');
    expect(sniffBinaryFormat(Buffer.from('\n  %PDF-1.4\n1 0 obj'))).toBe('pdf');
    // a Markdown README about the reader itself was read as a broken PDF
    expect(sniffBinaryFormat(Buffer.from('# Reader\n\nPDF files are known by `%PDF-` and by %PDF-1.7 headers.'))).toBeUndefined();
    expect(sniffBinaryFormat(Buffer.from('Say %PDF- out loud.'))).toBeUndefined();
  });

  it('sniffs HTML from markup, not from the name', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('\n  <!-- saved page --><html lang="en">')).toBe(true);
    expect(looksLikeHtml('Intro text first<p>one</p><p>two</p><div>three</div>')).toBe(true);
    expect(looksLikeHtml('Use a < b and b > c in the formula.')).toBe(false);
    expect(looksLikeHtml('# A Markdown title\n\nSome text.')).toBe(false);
  });

  it('maps names and content types', () => {
    expect([
      formatFromName('a/b/Report.PDF'),
      formatFromName('x.docx'),
      formatFromName('notes.md'),
      formatFromName('page.htm?x=1'),
      formatFromName('data.bin'),
    ]).toEqual(['pdf', 'docx', 'markdown', 'html', undefined]);
    expect([formatFromContentType('text/html; charset=utf-8'), formatFromContentType('application/pdf'), formatFromContentType('image/png')]).toEqual([
      'html',
      'pdf',
      undefined,
    ]);
  });
});

describe('language', () => {
  it('detects English, German, Chinese and Japanese (no spaces) text', async () => {
    expect(await detectLanguage('The council will open the new bridge next month, two years late.')).toBe('en');
    expect(await detectLanguage('a'.repeat(10_000))).toBeUndefined(); // was "tl" (Filipino): a warning about nothing
    expect(await detectLanguage('haha '.repeat(50))).toBeUndefined();
    expect(await detectLanguage('市议会将在下个月开放新桥比原计划晚了两年')).toBe('zh');
    expect(await detectLanguage('Der Stadtrat eröffnet die neue Brücke im nächsten Monat, zwei Jahre zu spät.')).toBe('de');
    expect(await detectLanguage('市议会将在下个月开放新桥，比原计划晚了两年。钢材短缺和坡道的重新设计推高了成本。')).toBe('zh');
    expect(await detectLanguage('市議会は来月、予定より二年遅れて新しい橋を開通させる。鉄鋼の不足で費用が増えた。')).toBe('ja');
    expect(await detectLanguage('Too short')).toBeUndefined();
  });

  it('never names a language the text cannot be written in (short Latin text read as Hindi)', async () => {
    // tinyld alone says Hindi (0.66) for this English text in Latin letters
    const text = 'T Intro text here is prose. After the table comes more prose | with a pipe. End.';
    expect(await detectLanguage(text)).not.toBe('hi');
    expect(languageWarnings(await detectLanguage(text))).toEqual([]);
    expect(await detectLanguage('नगर परिषद अगले महीने नया पुल खोलेगी, जो तय समय से दो साल देर से है।')).toBe('hi');
    expect(await detectLanguage('Городской совет откроет новый мост в следующем месяце, на два года позже срока.')).toBe('ru');
  });

  it('takes the no-detector path only for text that is clearly English, in any of the 14 sample languages', async () => {
    for (const { lang, long } of LANGUAGE_SAMPLE) {
      const text = `${long} ${long} ${long} ${long}`; // over the 40 words the fast path needs
      expect([lang, clearlyEnglish(text)]).toEqual([lang, lang === 'en']);
      expect([lang, await detectLanguage(text)]).toEqual([lang, lang]);
    }
    const en = LANGUAGE_SAMPLE.find((x) => x.lang === 'en')?.long ?? '';
    expect(clearlyEnglish(en)).toBe(false); // too few words to decide without the detector
    // an English quotation inside German text is not enough
    const de = LANGUAGE_SAMPLE.find((x) => x.lang === 'de')?.long ?? '';
    expect(clearlyEnglish(`${de} ${de} ${de} "The council will open the bridge." ${de}`)).toBe(false);
  });

  it("leaves four times the other languages' share of English function words below the fast path", () => {
    const FUNCTION_WORDS = new Set('the and of that with for this to are from have has which by were been their they would will it be as she his'.split(' '));
    const share = (t: string): number => {
      const words = t.toLowerCase().match(/\p{L}+/gu) ?? [];
      return words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length;
    };
    for (const { lang, long } of LANGUAGE_SAMPLE) if (lang !== 'en') expect([lang, share(long) * 4 <= FAST_ENGLISH_SHARE]).toEqual([lang, true]);
    // news heavy with names and numbers: about 0.15 function words, English without the detector
    const names =
      'Striker Tomas Ferreira scored twice as Harrowgate United beat Castlemoor Rovers 3-1 at Fenwick Park on Saturday. ' +
      'Ferreira, signed from Oporto Atletico in January, struck for the first time after 12 and 58 minutes. The Rovers captain Liam Okafor pulled ' +
      'one back before substitute Danny Reeve sealed the win for the hosts late on. United climb to fourth, two points behind Brackley Town, ' +
      'with Northfield Albion, Kessock Thistle and Dunmore Wanderers all level on 41 points after 27 matches.';
    expect(share(names)).toBeGreaterThan(FAST_ENGLISH_SHARE);
    expect(share(names)).toBeLessThan(0.2);
    expect(clearlyEnglish(names)).toBe(true);
  });

  it('names no language when the detector cannot tell two apart (Welsh, which it does not know)', async () => {
    // tinyld: Kirundi 0.31, Polish 0.27, Berber 0.20 for this Welsh text
    const welsh =
      'Bydd y cyngor yn agor y bont newydd fis nesaf, ddwy flynedd yn hwyr. Roedd prinder dur ac ailgynllunio’r rampiau wedi ' +
      'codi’r gost. Mae beicwyr yn dweud bod yr aros yn werth chweil, ac mae’r siopau ar lan yr afon yn gobeithio y daw mwy ' +
      'o ymwelwyr yn yr haf.';
    expect(await detectLanguage(welsh)).toBe('und');
    const [warning] = languageWarnings('und');
    expect(warning?.code).toBe('LANGUAGE_NOT_COVERED');
    expect(warning?.message).toMatch(/^The text does not look like English, and its language could not be told;.*--model DIR\.$/);
  });

  it('warns in words, naming the language and the way out, only when it is not English', () => {
    expect(languageWarnings('en')).toEqual([]);
    expect(languageWarnings(undefined)).toEqual([]);
    expect(languageWarnings('de')).toEqual([
      {
        code: 'LANGUAGE_NOT_COVERED',
        message: 'The text looks like German; the embedded model covers English only — use a multilingual transformers.js model folder with --model DIR.',
      },
    ]);
    expect(languageWarnings('zh')[0]?.message).toMatch(/^The text looks like Chinese;/);
  });
});
