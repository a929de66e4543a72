import { charsetOfContentType, fetchDocument, readDocument, ReaderError, type DocumentFormat, type ReadResult, type ReadWarning } from '@vecsum/reader';
import type { BodyKind, BodyLimits } from '../body.js';
import { ApiError } from '../problem.js';
import type { InputFormat } from '../schemas.js';

/** Fetching URLs named in request bodies: off unless the operator lists hosts (`vecsum serve --allow-url`). */
export interface UrlPolicy {
  /** The hosts that may be fetched (exact names). */
  readonly allowHosts: readonly string[];
  /**
   * Hosts that may resolve to private or loopback addresses (tests, an intranet); none by
   * default: such addresses are refused, redirects included.
   */
  readonly allowPrivate?: readonly string[];
  /** Time limit of one fetch, redirects included (default 10 s). */
  readonly timeoutMs?: number;
}

/** The input fields of a validated body (summarize and analyze: text / documents; embed: texts). */
export interface InputFields {
  readonly text?: string | undefined;
  readonly documents?: readonly string[] | undefined;
  readonly texts?: readonly string[] | undefined;
  readonly url?: string | undefined;
  readonly format?: InputFormat | undefined;
}

/** Documents read by @vecsum/reader, as the summarizer takes them, and the reader's warnings. */
export interface ReadInput {
  /** One text, or several documents (`documents` / `texts`, in order). */
  readonly texts: readonly string[];
  /** True when the request gave a list (documents or texts), even of one. */
  readonly list: boolean;
  readonly warnings: readonly ReadWarning[];
  /** Lines a summary should not pick: a web page's likely furniture (`ReadResult.doubtful`), of every document. */
  readonly doubtful: readonly string[];
}

const TYPE_BY_KIND: Readonly<Record<Exclude<BodyKind, 'json'>, DocumentFormat | undefined>> = {
  text: 'text',
  markdown: 'markdown',
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  bytes: undefined,
};

const typeOf = (format: InputFormat | undefined): DocumentFormat | undefined => (format === 'auto' ? undefined : format);

const urlsOff = () =>
  new ReaderError(
    'URL_NOT_ALLOWED',
    'This server does not fetch URLs (the operator has not started it with --allow-url HOST); send the document itself, as the request body or as text.',
  );

/**
 * Reads a request's documents the way the CLI reads files: through @vecsum/reader (article
 * extraction for web pages, PDF, DOCX, Markdown, text, encodings, language). A raw body is read
 * by its Content-Type (`bytes`: detected from the content, or the `format` query parameter;
 * its charset parameter used for bytes that are not UTF-8);
 * JSON strings by `format` (default "text"); `url` is fetched only under a UrlPolicy.
 * Runs on a worker thread. Warnings of several documents are merged (each once).
 * @throws ReaderError (UNSUPPORTED_INPUT, INVALID_HTML, URL_NOT_ALLOWED, ...), ApiError 422 when
 *   the body gives no input or more than one
 */
export async function readInput(
  raw: { kind: BodyKind; bytes: Uint8Array; route: string; contentType?: string },
  fields: InputFields,
  limits: BodyLimits,
  urls: UrlPolicy | undefined,
): Promise<ReadInput> {
  const { kind, bytes } = raw;
  const maxBytes = limits.maxBodyBytes;
  if (kind !== 'json') {
    const declared = charsetOfContentType(raw.contentType);
    const charset = declared === undefined ? {} : { charset: declared };
    const doc = await readDocument(bytes, { maxBytes, ...charset, ...optionalType(TYPE_BY_KIND[kind] ?? typeOf(fields.format)) });
    return { texts: [doc.text], list: false, warnings: doc.warnings, doubtful: doc.doubtful ?? [] };
  }
  const given = (['text', 'documents', 'texts', 'url'] as const).filter((k) => fields[k] !== undefined);
  if (given.length !== 1) {
    const names = raw.route === 'embed' ? 'texts or url' : 'text, documents or url';
    throw new ApiError(422, 'INVALID_PARAMETERS', `The body gives ${given.length === 0 ? 'no input' : given.join(' and ')}; give exactly one of ${names}.`, {
      errors: [{ field: given[1] ?? 'text', message: `exactly one of ${names} is required` }],
    });
  }
  if (fields.url !== undefined) {
    if (urls === undefined) throw urlsOff();
    const doc = await fetchDocument(fields.url, {
      timeoutMs: urls.timeoutMs ?? 10_000,
      maxBytes,
      allowHosts: urls.allowHosts,
      ...(urls.allowPrivate === undefined ? {} : { allowPrivate: urls.allowPrivate }),
    });
    return { texts: [doc.text], list: false, warnings: doc.warnings, doubtful: doc.doubtful ?? [] };
  }
  const strings = fields.text !== undefined ? [fields.text] : (fields.documents ?? fields.texts)!;
  const type = optionalType(fields.format === undefined ? 'text' : typeOf(fields.format));
  const docs: ReadResult[] = [];
  for (const s of strings) docs.push(await readDocument(s, { maxBytes, ...type }));
  return {
    texts: docs.map((d) => d.text),
    list: fields.text === undefined,
    warnings: mergeWarnings(docs.flatMap((d) => d.warnings)),
    doubtful: docs.flatMap((d) => d.doubtful ?? []),
  };
}

const optionalType = (type: DocumentFormat | undefined): { type?: DocumentFormat } => (type === undefined ? {} : { type });

/** Each warning once (by code and message), in order. */
export function mergeWarnings(warnings: readonly ReadWarning[]): ReadWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\n${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
