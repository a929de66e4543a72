import { type TestPage, texts } from './page-kit.js';
import { jiraIssue } from './pages-heldout38-d2.js';

/**
 * Held-out batch 38, file d: a GitLab.com issue on the work-item view (GitLab 18), saved logged out after the Vue app
 * rendered: the logged-out top bar, the project's navigation sidebar, breadcrumbs, the title with its status and type
 * badges and "created ... by", the description from the bug template (h3 sections, a log block), "Edited" line, award
 * emoji, the child and linked items widgets, the attributes sidebar, and the Activity list with system notes (labels,
 * mention in a merge request, assignment), threads with a reply, role badges and the "Please register or sign in" notice.
 */
const glTitle = 'Tile cache keeps growing after TTL expiry with the S3 backend';
const glSec = [
  'Summary',
  'Steps to reproduce',
  'What is the current bug behavior?',
  'What is the expected correct behavior?',
  'Relevant logs',
  'Possible fixes',
];
const glSummary = [
  'With the S3 cache backend, tiles older than their TTL are never deleted from the bucket. The cache bucket for our ' +
    'regional basemap grew from 40 GB to 310 GB in three weeks, although the working set is stable.',
];
const glSteps = [
  'Configure the cache with backend: s3 and ttl: 24h.',
  'Serve tiles for a day, then let the expiry job run.',
  'List the bucket: objects from the first day are still there.',
];
const glCurrent = ['The expiry job logs that it ran and reports zero expired tiles, every night.'];
const glExpected = ['Tiles older than the TTL are deleted, as they are with the file system backend.'];
const glFixes = [
  'The expiry job compares the object timestamp with the TTL, but the S3 listing returns LastModified in UTC while the job ' +
    'uses local time. On our servers (UTC+2) that should still expire old tiles, so I suspect the comparison itself is inverted.',
];
const glLog =
  '2025-10-16T02:00:03Z INFO  cache.expiry backend=s3 bucket=tessera-tiles-eu scanned=1843210 expired=0 took=41.2s\n' +
  '2025-10-17T02:00:02Z INFO  cache.expiry backend=s3 bucket=tessera-tiles-eu scanned=1962047 expired=0 took=44.8s';
interface GlNote {
  id: number;
  name: string;
  user: string;
  age: string;
  role?: string;
  paras: string[];
  award?: string;
  reply?: boolean;
}
const glNotes: GlNote[] = [
  {
    id: 2019231,
    name: 'Priya Raman',
    user: '@praman',
    age: '2 weeks ago',
    role: 'Maintainer',
    paras: [
      'Thanks for the detailed report. Which version are you on, and is versioning enabled on the bucket? With versioning on, ' +
        'deleted objects stay around as noncurrent versions and the bucket size will not go down.',
    ],
  },
  {
    id: 2019388,
    name: 'Jonas Weber',
    user: '@jweber',
    age: '2 weeks ago',
    role: 'Author',
    reply: true,
    paras: ['Version 4.2.1. Versioning is off, and the object count keeps growing too, not just the size, so the tiles are really not being deleted.'],
  },
  {
    id: 2020417,
    name: 'Marco De Luca',
    user: '@mdeluca',
    age: '1 week ago',
    paras: [
      'Can confirm on 4.2.0 with a MinIO bucket. Running the expiry job by hand with debug logging shows that every tile ' +
        'is skipped as not yet expired, even tiles written a month ago.',
    ],
    award: '3',
  },
  {
    id: 2021903,
    name: 'Priya Raman',
    user: '@praman',
    age: '5 days ago',
    role: 'Maintainer',
    paras: [
      'Found it. The S3 backend passes the TTL to the expiry check in seconds, while the check expects milliseconds, so ' +
        'every tile looks as if it had a thousand times longer to live. The file system backend converts it first, which ' +
        'is why it works there.',
      'The fix is in the merge request linked above, with a test that runs the expiry job against a local MinIO container. ' + 'It should go into 4.2.2.',
    ],
  },
];
const glSystem: [string, string, string][] = [
  ['Jonas Weber', 'added typebug backends3 labels', '3 weeks ago'],
  ['Priya Raman', 'assigned to @praman', '2 weeks ago'],
  ['Priya Raman', 'mentioned in merge request !1187', '5 days ago'],
];
const glUser = (n: GlNote): string =>
  `<a href="/${n.user.slice(1)}" data-user-id="${n.id % 9973}" data-username="${n.user.slice(1)}" class="author-name-link js-user-link">` +
  `<span class="note-header-author-name gl-font-bold">${n.name}</span></a> <span class="note-headline-light">${n.user}</span>`;
const glNote = (n: GlNote): string => `<li id="note_${n.id}" class="note note-wrapper note-comment timeline-entry${n.reply ? ' note-reply' : ''}"
data-testid="noteable-note-container"><div class="timeline-avatar gl-float-left"><a href="/${n.user.slice(1)}"><img
class="gl-avatar gl-avatar-circle gl-avatar-s32"
alt="${n.name}'s avatar" src="https://gitlab.com/uploads/-/system/user/avatar/${n.id % 9973}/avatar.png?width=64"></a></div><div
class="timeline-content"><div class="note-header">
<div class="note-header-info">${glUser(n)} <span class="note-headline-light note-headline-meta"><span class="system-note-separator">·</span> <a
href="#note_${n.id}"
class="note-timestamp system-note-separator"><time class="js-timeago" datetime="2025-10-22T09:12:00Z"
title="October 22, 2025 at 9:12:00 AM UTC">${n.age}</time></a></span>
</div><div class="note-actions">${n.role ? `<span class="note-role user-access-role gl-badge badge badge-pill badge-muted">${n.role}</span>` : ''}<button
type="button"
aria-label="Add reaction" class="btn note-action-button add-reaction-button btn-default btn-md gl-button btn-default-tertiary btn-icon"><svg
data-testid="slight-smile-icon"
class="gl-icon s16"></svg></button><button type="button" aria-label="More actions" class="btn more-actions-toggle btn-default-tertiary btn-icon"><svg
data-testid="ellipsis_v-icon" class="gl-icon s16"></svg></button></div></div><div class="timeline-discussion-body"><div class="note-body"><div
class="note-text md"
data-testid="note-text">${n.paras.map((x) => `<p data-sourcepos="1:1-1:${x.length}" dir="auto">${x}</p>`).join('\n')}</div>${
  n.award
    ? `<div class="awards js-awards-block"><button class="btn gl-button btn-default btn-sm award-control"><gl-emoji data-name="thumbsup"
data-unicode-version="6.0">👍</gl-emoji><span class="js-counter">${n.award}</span></button></div>`
    : ''
}</div></div></div></li>`;
const glLabel = (a: string, b: string): string =>
  `<span class="gl-label gl-label-scoped"><span class="gl-label-text">${a}</span><span class="gl-label-text-scoped">${b}</span></span>`;
const glSys = ([who, what, age]: [string, string, string]): string =>
  `<li class="timeline-entry note system-note note-wrapper"><div class="timeline-icon"><svg data-testid="label-icon" class="gl-icon s16"></svg></div><div
class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="#" class="author-name-link"><span
class="note-header-author-name">${who}</span></a>
<span class="system-note-message">${what.replace('typebug', glLabel('type', 'bug')).replace('backends3', glLabel('backend', 's3'))}</span>
<span class="system-note-separator">·</span> <a class="note-timestamp" href="#"><time class="js-timeago">${age}</time></a></div></div></div></li>`;
const glCount = (t: string): string =>
  t === 'Issues' ? ' <span class="gl-badge badge-pill">412</span>' : t === 'Merge requests' ? ' <span class="gl-badge badge-pill">37</span>' : '';
const glNav = [
  'Manage',
  'Plan',
  'Issues',
  'Issue boards',
  'Milestones',
  'Wiki',
  'Code',
  'Merge requests',
  'Repository',
  'Branches',
  'Tags',
  'Build',
  'Deploy',
  'Analyze',
];
const glSide: [string, string][] = [
  ['Assignee', 'Priya Raman'],
  ['Labels', 'typebug backends3 priority2'],
  ['Milestone', '4.2.2'],
  ['Weight', 'None'],
  ['Due date', 'None'],
  ['Participants', '4 participants'],
];
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-top-bar with-header" lang="en"><head><meta charset="utf-8"><title>${glTitle} (#2318) · Issues · Tessera Maps / Tessera
· GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${glTitle} (#2318) · Issues · Tessera Maps / Tessera · GitLab" property="og:title">
<link rel="stylesheet" href="https://gitlab.com/assets/application-3f9a1c.css"><meta name="csrf-token" content="">
<script nonce="fj3Lw9">//<![CDATA[
gon.api_version="v4"; gon.current_user_id=null; gon.features={"workItemViewForIssues":true,"notificationsTodosButtons":true};
//]]></script><script src="https://gitlab.com/assets/webpack/runtime.5d1e2b.bundle.js" defer></script></head>
<body class="tab-width-8 gl-browser-chrome gl-platform-linux page-initialised" data-page="projects:issues:show" data-group="tessera-maps" data-project="tessera"
data-project-full-path="tessera-maps/tessera" data-page-type-id="2318">
<header class="header-logged-out" data-testid="navbar"><div class="container-fluid"><nav aria-label="Explore GitLab"
class="header-logged-out-nav gl-flex gl-gap-3">
<div class="gl-flex gl-items-center"><span class="gl-sr-only">GitLab</span><a title="Homepage" id="logo" class="header-logged-out-logo" aria-label="Homepage"
href="/"><svg
class="tanuki-logo" width="25" height="24" viewBox="0 0 25 24"></svg></a></div><ul class="gl-list-none gl-flex gl-gap-3"><li><a
href="https://about.gitlab.com/why-gitlab">Why
GitLab</a></li><li><a href="https://about.gitlab.com/pricing">Pricing</a></li><li><a href="https://about.gitlab.com/sales">Contact Sales</a></li><li><a
href="/explore">Explore</a></li></ul><ul class="gl-list-none gl-flex gl-gap-3"><li><a href="/users/sign_in?redirect_to_referer=yes">Sign in</a></li><li><a
class="gl-button btn btn-md btn-confirm" href="/users/sign_up">Get free trial</a></li></ul></nav></div></header>
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" data-testid="super-sidebar" aria-label="Project navigation"><div
class="contextual-nav">
<a href="/tessera-maps/tessera" class="gl-font-bold" data-testid="project-link">Tessera</a><ul class="gl-list-none">${glNav
  .map(
    (t) =>
      `<li><a href="#"
class="super-sidebar-nav-item">${t}${glCount(t)}</a></li>`,
  )
  .join('')}</ul></div><a href="/help" class="super-sidebar-help">Help</a></aside>
<div class="content-wrapper"><div class="top-bar-fixed"><nav aria-label="Breadcrumbs" class="gl-breadcrumbs"><ol class="gl-breadcrumb-list breadcrumb">
<li class="gl-breadcrumb-item"><a href="/tessera-maps">Tessera Maps</a></li><li class="gl-breadcrumb-item"><a href="/tessera-maps/tessera">Tessera</a></li>
<li class="gl-breadcrumb-item"><a href="/tessera-maps/tessera/-/issues">Issues</a></li><li class="gl-breadcrumb-item"><a
href="#">#2318</a></li></ol></nav></div>
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode"><div class="work-item-view" data-testid="work-item-view">
<section class="work-item-view-body"><h1 data-testid="work-item-title" class="gl-heading-1 !gl-m-0 gl-wrap-anywhere">${glTitle}</h1>
<div class="gl-mb-3 gl-mt-3 gl-text-subtle" data-testid="work-item-created"><span class="gl-badge badge badge-pill badge-success"><svg
data-testid="issue-open-m-icon"
class="gl-icon s14"></svg><span class="gl-badge-content">Open</span></span> <span class="gl-badge badge badge-pill badge-neutral">Issue</span> created <time
datetime="2025-10-15T14:02:11Z" title="October 15, 2025 at 2:02:11 PM UTC">3 weeks ago</time> by <a href="/jweber" class="gl-font-bold gl-text-default">Jonas
Weber</a></div>
<div data-testid="work-item-description-wrapper"><div class="description work-item-description"><div class="md">
<h3 data-sourcepos="1:1-1:10" dir="auto">${glSec[0]}</h3>\n<p dir="auto">${glSummary[0]}</p>
<h3 dir="auto">${glSec[1]}</h3>\n<ol dir="auto">${glSteps.map((s) => `<li>${s.replace(/(backend: s3|ttl: 24h)/g, '<code>$1</code>')}</li>`).join('\n')}</ol>
<h3 dir="auto">${glSec[2]}</h3>\n<p dir="auto">${glCurrent[0]}</p>\n<h3 dir="auto">${glSec[3]}</h3>\n<p dir="auto">${glExpected[0]}</p>
<h3 dir="auto">${glSec[4]}</h3>\n<div class="gl-relative markdown-code-block js-markdown-code">
<pre class="code highlight js-syntax-highlight language-plaintext"
lang="plaintext" data-canonical-lang="" v-pre="true"><code>${glLog}</code></pre><copy-code><button type="button"
class="btn btn-default btn-md gl-button btn-icon"
data-title="Copy to clipboard" aria-label="Copy to clipboard"><svg class="s16" data-testid="copy-to-clipboard-icon"></svg></button></copy-code></div>
<h3 dir="auto">${glSec[5]}</h3>\n<p dir="auto">${glFixes[0]}</p></div></div>
<div class="gl-text-sm gl-text-subtle" data-testid="work-item-edited">Edited <time datetime="2025-10-20T08:31:40Z">2 weeks ago</time> by <a
href="/jweber">Jonas Weber</a></div></div>
<div class="awards js-awards-block" data-testid="work-item-award-list"><button class="btn gl-button btn-default btn-sm award-control"><gl-emoji
data-name="thumbsup">👍</gl-emoji>
<span class="js-counter">12</span></button><button class="btn gl-button btn-default btn-sm award-control"><gl-emoji data-name="eyes">👀</gl-emoji><span
class="js-counter">2</span>
</button></div>
<div class="work-item-tree gl-new-card" data-testid="work-item-tree"><div class="gl-new-card-header"><h2 class="gl-new-card-title">Child items</h2><span
class="gl-new-card-count">0</span></div><div class="gl-new-card-body"><p class="gl-new-card-empty">No child items are currently assigned. Use child items to
break down
work into smaller parts.</p></div></div><div class="work-item-relationships gl-new-card"><div class="gl-new-card-header"><h2 class="gl-new-card-title">Linked
items</h2>
<span class="gl-new-card-count">1</span></div><div class="gl-new-card-body"><ul class="related-items-list"><li><a
href="/tessera-maps/tessera/-/issues/2291">Cache expiry
ignores ttl overrides per layer</a> <span class="gl-text-subtle">#2291</span></li></ul></div></div>
<div class="work-item-notes" data-testid="work-item-activity"><div class="gl-flex gl-items-center gl-justify-between"><h2 class="gl-heading-2">Activity</h2><div
class="gl-flex gl-gap-3"><button type="button" class="btn dropdown-toggle btn-default btn-sm"><span class="gl-new-dropdown-button-text">Oldest
first</span></button>
<button type="button" class="btn dropdown-toggle btn-default btn-sm"><span class="gl-new-dropdown-button-text">All activity</span></button></div></div>
<ul class="notes main-notes-list timeline" id="notes-list">
${glSys(glSystem[0]!)}
<li class="note note-discussion timeline-entry"><div class="timeline-entry-inner"><div class="timeline-content"><div
class="discussion js-discussion-container"><div
class="discussion-body"><div class="card discussion-wrapper"><div class="discussion-notes"><ul class="notes">
${glNote(glNotes[0]!)}
<li class="toggle-replies-widget"><button class="btn btn-link gl-button">Collapse replies</button></li>
${glNote(glNotes[1]!)}
</ul><div class="discussion-reply-holder"><div class="disabled-comment gl-text-center gl-text-subtle">Please <a href="/users/sign_up">register</a> or <a
href="/users/sign_in">sign in</a> to reply</div></div></div></div></div></div></div></div></li>
${glSys(glSystem[1]!)}
${glNote(glNotes[2]!)}
${glSys(glSystem[2]!)}
${glNote(glNotes[3]!)}
</ul><div class="disabled-comment gl-text-center gl-text-subtle">Please <a href="/users/sign_up">register</a> or <a href="/users/sign_in">sign in</a> to
comment</div>
</div></section>
<aside class="work-item-sidebar" data-testid="work-item-overview-right-sidebar">${glSide
  .map(
    ([k, v]) =>
      `<div class="work-item-attributes-item"><h3 class="gl-heading-5">${k}</h3><div class="gl-text-subtle">${v.replace(
        /typebug backends3 priority2/,
        `${glLabel('type', 'bug')} ${glLabel('backend', 's3')} ${glLabel('priority', '2')}`,
      )}</div></div>`,
  )
  .join('\n')}
<div class="work-item-development"><h3 class="gl-heading-5">Development</h3><ul><li><a href="/tessera-maps/tessera/-/merge_requests/1187">Convert cache TTL to
milliseconds for the S3 backend</a> <span class="gl-text-subtle">!1187</span></li></ul></div>
<div class="work-item-reference"><span>Reference: tessera-maps/tessera#2318</span></div></aside></div></main></div></div>
<script nonce="fj3Lw9">window.gl = window.gl || {}; window.gl.workItem = {"iid":"2318","fullPath":"tessera-maps/tessera","type":"Issue"};</script>
</body></html>`;
const gitlabIssue: TestPage = {
  html: glHtml,
  name: 'heldout38-gitlab-issue',
  kind: 'forum',
  // the description (its h3 sections are the headings, the template's questions among them) and every note are body, the
  // reply in the thread too; the log block is code (in neither); names, @handles, note ages, "created ... by", the "Edited"
  // line's age and name are bylines; the system notes are the tracker's log: their actions ("added typebug backends3 labels",
  // the scoped labels' two parts run together as the page has them) are furniture, their names and ages bylines as on the
  // posts; status and type badges, role badges, award counts, the child/linked item widgets, "Activity" and its sort buttons,
  // "Collapse replies", the sign-in notices, the attributes sidebar, the merge request link, the project navigation,
  // breadcrumbs and the logged-out top bar are furniture; the child items count "0" and the milestone "4.2.2" are words of
  // the body: left out
  title: glTitle,
  headings: glSec,
  body: [...glSummary, ...texts(glSteps), ...glCurrent, ...glExpected, ...glFixes, ...glNotes.flatMap((n) => n.paras)],
  bylines: ['Jonas Weber', 'Priya Raman', 'Marco De Luca', '@praman', '@jweber', '@mdeluca', '3 weeks ago', '2 weeks ago', '1 week ago', '5 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Why GitLab', 'Pricing', 'Contact Sales', 'Explore', 'Sign in', 'Get free trial', 'Tessera', ...glNav, '412',
    '37', 'Help', 'Tessera Maps', '#2318', 'Maintainer', 'Author', 'Open', 'Issue', '12', 'Child items',
    'No child items are currently assigned. Use child items to break down work into smaller parts.', 'Linked items',
    'Cache expiry ignores ttl overrides per layer', '#2291', 'Activity', 'Oldest first', 'All activity', 'added typebug backends3 labels',
    'assigned to @praman', 'mentioned in merge request !1187', 'Collapse replies',
    'Please register or sign in to reply', 'Please register or sign in to comment',
    ...glSide.map(([k]) => k), 'typebug backends3 priority2', 'None', '4 participants', 'Development',
    'Convert cache TTL to milliseconds for the S3 backend', '!1187', 'Reference: tessera-maps/tessera#2318',
  ],
};

export const HELDOUT38_D: readonly TestPage[] = [gitlabIssue, jiraIssue];
