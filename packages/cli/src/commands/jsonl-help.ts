/** The `--jsonl` part of `vecsum summarize --help`. */
export const JSONL_HELP = `Batch (--jsonl FILE|-):
  --jsonl FILE       one record per line: {"id", "text"} or {"id", "documents": [...]},
                     optionally with its own "budget" (e.g. {"sentences": 4}) that overrides
                     the budget flags for that record. Writes one {"id", "summary"} line per
                     record (summary sentences separated by newlines). A bad record never
                     stops the run: it gets {"id", "line", "error": {"code", "message"}} and
                     the run goes on; counts go to stderr at the end; exit 3 if any failed.
                     --explain, --format and --html do not apply (a usage error).
`;
