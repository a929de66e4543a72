import { links, ps, type TestPage, texts } from './page-kit.js';
import { tumblrPost } from './pages-heldout121-e2.js';

/**
 * Held-out batch 121, file e: a dev.to (Forem) post with comments as a signed-out visitor saves it (skip link, the top bar
 * with logo, search, "Log in" and "Create account", the left article-actions sidebar with reaction counts, the cover image,
 * the author line with "Posted on" date, the reaction summary, hashtag tags, headings with empty anchor links, code blocks
 * with the "Enter fullscreen mode" / "Exit fullscreen mode" icon titles, the "Top comments" section with threaded comments,
 * likes and "Reply" buttons, "Code of Conduct" and "Report abuse", the right sidebar author card and "More from" list, the
 * sign-up billboard, and the DEV footer) and, from file e2, a Tumblr text post.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const dvTitle = 'I wrote a tiny CLI to clean up stale git branches (and learned some git plumbing)';
const dvP1 = paras(`
Every few months I run <code>git branch</code> in a work repository and get a wall of forty-odd branches, most of them merged weeks
ago. Deleting them by hand is boring and slightly scary, so I wrote a small command-line tool to do it for me. It is about 120
lines of Python and it taught me more about git internals than the previous five years of using it.
`);
const dvH1 = 'The problem';
const dvP2 = paras(`
The obvious answer is <code>git branch --merged</code>, which lists branches whose tip is reachable from the current branch. It works
perfectly on a team that merges with merge commits. Our team squash-merges every pull request, and that changes everything: the
squashed commit on <code>main</code> has different history from the branch it came from, so git thinks none of my branches were
ever merged.
`);
const dvH2 = 'Finding merged branches the slow way';
const dvP3 = paras(`
The trick is to ask a different question. Instead of “is this branch’s tip in main?”, ask “would merging this branch into main
change anything?”. If a squash merge already brought the same changes in, the answer is no.

Git can answer that without touching the working tree, using plumbing commands:
`);
const dvCode1 = `base=$(git merge-base main "$branch")
tree=$(git rev-parse "$branch^{tree}")
tmp=$(git commit-tree "$tree" -p "$base" -m _)
git cherry main "$tmp"`;
const dvP4 = paras(`
This builds a throwaway commit that squashes the whole branch onto its merge base, then asks <code>git cherry</code> whether an
equivalent patch already exists on <code>main</code>. A line starting with <code>-</code> means it does, and the branch is safe to
delete.
`);
const dvH3 = 'The squash-merge trap';
const dvP5 = paras(`
It mostly worked, with one surprise. If someone pushed an extra commit to a branch after it was squash-merged, the patch no longer
matched and the tool kept the branch. That is the right behaviour, since there is unmerged work in it, but it confused me for a good
twenty minutes. The tool now prints those branches separately with the number of commits that are not on <code>main</code>.
`);
const dvP6 = paras(`
The final tool does three things:
`);
const dvList = [
  'Lists branches that are fully merged, by either a merge commit or a squash.',
  'Lists branches with work that is not on <code>main</code>, and how much.',
  'Deletes the first group after asking once, never the second.',
];
const dvH4 = 'Wrapping it up';
const dvP7 = paras(`
If you squash-merge and your branch list is out of control, give <code>git cherry</code> a look before you reach for a tool. And
if you want mine, it is on my GitHub under the name <strong>prune-squashed</strong>. Issues and pull requests are very welcome,
especially from anyone who knows a faster way than building a temporary commit per branch.
`);
const dvTags = ['git', 'cli', 'python', 'productivity'];
const dvComments = [
  {
    n: 'Hiroko Tanabe',
    d: 'Feb 12',
    t: 'The commit-tree plus cherry trick is clever. I have been deleting branches with a script that just checks the PR state on GitHub.',
    l: '3 likes',
  },
  {
    n: 'Emeka Obi',
    d: 'Feb 12',
    t: 'Thanks, that is a good option too if everything goes through PRs. Mine also catches branches that never had one.',
    l: '2 likes',
  },
  {
    n: 'Lars Engström',
    d: 'Feb 13',
    t: 'Saved. Our monorepo has 600 remote branches and I am scared to look at them.',
    l: '1 like',
  },
];
const dvMore = [
  'Three things I stopped doing in code review',
  'Writing a Makefile for a Python project in 2025',
  'What I learned maintaining a small open source tool for a year',
];
const dvFoot = [
  'Home',
  'DEV++',
  'Podcasts',
  'Videos',
  'Tags',
  'DEV Help',
  'Forem Shop',
  'Advertise on DEV',
  'DEV Challenges',
  'DEV Showcase',
  'About',
  'Contact',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of Use',
];
const dvBio = 'Backend developer in Port Idanre. Mostly Python, sometimes Go, always tea. I write about the small tools that make my day easier.';
const dvBillboard = 'A constructive and inclusive social network for software developers. With you every step of your journey.';
const dvFullscreen = `<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action"><svg
xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on">
<title>Enter fullscreen mode</title><path d="M16 3h6v6h-2V5h-4V3zM2 3h6v2H4v4H2V3z"></path></svg><svg xmlns="http://www.w3.org/2000/svg" width="20px"
height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off"><title>Exit fullscreen mode</title>
<path d="M18 7h4v2h-6V3h2v4zM8 9H2V7h4V3h2v6z"></path></svg></div></div>`;
const dvH = (h: string): string => {
  const id = h.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2><a name="${id}" href="#${id}"></a>\n  ${h}\n</h2>`;
};
const dvComment = (c: (typeof dvComments)[number], i: number): string => `<div class="comment single-comment-node ${i === 1 ? 'child' : 'root'}
comment--deep-${i === 1 ? 1 : 0}" id="comment-node-29${i}81" data-comment-id="29${i}81" data-comment-author-id="88${i}"><div class="comment__inner">
<a href="/${c.n.split(' ')[0]?.toLowerCase()}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image" width="32"
height="32" src="https://media2.dev.example/avatar${i}.png" alt="${c.n.split(' ')[0]?.toLowerCase()} profile image" loading="lazy"></a>
<div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header"><a
href="/${c.n.split(' ')[0]?.toLowerCase()}"
class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden"><span class="js-comment-username">${c.n}</span></a>
<span class="color-base-30 px-2 m:pl-0" role="presentation">•</span><a href="/kw/comment/2${i}k1"
class="comment-date crayons-link crayons-link--secondary fs-s">
<time datetime="2025-02-1${2 + i}T09:00:00Z" title="Wednesday, February 1${2 + i}, 2025 at 9:00 AM">${c.d}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body-base spec__body"><p>${c.t}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s reaction-like inline-flex reaction-button"
data-comment-id="29${i}81"><span class="reactions-count">${c.l}</span></button><button
class="crayons-btn crayons-btn--ghost crayons-btn--s comment-reply-button"
data-comment-id="29${i}81"><span class="hidden m:inline-block">Reply</span></button></footer></div></div></div>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dvTitle} - DEV Community</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="A small tool for deleting squash-merged branches, and the git plumbing behind it."><meta name="keywords"
content="git, cli, python">
<link rel="canonical" href="https://dev.to/emekaobi/i-wrote-a-tiny-cli-to-clean-up-stale-git-branches-3k2p"><meta property="og:type" content="article">
<meta property="og:title" content="${dvTitle}"><meta property="og:site_name" content="DEV Community"><meta name="twitter:creator" content="@emekaobi">
<meta name="last-updated" content="2025-02-13 10:12:44 UTC"><meta name="user-signed-in" content="false"><meta name="environment" content="production">
<link rel="stylesheet" href="https://assets.dev.example/assets/crayons-7e2b4e1.css" media="all"><script
src="https://assets.dev.example/assets/base-1c0f9e.js" defer></script>
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://dev.to/emekaobi/stale-branches"},
"headline":"${dvTitle}","author":{"@type":"Person","url":"https://dev.to/emekaobi","name":"Emeka Obi"},"datePublished":"2025-02-11T16:20:03Z",
"dateModified":"2025-02-11T16:20:03Z"}</script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-is-root-subforem="true">
<div id="body-styles"></div><a href="#main-content" class="skip-content-link">Skip to content</a>
<header id="top-bar" class="crayons-header print-hidden"><span id="route-change-target" tabindex="-1"></span><div class="crayons-header__container">
<span class="inline-block m:hidden "><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"></button></span>
<a href="/" class="site-logo" aria-label="DEV Community Home"><svg class="site-logo__img" width="50" height="40" aria-hidden="true"><rect width="50" height="40"
rx="3"></rect></svg></a><div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search"
role="search"><div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input"
class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term">
<button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px right-auto mt-0 py-0"></button>
<a class="crayons-header--search-brand-indicator" href="https://www.algolia.example/">Powered by Algolia</a></div></div></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block">
<a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
<a href="/enter?state=new-user" data-tracking-id="ca_top_nav" data-tracking-source="top_navbar" class="c-cta c-cta--branded whitespace-nowrap mr-2"
data-no-instant>Create account</a></div></div></div></header>
<div id="page-content" class="wrapper stories stories-show" data-current-page="stories-show"><div id="page-content-inner"><div id="main-content"
class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner"><div class="reaction-drawer__outer"><button
id="reaction-drawer-trigger"
aria-label="reaction-drawer-trigger" aria-pressed="false" class="crayons-reaction pseudo-reaction crayons-tooltip__activator relative"><span
class="crayons-reaction__count" id="reaction_engagement_like_count">57</span><span class="crayons-tooltip__content">Add reaction</span></button></div>
<button id="reaction-butt-comment" aria-label="Jump to Comments" aria-pressed="false"
class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative">
<span class="crayons-reaction__count" id="reaction-number-comment" data-count="3">3</span><span
class="crayons-tooltip__content">Jump to Comments</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false" class="crayons-reaction crayons-reaction--readinglist relative">
<span class="crayons-reaction__count" id="reaction-number-readinglist">31</span><span class="crayons-tooltip__content">Save</span></button>
<div class="align-center m:relative"><button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false"
aria-haspopup="true" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon" aria-label="Share post options"></button></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4"
id="article-show-container" data-article-id="2270931" data-article-slug="i-wrote-a-tiny-cli-to-clean-up-stale-git-branches-3k2p" data-author-id="1089342">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media2.dev.example/cover/branches.png"
width="1000"
height="420" class="crayons-article__cover__image" alt="Cover image for ${dvTitle}"></div><div class="crayons-article__header__meta">
<div class="flex s:items-start flex-col s:flex-row"><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/emekaobi"><img
class="radius-full align-middle" src="https://media2.dev.example/avatar-emeka.png" width="40" height="40" alt="Emeka Obi"></a></div>
<div class="pl-3 flex-1"><a href="/emekaobi" class="crayons-link fw-bold">Emeka Obi</a><p class="fs-xs color-base-60">Posted on <time
datetime="2025-02-11T16:20:03Z" class="date-no-year">Feb 11</time></p></div></div></div>
<div class="crayons-article__reactions" id="reaction-counts"><span class="crayons_icon_container"></span><span
class="aggregate_reactions_counter">57 reactions</span>
</div><h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1>
<div class="spec__tags flex flex-wrap">${dvTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t}"><span
class="crayons-tag__prefix">#</span>${t}</a>`,
  )
  .join('\n')}
</div></div></header><div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="2270931" id="article-body">
${ps(dvP1)}
${dvH(dvH1)}
${ps(dvP2)}
${dvH(dvH2)}
${ps(dvP3)}
<div class="highlight js-code-highlight"><pre class="highlight shell"><code>${dvCode1}
</code></pre>${dvFullscreen}</div>
${ps(dvP4)}
${dvH(dvH3)}
${ps(dvP5)}
${ps(dvP6)}
<ol>${dvList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${dvH(dvH4)}
${ps(dvP7)}
</div></div><section id="comments" data-follow-button-container="true" data-updated-at="2025-02-13 10:12:44 UTC"
class="text-padding mb-4 border-t-1 border-0"><header
class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (3)</h2><div id="comment-subscription"><button
class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header><div id="comment-trees-container">
${dvComments.map(dvComment).join('\n')}</div><div class="fs-s mt-4 flex gap-2"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of
Conduct</a><span>•</span><a href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section></article></div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"><div
class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid"><div class="-mt-4"><a href="/emekaobi" class="flex"><span
class="crayons-avatar crayons-avatar--xl mr-2"><img src="https://media2.dev.example/avatar-emeka.png" class="crayons-avatar__image" alt=""
loading="lazy"></span>
<span class="crayons-link crayons-subtitle-1 mt-5">Emeka Obi</span></a></div><button class="crayons-btn follow-action-button whitespace-nowrap w-100"
data-info='{"id":1089342,"className":"User"}'>Follow</button><div class="color-base-70">${dvBio}</div><div class="user-metadata-details"><ul
class="user-metadata-details-inner"><li><div class="key">Location</div><div class="value">Port Idanre</div></li><li><div class="key">Joined</div><div
class="value"><time datetime="2021-06-03T08:11:00Z" class="date">Jun 3, 2021</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a class="crayons-link"
href="/emekaobi">Emeka Obi</a></h3></header><div>${dvMore
  .map(
    (t, i) => `<a href="/emekaobi/more-${i}"
class="crayons-link crayons-link--contentful">${t}</a>`,
  )
  .join('\n')}
</div></div></div></aside></div></div></div>
<div class="crayons-card crayons-card--secondary p-4 sign-up-billboard"><h2 class="crayons-subtitle-1">DEV Community</h2><p>${dvBillboard}</p><a
href="/enter?state=new-user" class="c-cta c-cta--branded">Create account</a><a href="/enter" class="c-link">Log in</a></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><ul class="footer__nav-links">
${links(dvFoot, 'footer__nav-link')}</ul><p class="fs-s crayons-footer__description"><a href="/">DEV Community</a> — A space to discuss and keep up software
development and manage your software career</p><p class="fs-s">Built on <a
href="https://www.forem.example">Forem</a> — the open source software that powers DEV and
other inclusive communities.</p><p class="fs-s">Made with love and <a
href="https://www.rubyonrails.example">Ruby on Rails</a>. DEV Community © 2016 - 2025.</p></div>
</footer></body></html>`;
const devToPost: TestPage = {
  html: dvHtml,
  name: 'heldout121-devto-post-comments',
  kind: 'blog',
  // a blog post with reader comments: the comments (names, dates, texts, like counts) are furniture, with every counter and
  // button around the post; the author name and the "Posted on" date are bylines; "More from" titles are related links
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvP4, ...dvP5, ...dvP6, ...dvList, ...dvP7]),
  bylines: ['Emeka Obi', 'Posted on Feb 11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', '57', 'Add reaction', 'Jump to Comments', '3', 'Save', '31', '57 reactions',
    ...dvTags.map((t) => `#${t}`), 'Enter fullscreen mode', 'Exit fullscreen mode', 'Top comments (3)', 'Subscribe',
    ...dvComments.filter((c) => c.n !== 'Emeka Obi').map((c) => c.n), ...dvComments.flatMap((c) => [c.d, c.t, c.l]), 'Reply', 'Code of Conduct',
    'Report abuse', 'Follow', dvBio, 'Location', 'Port Idanre', 'Joined', 'Jun 3, 2021', 'More from Emeka Obi', ...dvMore, 'DEV Community',
    dvBillboard, ...dvFoot, 'A space to discuss and keep up software development and manage your software career',
    'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
  ])],
};

export const HELDOUT121_E: readonly TestPage[] = [devToPost, tumblrPost];
