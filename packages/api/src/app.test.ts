import { describe, expect, it } from 'vitest';
import { createModelRegistry } from './models.js';
import { ApiError } from './problem.js';
import { createJobQueue } from './runner.js';
import { ARTICLE, glove, postJson, testApp } from './test-support/app.js';
import { createWordVectorEmbedder, defaultCacheDir, embedDocument, splitDocuments, type WordVectors } from '@vecsum/embeddings';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

async function problemOf(res: Response, status: number, code: string): Promise<ProblemBody> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  const body = (await res.json()) as ProblemBody;
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(typeof body.detail).toBe('string');
  return body;
}

describe('POST /v1/summarize', () => {
  it('summarizes JSON input and explains every sentence', async () => {
    const app = await testApp();
    const res = await app.request('/v1/summarize', postJson({ text: ARTICLE, budget: { sentences: 2 }, selector: 'greedy' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as {
      text: string;
      picked: number[];
      sentences: { picked: boolean; reason: string; cosine: number }[];
      trace: unknown[];
      meta: { selectorUsed: string };
    };
    expect(body.picked).toHaveLength(2);
    expect(body.text.split('\n')).toHaveLength(2);
    expect(body.sentences).toHaveLength(6);
    expect(body.trace).toHaveLength(2);
    expect(body.meta.selectorUsed).toBe('greedy');
  });

  it('accepts text/plain with options as query parameters, and documents[]', async () => {
    const app = await testApp();
    const plain = await app.request('/v1/summarize?words=30&selector=near&explain=false', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: ARTICLE,
    });
    expect(plain.status).toBe(200);
    const p = (await plain.json()) as { text: string; sentences?: unknown };
    expect(p.text.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(p.sentences).toBeUndefined();
    const docs = await app.request('/v1/summarize', postJson({ documents: [ARTICLE, 'Rain fell all week. The river rose.'], budget: { words: 40 } }));
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { meta: { documentCount: number } }).meta.documentCount).toBe(2);
  });

  it('accepts text/html: the page is read as text, its headings never extracted', async () => {
    const app = await testApp();
    const paragraphs = ARTICLE.split(/(?<=\.)\s+/)
      .map((s) => `<p>${s.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
    const html =
      '<html><body><nav>Home | News | Sport</nav><article><h1>A Headline Above the Story</h1>' +
      `${paragraphs}</article><footer>Copyright</footer></body></html>`;
    const res = await app.request('/v1/summarize?sentences=2', { method: 'POST', headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; sentences: { text: string; reason: string }[] };
    expect(body.sentences[0]).toMatchObject({ text: 'A Headline Above the Story', reason: 'heading' });
    expect(body.sentences.map((s) => s.text).join(' ')).not.toMatch(/Home|Copyright|<p>/);
    expect(body.text.split('\n')).toHaveLength(2);
    expect(body.text).not.toContain('Headline');
    // the same page in JSON with format "html" gives the same summary; without it, the markup is text
    const viaJson = (await (await app.request('/v1/summarize', postJson({ text: html, format: 'html', budget: { sentences: 2 } }))).json()) as { text: string };
    expect(viaJson.text).toBe(body.text);
    const asText = (await (await app.request('/v1/summarize', postJson({ text: html, budget: { sentences: 2 } }))).json()) as { sentences: { text: string }[] };
    expect(asText.sentences.map((s) => s.text).join(' ')).toContain('<');
    await problemOf(await app.request('/v1/summarize', postJson({ text: html, format: 'pdf' })), 422, 'INVALID_PARAMETERS');
  });

  it('400 on malformed JSON and invalid UTF-8', async () => {
    const app = await testApp();
    await problemOf(await app.request('/v1/summarize', postJson('{"text": ')), 400, 'MALFORMED_JSON');
    const bad = new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    await problemOf(await app.request('/v1/summarize', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bad }), 400, 'INVALID_UTF8');
  });

  it('415 for other content types', async () => {
    const app = await testApp();
    await problemOf(
      await app.request('/v1/summarize', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await problemOf(await app.request('/v1/embed', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'hi' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('413 for a body or a text over the limit', async () => {
    const app = await testApp({ limits: { maxBodyBytes: 2000, maxTextChars: 500 } });
    await problemOf(await app.request('/v1/summarize', postJson({ text: 'word '.repeat(1000) })), 413, 'PAYLOAD_TOO_LARGE');
    await problemOf(await app.request('/v1/summarize', postJson({ text: 'word '.repeat(150) })), 413, 'TEXT_TOO_LARGE');
  });

  it('422 naming each offending field', async () => {
    const app = await testApp();
    const body = await problemOf(
      await app.request('/v1/summarize', postJson({ text: ARTICLE, budget: { words: 0 }, selector: 'textrank', colour: 1 })),
      422,
      'INVALID_PARAMETERS',
    );
    const fields = (body.errors ?? []).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['budget.words', 'selector', '(body)']));
    await problemOf(await app.request('/v1/summarize', postJson({ budget: { sentences: 1 } })), 422, 'INVALID_PARAMETERS');
    await problemOf(await app.request('/v1/summarize', postJson({ text: '   ' })), 422, 'EMPTY_DOCUMENT');
    await problemOf(await app.request('/v1/summarize', postJson({ text: ARTICLE, model: 'gpt-9' })), 422, 'UNKNOWN_MODEL');
  });

  it('401 without and 403 with a wrong API key when keys are configured; health stays open', async () => {
    const app = await testApp({ apiKeys: ['s3cret'] });
    await problemOf(await app.request('/v1/summarize', postJson({ text: ARTICLE })), 401, 'UNAUTHENTICATED');
    await problemOf(await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: 'Bearer nope' })), 403, 'FORBIDDEN');
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE }, { 'x-api-key': 's3cret' }))).status).toBe(200);
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE }, { authorization: 'Bearer s3cret' }))).status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
  });

  it('429 with Retry-After when the work queue is full, 504 on timeout', async () => {
    const queue = createJobQueue({ concurrency: 1, queueSize: 0, timeoutMs: 50 });
    const app = await testApp({ queue });
    let release: () => void = () => {};
    const blocker = queue.run(() => new Promise<void>((r) => (release = r)));
    const busy = await app.request('/v1/summarize', postJson({ text: ARTICLE }));
    await problemOf(busy, 429, 'QUEUE_FULL');
    expect(busy.headers.get('retry-after')).toBe('1');
    await expect(blocker).rejects.toBeInstanceOf(ApiError); // the blocker itself timed out (504)
    release();
    const slow = createJobQueue({ concurrency: 1, queueSize: 1, timeoutMs: 10 });
    const err = await slow.run(() => new Promise((r) => setTimeout(r, 200))).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(504);
  });

  it('503 with Retry-After while the model loads, and /ready follows the load', async () => {
    let finish: () => void = () => {};
    const gate = new Promise<void>((r) => (finish = r));
    const models = createModelRegistry([
      {
        ...glove,
        load: async () => {
          await gate;
          return glove.load();
        },
      },
    ]);
    const { createApp } = await import('./app.js');
    const { DEFAULT_LIMITS } = await import('./deps.js');
    const { silentLogger } = await import('./middleware/request-context.js');
    const app = createApp({ models, queue: createJobQueue(DEFAULT_LIMITS), limits: DEFAULT_LIMITS, logger: silentLogger });
    const loading = await app.request('/v1/summarize', postJson({ text: ARTICLE }));
    await problemOf(loading, 503, 'MODEL_LOADING');
    expect(loading.headers.get('retry-after')).toBeTruthy();
    await problemOf(await app.request('/ready'), 503, 'NOT_READY');
    finish();
    await models.warm();
    expect((await app.request('/ready')).status).toBe(200);
    expect((await app.request('/v1/summarize', postJson({ text: ARTICLE }))).status).toBe(200);
  });
});

describe('other routes', () => {
  it('POST /v1/embed returns document and sentence vectors, as floats or base64', async () => {
    const app = await testApp();
    const res = await app.request('/v1/embed', postJson({ texts: ['The river flooded.', 'Stocks rose.'], vectorFunction: 'sif' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { dimensions: number; model: string; items: { vector: number[] }[] };
    expect(body.dimensions).toBe(100);
    expect(body.model).toContain('sif');
    expect(body.items[0]?.vector).toHaveLength(100);
    const b64 = (await (await app.request('/v1/embed', postJson({ texts: [ARTICLE], level: 'sentence', encoding: 'base64' }))).json()) as {
      items: { vectorBase64: string; sentences: { vectorBase64: string; text: string }[] }[];
    };
    const first = b64.items[0];
    expect(first?.sentences).toHaveLength(6);
    const bytes = Buffer.from(first?.sentences[0]?.vectorBase64 ?? '', 'base64');
    const floats = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(floats.length).toBe(100);
    expect(Math.hypot(...floats)).toBeCloseTo(1, 4);
  });

  it('POST /v1/analyze reports per-dimension contributions and the gap', async () => {
    const app = await testApp();
    const res = await app.request('/v1/analyze', postJson({ text: ARTICLE, budget: { sentences: 2 }, top: 5 }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      sentences: { index: number; contributions: { dimension: number; value: number }[] }[];
      gap: { dimensions: unknown[] };
    };
    expect(body.sentences).toHaveLength(2);
    // recomputed here: sentence i's share of cos(sentence, document) on dimension j is v_i[j] * d[j]
    const embedder = createWordVectorEmbedder((await glove.load()) as WordVectors, { function: 'arora' });
    const doc = await embedDocument(splitDocuments([ARTICLE]), embedder);
    for (const s of body.sentences) {
      const v = doc.vectors[s.index]!;
      const shares = Array.from(v, (x, j) => x * doc.documentVector[j]!);
      const largest = shares
        .map((value, dimension) => ({ dimension, value }))
        .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
        .slice(0, 5);
      expect(s.contributions.map((c) => c.dimension)).toEqual(largest.map((c) => c.dimension));
      s.contributions.forEach((c, k) => expect(c.value).toBeCloseTo(largest[k]?.value as number, 6));
    }
    expect(body.gap.dimensions).toHaveLength(5);
  });

  it('GET /v1/models, /health, /openapi.json; 404 and 405 as problems', async () => {
    const app = await testApp();
    const models = (await (await app.request('/v1/models')).json()) as {
      models: { name: string; state: string; dimensions: number }[];
      selectors: string[];
      limits: { maxTextChars: number };
    };
    expect(models.models[0]).toMatchObject({ name: 'glove', state: 'ready', dimensions: 100 });
    expect(models.selectors).toContain('auto');
    expect(models.limits.maxTextChars).toBeGreaterThan(0);
    expect(await (await app.request('/health')).json()).toEqual({ status: 'ok' });
    const openapi = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } } }>;
    };
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths['/v1/summarize']?.post?.requestBody.content['application/json']?.schema.properties ?? {})).toEqual(
      expect.arrayContaining(['text', 'budget', 'selector']),
    );
    await problemOf(await app.request('/v2/nothing'), 404, 'NOT_FOUND');
    const wrong = await app.request('/v1/summarize', { method: 'GET' });
    await problemOf(wrong, 405, 'METHOD_NOT_ALLOWED');
    expect(wrong.headers.get('allow')).toBe('POST');
    await problemOf(await app.request('/health', { method: 'DELETE' }), 405, 'METHOD_NOT_ALLOWED');
  });

  it('a 500 never leaks a stack', async () => {
    const models = createModelRegistry([glove]);
    await models.warm();
    const broken = {
      ...models,
      get: async () => {
        throw new TypeError('secret internal detail at /srv/x.ts:12');
      },
    };
    const app = await testApp({ models: broken });
    const res = await app.request('/v1/summarize', postJson({ text: ARTICLE }));
    const body = await problemOf(res, 500, 'INTERNAL');
    expect(JSON.stringify(body)).not.toMatch(/secret|\.ts:|TypeError/);
  });
});

describe('POST /v1/analyze with the analysis package', () => {
  it('returns word equations ({word, weight} atoms with reconstructionCosine) and greedy steps', async () => {
    const { loadWordDictionary } = await import('@vecsum/analysis');
    const { loadGloveVectors } = await import('@vecsum/embeddings');
    const vectors = loadGloveVectors({ cacheDir: defaultCacheDir() });
    const app = await testApp({ analysis: async () => ({ vectors, dictionary: loadWordDictionary(vectors, defaultCacheDir()) }) });
    const res = await app.request('/v1/analyze', postJson({ text: ARTICLE, budget: { sentences: 2 }, selector: 'greedy' }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      note: string;
      basis: { kind: string };
      document: { equation: { atoms: { word: string; weight: number; inText: boolean }[]; reconstructionCosine: number } };
      steps: unknown[];
    };
    expect(body.document.equation.atoms.length).toBeGreaterThan(0);
    expect(typeof body.document.equation.atoms[0]?.word).toBe('string');
    expect(body.document.equation.reconstructionCosine).toBeGreaterThan(0.5);
    expect(body.steps).toHaveLength(1);
    // by default the equations use the text's own words; basis "vocab" marks the words from outside it
    const text = body;
    expect(text.basis.kind).toBe('text');
    expect(text.note).toMatch(/this text's own words/);
    expect(text.document.equation.atoms.every((a) => a.inText)).toBe(true);
    const vocab = (await (await app.request('/v1/analyze', postJson({ text: ARTICLE, budget: { sentences: 2 }, basis: 'vocab' }))).json()) as typeof text;
    expect(vocab.basis.kind).toBe('vocab');
    expect(vocab.note).toMatch(/marked when not in this text/);
    expect(vocab.document.equation.atoms.some((a) => !a.inText)).toBe(true);
    expect((await app.request('/v1/analyze', postJson({ text: ARTICLE, basis: 'words' }))).status).toBe(422);
  });
});

describe('responses match the OpenAPI document', () => {
  it('summarize, embed, models and problem bodies validate against the schemas /openapi.json publishes', async () => {
    const { EmbedResponseSchema, ModelsResponseSchema, ProblemSchema, SummaryResponseSchema } = await import('./response-schemas.js');
    const app = await testApp();
    const openapi = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, { post?: { responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }> } }>;
    };
    const summarizeSchema = openapi.paths['/v1/summarize']?.post?.responses['200']?.content?.['application/json']?.schema;
    expect(Object.keys(summarizeSchema?.properties ?? {})).toEqual(expect.arrayContaining(['text', 'picked', 'sentences', 'trace', 'meta']));
    for (const body of [
      { text: ARTICLE, budget: { words: 40 }, selector: 'greedy' },
      { text: ARTICLE, explain: false },
      { documents: [ARTICLE, 'Rain fell. The river rose.'], truncate: true, budget: { words: 30 } },
    ]) {
      const res = await app.request('/v1/summarize', postJson(body));
      expect(SummaryResponseSchema.safeParse(await res.json()).success).toBe(true);
    }
    // the default scores every candidate by its plan: each pick carries factors that sum to its deciding score, and an explanation
    const auto = SummaryResponseSchema.parse(await (await app.request('/v1/summarize', postJson({ text: ARTICLE, budget: { sentences: 2 } }))).json());
    expect(auto.meta.selectorUsed).toBe('scored');
    expect(auto.meta.plan?.why.length).toBeGreaterThan(10);
    const picked = auto.sentences?.filter((x) => x.picked) ?? [];
    expect(picked.length).toBe(2);
    for (const x of picked) {
      expect((x.factors ?? []).reduce((n, f) => n + f.contribution, 0)).toBeCloseTo(x.decidingScore as number, 9);
      expect(x.explanation).toMatch(/^Picked/);
    }
    const embed = await app.request('/v1/embed', postJson({ texts: ['A river.'], level: 'sentence' }));
    expect(EmbedResponseSchema.safeParse(await embed.json()).success).toBe(true);
    expect(ModelsResponseSchema.safeParse(await (await app.request('/v1/models')).json()).success).toBe(true);
    const bad = await app.request('/v1/summarize', postJson({ text: 5 }));
    expect(ProblemSchema.safeParse(await bad.json()).success).toBe(true);
  });
});
