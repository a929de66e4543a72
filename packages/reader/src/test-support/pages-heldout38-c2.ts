import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 38, file c2: a Mozilla Bugzilla (bugzilla.mozilla.org) bug on the modal bug view, seen logged out: the
 * global header with quick search, the summary bar (status, opened and closed ages), the field modules (Categories,
 * Tracking with its flag table, People, References, Details), the attachments table, the comment timeline with user
 * badges, "Description" and "Comment n" links, relative times, markdown comments, bot comments and the field-change
 * activity between them, the "log in" notice and the footer.
 */
const bzTitle = 'position: sticky table headers jitter while scrolling with a touchpad';
interface BzComment {
  n: number;
  who: string;
  badge?: string;
  age: string;
  full: string;
  html: string;
  body: string[];
  changes?: [string, string, string][];
}
const p = (ps: string[]): string => ps.map((x) => `<p>${x}</p>`).join('\n');
const c0a = ['User Agent: Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0', 'Steps to reproduce:'];
const c0l = [
  'Open any page with a long table whose header row uses position: sticky, for example the attached test case.',
  'Scroll down slowly with a two-finger gesture on a touchpad.',
];
const c0b = [
  'Actual results:',
  'The header row shakes up and down by one or two pixels while the page moves, and settles only when scrolling stops. ' +
    'With a mouse wheel it does not happen.',
  'Expected results:',
  'The header should stay fixed at the top of the table without moving, as it did in Firefox 142.',
];
const c1 = [
  'The Bugbug bot thinks this bug belongs in the Core::Panning and Zooming component and has moved it there. Please move it back if the bot got it wrong.',
];
const c2 = [
  'Thanks for the report. I can reproduce it on Linux with a touchpad but not on macOS. Could you capture a profile while ' +
    'the header is jittering, using the Graphics preset, and run mozregression to find when this started?',
];
const c3 = [
  'Here is a profile: https://share.firefox.dev/4kQz7Rm',
  'mozregression points to the autoland push that landed bug 1960001. The build just before it is smooth, the build with it jitters.',
];
const c4 = [
  'That range is very helpful, thank you. Bug 1960001 started rounding the sticky offset to device pixels on the main ' +
    'thread, while the compositor still applies the scroll in fractional layer pixels. On a touchpad the scroll deltas are ' +
    'fractional, so the two disagree by up to a pixel on each frame.',
  'The fix is to keep the offset in layer pixels until the final composite. I have a patch and will put it up for review today.',
];
const c5 = ['Created attachment 9512345', 'Bug 1987654 - Keep sticky offsets in layer pixels during async scrolling. r=jlindqvist'];
const c6 = [
  'Pushed by rkessler@example.com: https://hg.mozilla.org/integration/autoland/rev/3b9c0f2e7d41 Keep sticky offsets in ' +
    'layer pixels during async scrolling. r=jlindqvist',
];
const c7 = ['https://hg.mozilla.org/mozilla-central/rev/3b9c0f2e7d41'];
const bzComments: BzComment[] = [
  {
    n: 0,
    who: 'Anika Bremer',
    badge: 'Reporter',
    age: '2 months ago',
    full: '2025-09-08 14:03 PDT',
    html: `${p(c0a)}\n<ol>${c0l.map((l) => `<li>${l}</li>`).join('\n')}</ol>\n${p(c0b)}`,
    body: [...c0a, ...c0l, ...c0b],
  },
  {
    n: 1,
    who: 'BugBot [:suhaib / :marco / :calixte]',
    age: '2 months ago',
    full: '2025-09-08 14:34 PDT',
    html: p(c1),
    body: c1,
    changes: [['Component', 'Layout: Scrolling and Overflow', 'Panning and Zooming']],
  },
  {
    n: 2,
    who: 'Ravi Kessler [:rkessler]',
    age: '2 months ago',
    full: '2025-09-09 02:17 PDT',
    html: p(c2),
    body: c2,
    changes: [
      ['Status', 'UNCONFIRMED', 'NEW'],
      ['Ever confirmed', '', 'true'],
      ['Flags', '', 'needinfo?(anika.bremer)'],
    ],
  },
  {
    n: 3,
    who: 'Anika Bremer',
    badge: 'Reporter',
    age: '2 months ago',
    full: '2025-09-10 11:48 PDT',
    html: `<p>Here is a profile: <a href="https://share.firefox.dev/4kQz7Rm">https://share.firefox.dev/4kQz7Rm</a></p>\n${p(c3.slice(1))}`,
    body: c3,
    changes: [['Flags', 'needinfo?(anika.bremer)', '']],
  },
  {
    n: 4,
    who: 'Ravi Kessler [:rkessler]',
    badge: 'Assignee',
    age: '2 months ago',
    full: '2025-09-11 06:30 PDT',
    html: p(c4),
    body: c4,
    changes: [
      ['Assignee', 'nobody', 'rkessler'],
      ['Status', 'NEW', 'ASSIGNED'],
      ['Keywords', '', 'regression'],
      ['Regressed by', '', '1960001'],
    ],
  },
  { n: 5, who: 'Ravi Kessler [:rkessler]', badge: 'Assignee', age: '17 days ago', full: '2025-10-24 08:02 PDT', html: p(c5), body: c5 },
  { n: 6, who: 'Pulsebot', age: '16 days ago', full: '2025-10-25 01:15 PDT', html: p(c6), body: c6 },
  {
    n: 7,
    who: 'Norbert Farkas [:nfarkas]',
    age: '16 days ago',
    full: '2025-10-25 09:47 PDT',
    html: `<p><a href="${c7[0]}">${c7[0]}</a></p>`,
    body: c7,
    changes: [
      ['Status', 'ASSIGNED', 'RESOLVED'],
      ['Resolution', '---', 'FIXED'],
      ['Target Milestone', '---', '146 Branch'],
    ],
  },
];
const bzComment = (c: BzComment): string => `<div class="change-set" id="c${c.n}"><div class="comment" data-id="${17120000 + c.n}" data-no="${c.n}">
<div class="comment-header"><div class="comment-author"><div class="vcard vcard_${812340 + c.n}"><img
src="https://secure.gravatar.com/avatar/${c.n}f3a?d=mm&amp;size=64"
class="gravatar" width="32" height="32" alt=""><a class="email" href="/user_profile?user_id=${812340 + c.n}" title="${c.who}"><span
class="fna">${c.who}</span></a></div>${
  c.badge ? ` <span class="user-badge user-badge-${c.badge.toLowerCase()}">${c.badge}</span>` : ''
}</div><div class="comment-meta"><span class="comment-number"><a href="/show_bug.cgi?id=1987654#c${c.n}">${
  c.n === 0
    ? 'Description'
    : `Comment
${c.n}`
}</a></span>
<span class="separator">•</span> <span class="change-time rel-time" title="${c.full}" data-time="${1757365380 + c.n * 86400}">${c.age}</span></div>
<div class="comment-actions"><button type="button" class="comment-spinner minor" aria-label="Collapse">-</button></div></div>
<div class="comment-text markdown-body" id="ct-${c.n}" data-comment-id="${17120000 + c.n}" data-ismarkdown="true">
${c.html}
</div></div>${
  c.changes
    ? `<div class="activity">${c.changes
        .map(
          ([f, a, b]) =>
            `<div class="change"><span class="change-name">${f}:</span> <span class="change-removed">${a}</span> → <span
class="change-added">${b}</span></div>`,
        )
        .join('')}</div>`
    : ''
}</div>`;
const bzFields = (mod: string, rows: [string, string][]): string =>
  `<div class="module" id="module-${mod.toLowerCase()}"><div class="module-header"><div class="module-latch" data-label-expanded="Collapse ${mod} section"` +
  ` data-label-collapsed="Expand ${mod} section" tabindex="0" role="button" aria-expanded="true"><div class="module-spinner"></div><h2
class="module-title">${mod}</h2>` +
  `</div></div><div class="module-content">${rows
    .map(([k, v]) => `<div class="field"><div class="name">${k}:</div><div class="value">${v}</div></div>`)
    .join('\n')}</div></div>`;
const bzRows: Record<string, [string, string][]> = {
  Categories: [
    ['Product', 'Core ▾'],
    ['Component', 'Panning and Zooming ▾'],
    ['Type', 'defect'],
    ['Priority', 'P2'],
    ['Severity', 'S3'],
  ],
  Tracking: [
    ['Status', 'RESOLVED FIXED'],
    ['Milestone', '146 Branch'],
    ['Tracking Status', 'firefox144 wontfix, firefox145 wontfix, firefox146 fixed'],
  ],
  People: [
    ['Assignee', 'Ravi Kessler [:rkessler]'],
    ['Reporter', 'Anika Bremer'],
    ['Triage Owner', 'Lena Hofstad [:lhofstad]'],
    ['CC', '6 people'],
  ],
  References: [
    ['Regressed by', 'Bug 1960001'],
    ['See Also', 'Bug 1971230'],
  ],
  Details: [
    ['Keywords', 'regression'],
    ['Whiteboard', '[apz]'],
    ['Has Regression Range', 'yes'],
    ['Has STR', 'yes'],
  ],
};
const bzFoot = ['Privacy', 'Cookies', 'Legal', 'Report a bug with bugzilla.mozilla.org', 'Bugzilla Etiquette', 'Participation Guidelines'];
const bzHtml = `<!DOCTYPE html>
<html lang="en"><head><title>1987654 - ${bzTitle}</title><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Bugzilla 20251103.2"><link href="/static/v20251103.2/skins/standard/global.css" rel="stylesheet" type="text/css">
<link href="/static/v20251103.2/extensions/BugModal/web/bug_modal.css" rel="stylesheet" type="text/css">
<script nonce="Kf83nWq">BUGZILLA = { "param": { "maxattachmentsize": 10240 }, "user": { "login": "", "is_new": false }, "bug_id": 1987654 };</script>
<script src="/static/v20251103.2/js/global.js" nonce="Kf83nWq"></script></head>
<body class="bugzilla-mozilla-org skin-standard bug_modal yui-skin-sam"><div id="wrapper">
<header id="header" role="banner" aria-label="Global Header"><div class="inner"><button type="button" class="iconic ghost" id="open-menu-drawer"
aria-label="Open Site Menu"><span class="icon" aria-hidden="true" data-icon="menu"></span></button><h1 id="header-title" class="title" role="heading"
aria-level="1">
<a href="/home" title="Go to home page"><span aria-label="Go to Bugzilla Home Page">Bugzilla</span></a></h1>
<form id="header-search" class="quicksearch" action="/buglist.cgi" data-no-csrf role="search"><input id="quicksearch_top" type="search" name="quicksearch"
placeholder="Search Bugs" aria-label="Search Bugs"><button type="submit" class="iconic ghost" aria-label="Search"><span class="icon"
data-icon="search"></span></button></form>
<nav id="header-nav" aria-label="Site Links"><ul class="links"><li><a class="icon" href="/describecomponents.cgi" data-icon="category">Browse</a></li>
<li><a class="icon" href="/query.cgi" data-icon="pageview">Advanced Search</a></li><li><a class="icon" href="/enter_bug.cgi" data-icon="add_box">New
Bug</a></li></ul>
<ul class="account"><li><a id="login-link" href="/show_bug.cgi?id=1987654&amp;GoAheadAndLogIn=1">Log In</a></li></ul></nav></div></header>
<main id="bugzilla-body" tabindex="-1"><div id="main-inner">
<div role="toolbar" id="page-toolbar" aria-label="Bug 1987654 Actions"><div class="dropdown"><button type="button" id="action-menu-btn"
class="dropdown-button minor"
aria-label="More Actions" aria-expanded="false" aria-haspopup="true">…</button><ul class="dropdown-content" id="action-menu" role="menu" style="display:none">
<li role="presentation"><a id="action-copy-summary" role="menuitem" tabindex="-1">Copy Summary</a></li><li role="presentation"><a id="action-copy-markdown"
role="menuitem"
tabindex="-1">Copy Markdown</a></li><li role="presentation"><a href="/show_activity.cgi?id=1987654" role="menuitem" tabindex="-1">View Bug
History</a></li></ul></div></div>
<div id="summary-container"><div id="field-value-bug_id"><span class="bug-status-label">Closed</span> <a href="/show_bug.cgi?id=1987654">Bug 1987654</a>
<span class="bug-time-label">Opened <span class="rel-time" title="2025-09-08 14:03 PDT">2 months ago</span></span> <span class="bug-time-label">Closed
<span class="rel-time" title="2025-10-25 09:47 PDT">16 days ago</span></span></div><h1 id="field-value-short_desc" class="field-value">${bzTitle}</h1></div>
<div id="bug-modal-top">${Object.entries(bzRows)
  .map(([k, v]) => bzFields(k, v))
  .join('\n')}</div>
<div class="module" id="module-attachments"><div class="module-header"><h2 class="module-title">Attachments</h2><span class="module-subtitle">(1
file)</span></div>
<div class="module-content"><table id="attachments"><tr class="attach-desc-row"><td class="attach-desc"><a href="/attachment.cgi?id=9512345">Bug 1987654 -
Keep sticky
offsets in layer pixels during async scrolling. r=jlindqvist</a></td><td class="attach-author">Ravi Kessler [:rkessler]</td><td class="attach-time">17 days
ago</td>
<td class="attach-info">phabricator-D265432 | text/x-phabricator-request</td><td class="attach-actions"><a
href="/attachment.cgi?id=9512345&amp;action=edit">Details</a></td>
</tr></table></div></div>
<div id="module-bottom-links"><a href="#" id="top-btn" class="bottom-link">Top ↑</a> <a href="#c7" class="bottom-link">Bottom ↓</a>
<a href="/show_activity.cgi?id=1987654" class="bottom-link">History</a></div>
<div class="comments" id="comments">
${bzComments.map(bzComment).join('\n')}
</div>
<div id="new-comment-actions"><p class="login-notice">You need to <a href="/show_bug.cgi?id=1987654&amp;GoAheadAndLogIn=1">log in</a> before you can comment on
or make changes to this bug.</p></div></div></main>
<footer id="footer"><div class="inner"><ul class="links">${bzFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></footer></div>
<script nonce="Kf83nWq">$(function() { bugzilla_ajax_bug_modal_init(); });</script></body></html>`;
const flatChanges = bzComments.flatMap((c) => c.changes ?? []);
export const bugzillaBug: TestPage = {
  html: bzHtml,
  name: 'heldout38-bugzilla-bug',
  kind: 'forum',
  // every comment is body, the description's form-made lines too ("User Agent: ...", "Steps to reproduce:", "Actual results:"
  // and "Expected results:" are paragraphs of the comment as posted, not headings), and the bot comments (BugBot's move
  // notice, the attachment and push notices, the sheriff's landing link) as on any issue tracker; commenters' names and
  // the comment ages are bylines, and so are the reporter in the People module and the summary bar's "Opened" and "Closed"
  // ages; the field modules (assignee, triage owner, flags, the tracking table), the attachments table, the "Reporter" and
  // "Assignee" badges, "Description"/"Comment n" links, the field-change activity lines, the toolbar, header, bottom links,
  // login notice and footer are furniture; the attachment's title repeats comment 5 (in neither); the short values and labels
  // that are words of the body ("Core ▾", "Component:", "Top ↑", "Bug 1960001", "regression", "NEW", "FIXED"...) are left out
  title: bzTitle,
  headings: [],
  body: bzComments.flatMap((c) => texts(c.body)),
  bylines: [...new Set(bzComments.map((c) => c.who)), '2 months ago', '17 days ago', '16 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bugzilla', 'Browse', 'Advanced Search', 'New Bug', 'Log In', 'Copy Summary', 'Copy Markdown', 'View Bug History', 'Closed',
    'Opened', ...Object.keys(bzRows),
    ...[...new Set([...Object.values(bzRows).flat(), ...flatChanges].map(([k]) => `${k}:`))].filter((k) => k !== 'Component:'), 'defect',
    'P2', 'S3', 'RESOLVED FIXED', '146 Branch', 'firefox144 wontfix, firefox145 wontfix, firefox146 fixed', 'Lena Hofstad [:lhofstad]', '6 people',
    'Bug 1971230', '[apz]', 'yes', 'Attachments', '(1 file)', 'phabricator-D265432 | text/x-phabricator-request', 'Details',
    'Bottom ↓', 'History', 'Reporter', 'Assignee', 'Description', ...bzComments.slice(1).map((c) => `Comment ${c.n}`),
    'Layout: Scrolling and Overflow', 'UNCONFIRMED', 'true', 'needinfo?(anika.bremer)', 'nobody', 'ASSIGNED', 'RESOLVED', '---',
    'You need to log in before you can comment on or make changes to this bug.', ...bzFoot,
  ],
};
