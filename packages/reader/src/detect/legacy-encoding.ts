import { analyse } from 'chardet';

/**
 * Encodings other than UTF-8 and UTF-16/32: a label the document declares (an HTTP
 * Content-Type's charset, an HTML `<meta charset>`), else chardet's guess, taken only where a
 * guess is safe: the East Asian multibyte encodings (Shift_JIS, EUC-JP, GB18030, EUC-KR, Big5),
 * whose byte pairs chardet recognises with confidence, and single-byte Cyrillic, Greek, Hebrew
 * and Arabic when the non-ASCII bytes come in runs (`nonLatinShape`).
 */

/** chardet names of the multibyte encodings trusted at MIN_MULTIBYTE_CONFIDENCE. */
const MULTIBYTE = new Set(['Shift_JIS', 'EUC-JP', 'GB18030', 'EUC-KR', 'Big5']);
/** chardet names of the single-byte non-Latin encodings, trusted only when most bytes are non-ASCII. */
const NON_LATIN = new Set(['windows-1251', 'KOI8-R', 'ISO-8859-5', 'ISO-8859-7', 'windows-1253', 'ISO-8859-8', 'windows-1255', 'ISO-8859-6', 'windows-1256']);
const MIN_MULTIBYTE_CONFIDENCE = 50;
const MIN_NON_LATIN_CONFIDENCE = 30;
/** Non-ASCII bytes needed to judge their shape. */
const MIN_HIGH_BYTES = 16;
/** Bytes chardet reads (it runs a dozen recognisers over them). */
const SAMPLE = 64 * 1024;

/**
 * True when most non-ASCII bytes (of the first 64 KiB, 16 or more) follow another one: words
 * written in another script, or multibyte characters. A Western text in a single-byte encoding
 * has accented letters between ASCII ones ("Café “q” €"; "Größe" is the rare pair).
 */
export function nonLatinShape(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let high = 0;
  let paired = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (i > 0 && bytes[i - 1]! >= 0x80) paired++;
  }
  return high >= MIN_HIGH_BYTES && paired > 0.5 * high;
}

/**
 * chardet's guess when it is one of the safe kinds (see the module comment), as a WHATWG
 * encoding name TextDecoder reads; undefined otherwise.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  const sample = bytes.length > SAMPLE ? bytes.subarray(0, SAMPLE) : bytes;
  const best = analyse(sample)[0];
  if (best === undefined) return undefined;
  const multibyte = MULTIBYTE.has(best.name) && best.confidence >= MIN_MULTIBYTE_CONFIDENCE;
  const nonLatin = NON_LATIN.has(best.name) && best.confidence >= MIN_NON_LATIN_CONFIDENCE && nonLatinShape(bytes);
  return multibyte || nonLatin ? canonicalEncoding(best.name) : undefined;
}

/** TextDecoder's name for a label ("Shift_JIS" -> "shift_jis", "latin1" -> "windows-1252"), or undefined for an unknown one. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** A charset an HTML page declares in its first KiB: `<meta charset=x>` or `<meta http-equiv=Content-Type content="...; charset=x">`. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const label = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return label === undefined ? undefined : canonicalEncoding(label);
}

/** The charset of an HTTP Content-Type ("text/html; charset=Shift_JIS"), when TextDecoder knows it. */
export function charsetOfContentType(type: string | undefined): string | undefined {
  const label = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(type ?? '')?.[1];
  return label === undefined ? undefined : canonicalEncoding(label);
}
