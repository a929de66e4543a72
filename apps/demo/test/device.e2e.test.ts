import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/demo.js';

// "Runs on your device" (issue 17): @vecsum/summarizer in a Web Worker with a small word-vector
// pack, no server. The worker and its loader are in apps/demo/src/device/; the pack is not.
const PACK = join(ROOT, 'apps', 'demo', 'public', 'models', 'browser-pack.bin');
const missing = existsSync(PACK)
  ? null
  : 'the small browser word-vector pack (apps/demo/public/models/browser-pack.bin) and a browser-safe reader for it in @vecsum/embeddings';
if (missing !== null) console.log(`[skip] on-device summaries vs the server's: missing ${missing} (issue 17)`);

describe.skipIf(missing !== null)('the on-device summarizer', () => {
  it('picks the same sentences as the server for the same text, model and options', async () => {
    const { startDemo, EXAMPLE, summarizeText } = await import('./support/demo.js');
    const { readPack, createWordVectorEmbedder } = await import('@vecsum/embeddings');
    const { summarize } = await import('@vecsum/summarizer');
    const demo = await startDemo();
    try {
      const { page, failures, close } = await demo.open();
      await page.selectOption('#mode', 'device');
      await summarizeText(page, EXAMPLE);
      const onDevice = await page.locator('.summary-panel .sentence.picked').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['index'])));
      // the server's code path with the same pack: summarize() over the pack's word vectors
      const embedder = createWordVectorEmbedder(readPack(PACK), { function: 'arora' });
      const server = await summarize(EXAMPLE, embedder, { budget: { sentences: 3 }, selector: 'auto', order: 'document', factor: 3 });
      expect(onDevice).toEqual([...server.picked].sort((a, b) => a - b));
      expect(failures.filter((f) => f.includes('/v1/'))).toEqual([]);
      await close();
    } finally {
      await demo.close();
    }
  });
});
