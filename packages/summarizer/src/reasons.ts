/** Browser-safe subpath: reason descriptions only, no Node or model code. */
export { describeReason, REASON_TEXT, FACTOR_TEXT } from './explain/describe-reason.js';
export { describeWarning, WARNING_TEXT } from './explain/warnings.js';
