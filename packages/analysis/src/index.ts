export { AnalysisError, isAnalysisError } from './errors.js';
export type { AnalysisErrorCode } from './errors.js';
export { lasso, fista, alphaMax } from './lasso/fista.js';
export type { LassoOptions, LassoResult } from './lasso/fista.js';
export { lipschitzOf, denseOperator } from './lasso/operator.js';
export type { Dictionary, LinearOperator } from './lasso/operator.js';
export {
  loadWordDictionary,
  buildWordDictionary,
  dictionaryFile,
  chooseBasisWords,
  basisCandidates,
  tagVocabulary,
  dictionaryFromRows,
  syntacticAtoms,
  orthonormalise,
  DICTIONARY_VERSION,
  DEFAULT_DICTIONARY_SIZE,
} from './word-equations/dictionary.js';
export type { WordDictionary, DictionaryOptions, DictionaryInfo, SyntacticAtom, WordTag } from './word-equations/dictionary.js';
export { wordEquation, sparseCode } from './word-equations/word-equation.js';
export { textWords, textDictionary, BASIS_KINDS } from './word-equations/text-basis.js';
export type { BasisKind, TextWords } from './word-equations/text-basis.js';
export type { WordEquation, WordEquationOptions, Atom, SparseCode } from './word-equations/word-equation.js';
export { analyze, equationNote } from './report/analyze.js';
export { compareBases, fitOf } from './report/basis-fit.js';
export type { BasisFit } from './report/basis-fit.js';
export type { AnalysisReport, AnalyzeOptions, SentenceAnalysis, GapStep, ActiveFeature } from './report/analyze.js';
export { dimensionWords, dimensionLabeller, wordsOnDimension, topContributions, topDimensions } from './report/dimensions.js';
export type { DimensionShare, DimensionLabeller, DimensionWords } from './report/dimensions.js';
export { analyzeCorpus, corpusMarkdown } from './corpus/analyze-corpus.js';
export type { CorpusReport, CorpusOptions, CorrelationRow } from './corpus/analyze-corpus.js';
export type { CorpusRecord, SentenceImportance } from './corpus/sentence-sample.js';
export type { Coefficient, LassoFit } from './corpus/lasso-fit.js';
export { lassoRegression } from './corpus/regression.js';
export type { LassoRegression, LassoRegressionOptions, Columns } from './corpus/regression.js';
export { scatterSvg, barsSvg } from './corpus/svg.js';
export { trainSparseAutoencoder, evaluateSae, encode, decode, saveSae, loadSae } from './sae/sparse-autoencoder.js';
export type { SparseAutoencoder, TrainOptions, SaeMetrics } from './sae/sparse-autoencoder.js';
export { interpretFeatures, steer, steerSummary, clampFeature } from './sae/interpret.js';
export type { FeatureReport, SteeringResult, SummarySteering } from './sae/interpret.js';
