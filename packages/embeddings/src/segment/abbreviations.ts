/**
 * Word lists of the boundary rules (boundary-rules.ts). All lower case, without the final period.
 */

/** Titles before a name that never end a sentence: "Dr. Smith", "Mrs. Jones". */
// biome-ignore format: a word list reads better packed
export const STRICT_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'revd', 'hon', 'fr']);

/**
 * Abbreviations that rarely end a sentence: no boundary after them unless a sentence opener
 * follows ("Apple Inc. The company", "on Elm St. The road", "Jane and co. They").
 */
// biome-ignore format: a word list reads better packed
export const NON_FINAL: ReadonlySet<string> = new Set([
  'st', 'mt', 'ft', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'maj',
  'adm', 'cmdr', 'comdr', 'brig', 'det', 'insp', 'supt', 'pres', 'vs', 'v', 'atty', 'asst', 'jr', 'sr', 'esq',
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'plc', 'llc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'blvd', 'rd', 'hwy', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'minn', 'neb', 'nebr',
  'okla', 'penn', 'tenn', 'tex', 'wis', 'wisc', 'wyo', 'mass', 'mich', 'nev', 'ala', 'ark', 'ill', 'ind', 'md', 'va', 'wash',
  'approx', 'etc', 'esp', 'viz', 'cf', 'ibid', 'resp', 'incl', 'dist', 'govt', 'intl', 'natl',
  'km', 'cm', 'mm', 'kg', 'mg', 'lb', 'lbs', 'oz', 'fl', 'mph', 'kmph', 'hr', 'hrs', 'sq', 'yds', 'yd', 'gal', 'pt', 'qt', 'tbsp', 'tsp',
]);

/**
 * Everyday words that are abbreviations before a number ("No. 10", "p. 5", "Fig. 3"), and
 * end a sentence before anything else.
 */
// biome-ignore format: a word list reads better packed
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'p', 'pp', 'vol', 'vols', 'fig', 'figs', 'art', 'arts', 'ch', 'chap', 'sec', 'secs', 'ed', 'eds', 'est',
  'min', 'mins', 'op', 'ref', 'ext', 'tel', 'ex', 'ad', 'ca', 'c', 'temp', 'bc', 'yr', 'yrs', 'wk', 'wks', 'para', 'eq', 'eqs', 'rs', 'nt',
]);

/** Multi-period abbreviations that never end a sentence: "e.g. The cat" is one sentence. */
// biome-ignore format: a word list reads better packed
export const NEVER_FINAL_ACRONYMS: ReadonlySet<string> = new Set(['e.g', 'i.e', 'cf', 'viz', 'et al']);

/**
 * Abbreviations written after a number or a name (times, degrees): a capitalised word after
 * them starts a sentence ("at 6 P.M. Mr. Smith left", "her Ph.D. Tom").
 */
// biome-ignore format: a word list reads better packed
export const POSTPOSITIVE: ReadonlySet<string> = new Set([
  'a.m', 'p.m', 'ph.d', 'm.d', 'b.a', 'm.a', 'b.sc', 'm.sc', 'm.b.a', 'd.phil', 'll.b', 'll.m', 'b.s', 'm.s', 'd.d.s', 'r.n',
]);

/**
 * Capitalised words that open sentences but are not names, so "X. <word>" is a boundary even
 * after an abbreviation, acronym or initial ("the U.S. Millions attended"). Common surnames
 * (Still, Little, Young...) are left out on purpose.
 */
// biome-ignore format: a word list reads better packed
export const OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'You', 'This', 'That', 'These', 'Those', 'There', 'Their',
  'His', 'Her', 'Its', 'Our', 'My', 'Your', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'After', 'Before', 'When',
  'While', 'If', 'As', 'For', 'With', 'However', 'Meanwhile', 'Although', 'Though', 'Because', 'Since', 'Now',
  'Then', 'Also', 'Some', 'Many', 'Most', 'Both', 'Each', 'Such', 'What', 'Why', 'How', 'Where', 'Which', 'Who',
  'Yes', 'No', 'Not', 'Under', 'During', 'According', 'Despite', 'Today', 'Yesterday', 'Earlier', 'Later',
  'Millions', 'Thousands', 'Hundreds', 'Dozens', 'Several', 'Few', 'All', 'Every', 'Other', 'Others', 'Another',
  'None', 'One', 'Two', 'Three', 'Officials', 'Police', 'People', 'Residents', 'Critics', 'Analysts', 'Experts',
  'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Can', 'Could', 'Will', 'Would', 'Should', 'Let', 'Please',
  'Here', 'Thus', 'Hence', 'Therefore', 'Instead', 'Yet', 'Even', 'Only', 'Last', 'Next', 'First',
]);
