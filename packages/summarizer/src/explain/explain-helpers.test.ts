import { cosine } from '@vecsum/embeddings/math';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosineWithNorms, squaredNorms } from './cosines.js';
import { DANGLING_OPENERS, DANGLING_PHRASES, isDangling } from './dangling.js';

describe('cosineWithNorms', () => {
  it('is cosine bit for bit, zero vectors included', () => {
    const vector = fc.oneof(fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 6, maxLength: 6 }), fc.constant([0, 0, 0, 0, 0, 0]));
    fc.assert(
      fc.property(vector, vector, (x, y) => {
        const a = Float32Array.from(x);
        const b = Float32Array.from(y);
        const [aa, bb] = squaredNorms([a, b]);
        return Object.is(cosineWithNorms(a, b, aa!, bb!), cosine(a, b));
      }),
    );
  });

  it('throws what cosine throws for vectors of different lengths', () => {
    expect(() => cosineWithNorms(new Float32Array(2), new Float32Array(3), 0, 0)).toThrow(/different dimensions/);
  });
});

/** isDangling as first written: the whole sentence lower-cased (the reference for the cut one). */
function danglingWhole(text: string): boolean {
  const opening = text
    .trimStart()
    .replace(/^["'“‘([]+/, '')
    .toLowerCase();
  const first = /^[\p{L}']+/u.exec(opening)?.[0] ?? '';
  if (DANGLING_OPENERS.has(first)) return true;
  return DANGLING_PHRASES.some((p) => opening.startsWith(`${p} `) || opening.startsWith(`${p},`));
}

describe('isDangling', () => {
  it('looks at the opening only, with the answer of lower-casing the whole sentence', () => {
    const word = fc.constantFrom(
      'He',
      'THEY',
      'However,',
      'in',
      'addition',
      'On',
      'the',
      'other',
      'hand',
      'As',
      'a',
      'result,',
      'For',
      'example',
      'same',
      'Same,',
      'SAME',
      'HAND,',
      'tiMe',
      'ADDİTION',
      'a\u212a',
      'in-addition',
      'Σ',
      'ΟΔΟΣ',
      'İt',
      '“It',
      'x'.repeat(30),
      'sentence.',
      "they're",
      'It’s',
      "'Twas",
      'Éla',
      'theé',
      'He,',
      '(It',
      '[They',
      '‘This',
      '"So',
      '',
    );
    // separators the char-code path reads (ASCII spaces, quotes, brackets) and ones it leaves to the regex
    const separator = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '"', "'", '“', '(', '[', ',', '-', '');
    const text = fc.array(fc.tuple(separator, word), { maxLength: 8 }).map((ws) => ws.map(([sep, w]) => sep + w).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (t) => isDangling(t) === danglingWhole(t)),
      { numRuns: 3000 },
    );
    expect(isDangling('“They said so.')).toBe(true);
    expect(isDangling('In addition, the river rose.')).toBe(true);
    expect(isDangling('As a result the river rose.')).toBe(true);
    expect(isDangling('Inside the house it rained.')).toBe(false);
    expect(isDangling('Theyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx said so.')).toBe(false);
  });
});
