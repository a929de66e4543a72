import { readFileSync } from 'node:fs';

/**
 * Real text without ../shared: the repository's example article, rotated by paragraph so each
 * record is a different document. Plus bad lines the batch must report, never drop.
 */
export function chaosFile(good: number): { text: string; goodIds: string[]; badIds: string[] } {
  const article = readFileSync(new URL('../../../../examples/river-restoration.txt', import.meta.url), 'utf8');
  const paras = article.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const lines: string[] = [];
  const goodIds: string[] = [];
  for (let k = 0; k < good; k++) {
    const rot = [...paras.slice(k % paras.length), ...paras.slice(0, k % paras.length)].join('\n\n');
    const id = k % 5 === 4 ? String(10_000 + k) : k % 2 === 0 ? `a:${k >> 1}` : `a_${k >> 1}`;
    goodIds.push(id);
    lines.push(JSON.stringify(k % 2 === 0 ? { id, text: `Record ${k}. ${rot}` } : { id, documents: [`Record ${k}. ${rot}`] }));
  }
  const at = Math.min(3, lines.length);
  lines.splice(at, 0, '{"id": "broken", "text": ', JSON.stringify({ id: 'blank', text: '   ' }));
  return { text: `${lines.join('\n')}\n`, goodIds, badIds: [`line ${at + 1}`, 'blank'] };
}
