/**
 * The input side probed as a demanding outside test suite would: encodings here; formats told
 * by content and odd HTML in hostile-formats.test.ts; URLs in fetch/hostile-urls.test.ts. Each
 * case asserts the real outcome: the right text (the story, its quotes decoded as the right
 * characters), or a coded refusal whose sentence says what to do.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.js';
import { STORY, utf16be, utf32, utf8 } from './test-support/hostile-files.js';
import { outcome, refused } from './test-support/hostile-outcome.js';

const bom8 = Buffer.from([0xef, 0xbb, 0xbf]);
const cat = (...parts: (Uint8Array | string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Array.isArray(p) ? Buffer.from(p) : Buffer.from(p))));

describe('hostile encodings', () => {
  it.each([
    ['UTF-16 LE with a BOM', () => Buffer.from(`\ufeff${STORY}`, 'utf16le')],
    ['UTF-16 LE without a BOM', () => Buffer.from(STORY, 'utf16le')],
    ['UTF-16 BE with a BOM', () => utf16be(`\ufeff${STORY}`)],
    ['UTF-16 BE without a BOM', () => utf16be(STORY)],
    ['UTF-32 LE with a BOM (was refused as binary)', () => utf32(`\ufeff${STORY}`, true)],
    ['UTF-32 BE with a BOM (was refused as binary)', () => utf32(`\ufeff${STORY}`, false)],
    ['UTF-32 LE without a BOM', () => utf32(STORY, true)],
    ['UTF-8 with a BOM', () => cat(bom8, STORY)],
    ['text padded with NUL bytes (a preallocated log; was refused as binary)', () => cat(STORY, Buffer.alloc(4000))],
  ])('%s reads as the story, exactly', async (_name, make) => {
    expect(await outcome(make())).toEqual({ text: STORY, format: 'text' });
  });

  it('windows-1252 smart quotes, euro sign and dashes decode as those characters; Latin-1 accents too', async () => {
    const cp1252 = cat('He said ', [0x93], 'hello', [0x94], ' and paid 5', [0x80], ' ', [0x96], ' twice. ', STORY);
    expect(await outcome(cp1252)).toEqual({ text: `He said “hello” and paid 5€ – twice. ${STORY}`, format: 'text' });
    const latin1 = Buffer.from(`Café naïve façade, Größe. ${STORY}`, 'latin1');
    expect(await outcome(latin1)).toEqual({ text: `Café naïve façade, Größe. ${STORY}`, format: 'text' });
  });

  it('Shift-JIS, GBK, Big5, EUC-KR and windows-1251 bytes read as their text, not as windows-1252 mojibake', async () => {
    const ja = 'これは日本語の文書です。市議会は来月、新しい橋を開通させる。';
    const zh = '市议会将在下个月开放新桥，比原计划晚了两年。钢材短缺推高了成本。';
    const ko = '시의회는 다음 달 새 다리를 개통한다. 공사는 이년 늦었다.';
    const ru = 'Городской совет откроет новый мост в следующем месяце, на два года позже срока.';
    const enc = (s: string, label: string) => Buffer.from(new TextEncoderFor(label).encode(s));
    expect(await outcome(enc(ja, 'shift_jis'))).toEqual({ text: ja, format: 'text' });
    expect(await outcome(enc(zh, 'gbk'))).toEqual({ text: zh, format: 'text' });
    expect(await outcome(enc(ko, 'euc-kr'))).toEqual({ text: ko, format: 'text' });
    expect(await outcome(enc('這是一個很短的中文句子。', 'big5'))).toEqual({ text: '這是一個很短的中文句子。', format: 'text' });
    expect(await outcome(enc(ru, 'windows-1251'))).toEqual({ text: ru, format: 'text' });
  });

  it('a declared charset decides for bytes that are not UTF-8: an HTML <meta charset> and one the caller gives (an HTTP header)', async () => {
    const ja = 'これは日本語の文書です。';
    const sjis = Buffer.from(new TextEncoderFor('shift_jis').encode(ja));
    const page = cat('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>', sjis, '</p></body></html>');
    expect(await outcome(page)).toMatchObject({ format: 'html', text: ja });
    expect(await outcome(Buffer.from(new TextEncoderFor('iso-8859-7').encode('Καλημέρα κόσμε')), { charset: 'iso-8859-7' })).toEqual({
      text: 'Καλημέρα κόσμε',
      format: 'text',
    });
  });

  it('bytes of an encoding that cannot be told (eight GBK characters: chardet gives Shift_JIS 10 %) are refused, not read as mojibake', async () => {
    const gbk = Buffer.from(new TextEncoderFor('gbk').encode('这是一段内中文。'));
    await refused(gbk, 'UNSUPPORTED_INPUT', /encoding could not be told; save it as UTF-8/);
  });

  it('UTF-8 with stray invalid bytes keeps its quotes and dashes (was windows-1252 mojibake: â€œ) and loses the bad bytes', async () => {
    const text = cat('He said “hello” — and “bye”. ', [0xff], STORY, [0xc3, 0x28], ' “ok” “yes” ‘no’.');
    expect(await outcome(text)).toEqual({ text: `He said “hello” — and “bye”. ${STORY}( “ok” “yes” ‘no’.`, format: 'text' });
  });

  it('a few NUL bytes inside a text are dropped; a text that is more than 1 % NUL is refused as binary', async () => {
    expect(await outcome(cat(STORY.replace('council', 'coun\u0000cil')))).toEqual({ text: STORY, format: 'text' });
    await refused(cat(STORY.replace(/ /g, ' \u0000')), 'UNSUPPORTED_INPUT', /binary file.*; give an HTML, PDF/);
  });

  it('CRLF, lone CR and form feeds become line breaks', async () => {
    const lines = STORY.split(/(?<=\.) /);
    for (const sep of ['\r\n', '\r', '\f']) expect(await outcome(cat(lines.join(`${sep}`)))).toEqual({ text: lines.join('\n'), format: 'text' });
  });

  it('zero-width characters, soft hyphens and bidi overrides are dropped (they split words and reverse the screen); NBSP becomes a space', async () => {
    const hidden = STORY.replace(/ /g, ' \u200b\u202e').replace(/e/g, 'e\u200d').replace('council', 'coun\u00adcil').replace('Tuesday', '\u2066Tuesday\u2069');
    expect(await outcome(cat(hidden))).toEqual({ text: STORY, format: 'text' });
    expect(await outcome(STORY.replace(/ /g, '\u00a0'))).toEqual({ text: STORY, format: 'text' });
    // not English, so no LANGUAGE_NOT_COVERED warning about NBSP-only spacing (it said "und")
    expect((await readDocument(cat(STORY.replace(/ /g, '\u00a0')))).language).toBe('en');
    // joiners inside other scripts stay: a Persian word and an emoji sequence
    expect((await outcome('می\u200cخواهم 👩\u200d💻')) as { text: string }).toMatchObject({ text: 'می\u200cخواهم 👩\u200d💻' });
  });
});

/** TextEncoder only writes UTF-8: legacy bytes come from a reverse table over TextDecoder. */
class TextEncoderFor {
  private readonly table = new Map<string, number[]>();
  constructor(label: string) {
    const d = new TextDecoder(label, { fatal: true });
    const tryBytes = (bytes: number[]) => {
      try {
        const c = d.decode(Uint8Array.from(bytes));
        if ([...c].length === 1 && !this.table.has(c)) this.table.set(c, bytes);
      } catch {}
    };
    for (let a = 0x80; a <= 0xff; a++) {
      tryBytes([a]);
      for (let b = 0x40; b <= 0xfe; b++) tryBytes([a, b]);
    }
  }
  encode(s: string): Uint8Array {
    return Uint8Array.from([...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (this.table.get(c) ?? [0x3f]))));
  }
}
