import { describe, expect, it } from 'vitest';
import * as evalPackage from './index.js';

describe('@vecsum/eval public API', () => {
  it('exports the runtime API by name', () => {
    expect(Object.keys(evalPackage).sort()).toEqual(
      [
        'DATASET_NAMES',
        'DEFAULT_ROUGE_METRICS',
        'ENGLISH_STOPWORDS',
        'EVAL_ERROR_CODES',
        'EvalError',
        'aggregateCounts',
        'bootstrapMean',
        'clippedMatches',
        'countNgrams',
        'createRandom',
        'createRougeScorer',
        'createTokenizer',
        'datasetNameOf',
        'fMeasure',
        'greedyOracle',
        'isEvalError',
        'lcsLength',
        'markLcs',
        'pairedBootstrapTest',
        'pairedTTest',
        'parseJsonlDataset',
        'percentileInterval',
        'porterStem',
        'readJsonlDataset',
        'resolveStandardBudget',
        'rougeStem',
        'scoreCounts',
        'scoreRouge',
        'sentenceImportance',
        'splitLines',
        'standardSetting',
        'summaryLevelLcs',
        'tokenize',
        'truncateBytes',
        'truncateToLimit',
        'truncateWords',
      ].sort(),
    );
  });
});
