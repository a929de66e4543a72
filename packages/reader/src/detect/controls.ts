/**
 * ANSI escape sequences (colours and cursor moves: CSI ... final byte; OSC ... BEL or ST; a
 * two-byte ESC sequence): terminal commands, not text. Printed back, they would drive the
 * reader's terminal.
 */
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;

/** Any control character but tab, line feed and carriage return (and NEL, a line break). */
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

/** The control characters that are dropped: C0 but tab, LF, VT, FF, CR; DEL; C1 but NEL. */
const DROPPED = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * A text without the control characters that are not text: ANSI escape sequences and stray
 * C0/C1 controls (NUL, BEL, backspace, ESC, DEL...) are dropped; form feed and vertical tab
 * (page and line breaks in old text files) become line feeds. Tab, LF, CR and NEL stay.
 */
export function dropControlCharacters(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return dropEscapeSequences(text)
    .replace(/[\u000b\u000c]/g, '\n')
    .replace(DROPPED, '');
}

/** A text without its ANSI escape sequences (a coloured log is text, however many it has). */
export const dropEscapeSequences = (text: string): string => (text.includes('\u001b') ? text.replace(ANSI, '') : text);

/**
 * Invisible format characters that break words or reorder what a terminal shows: zero-width
 * space, word joiner, soft hyphen, a BOM inside the text, and the bidi embeddings, overrides,
 * isolates and marks (U+202E reverses the text after it on screen: "Trojan Source"). Zero-width
 * (non-)joiners are dropped only next to an ASCII character (a joiner inside an English word
 * breaks the word for the model); between other letters (Persian, Indic scripts, emoji
 * sequences) they are part of the writing and stay.
 */
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|(?<=[\u0000-\u007f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\u0000-\u007f])/g;

/** Unicode spaces that are spaces to a reader (no-break, en, em, thin, narrow no-break...): the ideographic space stays. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;

/** A text without invisible format characters (`INVISIBLE`), its Unicode spaces plain spaces. */
export function normaliseInvisibles(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ');
}
