import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 18, file c2: a GitLab issue page (super sidebar with project nav, breadcrumbs, the issue header with
 * "Open" badge and "Issue created ... by ...", the description in .description .md with h2 parts, "Related merge
 * requests" and linked items widgets, the activity list: system notes ("added ~label", "changed milestone to",
 * "assigned to", "mentioned in merge request") and discussion notes with author, @handle, time and "Reply" / award emoji
 * buttons, the right sidebar: Assignee, Labels, Milestone, Due date, Time tracking, Confidentiality, Participants).
 */
const glTitle = 'Scheduled pipeline exports fail silently when the artifact is over 2 GB';
const glDesc1 = [
  'Since we upgraded the runners to 17.4, the nightly export pipeline for the survey archive has been finishing with a green ' +
    'status while uploading nothing. The job log ends with the compression step and no upload line at all.',
];
const glH1 = 'Steps to reproduce';
const glSteps = [
  'Create a scheduled pipeline whose export job produces an artifact larger than 2 GB.',
  'Let the schedule run, or trigger it by hand from the schedules page.',
  'Open the job and look at the artifacts panel: it says the job has no artifacts.',
];
const glH2 = 'What is the expected correct behavior?';
const glDesc2 = ['The job should fail with an error saying the artifact is over the size limit, so the schedule owner gets the failure email.'];
const glNotes = [
  {
    name: 'Inês Carvalho',
    handle: '@icarvalho',
    when: '1 week ago',
    paras: [
      'I can reproduce this on our staging instance. The upload is skipped because the size check runs before the archive is ' +
        'finished, sees a partial file and then the retry path swallows the error when the final size is known.',
    ],
  },
  {
    name: 'Dmitri Volkov',
    handle: '@dvolkov',
    when: '6 days ago',
    paras: [
      'Same here on a self-managed 17.4.2. For what it is worth, splitting the export into two jobs of about 1.5 GB each works ' +
        'around it for now, but we only noticed after nine days of empty archives.',
    ],
  },
  {
    name: 'Inês Carvalho',
    handle: '@icarvalho',
    when: '2 days ago',
    paras: [
      'The fix is up for review: the size check now runs after the archive is closed, and an oversized artifact fails the job ' +
        'with a clear message. I have also added a test with a sparse 2.1 GB file so this does not come back.',
    ],
  },
];
const glSys = [
  'added ~"type::bug" ~"group::runner" ~"severity::2" labels 1 week ago',
  'changed milestone to %17.6 1 week ago',
  'assigned to @icarvalho 1 week ago',
  'mentioned in merge request !18233 2 days ago',
];
const glMr = 'Run the artifact size check after the archive is closed';
const glNav = ['Pinned', 'Manage', 'Plan', 'Code', 'Build', 'Secure', 'Deploy', 'Operate', 'Monitor', 'Analyze', 'Settings'];
const glSide = [
  ['Assignee', 'Inês Carvalho'],
  ['Labels', 'type::bug'],
  ['Milestone', '%17.6'],
  ['Due date', 'None'],
  ['Time tracking', 'No estimate or time spent'],
  ['Confidentiality', 'Not confidential'],
];
type GlNote = { name: string; handle: string; when: string; paras: string[] };
const note = (n: GlNote, i: number): string => `<li class="timeline-entry note note-wrapper" id="note_${2201 + i}">
<div class="timeline-avatar"><img class="avatar s32" alt="${n.name}'s avatar" src="/uploads/-/system/user/avatar/${i}/avatar.png?width=64"></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/${n.handle.slice(1)}">
<span class="note-header-author-name">${n.name}</span>
<span class="note-headline-light">${n.handle}</span></a><span class="note-headline-light note-headline-meta"> · <a href="#note_${2201 + i}">
<time class="js-timeago"
datetime="2025-11-0${i + 2}T10:00:00Z">${n.when}</time></a></span></div><div class="note-actions"><span class="note-role">Developer</span>
<button class="note-action-button js-add-award" aria-label="Add reaction"></button><button class="js-reply-button" title="Reply to comment">Reply</button>
</div></div>
<div class="note-body"><div class="note-text md">${ps(n.paras, ' data-sourcepos="1:1-1:200" dir="auto"')}</div></div></div></li>`;
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-header" lang="en"><head><meta charset="utf-8">
<title>${glTitle} (#4127) · Issues · Fieldwork Data / survey-archive · GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${glTitle}" property="og:title">
<script nonce="Yx1c">gl = window.gl || {}; gl.client = {"isChrome":true}; window.gon={"api_version":"v4","relative_url_root":""};</script>
<link rel="stylesheet" href="/assets/application-8f2c1d.css"></head>
<body class="tab-width-8 gl-browser-chrome page-initialised" data-page="projects:issues:show" data-project="survey-archive">
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" aria-label="Primary navigation"><div class="user-bar">
<a class="tanuki-logo-container" href="/" title="Homepage"></a><button class="user-bar-button" aria-label="Search or go to…">Search or go to…</button></div>
<div class="contextual-nav"><div class="super-sidebar-context-header">Project</div><a class="gl-font-bold" href="/fieldwork/survey-archive">survey-archive</a>
<ul>${links(glNav, 'nav-item')}</ul></div><div class="sidebar-help"><a href="/help">Help</a></div></aside>
<div class="content-wrapper"><div class="top-bar-container"><nav aria-label="Breadcrumb"><ol class="breadcrumb">
<li><a href="/fieldwork">Fieldwork Data</a></li><li><a href="/fieldwork/survey-archive">survey-archive</a></li><li>
<a href="/fieldwork/survey-archive/-/issues">Issues</a></li>
<li><a href="/fieldwork/survey-archive/-/issues/4127">#4127</a></li></ol></nav></div>
<main class="content" id="content-body"><div class="issue-details issuable-details"><div class="detail-page-header">
<span class="issuable-status-badge gl-badge badge-success">Open</span><div class="detail-page-header-body">
<span>Issue created <time datetime="2025-10-28T08:12:00Z">1 month ago</time> by <a class="author-link" href="/okoby">Oren Koby</a></span></div>
<div class="detail-page-header-actions"><button class="btn">Edit</button><button class="btn">New related issue</button></div></div>
<div class="detail-page-description"><h1 class="title qa-title" data-testid="issue-title" dir="auto">${glTitle}</h1>
<div class="description"><div class="md">
${ps(glDesc1, ' data-sourcepos="1:1-2:80" dir="auto"')}
<h2 data-sourcepos="4:1-4:22" dir="auto"><a href="#steps-to-reproduce" aria-hidden="true" class="anchor" id="user-content-steps-to-reproduce"></a>${glH1}</h2>
<ol data-sourcepos="5:1-7:70" dir="auto">${glSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2 data-sourcepos="9:1-9:44" dir="auto"><a href="#what-is-the-expected-correct-behavior" class="anchor"></a>${glH2}</h2>
${ps(glDesc2, ' dir="auto"')}</div></div><small class="edited-text">Edited 3 weeks ago by Oren Koby</small></div>
<div class="issuable-meta-footer"><button class="award-control">👍 14</button><button class="award-control">👀 3</button></div>
<div class="related-issues-block"><div class="card-header"><h3>Linked items</h3><span class="gl-badge">0</span></div>
<p class="gl-text-secondary">Link issues together to show that they're related or that one is blocking others.</p></div>
<div class="related-merge-requests"><h3>Related merge requests</h3><span class="gl-badge">1</span><ul><li class="mr-item">
<a href="/fieldwork/survey-archive/-/merge_requests/18233">${glMr}</a><span class="gl-text-secondary">!18233</span><span class="badge">Open</span></li></ul>
<p class="gl-text-secondary">When this merge request is accepted, this issue will be closed automatically.</p></div>
<div class="issuable-discussion"><h2 class="gl-font-bold">Activity</h2><div class="gl-flex"><button>Sort or filter</button></div>
<ul class="notes main-notes-list timeline" id="notes-list">
${glSys
  .slice(0, 3)
  .map(
    (s) => `<li class="timeline-entry note system-note"><div class="timeline-content"><div class="note-header">
<span class="system-note-message">
<a href="/okoby">Oren Koby</a> <span>${s}</span></span></div></div></li>`,
  )
  .join('\n')}
${glNotes.slice(0, 2).map(note).join('\n')}
<li class="timeline-entry note system-note"><div class="timeline-content"><span class="system-note-message"><a href="/icarvalho">Inês Carvalho</a>
<span>${glSys[3]}</span></span></div></li>
${glNotes
  .slice(2)
  .map((n) => note(n, 2))
  .join('')}
</ul><div class="js-comment-form"><textarea placeholder="Write a comment or drag your files here…"></textarea><button>Comment</button>
<button>Close issue</button></div></div></div>
<aside class="right-sidebar right-sidebar-expanded" aria-label="issue"><div class="issuable-sidebar">
<div class="block todo"><button>Add a to do</button></div>
${glSide
  .map(
    ([k, v]) => `<div class="block"><div class="title hide-collapsed">${k}<a class="edit-link" href="#">Edit</a></div>
<div class="value">${v}</div></div>`,
  )
  .join('\n')}
<div class="block participants"><div class="title">3 Participants</div></div>
<div class="block"><div class="title">Reference: fieldwork/survey-archive#4127</div><button aria-label="Copy reference"></button></div>
<div class="block"><button>Move issue</button></div></div></aside></main></div></div>
<script src="/assets/webpack/pages.projects.issues.show.8a1b2c3d.chunk.js" defer></script></body></html>`;
export const gitlab: TestPage = {
  html: glHtml,
  name: 'heldout18-gitlab-issue',
  kind: 'forum',
  // an issue is a thread: the description (its two h2 parts are the headings, the paragraphs and steps body) and the three
  // discussion notes are body; the issue author "Oren Koby", the commenters ("Inês Carvalho" twice, also the assignee and a
  // system note actor: once) with their handles and the note times and "1 month ago" are bylines ("Issue created" and "by"
  // in neither); system notes (each line, its actor as above), the "Open" badge, "Edited ..." line, award counts, linked
  // items and related merge requests widgets (the MR title and its "!18233"), the activity header and comment form, the
  // sidebar (labels and values, "Edit" links), the super sidebar, breadcrumbs and the role badge are furniture; "#4127" and
  // "Edit" count once; the project name "survey-archive" and the "Open" badges are words of the body: left out
  title: glTitle,
  headings: [glH1, glH2],
  body: [...texts(glDesc1), ...glSteps, ...texts(glDesc2), ...glNotes.flatMap((n) => texts(n.paras))],
  bylines: ['Oren Koby', '1 month ago', 'Inês Carvalho', '@icarvalho', 'Dmitri Volkov', '@dvolkov', '1 week ago', '6 days ago', '2 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search or go to…', 'Project', ...glNav, 'Help', 'Fieldwork Data', 'Issues', '#4127', 'Edit', 'New related issue',
    'Edited 3 weeks ago by Oren Koby', '👍 14', '👀 3', 'Linked items',
    'Link issues together to show that they\'re related or that one is blocking others.', 'Related merge requests', glMr, '!18233',
    'When this merge request is accepted, this issue will be closed automatically.', 'Activity', 'Sort or filter', ...glSys, 'Developer', 'Reply',
    'Comment', 'Close issue', 'Add a to do', ...glSide.flat().filter((t) => t !== 'Inês Carvalho'), '3 Participants',
    'Reference: fieldwork/survey-archive#4127', 'Move issue',
  ],
};
