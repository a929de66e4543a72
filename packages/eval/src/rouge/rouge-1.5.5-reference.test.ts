import { describe, expect, it } from 'vitest';
import { scoreRouge } from './rouge.js';
import type { RougeAggregate } from './types.js';
import type { RougeLimit } from './truncate.js';

/*
 * Expected values computed by ROUGE-1.5.5's own scoring code: the subroutines readText,
 * readText_LCS, createNGram, ngramScore, computeNGramScore, computeLCSScore, lcs, lcs_inner,
 * markLCS and the embedded Porter stemmer of ROUGE-1.5.5.pl, run under perl with SPL input
 * (one sentence per line) and an empty WordNet exception table. ROUGE prints R and P rounded
 * to 5 decimals and computes F from the rounded values, hence the 2e-5 tolerance.
 *
 * The texts are made up for this test (no dataset text).
 */
interface Example {
  readonly peer: string;
  readonly references: readonly string[];
}

const FOXES: Example = {
  peer: "The quick-brown foxes were jumping over the lazy dogs.\nThe dogs didn't care; they kept sleeping in the sun.",
  references: [
    'A quick brown fox jumped over a lazy dog.\nThe dog kept sleeping.',
    'Lazy dogs sleep in the sun while foxes jump over them.',
    'Foxes jumped. Dogs slept.',
  ],
};

const CLIP: Example = { peer: 'the the the cat cat', references: ['the cat sat on the cat'] };

const NEWS: Example = {
  peer:
    'Officials said the national elections were postponed.\nProtesters gathered in the capital on Monday.\n' +
    "The government's spokesman denied any connection to the delay.",
  references: [
    'Elections postponed; officials cite security.\nProtesters gather in capital.',
    'The national election was postponed by officials, and protesters gathered in the capital city on Monday to denounce the government.',
  ],
};

type Triple = readonly [number, number, number];
type Expected = { rouge1: Triple; rouge2: Triple; rouge3: Triple; rougeLsum: Triple };

const CASES: readonly (readonly [Example, RougeLimit | undefined, RougeAggregate, boolean, Expected])[] = [
  [FOXES, undefined, 'average', true, { rouge1: [0.82143, 0.36508, 0.5055], rouge2: [0.48, 0.2, 0.28235], rouge3: [0.22727, 0.08772, 0.12658], rougeLsum: [0.78571, 0.34921, 0.48352] }],
  [FOXES, undefined, 'average', false, { rouge1: [0.57143, 0.25397, 0.35165], rouge2: [0.2, 0.08333, 0.11764], rouge3: [0.04545, 0.01754, 0.02531], rougeLsum: [0.53571, 0.2381, 0.32967] }],
  [FOXES, undefined, 'best', true, { rouge1: [0.84615, 0.52381, 0.64706], rouge2: [0.58333, 0.35, 0.4375], rouge3: [0.27273, 0.15789, 0.2], rougeLsum: [0.84615, 0.52381, 0.64706] }],
  [FOXES, undefined, 'best', false, { rouge1: [0.63636, 0.33333, 0.4375], rouge2: [0.3, 0.15, 0.2], rouge3: [0.11111, 0.05263, 0.07143], rougeLsum: [0.54545, 0.28571, 0.375] }],
  [FOXES, { words: 10 }, 'average', true, { rouge1: [0.70833, 0.51515, 0.59649], rouge2: [0.33333, 0.23333, 0.27451], rouge3: [0.11111, 0.07407, 0.08889], rougeLsum: [0.625, 0.45455, 0.52632] }],
  [FOXES, { words: 10 }, 'average', false, { rouge1: [0.5, 0.36364, 0.42106], rouge2: [0.09524, 0.06667, 0.07843], rouge3: [0, 0, 0], rougeLsum: [0.41667, 0.30303, 0.35088] }],
  [FOXES, { words: 10 }, 'best', true, { rouge1: [0.8, 0.72727, 0.7619], rouge2: [0.55556, 0.5, 0.52632], rouge3: [0.25, 0.22222, 0.23529], rougeLsum: [0.8, 0.72727, 0.7619] }],
  [FOXES, { words: 10 }, 'best', false, { rouge1: [0.5, 0.45455, 0.47619], rouge2: [0.11111, 0.1, 0.10526], rouge3: [0, 0, 0], rougeLsum: [0.5, 0.45455, 0.47619] }],
  [FOXES, { bytes: 40 }, 'average', true, { rouge1: [0.40909, 0.42857, 0.4186], rouge2: [0.15789, 0.16667, 0.16216], rouge3: [0.0625, 0.06667, 0.06452], rougeLsum: [0.40909, 0.42857, 0.4186] }],
  [FOXES, { bytes: 40 }, 'average', false, { rouge1: [0.27273, 0.28571, 0.27907], rouge2: [0.05263, 0.05556, 0.05406], rouge3: [0, 0, 0], rougeLsum: [0.27273, 0.28571, 0.27907] }],
  [FOXES, { bytes: 40 }, 'best', true, { rouge1: [0.55556, 0.71429, 0.625], rouge2: [0.375, 0.5, 0.42857], rouge3: [0.14286, 0.2, 0.16667], rougeLsum: [0.55556, 0.71429, 0.625] }],
  [FOXES, { bytes: 40 }, 'best', false, { rouge1: [0.33333, 0.42857, 0.375], rouge2: [0.125, 0.16667, 0.14286], rouge3: [0, 0, 0], rougeLsum: [0.33333, 0.42857, 0.375] }],
  [CLIP, undefined, 'average', true, { rouge1: [0.66667, 0.8, 0.72727], rouge2: [0.2, 0.25, 0.22222], rouge3: [0, 0, 0], rougeLsum: [0.5, 0.6, 0.54545] }],
  [NEWS, undefined, 'average', true, { rouge1: [0.75862, 0.45833, 0.57143], rouge2: [0.37037, 0.21739, 0.27397], rouge3: [0.2, 0.11364, 0.14493], rougeLsum: [0.65517, 0.39583, 0.4935] }],
  [NEWS, undefined, 'average', false, { rouge1: [0.68966, 0.41667, 0.51948], rouge2: [0.25926, 0.15217, 0.19178], rouge3: [0.12, 0.06818, 0.08696], rougeLsum: [0.58621, 0.35417, 0.44156] }],
  [NEWS, undefined, 'best', true, { rouge1: [0.77778, 0.29167, 0.42425], rouge2: [0.42105, 0.34783, 0.38095], rouge3: [0.22222, 0.18182, 0.2], rougeLsum: [0.66667, 0.25, 0.36364] }],
  [NEWS, undefined, 'best', false, { rouge1: [0.7, 0.58333, 0.63636], rouge2: [0.36842, 0.30435, 0.33333], rouge3: [0.16667, 0.13636, 0.15], rougeLsum: [0.6, 0.5, 0.54545] }],
  [NEWS, { words: 10 }, 'average', true, { rouge1: [0.68421, 0.65, 0.66667], rouge2: [0.29412, 0.27778, 0.28572], rouge3: [0.13333, 0.125, 0.12903], rougeLsum: [0.57895, 0.55, 0.5641] }],
  [NEWS, { words: 10 }, 'average', false, { rouge1: [0.57895, 0.55, 0.5641], rouge2: [0.11765, 0.11111, 0.11429], rouge3: [0, 0, 0], rougeLsum: [0.47368, 0.45, 0.46154] }],
  [NEWS, { words: 10 }, 'best', true, { rouge1: [0.7, 0.7, 0.7], rouge2: [0.33333, 0.33333, 0.33333], rouge3: [0.14286, 0.125, 0.13333], rougeLsum: [0.6, 0.6, 0.6] }],
  [NEWS, { words: 10 }, 'best', false, { rouge1: [0.6, 0.6, 0.6], rouge2: [0.22222, 0.22222, 0.22222], rouge3: [0, 0, 0], rougeLsum: [0.5, 0.5, 0.5] }],
  [NEWS, { bytes: 40 }, 'average', true, { rouge1: [0.41667, 0.41667, 0.41667], rouge2: [0.2, 0.2, 0.2], rouge3: [0.125, 0.125, 0.125], rougeLsum: [0.33333, 0.33333, 0.33333] }],
  [NEWS, { bytes: 40 }, 'average', false, { rouge1: [0.33333, 0.33333, 0.33333], rouge2: [0.1, 0.1, 0.1], rouge3: [0, 0, 0], rougeLsum: [0.25, 0.25, 0.25] }],
  [NEWS, { bytes: 40 }, 'best', true, { rouge1: [0.42857, 0.5, 0.46154], rouge2: [0.33333, 0.4, 0.36363], rouge3: [0.2, 0.25, 0.22222], rougeLsum: [0.42857, 0.5, 0.46154] }],
  [NEWS, { bytes: 40 }, 'best', false, { rouge1: [0.4, 0.33333, 0.36363], rouge2: [0.16667, 0.2, 0.18182], rouge3: [0, 0, 0], rougeLsum: [0.28571, 0.33333, 0.30769] }],
];

const label = (e: Example): string => (e === FOXES ? 'foxes' : e === CLIP ? 'clip' : 'news');

describe('scoreRouge against ROUGE-1.5.5', () => {
  it.each(CASES.map((c) => [label(c[0]), JSON.stringify(c[1] ?? null), c[2], c[3], c] as const))(
    '%s, limit %s, %s, stem %s',
    (_name, _limit, _aggregate, _stem, [example, limit, aggregate, stem, expected]) => {
      const scores = scoreRouge(example.peer, example.references, {
        metrics: ['rouge1', 'rouge2', 'rouge3', 'rougeLsum'],
        aggregate,
        stem,
        ...(limit === undefined ? {} : { limit }),
      });
      for (const metric of ['rouge1', 'rouge2', 'rouge3', 'rougeLsum'] as const) {
        const [recall, precision, f1] = expected[metric];
        expect(Math.abs(scores[metric].recall - recall), `${metric} recall`).toBeLessThanOrEqual(2e-5);
        expect(Math.abs(scores[metric].precision - precision), `${metric} precision`).toBeLessThanOrEqual(2e-5);
        expect(Math.abs(scores[metric].f1 - f1), `${metric} f1`).toBeLessThanOrEqual(2e-5);
      }
    },
  );
});
