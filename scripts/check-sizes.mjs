#!/usr/bin/env node
// The size rule of the engineering brief, checked by `pnpm lint`: no source file over 300 lines
// and no function over 60 lines, unless a comment at its top says why. Source means the
// committed .ts/.tsx files under packages/*/src, apps/*/src and bench/*/src, tests and
// test-support excluded. A function's lines run from its first line (signature) to its closing
// brace; a file's are its lines.
//
// Saying why: a file starts (within its first 10 lines) with a comment `long-file: <why>`; a
// function has a comment `long-function: <why>` just above it (above its `const`, property or
// export included) or as the first line of its body. <why> is at least a few words.
//
// Usage: node scripts/check-sizes.mjs [--list] [FILE...]   (--list also prints the justified ones;
// FILEs instead of the committed source files)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = createRequire(import.meta.url)('typescript');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_FILE = 300;
const MAX_FUNCTION = 60;
const WHY = (tag) => new RegExp(`${tag}:\\s*\\S.{8,}`);
const FILE_WHY = WHY('long-file');
const FUNCTION_WHY = WHY('long-function');

// Known offenders in code other engineers were rewriting when this check came in (sprint 7):
// reported, not failed, until each is split or given its reason; then its line goes. A file is
// named alone, a function as `file#name`.
const PENDING = new Set([]);

/** Committed source files the rule covers. */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--', 'packages/*/src/*', 'apps/*/src/*', 'bench/*/src/*'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$/.test(f) && !f.includes('/test-support/'));
}

const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line;

/** The comments just above a node and above the declarations that hold it, and atop its body. */
function commentsAtTop(sf, text, fn) {
  const found = [];
  const take = (pos) => {
    for (const r of ts.getLeadingCommentRanges(text, pos) ?? []) found.push(text.slice(r.pos, r.end));
  };
  let node = fn;
  take(node.getFullStart());
  // `const f = () => {}`, `{ name(...) {} }`, `name: function () {}`, `export default ...`
  while (
    node.parent !== undefined &&
    (ts.isVariableDeclaration(node.parent) ||
      ts.isVariableDeclarationList(node.parent) ||
      ts.isVariableStatement(node.parent) ||
      ts.isPropertyAssignment(node.parent) ||
      ts.isExportAssignment(node.parent) ||
      ts.isParenthesizedExpression(node.parent) ||
      ts.isAsExpression(node.parent) ||
      ts.isSatisfiesExpression(node.parent) ||
      (ts.isCallExpression(node.parent) && lineOf(sf, node.parent.getStart()) === lineOf(sf, fn.getStart())))
  ) {
    node = node.parent;
    take(node.getFullStart());
  }
  const body = fn.body;
  if (body !== undefined && ts.isBlock(body)) {
    const first = body.statements[0];
    take(first === undefined ? body.end - 1 : first.getFullStart());
    const open = body.getStart() + 1;
    for (const r of ts.getTrailingCommentRanges(text, open) ?? []) found.push(text.slice(r.pos, r.end));
  }
  return found.join('\n');
}

/** The name a reader would search for. */
function nameOf(fn) {
  if (fn.name !== undefined) return fn.name.getText();
  const p = fn.parent;
  if (p !== undefined && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && p.name !== undefined) return p.name.getText();
  return '(anonymous)';
}

const list = process.argv.includes('--list');
const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const files = given.length > 0 ? given.map((f) => resolve(f)) : sourceFiles();
const failures = [];
const justified = [];
const pending = [];
const seenPending = new Set();
/** Files a finding under failures, or pending when the rule's PENDING list names it. */
const fail = (key, where) => {
  if (!PENDING.has(key)) return failures.push(where);
  seenPending.add(key);
  pending.push(where);
};
for (const file of files) {
  const text = readFileSync(resolve(root, file), 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE) {
    const head = text.split('\n').slice(0, 10).join('\n');
    const where = `${file}: ${lines} lines (file; max ${MAX_FILE})`;
    if (FILE_WHY.test(head)) justified.push(where);
    else fail(file, where);
  }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body !== undefined) {
      const first = lineOf(sf, node.getStart());
      const length = lineOf(sf, node.end) - first + 1;
      if (length > MAX_FUNCTION) {
        const where = `${file}:${first + 1}: ${nameOf(node)} ${length} lines (function; max ${MAX_FUNCTION})`;
        if (FUNCTION_WHY.test(commentsAtTop(sf, text, node))) justified.push(where);
        else fail(`${file}#${nameOf(node)}`, where);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

if (pending.length > 0)
  console.log(`check-sizes: ${pending.length} known offender(s) still pending (PENDING in scripts/check-sizes.mjs):\n  ${pending.join('\n  ')}`);
const stale = [...PENDING].filter((k) => !seenPending.has(k));
if (stale.length > 0) console.log(`check-sizes: no longer over the limit, remove from PENDING: ${stale.join(', ')}`);
if (list && justified.length > 0) console.log(`over the limit with a reason at the top (${justified.length}):\n  ${justified.join('\n  ')}`);
if (failures.length > 0) {
  console.error(`check-sizes: ${failures.length} over the limit without a \`long-file:\`/\`long-function:\` reason at the top:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-sizes: ${files.length} source files; none over ${MAX_FILE} lines and no function over ${MAX_FUNCTION} without a reason` +
    ` (${justified.length} with one, ${pending.length} pending)`,
);
