/**
 * Held-out batch 146, file e3: the question, answer, comment and bounty texts of the Stack Overflow page in file e2.
 */
export const soTitle = 'How can I keep leading zeros when read_csv infers column types, without listing every column?';
export const soQ = [
  'I load CSV exports from a supplier with <code>pd.read_csv</code>. Some columns hold codes like <code>00412</code> that must stay as ' +
    'text, but pandas reads them as integers and the zeros disappear.',
  'The obvious fix is <code>dtype={"part_no": str}</code>, but the files have between 40 and 120 columns, the names change from one ' +
    'supplier to the next, and I do not know in advance which ones hold codes. Reading everything as <code>str</code> works, but then ' +
    'I have to convert the real numbers back by hand.',
  'Is there a way to tell pandas to keep any column whose values start with a zero as text, while still inferring types for the rest?',
];
export const soQCode = `df = pd.read_csv(path)
print(df["part_no"].head(3))
# 0     412
# 1    9031
# 2      77`;
export type SoComment = { text: string; user: string; date: string; score: string };
export const soQComments: SoComment[] = [
  {
    text: 'How big are the files? If they fit in memory twice, reading once as str and then converting is the simplest thing that works.',
    user: 'Ilse Brandt',
    date: 'Oct 28 at 9:14',
    score: '',
  },
  { text: '@IlseBrandt up to about 2 GB each, so reading twice is possible but slow.', user: 'olivia_k', date: 'Oct 28 at 9:31', score: '' },
  {
    text: 'Do the code columns ever contain a value without a leading zero, like 412 next to 00412? That changes the answer quite a bit.',
    user: 'm.tarek',
    date: 'Oct 28 at 11:02',
    score: '2',
  },
];
export const soBounty: readonly [string, string, string] = [
  'The bounty expires in 4 days. Answers to this question are eligible for a +100 reputation bounty.',
  'olivia_k wants to draw more attention to this question:',
  'The current answer reads a sample first. I am looking for something that works in a single pass on large files, or an ' +
    'explanation of why that is not possible.',
];
export const soA = [
  'There is no option in <code>read_csv</code> that looks at the values for leading zeros, but you can get close by reading a small ' +
    'sample first and building the <code>dtype</code> mapping from it:',
  'The sample is read as text, so nothing is lost yet. Any column where at least one value starts with a zero followed by another ' +
    'digit is treated as a code; everything else is left to the usual inference.',
  'Two caveats. A column whose first zero-padded value appears after the sample will still be converted, so choose <code>nrows</code> ' +
    'with your data in mind. And <code>0.5</code> does not match the pattern, which is what you want for real decimals.',
  'A true single pass is not possible with the C parser, because it decides each column’s type chunk by chunk and cannot go back ' +
    'once a chunk has been converted. If the sample approach is not safe enough, reading as <code>str</code> and converting with ' +
    '<code>pd.to_numeric</code> afterwards is the reliable option.',
];
export const soACode = `sample = pd.read_csv(path, dtype=str, nrows=5000)
has_zero = sample.apply(lambda s: s.str.match(r"0\\d").any())
codes = {c: str for c in sample.columns[has_zero]}
df = pd.read_csv(path, dtype=codes)`;
export const soAComments: SoComment[] = [
  {
    text: 'This is close, thanks. The sample size caveat is what worries me, since the supplier sorts the files by date rather than by code.',
    user: 'olivia_k',
    date: 'Oct 30 at 16:40',
    score: '',
  },
  {
    text:
      'In that case pass <code>skiprows</code> a callable that keeps a random one row in fifty instead of using <code>nrows</code>, ' +
      'so the sample covers the whole file.',
    user: 'Dmitri Okafor',
    date: 'Oct 30 at 17:05',
    score: '3',
  },
];
export const soNav = ['Home', 'Questions', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies'];
export const soTop = ['About', 'Products', 'For Teams'];
export const soCollectives = ['Collectives', 'Communities for your favorite technologies.', 'Explore all Collectives'];
export const soTags = ['python', 'pandas', 'csv', 'dtype'];
export const soBlog = ['Why internal tools outlive the teams that build them', 'A year of answering questions in two languages'];
export const soMeta = ['Changes to the close reasons for duplicate questions', 'Community asks sprint: help us tidy old tags'];
export const soLinked = ['Pandas read_csv dtype read all columns but few as string'];
export const soRelated = [
  'Keep leading zeros when writing a DataFrame to Excel',
  'read_csv converters versus dtype: which runs first?',
  'Infer dtypes from a sample of a large CSV file',
];
export const soHot = [
  'Is it safe to run two package managers on the same machine?',
  'What does the second number on a bicycle tyre mean?',
  'Why is my sourdough dense only when it is cold outside?',
];
export const soFootSO = ['Questions', 'Help', 'Chat'];
export const soFootProducts = ['Teams', 'Advertising', 'Talent'];
export const soFootCompany = ['About', 'Press', 'Work Here', 'Legal', 'Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy'];
export const soFootNetwork = ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data'];
export const soCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.3.36712';
export const soCookie =
  'By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in ' +
  'accordance with our Cookie Policy.';
