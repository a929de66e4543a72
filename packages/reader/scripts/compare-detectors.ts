/**
 * Language detector comparison on the written sample (src/test-support/language-sample.ts:
 * 14 languages, one sentence and one paragraph each): accuracy on short and long texts, and
 * mean time per call (after a warm-up), for tinyld, eld and franc-min. Load time (import of the
 * module and its data) is measured in a fresh process each.
 *
 *   npx tsx --conditions=source packages/reader/scripts/compare-detectors.ts [--write]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detect as tinyld } from 'tinyld';
import { eld } from 'eld/small';
import { franc } from 'franc-min';
import { LANGUAGE_SAMPLE } from '../src/test-support/language-sample.js';

/** franc answers ISO 639-3; the sample is ISO 639-1. */
const ISO3: Record<string, string> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  pol: 'pl',
  swe: 'sv',
  rus: 'ru',
  cmn: 'zh',
  jpn: 'ja',
  tur: 'tr',
  arb: 'ar',
};
const DETECTORS: Record<string, [string, (t: string) => string]> = {
  'tinyld 1.3.4 (default)': ['tinyld', (t) => tinyld(t)],
  'eld 2.1.0 (small)': ['eld/small', (t) => eld.detect(t).language],
  'franc-min 6.2.0': ['franc-min', (t) => ISO3[franc(t)] ?? franc(t)],
};

/** Milliseconds to import a module in a fresh Node process (from this package's folder). */
function loadMs(specifier: string): number {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  const code = 'const t = performance.now(); import(process.argv[1]).then(() => console.log(performance.now() - t))';
  return Number(execFileSync(process.execPath, ['-e', code, specifier], { cwd, encoding: 'utf8' }).trim());
}

const lines = ['| detector | short (1 sentence) | long (3 sentences) | µs per call | load (ms) |', '| --- | ---: | ---: | ---: | ---: |'];
for (const [name, [specifier, detect]] of Object.entries(DETECTORS)) {
  const right = (key: 'short' | 'long') => LANGUAGE_SAMPLE.filter((s) => detect(s[key]) === s.lang).length;
  const texts = LANGUAGE_SAMPLE.flatMap((s) => [s.short, s.long]);
  for (const t of texts) detect(t);
  const rounds = 20;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) detect(t);
  const us = ((performance.now() - t0) * 1000) / (rounds * texts.length);
  const n = LANGUAGE_SAMPLE.length;
  const wrong = LANGUAGE_SAMPLE.filter((s) => detect(s.short) !== s.lang).map((s) => `${s.lang}→${detect(s.short)}`);
  lines.push(`| ${name} | ${right('short')} / ${n} | ${right('long')} / ${n} | ${us.toFixed(0)} | ${loadMs(specifier).toFixed(0)} |`);
  if (process.argv.includes('--wrong')) console.log(name, wrong.join(' '));
}
const table = lines.join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(
    readme,
    readFileSync(readme, 'utf8').replace(/<!-- detectors -->[\s\S]*<!-- \/detectors -->/, `<!-- detectors -->\n${table}\n<!-- /detectors -->`),
  );
}
