import { embedDocument, splitSentences } from '@vecsum/embeddings';
import { cosine } from '@vecsum/embeddings/math';
import { parse } from '../args.js';
import { createEmbedder } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { HTML_FLAG_HELP, readDocumentInput } from '../io/read-input.js';

export const EMBED_HELP = `vecsum embed FILE|- [options]

Split a text into sentences, embed them, and compare each with the document vector.

  --model M              glove (default) or a transformers.js model folder
  --vector-function F    mean, sif or arora (default arora)
  --document-vector D    joined (default: embed the whole text) or mean
  --format F             text (default: similarities) or json (vectors included)
  --cache-dir DIR        cache folder
${HTML_FLAG_HELP}`;

const OPTIONS = {
  model: { type: 'string' },
  'vector-function': { type: 'string' },
  'document-vector': { type: 'string' },
  'cache-dir': { type: 'string' },
  format: { type: 'string' },
  html: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runEmbed(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(EMBED_HELP);
    return 0;
  }
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError('INVALID_OPTION', '--format must be text or json');
  const mode = v['document-vector'] ?? 'joined';
  if (mode !== 'joined' && mode !== 'mean') throw new CliError('INVALID_OPTION', '--document-vector must be joined or mean');
  const { text } = await readDocumentInput(positionals[0], v.html);
  const sentences = splitSentences(text);
  if (sentences.length === 0) throw new CliError('EMPTY_DOCUMENT', 'the input has no sentences', EXIT.input);
  const embedder = await createEmbedder({ model: v.model, vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const doc = await embedDocument(sentences, embedder, { documentVector: mode });
  if (format === 'json') {
    out.write(
      `${JSON.stringify({
        model: embedder.id,
        dimensions: embedder.dimensions,
        documentVector: Array.from(doc.documentVector),
        sentences: sentences.map((s, i) => ({
          index: s.index,
          text: s.text,
          start: s.start,
          end: s.end,
          empty: doc.empty.includes(i),
          cosine: cosine(doc.vectors[i]!, doc.documentVector),
          vector: Array.from(doc.vectors[i]!),
        })),
      })}\n`,
    );
    return 0;
  }
  out.write(`model ${embedder.id} (${embedder.dimensions} dims), ${sentences.length} sentences\n\ncos(sentence, document)\n`);
  const sims = doc.vectors.map((vec) => cosine(vec, doc.documentVector));
  sentences.forEach((s, i) => out.write(`  ${String(i).padStart(3)}  ${(sims[i]!).toFixed(3)}  ${s.text.replace(/\s+/g, ' ').slice(0, 90)}\n`));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) pairs.push([i, j, cosine(doc.vectors[i]!, doc.vectors[j]!)]);
  }
  pairs.sort((a, b) => b[2] - a[2]);
  out.write('\nmost similar sentence pairs\n');
  for (const [i, j, c] of pairs.slice(0, 5)) out.write(`  #${i} ~ #${j}  ${c.toFixed(3)}\n`);
  return 0;
}
