import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file e2: a GitHub Discussions Q&A thread, logged out (skip link, global header with its menus and
 * "Sign in" / "Sign up", hidden session flashes, the repository header with Notifications / Fork / Star and counters, the
 * repository tabs, the discussion title with number, "Answered" state and "asked this question in Q&A", the "Answered by"
 * box with its excerpt, the question with a heading and a list, "edited", reactions, the sort tabs, two answers with upvote
 * buttons, "Maintainer" label, "Marked as answer", threaded replies, the sidebar (category, labels, participants), the
 * sign-up prompt and the footer).
 */
const ghTitle = 'quayside serve rebuilds every page when I edit a single Markdown file';
const ghQ1 = [
  'I’m using quayside 0.14 for a documentation site with about 1,800 pages. When I run <code class="notranslate">quayside serve</code> ' +
    'and save one Markdown file, the log shows every page being rendered again, which takes around 40 seconds each time. With a ' +
    'small test site it seems to rebuild only the page I changed.',
];
const ghH = 'What I tried';
const ghQList = [
  'Running with <code class="notranslate">--fast-render</code>, which made no difference.',
  'Removing my custom <code class="notranslate">sitemap.xml</code> template in case it depends on every page.',
  'Upgrading from 0.13.2 to 0.14.1.',
];
const ghQ2 = ['Is there a setting I’m missing, or does something in my templates force a full rebuild?'];
const ghA1a = [
  'quayside tracks which pages read which files, and it only re-renders a page when one of its inputs changes. The usual reason ' +
    'for a full rebuild is a template that every page uses and that loops over all pages, such as a sidebar or a “recently ' +
    'updated” list. Once a page lists every other page, any edit is an input to all of them.',
  'You can check with the dependency report:',
];
const ghA1b = [
  'If the output includes <code class="notranslate">layouts/partials/sidebar.html</code> reading <code class="notranslate">site.Pages</code>, ' +
    'that partial is the cause. Wrap it in <code class="notranslate">partialCached</code> with a key that only changes when the ' +
    'section list changes, and rebuilds go back to a single page.',
];
const ghR1 = [
  'That was it: the sidebar looped over every page to build the “recently updated” list. With <code class="notranslate">partialCached</code> ' +
    'keyed on the section, saving a file now takes under a second.',
];
const ghR2 = [
  'Great. I’ve opened <a class="issue-link js-issue-link" href="/tidewater-labs/quayside/issues/1192">#1192</a> to mention this in the docs, ' +
    'since it has come up a few times.',
];
const ghA2 = [
  'One more thing to check on a site that size: if you use <code class="notranslate">.GitInfo</code> in a shared partial, every page ' +
    'gets the last commit of the whole repository as an input, so any save that touches git triggers a full rebuild. Moving it into ' +
    'the page template fixed the same problem for us.',
];
const ghExcerpt = 'quayside tracks which pages read which files, and it only re-renders a page when one of its inputs changes. The usual reason…';
const ghPs = (a: readonly string[]): string => a.map((p) => `<p dir="auto">${p}</p>`).join('\n');
const ghCode = (c: string): string => `<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>${c}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0"
data-copy-feedback="Copied!" value="${c}" tabindex="0" role="button">
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-copy js-clipboard-copy-icon"><path d="M0 6.75C0 5.784"></path></svg>
</clipboard-copy></div></div>`;
const ghHead = (
  user: string,
  date: string,
  extra = '',
): string => `<div class="timeline-comment-header d-flex flex-items-center"><h3 class="f5 text-normal flex-auto">
<a class="author Link--primary text-bold css-overflow-wrap-anywhere" data-hovercard-type="user" data-hovercard-url="/users/${user}/hovercard"
href="/${user}">${user}</a>${extra}
<a href="#discussioncomment-${user.length}" class="Link--secondary js-timestamp">
<relative-time datetime="2025-10-29T09:14:02Z" class="no-wrap" title="${date}, 9:14 AM GMT">${date}</relative-time></a></h3></div>`;
const ghVote = (n: string): string => `<div class="discussion-vote-form js-upvote">
<button type="button" class="btn-link d-flex flex-column flex-items-center color-fg-muted" aria-label="Upvote: ${n}" disabled>
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-arrow-up"><path d="M3.47 7.78"></path></svg>
<span class="js-upvote-count">${n}</span></button></div>`;
const ghReact = (emoji: string, n: string): string => `<div class="comment-reactions js-reactions-container"><div class="d-flex flex-items-center">
<button type="button" class="social-reaction-summary-item btn-link" disabled aria-label="${n} people reacted with thumbs up">
<g-emoji class="social-button-emoji" alias="+1">${emoji}</g-emoji><span class="js-discussion-reaction-group-count">${n}</span></button></div></div>`;
const ghEdited = ` <details class="details-reset details-overlay d-inline-block dropdown">
<summary class="btn-link no-underline color-fg-muted js-notice"><span class="d-inline-block">edited</span></summary></details>`;
const ghMaint = ` <span class="Label ml-1 tooltipped tooltipped-n" aria-label="This user is a maintainer of the quayside repository.">Maintainer</span>`;
const ghNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = [
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
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-turbo-loaded><head>
<meta charset="utf-8">
<title>${ghTitle} · tidewater-labs/quayside · Discussion #1187 · GitHub</title>
<meta name="description" content="I’m using quayside 0.14 for a documentation site…">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-3a2f1b.css">
<meta name="route-pattern" content="/:user_id/:repository/discussions/:number">
<meta property="og:title" content="${ghTitle} · tidewater-labs/quayside · Discussion #1187">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["discussions_answers"]}</script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus
js-skip-to-content">Skip to content</a>
<span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><h2 class="sr-only">Navigation Menu</h2>
<button type="button" class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full height-full js-details-target" aria-label="Toggle
navigation"><span class="d-none">Toggle navigation</span></button>
<nav aria-label="Global" class="HeaderMenu-nav">
<ul class="d-lg-flex list-style-none">${ghNav
  .map(
    (t) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center
d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between
js-details-target" aria-expanded="false">${t}</button></li>`,
  )
  .join('\n')}</ul></nav>
<div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3" style="">
<qbsearch-input class="search-input" data-scope="repo:tidewater-labs/quayside">
<button type="button" class="header-search-button placeholder input-button form-control">
<span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=%2Ftidewater-labs%2Fquayside%2Fdiscussions%2F1187" class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0
no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border
color-border-default rounded px-2 py-1">Sign up</a></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace>
${ghFlash
  .map(
    (f) => `<div hidden class="flash flash-warn"><div class="px-2">${f} <a class="Link--inTextBlock" href="">Reload</a></div>
<button class="flash-close js-flash-close" type="button" aria-label="Dismiss alert">Dismiss alert</button></div>`,
  )
  .join('\n')}</div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author">
<a class="url fn" rel="author" href="/tidewater-labs">tidewater-labs</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch">
<a href="/tidewater-labs/quayside">quayside</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div id="repository-details-container" class="flex-shrink-0">
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2Ftidewater-labs%2Fquayside" rel="nofollow" aria-label="You must be signed in to change notification settings" class="btn-sm
btn">Notifications</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Ftidewater-labs%2Fquayside" rel="nofollow" class="btn-sm btn">Fork <span
id="repo-network-counter" title="214" class="Counter">214</span></a></li>
<li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Ftidewater-labs%2Fquayside" rel="nofollow" aria-label="You must be signed in to star a
repository" class="tooltipped tooltipped-sw btn-sm btn">
<span class="d-inline">Star</span> <span id="repo-stars-counter-star" aria-label="3412 users starred this repository" title="3,412" class="Counter
js-social-count">3.4k</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">
${ghTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex">
<a href="/tidewater-labs/quayside/${t!.toLowerCase()}" class="UnderlineNav-item
no-wrap${t === 'Discussions' ? ' selected' : ''}"${t === 'Discussions' ? ' aria-current="page"' : ''}>
<span data-content="${t}">${t}</span>${n ? `<span title="${n}" class="Counter">${n}</span>` : ''}</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" class="repository-content">
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5">
<div class="gh-header mb-3 js-details-container Details discussion js-discussions-title-container"><div class="gh-header-show">
<div class="d-flex flex-column flex-md-row">
<div class="gh-header-actions mt-0 mt-md-2 mb-3 mb-md-0 ml-0 flex-md-order-1 flex-shrink-0 d-flex flex-items-start">
<a href="/login?return_to=%2Ftidewater-labs%2Fquayside%2Fdiscussions%2Fnew" class="btn btn-sm btn-primary m-0 ml-md-2">New discussion</a></div>
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word">
<span class="js-issue-title markdown-title">${ghTitle}</span> <span class="f1-light color-fg-muted">#1187</span></h1></div>
<div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center">
<span title="Status: Answered" class="State State--merged d-flex flex-items-center">
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-check-circle-fill mr-1"><path d="M8 16A8 8 0 1 1 8 0"></path>
</svg>Answered</span></div>
<div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" data-hovercard-type="user" href="/mthornbury">mthornbury</a> asked this question in
<a href="/tidewater-labs/quayside/discussions/categories/q-a"><span class="text-bold Link--secondary">Q&amp;A</span></a></div></div></div></div>
<div class="d-flex flex-column flex-md-row"><div class="flex-auto min-width-0"><div class="js-discussion discussion-timeline">
<section class="Box mt-3 color-border-success" aria-label="Answered by kestrel-dev"><div class="Box-header color-bg-success py-2">
<h4 class="f5 text-normal">Answered by
<a class="Link--primary text-bold" href="/kestrel-dev">kestrel-dev</a> <relative-time datetime="2025-10-30T08:02:11Z" class="no-wrap">Oct 30,
2025</relative-time></h4></div>
<div class="Box-body markdown-body"><p dir="auto">${ghExcerpt}</p></div><div class="Box-footer">
<a href="#discussioncomment-14820331" class="btn btn-sm">View full answer</a></div></section>
<div class="timeline-comment-group discussion-timeline-item js-comment-container"><div class="timeline-comment color-bg-default js-comment">
${ghHead('mthornbury', 'Oct 29, 2025', ghEdited)}
<div class="edit-comment-hide"><task-lists disabled sortable>
<div class="comment-body markdown-body js-comment-body soft-wrap user-select-contain d-block">${ghPs(ghQ1)}
<div class="markdown-heading" dir="auto"><h3 tabindex="-1" class="heading-element" dir="auto">${ghH}</h3>
<a id="user-content-what-i-tried" class="anchor" aria-label="Permalink: What I tried" href="#what-i-tried">
<svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="m7.775 3.275"></path></svg></a></div>
<ul dir="auto">${ghQList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${ghPs(ghQ2)}</div></task-lists></div>${ghReact('👍', '6')}</div></div>
<div class="d-flex flex-items-center mt-4 mb-3"><h2 class="f4 text-normal flex-auto">2 comments · 2 replies</h2>
<nav class="UnderlineNav" aria-label="Sort comments">
<a class="UnderlineNav-item" href="?sort=old">Oldest</a><a class="UnderlineNav-item" href="?sort=new">Newest</a>
<a class="UnderlineNav-item selected" href="?sort=top" aria-current="page">Top</a></nav></div>
<div id="discussioncomment-14820331" class="timeline-comment-group discussion-timeline-item js-comment-container discussion-answer">
<div class="d-flex">${ghVote('14')}<div class="timeline-comment color-border-success flex-auto js-comment">
<div class="color-bg-success-emphasis color-fg-on-emphasis f6 px-3 py-1">
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-check-circle-fill"><path d="M8 16A8"></path></svg> Answer selected by
<a class="Link--onEmphasis text-bold" href="/mthornbury">mthornbury</a></div>
${ghHead('kestrel-dev', 'Oct 30, 2025', ghMaint)}
<div class="comment-body markdown-body js-comment-body
soft-wrap">${ghPs(ghA1a)}\n${ghCode('quayside serve --debug-deps content/guides/install.md')}\n${ghPs(ghA1b)}</div>
<span class="Label Label--success">Marked as answer</span>${ghReact('🎉', '3')}
<div class="js-comment-replies discussion-nested-comments"><div class="text-small px-3 py-2">2 replies</div>
<div class="nested-discussion-timeline-comment">${ghHead('mthornbury', 'Oct 30, 2025')}<div class="comment-body markdown-body
js-comment-body">${ghPs(ghR1)}</div>${ghReact('❤️', '2')}</div>
<div class="nested-discussion-timeline-comment">${ghHead('kestrel-dev', 'Oct 30, 2025', ' <span class="Label ml-1">Maintainer</span>')}<div
class="comment-body markdown-body js-comment-body">${ghPs(ghR2)}</div></div>
</div></div></div></div>
<div id="discussioncomment-14829904" class="timeline-comment-group discussion-timeline-item js-comment-container">
<div class="d-flex">${ghVote('3')}<div class="timeline-comment flex-auto js-comment">
${ghHead('ana-lucia-r', 'Oct 31, 2025')}<div class="comment-body markdown-body js-comment-body soft-wrap">${ghPs(ghA2)}</div>
<div class="text-small px-3 py-2">0 replies</div></div></div></div>
<div class="flash flash-warn mt-3"><a rel="nofollow" class="btn btn-primary" href="/join?source=comment-repo">Sign up for free</a> <strong>to join this
conversation on GitHub</strong>.
Already have an account? <a rel="nofollow" class="Link--inTextBlock" href="/login?return_to=">Sign in to comment</a></div></div></div>
<div class="flex-shrink-0 col-12 col-md-3 pl-md-4"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Category</h3>
<a href="/tidewater-labs/quayside/discussions/categories/q-a">🙏 Q&amp;A</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">Labels</h3>
<a class="IssueLabel hx_IssueLabel" href="#" style="--label-r:216;">performance</a></div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading text-bold">3 participants</h3><div class="participation-avatars">
<a class="participant-avatar" href="/mthornbury">
<img class="avatar avatar-user" src="https://avatars.githubusercontent.example/u/1" alt="@mthornbury" width="26" height="26"></a></div></div>
</div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center flex-justify-center mb-2">
<span class="ml-2">© 2025 GitHub, Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${links(ghFoot, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div></div></body></html>`;
export const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout69-github-discussions-qa',
  kind: 'forum',
  // the question (its "What I tried" h3 is the heading, its list items body), both answers and the two threaded replies
  // are body; the shell block is in neither list, as is the "Answered by" box's excerpt; handles and dates are bylines, the
  // "edited" marker too ("asked this question in" in neither); the "Answered" state, "Answer selected by", "Maintainer",
  // "Marked as answer", upvote and reaction counts, reply counts, the sort tabs, "View full answer", the sidebar, the repo
  // header and tabs, the global header, hidden flashes, the sign-up prompt and the footer are furniture; the repository name
  // "quayside" (the title's first word), the upvote count "14" ("0.14") and the footer's "Docs" are body words: left out
  title: ghTitle,
  headings: [ghH],
  body: [...texts(ghQ1), ...texts(ghQList), ...ghQ2, ...texts(ghA1a), ...texts(ghA1b), ...texts(ghR1), ...texts(ghR2), ...texts(ghA2)],
  bylines: ['mthornbury', 'kestrel-dev', 'ana-lucia-r', 'Oct 29, 2025', 'Oct 30, 2025', 'Oct 31, 2025', 'edited'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghNav, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash, 'Reload', 'Dismiss alert',
    'tidewater-labs', 'Public', 'Notifications', 'Fork', '214', 'Star', '3.4k', ...ghTabs.flat().filter((t) => t !== ''), 'New discussion', '#1187', 'Answered',
    'Q&A', 'Answered by', 'View full answer', '6', '2 comments · 2 replies', 'Oldest', 'Newest', 'Top', 'Answer selected by', 'Maintainer',
    'Marked as answer', '3', '2 replies', '0 replies', 'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?',
    'Sign in to comment',
    'Category', 'Labels', 'performance', '3 participants', 'Footer', '© 2025 GitHub, Inc.', 'Footer navigation', ...ghFoot.filter((t) => t !== 'Docs'),
    'You can’t perform that action at this time.',
  ],
};
