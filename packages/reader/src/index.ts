export { readDocument, DEFAULT_MAX_BYTES } from './read-document.js';
export { ReaderError, READER_ERROR_CODES, isReaderError, type ReaderErrorCode } from './errors.js';
export type { DocumentFormat, ReadOptions, ReadResult, ReadWarning } from './types.js';
export { extractArticle, type ExtractedArticle } from './html/extract.js';
export { detectEncoding, decodeText, type TextEncoding } from './detect/encoding.js';
export { charsetOfContentType } from './detect/legacy-encoding.js';
export { detectLanguage, languageName, languageWarnings } from './detect/language.js';
export { fetchDocument, type FetchOptions } from './fetch/fetch-document.js';
export { isPrivateAddress, checkedAddress, type AddressPolicy } from './fetch/address-policy.js';
