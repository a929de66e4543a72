export { createApp } from './app.js';
export { startServer, configFromEnv } from './server.js';
export type { ServerConfig, RunningServer } from './server.js';
export { buildDictionaryInWorker } from './analysis-warmup.js';
export type { DictionaryBuilder, DictionaryBuild } from './analysis-warmup.js';
export type { AnalysisState, DictionaryData } from './analysis-state.js';
export { DEFAULT_LIMITS } from './deps.js';
export type { AppDeps, AppLimits } from './deps.js';
export { createModelRegistry } from './models.js';
export type { ModelRegistry, ModelSource, ModelInfo, ModelState } from './models.js';
export { createJobQueue } from './runner.js';
export type { JobQueue, RunnerLimits } from './runner.js';
export { createJsonLogger, silentLogger } from './middleware/request-context.js';
export type { Logger } from './middleware/request-context.js';
export { STATUS_BY_CODE } from './errors.js';
export { ApiError, isApiError, problem } from './problem.js';
export type { Problem, FieldError } from './problem.js';
export { openApiDocument } from './openapi.js';
export { createWorkerPool } from './worker-pool.js';
export type { WorkerPool, WorkerPoolOptions } from './worker-pool.js';
export { redact, redactDeep } from './redact.js';
export { givenKey } from './middleware/api-keys.js';
export type { AuthLimits, KeyCheck } from './middleware/api-keys.js';
export type { RawJob, ParsedJob, RouteName } from './work/job.js';
export type { OutputLimits } from './work/output.js';
export type { UrlPolicy } from './work/read-input.js';
export {
  SummaryResponseSchema,
  EmbedResponseSchema,
  ModelsResponseSchema,
  ProblemSchema,
  ReadyResponseSchema,
  ScoredSentenceSchema,
  SummaryMetaSchema,
  WarningSchema,
} from './response-schemas.js';
