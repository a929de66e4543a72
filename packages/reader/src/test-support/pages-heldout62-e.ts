import { links, type TestPage, texts } from './page-kit.js';
import { techCommunityThread } from './pages-heldout62-e2.js';
import { answerMark, code, ghComment, heading, p, replies } from './pages-heldout62-e3.js';

/**
 * Held-out batch 62, file e: a GitHub Discussions Q&A thread as a logged-out visitor saves it in 2025 (skip link, the
 * marketing header with its menus, search and sign-in, the stale-session flash messages, the repository header with
 * Notifications/Fork/Star and the repository tabs with counters, the discussion title with number, "Answered" state and
 * "asked this question in Q&A", the "converted from issue" note, the "Answered by" box with an excerpt, the opening post with
 * markdown headings (anchor links), a code block with its copy button, reactions and the upvote button, the comment count
 * and sort, comments with "Maintainer"/"Author" labels, "Answer selected by", nested replies, the sign-up prompt, the
 * sidebar (category, labels, participants), the error templates and the footer); its markup pieces are in file e3.
 */
const ghTitle = 'How do I keep the tile cache between worker restarts?';
const ghP1 = [
  'We render vector tiles with Tessellate inside a pool of Node workers behind a queue. Each worker builds its own tile cache in ' +
    'memory, and when the pool recycles a worker (every 500 jobs, to keep memory in check) the cache is lost and the first few ' +
    'hundred requests after that are slow again.',
];
const ghH1 = 'What I tried';
const ghP2 = [
  'I passed a <code class="notranslate">cacheDir</code> option to the renderer, which I found in an old issue, but it seems to be ' +
    'ignored: nothing is written to the directory, and the first requests after a restart are just as slow.',
];
const ghCode1 = `const renderer = createRenderer({ style, cacheDir: '/var/cache/tiles' });`;
const ghH2 = 'Environment';
const ghEnv = ['Tessellate 4.2.0', 'Node 22.11 on Debian 12', 'Workers managed with Piscina, 8 threads'];
const ghP3 = ['Is there a supported way to share or persist the cache, or should we be keeping the workers alive for longer?'];
const ghA1 = [
  'The <code class="notranslate">cacheDir</code> option was removed in 4.0 when the cache moved to a pluggable store, which is why ' +
    'it is silently ignored. We should warn about unknown options; I have opened #4190 for that.',
  'In 4.x you pass a store instead. The built-in file store writes the geometry of each tile to disk and reads it back when the ' +
    'memory cache misses, so a recycled worker warms up from disk rather than from scratch:',
];
const ghCode2 = `import { createRenderer, fileStore } from 'tessellate';
const renderer = createRenderer({ style, store: fileStore('/var/cache/tiles') });`;
const ghA1b = ['Point every worker at the same directory. Writes are atomic, so several workers sharing one store is safe.'];
const ghR1 =
  'That works, thank you. After a recycle the first requests now take about 40 ms instead of 900 ms. Is there a way to limit how big the directory gets?';
const ghR2 =
  'Yes, the file store takes a <code class="notranslate">maxBytes</code> option and evicts the least recently used tiles when it ' +
  'goes over. Something around 2 GB is a reasonable start for a city-sized dataset.';
const ghA2 =
  'If anyone else runs this on Kubernetes: put the cache directory on a volume shared by the pods, not in the file system of the ' +
  'container, or every new pod starts cold anyway. We use a ReadWriteMany volume and it has been fine for months.';
const ghR3 = 'Good tip. We are moving to Kubernetes next quarter, so that will save us a surprise.';
const ghMenu = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '87'],
  ['Pull requests', '12'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const ghReplies1 = replies(
  ghComment({ id: '12450932', user: 'okoye-dev', label: 'Author', time: 'Mar 6, 2025', iso: '2025-03-06T11:02:17Z', body: p([ghR1]), vote: 1 }, true) +
    ghComment({ id: '12451207', user: 'lindqvist', label: 'Maintainer', time: 'Mar 6, 2025', iso: '2025-03-06T12:40:55Z', body: p([ghR2]), vote: 5 }, true),
  2,
);
const ghA1Body = `${p(ghA1)}\n${code('js', ghCode2)}\n${p(ghA1b)}`;
const ghComments = [
  ghComment({
    id: '12450118',
    user: 'lindqvist',
    label: 'Maintainer',
    time: 'Mar 6, 2025',
    iso: '2025-03-06T09:14:08Z',
    body: ghA1Body,
    vote: 9,
    extra: answerMark,
    edited: true,
  }) + ghReplies1,
  ghComment({ id: '12471554', user: 'priyanka-s', time: 'Mar 7, 2025', iso: '2025-03-07T16:21:40Z', body: p([ghA2]), vote: 4 }) +
    replies(
      ghComment({ id: '12472010', user: 'okoye-dev', label: 'Author', time: 'Mar 7, 2025', iso: '2025-03-07T17:05:02Z', body: p([ghR3]), vote: 0 }, true),
      1,
    ),
].join('\n');
const ghFirst = `${p(ghP1)}\n${heading(ghH1)}\n${p(ghP2)}\n${code('js', ghCode1)}\n${heading(ghH2)}\n<ul
 dir="auto">\n${ghEnv.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>\n${p(ghP3)}`;

const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><title>${ghTitle} · tessellate-js/tessellate · Discussion #4182 · GitHub</title>
<meta name="description" content="We render vector tiles with Tessellate inside a pool of Node workers behind a queue.">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number(.:format)" data-turbo-transient>
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-8e1b2c3d4f5a.css">
<meta name="octolytics-dimension-repository_nwo" content="tessellate-js/tessellate"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4
 color-bg-accent-emphasis
 color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<button type="button" class="js-details-target Button--link Button--medium Button d-lg-none color-fg-inherit p-1" aria-label="Toggle navigation"
 aria-expanded="false">
<span class="Button-label"><div class="HeaderMenu-toggle-bar rounded my-1"></div></span></button>
<nav aria-label="Global" class="flex-1 flex-order-2 flex-lg-order-none"><ul class="d-lg-flex list-style-none">${ghMenu
  .map(
    (m) => `<li class="HeaderMenu-item
 position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container
 js-header-menu-item"><button
 type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between
 js-details-target"
 aria-expanded="false">${m}</button></li>`,
  )
  .join('')}</ul></nav>
<div class="d-lg-flex flex-items-center mr-lg-3 mb-3 mb-lg-0"><qbsearch-input class="search-input" data-scope="repo:tessellate-js/tessellate"><button
 type="button"
 class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left
 border-0 box-shadow-none" data-target="qbsearch-input.inputButton" aria-label="Search or jump to…"><span class="flex-1">Search or jump
 to...</span></button></qbsearch-input></div>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Ftessellate-js%2Ftessellate%2Fdiscussions%2F4182" class="HeaderMenu-link HeaderMenu-link--sign-in
 HeaderMenu-button
 flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign in</a>
<a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex
 no-underline border color-border-default rounded px-2 py-1">Sign up</a></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace>${ghFlash
  .map(
    (f) => `<div class="js-stale-session-flash flash flash-warn flash-full"
 hidden><span class="js-stale-session-flash-message">${f.replace('Reload', '<a class="Link--inTextBlock" href="">Reload</a>')}</span><button class="flash-close
 js-flash-close" type="button" aria-label="Close"></button></div>`,
  )
  .join('\n')}</div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled><div itemscope itemtype="http://schema.org/SoftwareSourceCode">
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap
 flex-justify-end mb-3
 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization"
 href="/tessellate-js">tessellate-js</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
 href="/tessellate-js/tessellate">tessellate</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2Ftessellate-js%2Ftessellate" rel="nofollow" class="btn-sm btn" aria-label="You must be signed in to change notification
 settings">
Notifications</a></li><li><a id="fork-button" href="/login?return_to=%2Ftessellate-js%2Ftessellate" class="btn-sm btn">Fork <span id="repo-network-counter"
 class="Counter">214</span></a></li><li><a href="/login?return_to=%2Ftessellate-js%2Ftessellate" class="btn-sm btn" aria-label="You must be signed in to star
 a repository">
Star <span id="repo-stars-counter-star" aria-label="3841 users starred this repository" class="Counter js-social-count">3.8k</span></a></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul
 class="UnderlineNav-body list-style-none">${ghTabs
   .map(
     ([t, n]) => `<li class="d-inline-flex"><a href="/tessellate-js/tessellate/${t.toLowerCase().replace(' ', '')}"
 class="UnderlineNav-item no-wrap${t === 'Discussions' ? ' selected' : ''}"><span data-content="${t}">${t}</span>${
   n === ''
     ? ''
     : `<span class="Counter"
 title="${n}">${n}</span>`
 }</a></li>`,
   )
   .join('')}
</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance"><div id="repo-content-pjax-container" class="repository-content">
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5 mt-4"><div class="gh-header mb-3 js-details-container Details discussion">
<div class="gh-header-show"><div class="d-flex flex-column flex-md-row"><div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-1 flex-md-order-1 flex-shrink-0
 d-flex
 flex-items-center gap-1"><a href="/login?return_to=%2Ftessellate-js%2Ftessellate%2Fdiscussions%2Fnew" class="btn btn-sm btn-primary">New discussion</a></div>
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title markdown-title">${ghTitle}</span>
<span class="f1-light color-fg-muted">#4182</span></h1></div></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center"><span title="Status:
 Answered"
 class="State State--merged d-flex flex-items-center"><svg class="octicon octicon-check-circle-fill mr-1" viewBox="0 0 16 16" width="16"
 height="16"></svg>Answered</span></div>
<div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" data-hovercard-type="user" href="/okoye-dev">okoye-dev</a> asked this question in
 <a href="/tessellate-js/tessellate/discussions/categories/q-a"><span class="text-bold">Q&amp;A</span></a></div></div></div>
<div id="discussion_bucket" class="pull-discussion-timeline discussion-timeline js-quote-selection-container"><div class="Layout Layout--flowRow-until-md
 Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main">
<div class="color-fg-muted text-small mb-3">This discussion was converted from issue #4177 on March 05, 2025 18:30.</div>
<section aria-label="Marked as answer" class="border rounded-2 color-border-success-emphasis mb-4"><div class="px-3 py-2 color-bg-success"><span
 class="color-fg-success
 text-bold">Answered by <a href="/lindqvist" class="Link--primary text-bold">lindqvist</a> <relative-time datetime="2025-03-06T09:14:08Z">Mar 6,
 2025</relative-time></span>
</div><div class="px-3 py-2 markdown-body text-small"><p>The cacheDir option was removed in 4.0 when the cache moved to a pluggable store, which is why it is
 silently
 ignored. …</p></div><div class="px-3 pb-2"><a href="#discussioncomment-12450118" class="btn-link text-bold">View full answer</a></div></section>
<div class="js-discussion js-socket-channel ml-0 pl-0">
${ghComment({ id: '6210443', user: 'okoye-dev', time: 'Mar 5, 2025', iso: '2025-03-05T18:02:41Z', body: ghFirst, vote: 12 })}
<div class="d-flex flex-items-center flex-justify-between my-4"><h2 class="f4 text-normal"><span class="text-bold">2 comments</span> · 3 replies</h2>
<nav class="UnderlineNav" aria-label="Sort comments"><a class="UnderlineNav-item" aria-current="page" href="?sort=old">Oldest</a><a class="UnderlineNav-item"
 href="?sort=new">Newest</a><a class="UnderlineNav-item" href="?sort=top">Top</a></nav></div>
${ghComments}
<div class="flash mt-4 text-center"><a href="/signup?return_to=%2Ftessellate-js%2Ftessellate%2Fdiscussions%2F4182" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a
 href="/login?return_to=%2Ftessellate-js%2Ftessellate%2Fdiscussions%2F4182">Sign in to
 comment</a></div></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Category</h3><a
 href="/tessellate-js/tessellate/discussions/categories/q-a"
 class="Link--primary"><g-emoji alias="pray">🙏</g-emoji> Q&amp;A</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Labels</h3><span class="IssueLabel hx_IssueLabel">question</span>
<span class="IssueLabel hx_IssueLabel">caching</span></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">3 participants</h3><div class="d-flex flex-wrap">${[
  'okoye-dev',
  'lindqvist',
  'priyanka-s',
]
  .map(
    (u) =>
      `<a href="/${u}" class="participant-avatar" aria-label="@${u}"><img class="avatar avatar-user" src="https://avatars.githubusercontent.com/${u}?s=52"
 alt="@${u}" width="26"></a>`,
  )
  .join('')}</div></div>
<div class="discussion-sidebar-item"><include-fragment src="/tessellate-js/tessellate/discussions/4182/sidebar"><p class="text-center mt-3" hidden>Uh oh!
 There was an error
 while loading. <a class="Link--inTextBlock" data-turbo="false" href="">Please reload this
 page</a>.</p></include-fragment></div></div></div></div></div></div></turbo-frame>
</main></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
 flex-items-center
 flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="Homepage" title="GitHub"
 class="footer-octicon mr-2" href="https://github.com"></a><span>&copy; 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only"
 id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2
 mb-lg-0">${links(ghFoot, 'mx-2')}</ul></nav></div></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><button type="button" class="flash-close js-ajax-error-dismiss"
 aria-label="Dismiss error">
</button>You can’t perform that action at this time.</div></div>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-4f1c2b.js"></script>
</body></html>`;
const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout62-github-discussion',
  kind: 'forum',
  // the opening post, both comments and all three replies are body, the environment list as list items, its two markdown
  // headings ("What I tried", "Environment") the headings; the two code blocks are in neither list; usernames, dates and the
  // "edited" mark are bylines ("asked this question in" in neither); "Maintainer" and "Author" labels, "Answer selected by",
  // "Answered by" with its excerpt box (the excerpt repeats the answer: in neither), "View full answer", the "Answered" state,
  // the conversion note, votes, reactions, comment count and sort, sign-up prompts, sidebar, repository header and tabs with
  // counters, marketing header, flash messages, error templates and footer are furniture; "Security" (tab and footer) is kept
  // once; "Q&A" is kept once (category line and sidebar); the counters and vote numbers are left out
  title: ghTitle,
  headings: [ghH1, ghH2],
  body: [...texts(ghP1), ...texts(ghP2), ...ghEnv, ...texts(ghP3), ...texts(ghA1), ...texts(ghA1b), ...texts([ghR1, ghR2, ghA2, ghR3])],
  bylines: ['okoye-dev', 'lindqvist', 'priyanka-s', 'Mar 5, 2025', 'Mar 6, 2025', 'Mar 7, 2025', 'edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', ...ghMenu, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash, 'tessellate-js',
    'Public', 'Notifications', 'Fork', 'Star', ...ghTabs.map(([t]) => t), 'New discussion', '#4182', 'Answered', 'Q&A',
    'This discussion was converted from issue #4177 on March 05, 2025 18:30.', 'Answered by', 'View full answer', 'Maintainer', 'Author', 'Answer selected by',
    '2 comments · 3 replies', 'Oldest', 'Newest', 'Top', 'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?',
    'Sign in to comment', 'Category', 'Labels', 'question', 'caching', '3 participants', 'Uh oh! There was an error while loading. Please reload this page.',
    'Footer', '2025 GitHub, Inc.',
    'Footer navigation', ...ghFoot.filter((t) => t !== 'Security'), 'You can’t perform that action at this time.',
  ],
};

export const HELDOUT62_E: readonly TestPage[] = [githubDiscussion, techCommunityThread];
