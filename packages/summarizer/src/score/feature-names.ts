/**
 * The scorer's features, each a property of one sentence that a reader can check by hand.
 * All but `position` are standardized among the candidates of the input (mean 0, standard
 * deviation 1), so a weight means the same on a tweet thread and on a report.
 */
export const FEATURES = ['cosine', 'rest', 'position', 'wordOverlap', 'frequency', 'length'] as const;
export type Feature = (typeof FEATURES)[number];

/** Plain words for each feature, as the explanations say them. */
export const FEATURE_TEXT: Readonly<Record<Feature, string>> = {
  cosine: 'closeness to the whole text',
  rest: 'closeness to the rest of the text',
  position: 'early position',
  wordOverlap: 'shares words with many sentences',
  frequency: "uses the text's frequent words",
  length: 'length',
};
