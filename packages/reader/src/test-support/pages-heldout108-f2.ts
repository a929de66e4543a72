import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file f2: a GitHub Discussions Q&A thread of an invented repository, as a signed-out visitor saves it
 * (skip link, the marketing header with its menus, search and "Sign in" / "Sign up", the hidden session flash messages, the
 * repository header with "Public", Notifications / Fork / Star counters and the repository tabs, the discussion header with
 * its number, "New discussion", the "Answered" state and "asked this question in", the opening post with reactions, the
 * "Answered by" box with "View full answer", the comment count, three comments (one marked as answer, with a "Maintainer"
 * label) and two threaded replies, the sign-up prompt, the sidebar (category, labels, participants) and the footer).
 */
const ghTitle = 'How can I keep draft posts out of the RSS feed but still see them in the dev server?';
const ghPost = [
  'I mark unfinished posts with <code class="notranslate">draft: true</code> in the front matter. In ' +
    '<code class="notranslate">quillmark serve</code> they show ' +
    'up on the index page, which is what I want while I am writing. But they also show up in <code class="notranslate">feed.xml</code> when I run the ' +
    'dev server, and last week one of them ended up in the production feed because I built from the wrong terminal.',
  'Is there a supported way to say “include drafts in pages, never in feeds”? I looked through the config reference and could only ' +
    'find the global <code class="notranslate">drafts</code> switch.',
  'Using quillmark 2.8.1 on macOS.',
];
const ghC1 = [
  'There is no separate switch for feeds yet, but you can get this behaviour with the feed filter hook that landed in 2.7. In ' +
    '<code class="notranslate">quillmark.config.ts</code>:',
  'The hook runs for every feed (RSS, Atom and JSON), after drafts have been collected, so drafts still appear everywhere else in the ' + 'dev server.',
  'Separately, <code class="notranslate">quillmark build</code> never includes drafts unless you pass <code class="notranslate">--drafts</code>, so if a ' +
    'draft reached production the build was probably run with that flag or with <code class="notranslate">QUILLMARK_DRAFTS=1</code> set in the environment.',
];
const ghC1Code = `export default defineConfig({
  feeds: {
    filter: (post) =&gt; !post.draft,
  },
});`;
const ghR1 = [
  'That was it. I had <code class="notranslate">QUILLMARK_DRAFTS=1</code> exported in my shell profile from when I was testing something else. ' +
    'The filter works perfectly, thank you!',
  'Would a <code class="notranslate">feeds.includeDrafts</code> option be welcome as a PR? It seems like a common enough need.',
];
const ghR2 = [
  'Yes, happy to take that. Please default it to <code class="notranslate">false</code> and add a line to the feeds page of the docs. ' +
    'I have opened #1440 to track it.',
];
const ghC2 = [
  'For anyone finding this later: if you use the sitemap plugin, it has the same issue, and the same kind of filter works there via ' +
    '<code class="notranslate">sitemap.filter</code>.',
];
const ghC3 = ['+1 for the option. We also hit this when previewing on a staging server that shares the production build script.'];
const ghNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
  'Dismiss alert',
];
const ghTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Projects', 'Security', 'Insights'];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghBody = (paras: readonly string[], code = ''): string =>
  `<td class="d-block color-fg-default comment-body markdown-body js-comment-body">${paras
    .slice(0, 1)
    .map((t) => `<p dir="auto">${t}</p>`)
    .join(
      '',
    )}${code === '' ? '' : `<div class="highlight highlight-source-ts notranslate position-relative overflow-auto" dir="auto"><pre>${code}</pre></div>`}${paras
    .slice(1)
    .map((t) => `<p dir="auto">${t}</p>`)
    .join('')}</td>`;
const ghHead = (who: string, when: string, label = ''): string => `<h3 class="f5 text-normal d-flex flex-items-center"><a class="author Link--primary text-bold"
data-hovercard-type="user" href="/${who}">${who}</a>${
  label === ''
    ? ''
    : ` <span class="Label Label--secondary ml-1"
title="This user is a maintainer of this repository">${label}</span>`
}
<a href="#discussioncomment-${when.length}" class="Link--secondary ml-1"><relative-time datetime="2025-10-0${when.length % 7}T10:00:00Z"
class="no-wrap">${when}</relative-time></a></h3>`;
const ghReact = (
  emoji: string,
  n: string,
): string => `<div class="js-comment-reactions-options d-flex"><button type="button" class="social-reaction-summary-item btn-link"
aria-label="${emoji} react" disabled><g-emoji class="emoji">${emoji}</g-emoji> <span class="js-discussion-reaction-group-count">${n}</span></button></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/primer-primitives-225433424a87.css"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/github-0f2b4f5c1b2e.css">
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-48a2ef5d2c8f.js"></script>
<title>${ghTitle} · quillmark/quillmark · Discussion #1432 · GitHub</title><meta name="description"
content="I mark unfinished posts with draft: true in the front matter.">
<meta name="viewport" content="width=device-width"><meta property="og:title" content="${ghTitle} · quillmark/quillmark · Discussion #1432">
<meta property="og:type" content="object"><meta property="og:site_name" content="GitHub"><link rel="canonical"
href="https://github.com/quillmark/quillmark/discussions/1432">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number"><meta name="octolytics-dimension-repository_nwo" content="quillmark/quillmark">
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1"><a
class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/"
aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon octicon-mark-github"></svg></a>
<div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><nav class="px-3 px-lg-0 pb-4 pb-lg-0"
aria-label="Global">
<ul class="d-lg-flex list-style-none">${ghNav
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between"
aria-expanded="false">${t}</button></li>`,
  )
  .join('')}
</ul></nav><div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3">
<qbsearch-input class="search-input"><button type="button" class="header-search-button placeholder input-button form-control" aria-label="Search or jump to…">
<span class="flex-1">Search or jump to...</span></button></qbsearch-input><div class="position-relative HeaderMenu-link-wrap d-lg-inline-block">
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fquillmark%2Fquillmark%2Fdiscussions%2F1432"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2
py-1">Sign in</a></div>
<a href="/signup?ref_cta=Sign+up"
class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded
px-2 py-1">Sign up</a>
</div></div></div></header><div class="js-stale-session-flash stale-session-flash flash flash-warn flash-full" hidden><svg class="octicon octicon-alert"></svg>
<span class="js-stale-session-flash-signed-in" hidden>${ghFlash[0]}</span><span class="js-stale-session-flash-signed-out" hidden>${ghFlash[1]}</span>
<span class="js-stale-session-flash-switched" hidden>${ghFlash[2]}</span><button class="flash-close js-flash-close" type="button" aria-label="${ghFlash[3]}">
<svg class="octicon octicon-x"></svg></button></div></div><div id="start-of-content" class="show-on-focus"></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header"
class="pt-3 hide-full-screen" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div
class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<svg class="octicon octicon-repo color-fg-muted mr-2"></svg><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author"
href="/quillmark">quillmark</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/quillmark/quillmark">quillmark</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div id="repository-details-container"
class="flex-shrink-0" data-turbo-replace style="max-width: 70%;">
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2Fquillmark%2Fquillmark" rel="nofollow"
aria-label="You must be signed in to change notification settings" class="tooltipped tooltipped-s btn-sm btn"><svg class="octicon octicon-bell mr-2">
</svg>Notifications</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Fquillmark%2Fquillmark" rel="nofollow" class="btn-sm btn"><svg
class="octicon octicon-repo-forked mr-2"></svg>Fork
<span id="repo-network-counter" title="212" class="Counter">212</span></a></li><li><div class="BtnGroup d-flex"><a
href="/login?return_to=%2Fquillmark%2Fquillmark" rel="nofollow"
aria-label="You must be signed in to star a repository" class="tooltipped tooltipped-s btn-sm btn BtnGroup-item"><svg
class="octicon octicon-star d-inline-block mr-2"></svg>
<span class="d-inline">Star</span> <span id="repo-stars-counter-star" aria-label="3412 users starred this repository" title="3,412"
class="Counter js-social-count">3.4k</span></a></div></li>
</ul></div></div><nav aria-label="Repository"
class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${ghTabs
  .map(
    (t) => `<li class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab" href="/quillmark/quillmark/${t.toLowerCase()}"
class="UnderlineNav-item no-wrap js-responsive-underlinenav-item"${t === 'Discussions' ? ' aria-current="page"' : ''}><svg
class="octicon UnderlineNav-octicon d-none d-sm-inline"></svg>
<span data-content="${t}">${t}</span>${
      t === 'Issues' ? '<span title="48" class="Counter">48</span>' : t === 'Pull requests' ? '<span title="12" class="Counter">12</span>' : ''
    }</a></li>`,
  )
  .join('\n')}
</ul></nav></div><turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container"
class="repository-content">
<div class="gh-header js-details-container Details js-socket-channel js-updatable-content"><div class="gh-header-show"><div
class="d-flex flex-column flex-md-row">
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title markdown-title">${ghTitle}</span> <span
class="f1-light color-fg-muted">#1432</span></h1>
<div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-md-4 flex-md-order-1 flex-shrink-0 d-flex flex-items-center gap-1"><a class="btn btn-sm btn-primary"
href="/quillmark/quillmark/discussions/new/choose">New discussion</a></div></div>
<div class="d-flex flex-items-center flex-wrap gap-2 mb-3"><span title="Status: Answered" class="State State--merged d-flex flex-items-center"><svg
class="octicon octicon-check-circle-fill mr-1"></svg>Answered</span>
<div class="flex-auto min-width-0"><span class="color-fg-muted">Answered by</span> <a class="Link--primary text-bold" href="/mbrandt">mbrandt</a></div>
<div class="color-fg-muted"><a class="Link--primary text-bold" href="/alextorres">alextorres</a> asked this question in <a
href="/quillmark/quillmark/discussions/categories/q-a"
class="Link--primary text-bold">Q&amp;A</a></div></div></div></div>
<div class="d-flex flex-column flex-md-row"><div class="flex-auto min-width-0"><div class="discussion js-discussion"><div
class="timeline-comment-group discussion-timeline-item" id="discussion-7761204">
<div class="timeline-comment-header">${ghHead('alextorres', 'Oct 3, 2025')}</div>${ghBody(ghPost)}${ghReact('👍', '5')}</div>
<div class="Box p-3 mt-3 discussion-answer-summary"><h3 class="f5">Answered by <a href="/mbrandt">mbrandt</a> <relative-time
datetime="2025-10-03T12:41:00Z">Oct 3, 2025</relative-time></h3>
<a href="#discussioncomment-14590210" class="btn btn-sm">View full answer</a></div>
<h2 class="f4 mt-4 mb-3">3 comments · 2 replies</h2>
<div class="timeline-comment-group discussion-timeline-item js-comment-container" id="discussioncomment-14590210"><span
class="Label Label--success">Marked as answer</span>
<div class="timeline-comment-header">${ghHead('mbrandt', 'Oct 3, 2025', 'Maintainer')}</div>${ghBody(ghC1, ghC1Code)}${ghReact('❤️', '4')}
<p class="color-fg-muted f6">Answer selected by <a href="/alextorres">alextorres</a></p>
<div class="discussion-replies ml-4"><div class="js-comment-container" id="discussioncomment-14590377"><div
class="timeline-comment-header">${ghHead('alextorres', 'Oct 3, 2025', 'Author')}</div>
${ghBody(ghR1)}</div><div class="js-comment-container" id="discussioncomment-14591003"><div
class="timeline-comment-header">${ghHead('mbrandt', 'Oct 4, 2025', 'Maintainer')}</div>
${ghBody(ghR2)}${ghReact('🎉', '2')}</div></div></div>
<div class="timeline-comment-group discussion-timeline-item js-comment-container" id="discussioncomment-14622871"><div
class="timeline-comment-header">${ghHead('sanne-dekker', 'Oct 9, 2025')}</div>
${ghBody(ghC2)}</div>
<div class="timeline-comment-group discussion-timeline-item js-comment-container" id="discussioncomment-14688120"><div
class="timeline-comment-header">${ghHead('kwame-asante', 'Oct 21, 2025')}</div>
${ghBody(ghC3)}${ghReact('👍', '3')}</div>
<div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary"
href="/join?source=comment-repo">Sign up for free</a> <strong>to join this conversation on GitHub</strong>.
Already have an account? <a rel="nofollow" href="/login?return_to=%2Fquillmark%2Fquillmark%2Fdiscussions%2F1432">Sign in to comment</a></div></div></div>
<div class="discussion-sidebar flex-shrink-0 col-md-3 ml-md-4"><div class="discussion-sidebar-item"><div
class="discussion-sidebar-heading text-bold">Category</div>
<a href="/quillmark/quillmark/discussions/categories/q-a" class="Link--primary"><g-emoji class="emoji">🙏</g-emoji> Q&amp;A</a></div><div
class="discussion-sidebar-item">
<div class="discussion-sidebar-heading text-bold">Labels</div><a class="IssueLabel hx_IssueLabel"
href="/quillmark/quillmark/discussions?discussions_q=label%3Afeeds">feeds</a>
<a class="IssueLabel hx_IssueLabel" href="/quillmark/quillmark/discussions?discussions_q=label%3Aquestion">question</a></div>
<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">4 participants</div><div class="participation-avatars">
<a class="participant-avatar" href="/alextorres"><img class="avatar avatar-user" src="https://avatars.githubusercontent.example/u/1" alt="@alextorres"
width="26" height="26"></a></div></div>
</div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div
class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
<div class="d-flex flex-items-center flex-shrink-0 mx-2"><svg aria-hidden="true" height="24" viewBox="0 0 24 24" class="octicon octicon-mark-github"></svg>
<span>© 2025 GitHub, Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul
class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${links(ghFoot, 'mx-2')}</ul></nav></div></footer><div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg
class="octicon octicon-alert"></svg>
You can’t perform that action at this time.</div></div></body></html>`;
export const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout108-github-discussions-forum',
  kind: 'forum',
  // the opening post, the three comments and the two replies are body; code blocks are in neither list; handles and post
  // times are bylines; "Answered by" lines, "Marked as answer", "Answer selected by", "Maintainer" / "Author" labels,
  // reactions, counters, the discussion number, the sidebar, the repository chrome and the footer are furniture
  title: ghTitle,
  headings: [],
  body: texts([...ghPost, ...ghC1, ...ghR1, ...ghR2, ...ghC2, ...ghC3]),
  bylines: ['alextorres', 'mbrandt', 'sanne-dekker', 'kwame-asante', 'Oct 3, 2025', 'Oct 4, 2025', 'Oct 9, 2025', 'Oct 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', ...ghNav, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash.slice(0, 3), 'quillmark', 'Public',
    'Notifications', 'Fork',
    '212', 'Star', '3.4k', ...ghTabs, '48', '#1432', 'New discussion', 'Answered', 'Answered by mbrandt', 'asked this question in', 'Q&A', '👍 5',
    'View full answer',
    '3 comments · 2 replies', 'Marked as answer', 'Maintainer', '❤️ 4', 'Answer selected by alextorres', 'Author', '🎉 2', '👍 3', 'Sign up for free',
    'to join this conversation on GitHub', 'Already have an account? Sign in to comment', 'Category', '🙏 Q&A', 'Labels', 'feeds', 'question',
    '4 participants',
    'Footer', '© 2025 GitHub, Inc.', 'Footer navigation', ...ghFoot, 'You can’t perform that action at this time.',
  ],
};
