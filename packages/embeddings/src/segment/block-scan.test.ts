import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasContent, nextTerminal, strippedToken, terminalEnd, wordsUntilTerminal, wordTrailStart } from './block-scan.js';

const DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

// The regex forms block-scan.ts replaced in block-sentences.ts, kept as the reference.
const TERMINAL = /[.!?…‼⁇⁈⁉]+(?:\s?[.…]+)*/gu;
const STRIP_OPENING = /^["'“‘«([]+/;
const STRIP_CLOSING = /["'”’»)\],;:]+$/;
const WORD_TRAIL = /[.,;:!?"'”’)\]]+$/;
const HAS_CONTENT = /[\p{L}\p{N}\p{So}]/u;
const SPACE = /\s/;
function referenceWordsUntilTerminal(s: string, from: number, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < s.length && n <= limit; i++) {
    const c = s[i]!;
    if ('.!?…'.includes(c)) return n;
    const space = SPACE.test(c);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** [start, run] of every terminal run, as the regex found them. */
const referenceRuns = (s: string): [number, string][] => [...s.matchAll(TERMINAL)].map((m) => [m.index, m[0]]);
function runs(s: string): [number, string][] {
  const out: [number, string][] = [];
  for (let a = nextTerminal(s, 0), b = 0; a >= 0; a = nextTerminal(s, b)) {
    b = terminalEnd(s, a);
    out.push([a, s.slice(a, b)]);
  }
  return out;
}

// every terminal mark, the quotes, brackets and marks the strips take, every kind of space
// (\s and not), letters, digits, symbols (\p{So}), surrogate pairs and lone surrogates
const PIECES = ['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '"', "'", '“', '‘', '”', '’', '«', '»', '(', ')', '[', ']', ',', ';', ':'].concat([
  'a',
  'Z',
  '7',
  'é',
  '日',
  '©',
  '😀',
  '\ud800',
  '-',
  '$',
  '_',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u0085',
  '\u1680',
  '\u2003',
  '\u200b',
  '\u3000',
  '\ufeff',
]);
const tricky = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('block-scan', () => {
  it('finds the terminal runs the regex finds', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(runs(s)).toEqual(referenceRuns(s));
      }),
      { numRuns: 4000 },
    );
    expect(runs('Wait . . . no. Yes?! Fine…. ok')).toEqual([
      [5, '. . .'],
      [13, '.'],
      [18, '?!'],
      [25, '….'],
    ]);
  });

  it('strips tokens and words as the replaces did, and tells content as the regex does', () => {
    fc.assert(
      fc.property(tricky, fc.nat(40), fc.nat(40), (s, x, y) => {
        const start = Math.min(x, y, s.length);
        const end = Math.min(Math.max(x, y), s.length);
        const slice = s.slice(start, end);
        expect(strippedToken(s, start, end)).toBe(slice.replace(STRIP_OPENING, '').replace(STRIP_CLOSING, ''));
        expect(s.slice(start, wordTrailStart(s, start, end))).toBe(slice.replace(WORD_TRAIL, ''));
        expect(hasContent(s, start, end)).toBe(HAS_CONTENT.test(slice));
        expect(wordsUntilTerminal(s, start, y % 8)).toBe(referenceWordsUntilTerminal(s, start, y % 8));
      }),
      { numRuns: 4000 },
    );
  });
});

// Needs ../shared/data (research data beside the repository): skipped without the folder.
describe.skipIf(!existsSync(DATA_DIR))('block-scan on the evaluation data', () => {
  it('finds the terminal runs of every dev document as the regex does', () => {
    let found = 0;
    for (const name of ['bbc', 'cnndm', 'duc2004', 'summeval', 'xsum', 'opinosis']) {
      for (const record of readFileSync(`${DATA_DIR}/${name}-dev.jsonl`, 'utf8').split('\n')) {
        if (record.trim() === '') continue;
        for (const doc of (JSON.parse(record) as { documents: string[] }).documents) {
          const want = referenceRuns(doc);
          found += want.length;
          const got = runs(doc);
          if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
        }
      }
    }
    expect(found).toBeGreaterThan(10_000);
  });
});
