import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonBlankLines } from './prepare-scores.js';

describe('nonBlankLines', () => {
  it('counts the lines split on \\n that are not blank after trim', () => {
    const char = fc.constantFrom('a', ' ', '\t', '\n', '\n', '\r', '\u00a0', '\u2028', '\u0085', '\u200b', '.');
    const text = fc.array(char, { maxLength: 50 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (t) => nonBlankLines(t) === t.split('\n').filter((l) => l.trim() !== '').length));
    expect(nonBlankLines('Title\n\n  \nFirst line.\r\nSecond\n')).toBe(3);
    expect(nonBlankLines('')).toBe(0);
  });
});
