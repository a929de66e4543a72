import type { SentenceEmbedder } from '@vecsum/embeddings';

/**
 * Loads the word-vector model the on-device summarizer embeds with. This is the one function to
 * swap when the small browser pack lands: it must return the same embedder the server runs for
 * that pack, so that both pick the same sentences.
 *
 * Missing today (issue 17): a small quantized word-vector pack served with the demo, and a
 * browser-safe reader for it in @vecsum/embeddings (the current pack reader and the word
 * frequencies behind SIF weights use Node's Buffer, fs and require).
 */
export const DEVICE_MODEL_URL = './models/browser-pack.bin';

export class DeviceModelMissing extends Error {
  readonly code = 'DEVICE_MODEL_MISSING';
  constructor(detail: string) {
    super(`This device cannot summarize on its own yet: the small word-vector model is not available (${detail}). Switch “Runs on” back to the server.`);
    this.name = 'DeviceModelMissing';
  }
}

export async function loadModel(url: string = DEVICE_MODEL_URL): Promise<SentenceEmbedder> {
  let res: Response;
  try {
    res = await fetch(new URL(url, self.location.href));
  } catch {
    throw new DeviceModelMissing(`${url} could not be fetched`);
  }
  if (!res.ok) throw new DeviceModelMissing(`${url} answered ${res.status}`);
  // The browser pack reader belongs in @vecsum/embeddings; until it exists there is nothing to
  // decode these bytes with that gives the server's vectors, so refuse rather than guess.
  throw new DeviceModelMissing('no browser-safe reader for the pack in @vecsum/embeddings yet');
}
