import { links, type TestPage, texts } from './page-kit.js';
import { hashnodePost } from './pages-heldout54-d2.js';

/**
 * Held-out batch 54, file d: a DEV Community (dev.to) article as a logged-out reader sees it (Forem's crayons header with
 * search and "Log in"/"Create account", the left reaction rail with counts and tooltips, cover image, author, "Posted on" and
 * "Edited on" dates, tags, the article body with highlighted code blocks and their fullscreen panel, "Top comments" with nested
 * comment threads in details elements, like and reply buttons, the right rail's author card and "More from" list, "Read next",
 * the logged-out sign-up prompt and the footer).
 */
const dvTitle = 'Why Our Node.js Service Leaked Memory Only in Production';
const dvIntro = [
  'For about two months our order service had a problem that only showed up in production. Memory climbed by roughly 40 MB an ' +
    'hour, the container hit its limit after a day and a half, and Kubernetes quietly restarted it. Locally and in staging, memory ' +
    'stayed flat no matter how hard we pushed.',
  'This is how we found it, because the cause turned out to be something I suspect a lot of Node services have without knowing it.',
];
const dvH1 = 'Taking a heap snapshot without downtime';
const dvSnap = [
  'The first step was getting a heap snapshot from a live instance. We added a small admin route, protected by an internal ' +
    'token, that writes a snapshot to disk on demand:',
  'We took one snapshot an hour after a restart and another six hours later, loaded both into Chrome DevTools and used the comparison view.',
];
const dvH2 = 'The culprit: a cache with no eviction';
const dvCause = [
  'The comparison showed hundreds of thousands of retained strings, all of them customer IDs, held by a single <code>Map</code>. ' +
    'It belonged to a tiny memoisation helper someone had written years ago to avoid repeated lookups of pricing rules.',
  'In staging we only had a few hundred test customers, so the map stayed small. In production every new customer added an ' +
    'entry, and nothing ever removed one.',
  'Nobody had noticed because the helper lived in a shared utilities folder with no tests, and its name, <code>getPricingRule</code>, ' +
    'gave no hint that it kept anything around.',
];
const dvH3 = 'The fix';
const dvFix = [
  'We replaced the hand-rolled <code>Map</code> with the <code>lru-cache</code> package, capped at 10,000 entries with a ten-minute TTL:',
  'Memory has been flat for three weeks now, and the cache hit rate is still above 90 percent, which tells me we never needed to ' +
    'keep every entry forever.',
];
const dvH4 = 'What I would check first next time';
const dvList = [
  'Any module-level <code>Map</code>, <code>Set</code> or object that is written to on every request.',
  'Memoisation helpers, especially ones keyed by IDs.',
  'Whether staging has anything close to the variety of production data.',
];
const dvLast = 'If a service only leaks in production, suspect the data before the code.';
const code1 = `<span class="nx">app</span><span class="p">.</span><span class="nf">post</span><span class="p">(</span><span class="dl">'</span><span
 class="s1">/admin/heap</span>
<span class="dl">'</span><span class="p">,</span> <span class="nx">requireInternalToken</span><span class="p">,</span> <span class="p">(</span><span
 class="nx">req</span><span class="p">,</span>
 <span class="nx">res</span><span class="p">)</span> <span class="o">=&gt;</span> <span class="p">{</span>
  <span class="kd">const</span> <span class="nx">file</span> <span class="o">=</span> <span class="nx">v8</span><span class="p">.</span><span
 class="nf">writeHeapSnapshot</span><span class="p">();</span>
  <span class="nx">res</span><span class="p">.</span><span class="nf">json</span><span class="p">({</span> <span class="nx">file</span> <span
 class="p">});</span>
<span class="p">});</span>`;
const code2 = `<span class="kd">const</span> <span class="nx">pricingCache</span> <span class="o">=</span> <span class="k">new</span> <span
 class="nc">LRUCache</span><span class="p">({</span>
 <span class="na">max</span><span class="p">:</span> <span class="mi">10</span><span class="nx">_000</span><span class="p">,</span> <span
 class="na">ttl</span><span class="p">:</span> <span class="mi">600</span><span class="nx">_000</span> <span class="p">});</span>`;
const dvCode = (lang: string, c: string): string => `<div class="highlight js-code-highlight"><pre class="highlight ${lang}"><code>${c}
</code></pre><div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action"><svg
 xmlns="http://www.w3.org/2000/svg"
 width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on"><title>Enter fullscreen mode</title></svg>
<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off">
<title>Exit fullscreen mode</title></svg></div></div></div>`;
const dvH = (id: string, t: string): string => `<h2>\n  <a name="${id}" href="#${id}">\n  </a>\n  ${t}\n</h2>`;
const dvTags = ['node', 'javascript', 'debugging', 'performance'];
const dvComments = [
  [
    'priyanatarajan',
    'Priya Natarajan',
    'Apr 22',
    'Great write-up. We had almost exactly this with a GraphQL dataloader that someone made global instead of per-request.',
    'c1a2',
    0,
  ],
  ['tomasrivera', 'Tomás Rivera', 'Apr 22', 'Oh, the global dataloader is a classic. Being per-request is the whole point of it!', 'c1a7', 1],
  ['benokafor', 'Ben Okafor', 'Apr 23', 'Did you consider a WeakMap? Or were the keys plain strings?', 'c1b0', 0],
  ['tomasrivera', 'Tomás Rivera', 'Apr 23', 'Plain strings, sadly, so a WeakMap was not an option. Good question though.', 'c1b4', 1],
  ['lenafischer', 'Lena Fischer', 'Apr 25', 'Saving this for the next time someone tells me staging is just like production.', 'c1c9', 0],
] as const;
const dvComment = ([user, name, date, text, id, depth]: (typeof dvComments)[number]): string => `<details class="comment-wrapper js-comment-wrapper
 comment-wrapper--deep-${depth}${depth === 0 ? ' root-comment' : ''}" open><summary aria-label="Toggle this comment (and replies)"
 data-tracking-name="expand_comment_toggle"><span class="inline-block align-middle"><svg width="24" height="24"
 class="crayons-icon expanded"></svg></span></summary>
<div id="comment-node-${id}" class="comment single-comment-node${depth === 0 ? ' root' : ''} comment--deep-${depth}" data-comment-id="${id}"
 data-path="/${user}/comment/${id}" data-comment-author-id="${id}"><div class="comment__inner"><a href="/${user}"
 class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4">
<img class="crayons-avatar__image" width="32" height="32" src="https://media2.dev.to/dynamic/image/width=50/${user}.png" alt="${user} profile image"
 loading="lazy" /></a>
<div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header"><a href="/${user}"
 class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden"><span class="js-comment-username">${name}</span></a>
<div class="profile-preview-card relative mb-4 s:mb-0 fw-medium hidden m:inline-block"><button id="comment-profile-preview-trigger-${id}"
 class="profile-preview-card__trigger p-1 -my-1 -ml-1 crayons-btn crayons-btn--ghost" aria-label="${name} profile details">${name}</button></div>
<span class="color-base-30 px-2 m:pl-0" role="presentation">&bull;</span><a href="/${user}/comment/${id}"
 class="comment-date crayons-link crayons-link--secondary fs-s">
<time datetime="2025-04-22T14:02:11Z" class="date-no-year">${date}</time></a><div class="comment__dropdown" data-tracking-name="comment_dropdown">
<button class="crayons-btn crayons-btn--ghost crayons-btn--icon crayons-btn--s comment__dropdown-trigger" aria-label="Toggle dropdown menu"></button>
<div class="crayons-dropdown p-1 right-1 left-1 s:right-0 s:left-auto fs-base"><ul class="m-0"><li><a href="/${user}/comment/${id}"
 class="crayons-link crayons-link--block permalink-copybtn">Copy link</a></li><li><a href="/report-abuse?url=https://dev.to/${user}/comment/${id}"
 class="crayons-link crayons-link--block">Report abuse</a></li></ul></div></div></div>
<div class="comment__body text-styles text-styles--secondary body-font-family" data-tracking-name="comment_body"><p>${text}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex
 reaction-button"
 data-comment-id="${id}" aria-label="Like comment: ${text.slice(0, 20)}" aria-pressed="false"><span class="reactions-count">${7 - depth * 4}</span>&nbsp;<span
 class="reactions-label hidden m:inline-block">likes</span></button><a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s toggle-reply-form mr-1
 inline-flex"
 href="#/${user}/comment/${id}" data-comment-id="${id}" data-no-instant><span class="hidden m:inline-block">Reply</span></a></footer></div></div></div>`;
const dvMore = [
  ['Five Postgres Settings I Check on Every New Service', '#postgres #node'],
  ['Graceful Shutdown in Node.js Is Harder Than It Looks', '#node #kubernetes'],
];
const dvNext = [
  ['Debugging Event Loop Lag with clinic.js', 'Marta Sousa - Apr 18'],
  ['Memory Profiling a Go Service Under Real Load', 'Arjun Desai - Apr 20'],
];
const dvFoot = ['Home', 'DEV++', 'Podcasts', 'Videos', 'Tags', 'DEV Help', 'Forem Shop', 'Advertise on DEV', 'DEV Challenges', 'About', 'Contact'];
const dvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dvTitle} - DEV Community</title>
<meta name="description" content="For about two months our order service had a problem that only showed up in production. Tagged with node, javascript.">
<meta name="keywords" content="node, javascript, debugging, performance, software, coding, development, engineering, inclusive, community">
<link rel="canonical" href="https://dev.to/tomasrivera/why-our-nodejs-service-leaked-memory-only-in-production-3k9p" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://dev.to/tomasrivera/3k9p"},
"headline":"${dvTitle}","datePublished":"2025-04-22T09:31:08Z","dateModified":"2025-04-24T17:12:40Z","author":{"@type":"Person",
"url":"https://dev.to/tomasrivera",
"name":"Tomás Rivera"}}</script>
<link rel="stylesheet" href="https://assets.dev.to/assets/crayons-2b1f.css" media="all" id="main-crayons-stylesheet">
<script src="https://assets.dev.to/assets/base-9c2d.js" defer="defer"></script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-side-nav-visible="false" data-community-name="DEV Community"
 data-locale="en" data-honeybadger-key="hbp_x" data-deployed-at="2025-04-24T15:02:11Z" data-latest-commit-id="4f1e2d" data-ga4-tracking-id="G-XXXX">
<div id="body-styles"><style>:root { --accent-brand-lighter-rgb: 79, 70, 229; --accent-brand-rgb: 59, 73, 223; --accent-brand-darker-rgb: 47, 58, 178;
}</style></div>
<header id="top-bar" class="crayons-header"><span id="route-change-target" tabindex="-1"></span><a href="#main-content"
 class="skip-content-link">Skip to content</a>
<div class="crayons-header__container"><span class="inline-flex s:hidden"><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2">
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" role="img"
 aria-labelledby="navmenu-title"><title id="navmenu-title">Navigation menu</title></svg></button></span>
<a href="/" class="site-logo" aria-label="DEV Community Home"><svg xmlns="http://www.w3.org/2000/svg" width="50" height="40" viewBox="0 0 50 40"
 class="site-logo__img">
<title>DEV Community</title><rect width="50" height="40" rx="3" style="fill: #000"></rect></svg></a>
<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search"
 role="search"><div class="crayons-fields">
<div class="crayons-field flex-1 relative"><input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q"
 placeholder="Search..." autocomplete="off" /><button type="submit" aria-label="Search" class="absolute inset-px left-auto mt-0 py-0"><svg width="24"
 height="24"
 aria-hidden="true" class="crayons-icon"></svg></button><a class="crayons-header--search-brand-indicator" href="https://www.algolia.com/developers/"
 target="_blank" rel="noopener noreferrer">Powered by Algolia</a></div></div></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block"><a href="/enter"
 class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span><a href="/enter?state=new-user" data-tracking-id="ca_top_nav"
 class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></div></header>
<div id="page-content" class="wrapper stories stories-show articletag-node articletag-javascript" data-current-page="stories-show"><div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner"><div class="reaction-drawer__outer">
<button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" aria-pressed="false"
 class="crayons-reaction pseudo-reaction crayons-tooltip__activator relative">
<span class="crayons-reaction__icon crayons-reaction__icon--inactive"></span><span class="crayons-reaction__count" id="reaction_total_count">142</span>
<span data-testid="tooltip" class="crayons-tooltip__content">Add reaction</span></button><div class="reaction-drawer" aria-label="reaction-drawer">
<div class="reaction-drawer__container">${['Like', 'Unicorn', 'Exploding Head', 'Raised Hands', 'Fire']
  .map(
    (r, i) => `<button class="crayons-reaction crayons-tooltip__activator" data-category="${r.toLowerCase()}"><span class="crayons-reaction__count"
 id="reaction-number-${i}">${[96, 12, 9, 18, 7][i]}</span><span data-testid="tooltip" class="crayons-tooltip__content">${r}</span></button>`,
  )
  .join('')}</div></div></div>
<button id="reaction-butt-comment" aria-label="Jump to Comments" aria-pressed="false"
 class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative"
 data-category="comment"><span class="crayons-reaction__count" id="reaction-number-comment" data-count="5">5</span><span data-testid="tooltip"
 class="crayons-tooltip__content">Jump to Comments</span></button><button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false"
 class="crayons-reaction crayons-reaction--readinglist crayons-tooltip__activator relative" data-category="readinglist"><span class="crayons-reaction__count"
 id="reaction-number-readinglist">38</span><span data-testid="tooltip" class="crayons-tooltip__content">Save</span></button>
<div id="mod-actions-menu-btn-area" class="print-hidden hidden align-center"></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4"
 id="article-show-container"
 data-article-id="2401887" data-article-slug="why-our-nodejs-service-leaked-memory-only-in-production-3k9p" data-author-id="118402"
 data-author-name="Tomás Rivera"
 data-author-username="tomasrivera" data-path="/tomasrivera/3k9p" data-published="true"><header class="crayons-article__header" id="main-title">
<div class="crayons-article__cover crayons-article__cover__image__feed"><img src="https://media2.dev.to/dynamic/image/width=1000,height=420,fit=cover/cover.png"
 width="1000" height="420" style="background-color:#dddddd;" class="crayons-article__cover__image" alt="Cover image for ${dvTitle}"></div>
<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space"
 class="crayons-article__actions mb-4 s:mb-0 s:order-last">
</div><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/tomasrivera"><img class="radius-full align-middle"
 src="https://media2.dev.to/tomas.png"
 width="40" height="40" alt="Tomás Rivera" /></a></div><div class="pl-3 flex-1"><a href="/tomasrivera" class="crayons-link fw-bold">Tomás Rivera</a>
<div class="author-badge-container"></div><p class="fs-xs color-base-60">Posted on <time datetime="2025-04-22T09:31:08Z" class="date-no-year">Apr 22</time>
<span class="color-base-30 px-2" role="presentation">&bull;</span>Edited on <time datetime="2025-04-24T17:12:40Z"
 class="date-no-year">Apr 24</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1>
<div class="spec__tags flex flex-wrap">${dvTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome " style="--tag-bg: rgba(0,0,0,0.1); --tag-prefix: #3c873a;" href="/t/${t}">
<span class="crayons-tag__prefix">#</span>${t}</a>`,
  )
  .join('\n')}</div></div></header>
<div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="2401887" id="article-body">
${dvIntro.map((p) => `<p>${p}</p>`).join('\n\n')}
${dvH('taking-a-heap-snapshot-without-downtime', dvH1)}
<p>${dvSnap[0]}</p>
${dvCode('javascript', code1)}
<p>${dvSnap[1]}</p>
${dvH('the-culprit-a-cache-with-no-eviction', dvH2)}
${dvCause.map((p) => `<p>${p}</p>`).join('\n\n')}
${dvH('the-fix', dvH3)}
<p>${dvFix[0]}</p>
${dvCode('javascript', code2)}
<p>${dvFix[1]}</p>
${dvH('what-i-would-check-first-next-time', dvH4)}
<ul>
${dvList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${dvLast}</p>
</div></div>
<section class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10" id="comments" data-follow-button-container="true">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (5)</h2><div id="comment-subscription"
 class="print-hidden">
<button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div class="comments mb-4" id="comment-trees-container">
${dvComment(dvComments[0])}<div class="comment__children">${dvComment(dvComments[1])}</details></div></details>
${dvComment(dvComments[2])}<div class="comment__children">${dvComment(dvComments[3])}</details></div></details>
${dvComment(dvComments[4])}</details>
</div><div class="crayons-notice crayons-notice--info">Some comments may only be visible to logged-in visitors. <a
 href="/enter">Sign in</a> to view all comments.</div>
<div class="mb-4 fs-s"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary fw-medium">Code of Conduct</a> &bull;
<a href="/report-abuse" class="crayons-link crayons-link--secondary fw-medium">Report abuse</a></div></section></article></div>
<div class="crayons-card crayons-card--secondary text-padding print-hidden"><h2 class="crayons-subtitle-1 mb-4">Read next</h2>
${dvNext
  .map(
    ([t, m]) => `<a href="#" class="crayons-link flex items-center mb-4"><div><h4 class="fs-l fw-bold">${t}</h4><p
 class="color-base-60">${m}</p></div></a>`,
  )
  .join('\n')}
</div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"
 id="article-show-primary-sticky-nav">
<div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: #3c873a;"><div class="-mt-4"><a href="/tomasrivera"
 class="flex">
<span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="https://media2.dev.to/tomas.png" class="crayons-avatar__image" alt=""></span>
<span class="crayons-link crayons-subtitle-2 mt-5">Tomás Rivera</span></a></div><div class="print-hidden"><button name="button" type="button"
 class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100" aria-label="Follow user: Tomás Rivera" aria-pressed="false">Follow</button></div>
<div class="color-base-70">Backend engineer. Mostly Node, Postgres and the occasional outage.</div><div class="user-metadata-details"><ul
 class="user-metadata-details-inner">
<li><div class="key">Location</div><div class="value">Lisbon, Portugal</div></li><li><div class="key">Work</div><div
 class="value">Backend engineer at Parcelwise</div></li>
<li><div class="key">Joined</div><div class="value"><time datetime="2019-03-03T10:00:00Z" class="date">Mar 3, 2019</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a href="/tomasrivera"
 class="crayons-link">Tomás Rivera</a></h3></header><div>${dvMore
   .map(([t, tags]) => `<a href="#" class="crayons-link crayons-link--contentful"><span>${t}</span><div class="crayons-article__tags fs-s">${tags}</div></a>`)
   .join('\n')}</div></div></div></aside></div></div></div>
<div id="global-signup-modal" class="hidden"><div class="crayons-modal__box"><h2 class="crayons-title">Join the DEV Community</h2>
<p>DEV Community is a community of 3,180,442 amazing developers</p><p>We&#39;re a place where coders share, stay up-to-date and grow their careers.</p>
<a href="/enter?state=new-user" class="crayons-btn crayons-btn--l" data-no-instant>Create account</a><a href="/enter" class="crayons-btn crayons-btn--ghost"
 data-no-instant>Log
 in</a></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container"
 class="crayons-footer__container"><p class="fs-s crayons-footer__description">
<a class="c-link c-link--branded fw-medium" aria-label="DEV Community Home"
 href="/">DEV Community</a> &mdash; A space to discuss and keep up software development
 and manage your software career</p><ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0
 my-4">${links(dvFoot, 'footer__nav-link flex items-center')}</ul>
<ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0
 my-4">${links(['Code of Conduct', 'Privacy Policy', 'Terms of use'], 'footer__nav-link')}</ul>
<div class="fs-xs color-base-60"><p><a class="c-link c-link--branded" aria-label="Forem Home"
 href="https://www.forem.com">Built on Forem</a> &mdash; the open source
 software that powers DEV and other inclusive communities.</p><p>Made with love and Ruby on Rails. DEV Community <span
 title="copyright">&#169;</span> 2016 - 2025.</p>
</div></div></footer>
<div id="snack-zone"></div><div id="cta-modal"></div>
<script>window.InstantClick_BLACKLIST = ["/enter"];</script>
</body></html>`;
export const devtoArticle: TestPage = {
  html: dvHtml,
  name: 'heldout54-devto-article',
  kind: 'blog',
  // a DEV article is a blog post, so its comments are reader comments: furniture (the author's own replies too), with each
  // commenter's name and date as bylines (the author's name and "Apr 22"/"Apr 23" appear as dates of comments as well); the two
  // code blocks are in neither list, the inline code in the body stays part of its sentences; the four h2 (Forem's empty anchor
  // links inside them) are the headings; "Posted on Apr 22" and "Edited on Apr 24" are bylines; the header, reaction rail and
  // tooltips, tags, "Top comments (5)", comment controls, "Read next", the author card with bio and metadata, "More from", the
  // hidden sign-up modal and the footer are furniture; the tag "#node" and the footer's "About" are words of the article
  // text: left out
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvIntro, ...dvSnap, ...dvCause, ...dvFix, ...dvList, dvLast]),
  bylines: ['Tomás Rivera', 'Posted on Apr 22', 'Edited on Apr 24', 'Priya Natarajan', 'Ben Okafor', 'Lena Fischer', 'Apr 23', 'Apr 25'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation menu', 'DEV Community', 'Powered by Algolia', 'Log in', 'Create account', '142', 'Add reaction', 'Like', 'Unicorn',
    'Exploding Head', 'Raised Hands', 'Fire', 'Jump to Comments', '38', 'Save', ...dvTags.filter((t) => t !== 'node').map((t) => `#${t}`),
    'Top comments (5)', 'Subscribe', ...dvComments.map((c) => c[3]), 'Copy link', 'Report abuse', 'likes', 'Reply',
    'Some comments may only be visible to logged-in visitors. Sign in to view all comments.', 'Code of Conduct', 'Read next', ...dvNext.flat(), 'Follow',
    'Backend engineer. Mostly Node, Postgres and the occasional outage.',
    'Location', 'Lisbon, Portugal', 'Work', 'Backend engineer at Parcelwise', 'Joined', 'Mar 3, 2019', 'More from', ...dvMore.flat(),
    'Join the DEV Community', 'DEV Community is a community of 3,180,442 amazing developers',
    'We\'re a place where coders share, stay up-to-date and grow their careers.',
    'A space to discuss and keep up software development and manage your software career', ...dvFoot.filter((t) => t !== 'About'), 'Privacy Policy',
    'Terms of use', 'Built on Forem', 'the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
  ],
};

export const HELDOUT54_D: readonly TestPage[] = [devtoArticle, hashnodePost];
