import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { dictionaryFile, loadWordDictionary } from '@vecsum/analysis';
import { packFromBuffer } from '@vecsum/embeddings';
import { dictionaryData } from './analysis-state.js';

/**
 * The one-shot warm-up thread: loads the analysis word dictionary from the cache folder, or
 * builds it there first (about 15 s), sends it to the main thread and ends. An error (an
 * unwritable cache folder) ends the thread with it, and the main thread records the failure.
 */
const { buffer, cacheDir } = workerData as { readonly buffer: SharedArrayBuffer; readonly cacheDir: string };
const vectors = packFromBuffer(buffer, 'shared pack');
const started = performance.now();
const built = !existsSync(join(cacheDir, dictionaryFile(vectors)));
const dictionary = loadWordDictionary(vectors, cacheDir);
parentPort?.postMessage({ data: dictionaryData(dictionary), ms: Math.round(performance.now() - started), built });
