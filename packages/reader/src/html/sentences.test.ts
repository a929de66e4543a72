import { describe, expect, it } from 'vitest';
import { endsSentence, holdsSentence, isProseLine } from './sentences.js';

describe('what reads as prose (sentences.ts)', () => {
  it('ends a sentence at a stop, a mark or an ellipsis, inside closing quotes or brackets, and not at a label or a name', () => {
    for (const t of ['The quay reopens.', 'Is it ruined?', '“Start again in spring.”', 'He stopped…', '(See the map.)']) expect(endsSentence(t)).toBe(true);
    for (const t of ['Share this article', 'Related:', 'Harbour works', '£9.50']) expect(endsSentence(t)).toBe(false);
  });

  it('finds a sentence inside a text by a lower-case letter before its stop, and not in a date line or a line of capitals', () => {
    expect(holdsSentence('Oct 2 Marta Solberg It cannot wait. More soon')).toBe(true);
    expect(holdsSentence('Updated 3 hours ago · 4 min read')).toBe(false);
    expect(holdsSentence('U.S. NEWS · 4 MIN READ')).toBe(false);
  });

  it('takes a paragraph of prose as long enough and ending as a sentence', () => {
    expect(isProseLine('The boats came back to the inner basin in March.', 40)).toBe(true);
    expect(isProseLine('The boats came back.', 40)).toBe(false);
    expect(isProseLine('The boats came back to the inner basin in March, a month', 40)).toBe(false);
  });
});
