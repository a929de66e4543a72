import { defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { createApp } from '../app.js';
import { DEFAULT_LIMITS, type AppDeps, type AppLimits } from '../deps.js';
import { silentLogger } from '../middleware/request-context.js';
import { createModelRegistry, type ModelSource } from '../models.js';
import { createJobQueue } from '../runner.js';

let vectors: ReturnType<typeof loadGloveVectors> | undefined;
/** The GloVe pack, loaded once per test file. */
export const glove: ModelSource = { name: 'glove', kind: 'word-vectors', load: async () => (vectors ??= loadGloveVectors({ cacheDir: defaultCacheDir() })) };

/** An app over the real GloVe pack, warmed, with optional overrides. */
export async function testApp(overrides: Omit<Partial<AppDeps>, 'limits'> & { limits?: Partial<AppLimits> } = {}) {
  const limits = { ...DEFAULT_LIMITS, ...overrides.limits };
  const models = overrides.models ?? createModelRegistry([glove]);
  await models.warm();
  return createApp({ models, queue: overrides.queue ?? createJobQueue(limits), logger: silentLogger, ...overrides, limits });
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

export const ARTICLE = [
  'The city council voted on Tuesday to spend $48 million restoring the Millbrook River, which was buried in concrete in the 1950s.',
  'The plan removes two miles of concrete and reconnects the river to wetlands that once absorbed floodwater.',
  'Supporters say the project will reduce flooding and improve water quality.',
  'Critics said the city should first repair its aging water mains.',
  'Biologists expect fish and birds to return within a few years.',
  'The first phase starts next spring beside Central Park.',
].join(' ');
