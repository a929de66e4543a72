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
