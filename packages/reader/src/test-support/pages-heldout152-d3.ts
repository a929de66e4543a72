/**
 * Held-out batch 152, file d3: the texts of the GitHub pull request conversation in file d (the description with its
 * headings, list and benchmark table, the review bodies, the inline review thread, the comments), its furniture lists and
 * the small markup helpers (octicon, author link, relative-time, markdown heading) it shares.
 */
export const ghTitle = 'Fix quadratic backtracking when parsing nested emphasis';
export const ghH = ['Summary', 'Changes', 'Benchmarks', 'Notes'];
export const ghSummary = [
  'Parsing a line with many unmatched <code class="notranslate">*</code> or <code class="notranslate">_</code> delimiters takes quadratic ' +
    'time, because every closing delimiter scans back through the whole delimiter stack looking for an opener. A 20 KB line of ' +
    'asterisks takes about nine seconds on my laptop.',
  'This PR keeps an “openers bottom” position for each delimiter kind, the same idea the CommonMark reference implementation uses, ' +
    'so a search that has already failed is never repeated.',
];
export const ghChanges = [
  'Track the lowest stack position worth searching for each delimiter kind and run length modulo 3 in <code class="notranslate">DelimStack</code>.',
  'Move that position up after a failed search, and reset it only when a new opener of the same kind is pushed.',
  'Add a regression test built from the input attached to #1471, plus a few mixed-delimiter cases.',
];
export const ghTable = [
  ['20 KB of asterisks', '9.1 s', '4 ms'],
  ['20 KB of alternating * and _', '8.7 s', '6 ms'],
  ['README corpus (1,200 files)', '1.84 s', '1.81 s'],
];
export const ghNotes = [
  'No change to the output on the spec tests or on the README corpus. Fixes #1471.',
  'I have not touched link parsing, which has a similar pattern with brackets; happy to look at that in a follow-up if this approach is acceptable.',
];
export const ghReview1 = ['Thanks, this is a real improvement and the numbers look great. One problem with the reset logic, see inline.'];
export const ghInline = [
  'This resets every kind, not just the one that was pushed. With mixed <code class="notranslate">*</code> and <code class="notranslate">_</code> ' +
    'runs we go back to scanning from the bottom for the other kind, so the worst case is still quadratic. I think it needs to be indexed by kind here.',
];
export const ghInlineReply = ['Good catch. Fixed in 9a4b2f1, and the alternating case in the table above now covers it.'];
export const ghComment = [
  'I ran this branch against the fuzz corpus overnight: no new crashes, no output differences, and the slowest input went from 41 s to 0.2 s.',
];
export const ghReview2 = ['Looks good now. Thanks for adding the alternating-run test, that is the one I would have missed.'];

export const ghTop = [
  'Skip to content',
  'Navigation Menu',
  'Product',
  'Solutions',
  'Resources',
  'Open Source',
  'Enterprise',
  'Pricing',
  'Search or jump to...',
];
export const ghTopRight = ['Sign in', 'Appearance settings', 'Sign up'];
export const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
  'Dismiss alert',
];
export const ghRepo = ['tallowpine', 'quillmark', 'Public', 'Notifications', 'You must be signed in to change notification settings', 'Fork 212', 'Star 3.4k'];
export const ghTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '41'],
  ['Pull requests', '9'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
export const ghPrTabs: [string, string][] = [
  ['Conversation', '6'],
  ['Commits', '4'],
  ['Checks', '12'],
  ['Files changed', '7'],
];
export const ghCommits1: [string, string][] = [
  ['Add openers_bottom to DelimStack', '3e1f0a2'],
  ['Move the bottom up after a failed search', 'b71c9d4'],
  ['Add regression test for #1471', '0c5d8e7'],
];
export const ghCommits2: [string, string][] = [['Reset only the pushed delimiter kind', '9a4b2f1']];
export const ghSide = [
  'Reviewers',
  'Assignees',
  'No one assigned',
  'Labels',
  'performance',
  'parser',
  'Projects',
  'None yet',
  'Milestone',
  'v0.9.0',
  'Development',
  'Successfully merging this pull request may close these issues.',
  'Nested emphasis takes seconds on long lines of asterisks',
  '3 participants',
];
export const ghFoot = [
  '© 2025 GitHub, Inc.',
  'Terms',
  'Privacy',
  'Security',
  'Status',
  'Community',
  'Docs',
  'Contact',
  'Manage cookies',
  'Do not share my personal information',
];
export const ghBottom = ['Sign up for free', 'to join this conversation on GitHub.', 'Already have an account?', 'Sign in to comment'];

export const ghOct = (n: string): string => `<svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true"
class="octicon octicon-${n}"><path d="M1.5 3.25a2.25 2.25 0 1 1 3 2.122v5.256a2.251 2.251 0 1 1-1.5 0V5.372A2.25 2.25 0 0 1 1.5 3.25Z"></path></svg>`;
export const ghUser = (u: string): string => `<a class="author Link--primary text-bold css-overflow-wrap-anywhere" data-hovercard-type="user"
data-hovercard-url="/users/${u}/hovercard" href="/${u}">${u}</a>`;
export const ghTime = (d: string): string =>
  `<relative-time class="no-wrap" datetime="2025-09-${(d.match(/\d+/)?.[0] ?? '1').padStart(2, '0')}T10:00:00Z">${d}</relative-time>`;
export const ghHeading = (t: string): string => `<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${t}</h2>
<a id="user-content-${t.toLowerCase()}" class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase()}">${ghOct('link')}</a></div>`;
export const ghMerged =
  'merged commit <code><a href="/tallowpine/quillmark/commit/5d2e8c1" class="Link--primary text-bold">5d2e8c1</a></code> into tallowpine:main';
