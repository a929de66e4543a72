import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests only). */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** `../shared/data` beside the repository: licensed data, read at test time, never copied. */
export const SHARED_DATA_DIR: string = join(REPO_ROOT, '..', 'shared', 'data');

/** Path of a shared dev file, e.g. `sharedDataFile('cnndm-dev.jsonl')`. */
export const sharedDataFile = (file: string): string => join(SHARED_DATA_DIR, file);

/** Whether the shared data folder is present (tests on real data are skipped otherwise). */
export const HAS_SHARED_DATA: boolean = existsSync(SHARED_DATA_DIR);
