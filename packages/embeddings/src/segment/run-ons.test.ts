import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPENERS } from './abbreviations.js';
import type { Span } from './blocks.js';
import { splitRunOn } from './run-ons.js';
import { splitDocuments } from './split-sentences.js';
import { SpanWords } from './word-counts.js';

const DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

// The form splitRunOn replaced (a slice and a word count for every piece, word starts from
// `/\S+/g` matches), kept as the reference the property tests compare with.
const FUNCTION_WORDS = new Set(
  ['of', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'as', 'than', 'into'].concat([
    'called',
    'named',
    'titled',
    'is',
    'was',
  ]),
);
const CUT = /(\S+)\s+(?=(?:Scroll\s+down\s+for\s+video\b)|(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s)|(\p{Lu}\p{Ll}*)\b)/gu;
const AFTER_VIDEO = /Scroll\s+down\s+for\s+video\s+(?=\p{Lu})/gu;
function referenceWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x85;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const rank = (xs: readonly number[], x: number): number => xs.filter((y) => y < x).length;
function referenceSplitRunOn(text: string, span: Span): Span[] {
  if (span.end - span.start < 120) return [span];
  const s = text.slice(span.start, span.end);
  const n = referenceWords(s, 100);
  if (n <= 60) return [span];
  const cuts = new Set<number>();
  for (const m of s.matchAll(AFTER_VIDEO)) cuts.add(m.index + m[0].length);
  for (const m of s.matchAll(CUT)) {
    const before = m[1]!;
    const opener = m[2];
    if (!/[\p{Ll}\p{N})]$/u.test(before) || FUNCTION_WORDS.has(before.toLowerCase())) continue;
    if (opener !== undefined && !OPENERS.has(opener) && n <= 100 && !s.startsWith('Scroll', m.index + m[0].length)) {
      if (!/^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s/u.test(s.slice(m.index + m[0].length))) continue;
    }
    cuts.add(m.index + m[0].length);
  }
  const wordStarts = [...s.matchAll(/\S+/g)].map((m) => m.index);
  const parts: Span[] = [];
  let start = 0;
  const trimmed = (a: number, b: number): Span => {
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    return { start: a, end: b };
  };
  for (const c of [...cuts].sort((x, y) => x - y)) {
    const at = rank(wordStarts, c);
    if (at - rank(wordStarts, start) < 4 || wordStarts.length - at < 4) continue;
    parts.push(trimmed(span.start + start, span.start + c));
    start = c;
  }
  parts.push(trimmed(span.start + start, span.end));
  return parts;
}

// words, openers, function words, caption labels, the video notice and every kind of space
// either form tells apart (\s but not the word counter's spaces, and the other way round)
const PIECES = ['the', 'of', 'grave', 'news', 'The', 'In', 'According', 'Alan', 'Hartley', 'Cuffed:', 'Not a bad egg:', '1999', 'pay)'].concat([
  'Scroll down for video',
  'é',
  'É',
  '’s',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u0085',
  '\u2003',
  '\u3000',
  '\ufeff',
  ':',
  '.',
  '-',
]);

describe('splitRunOn', () => {
  it('cuts as the slice-and-regex form it replaced, on text built from tricky pieces', () => {
    const piece = fc.array(fc.constantFrom(...PIECES), { minLength: 20, maxLength: 260 });
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), piece, fc.string({ maxLength: 3 }), (before, words, after) => {
        const text = `${before}${words.join(' ')}${after}`;
        const span = { start: before.length, end: text.length - after.length };
        const want = referenceSplitRunOn(text, span);
        expect(splitRunOn(text, span) ?? [span]).toEqual(want);
        // with the words counted by the caller, as block-sentences.ts passes them
        expect(splitRunOn(text, span, new SpanWords().count(text, span.start, span.end).runOnWords) ?? [span]).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('cuts a caption glued to a sentence as the reference does', () => {
    const text = `${'the council met on Tuesday and said the river would be restored by June and then '.repeat(4)}grave The black pooch was found.`;
    const parts = splitRunOn(text, { start: 0, end: text.length }) ?? [];
    expect(parts.map((p) => text.slice(p.start, p.end).slice(0, 15))).toEqual(['the council met', 'The black pooch']);
    expect(parts).toEqual(referenceSplitRunOn(text, { start: 0, end: text.length }));
  });
});

// Needs ../shared/data (research data beside the repository): skipped without the folder.
describe.skipIf(!existsSync(DATA_DIR))('splitRunOn on the evaluation data', () => {
  it('cuts every paragraph of every dev set as the reference does', () => {
    let long = 0;
    for (const name of ['bbc', 'cnndm', 'duc2004', 'summeval', 'xsum', 'opinosis']) {
      for (const record of readFileSync(`${DATA_DIR}/${name}-dev.jsonl`, 'utf8').split('\n')) {
        if (record.trim() === '') continue;
        const documents = (JSON.parse(record) as { documents: string[] }).documents;
        // whole documents as one span (the longest pieces), and every sentence
        const spans: [string, Span][] = documents.map((d) => [d, { start: 0, end: d.length }]);
        for (const s of splitDocuments(documents)) spans.push([documents[s.docIndex]!, { start: s.start, end: s.end }]);
        for (const [text, span] of spans) {
          const want = referenceSplitRunOn(text, span);
          if (want.length > 1) long++;
          const got = splitRunOn(text, span) ?? [span];
          if (JSON.stringify(got) !== JSON.stringify(want)) expect(got).toEqual(want);
        }
      }
    }
    expect(long).toBeGreaterThan(50); // real cuts were compared, not only the early exit
  });
});
