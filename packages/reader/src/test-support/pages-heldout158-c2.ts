import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 158, file c2: a GitLab merge request's Overview tab as a signed-out visitor sees it (the top bar, the
 * project sidebar, breadcrumbs, the status badge and "requested to merge" line, the tabs with counts, the description, the
 * merge widget with pipeline and approvals, system notes, resolvable discussion threads with replies, award emoji and the
 * "Please register or sign in to reply" line, the right sidebar with assignee, reviewers, labels and milestone).
 */
const glTitle = 'Draft: Retry object uploads with exponential backoff';
const glDesc = [
  'Uploads of build artifacts to the object store fail a few times a day with a 503 from the storage gateway, and the whole job ' +
    'fails with them. This change wraps the upload in a retry with exponential backoff and jitter, up to five attempts.',
  'Closes #1312. The retry logic lives in the uploader, not in the job runner, so other callers of the uploader (cache archives ' +
    'and test reports) get the same behaviour without further changes.',
];
const glHeads = ['What does this MR do?', 'How to test'];
const glList = [
  'Adds a <code>RetryPolicy</code> with base delay, maximum delay and attempt limit, read from the runner config.',
  'Retries only on 429, 500, 502, 503 and 504, and on connection resets. Client errors fail at once as before.',
  'Logs each retry at warn level with the attempt number and the delay.',
];
const glTest = [
  'Run the new integration test with the fake gateway, which returns 503 for the first two requests and then succeeds. The job ' +
    'should pass and the log should show two retries.',
];
const glNotes: [string, string, string, string[]][] = [
  [
    'Hedda Marsh',
    '@hmarsh',
    '2 days ago',
    [
      'Should the maximum delay be capped lower? With five attempts and a 30 second cap, a job could sit for almost two minutes ' +
        'before failing, which is longer than some of our short jobs take in total.',
    ],
  ],
  [
    'Joaquín Beltrán',
    '@jbeltran',
    '2 days ago',
    ['Good point. I lowered the cap to 10 seconds and made it configurable, so teams with long uploads can raise it. Worst case is ' + 'now about 25 seconds.'],
  ],
  ['Hedda Marsh', '@hmarsh', '1 day ago', ['Thanks, that works for me. Resolving.']],
  [
    'Ilse Vantongeren',
    '@ivantongeren',
    '1 day ago',
    [
      'Could we add a metric for the number of retries? It would tell us whether the gateway is getting worse over time, rather than ' +
        'hiding it behind successful jobs.',
    ],
  ],
  ['Joaquín Beltrán', '@jbeltran', '5 hours ago', ['Added <code>artifact_upload_retries_total</code> with the status code as a label.']],
  [
    'Ilse Vantongeren',
    '@ivantongeren',
    '4 hours ago',
    [
      'Perfect, thank you. Once this is merged I will add a panel for it to the runner dashboard and set an alert if the rate of ' +
        'retries doubles over a week.',
    ],
  ],
];
const glTop = ['Skip to main content', 'Explore', 'Sign in', 'Register'];
const glSide = [
  'Project information',
  'Repository',
  'Issues',
  '41',
  'Merge requests',
  '9',
  'CI/CD',
  'Deployments',
  'Packages and registries',
  'Monitor',
  'Analyze',
];
const glCrumbs = ['Tidewater Labs', 'relay-runner', 'Merge requests', '!482'];
const glTabs = ['Overview', '7', 'Commits', '4', 'Pipelines', '3', 'Changes', '5'];
const glWidget = [
  'Merge request pipeline #118204 passed',
  'Merge request pipeline passed for 9c1e2a4f',
  'Approval is optional',
  'Approved by',
  'Merge blocked: 1 check failed',
  'Merge request must not be draft.',
];
const glSystem = ['added 2 commits', 'approved this merge request', 'marked this merge request as ready', 'changed milestone to %16.8', 'resolved all threads'];
const glRight = [
  'Assignee',
  'Reviewers',
  'Labels',
  'component::runner',
  'type::feature',
  'Milestone',
  '16.8',
  'Time tracking',
  'No estimate or time spent',
  '3 participants',
  'Reference: tidewater/relay-runner!482',
  'Source branch: jb/upload-retry',
];
const glFoot = ['Please register or sign in to reply'];
const note = ([name, handle, ago, ps]: [string, string, string, string[]], id: number): string => `<li class="note note-wrapper timeline-entry" id="note_${id}"
data-note-id="${id}"><div class="timeline-entry-inner"><div class="timeline-avatar"><a href="/${handle.slice(1)}"><img class="avatar s32" alt="${name}'s avatar"
src="/uploads/-/system/user/avatar/${id}/avatar.png"></a></div><div class="timeline-content"><div class="note-header"><div class="note-header-info">
<a href="/${handle.slice(1)}" class="note-header-author-name gl-font-bold">${name}</a> <span class="note-headline-light">${handle}</span>
<span class="note-headline-light note-headline-meta"><span class="system-note-separator">·</span><a href="#note_${id}" class="note-timestamp">
<time class="js-timeago" datetime="2025-11-10T12:00:00Z">${ago}</time></a></span></div><div class="note-actions"><span class="note-role user-access-role">
${handle === '@jbeltran' ? 'Author' : 'Maintainer'}</span></div></div><div class="timeline-discussion-body"><div class="note-body"><div class="note-text md">
${ps.map((p) => `<p data-sourcepos="1:1-1:100" dir="auto">${p}</p>`).join('\n')}</div></div></div></div></div></li>`;
const sys = (name: string, text: string, ago: string): string => `<li class="note system-note timeline-entry note-wrapper"><div class="timeline-entry-inner">
<div class="timeline-icon"></div><div class="timeline-content"><div class="note-header"><div class="note-header-info">
<a href="/u" class="note-header-author-name">${name}</a>
<span class="system-note-message"><span>${text}</span></span> <span class="system-note-separator">·</span><time class="js-timeago">${ago}</time></div></div>
</div></div></li>`;
const thread = (notes: string, resolved: string): string => `<li class="note note-discussion timeline-entry"><div class="discussion js-discussion-container">
<div class="discussion-body"><div class="card discussion-wrapper"><ul class="notes">${notes}</ul><div class="discussion-reply-holder">
<span class="line-resolve-text">${resolved}</span><p class="disabled-comment">${glFoot[0]}</p></div></div></div></div></li>`;
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-header" lang="en"><head><meta charset="utf-8">
<title>${glTitle} (!482) · Merge requests · Tidewater Labs / relay-runner · GitLab</title>
<meta content="${glDesc[0]?.slice(0, 140)}" name="description"><meta content="GitLab" property="og:site_name"><meta content="object" property="og:type">
<link rel="stylesheet" href="/assets/application-3a9d.css"><script src="/assets/webpack/runtime.7c1f.bundle.js" defer></script>
<script>gl = window.gl || {}; gl.mrWidgetData = {"iid":482,"state":"opened","draft":true};</script></head>
<body class="tab-width-8 gl-browser-firefox page-initialised" data-page="projects:merge_requests:show" data-project="relay-runner">
<header class="header-logged-out" data-testid="navbar"><a class="gl-sr-only gl-accessibility" href="#content-body">${glTop[0]}</a>
<nav aria-label="Explore GitLab">
<a href="/" class="brand-logo"><span class="gl-sr-only">Homepage</span></a><ul><li><a href="/explore">${glTop[1]}</a></li></ul><ul>
<li><a href="/users/sign_in?redirect_to_referer=yes">${glTop[2]}</a></li><li><a href="/users/sign_up" class="gl-button btn-confirm">${glTop[3]}</a></li></ul>
</nav></header>
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" aria-label="Project navigation"><nav><ul>
${links(['Project information', 'Repository'], 'nav-item')}<li><a href="/issues">Issues <span class="badge">41</span></a></li>
<li class="active"><a href="/merge_requests">Merge requests <span class="badge">9</span></a></li>${links(glSide.slice(6), 'nav-item')}</ul></nav></aside>
<div class="content-wrapper"><div class="alert-wrapper"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ul class="breadcrumbs-list">${links(glCrumbs)}</ul>
</nav></div>
<div class="container-fluid container-limited project-highlight-puc">
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode">
<div class="merge-request" data-mr-action="show" data-url="/tidewater/relay-runner/-/merge_requests/482.json"><div class="detail-page-header">
<div class="detail-page-header-body"><span class="badge badge-pill badge-success issuable-status-badge">Open</span><div class="issuable-meta">
<span class="gl-hidden sm:gl-inline">Joaquín Beltrán requested to merge <a class="ref-name" href="/tree/jb/upload-retry">jb/upload-retry</a> into
<a class="ref-name" href="/tree/main">main</a> <time class="js-timeago" datetime="2025-11-09T08:14:00Z">3 days ago</time></span></div></div></div>
<div class="detail-page-description"><h1 class="title page-title gl-font-size-h-display" data-testid="title-content">${glTitle}</h1>
<nav class="merge-request-tabs-holder"><ul class="merge-request-tabs nav-tabs nav gl-tabs-nav">${[0, 2, 4, 6]
  .map(
    (i) => `<li class="notes-tab"><a href="#t${i}"
>${glTabs[i]} <span class="gl-badge badge-pill">${glTabs[i + 1]}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="description"><div class="md" data-testid="description-content">${glDesc.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 data-sourcepos="3:1-3:24" dir="auto">${glHeads[0]}</h2><ul dir="auto">${glList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 dir="auto">${glHeads[1]}</h2><p dir="auto">${glTest[0]}</p></div></div>
<div class="issuable-meta-award"><div class="awards js-awards-block"><button class="btn award-control">👍 <span class="js-counter">4</span></button></div>
</div></div>
<div class="mr-state-widget gl-mt-3"><div class="mr-widget-heading"><div class="ci-widget">${glWidget[0]}</div><p class="gl-text-secondary">${glWidget[1]}</p>
</div>
<div class="mr-widget-section"><div class="js-mr-approvals">${glWidget[2]}</div><div>${glWidget[3]} <a href="/hmarsh">Hedda Marsh</a></div></div>
<div class="mr-widget-body"><strong>${glWidget[4]}</strong><p>${glWidget[5]}</p></div></div>
<div class="merge-request-details issuable-details"><div id="notes"><ul id="notes-list" class="notes main-notes-list timeline">
${sys('Joaquín Beltrán', glSystem[0] ?? '', '2 days ago')}
${thread(
  note(glNotes[0] ?? ['', '', '', []], 51) + note(glNotes[1] ?? ['', '', '', []], 52) + note(glNotes[2] ?? ['', '', '', []], 53),
  'Resolved by Hedda Marsh 1 day ago',
)}
${sys('Hedda Marsh', glSystem[1] ?? '', '1 day ago')}
${thread(note(glNotes[3] ?? ['', '', '', []], 54) + note(glNotes[4] ?? ['', '', '', []], 55) + note(glNotes[5] ?? ['', '', '', []], 56), '1 unresolved thread')}
${sys('Joaquín Beltrán', glSystem[2] ?? '', '5 hours ago')}${sys('Ilse Vantongeren', glSystem[3] ?? '', '4 hours ago')}
${sys('Hedda Marsh', glSystem[4] ?? '', '2 hours ago')}
</ul></div></div></div></main><aside class="right-sidebar right-sidebar-expanded" aria-label="merge request"><div class="issuable-sidebar">
<div class="block assignee"><div class="title">${glRight[0]}</div><a href="/jbeltran">Joaquín Beltrán</a></div><div class="block reviewer">
<div class="title">${glRight[1]}</div>
<a href="/hmarsh">Hedda Marsh</a></div><div class="block labels"><div class="title">${glRight[2]}</div><span class="gl-label">${glRight[3]}</span>
<span class="gl-label">${glRight[4]}</span></div><div class="block milestone"><div class="title">${glRight[5]}</div><a href="/milestones/16">${glRight[6]}</a>
</div>
<div class="block time-tracking"><div class="title">${glRight[7]}</div><span>${glRight[8]}</span></div><div class="block participants">${glRight[9]}</div>
<div class="block reference">${glRight[10]}</div><div class="block source-branch">${glRight[11]}</div></div></aside></div></div></div></body></html>`;
export const gitlabMr: TestPage = {
  html: glHtml,
  name: 'heldout158-gitlab-merge-request',
  kind: 'forum',
  // the description (its two h2s are the headings) and every discussion note are body; system notes, the merge widget,
  // "Resolved by ..." and the reply line are furniture; names, @handles and times are bylines
  title: glTitle,
  headings: glHeads,
  body: [...glDesc, ...texts(glList), ...glTest, ...glNotes.flatMap((n) => texts(n[3]))],
  bylines: [
    'Joaquín Beltrán',
    'Hedda Marsh',
    'Ilse Vantongeren',
    '@hmarsh',
    '@jbeltran',
    '@ivantongeren',
    '3 days ago',
    '2 days ago',
    '1 day ago',
    '5 hours ago',
    '4 hours ago',
    '2 hours ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...glTop, 'Homepage', ...glSide, ...glCrumbs, 'Open', 'requested to merge', 'jb/upload-retry', 'main', ...glTabs, '👍 4', ...glWidget, ...glSystem,
    'Resolved by Hedda Marsh 1 day ago', '1 unresolved thread', ...glFoot, 'Author', 'Maintainer', ...glRight,
  ].filter((t, i, a) => a.indexOf(t) === i),
};
