/**
 * Compares `vecsum eval --format json --json-out` results of several packs against a reference
 * run: one Markdown row per (pack, dataset, system) with the ROUGE means and their difference
 * from the reference, and the largest absolute difference per pack.
 *
 *   tsx scripts/pack-rouge-table.ts REF.json=label A.json=label [B.json=label ...]
 *
 * The runs come from (one per pack; VECSUM_PACK picks the pack, see loadGloveVectors):
 *   VECSUM_PACK=PACK.vwv pnpm vecsum eval --grid --datasets duc2004,cnndm,bbc,opinosis \
 *     --selector near --selector lexrank --vector-function arora --format json --json-out A.json
 */
import { readFileSync } from 'node:fs';

interface EvalTable {
  dataset: string;
  columns: string[];
  systems: { system: string; means: Record<string, { mean: number }> }[];
}

const runs = process.argv.slice(2).map((arg) => {
  const [file, label] = arg.split('=') as [string, string | undefined];
  return { label: label ?? file, tables: JSON.parse(readFileSync(file, 'utf8')) as EvalTable[] };
});
const [ref, ...others] = runs;
if (ref === undefined || others.length === 0) {
  console.error('usage: pack-rouge-table.ts REF.json=label A.json=label [...]');
  process.exit(2);
}
const vecsumSystems = (t: EvalTable) => t.systems.filter((s) => !['LEAD', 'RANDOM', 'ORACLE'].includes(s.system));
const meanOf = (tables: EvalTable[], dataset: string, system: string, col: string): number => {
  const m = tables.find((t) => t.dataset === dataset)?.systems.find((s) => s.system === system)?.means[col]?.mean;
  if (m === undefined) throw new Error(`no ${dataset}/${system}/${col}`);
  return m;
};

console.log(`Reference: ${ref.label}. Cells: mean (difference from the reference).\n`);
const worst = new Map<string, number>();
for (const table of ref.tables) {
  console.log(`**${table.dataset}** (${table.columns.join(', ')})\n`);
  console.log(`| pack | system | ${table.columns.join(' | ')} |`);
  console.log(`|---|---|${table.columns.map(() => '---:').join('|')}|`);
  for (const sys of vecsumSystems(table)) {
    const refCells = table.columns.map((c) => meanOf(ref.tables, table.dataset, sys.system, c).toFixed(2));
    console.log(`| ${ref.label} | ${sys.system} | ${refCells.join(' | ')} |`);
    for (const run of others) {
      const cells = table.columns.map((c) => {
        const d = meanOf(run.tables, table.dataset, sys.system, c) - meanOf(ref.tables, table.dataset, sys.system, c);
        worst.set(run.label, Math.max(worst.get(run.label) ?? 0, Math.abs(d)));
        return `${meanOf(run.tables, table.dataset, sys.system, c).toFixed(2)} (${d >= 0 ? '+' : ''}${d.toFixed(2)})`;
      });
      console.log(`| ${run.label} | ${sys.system} | ${cells.join(' | ')} |`);
    }
  }
  console.log('');
}
console.log('| pack | largest abs ROUGE difference |\n|---|---:|');
for (const run of others) console.log(`| ${run.label} | ${(worst.get(run.label) ?? 0).toFixed(3)} |`);
