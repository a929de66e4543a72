import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertVectorFile, readPackHeader } from '@vecsum/embeddings';
import { numberFlag, parse } from '../args.js';
import { loadDefaultVectors, resolveCacheDir } from '../config.js';
import { CliError, messageOf } from '../errors.js';
import { createProgress } from '../io/progress.js';

export const MODELS_HELP = `vecsum models <prepare|list|convert|export> [options]

  prepare                    build the GloVe cache now (otherwise built on first use)
  list                       list the packs in the cache folder
  convert FILE --name NAME [--format text|word2vec-binary] [--limit N] [--lowercase]
                             convert GloVe / word2vec vectors into a pack in the cache folder
  export DIR                 write the GloVe pack as a transformers.js model folder
  --cache-dir DIR            cache folder (default $VECSUM_CACHE_DIR, else $XDG_CACHE_HOME/vecsum or ~/.cache/vecsum)
`;

const OPTIONS = {
  'cache-dir': { type: 'string' },
  name: { type: 'string' },
  format: { type: 'string' },
  limit: { type: 'string' },
  lowercase: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runModels(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  const [action, arg] = positionals;
  if (v.help === true || action === undefined) {
    out.write(MODELS_HELP);
    return action === undefined && v.help !== true ? 2 : 0;
  }
  const cacheDir = resolveCacheDir(v['cache-dir']);
  switch (action) {
    case 'prepare': {
      const t = performance.now();
      const vectors = loadDefaultVectors(cacheDir);
      out.write(`${vectors.name}: ${vectors.size} words x ${vectors.dimensions} dims ready in ${cacheDir} (${(performance.now() - t).toFixed(0)} ms)\n`);
      return 0;
    }
    case 'list':
      listPacks(cacheDir, out);
      return 0;
    case 'convert':
      await convert(arg, v, cacheDir, out);
      return 0;
    case 'export': {
      if (arg === undefined) throw new CliError('USAGE', 'usage: vecsum models export DIR');
      const { exportWordVectorsAsTransformersModel } = await import('@vecsum/embeddings/transformers');
      await exportWordVectorsAsTransformersModel(loadDefaultVectors(cacheDir), arg);
      out.write(`wrote a transformers.js model folder to ${arg}\n`);
      return 0;
    }
    default:
      throw new CliError('USAGE', `unknown models action ${JSON.stringify(action)}; expected prepare, list, convert or export`);
  }
}

/** `models list`: the packs in the cache folder, one line each. */
function listPacks(cacheDir: string, out: NodeJS.WritableStream): void {
  let files: string[] = [];
  try {
    files = readdirSync(cacheDir).filter((f) => f.endsWith('.vwv'));
  } catch {
    files = [];
  }
  if (files.length === 0) out.write(`no packs in ${cacheDir} (run: vecsum models prepare)\n`);
  for (const f of files) {
    // one unreadable pack (another version, a partial write) does not hide the others
    let h: ReturnType<typeof readPackHeader>;
    try {
      h = readPackHeader(join(cacheDir, f));
    } catch (e) {
      out.write(`${f}\tunreadable: ${messageOf(e)}\n`);
      continue;
    }
    out.write(`${f}\t${h.name}\t${h.size} words\t${h.dimensions} dims\t${h.source}\n`);
  }
}

/** `models convert FILE --name NAME`: a word-vector file to a pack in the cache folder. */
async function convert(
  file: string | undefined,
  v: ReturnType<typeof parse<typeof OPTIONS>>['values'],
  cacheDir: string,
  out: NodeJS.WritableStream,
): Promise<void> {
  if (file === undefined || v.name === undefined) throw new CliError('USAGE', 'usage: vecsum models convert FILE --name NAME');
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'word2vec-binary') throw new CliError('INVALID_OPTION', `--format must be text or word2vec-binary`);
  if (!/^[\w.-]+$/.test(v.name)) throw new CliError('INVALID_OPTION', '--name may use letters, digits, ".", "_" and "-" only');
  const limit = numberFlag('limit', v.limit, true);
  const outPath = join(cacheDir, `${v.name}.vwv`);
  const progress = createProgress('converting');
  const vectors = await convertVectorFile(file, outPath, {
    format,
    name: v.name,
    onProgress: progress,
    ...(limit === undefined ? {} : { limit }),
    ...(v.lowercase === true ? { lowercase: true } : {}),
  });
  progress.done();
  out.write(`${outPath}: ${vectors.size} words x ${vectors.dimensions} dims\n`);
}
