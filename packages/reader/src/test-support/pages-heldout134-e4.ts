/** Held-out batch 134, file e4: the description sections and the notes of the GitLab issue of file e3. */
export const glSections: readonly (readonly [string, readonly string[], 'p' | 'ol' | 'ul', string?])[] = [
  [
    'Summary',
    [
      `Running <code>tidewater import --strict</code> on a CSV file exported from a spreadsheet program fails with an unknown column error
for the first column, even though the header looks correct. Without <code>--strict</code> the same file imports, but the first column
is silently dropped.`,
    ],
    'p',
  ],
  [
    'Steps to reproduce',
    [
      'Save any sheet as CSV from a spreadsheet program with the UTF-8 (with BOM) option.',
      'Run <code>tidewater import --strict stations.csv</code> on it.',
      'See the error in the next section.',
    ],
    'ol',
  ],
  [
    'What is the current bug behavior?',
    ['The import stops on the first header cell:'],
    'p',
    "Error: unknown column '\\ufeffstation_id' in stations.csv (line 1)",
  ],
  [
    'What is the expected correct behavior?',
    ['The byte order mark should be ignored, as the CSV readers in most other tools do, and the file should import with all of its columns.'],
    'p',
  ],
  ['Environment', ['tidewater-cli 2.7.1, installed with pipx', 'Python 3.12 on Debian 12', 'Also reproduced on macOS 14 by a colleague'], 'ul'],
  [
    'Possible fixes',
    [
      `Opening the file with the <code>utf-8-sig</code> encoding in <code>reader.py</code> would probably be enough, but I have not checked
whether the encoding option is used anywhere else.`,
    ],
    'p',
  ],
];
export interface GlNote {
  id: string;
  name: string;
  handle: string;
  ago: string;
  role?: string;
  system?: string;
  text?: readonly string[];
}
export const glNotes: readonly GlNote[] = [
  {
    id: '2318840',
    name: 'Declan Maher',
    handle: '@dmaher',
    ago: '2 weeks ago',
    system: 'added <span class="gl-label-text">bug</span> <span class="gl-label-text">import</span> labels',
  },
  {
    id: '2318902',
    name: 'Declan Maher',
    handle: '@dmaher',
    ago: '2 weeks ago',
    role: 'Maintainer',
    text: [
      `Thanks for the clear report, Hana. I can reproduce this on main. You are right about <code>utf-8-sig</code>, but the
<code>--encoding</code> option is passed straight through to the reader, so we also need to handle someone setting
<code>--encoding utf-8</code> explicitly.`,
      `I have marked this as a good first issue in case somebody wants to pick it up before the 2.8 release. The fix should come with a
test file that has a BOM.`,
    ],
  },
  {
    id: '2321477',
    name: 'Ruth Okonjo',
    handle: '@rokonjo',
    ago: '1 week ago',
    text: [
      `I would like to take this one. My plan is to strip a leading BOM from the first header cell after reading, whatever the encoding,
and add two fixtures, one with a BOM and one without. Does that sound right?`,
    ],
  },
  {
    id: '2321530',
    name: 'Declan Maher',
    handle: '@dmaher',
    ago: '1 week ago',
    role: 'Maintainer',
    text: ['Sounds good. Stripping after reading is simpler than juggling encodings. Assigned to you, thanks!'],
  },
  { id: '2321531', name: 'Declan Maher', handle: '@dmaher', ago: '1 week ago', system: 'assigned to <a href="/rokonjo">@rokonjo</a>' },
  { id: '2326019', name: 'Ruth Okonjo', handle: '@rokonjo', ago: '4 days ago', system: 'mentioned in merge request <a href="/-/merge_requests/418">!418</a>' },
  {
    id: '2326044',
    name: 'Ruth Okonjo',
    handle: '@rokonjo',
    ago: '4 days ago',
    text: ['Opened !418. The strict path passes with the new fixtures, and I added a line to the changelog under 2.8.'],
  },
  {
    id: '2327310',
    name: 'Hana Kowalczyk',
    handle: '@hkowalczyk',
    ago: '3 days ago',
    role: 'Author',
    text: ['Tested the branch against my original files and they all import now. Thank you both.'],
  },
];
