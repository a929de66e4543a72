export { AnalysisError, isAnalysisError } from './errors.js';
export type { AnalysisErrorCode } from './errors.js';
export { lasso, fista, lipschitzOf, alphaMax, denseOperator } from './lasso/fista.js';
export type { Dictionary, LassoOptions, LassoResult, LinearOperator } from './lasso/fista.js';
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
export type { CorpusReport, CorpusOptions, CorpusRecord, CorrelationRow, Coefficient, LassoFit, SentenceImportance } from './corpus/analyze-corpus.js';
export { lassoRegression } from './corpus/regression.js';
export type { LassoRegression, LassoRegressionOptions, Columns } from './corpus/regression.js';
export { scatterSvg, barsSvg } from './corpus/svg.js';
export { trainSparseAutoencoder, evaluateSae, encode, decode, saveSae, loadSae } from './sae/sparse-autoencoder.js';
export type { SparseAutoencoder, TrainOptions, SaeMetrics } from './sae/sparse-autoencoder.js';
export { interpretFeatures, steer, steerSummary, clampFeature } from './sae/interpret.js';
export type { FeatureReport, SteeringResult, SummarySteering } from './sae/interpret.js';
