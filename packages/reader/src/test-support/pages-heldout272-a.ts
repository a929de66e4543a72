import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';
import { gitlabIssue } from './pages-heldout272-a2.js';

/**
 * Held-out batch 272, file a: a GitHub issue thread (global header, repository nav with counters, the issue header with its
 * number, state badge and "opened this issue" line, timeline comments with author, time and reactions, "added the bug
 * label" and "mentioned this issue" events, the sidebar with Assignees, Labels, Projects, Milestone and Participants, and the
 * footer) and, from file a2, a GitLab issue.
 */
const gTitle = 'Incremental build skips pages whose only change is in an included partial';
const gIntro = [
  j(
    'When I edit a partial that is pulled into a page with the include shortcode, the next incremental build reports the page as',
    'unchanged and serves the stale HTML. A full rebuild picks up the change, so the cache key seems to ignore the partial.',
  ),
];
const gSteps = [
  'Create a page that includes the partial notice.md with the include shortcode.',
  'Run the dev server with incremental builds switched on (the default since 0.19).',
  'Edit a sentence in notice.md and save the file.',
  'Reload the page in the browser: the old sentence is still there.',
];
const gExpected = [
  j(
    'Any page that includes a partial should be rebuilt when the partial changes, the same way pages are rebuilt when a layout',
    'they use is edited. At the moment I have to stop the server and clear the cache folder by hand after every edit.',
  ),
];
const gEnv = ['Tessera 0.21.3 installed from the release binary', 'Debian 12 on an ext4 disk, also reproduced on macOS 14', 'Site of about 1,400 pages'];
const gC1 = [
  j(
    'Thanks for the clear steps, I can reproduce this on the main branch. The dependency graph records layouts and data files,',
    'but the include shortcode reads the partial through a separate loader that never registers the file as an input of the page.',
  ),
  j(
    'The fix is probably to make the loader return the resolved path so the renderer can add it to the graph. I would take a pull',
    'request for that if someone wants to pick it up; the relevant code lives in the build cache module and the shortcode registry.',
  ),
];
const gC2 = [
  j(
    'I had a go at this over the weekend. Registering the path works for direct includes, but nested includes (a partial that',
    'includes another partial) are still missed, because the inner call runs in a fresh context without the page reference.',
  ),
  j(
    'I have passed the page context down through the nested calls in my branch and added a test site with three levels of',
    'nesting. The draft is linked above; feedback on the approach is welcome before I clean it up.',
  ),
];
const gC3 = [
  j(
    'That approach looks right to me. One thing to keep in mind: partials can also be pulled in from a theme folder, so please',
    'normalise the path before it goes into the graph, otherwise a theme update will not invalidate anything.',
  ),
];
const gNav = ['Code', 'Issues', 'Pull requests', 'Actions', 'Projects', 'Wiki', 'Security', 'Insights'];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gLabels = ['bug', 'area: build-cache', 'help wanted'];
const avatar = (u: string): string =>
  `<a class="d-inline-block" href="/${u}"><img class="avatar avatar-user" src="https://avatars.githubusercontent.example/${u}?s=80" width="40" height="40"
alt="@${u}"></a>`;
const comment = (
  id: string,
  u: string,
  time: string,
  body: string,
  reactions: string,
): string => `<div class="js-timeline-item js-timeline-progressive-focus-container"
data-gid="IC_${id}"><div class="TimelineItem js-comment-container"><div class="avatar-parent-child TimelineItem-avatar d-none d-md-block">${avatar(u)}</div>
<div class="timeline-comment-group js-minimizable-comment-group"><div class="ml-n3 timeline-comment unminimized-comment comment previewable-edit
js-comment" id="issuecomment-${id}"><div class="timeline-comment-header clearfix d-flex"><div class="timeline-comment-actions flex-justify-end">
<details class="details-overlay details-reset position-relative"><summary class="timeline-comment-action Link--secondary btn-link"
aria-label="Show options"></summary></details></div><h3 class="timeline-comment-header-text f5 text-normal"><strong>
<a class="author Link--primary text-bold" data-hovercard-type="user" href="/${u}">${u}</a></strong>
commented <a href="#issuecomment-${id}" class="Link--secondary js-timestamp"><relative-time datetime="2026-02-11T10:22:41Z"
class="no-wrap">${time}</relative-time></a></h3></div>
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain"><tbody class="d-block"><tr class="d-block">
<td class="d-block comment-body markdown-body js-comment-body">
${body}
</td></tr></tbody></table></task-lists></div>
<div class="comment-reactions js-reactions-container"><div class="comment-reactions-options"><button type="button"
class="social-reaction-summary-item btn-link" aria-label="thumbs up reaction" value="THUMBS_UP react">
<g-emoji class="social-button-emoji" alias="+1">👍</g-emoji> <span class="js-discussion-reaction-group-count">${reactions}</span></button></div></div>
</div></div></div></div>`;
const event = (u: string, html: string): string => `<div class="js-timeline-item"><div class="TimelineItem TimelineItem--condensed">
<div class="TimelineItem-badge"><svg class="octicon octicon-tag" width="16" height="16"></svg></div>
<div class="TimelineItem-body">${avatar(u)} <a class="author Link--primary text-bold" href="/${u}">${u}</a> ${html}</div></div></div>`;
const gBody = `${ps(gIntro, ' dir="auto"')}
<h3 dir="auto">Steps to reproduce</h3>
<ol dir="auto">${gSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h3 dir="auto">Expected behaviour</h3>
${ps(gExpected, ' dir="auto"')}
<h3 dir="auto">Environment</h3>
<ul dir="auto">${gEnv.map((s) => `<li>${s}</li>`).join('\n')}</ul>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${gTitle} · Issue #4182 · quillmark/tessera · GitHub</title>
<meta name="description" content="When I edit a partial that is pulled into a page with the include shortcode, the next incremental build reports...">
<meta property="og:title" content="${gTitle} · Issue #4182 · quillmark/tessera"><meta property="og:site_name" content="GitHub">
<meta name="route-pattern" content="/:user_id/:repository/issues/:id(.:format)"><meta name="octolytics-dimension-repository_nwo" content="quillmark/tessera">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-7c1a.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.example/assets/behaviors-2d9f.js"></script>
</head><body class="logged-out env-production page-responsive">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="p-3 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip
to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" class="octicon octicon-mark-github"
viewBox="0 0 24 24" width="32"></svg></a>
<nav aria-label="Global">
<ul class="d-lg-flex list-style-none">${links(['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'], 'HeaderMenu-item')}</ul></nav>
<div class="d-lg-flex flex-items-center"><qbsearch-input class="search-input"><button class="header-search-button">Search or jump to...</button>
</qbsearch-input>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-wrap flex-justify-end mb-3 px-3 px-md-4 px-lg-5">
<div class="flex-auto min-width-0 width-fit mr-3"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch"><a class="url fn" rel="author" href="/quillmark">quillmark</a></span><span class="mx-1 flex-self-stretch">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/quillmark/tessera">tessera</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li>
<li><a class="btn-sm btn" href="/login">Fork <span class="Counter">311</span></a></li>
<li><a class="btn-sm btn" href="/login">Star <span class="Counter js-social-count">5.8k</span></a></li></ul></div>
<nav class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav UnderlineNav px-3 px-md-4 px-lg-5" aria-label="Repository">
<ul class="UnderlineNav-body list-style-none">${links(gNav, 'd-inline-flex')}</ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div id="repo-content-pjax-container" class="repository-content ">
<div class="js-check-all-container js-issues-results"><div id="partial-discussion-header" class="gh-header mb-3 js-details-container Details js-socket-channel">
<div class="gh-header-show "><div class="d-flex flex-column flex-md-row"><div class="gh-header-actions mt-0 mt-md-2 mb-3 mb-md-0 ml-0 flex-md-order-1">
<a href="/login?return_to=issues/new" class="btn btn-sm btn-primary m-0 ml-0 ml-md-2">New issue</a></div>
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><bdi class="js-issue-title markdown-title">${gTitle}</bdi>
<span class="f1-light color-fg-muted">#4182</span></h1></div></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center">
<span title="Status: Open" data-view-component="true" class="State State--open d-flex flex-items-center"><svg class="octicon octicon-issue-opened"
height="16" width="16"></svg> Open</span></div>
<div class="flex-auto min-width-0 mb-2">
<a class="author Link--secondary text-bold css-truncate css-truncate-target expandable" href="/mirelle-dacosta">mirelle-dacosta</a>
opened this issue <relative-time datetime="2026-02-09T08:14:03Z" class="no-wrap">Feb 9, 2026</relative-time> · 3 comments</div></div></div>
<div id="discussion_bucket" class="pull-discussion-timeline"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end">
<div class="Layout-main"><div class="js-discussion js-socket-channel ml-0 pl-0 ml-md-6 pl-md-3">
${comment('1880213', 'mirelle-dacosta', 'Feb 9, 2026', gBody, '7')}
${event(
  'halvard-s',
  `added the <a class="IssueLabel hx_IssueLabel" href="/quillmark/tessera/labels/bug">bug</a> label
<a href="#event-991" class="Link--secondary"><relative-time datetime="2026-02-09T09:01:00Z">Feb 9, 2026</relative-time></a>`,
)}
${comment('1880544', 'halvard-s', 'Feb 9, 2026', ps(gC1, ' dir="auto"'), '3')}
${event(
  'oriane-k',
  `mentioned this issue <a href="#ref-pullrequest-22" class="Link--secondary"><relative-time datetime="2026-02-15T18:40:00Z">Feb 15,
2026</relative-time></a>
<div class="mt-2 d-flex"><a class="Link--primary f5 text-bold" href="/quillmark/tessera/pull/4199">Track included partials in the dependency graph</a>
<span class="color-fg-muted">#4199</span></div>`,
)}
${comment('1884102', 'oriane-k', 'Feb 15, 2026', ps(gC2, ' dir="auto"'), '4')}
${comment('1886977', 'halvard-s', 'Feb 16, 2026', ps(gC3, ' dir="auto"'), '2')}
<div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary" href="/login">Sign up for free</a>
<strong>to join this conversation on GitHub.</strong> Already have an account? <a rel="nofollow" href="/login">Sign in to comment</a></div>
</div></div>
<div class="Layout-sidebar" data-view-component="true"><div id="partial-discussion-sidebar">
<div class="discussion-sidebar-item sidebar-assignee js-discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Assignees</div>
<a class="assignee Link--primary css-truncate" href="/oriane-k"><span class="css-truncate-target">oriane-k</span></a></div>
<div class="discussion-sidebar-item sidebar-labels"><div class="discussion-sidebar-heading text-bold">Labels</div>
<div class="labels css-truncate js-issue-labels">
${gLabels
  .map(
    (l) => `<a class="IssueLabel hx_IssueLabel width-fit mb-1 mr-1" href="/quillmark/tessera/labels/${l}">
<span class="css-truncate-target">${l}</span></a>`,
  )
  .join('\n')}
</div></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Projects</div>
<span class="css-truncate-target">Tessera roadmap</span></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Milestone</div><strong class="css-truncate-target">0.22</strong></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Development</div>
<a class="Link--primary" href="/quillmark/tessera/pull/4199">Track included partials in the dependency graph</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">3 participants</div>
<div class="participation-avatars d-flex flex-wrap">${avatar('mirelle-dacosta')}${avatar('halvard-s')}${avatar('oriane-k')}</div></div></div></div>
</div></div></div></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center pb-3"><span>© 2026 GitHub,&nbsp;Inc.</span></div>
<nav aria-label="Footer"><ul class="list-style-none d-flex flex-justify-center flex-wrap">${links(gFoot, 'mx-2')}</ul></nav></footer>
<div id="ghcc" class="cookie-consent-banner" role="region" aria-label="Cookie consent"><p>We use optional cookies to improve your experience on our
websites and to display personalized advertising.</p><button class="btn">Accept</button> <button class="btn">Reject</button></div>
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["issues_react_timeline"]}</script></body></html>`;
const githubIssue: TestPage = {
  name: 'heldout272-github-issue-forum',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: ['Steps to reproduce', 'Expected behaviour', 'Environment'],
  body: texts([...gIntro, ...gSteps, ...gExpected, ...gEnv, ...gC1, ...gC2, ...gC3]),
  bylines: ['mirelle-dacosta', 'opened this issue', 'Feb 9, 2026', 'halvard-s', 'oriane-k', 'Feb 15, 2026', 'Feb 16, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing', 'Search or jump to...', 'Sign in', 'Sign up',
    'quillmark', 'Public', 'Notifications', 'Fork', '311', 'Star', '5.8k', ...gNav.filter((n) => n !== 'Code'), 'New issue', '#4182', 'Open', '3 comments',
    'added the', 'label', 'mentioned this issue', 'Track included partials in the dependency graph', '#4199', 'Sign up for free',
    'to join this conversation on GitHub.', 'Already have an account?', 'Sign in to comment', 'Assignees', 'Labels', ...gLabels, 'Projects',
    'Tessera roadmap', 'Milestone', '0.22', 'Development', '3 participants', 'Footer', '© 2026 GitHub, Inc.', ...gFoot,
    'We use optional cookies to improve your experience on our websites and to display personalized advertising.', 'Accept', 'Reject',
  ],
};

export const HELDOUT272_A: readonly TestPage[] = [githubIssue, gitlabIssue];
