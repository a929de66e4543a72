/**
 * Top self-time functions of a V8 `.cpuprofile` (from `node --cpu-prof`): a flame summary in
 * Markdown, one row per function (name and file; line numbers are of tsx's output, so left
 * out), with its share of the sampled time.
 *
 *   npx tsx src/flame.ts PROFILE.cpuprofile [--top 15]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values: v, positionals } = parseArgs({ options: { top: { type: 'string', default: '15' } }, allowPositionals: true, strict: true });
const file = positionals[0];
if (file === undefined) {
  process.stderr.write('usage: flame.ts PROFILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const f = byId.get(id)?.callFrame;
  if (f === undefined) return;
  const where = f.url === '' ? '' : ` ${f.url.replace(/^.*\/(packages|bench|node_modules)\//, '$1/')}`;
  const name = f.functionName.length > 60 ? `${f.functionName.slice(0, 57)}...` : f.functionName;
  const key = `${name || '(anonymous)'}${where}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(v.top));
process.stdout.write(`| self % | self ms | function |\n|---:|---:|---|\n`);
for (const [key, us] of rows) process.stdout.write(`| ${((100 * us) / total).toFixed(1)} | ${(us / 1000).toFixed(0)} | \`${key}\` |\n`);
process.stdout.write(`\n${(total / 1e6).toFixed(1)} s sampled.\n`);
