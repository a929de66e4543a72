import type { SePost } from './pages-heldout119-se.js';

/**
 * Held-out batch 119, file c4: the posts, comments and side texts of the Stack Overflow page of file c2.
 */
export const soTitle = 'pandas groupby silently drops rows where the key is NaN';
const code = (lang: string, s: string): string => `<pre class="lang-${lang} s-code-block"><code class="hljs language-${lang}">${s}</code></pre>`;
export const soQ = [
  'I’m grouping a DataFrame of sensor readings by a <code>station</code> column and summing the values. Some rows have no station (the value ' +
    'is <code>NaN</code>), and I expected them to show up as their own group. Instead they disappear from the result and the totals don’t add up.',
  'The sum of <code>reading</code> in <code>df</code> is 42.5, but the grouped totals only add up to 30.0. Is this a bug? How do I keep the rows ' +
    'with a missing key without filling them with a made-up station name?',
  'I’m on pandas 2.2.3 and Python 3.12.',
];
export const soQCode = code(
  'python',
  `import pandas as pd
import numpy as np

df = pd.DataFrame({"station": ["north", "south", np.nan, "north", np.nan],
                   "reading": [10.0, 12.5, 7.0, 7.5, 5.5]})
print(df.groupby("station")["reading"].sum())`,
);
export const soA1 = [
  'This is intended. By default <code>groupby</code> leaves out missing keys, because <code>NaN</code> is not equal to itself and so cannot ' +
    'be matched to a group in the usual way. Since pandas 1.1 you can turn this off with <code>dropna=False</code>:',
  'The missing station now appears as a group with a <code>NaN</code> label, and the totals match the column sum again.',
  'Two things to watch for:',
];
export const soA1List = [
  'If you group by several columns, a row is dropped when any of its keys is missing, unless you pass <code>dropna=False</code>.',
  'With a categorical key, <code>dropna=False</code> adds the missing group after all the categories, so sort the result explicitly if the order matters.',
];
export const soA2 = [
  'If you are stuck on a version older than 1.1, the usual workaround is to fill the key with a sentinel value before grouping and turn it back afterwards:',
  'It’s clumsy, and you have to pick a sentinel that can never appear in the real data, so upgrade if you possibly can.',
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
export const question: SePost = {
  id: 77123450,
  score: '23',
  user: 'Marek Halloran',
  rep: '1,204',
  badges: [0, 3, 11],
  date: 'Feb 11, 2023 at 9:14',
  edited: 'Feb 11, 2023 at 10:02',
  tags: ['python', 'pandas', 'group-by', 'nan'],
  body: `${ps(soQ.slice(0, 1))}\n${soQCode}\n${ps(soQ.slice(1))}`,
  comments: [
    {
      id: 133550011,
      score: '3',
      user: 'Priya Sandhu',
      date: 'Feb 11, 2023 at 9:20',
      text: 'Not a bug, it’s documented behaviour. Look at the dropna argument of groupby.',
    },
    { id: 133550187, user: 'Marek Halloran', date: 'Feb 11, 2023 at 9:31', text: '@PriyaSandhu thanks, I had no idea that argument existed.' },
  ],
};
export const answer1: SePost = {
  id: 77123991,
  score: '41',
  user: 'Johan Eklund',
  rep: '58.2k',
  badges: [9, 61, 102],
  date: 'Feb 11, 2023 at 9:41',
  accepted: true,
  edited: 'Jun 2, 2025 at 13:40',
  editor: 'Priya Sandhu',
  body: `${ps(soA1.slice(0, 1))}\n${code('python', 'df.groupby("station", dropna=False)["reading"].sum()')}\n${ps(soA1.slice(1))}
<ul>${soA1List.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
  comments: [
    { id: 133551020, score: '2', user: 'Marek Halloran', date: 'Feb 11, 2023 at 9:58', text: 'This is exactly it, thanks. Works on 2.2.3.' },
    {
      id: 133551377,
      score: '5',
      user: 'Priya Sandhu',
      date: 'Feb 11, 2023 at 10:12',
      text: 'Worth adding that value_counts has the same default, for the same reason.',
    },
  ],
};
export const answer2: SePost = {
  id: 77124410,
  score: '6',
  user: 'dev_okonkwo',
  rep: '2,118',
  badges: [0, 1, 14],
  date: 'Feb 11, 2023 at 11:05',
  body: `${ps(soA2.slice(0, 1))}\n${code(
    'python',
    `key = df["station"].fillna("__missing__")
totals = df.groupby(key)["reading"].sum().rename(index={"__missing__": np.nan})`,
  )}\n${ps(soA2.slice(1))}`,
  comments: [],
};
export const soNav = ['Home', 'Questions', 'Tags', 'Challenges', 'Chat', 'Articles', 'Users', 'Companies', 'Collectives'];
export const soTeams = ['Teams', 'Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const soProducts = [
  'Stack Overflow for Teams',
  'Where developers &amp; technologists share private knowledge with coworkers',
  'Advertising',
  'Reach devs &amp; technologists worldwide about your product, service or employer brand',
  'Knowledge Solutions',
  'Data licensing offering for businesses to build and improve AI tools and models',
  'Labs',
  'The future of collective knowledge sharing',
  'About the company',
  'Visit the blog',
];
export const soBlog = ['The Overflow Blog', 'How a small team rebuilt its data pipeline in a weekend', 'Podcast: the quiet work of maintaining open source'];
export const soMeta = ['Featured on Meta', 'Changes to the moderation queue for new users', 'Results of the community survey on comment voting'];
export const soRelated = [
  ['1843', 'How do I select rows from a DataFrame based on column values?'],
  ['212', 'Pandas groupby with NaN values in the key'],
  ['97', 'How to count missing values per group in pandas'],
  ['34', 'Why does value_counts ignore NaN by default?'],
];
export const soHot = [
  'Is it safe to store cast iron pans with a thin coat of oil?',
  'Why did early modems use audio tones instead of raw voltages?',
  'How do I cite a dataset that has no listed author?',
  'Can a spell with a range of self target an object I am holding?',
];
export const soFootCols: [string, string[]][] = [
  ['Stack Overflow', ['Questions', 'Help', 'Chat']],
  ['Products', ['Teams', 'Advertising', 'Talent']],
  ['Company', ['About', 'Press', 'Work Here', 'Legal', 'Privacy Policy', 'Terms of Service', 'Contact Us', 'Cookie Settings', 'Cookie Policy']],
  ['Stack Exchange Network', ['Technology', 'Culture &amp; recreation', 'Life &amp; arts', 'Science', 'Professional', 'Business', 'API', 'Data']],
];
export const soSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const soCopy = 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA . rev 2025.11.3.36812';
