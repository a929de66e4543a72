import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API benches' request: a 500-word article built from examples/river-restoration.txt (its
 * sentences repeated, each repeat marked "(part N)"), greedy 100-word summary, explain false.
 */
export function benchBody(root: string): string {
  const sentences = readFileSync(join(root, 'examples', 'river-restoration.txt'), 'utf8').split(/(?<=[.!?])\s+/);
  const article: string[] = [];
  for (let i = 0, n = 0; n < 500; i++) {
    const s = sentences[i % sentences.length] as string;
    article.push(i >= sentences.length ? s.replace(/\.$/, ` (part ${Math.floor(i / sentences.length)}).`) : s);
    n += s.split(/\s+/).length;
  }
  return JSON.stringify({ text: article.join(' '), budget: { words: 100 }, selector: 'greedy', explain: false });
}
