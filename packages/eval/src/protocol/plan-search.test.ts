import { checkPlanConstants, SHIPPED_PLAN } from '@vecsum/summarizer';
import { describe, expect, it } from 'vitest';
import { CONFIGURATIONS_COMPARED, configurationsOf, PLAN_OPTIONS, PLAN_TRIALS, withTrials } from './plan-search.js';

describe('the protocol options and the trials beside them', () => {
  it('the protocol compares every option of every group once', () => {
    expect(CONFIGURATIONS_COMPARED).toBe(Object.values(PLAN_OPTIONS).flat().length);
    expect(withTrials([])).toEqual(PLAN_OPTIONS);
  });

  it('a trial adds its options to their groups and the count grows by them', () => {
    const groups = withTrials(['concepts']);
    const added = Object.values(PLAN_TRIALS.concepts!).flat();
    expect(added.length).toBeGreaterThan(0);
    expect(configurationsOf(groups)).toBe(CONFIGURATIONS_COMPARED + added.length);
    expect(groups.cluster!.slice(0, PLAN_OPTIONS.cluster!.length)).toEqual(PLAN_OPTIONS.cluster);
    expect(groups.cluster!.slice(PLAN_OPTIONS.cluster!.length)).toEqual(PLAN_TRIALS.concepts!.cluster);
    // the trial's weights reach only the cluster plan
    for (const option of PLAN_TRIALS.concepts!.cluster!) expect(option.patch.cluster?.concepts).toBeGreaterThan(0);
  });

  it('a trial may bring a group the protocol does not hold (lead), with the shipped weights as its first option', () => {
    const groups = withTrials(['lead']);
    expect(PLAN_OPTIONS.lead).toBeUndefined();
    expect(groups.lead![0]!.patch.lead).toEqual(SHIPPED_PLAN.lead);
  });

  it('the pyramid trial adds a group whose first option is the shipped behaviour (no routing) and three thresholds', () => {
    const groups = withTrials(['pyramid']);
    expect(PLAN_OPTIONS.pyramid).toBeUndefined();
    expect(configurationsOf(groups)).toBe(CONFIGURATIONS_COMPARED + 4);
    const options = groups.pyramid!;
    expect({ ...SHIPPED_PLAN, ...options[0]!.patch }.pyramid).toBeUndefined();
    expect(SHIPPED_PLAN.pyramid).toBeUndefined();
    expect(options.slice(1).map((o) => o.patch.pyramid)).toEqual([0, 0.5, 1]);
    // nothing else is patched: the trial fits only the threshold
    for (const o of options) expect(Object.keys(o.patch)).toEqual(['pyramid']);
  });

  it('the oneUpTo trial compares the shipped routing (one-sentence budgets only) with length budgets of up to 1.5 sentences', () => {
    const options = withTrials(['oneUpTo']).oneUpTo!;
    expect(SHIPPED_PLAN.oneUpTo).toBeUndefined();
    expect(options.map((o) => ({ ...SHIPPED_PLAN, ...o.patch }).oneUpTo)).toEqual([undefined, 1.5]);
    for (const o of options) expect(Object.keys(o.patch)).toEqual(['oneUpTo']);
  });

  it('every option and trial gives valid plan constants', () => {
    for (const options of [...Object.values(PLAN_OPTIONS), ...Object.values(PLAN_TRIALS).flatMap((t) => Object.values(t))])
      for (const option of options) expect(() => checkPlanConstants({ ...SHIPPED_PLAN, ...option.patch })).not.toThrow();
  });

  it('an unknown trial is refused by name', () => {
    expect(() => withTrials(['lexical-hybrid'])).toThrow(/unknown trial "lexical-hybrid"; known: lead, length, one, rest, pyramid, oneUpTo, lexone, concepts/);
  });
});
