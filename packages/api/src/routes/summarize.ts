import { Hono } from 'hono';
import { htmlToText, summarize } from '@vecsum/summarizer';
import { checkTextSize, readBody } from '../body.js';
import type { AppDeps } from '../deps.js';
import { bodyFromQuery, inputOf, summarizeOptionsOf, SummarizeBodySchema, validate } from '../schemas.js';

/** POST /v1/summarize: JSON, or text/plain or text/html with the options as query parameters. */
export function summarizeRoutes(deps: AppDeps): Hono {
  return new Hono().post('/', async (c) => {
    const raw = await readBody(c, deps.limits, true);
    const body = validate(SummarizeBodySchema, raw.kind === 'text' ? bodyFromQuery(c.req.query(), raw.value) : raw.value);
    const given = inputOf(body);
    const input = body.format !== 'html' ? given : typeof given === 'string' ? htmlToText(given) : { documents: given.documents.map(htmlToText) };
    checkTextSize(input, deps.limits);
    const embedder = await deps.models.get(body.model, body.vectorFunction);
    const options = summarizeOptionsOf(body);
    const pool = deps.pool;
    const summary =
      pool !== undefined && (body.model ?? 'glove') === 'glove'
        ? await deps.queue.run(() => pool.summarize({ input, options, vectorFunction: body.vectorFunction ?? 'arora' }, deps.limits.timeoutMs))
        : await deps.queue.run(() => summarize(input, embedder, options));
    if (body.explain === false) return c.json({ text: summary.text, picked: summary.picked, truncated: summary.truncated, meta: summary.meta });
    return c.json(summary);
  });
}
