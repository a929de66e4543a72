import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { DEFAULT_LIMITS } from './deps.js';
import { silentLogger } from './middleware/request-context.js';
import { createModelRegistry } from './models.js';
import { createJobQueue } from './runner.js';
import { glove, postJson, testApp } from './test-support/app.js';

const BROKEN_PATH = '/srv/private/models/broken-model';

describe('per-model readiness', () => {
  it('a broken extra model leaves /ready at 200, shows no path, and is loaded once with a coded error', async () => {
    let loads = 0;
    const events: Record<string, unknown>[] = [];
    const broken = {
      name: 'broken-model',
      kind: 'transformers' as const,
      load: async () => {
        loads++;
        throw new Error(`ENOENT: no such file or directory, open '${BROKEN_PATH}/config.json'`);
      },
    };
    const models = createModelRegistry([glove, broken], { onEvent: (e) => events.push(e) });
    const app = await testApp({ models });
    const ready = await app.request('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      models: [
        { name: 'glove', state: 'ready' },
        { name: 'broken-model', state: 'failed' },
      ],
    });
    const listing = await (await app.request('/v1/models')).text();
    expect(listing).not.toContain('/srv');
    expect(JSON.parse(listing).models[1]).toMatchObject({ name: 'broken-model', state: 'failed', error: { code: 'MODEL_LOAD_FAILED' } });
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/v1/summarize', postJson({ text: 'The river rose. The town flooded.', model: 'broken-model' }));
      expect(res.status).toBe(503);
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('MODEL_LOAD_FAILED');
      expect(body.detail).not.toContain('/srv');
    }
    await models.warm();
    expect(loads).toBe(1);
    // the default model still works, and the failure was logged once, with its reason
    expect((await app.request('/v1/summarize', postJson({ text: 'The river rose. The town flooded.', budget: { sentences: 1 } }))).status).toBe(200);
    const failures = events.filter((e) => e['state'] === 'failed');
    expect(failures).toHaveLength(1);
    expect(String(failures[0]?.['error'])).toContain('config.json');
  });

  it('/ready is 503 NOT_READY while the default model loads, whatever the others do', async () => {
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
      { name: 'other', kind: 'word-vectors', load: glove.load },
    ]);
    const app = createApp({ models, queue: createJobQueue(DEFAULT_LIMITS), limits: DEFAULT_LIMITS, logger: silentLogger });
    void models.warm();
    const res = await app.request('/ready');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_READY');
    finish();
    await models.warm();
    expect((await app.request('/ready')).status).toBe(200);
  });
});
