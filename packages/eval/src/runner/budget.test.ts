import { describe, expect, it } from 'vitest';
import { enforceBudget } from './budget.js';

describe('enforceBudget', () => {
  it('leaves a summary within budget alone (blank lines and edge spaces dropped)', () => {
    expect(enforceBudget('a b\n\n c d \n', { words: 4 })).toEqual({ text: 'a b\nc d', cut: false });
  });

  it('cuts a summary over budget and says so', () => {
    expect(enforceBudget('a b c\nd e f', { words: 4 })).toEqual({ text: 'a b c\nd', cut: true });
    expect(enforceBudget('s1\ns2\ns3\ns4', { sentences: 3 })).toEqual({ text: 's1\ns2\ns3', cut: true });
    expect(enforceBudget('s1\ns2', { ratio: 0.1 })).toEqual({ text: 's1\ns2', cut: false });
  });
});
