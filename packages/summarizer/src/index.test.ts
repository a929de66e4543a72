import { describe, expect, it } from 'vitest';
import * as summarizer from './index.js';

describe('@vecsum/summarizer public API', () => {
  it('exports exactly what a user calls (a change here is a change to the published surface)', () => {
    expect(Object.keys(summarizer).sort()).toEqual(
      [
        'BUDGET_KINDS',
        'DEFAULT_MAX_INPUT_CHARS',
        'FACTOR_TEXT',
        'FEATURES',
        'PLAN_KINDS',
        'REASON_TEXT',
        'SELECTOR_CHOICES',
        'SELECTOR_NAMES',
        'SHIPPED_PLAN',
        'SUMMARIZER_ERROR_CODES',
        'SummarizerError',
        'checkPlanConstants',
        'describeReason',
        'isSelectorChoice',
        'isSummarizerError',
        'resolveBudget',
        'summarize',
        // budget.ts: the one cost function, the room it leaves and the one fitter, also used by
        // @vecsum/eval (LEAD, RANDOM, the greedy ORACLE, summaries held to a budget) and bench/peers
        'costOf',
        'summaryCost',
        'roomLeft',
        'fitRanked',
      ].sort(),
    );
  });
});
