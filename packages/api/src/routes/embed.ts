import { Hono } from 'hono';
import { embedDocument, splitSentences } from '@vecsum/embeddings';
import { checkTextSize, readBody } from '../body.js';
import type { AppDeps } from '../deps.js';
import { EmbedBodySchema, validate } from '../schemas.js';

const encode = (v: Float32Array, encoding: 'float' | 'base64') =>
  encoding === 'base64' ? { vectorBase64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : { vector: Array.from(v) };

/** POST /v1/embed: one vector per text (level document) or per sentence (level sentence). */
export function embedRoutes(deps: AppDeps): Hono {
  return new Hono().post('/', async (c) => {
    const raw = await readBody(c, deps.limits, false);
    const body = validate(EmbedBodySchema, raw.value);
    checkTextSize(body.texts, deps.limits);
    const embedder = await deps.models.get(body.model, body.vectorFunction);
    const encoding = body.encoding ?? 'float';
    const level = body.level ?? 'document';
    const items = await deps.queue.run(async () => {
      if (level === 'document') {
        const { vectors, empty, truncated } = await embedder.embed(body.texts);
        return vectors.map((v, i) => ({ index: i, empty: empty.includes(i), truncated: truncated.includes(i), ...encode(v, encoding) }));
      }
      return Promise.all(
        body.texts.map(async (text, i) => {
          const sentences = splitSentences(text);
          if (sentences.length === 0) return { index: i, sentences: [] };
          const doc = await embedDocument(sentences, embedder);
          return {
            index: i,
            ...encode(doc.documentVector, encoding),
            sentences: sentences.map((s, k) => ({ index: s.index, text: s.text, start: s.start, end: s.end, empty: doc.empty.includes(k), ...encode(doc.vectors[k] as Float32Array, encoding) })),
          };
        }),
      );
    });
    return c.json({ model: embedder.id, dimensions: embedder.dimensions, level, encoding, items });
  });
}
