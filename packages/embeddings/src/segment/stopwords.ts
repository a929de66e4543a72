/**
 * A compact English stop-word list (159 function words: articles, pronouns, auxiliaries,
 * prepositions, conjunctions, common adverbs), already in ROUGE's token form: lower case, and
 * contractions split where ROUGE's tokenizer splits them (`don't` becomes `don` + `t`, so `don`
 * and `t` are listed).
 *
 * ROUGE-1.5.5 `-s` uses `smart_common_words.txt`, the SMART information-retrieval stop list
 * (571 entries, including many content-bearing adverbs and verbs such as "according", "actually",
 * "allow", "appear", "believe", "different", "next", "seem"). That list is not shipped here, so
 * ROUGE scores with stop-word removal differ from ROUGE-1.5.5 `-s`; to match it exactly, load the
 * SMART list yourself and pass it as the `stopwords` option. Stop-word removal is off by default
 * (as in ROUGE-1.5.5 and in every standard setting of this package).
 */
// biome-ignore format: a word list reads better packed
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'am', 'an', 'and', 'any', 'are',
  'aren', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both',
  'but', 'by', 'can', 'couldn', 'd', 'did', 'didn', 'do', 'does', 'doesn', 'doing', 'don', 'down',
  'during', 'each', 'few', 'for', 'from', 'further', 'had', 'hadn', 'has', 'hasn', 'have',
  'haven', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i',
  'if', 'in', 'into', 'is', 'isn', 'it', 'its', 'itself', 'just', 'll', 'm', 'me', 'mightn',
  'more', 'most', 'mustn', 'my', 'myself', 'needn', 'no', 'nor', 'not', 'now', 'o', 'of', 'off',
  'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 're',
  's', 'same', 'shan', 'she', 'should', 'shouldn', 'so', 'some', 'such', 't', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'until', 'up', 've', 'very', 'was', 'wasn', 'we',
  'were', 'weren', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will',
  'with', 'won', 'would', 'wouldn', 'y', 'you', 'your', 'yours', 'yourself', 'yourselves',
  'also', 'could', 'may', 'might', 'must', 'shall', 'upon',
]);
