/** The formats the reader reads. */
export type DocumentFormat = 'html' | 'pdf' | 'docx' | 'markdown' | 'text';

/** A remark about the input that did not stop it being read. */
export interface ReadWarning {
  /** Stable code, e.g. LANGUAGE_NOT_COVERED. */
  code: string;
  /** A sentence in words that says what it means and what to do. */
  message: string;
}

export interface ReadOptions {
  /** The format, when known; otherwise detected from the content (then the file name or URL). */
  type?: DocumentFormat;
  /** Where the document came from (a page's address); used for detection hints and relative links. */
  url?: string;
  /** The file name, used only as a hint after the content. */
  fileName?: string;
  /**
   * The charset the source declares for bytes (an HTTP Content-Type's, e.g. "shift_jis"), used
   * when they are not UTF-8 and carry no byte-order mark.
   */
  charset?: string;
  /** Largest input accepted, in bytes (default 20 MiB). */
  maxBytes?: number;
}

export interface ReadResult {
  /**
   * The text to summarize. Structure survives as Markdown: the title (when known) is the first
   * line "# Title", section headings are "## ..." lines, list items "- ..." lines, paragraphs
   * are separated by a blank line. The sentence splitter reads "#" lines as headings.
   */
  text: string;
  /** The document's title, when it has one. */
  title?: string;
  /** The format that was read. */
  format: DocumentFormat;
  /**
   * ISO 639-1 code of the detected language ("en", "de", "zh"...), when the detector is confident;
   * "und" (ISO 639-2, undetermined) when it is not English but two languages are nearly as likely.
   */
  language?: string;
  /** Remarks in words, e.g. LANGUAGE_NOT_COVERED. */
  warnings: ReadWarning[];
  /**
   * Web pages only: lines of `text` that read like page furniture (a notice, a prompt, a promo)
   * without the reader being sure enough to drop them. They stay in the text; a summary should not
   * pick them: pass them to `summarize` as `doubtfulLines`.
   */
  doubtful?: string[];
}
