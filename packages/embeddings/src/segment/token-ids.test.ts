import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scansByHand, tokenIds, type TokenIdBuffer } from './token-ids.js';
import { TokenTable } from './token-table.js';
import { tokenize } from './tokenize.js';

const DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));

function tokensOf(text: string, table: TokenTable, buffer: TokenIdBuffer): string[] {
  tokenIds(text, table, buffer);
  return Array.from(buffer.ids.subarray(0, buffer.count), (id) => table.strings[id]!);
}

// pieces that exercise every branch of the scanner: acronyms and their backtracking, numbers
// and units, clitics, compounds, symbols, curly apostrophes, and characters it leaves to tokenize
const PIECES = [
  'a',
  'B',
  'x',
  'z',
  'U',
  'S',
  '0',
  '7',
  '10',
  '.',
  ',',
  ':',
  '/',
  "'",
  '-',
  '&',
  '$',
  '%',
  ' ',
  '\n',
  '(',
  ')',
  '"',
  '!',
  '?',
  '’',
  '‘',
  '`',
  '´',
  'ʼ',
  '′',
  '–',
  '—',
  '…',
  '£',
  '€',
  '¥',
  'é',
  'ß',
  'İ',
  '\u00ad',
  '\u2010',
  '@',
  'www.',
  '.com',
  'http://',
  "n't",
  "'s",
  "'S",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  'Don',
  'U.S',
  'e.g.',
  'a.m',
  'bn',
  '3.5',
  '1,000',
];

describe('tokenIds', () => {
  it('gives the tokens of tokenize, in order, on text built from tricky pieces', () => {
    const table = new TokenTable();
    const buffer: TokenIdBuffer = { ids: new Int32Array(4), count: 0 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(tokensOf(text, table, buffer)).toEqual(tokenize(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the tokens of tokenize on any string', () => {
    const table = new TokenTable();
    const buffer: TokenIdBuffer = { ids: new Int32Array(0), count: 0 };
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'binary' })), (text) => {
        expect(tokensOf(text, table, buffer)).toEqual(tokenize(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives one id to one token, wherever it is seen, and keeps ids across a grown table', () => {
    const table = new TokenTable();
    const buffer: TokenIdBuffer = { ids: new Int32Array(4), count: 0 };
    tokenIds("The cat's hat. THE CAT'S HAT.", table, buffer);
    expect(Array.from(buffer.ids.subarray(0, buffer.count))).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
    for (let i = 0; i < 5000; i++) tokenIds(`word${i} the`, table, buffer);
    expect(table.size).toBe(5004);
    tokenIds('hat the', table, buffer);
    expect(Array.from(buffer.ids.subarray(0, buffer.count))).toEqual([3, 0]);
    table.clear();
    tokenIds('hat the', table, buffer);
    expect(Array.from(buffer.ids.subarray(0, buffer.count))).toEqual([0, 1]);
  });

  it('throws as tokenize does on a non-string', () => {
    const buffer: TokenIdBuffer = { ids: new Int32Array(4), count: 0 };
    expect(() => Reflect.apply(tokenIds, undefined, [42, new TokenTable(), buffer])).toThrow(/text must be a string/);
  });
});

// Needs ../shared/data (research data beside the repository): skipped without the folder.
describe.skipIf(!existsSync(DATA_DIR))('tokenIds on the evaluation data', () => {
  it('gives the tokens of tokenize for every line of every dev set', () => {
    const table = new TokenTable();
    const buffer: TokenIdBuffer = { ids: new Int32Array(16), count: 0 };
    let lines = 0;
    let byHand = 0;
    for (const name of ['bbc', 'cnndm', 'duc2004', 'summeval', 'xsum', 'opinosis']) {
      for (const record of readFileSync(`${DATA_DIR}/${name}-dev.jsonl`, 'utf8').split('\n')) {
        if (record.trim() === '') continue;
        for (const doc of (JSON.parse(record) as { documents: string[] }).documents) {
          for (const line of doc.split('\n')) {
            lines++;
            if (scansByHand(line)) byHand++;
            const got = tokensOf(line, table, buffer);
            const want = tokenize(line);
            if (got.length !== want.length || got.some((t, i) => t !== want[i])) expect(got, line).toEqual(want);
          }
        }
      }
    }
    expect(lines).toBeGreaterThan(4000);
    expect(byHand / lines).toBeGreaterThan(0.9); // the scanner, not tokenize, took most of them
  });
});
