// Preload (node --import): records the URL of every module the process resolves into the file
// named by $VECSUM_LOAD_LOG, so a test can check what a command loads.
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
