#!/usr/bin/env node
// The cast rule, checked by `pnpm lint` (issue 19): a type assertion (`x as T`, `<T>x`) tells the
// compiler to stop checking, so the kinds that switch checking off entirely fail the lint:
//   - `as any`, `as never`: any value passes, at any use;
//   - double casts, `x as unknown as T` or `(x as A) as B`: a conversion the compiler refused.
// Parsed JSON and other untrusted data gets validated (zod, a type guard), a caught error is
// narrowed with `instanceof`, an indexed read the code knows is in range takes `!` (it removes
// only `undefined`). `as const` is not a cast. The other casts are counted, per package, and
// printed so a reviewer sees the count move.
//
// A file may keep a risky cast only when ALLOWED below names it with its count and the reason.
// PENDING lists files whose risky casts are reported, not failed, until they are cleared
// (empty since sprint 8).
//
// Usage: node scripts/check-casts.mjs [--list] [FILE...]   (--list prints each risky cast, allowed
// ones included; FILEs instead of the committed .ts/.tsx/.mts files)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = createRequire(import.meta.url)('typescript');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** file -> [risky casts it may keep, why]. Keep it short: each line is a debt with a reason. */
const ALLOWED = new Map([
  [
    'packages/reader/src/html/readability-run.ts',
    [
      1,
      "Readability is typed against the DOM lib's Document; the reader's documents (linkedom, DOMParser) are " +
        'full DOM documents, typed by the few members the reader uses (dom.ts)',
    ],
  ],
  ['packages/eval/src/rouge/rouge.test.ts', [1, 'passes a number where the type says string, as an untyped JS caller would, to test the runtime check']],
  [
    'packages/eval/src/rouge/truncate.test.ts',
    [1, 'passes a limit with two units, which the type forbids, as an untyped JS caller would, to test the runtime check'],
  ],
  [
    'packages/embeddings/src/compose/word-vector-embedder.test.ts',
    [1, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check'],
  ],
  [
    'packages/embeddings/src/segment/split-sentences.test.ts',
    [3, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check'],
  ],
  ['packages/embeddings/src/segment/tokenize.test.ts', [1, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check']],
  [
    'packages/embeddings/src/transformers/transformers-embedder.test.ts',
    [3, 'two ill-typed inputs for the runtime checks; and the loaded pipeline called as the function transformers.js makes it (its d.ts types it as a class)'],
  ],
  [
    'packages/embeddings/src/transformers/load-pipeline.ts',
    [
      2,
      'transformers.js 2.17 ships loose d.ts (env as a plain object, pipeline() as a union of ' +
        'every task): typed here once, at the boundary, by the members used',
    ],
  ],
  [
    'packages/embeddings/src/transformers/shared-model.ts',
    [1, "transformers.js's mean_pooling is typed on its own Tensor class; called with the pipeline's output, typed at the boundary"],
  ],
  ['packages/summarizer/src/budget.test.ts', [1, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check']],
  ['packages/summarizer/src/selectors/lexrank.test.ts', [1, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check']],
  ['packages/summarizer/src/summarize.test.ts', [3, 'deliberately ill-typed input, as an untyped JS caller would pass, to test the runtime check']],
]);

/** file -> risky casts it had when the check came in, until cleared (none left). */
const PENDING = new Map();

/** Committed TypeScript files: all of them, tests included (a test's cast hides errors too). */
function committedFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mts'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((f) => f !== '' && !f.endsWith('.d.ts'));
}

const isCast = (node) => ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
const isConst = (node) => ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const';
/** The expression under any parentheses. */
const short = (type) => {
  const t = type.getText().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
};
const bare = (node) => (ts.isParenthesizedExpression(node) ? bare(node.expression) : node);

/** Why a cast is risky, or undefined when it is an ordinary one. */
function riskOf(node) {
  const kind = node.type.kind;
  if (kind === ts.SyntaxKind.AnyKeyword) return 'as any';
  if (kind === ts.SyntaxKind.NeverKeyword) return 'as never';
  const inner = bare(node.expression);
  if (isCast(inner) && !isConst(inner)) return `double cast (as ${short(inner.type)} as ${short(node.type)})`;
  return undefined;
}

/** The casts of one file: how many, and the risky ones with their line. */
export function castsOf(file, text) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  let count = 0;
  const risky = [];
  const visit = (node) => {
    if (isCast(node) && !isConst(node)) {
      count++;
      const risk = riskOf(node);
      // the inner cast of a double cast is part of it: counted, not reported twice
      const outer = node.parent !== undefined && ts.isParenthesizedExpression(node.parent) ? node.parent.parent : node.parent;
      const partOfDouble = outer !== undefined && isCast(outer) && !isConst(outer) && riskOf(outer)?.startsWith('double');
      if (risk !== undefined && !partOfDouble) risky.push(`${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${risk}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { count, risky };
}

/** `packages/api`, `apps/demo`, `bench/peers`; `test`, `scripts` for the root folders. */
const packageOf = (file) => {
  const parts = file.split('/');
  return ['packages', 'apps', 'bench'].includes(parts[0] ?? '') && parts.length > 2
    ? parts.slice(0, 2).join('/')
    : parts.length > 1
      ? (parts[0] ?? file)
      : '(root)';
};

const list = process.argv.includes('--list');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = given.length > 0 ? given.map((f) => relative(root, resolve(f))) : committedFiles();
const perPackage = new Map();
const failures = [];
const pending = [];
const notes = [];
let total = 0;
for (const file of files) {
  const { count, risky } = castsOf(file, readFileSync(resolve(root, file), 'utf8'));
  total += count;
  perPackage.set(packageOf(file), (perPackage.get(packageOf(file)) ?? 0) + count);
  if (list) for (const r of risky) console.log(`  ${file}:${r}`);
  const allowed = ALLOWED.get(file)?.[0] ?? 0;
  const owed = PENDING.get(file) ?? 0;
  if (risky.length > allowed + owed) failures.push(...risky.map((r) => `${file}:${r}`));
  else if (risky.length > allowed) pending.push(`${file}: ${risky.length - allowed}`);
  if (risky.length < allowed + owed) notes.push(`${file}: ${risky.length} risky cast(s), ALLOWED/PENDING says ${allowed + owed}: lower it`);
}
if (given.length === 0)
  for (const f of [...ALLOWED.keys(), ...PENDING.keys()]) if (!files.includes(f)) notes.push(`${f}: no longer committed, remove it from ALLOWED/PENDING`);

const byCount = [...perPackage.entries()].sort((a, b) => b[1] - a[1]);
console.log(`check-casts: ${total} casts (\`as const\` aside) in ${files.length} files: ${byCount.map(([p, n]) => `${p} ${n}`).join(', ')}`);
if (pending.length > 0) console.log(`check-casts: risky casts still pending (PENDING in scripts/check-casts.mjs):\n  ${pending.join('\n  ')}`);
if (notes.length > 0) console.log(`check-casts:\n  ${notes.join('\n  ')}`);
if (failures.length > 0) {
  console.error(
    `check-casts: ${failures.length} risky cast(s) (as any, as never, double casts); type the value instead ` +
      `(validate parsed data, narrow with instanceof or a guard, use a generic):\n  ${failures.join('\n  ')}`,
  );
  process.exit(1);
}
