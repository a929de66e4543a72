import { links, ps, type TestPage, texts } from './page-kit.js';
import { rtd } from './pages-heldout255-b2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file b: a GitHub Discussions Q&A thread, where the opening post, the marked answer, the other replies
 * and a nested reply are the body (global header, repository header and tabs, discussion header with the "started this
 * conversation" line, reactions, "Answered by" box, upvote counts, the sidebar with category, labels and participants,
 * the comment box and the footer), and, from file b2, a Read the Docs tutorial page on the Sphinx RTD theme.
 */
const gTitle = 'Memory keeps growing when the watcher follows a rotated file';
const gQ = [
  j(
    'We run Tidewell 4.1.3 on about forty hosts that tail nginx access logs. On hosts where logrotate runs hourly, the collector’s',
    'resident memory grows by roughly 30 MB per rotation and never comes back down. After a day it gets killed by the OOM killer.',
  ),
  j(
    'Our file source uses <code>follow: name</code> and <code>glob: /var/log/nginx/*.log</code>. Hosts with daily rotation show',
    'the same pattern, just slower. Restarting the collector frees the memory straight away.',
  ),
  'Is this a known issue, or are we holding the watcher wrong? Happy to collect a heap profile if someone tells me which flag to use.',
];
const gA = [
  j(
    'Thanks for the detailed report. This looks like the fingerprint cache: with <code>follow: name</code>, every rotated file',
    'keeps its entry until the file is deleted, and logrotate with <code>delaycompress</code> keeps the old file around for',
    'another cycle under a new name, so the entry is never released.',
  ),
  'Two things should help on 4.1.x:',
  'Set <code>fingerprint.max_entries</code> to a small number, such as 64, so the cache evicts old entries.',
  'Or switch to <code>follow: inode</code>, which is what we recommend for rotated files anyway.',
  j(
    'The proper fix, releasing the entry when the file is renamed out of the glob, landed in main last week and will ship in',
    '4.2. If you want a heap profile anyway, start the collector with <code>--debug-pprof 127.0.0.1:6061</code>.',
  ),
];
const gR1 = [
  j(
    'Switching to <code>follow: inode</code> fixed it on the two hosts we tried. Memory has been flat at 180 MB for six hours',
    'now, through six rotations. Marking this as the answer, thank you.',
  ),
];
const gR1a = ['Same here with Apache logs and weekly rotation. The max_entries setting alone was enough for us.'];
const gR2 = [
  j(
    'Small addition for anyone who finds this later: if you use <code>copytruncate</code> instead of moving files, inode mode',
    'will re-read the truncated file from the start. Set <code>read_from: end</code> for those sources.',
  ),
];
const gTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const gFoot = ['Terms', 'Privacy', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const post = (user: string, date: string, iso: string, html: string, extra = ''): string => `<div class="timeline-comment-group
discussion-timeline-item"><div class="timeline-comment color-bg-default"><div class="timeline-comment-header py-2 pl-3 pr-2 d-flex">
<h3 class="timeline-comment-header-text f5 text-normal"><strong><a class="author Link--primary text-bold" data-hovercard-type="user"
href="/${user}">${user}</a></strong> <a href="#discussioncomment-${iso.length}" class="Link--secondary js-timestamp"><relative-time datetime="${iso}"
class="no-wrap">${date}</relative-time></a></h3>${extra}</div>
<task-lists disabled sortable><div class="edit-comment-hide"><td class="d-block comment-body markdown-body js-comment-body">
${html}
</td></div></task-lists><div class="discussion-footer d-flex"><div class="js-comment-reactions-options"><button type="button"
class="social-reaction-summary-item js-reaction-group-button btn-link" aria-label="react with thumbs up"><g-emoji alias="+1">👍</g-emoji>
<span class="js-discussion-reaction-group-count">4</span></button></div></div></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${gTitle} · tidewell/tidewell · Discussion #2817 · GitHub</title>
<meta name="description" content="We run Tidewell 4.1.3 on about forty hosts that tail nginx access logs.">
<meta property="og:site_name" content="GitHub"><meta property="og:type" content="object"><meta name="route-pattern"
content="/:user_id/:repository/discussions/:number">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-primitives.css">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["discussions_answer_box"]}</script>
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.example/assets/discussions.js"></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><nav aria-label="Global"><ul class="list-style-none">
${links(['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'], 'HeaderMenu-item')}</ul></nav>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a></div>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<div class="flex-auto min-width-0 width-fit"><strong itemprop="author"><a href="/tidewell" rel="author">tidewell</a></strong> / <strong itemprop="name"
class="mr-2 flex-self-stretch"><a href="/tidewell/tidewell">tidewell</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" class="btn-sm btn">Notifications</a></li>
<li><a href="/login" class="btn-sm btn">Fork 412</a></li><li><a href="/login" class="btn-sm btn">Star 6.8k</a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden
UnderlineNav">
<ul class="UnderlineNav-body list-style-none">${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div class="gh-header js-details-container Details">
<div class="gh-header-show"><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title
markdown-title">${gTitle}</span>
<span class="f1-light color-fg-muted">#2817</span></h1></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><span class="State State--open">Answered</span>
<div class="flex-auto min-width-0 mb-2"><a class="author Link--secondary text-bold" href="/vaughn-pell">vaughn-pell</a> asked this question in
<a href="/tidewell/tidewell/discussions/categories/q-a"><span class="text-bold">Q&amp;A</span></a></div></div></div>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main"><div class="js-discussion">
${post('vaughn-pell', 'Mar 2, 2026', '2026-03-02T08:14:00Z', ps(gQ))}
<section class="discussion-answer-box border color-border-success-emphasis rounded-2 mb-3" aria-label="Marked as answer">
<div class="px-3 py-2 color-bg-success"><span class="text-bold">Answer selected by</span> <a href="/vaughn-pell">vaughn-pell</a></div></section>
<h2 class="f4 text-normal mt-3 mb-2">3 comments · 1 reply</h2>
${post(
  'mdufort',
  'Mar 2, 2026',
  '2026-03-02T10:02:00Z',
  `${ps(gA.slice(0, 2))}\n<ul>\n<li>${gA[2]}</li>\n<li>${gA[3]}</li>\n</ul>\n${ps(gA.slice(4))}`,
  '<span class="Label Label--success ml-2">Answer</span><span class="Label ml-1">Maintainer</span>',
)}
<div class="discussion-nested-comment-group">${post('vaughn-pell', 'Mar 2, 2026', '2026-03-02T16:40:00Z', ps(gR1))}
${post('okorie-b', 'Mar 3, 2026', '2026-03-03T07:55:00Z', ps(gR1a))}</div>
${post('ttrenholm', 'Mar 4, 2026', '2026-03-04T12:21:00Z', ps(gR2))}
<div class="discussion-timeline-actions"><div class="flash flash-warn">
<a href="/login?return_to=%2Ftidewell%2Ftidewell%2Fdiscussions%2F2817" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a href="/login">Sign in to comment</a></div></div></div></div>
<div class="Layout-sidebar" data-view-component="true"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Category</h3>
<a href="/tidewell/tidewell/discussions/categories/q-a" class="Link--primary">🙏 Q&amp;A</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Labels</h3><a class="IssueLabel hx_IssueLabel" href="#">area/file-source</a>
<a class="IssueLabel hx_IssueLabel" href="#">memory</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">4 participants</h3><div class="participation-avatars">
<a class="participant-avatar" href="/vaughn-pell"><img alt="@vaughn-pell" src="/avatars/1.png" width="26" height="26"></a></div></div>
<div class="discussion-sidebar-item"><a href="/tidewell/tidewell/issues/new?discussion=2817"
class="Link--muted">Converted from issue</a></div></div></div></div>
</main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><div class="d-flex flex-justify-center flex-items-center">
<span>© 2026 GitHub, Inc.</span></div><nav aria-label="Footer"><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0">
${links(gFoot, 'mx-2')}</ul></nav></footer>
<div id="ghcc" class="js-cookie-consent-banner"><div class="hx_cookie-banner"><p>We use optional cookies to improve your experience on our websites and
to display personalized advertising.</p><button class="btn" type="button">Accept</button><button class="btn" type="button">Reject</button>
<button class="btn" type="button">Manage cookies</button></div></div></body></html>`;
const ghDiscussion: TestPage = {
  name: 'heldout255-github-discussions-thread',
  kind: 'forum',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([...gQ, ...gA, ...gR1, ...gR1a, ...gR2]),
  bylines: ['vaughn-pell', 'Mar 2, 2026', 'mdufort', 'okorie-b', 'Mar 3, 2026', 'ttrenholm', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing', 'Sign in', 'Sign up', 'tidewell', 'Public',
    'Notifications', 'Fork 412', 'Star 6.8k', ...gTabs, '#2817', 'Answered', 'asked this question in', 'Q&A', 'Answer selected by', '3 comments · 1 reply',
    'Answer', 'Maintainer', 'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', 'Category',
    'Labels', 'area/file-source', '4 participants', 'Converted from issue', '© 2026 GitHub, Inc.', ...gFoot,
    'We use optional cookies to improve your experience on our websites and to display personalized advertising.', 'Accept', 'Reject',
  ],
};

export const HELDOUT255_B: readonly TestPage[] = [ghDiscussion, rtd];
