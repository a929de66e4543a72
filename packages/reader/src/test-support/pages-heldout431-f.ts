import { links, ps, type TestPage, texts } from './page-kit.js';
import { phabricator } from './pages-heldout431-f2.js';
import { j } from './pages-heldout431-kit.js';

/**
 * Held-out batch 431, file f: an Issue Tracker page in the Chromium style (Angular app markup with _ngcontent attributes,
 * top bar with search and sign-in, the left navigation with saved views, the issue id and h1 title, the metadata panel with
 * reporter, type, priority, severity, status, assignee, component, OS, milestone, hotlists and "Found In", a short
 * description and three short comments, each with its author, date and field-change chips, and the footer). Its main text
 * is short on purpose; and, from file f2, a Phabricator Maniphest task.
 */
const cTitle = 'Tab search popup opens off-screen on a second display with a different scale factor';
const cDesc = [
  j(
    'Steps: attach a second display scaled at 150 % to the left of a primary display at 100 %, move a window to the second',
    'display, and press Ctrl+Shift+A.',
  ),
  'Expected: the tab search popup opens under the toolbar button.',
  j(
    'Actual: the popup opens about 600 pixels to the right of the window, partly on the primary display, and is clipped at the',
    'edge. Keyboard input still goes to it, so it works if you know where it is.',
  ),
  'Brisa version 131.0.6778.41 (Official Build), Windows 11 23H2.',
];
const cC1 = [
  j(
    'Reproduced on 131 and on the current Canary. The popup anchor is converted to screen coordinates with the scale factor of',
    'the primary display instead of the display that holds the window.',
  ),
];
const cC2 = [
  j(
    'The anchor calculation now asks the window for its own display before converting. The change also fixes the same offset',
    'for the profile menu, which used the same function. Landed in 132.0.6812.0.',
  ),
];
const cC3 = ['Verified on 132.0.6812.0 with the setup from the first report and with the displays swapped. Marking as verified.'];
const cNav = ['Home', 'Assigned to me', 'Starred by me', "CC'd to me", 'Reported by me', 'Hotlists', 'Bookmark groups', 'Saved searches'];
const cMeta = [
  ['Reporter', 'vallo.m@brisa-project.example'],
  ['Type', 'Bug'],
  ['Priority', 'P2'],
  ['Severity', 'S3'],
  ['Status', 'Verified'],
  ['Assignee', 'iria.castell@brisa-project.example'],
  ['Verifier', 'vallo.m@brisa-project.example'],
  ['CC', '3 people'],
  ['Component', 'UI > Browser > TabSearch'],
  ['OS', 'Windows'],
  ['Milestone', 'M132'],
  ['Found In', '131'],
  ['Hotlists', 'tab-search-polish'],
] as const;
const cComment = (n: number, who: string, when: string, paras: string[], chips = ''): string => `<div _ngcontent-ng-c2841 class="bv2-event
issue-event" id="comment${n}" data-comment-index="${n}"><div _ngcontent-ng-c2841 class="bv2-event-header"><span _ngcontent-ng-c2841
class="bv2-event-index">#${n}</span> <b-person-hovercard _ngcontent-ng-c2841><span class="bv2-event-author">${who}</span></b-person-hovercard>
<b-formatted-date-time _ngcontent-ng-c2841><time class="bv2-event-date">${when}</time></b-formatted-date-time></div>${chips}
<b-markdown-viewer _ngcontent-ng-c2841 class="bv2-event-body"><div class="markdown-body child">${ps(paras)}</div></b-markdown-viewer></div>`;
const cHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><base href="/"><title>${cTitle} [402281734] - Brisa Issue Tracker</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cTitle}">
<meta property="og:site_name" content="Brisa Issue Tracker"><meta name="description" content="Steps: attach a second display scaled at 150 %.">
<link rel="stylesheet" href="https://www.gstatic.example/buganizer/client/prod/styles.css"><style
ng-app-id="ng">.bv2-event[_ngcontent-ng-c2841]{padding:16px}</style>
<script nonce="b1x">window.BUGANIZER_CONFIG={"trackerId":"157","issueId":402281734,"signedIn":false,"experiments":["markdown_comments"]};</script>
</head><body class="mat-typography"><app-root ng-version="17.3.4"><b-app _nghost-ng-c1190><div class="cookie-bar" role="alertdialog"><span>This
site uses cookies from its host to deliver and enhance the quality of its services and to analyse traffic.</span><a href="/policies/technologies/cookies">Learn
more</a><button class="mdc-button">OK, got it</button></div>
<header _ngcontent-ng-c1190 class="bv2-header"><a class="bv2-logo" href="/">Brisa Issue Tracker</a><b-search-box><input aria-label="Search issues"
placeholder="Search issues"></b-search-box><a class="mdc-button" href="/signin">Sign in</a></header>
<nav _ngcontent-ng-c1190 class="bv2-side-nav" aria-label="Navigation"><ul>${links(cNav, 'bv2-nav-item')}</ul></nav>
<main _ngcontent-ng-c1190 class="bv2-main"><b-issue-details _nghost-ng-c2841><div _ngcontent-ng-c2841 class="bv2-issue-header"><a _ngcontent-ng-c2841
class="bv2-issue-id" href="/issues/402281734">402281734</a><button _ngcontent-ng-c2841 class="mdc-icon-button" aria-label="Star issue">star</button>
<h1 _ngcontent-ng-c2841 class="bv2-issue-title">${cTitle}</h1><div class="bv2-issue-actions"><a href="/issues/402281734/clone">Clone issue</a>
<a href="/issues/new">Create issue</a></div></div>
<div _ngcontent-ng-c2841 class="bv2-issue-body-layout"><section _ngcontent-ng-c2841 class="bv2-issue-events" aria-label="Comments">
<div class="bv2-event issue-event" id="comment1"><div class="bv2-event-header"><span class="bv2-event-index">Description</span> <span
class="bv2-event-author">vallo.m@brisa-project.example</span> <time class="bv2-event-date">Dec 9, 2025 10:47AM</time></div>
<b-markdown-viewer class="bv2-event-body"><div class="markdown-body child">${ps(cDesc)}</div></b-markdown-viewer></div>
${cComment(
  2,
  'iria.castell@brisa-project.example',
  'Dec 10, 2025 02:15PM',
  cC1,
  '<div class="bv2-chips"><span class="bv2-chip">Status: Assigned (was: New)</span></div>',
)}
${cComment(3, 'Git Watcher', 'Jan 6, 2026 09:02AM', cC2, '<div class="bv2-chips"><span class="bv2-chip">Status: Fixed (was: Assigned)</span></div>')}
${cComment(
  4,
  'vallo.m@brisa-project.example',
  'Jan 8, 2026 04:30PM',
  cC3,
  '<div class="bv2-chips"><span class="bv2-chip">Status: Verified (was: Fixed)</span></div>',
)}
<div class="bv2-signin-to-comment">Sign in to add a comment</div></section>
<aside _ngcontent-ng-c2841 class="bv2-issue-metadata" aria-label="Issue metadata"><h2 class="bv2-metadata-title">Issue details</h2>
${cMeta
  .map(
    ([k, v]) =>
      `<div class="bv2-metadata-field"><span class="bv2-metadata-label">${k}</span><span class="bv2-metadata-value">${v.replace(/>/g, '&gt;')}</span></div>`,
  )
  .join('\n')}
<div class="bv2-metadata-field"><span class="bv2-metadata-label">Blocking</span><span class="bv2-metadata-value">No blocking issues</span></div>
</aside></div></b-issue-details></main>
<footer class="bv2-footer"><a href="/policies/privacy">Privacy</a> <a href="/policies/terms">Terms</a> <a href="/help">Help</a> <a href="/feedback">Send
feedback</a></footer></b-app></app-root><script src="https://www.gstatic.example/buganizer/client/prod/main.js" type="module"></script></body></html>`;
const chromium: TestPage = {
  name: 'heldout431-issue-tracker-short-forum',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: texts([...cDesc, ...cC1, ...cC2, ...cC3]),
  bylines: [
    'vallo.m@brisa-project.example',
    'Dec 9, 2025 10:47AM',
    'iria.castell@brisa-project.example',
    'Dec 10, 2025 02:15PM',
    'Git Watcher',
    'Jan 6, 2026 09:02AM',
    'Jan 8, 2026 04:30PM',
  ],
  furniture: [
    'This site uses cookies from its host to deliver and enhance the quality of its services and to analyse traffic.',
    'Learn more',
    'OK, got it',
    'Brisa Issue Tracker',
    'Sign in',
    ...cNav,
    '402281734',
    'Clone issue',
    'Create issue',
    'Description',
    'Status: Assigned (was: New)',
    'Status: Fixed (was: Assigned)',
    'Status: Verified (was: Fixed)',
    'Sign in to add a comment',
    'Issue details',
    ...cMeta.map(([k]) => k).filter((k) => k.length > 2 && k !== 'Hotlists'),
    'UI > Browser > TabSearch',
    'M132',
    'tab-search-polish',
    '3 people',
    'Blocking',
    'No blocking issues',
    'Privacy',
    'Terms',
    'Help',
    'Send feedback',
  ],
};
export const HELDOUT431_F: readonly TestPage[] = [chromium, phabricator];
