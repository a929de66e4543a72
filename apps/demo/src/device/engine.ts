import { detectLanguage, isReaderError, languageWarnings, readPastedText } from '@vecsum/reader/browser';
import type { Summary } from '@vecsum/summarizer';
import { DemoError, type ServerSummary, type SummarizeRequest } from '../api-client.js';
import type { Engine } from '../engine.js';
import { ERROR_TEXT, plainWarning } from '../messages.js';
import { DEVICE_MODEL_PATH } from './load-model.js';
import type { WorkerReply } from './protocol.js';

let engine: Engine | undefined;

/** The "runs on your device" engine: one Web Worker running @vecsum/summarizer, no server. */
export function deviceEngine(): Engine {
  engine ??= createDeviceEngine();
  return engine;
}

/**
 * The request's text as the server reads it (@vecsum/reader's rules: a web page's article, or
 * the text with line endings normalised), and the lines it doubts. Runs here, on the page: DOMParser is not in workers.
 */
function readOnPage(req: SummarizeRequest): { read: SummarizeRequest; doubtful: readonly string[] } {
  if (req.file !== undefined)
    throw new DemoError('NEEDS_SERVER', 'PDF and Word files are read on the server. Switch “Runs on” back to the server to summarize this file.');
  try {
    const { format: _format, ...rest } = req;
    const doc = readPastedText(req.text, req.format ?? 'text');
    return { read: { ...rest, text: doc.text }, doubtful: doc.doubtful ?? [] };
  } catch (e) {
    if (isReaderError(e)) throw new DemoError(e.code, ERROR_TEXT[e.code] ?? e.message);
    throw e;
  }
}

/**
 * The server's remarks for a text the model does not cover ("The text looks like German; ...
 * --model DIR"), said on the device too: the reader's detector (clearly English text skips it;
 * otherwise tinyld, loaded on first use), then the summary's own codes in words.
 */
async function withLanguageNotice(text: string, summary: Promise<Summary>): Promise<ServerSummary> {
  const [language, s] = await Promise.all([detectLanguage(text), summary]);
  const notices = languageWarnings(language);
  if (notices.length === 0) return s;
  return { ...s, notices: [...notices, ...s.meta.warnings.map((code) => ({ code, message: plainWarning(code) }))] };
}

function createDeviceEngine(): Engine {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const modelUrl = new URL(DEVICE_MODEL_PATH, document.baseURI).href;
  const waiting = new Map<number, { resolve: (s: Summary) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
    const reply = e.data;
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (job === undefined) return;
    if (reply.ok) job.resolve(reply.summary);
    else job.reject(new DemoError(reply.code, ERROR_TEXT[reply.code] ?? reply.message));
  });
  worker.addEventListener('error', () => {
    for (const job of waiting.values())
      job.reject(new DemoError('DEVICE_FAILED', 'The summarizer could not start on this device. Switch “Runs on” back to the server.'));
    waiting.clear();
    engine = undefined; // a dead worker answers nothing: the next request starts a new one
  });
  return {
    summarize(req: SummarizeRequest, signal: AbortSignal): Promise<Summary> {
      let read: SummarizeRequest;
      let doubtful: readonly string[];
      try {
        ({ read, doubtful } = readOnPage(req));
      } catch (e) {
        return Promise.reject(e);
      }
      const id = next++;
      const summary = new Promise<Summary>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        signal.addEventListener('abort', () => {
          waiting.delete(id);
          reject(new DOMException('aborted', 'AbortError'));
        });
        worker.postMessage({ id, req: read, doubtful, modelUrl });
      });
      return withLanguageNotice(read.text, summary);
    },
    analyze: () => Promise.resolve(null),
  };
}
