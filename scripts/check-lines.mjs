#!/usr/bin/env node
// The line rule, checked by `pnpm lint`: no line of committed code over 160 characters (Biome's
// line width). Biome wraps code but leaves long string literals, regexes and fixtures alone,
// so this check covers them: join long texts from parts, build long regexes from parts.
// Characters are counted as JavaScript does (a CJK character is one), not bytes.
//
// Usage: node scripts/check-lines.mjs [FILE...]   (FILEs instead of the committed code files)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINE = 160;

/** Committed code files (built output aside). */
function codeFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mts', '*.js', '*.mjs', '*.cjs'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((f) => f !== '' && !/(^|\/)(dist|\.tsbuild)\//.test(f));
}

const given = process.argv.slice(2).map((f) => resolve(f));
const files = given.length > 0 ? given : codeFiles().map((f) => join(root, f));
const long = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.length > MAX_LINE) long.push(`${relative(root, file)}:${i + 1}: ${line.length} characters`);
    });
}
if (long.length > 0) {
  console.error(`check-lines: ${long.length} line(s) over ${MAX_LINE} characters (join long texts or regexes from parts):\n  ${long.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-lines: ${files.length} files; no line over ${MAX_LINE} characters`);
