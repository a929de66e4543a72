import { embedDocument, splitSentences } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { checkPlanConstants, choosePlan, SHIPPED_PLAN, type PlanConstants } from './plan.js';
import { leadEvidence, openingCount, routeByLeadEvidence } from './pyramid.js';

// An inverted pyramid: the first sentence says what the rest of the story details.
const PYRAMID =
  'The city council voted on Tuesday to close the Riverside swimming pool, saying its repairs would cost four million pounds. ' +
  "Council officials said the pool's roof and heating needed urgent repairs that the city could not afford. " +
  'Swimmers and families protested against the vote outside the council building. ' +
  'The pool, opened in 1965, is used by about 2,000 swimmers a week. ' +
  'A council spokesman said the city would look for a private operator to reopen the pool. ' +
  'The council vote was eleven to four.';

// The same story opened by an anecdote: the first sentences are about something else.
const ANECDOTE =
  "Margaret Hill still remembers learning to ride a bicycle on a quiet lane behind her grandmother's cottage. " +
  'She was seven, and it rained all afternoon. ' +
  'The city council voted on Tuesday to close the Riverside swimming pool, saying its repairs would cost four million pounds. ' +
  "Council officials said the pool's roof and heating needed urgent repairs that the city could not afford. " +
  'Swimmers and families protested against the vote outside the council building. ' +
  'A council spokesman said the city would look for a private operator to reopen the pool.';

async function evidenceOf(text: string, k: number): Promise<number> {
  const doc = await embedDocument(splitSentences(text), testEmbedder('arora'));
  const all = doc.sentences.map((_, i) => i);
  return leadEvidence(doc.vectors, doc.documentVector, doc.join, all, k);
}

describe('leadEvidence', () => {
  it('is high when the opening sentence already says what the story is about', async () => {
    expect(await evidenceOf(PYRAMID, 1)).toBeGreaterThan(1);
    expect(await evidenceOf(PYRAMID, 2)).toBeGreaterThan(0.5);
  });

  it('is low when the story opens with an anecdote about something else', async () => {
    expect(await evidenceOf(ANECDOTE, 1)).toBeLessThan(-1);
    expect(await evidenceOf(ANECDOTE, 2)).toBeLessThan(-0.5);
  });

  it('is 0 when there is nothing to compare the opening with', async () => {
    const doc = await embedDocument(splitSentences(PYRAMID), testEmbedder('arora'));
    expect(leadEvidence(doc.vectors, doc.documentVector, doc.join, [0], 1)).toBe(0);
  });

  it('takes the budget share of the candidates as the opening, one for a one-sentence summary', () => {
    expect(openingCount('lead', 0.2, 20)).toBe(4);
    expect(openingCount('lead', 0.01, 20)).toBe(1);
    expect(openingCount('one', 0.5, 20)).toBe(1);
  });
});

describe('routeByLeadEvidence', () => {
  const shape = { documents: 1, lines: 1, candidates: 20, meanWords: 20 };
  const lead = choosePlan(shape, { unit: 'sentences', limit: 3 });
  const one = choosePlan(shape, { unit: 'sentences', limit: 1 });
  const routing = { ...SHIPPED_PLAN, pyramid: 0.5 };

  it('a threshold must be a finite number', () => {
    expect(() => checkPlanConstants({ ...SHIPPED_PLAN, pyramid: 'high' })).toThrow(/pyramid must be a number/);
    expect(() => checkPlanConstants({ ...SHIPPED_PLAN, pyramid: Number.NaN })).toThrow(/pyramid must be a number/);
    expect(checkPlanConstants({ ...SHIPPED_PLAN, pyramid: 0.5 }).pyramid).toBe(0.5);
  });

  it('changes nothing without a threshold, or for plans other than lead and one', () => {
    expect(routeByLeadEvidence(lead, -3, SHIPPED_PLAN)).toBe(lead);
    const central = choosePlan(shape, { unit: 'sentences', limit: 10 });
    expect(routeByLeadEvidence(central, -3, routing)).toBe(central);
  });

  it('keeps the lead at or above the threshold and says why', () => {
    const kept = routeByLeadEvidence(lead, 0.5, routing);
    expect(kept.kind).toBe('lead');
    expect(kept.weights).toEqual(lead.weights);
    expect(kept.leadEvidence).toBe(0.5);
    expect(kept.why).toMatch(/opening sentences are \+0\.50 sd closer to the rest of the text .*so the lead was kept/);
  });

  it('below the threshold a short summary takes the central weights and a one-sentence summary plain cosine', () => {
    const central = routeByLeadEvidence(lead, 0.3, routing);
    expect(central.kind).toBe('central');
    expect(central.weights).toEqual(SHIPPED_PLAN.central.weights);
    expect(central.why).toMatch(/below \+0\.50 sd: not an inverted pyramid, so its most central sentences/);
    const near = routeByLeadEvidence(one, -0.2, routing);
    expect(near.kind).toBe('one');
    expect(near.weights).toEqual({ cosine: 1 });
    expect(near.why).toMatch(/opening sentence is \u22120\.20 sd/);
  });
});

describe('summarize with inverted-pyramid routing', () => {
  const run = (text: string, sentences: number, constants: PlanConstants = { ...SHIPPED_PLAN, pyramid: 0.5 }) =>
    summarize({ documents: [text] }, testEmbedder('arora'), { budget: { sentences }, planConstants: constants });

  it('keeps the lead of an inverted pyramid, and its factors still sum to the deciding score', async () => {
    const s = await run(PYRAMID, 2);
    expect(s.meta.plan?.kind).toBe('lead');
    expect(s.meta.plan?.why).toMatch(/so the lead was kept/);
    expect(s.picked).toEqual([0, 1]);
    for (const x of s.sentences.filter((y) => y.picked)) expect((x.factors ?? []).reduce((n, f) => n + f.contribution, 0)).toBeCloseTo(x.decidingScore!, 12);
  });

  it('does not open with an anecdote that is not an inverted pyramid (the shipped plan does)', async () => {
    const shipped = await run(ANECDOTE, 2, SHIPPED_PLAN);
    expect(shipped.picked).toEqual([0, 1]);
    expect(shipped.meta.plan?.leadEvidence).toBeUndefined();
    const s = await run(ANECDOTE, 2);
    expect(s.meta.plan?.kind).toBe('central');
    expect(s.meta.plan?.leadEvidence).toBeLessThan(0);
    expect(s.picked).not.toContain(0);
    for (const x of s.sentences.filter((y) => y.picked)) expect((x.factors ?? []).reduce((n, f) => n + f.contribution, 0)).toBeCloseTo(x.decidingScore!, 12);
    const one = await run(ANECDOTE, 1);
    expect(one.meta.plan?.weights).toEqual({ cosine: 1 });
    expect(one.picked).not.toEqual([0]);
  });
});
