import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 47, file c2: a Google Issue Tracker issue as the browser holds it after the app has rendered (the app bar
 * with skip link, menu, logo, search and Sign in, the left nav, the component breadcrumb, "Issue N", the title, the +1 and
 * star buttons, the comments toolbar, history events with user chips and formatted times, the description in plain format
 * with attachments, markdown comments, field-change events, the Gerrit and release bots' comments, the metadata sidebar
 * with aria-labelled fields, the "Sign in to comment" box and the small footer).
 */
const gtTitle = 'WorkManager: periodic work with a flex interval runs twice after the device leaves Doze';
const gtDesc = [
  'Version used: 2.10.0',
  'Devices/Android versions reproduced on: Pixel 7 (Android 15), Galaxy A54 (Android 14)',
  'We schedule a PeriodicWorkRequest with a repeat interval of 6 hours and a flex interval of 1 hour to sync a small file. ' +
    'Since updating from 2.9.1 to 2.10.0, about one in five of our test devices runs the work twice within a few seconds when ' +
    'the device leaves Doze after a long idle period. Both runs have the same run attempt count and the same scheduled time ' +
    'in our logs.',
  'We use the default JobScheduler-based scheduler and have not set a custom WorkerFactory. Going back to 2.9.1 makes the ' +
    'problem go away on the same devices.',
  'A sample project that reproduces it on an emulator (force idle with dumpsys deviceidle, then step out of it) is attached, ' +
    'together with the jobscheduler dump from one affected device.',
];
type GtEvent = { n: number; who: string; when: string; iso: string; paras?: string[]; changes?: string[]; bot?: string[] };
const gtEvents: GtEvent[] = [
  {
    n: 2,
    who: 'ap...@google.com',
    when: 'Nov 19, 2024 02:13PM',
    iso: '2024-11-19T14:13:40Z',
    changes: ['Status: New → Assigned', 'Assignee: → ap...@google.com'],
    paras: [
      'Thanks for the report and the sample. We can reproduce this on an emulator running API 35. The work is enqueued both by ' +
        'the system job and by our alarm-based fallback, which is meant to run only when JobScheduler is unavailable. A check ' +
        'that prevented this was lost in the 2.10 refactoring.',
      'We are working on a fix and will update this issue when it lands.',
    ],
  },
  {
    n: 3,
    who: 'jo...@relaycloud.example',
    when: 'Nov 19, 2024 04:55PM',
    iso: '2024-11-19T16:55:02Z',
    paras: [
      'Thanks. Is there a workaround we can ship before the fix is released? We would rather not pin 2.9.1, because we need the ' +
        'foreground service fix that came with 2.10.',
    ],
  },
  {
    n: 4,
    who: 'ap...@google.com',
    when: 'Nov 20, 2024 10:02AM',
    iso: '2024-11-20T10:02:27Z',
    paras: [
      'Until the fix is out, you can make the worker idempotent for a given scheduled time, for example by storing the time of ' +
        'the last successful sync and returning early when it is less than the flex interval ago.',
      'Changing the ExistingPeriodicWorkPolicy does not help here, because both runs come from the same request.',
    ],
  },
  {
    n: 5,
    who: 'bu...@google.com',
    when: 'Dec 3, 2024 07:48PM',
    iso: '2024-12-03T19:48:55Z',
    bot: [
      'Project: platform/frameworks/support',
      'Branch: androidx-main',
      'Author: Aparna Pillai &lt;ap...@google.com&gt;',
      'Link: https://android-review.googlesource.com/3389127',
      'Do not start the alarm fallback when JobScheduler is available',
      'Expand for full commit details',
    ],
  },
  {
    n: 6,
    who: 'ap...@google.com',
    when: 'Dec 4, 2024 09:15AM',
    iso: '2024-12-04T09:15:31Z',
    changes: ['Status: Assigned → Fixed'],
    paras: [
      'The fix is merged in androidx-main and will ship in WorkManager 2.10.1. The sample project no longer runs the work twice ' +
        'with a snapshot build from the change above.',
    ],
  },
  {
    n: 7,
    who: 'pr...@google.com',
    when: 'Jan 15, 2025 06:02PM',
    iso: '2025-01-15T18:02:10Z',
    bot: ['The following release(s) address this bug:', 'androidx.work:work-runtime:2.10.1'],
  },
];
const gtHead = (who: string, num: string, when: string, iso: string) => `<div class="bv2-event-header">
<b-person-hovercard><b-user-display-name class="bv2-event-author">${who}</b-user-display-name></b-person-hovercard>
<span class="bv2-event-meta"><a class="bv2-event-number" href="/issues/378214455#comment${num === 'Description' ? 1 : num.slice(1)}">${num}</a
><b-formatted-date-time><time datetime="${iso}" title="${when} UTC">${when}</time></b-formatted-date-time></span></div>`;
const gtMd = (paras: string[]) =>
  '<b-formatted-comment-presenter><b-markdown-format-presenter class="markdown-content">' +
  `${paras.map((p) => `<p>${p}</p>`).join('')}</b-markdown-format-presenter></b-formatted-comment-presenter>`;
const gtPlain = (text: string) =>
  '<b-formatted-comment-presenter><b-plain-format-unquoted-section class="preformatted">' +
  `${text}</b-plain-format-unquoted-section></b-formatted-comment-presenter>`;
const gtEvent = (e: GtEvent) => `<b-history-event id="comment${e.n}" class="bv2-event${e.paras || e.bot ? '' : ' no-comment'}">
${gtHead(e.who, `#${e.n}`, e.when, e.iso)}
${(e.changes ?? []).map((c) => `<div class="bv2-field-change"><span class="field-name">${c.split(': ')[0]}:</span> ${c.split(': ')[1]}</div>`).join('\n')}
${e.paras ? gtMd(e.paras) : ''}${e.bot ? gtPlain(e.bot.join('\n\n')) : ''}
</b-history-event>`;
const gtFields = [
  ['Reporter', 'jo...@relaycloud.example'],
  ['Type', 'Bug'],
  ['Priority', 'P2'],
  ['Severity', 'S2'],
  ['Status', 'Fixed'],
  ['Assignee', 'ap...@google.com'],
  ['Verifier', '--'],
  ['Collaborators', '--'],
  ['CC', 'ap...@google.com, jo...@relaycloud.example'],
  ['Found In', '2.10.0'],
  ['Fixed In', '2.10.1'],
  ['Targeted To', '--'],
];
const gtNav = ['Home', 'Hotlists', 'Saved searches', 'Bookmark groups'];
const gtCrumbs = ['Android Public Tracker', 'App Development', 'Jetpack (androidx)', 'WorkManager'];
const gtField = ([k, v]: string[]) =>
  `<b-edit-field><div aria-label="${k} value is ${v}"><label>${k}</label><div class="field-value">${v}</div></div></b-edit-field>`;
const gtHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><base href="/">
<title>${gtTitle} [378214455] - Issue Tracker</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/x-icon" href="https://www.gstatic.com/buganizer/img/v0/favicon.ico">
<link rel="stylesheet" href="https://www.gstatic.com/_/buganizer/_/ss/k=buganizer.app.0JmW2vVtqXc.L.W.O/am=AAAAgA/d=1/rs=AH1dFq4">
<style>.bv2-event{border-bottom:1px solid #dadce0;padding:16px 0}.preformatted{white-space:pre-wrap;font-family:Roboto Mono,monospace}
.cdk-visually-hidden{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}</style>
<script nonce="a8Dn2q">window.BUGANIZER_BOOTSTRAP = {"trackerId": "192731", "signedIn": false, "experiments": [45617382, 45702214]};</script>
</head>
<body class="b-app mat-typography">
<app-root ng-version="19.2.1"><b-app-shell>
<header class="b-app-header" role="banner"><a class="skip-link cdk-visually-hidden" href="#main">Skip to main content</a>
<button class="mdc-icon-button" aria-label="Main menu"><span class="material-icons" aria-hidden="true">menu</span></button>
<a class="b-logo" href="/" aria-label="Issue Tracker home"><img src="https://www.gstatic.com/buganizer/img/v0/logo.svg" alt=""><span>Issue Tracker</span></a>
<b-search-bar><div class="search-box" role="search"><span class="material-icons" aria-hidden="true">search</span>
<input type="text" aria-label="Search issues" placeholder="Search"></div></b-search-bar>
<a class="mdc-button mdc-button--raised" href="https://accounts.google.com/ServiceLogin?service=buganizer"><span class="mdc-button__label">Sign in</span></a>
</header>
<nav class="b-left-nav" aria-label="Navigation"><ul>${gtNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`).join('')}</ul>
<div class="b-left-nav-footer"><a href="https://policies.google.com/privacy">Privacy</a> · <a href="https://policies.google.com/terms">Terms</a> ·
<button class="b-feedback">Send feedback</button></div></nav>
<main id="main" tabindex="-1"><b-issue-details-wrapper><div class="issue-details">
<div class="issue-header"><b-component-breadcrumb><nav aria-label="Component path">
${gtCrumbs.map((t) => `<a href="/components/192731">${t}</a>`).join('<span class="material-icons" aria-hidden="true">chevron_right</span>')}
</nav></b-component-breadcrumb>
<h2 class="issue-id">Issue 378214455</h2>
<b-issue-title><h1 class="issue-title">${gtTitle}</h1></b-issue-title>
<div class="issue-actions"><button class="vote-button" aria-label="Vote +1 for this issue"><span class="material-icons" aria-hidden="true">thumb_up</span>
<span>+1</span> <span class="vote-count">57</span></button>
<button class="star-button" aria-label="Star this issue"><span class="material-icons" aria-hidden="true">star_border</span></button>
<button class="copy-link" aria-label="Copy link"><span class="material-icons" aria-hidden="true">link</span></button></div></div>
<div class="issue-body"><div class="comments-pane" role="region" aria-label="Comments">
<div class="comments-toolbar"><span class="comments-title">Comments</span><button class="mdc-button">Hide all</button>
<button class="mdc-button" aria-label="Sort comments">Oldest first</button></div>
<b-history-event id="comment1" class="bv2-event">
${gtHead('jo...@relaycloud.example', 'Description', 'Nov 18, 2024 09:41AM', '2024-11-18T09:41:07Z')}
<b-formatted-comment-presenter><b-plain-format-unquoted-section class="preformatted">${gtDesc.slice(0, 2).join('\n')}

${gtDesc.slice(2).join('\n\n')}</b-plain-format-unquoted-section></b-formatted-comment-presenter>
<div class="attachments"><b-attachment-viewer><div><div>workmanager-double-run.zip</div><div>212 KB</div>
<a href="/action/issues/378214455/attachments/60911735?download=false">View</a>
<a href="/action/issues/378214455/attachments/60911735?download=true">Download</a></div></b-attachment-viewer>
<b-attachment-viewer><div><div>jobscheduler-dump.txt</div><div>48 KB</div>
<a href="/action/issues/378214455/attachments/60911736?download=false">View</a>
<a href="/action/issues/378214455/attachments/60911736?download=true">Download</a></div></b-attachment-viewer></div>
</b-history-event>
${gtEvents.map(gtEvent).join('\n')}
<div class="sign-in-to-comment"><a href="https://accounts.google.com/ServiceLogin?service=buganizer">Sign in to comment</a></div>
</div>
<aside class="issue-metadata" aria-label="Issue metadata">
${gtFields.map(gtField).join('\n')}
<b-list-field><div aria-label="Hotlists has 1 item"><label>Hotlists</label><b-hotlist-chip-smart><span class="name">
<a href="/hotlists/5473120">WorkManager-Triaged</a>
</span></b-hotlist-chip-smart></div></b-list-field>
<b-edit-field><div aria-label="Component value is WorkManager"><label>Component</label><div class="field-value">Android Public Tracker &gt; App Development &gt;
Jetpack (androidx) &gt; WorkManager</div></div></b-edit-field>
<div class="access-level"><label>Access</label><div>Default access</div></div>
</aside></div></div></b-issue-details-wrapper></main>
</b-app-shell></app-root>
<script nonce="a8Dn2q" src="https://www.gstatic.com/_/buganizer/_/js/k=buganizer.app.en.Xq1bF0J2.O/am=AAAAgA/d=1/rs=AH1dFq5/m=app" async></script>
</body></html>`;
export const googleIssue: TestPage = {
  html: gtHtml,
  name: 'heldout47-google-issue-tracker',
  kind: 'forum',
  // title: the h1 (the h2 "Issue 378214455" is furniture); no headings; body: the description (its two "Version used" and
  // "Devices" lines are the reporter's own answers: body) and the four human comments; bylines: the posters' masked e-mails
  // and the times of their comments and field changes; furniture: app bar, left nav with its footer, the breadcrumb, vote
  // and star buttons, the comments toolbar, the "Description" and "#N" labels, attachments, the field-change lines, the
  // Gerrit bot's and release bot's comments (names, times and texts: notices, not posts), "Sign in to comment" and the
  // sidebar fields; "+1", the labels "#2", "#6" and "#7", the field values "Bug", "Fixed", the versions and the
  // breadcrumb's "WorkManager" are words of the title or body: left out
  title: gtTitle,
  headings: [],
  body: [...gtDesc, ...gtEvents.flatMap((e) => texts(e.paras ?? []))],
  bylines: ['jo...@relaycloud.example', 'ap...@google.com', 'Nov 18, 2024 09:41AM', ...gtEvents.filter((e) => e.paras).map((e) => e.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Issue Tracker', 'Sign in', ...gtNav, 'Privacy', 'Terms', 'Send feedback', ...gtCrumbs.slice(0, 3), 'Issue 378214455',
    '57', 'Comments', 'Hide all', 'Oldest first', 'Description', '#3', '#4', '#5', 'workmanager-double-run.zip', '212 KB',
    'View', 'Download', 'jobscheduler-dump.txt', '48 KB', 'Status: New → Assigned', 'Assignee: → ap...@google.com', 'Status: Assigned → Fixed',
    'bu...@google.com', 'Dec 3, 2024 07:48PM', ...texts(gtEvents[3]!.bot!), 'pr...@google.com', 'Jan 15, 2025 06:02PM', ...gtEvents[5]!.bot!,
    'Sign in to comment', ...gtFields.map(([k]) => k!), 'P2', 'S2', '--', 'ap...@google.com, jo...@relaycloud.example',
    'WorkManager-Triaged', 'Component', 'Android Public Tracker > App Development > Jetpack (androidx) > WorkManager', 'Access',
    'Default access',
  ],
};
