import { createWordVectorEmbedder, type SentenceEmbedder } from '@vecsum/embeddings';
import { packFromBuffer } from '@vecsum/embeddings/pack';

/**
 * The word-vector model of the on-device summarizer: the small int8 GloVe pack the demo build
 * puts in dist/models/ (scripts/browser-pack.ts), composed with `arora` as the API composes its
 * default model, so that a server running the same pack picks the same sentences.
 */
export const DEVICE_MODEL_PATH = `./models/${__BROWSER_PACK_FILE__}`;

export class DeviceModelMissing extends Error {
  readonly code = 'DEVICE_MODEL_MISSING';
  constructor(detail: string) {
    super(`This device cannot summarize on its own: the small word-vector model could not be loaded (${detail}). Switch “Runs on” back to the server.`);
    this.name = 'DeviceModelMissing';
  }
}

/** Fetches and reads the pack (about 5.5 MB, once per worker). */
export async function loadModel(url: string): Promise<SentenceEmbedder> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new DeviceModelMissing(`${url} could not be fetched`);
  }
  if (!res.ok) throw new DeviceModelMissing(`${url} answered ${res.status}`);
  let vectors: ReturnType<typeof packFromBuffer>;
  try {
    vectors = packFromBuffer(await res.arrayBuffer(), 'browser pack');
  } catch (e) {
    throw new DeviceModelMissing(`${url} is not a word-vector pack: ${e instanceof Error ? e.message : String(e)}`);
  }
  return createWordVectorEmbedder(vectors, { function: 'arora' });
}
