import { links, type TestPage, texts } from './page-kit.js';
import { gitlabMr } from './pages-heldout158-c2.js';

/**
 * Held-out batch 158, file c: a GitHub Discussions thread in the Q&A category with an answer marked (the global header for a
 * signed-out visitor, the repository header with Watch / Fork / Star counts and tabs, the discussion title with its number,
 * the "Answered by" box that repeats the chosen answer near the top, the category and labels rail, participants, upvote
 * counts, the "Marked as answer" badge, replies folded under each comment, "Sign up for free to join this conversation" and
 * the footer) and, from file c2, a GitLab merge request's Overview tab with its discussion.
 */
const ghTitle = 'Cache keys change on every run when the lockfile path contains a space';
const ghQ = [
  'We use the cache step with <code>key-from: lockfile</code> in a monorepo where one project lives under <code>apps/Field Notes/</code>. ' +
    'Since upgrading to v3.2 the cache never hits for that project: every run computes a new key, uploads 600 MB and throws it away.',
  'The other projects, whose paths have no spaces, hit the cache as expected. Is quoting required somewhere, or is this a bug?',
  'What I checked so far: the lockfile itself does not change between runs, the runner image is the same, and the debug log shows ' +
    'the key being computed twice in the same job with two different values. Renaming the folder is not really an option, as ' +
    'three other tools and a lot of documentation refer to the path.',
];
const ghAnswer = [
  'This is a known problem in v3.2.0: the key is built from the lockfile path before it is normalised, and the path with a space ' +
    'is hashed together with a timestamp that should have been dropped. It is fixed in v3.2.1, released yesterday.',
  "If you cannot upgrade yet, set the key yourself with <code>key: deps-&#36;{{ hashFiles('apps/Field Notes/yarn.lock') }}</code>, which " +
    'does not go through the broken code path.',
  'Thanks for the detailed report, by the way. The debug log showing two different keys in one job is what pointed us to the ' +
    'timestamp. We have added a test with spaces, parentheses and non-ASCII characters in the path so this does not come back.',
];
const ghOther = [
  'Same here with a path containing parentheses. Pinning to v3.1.4 worked around it for us until the fix came out. ' +
    'Our builds went from eleven minutes back to four once the cache hit again.',
];
const ghReplies = [
  'Upgraded to v3.2.1 and the cache hits again on the second run. Thanks for the quick fix!',
  'Confirmed on our side too, the parentheses case is fixed as well.',
];
const ghHeader = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing', 'Sign in', 'Sign up'];
const ghRepo = ['quarry-ci', '/', 'cache-step', 'Public', 'Notifications', 'Fork', '212', 'Star', '3.4k'];
const ghTabs = ['Code', 'Issues', '38', 'Pull requests', '6', 'Discussions', 'Actions', 'Security', 'Insights'];
const ghRail = [
  'Category',
  'Q&A',
  'Labels',
  'bug',
  'v3.2',
  '4 participants',
  'Converted from issue',
  'This discussion was converted from issue #1187 on November 06, 2025 10:02.',
];
const ghFoot = ['© 2025 GitHub, Inc.', 'Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const who = (u: string, time: string, iso: string): string => `<div class="timeline-comment-header"><h3 class="f5 text-normal"><strong>
<a class="author Link--primary text-bold css-overflow-wrap-anywhere" data-hovercard-type="user" href="/${u}">${u}</a></strong>
<a href="#discussioncomment-1" class="Link--secondary js-timestamp"><relative-time datetime="${iso}" class="no-wrap">${time}</relative-time></a></h3></div>`;
const body = (ps: readonly string[]): string =>
  `<td class="d-block color-fg-default comment-body markdown-body js-comment-body">${ps.map((p) => `<p dir="auto">${p}</p>`).join('\n')}</td>`;
const upv = (n: string): string => `<div class="discussion-vote-form"><button class="btn-sm btn social-reaction-summary-item" aria-label="Upvote">
<svg class="octicon octicon-arrow-up"></svg><span class="js-upvote-count">${n}</span></button></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${ghTitle} · quarry-ci/cache-step · Discussion #1190 · GitHub</title><meta name="description" content="${texts(ghQ)[0]?.slice(0, 140)}">
<meta property="og:site_name" content="GitHub"><meta property="og:type" content="object">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-6a2f.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.example/assets/discussions-4b1e.js"></script></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" class="p-3 show-on-focus">
Skip to content</a><header class="HeaderMktg header-logged-out js-details-container js-header" role="banner"><nav aria-label="Global" class="HeaderMenu-nav">
<ul class="d-lg-flex list-style-none">
${links(ghHeader.slice(0, 6), 'HeaderMenu-item')}</ul></nav><div class="d-lg-flex flex-items-center"><qbsearch-input class="search-input">
<button class="header-search-button">
<span class="flex-1">Search or jump to...</span></button></qbsearch-input><a href="/login" class="HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link--sign-up">Sign up</a></div></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><strong class="mr-2 flex-self-stretch">
<a href="/quarry-ci">${ghRepo[0]}</a></strong><span class="mx-1 flex-self-stretch color-fg-muted">${ghRepo[1]}</span><strong itemprop="name">
<a href="/quarry-ci/cache-step">${ghRepo[2]}</a></strong><span class="Label Label--secondary v-align-middle mr-1">${ghRepo[3]}</span></div>
<ul class="pagehead-actions flex-shrink-0"><li><a href="/login" class="btn-sm btn">${ghRepo[4]}</a></li><li><a href="/login" class="btn-sm btn">${ghRepo[5]}
<span class="Counter">${ghRepo[6]}</span></a></li><li>
<a href="/login" class="btn-sm btn">${ghRepo[7]} <span class="Counter js-social-count">${ghRepo[8]}</span></a></li></ul></div>
<nav aria-label="Repository" class="js-repo-nav UnderlineNav"><ul class="UnderlineNav-body list-style-none">
<li><a class="UnderlineNav-item" href="/quarry-ci/cache-step"><span data-content="Code">Code</span></a></li>
<li><a class="UnderlineNav-item" href="/quarry-ci/cache-step/issues"><span>Issues</span> <span class="Counter">38</span></a></li>
<li><a class="UnderlineNav-item" href="/quarry-ci/cache-step/pulls"><span>Pull requests</span> <span class="Counter">6</span></a></li>
${['Discussions', 'Actions', 'Security', 'Insights']
  .map(
    (t) => `<li><a class="UnderlineNav-item" href="/quarry-ci/cache-step/${t.toLowerCase()}">
<span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div id="discussion_bucket" class="pb-3">
<div class="gh-header mb-3 js-details-container Details js-socket-channel"><div class="gh-header-show"><div class="d-flex flex-column flex-md-row">
<h1 class="gh-header-title mb-2 lh-condensed f1">
<span class="js-issue-title markdown-title">${ghTitle}</span> <span class="f1-light color-fg-muted">#1190</span></h1>
<div class="gh-header-actions"><a href="/login" class="btn btn-sm">New discussion</a></div></div></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><span class="State State--merged mr-2" title="Status: Answered">Answered</span>
<span class="text-bold">Answered by <a class="Link--secondary text-bold" href="/ivette-lorca">ivette-lorca</a></span>
<a href="/login" class="Link--secondary">Ask a question</a></div></div>
<section class="Box color-border-success-emphasis mb-3" aria-label="Marked as answer"><div class="Box-header color-bg-success"><h2 class="Box-title">Answered by
ivette-lorca <relative-time datetime="2025-11-07T09:41:00Z">Nov 7, 2025</relative-time></h2></div><div class="Box-body markdown-body">
<p>${ghAnswer[0]?.slice(0, 80)}…</p><a href="#discussioncomment-1190-2" class="Link--muted">View full answer</a></div></section>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main"><div class="js-discussion">
<div class="timeline-comment-group discussion-timeline-item" id="discussion-1190">${upv('9')}<div class="timeline-comment">
${who('nils-ostergaard', 'Nov 6, 2025', '2025-11-06T10:02:00Z')}
<div class="edit-comment-hide"><table class="d-block"><tbody class="d-block"><tr class="d-block">${body(ghQ)}</tr></tbody></table></div>
<div class="comment-reactions"><span class="social-reaction-summary-item">👀 3</span></div></div></div>
<h2 class="f4 mt-4">2 comments · 2 replies</h2><div class="color-fg-muted">Oldest</div><div class="color-fg-muted">Newest</div>
<div class="color-fg-muted">Top</div>
<div class="discussion-timeline-item js-discussion-comment border color-border-success-emphasis"
id="discussioncomment-1190-2">${upv('14')}<div class="timeline-comment">
<span class="Label Label--success"><svg class="octicon octicon-check-circle-fill"></svg> Answer selected by nils-ostergaard</span>
${who('ivette-lorca', 'Nov 7, 2025', '2025-11-07T09:41:00Z')}<span class="Label Label--secondary">Maintainer</span><table class="d-block">
<tbody class="d-block"><tr class="d-block">${body(ghAnswer)}</tr></tbody></table>
<div class="discussion-nested-comments-list"><div class="js-comment-container">${who('nils-ostergaard', 'Nov 7, 2025', '2025-11-07T12:10:00Z')}
<span class="Label Label--secondary">Author</span><table class="d-block"><tbody><tr>${body(ghReplies.slice(0, 1))}</tr></tbody></table></div>
<div class="js-comment-container">${who('tamsin-hollis', 'Nov 8, 2025', '2025-11-08T08:30:00Z')}<table class="d-block"><tbody>
<tr>${body(ghReplies.slice(1))}</tr></tbody></table></div></div>
</div></div><div class="discussion-timeline-item js-discussion-comment">${upv('3')}<div class="timeline-comment">
${who('tamsin-hollis', 'Nov 6, 2025', '2025-11-06T15:55:00Z')}
<table class="d-block"><tbody><tr>${body(ghOther)}</tr></tbody></table></div></div></div>
<div class="flash flash-warn mt-3"><a href="/signup?return_to=%2Fquarry-ci%2Fcache-step%2Fdiscussions%2F1190" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a href="/login">Sign in to comment</a></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">${ghRail[0]}</h3><a href="/discussions/categories/q-a">
<span class="Label">🙏 ${ghRail[1]}</span></a></div><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">${ghRail[2]}</h3>
<a class="IssueLabel hx_IssueLabel">${ghRail[3]}</a> <a class="IssueLabel hx_IssueLabel">${ghRail[4]}</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">${ghRail[5]}</h3></div><div class="discussion-sidebar-item">
<h3 class="discussion-sidebar-heading">${ghRail[6]}</h3><p class="text-small color-fg-muted">${ghRail[7]}</p></div></div></div></div></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted" role="contentinfo"><h2 class="sr-only">Footer</h2><ul class="list-style-none d-flex flex-justify-center">
<li class="mr-3">${ghFoot[0]}</li>${links(ghFoot.slice(1), 'mx-2')}</ul></footer></body></html>`;
const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout158-github-discussions-answered',
  kind: 'forum',
  // the question, the marked answer, the other top-level comment and the two nested replies are body; the "Answered by" box
  // near the top repeats the start of the answer and is furniture (its texts are not listed, as they are gold text cut short);
  // user names and times are bylines; "Answer selected by ...", "Maintainer", "Author", counts and rails are furniture
  title: ghTitle,
  headings: [],
  body: [...texts(ghQ), ...texts(ghAnswer), ...ghReplies, ...ghOther],
  bylines: ['nils-ostergaard', 'ivette-lorca', 'tamsin-hollis', 'Answered by ivette-lorca', 'Nov 6, 2025', 'Nov 7, 2025', 'Nov 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghHeader, 'Search or jump to...', ...ghRepo, ...ghTabs, '#1190', 'New discussion', 'Answered', 'Ask a question', 'View full answer',
    '9', '👀 3', '2 comments · 2 replies', 'Oldest', 'Newest', 'Top', '14',
    'Answer selected by nils-ostergaard', 'Maintainer', 'Author', '3', 'Sign up for free',
    'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', ...ghRail, ...ghFoot,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_C: readonly TestPage[] = [githubDiscussion, gitlabMr];
