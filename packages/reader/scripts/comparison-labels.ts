/**
 * The label of a blind batch in the extractor comparison (comparison-sets-26.ts on): where its pages came from and its first
 * measurement, taken once on the rules of its time with the learned model of session 25 and its doubtful lines, then its use.
 */
export const blindFirstSight =
  (session: number, defaultRound: number) =>
  (batch: number, what: string, rules: string, model: string, use: string, round = defaultRound): string =>
    `pages of batch ${batch} (${what}), written blind in session ${session}, measured once on the rules of round ${round}: ${rules}; ` +
    `with the learned model of session 25 and its doubtful lines: ${model}; ${use}`;
