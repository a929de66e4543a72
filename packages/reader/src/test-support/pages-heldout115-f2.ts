import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file f2: a GitHub Discussions Q&A thread as a signed-out visitor saves it, opened by the timeline note
 * "This discussion was converted from issue #N" (the global header with "Sign in" / "Sign up", the repository header with
 * "Notifications", "Fork" and "Star", the repository tabs, the discussion title with number and "Unanswered" state, the
 * category, the original post and two replies with "Maintainer" labels, reactions and upvote counts, the "Answer selected"
 * box, "Sign up for free to join this conversation", the sidebar (Category, Labels, Participants) and the footer).
 */
const t = 'Config reload drops in-flight requests when upstream list changes';
const conv = 'This discussion was converted from issue #412 on May 3, 2025 09:14.';
const op = [
  'When I change the list of upstream servers in the config and send SIGHUP, a handful of in-flight requests fail with a 502. ' +
    'It only happens when a server is removed from the list, not when one is added.',
  'I am running 2.8.1 on Debian with about 300 requests per second spread over four upstreams. I can reproduce it every time ' +
    'with a simple load test and a reload in the middle.',
  'Is this expected? I thought reloads were meant to be graceful.',
];
const r1 = [
  'Thanks for the clear report. This is expected in 2.8: when an upstream is removed, its connection pool is closed straight ' +
    'away, and requests that were waiting on a pooled connection fail instead of being retried on another server.',
  'Version 2.9 adds a drain period. Removed upstreams stop receiving new requests but keep their pool open until existing ' +
    'requests finish, up to upstream_drain_timeout, which defaults to thirty seconds.',
  'I converted this to a discussion because it is a behaviour question rather than a bug; please open a new issue if you still ' + 'see failures on 2.9.',
];
const r2 = [
  'Confirmed on 2.9.0-rc2: no failed requests over twenty reloads with the same load test. Thanks for the pointer.',
  'One small thing for anyone else: the drain timeout also applies to long polling requests, so I set it to ninety seconds.',
];
const repoTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const headNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const foot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const comment = (
  user: string,
  date: string,
  body: string[],
  extra: string,
  votes: string,
): string => `<div class="timeline-comment-group discussion-timeline-item">
<div class="d-flex"><div class="discussion-vote-form js-upvote-button-group"><button type="submit" class="btn-octicon color-fg-muted"
aria-label="Upvote: ${votes}">
<span class="js-upvote-count">${votes}</span></button></div><div class="flex-auto min-width-0"><div class="timeline-comment color-bg-default">
<div class="timeline-comment-header clearfix d-flex"><h3 class="f5 text-normal flex-auto"><a class="author Link--primary text-bold"
data-hovercard-type="user" href="/${user}">${user}</a>
<a href="#discussioncomment" class="Link--secondary js-timestamp"><relative-time datetime="2025-05-03T10:00:00Z"
class="no-wrap">${date}</relative-time></a></h3>${extra}</div>
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody
class="d-block"><tr class="d-block">
<td class="d-block color-fg-default comment-body markdown-body js-comment-body">${body
  .map((x) => `<p dir="auto">${x}</p>`)
  .join('\n')}</td></tr></tbody></table></task-lists></div>
<div class="comment-reactions js-reactions-container"><div class="js-comment-reactions-options d-flex"><button class="social-reaction-summary-item
btn-link" aria-label="react with thumbs up">
<g-emoji class="social-button-emoji" alias="+1">👍</g-emoji><span
class="js-discussion-reaction-group-count">3</span></button></div></div></div></div></div></div>`;
const maint = '<span class="Label ml-1" aria-label="This user is a maintainer of the harbor-proxy repository.">Maintainer</span>';
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<link rel="stylesheet" crossorigin="anonymous" media="all" href="https://github.githubassets.example/assets/primer-primitives-4cf0d59ab51a.css">
<title>${t} · tidewright harbor-proxy · Discussion #418 · GitHub</title><meta name="description" content="When I change the list of upstream servers
in the config and send SIGHUP...">
<meta property="og:title" content="${t} · tidewright/harbor-proxy · Discussion #418"><meta property="og:type" content="object">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number" data-turbo-transient><meta name="octolytics-dimension-repository_nwo"
content="tidewright/harbor-proxy">
<script crossorigin="anonymous" defer="defer" type="application/javascript"
src="https://github.githubassets.example/assets/wp-runtime-8b1c3d.js"></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex flex-column
flex-lg-row flex-items-center p-responsive">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.example/" aria-label="Homepage"></a><nav aria-label="Global" class="mt-5 mb-3
mb-lg-0 mt-lg-0">
<ul class="d-lg-flex list-style-none">${headNav
  .map(
    (n) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap
flex-lg-items-center">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center
flex-justify-between js-details-target">${n}</button></li>`,
  )
  .join('')}</ul></nav>
<div class="d-flex flex-items-center"><div class="header-search flex-auto position-relative"><qbsearch-input class="search-input"><button
class="header-search-button placeholder input-button form-control">
<span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></qbsearch-input></div>
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border
border-lg-0 rounded px-2 py-1">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border
color-border-default rounded px-2 py-1">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor,
var(--color-page-header-bg));" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex
flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/tidewright">tidewright</a></span><span class="mx-1
flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tidewright/harbor-proxy">harbor-proxy</a></strong><span class="Label
Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login" class="btn-sm btn" aria-label="You must be
signed in to change notification settings">Notifications</a></li>
<li><a class="btn-sm btn" href="/login"><span>Fork</span>
<span class="Counter">211</span></a></li><li><a class="btn-sm btn" href="/login"><span>Star</span>
<span class="Counter js-social-count">3.4k</span></a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav
overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${links(repoTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" class=""><div class="repository-content"><div class="gh-header mb-3 js-details-container
Details js-socket-channel js-updatable-content discussion">
<div class="gh-header-show"><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title
markdown-title">${t}</span>
<span class="f1-light color-fg-muted">#418</span></h1></div><div class="gh-header-meta d-flex flex-items-center"><span class="State
State--open">Unanswered</span>
<div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" href="/oskar-lind">oskar-lind</a> asked this question in
<a href="/tidewright/harbor-proxy/discussions/categories/q-a">
<strong>Q&amp;A</strong></a></div></div></div>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main"><div class="discussion js-discussion" data-hpc>
<div class="TimelineItem discussion-converted-from-issue"><div class="TimelineItem-badge"></div><div class="TimelineItem-body">This discussion was
converted from issue
<a class="Link--primary text-bold" href="/tidewright/harbor-proxy/issues/412">#412</a> on
<relative-time datetime="2025-05-03T09:14:00Z" class="no-wrap">May 3, 2025 09:14</relative-time>.</div></div>
${comment('oskar-lind', 'May 2, 2025', op, '', '6')}
<div class="mt-3 mb-3 h5">2 comments · 1 reply</div>
${comment('mira-tidewright', 'May 3, 2025', r1, maint, '9')}
${comment('oskar-lind', 'May 9, 2025', r2, '<span class="Label ml-1">Author</span>', '2')}
<div class="flash flash-warn mt-3"><a href="/signup" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account?
<a href="/login">Sign in to comment</a></div></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Category</h3><a href="/q-a"
class="Link--primary">Q&amp;A</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Labels</h3><span class="IssueLabel hx_IssueLabel">config</span><span
class="IssueLabel hx_IssueLabel">reload</span></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">2 participants</h3><div class="participation-avatars"><a
class="participant-avatar" href="/oskar-lind"><img alt="@oskar-lind"></a></div></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Converted from issue</h3><p>This discussion was converted from issue #412
on May 03, 2025 09:14.</p></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex
flex-justify-center flex-items-center flex-column-reverse flex-lg-row">
<span>&#169; 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul
class="list-style-none d-flex flex-justify-center flex-wrap">${links(foot)}</ul></nav></footer>
</body></html>`;

export const githubDiscussion: TestPage = {
  name: 'heldout115-github-converted-discussion-forum',
  kind: 'forum',
  html,
  title: t,
  headings: [],
  body: texts([...op, ...r1, ...r2]),
  bylines: ['oskar-lind', 'mira-tidewright', 'May 2, 2025', 'May 3, 2025', 'May 9, 2025'],
  furniture: [
    'Skip to content',
    ...headNav,
    'Search or jump to...',
    'Sign in',
    'Sign up',
    'tidewright',
    'harbor-proxy',
    'Public',
    'Notifications',
    'Fork',
    'Star',
    '3.4k',
    ...repoTabs,
    '#418',
    'Unanswered',
    'asked this question in',
    'Q&A',
    conv,
    '2 comments · 1 reply',
    'Maintainer',
    'Author',
    'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment',
    'Category',
    'Labels',
    'config',
    'reload',
    '2 participants',
    'Converted from issue',
    'This discussion was converted from issue #412 on May 03, 2025 09:14.',
    'Footer',
    'Footer navigation',
    '© 2025 GitHub, Inc.',
    ...foot,
  ],
};
