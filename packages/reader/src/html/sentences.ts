/**
 * What makes a line read as prose, one definition for every rule that asks (session 16: six modules each carried their own).
 * The text given is squashed (no line breaks).
 */

/** Ends as a sentence does: a stop, a question or exclamation mark or an ellipsis, maybe inside closing quotes or brackets. */
export const endsSentence = (text: string): boolean => /[.!?…]["'”’)\]]*$/.test(text);

/** Holds the end of a sentence somewhere: a lower-case letter, then a stop (maybe inside closing quotes), then a space or the end. */
export const holdsSentence = (text: string): boolean => /\p{Ll}[.!?]["'”’)]*(?:\s|$)/u.test(text);

/** A paragraph of prose: at least `minChars` long, ending in a stop, a question or exclamation mark (maybe inside closing quotes). */
export const isProseLine = (text: string, minChars: number): boolean => text.length >= minChars && /[.!?]["'”’)]*$/.test(text);
