import { ReaderError } from '../errors.js';
import { dropControlCharacters, dropEscapeSequences } from './controls.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Most control characters (other than tab, line feed, form feed, carriage return) in a text: more is binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * The encoding of text bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * UTF-16 is recognised by its zero bytes on alternate positions; else valid UTF-8 is UTF-8 and
 * anything else windows-1252 (the superset of Latin-1 that browsers use for "latin1").
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
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
 * Bytes as text, in their detected encoding (BOM removed), without the control characters that
 * are not text (`dropControlCharacters`). Refuses binary input: more than 1 % control
 * characters (NUL included; ANSI escape sequences are not counted) or undecodable sequences; a stray NUL or escape code in a text
 * is dropped, not a reason to refuse it.
 * @throws ReaderError UNSUPPORTED_INPUT
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const decoded = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  const text = dropEscapeSequences(decoded);
  if (looksBinary(text)) throw binary();
  return { text: dropControlCharacters(text), encoding };
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
