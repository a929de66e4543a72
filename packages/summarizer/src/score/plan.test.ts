import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { checkPlanConstants, choosePlan, SHIPPED_PLAN } from './plan.js';

// one article of 20 candidate sentences of 20 words each
const article = { documents: 1, lines: 20, candidates: 20, meanWords: 20 };

describe('choosePlan', () => {
  it('tells the input kinds apart by their shape and the budget', () => {
    const constants = { ...SHIPPED_PLAN, centralShare: 0.35 };
    expect(choosePlan({ ...article, documents: 3 }, { unit: 'sentences', limit: 3 }, constants).kind).toBe('cluster');
    expect(choosePlan({ documents: 1, lines: 60, candidates: 60, meanWords: 9 }, { unit: 'sentences', limit: 2 }, constants).kind).toBe('list');
    expect(choosePlan(article, { unit: 'sentences', limit: 1 }, constants).kind).toBe('one');
    expect(choosePlan(article, { unit: 'sentences', limit: 3 }, constants).kind).toBe('lead');
    expect(choosePlan(article, { unit: 'sentences', limit: 8 }, constants).kind).toBe('central');
  });

  it('runs the one-sentence plan for a length budget of about one sentence only when oneUpTo says so', () => {
    const off = { ...SHIPPED_PLAN, oneUpTo: undefined };
    const on = { ...SHIPPED_PLAN, oneUpTo: 1.5 };
    // 25 words hold 1.25 average sentences of 20 words; 40 words hold 2
    expect(choosePlan(article, { unit: 'words', limit: 25 }, off).kind).toBe('lead');
    const one = choosePlan(article, { unit: 'words', limit: 25 }, on);
    expect(one.kind).toBe('one');
    expect(one.why).toBe("the budget holds about one of the text's sentences: the one that stands best for the whole text");
    expect(choosePlan(article, { unit: 'words', limit: 12 }, on).why).toMatch(/^the budget holds about less than one/);
    expect(choosePlan(article, { unit: 'words', limit: 40 }, on).kind).toBe('lead');
    // characters count about six a word
    expect(choosePlan(article, { unit: 'chars', limit: 150 }, on).kind).toBe('one');
    // a sentence budget is counted in sentences: two sentences are never one
    expect(choosePlan(article, { unit: 'sentences', limit: 2 }, { ...on, oneUpTo: 3 }).kind).toBe('lead');
    // several documents stay a cluster under any budget
    expect(choosePlan({ ...article, documents: 2 }, { unit: 'words', limit: 10 }, on).kind).toBe('cluster');
  });

  it('a larger oneUpTo never turns a one-sentence input back into an article plan (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (words, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = choosePlan(article, { unit: 'words', limit: words }, { ...SHIPPED_PLAN, oneUpTo: lo }).kind;
        const high = choosePlan(article, { unit: 'words', limit: words }, { ...SHIPPED_PLAN, oneUpTo: hi }).kind;
        return low !== 'one' || high === 'one';
      }),
    );
  });

  it('checkPlanConstants refuses a bad oneUpTo', () => {
    expect(() => checkPlanConstants({ ...SHIPPED_PLAN, oneUpTo: -1 })).toThrow(/oneUpTo/);
    expect(() => checkPlanConstants({ ...SHIPPED_PLAN, oneUpTo: '1.5' })).toThrow(/oneUpTo/);
    expect(checkPlanConstants({ ...SHIPPED_PLAN, oneUpTo: 1.5 }).oneUpTo).toBe(1.5);
  });

  it('a summary under a one-sentence word budget says which plan ran and why', async () => {
    const text = [
      'Heavy rain flooded the old market square on Sunday, and traders lost stock worth thousands of pounds.',
      'Firefighters pumped water out of twelve shops through the night.',
      'The council said the drains had been cleared only last month.',
      'Traders asked the council for help with the cost of the damage.',
      'Forecasters expect more rain later in the week across the region.',
      'A meeting with the traders will take place on Thursday evening.',
    ].join(' ');
    const s = await summarize(text, testEmbedder(), { budget: { words: 14 }, planConstants: { ...SHIPPED_PLAN, oneUpTo: 1.5 } });
    expect(s.meta.plan?.kind).toBe('one');
    expect(s.meta.plan?.why).toMatch(/one of the text's sentences/);
    const lead = await summarize(text, testEmbedder(), { budget: { words: 14 }, planConstants: { ...SHIPPED_PLAN, oneUpTo: undefined } });
    expect(lead.meta.plan?.kind).not.toBe('one');
  });
});
