import { ReaderError } from '../errors.js';
import { dropControlCharacters, dropEscapeSequences } from './controls.js';
import { canonicalEncoding, declaredHtmlCharset, guessLegacyEncoding, nonLatinShape } from './legacy-encoding.js';

/**
 * A WHATWG encoding name, as TextDecoder gives it: 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le',
 * 'utf-32be' (read by hand: TextDecoder has no UTF-32), 'windows-1252', or a legacy encoding a
 * document declares or chardet recognises ('shift_jis', 'gb18030', 'windows-1251'...).
 */
export type TextEncoding = string;

/** Most control characters (other than tab, line feed, form feed, carriage return) in a text: more is binary. */
const MAX_CONTROL_SHARE = 0.01;
/** Valid multibyte UTF-8 characters per broken sequence above which bytes are UTF-8 with a few bad bytes. */
const MOSTLY_UTF8 = 4;

/**
 * The encoding of text bytes, or undefined when it cannot be told. In order: a byte-order mark
 * (UTF-32, UTF-8, UTF-16); UTF-32 or UTF-16 by their zero bytes; valid UTF-8; the charset the
 * caller declares (an HTTP Content-Type's) or an HTML page's `<meta charset>`; UTF-8 with a few
 * broken sequences among many good ones; a legacy encoding chardet recognises safely
 * (`legacy-encoding.ts`); else windows-1252 (the superset of Latin-1 that browsers use for
 * "latin1"), unless its non-ASCII bytes come in runs, as no Western text's do: then undefined.
 */
export function detectEncoding(bytes: Uint8Array, declared?: string): TextEncoding | undefined {
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return bom;
  const wide = utf32WithoutBom(bytes) ?? utf16WithoutBom(bytes);
  if (wide !== undefined) return wide;
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\ufffd') || validUtf8(bytes)) return 'utf-8';
  const label = (declared === undefined ? undefined : canonicalEncoding(declared)) ?? declaredHtmlCharset(bytes);
  if (label !== undefined && !label.startsWith('utf-')) return label;
  if (mostlyUtf8(utf8)) return 'utf-8';
  return guessLegacyEncoding(bytes) ?? (nonLatinShape(bytes) ? undefined : 'windows-1252');
}

function bomEncoding(b: Uint8Array): TextEncoding | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Many more good multibyte characters than broken sequences (U+FFFD): UTF-8 with a few stray bytes. */
function mostlyUtf8(decoded: string): boolean {
  const bad = decoded.match(/\ufffd/g)?.length ?? 0;
  const good = decoded.match(/[^\u0000-\u007f\ufffd]/g)?.length ?? 0;
  return good >= MOSTLY_UTF8 * bad;
}

/** UTF-32 text without a BOM: nearly every 4-byte unit is one character below U+10000 (two zero bytes, then a non-zero one). */
function utf32WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (bytes[i] !== 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] === 0 && bytes[i + 3] !== 0) be++;
  }
  const units = n / 4;
  if (le > 0.9 * units) return 'utf-32le';
  if (be > 0.9 * units) return 'utf-32be';
  return undefined;
}

/** UTF-16 text without a BOM: most even (BE) or odd (LE) bytes zero, almost none of the others. */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.6 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.6 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return undefined;
}

/**
 * Bytes as text, in their detected encoding (`declared`: a charset the caller knows, e.g. from
 * an HTTP Content-Type), BOM removed, without the control characters that are not text
 * (`dropControlCharacters`) and without trailing NUL padding (a preallocated log file). Refuses
 * binary input: more than 1 % control characters (NUL included; ANSI escape sequences are not
 * counted) or undecodable sequences; a stray NUL or escape code in a text is dropped, not a
 * reason to refuse it. UTF-8 with a few broken bytes among many good characters loses the
 * broken bytes.
 * @throws ReaderError UNSUPPORTED_INPUT (binary, or an encoding that cannot be told)
 */
export function decodeText(bytes: Uint8Array, declared?: string): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes, declared);
  if (encoding === undefined) throw looksBinary(decodeWindows1252(bytes)) ? binary() : undetectable();
  const text = dropEscapeSequences(decodeAs(bytes, encoding))
    .replace(/^\ufeff/, '')
    .replace(/\u0000+$/, '');
  if (looksBinary(text)) throw binary();
  return { text: dropControlCharacters(text), encoding };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  return encoding === 'utf-8' ? text.replace(/\ufffd/g, '') : text; // mostly UTF-8: the broken bytes go
}

/** UTF-32 by hand (TextDecoder has no UTF-32); a unit that is no code point is U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4 * 4096) {
    const points: number[] = [];
    for (let j = i; j + 3 < bytes.length && j < i + 4 * 4096; j += 4) {
      const cp = view.getUint32(j, littleEndian);
      points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    }
    parts.push(String.fromCodePoint(...points));
  }
  return parts.join('');
}

/** True when more than 1 % of the characters are control characters or U+FFFD (undecodable). */
export function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.length === 0) return false;
  const bad = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return bad / sample.length > MAX_CONTROL_SHARE;
}

const binary = (): ReaderError =>
  new ReaderError('UNSUPPORTED_INPUT', 'The input looks like a binary file, not a document; give an HTML, PDF, Word (.docx), Markdown or plain-text file.');

const undetectable = (): ReaderError =>
  new ReaderError(
    'UNSUPPORTED_INPUT',
    'The text is not UTF-8 and its encoding could not be told; save it as UTF-8 (or declare its charset) and give it again.',
  );

/** windows-1252's 0x80-0x9F (the rest is Latin-1); undefined bytes stay C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * windows-1252 by hand: Node's TextDecoder reads the label as ISO-8859-1, so “ ” € — come out
 * as C1 control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
