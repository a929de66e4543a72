import { type TestPage, texts } from './page-kit.js';
import { dvCode1, dvCode2, dvH1, dvH2, dvH3, dvH4, dvL1, dvP1, dvP2, dvP3, dvP4, dvP5, dvP6, dvP7, dvTitle } from './pages-heldout125-e3.js';

/**
 * Held-out batch 125, file e2: a dev.to (Forem) post as a signed-out visitor saves it (skip link, the crayons header with
 * search, "Powered by Algolia", "Log in" and "Create account", the left reaction rail with counts and the hidden share menu,
 * the cover image, author and "Posted on" line, the title, tag links, the article body with anchored h2s, inline code and
 * two highlighted code blocks with their panel buttons, the comments section with "Top comments", two comments and their
 * hidden dropdown items, the billboard, "Read next", the right sidebar author card with "More from", and the footer).
 */
const dvTags = ['postgres', 'database', 'performance', 'backend'];
const dvRail = ['Copy link', 'Share to X', 'Share to LinkedIn', 'Share to Facebook', 'Share to Mastodon', 'Report Abuse'];
const dvComments = [
  [
    'Hana Sato',
    'Oct 29',
    'We hit exactly this at around 25 million rows. One addition: check that autovacuum keeps up on the jobs table, or the dead tuples hurt too.',
  ],
  ['Marek Zieliński', 'Oct 30', 'Did you look at moving finished jobs out on completion instead of nightly? Curious whether the extra write was worth it.'],
];
const dvCommentMenu = ['Hide', 'Report abuse'];
const dvReadNext = [
  ['Lessons from running SQLite in production for a year', 'Noor Haddad', 'Sep 14'],
  ['A gentle introduction to EXPLAIN ANALYZE', 'Ben Oduya', 'Oct 2'],
  ['Why we stopped using UUIDv4 as primary keys', 'Lucía Prieto', 'Aug 21'],
];
const dvMore = [
  ['Row-level locking in Postgres, explained with one table', '#postgres #database'],
  ['Our migration checklist for zero-downtime schema changes', '#postgres #devops'],
];
const dvAuthor = [
  'Backend engineer. I like boring databases and short incident reports.',
  'Location',
  'Córdoba, Argentina',
  'Work',
  'Backend engineer at Tranvía',
  'Joined',
  'Mar 12, 2021',
];
const dvFootNav = [
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
  'Free Postgres Database',
  'Software comparisons',
  'Code of Conduct',
  'Privacy Policy',
  'Terms of Use',
];
const dvFoot = [
  'DEV Community — A space to discuss and keep up software development and manage your software career',
  'Built on Forem — the open source software that powers DEV and other inclusive communities.',
  'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
];
const dvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dvSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const dvH = (t: string): string => `<h2>\n  <a name="${dvSlug(t)}" href="#${dvSlug(t)}">\n  </a>\n  ${t}\n</h2>`;
const dvCode = (lang: string, code: string): string => `<div class="highlight js-code-highlight">
<pre class="highlight ${lang}"><code>${code}</code></pre>
<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action"><svg xmlns="http://www.w3.org/2000/svg"
width="20px" height="20px"
viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on"><title>Enter fullscreen mode</title></svg><svg width="20px"
height="20px"
viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off"><title>Exit fullscreen mode</title></svg></div></div></div>`;
const dvReact = (id: string, label: string, count: string): string => `<button id="reaction-butt-${id}" aria-label="${label}" aria-pressed="false"
class="crayons-reaction crayons-reaction--${id} crayons-tooltip__activator relative" data-category="${id}"><span class="crayons-reaction__icon
crayons-reaction__icon--inactive"><svg width="24" height="24"></svg></span><span class="crayons-reaction__count" id="reaction-number-${id}">${count}</span>
<span data-testid="tooltip" class="crayons-tooltip__content">${label}</span></button>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Postgres partial indexes saved our job queue - DEV Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://dev.example/tferreyra/postgres-partial-indexes-saved-our-job-queue-3k9d" />
<meta name="description" content="We run background jobs out of a plain Postgres table. Last month it started to fall over.">
<meta name="keywords" content="postgres, database, performance, backend, software, coding, development, engineering, inclusive, community">
<meta property="og:type" content="article" /><meta property="og:title" content="${dvTitle}" /><meta property="og:site_name" content="DEV Community" />
<meta name="twitter:creator" content="@tferreyra_dev"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://dev.example/tferreyra/postgres-partial-indexes-saved-our-job-queue-3k9d"},"headline":"${dvTitle}","image":[],
"datePublished":"2025-10-28T09:14:22Z",
"dateModified":"2025-10-28T09:14:22Z","author":{"@type":"Person","name":"Tomás Ferreyra","url":"https://dev.example/tferreyra"},
"publisher":{"@type":"Organization","name":"DEV Community"}}</script>
<link rel="stylesheet" href="https://assets.dev.example/assets/crayons-5f2a1b.css" media="all" id="main-crayons-stylesheet">
<script src="https://assets.dev.example/assets/base-8c7d2e.js" defer></script>
</head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="DEV Community" data-locale="en">
<div class="skip-content-link"><a href="#main-content">Skip to content</a></div>
<header id="topbar" class="crayons-header print-hidden"><span id="route-change-target" tabindex="-1"></span><div class="crayons-header__container">
<span class="inline-flex m:hidden"><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2" aria-label="Navigation menu"><svg width="24"
height="24"></svg>
</button></span><a href="/" class="site-logo" aria-label="DEV Community Home"><svg class="site-logo__img" width="50" height="40"></svg></a>
<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search"><div
class="crayons-fields
crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input id="search-input"
class="crayons-header--search-input crayons-textfield js-search-input"
type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"><button type="submit" aria-label="Search"
class="c-btn c-btn--icon-alone
absolute inset-px right-auto mt-0 py-0"><svg width="24" height="24"></svg></button><a class="crayons-header--search-brand-indicator"
href="https://www.algolia.example/developers/?utm_source=devto&amp;utm_medium=referral" target="_blank"
rel="noopener noreferrer">Powered by Algolia</a></div></div>
</form></div><div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block"><a
href="/enter?signup_subforem=1"
class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span><a href="/enter?signup_subforem=1&amp;state=new-user"
data-tracking-id="ca_top_nav" data-tracking-source="top_navbar"
class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></div>
</header>
<div id="page-content" class="wrapper stories stories-show"><div id="page-content-inner">
<main id="main-content" class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div
class="crayons-article-actions__inner">
<div class="relative"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" aria-pressed="false" class="crayons-reaction pseudo-reaction
crayons-tooltip__activator"><span class="crayons-reaction__icon crayons-reaction__icon--inactive"><svg width="24" height="24"></svg></span><span
class="crayons-reaction__count" id="reaction_engagement_like_count">57</span></button></div>
<a href="#comments" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative" aria-label="Jump to Comments"><span
class="crayons-reaction__icon
crayons-reaction__icon--inactive"><svg width="24" height="24"></svg></span><span class="crayons-reaction__count" id="reaction-number-comment">2</span></a>
${dvReact('readinglist', 'Save', '31')}
<div id="mod-actions-menu-btn-area" class="print-hidden trusted-visible-block align-center"></div>
<div class="align-center m:relative"><button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true"
class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon-rounded" aria-label="Share post options"><svg width="24" height="24"></svg></button>
<div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0
top-unset bottom-100 m:top-0
m:bottom-auto"><div><button id="copy-post-url-button" class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0"
data-postUrl="https://dev.example/tferreyra/postgres-partial-indexes-saved-our-job-queue-3k9d"><span class="fw-bold">${dvRail[0]}</span><svg width="24"
height="24"></svg>
</button><div id="article-copy-link-announcer" aria-live="polite" class="crayons-notice crayons-notice--success my-2 p-1 hidden">Copied to Clipboard</div></div>
${dvRail
  .slice(1, 5)
  .map((t) => `<a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://share.example/?u=3k9d&amp;t=${t.slice(9)}">${t}</a>`)
  .join('\n')}
<a href="/report-abuse" class="crayons-link crayons-link--block">${dvRail[5]}</a></div></div></div></div></aside>
<div class="crayons-layout__content"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container"
data-article-id="2091337"
data-article-slug="postgres-partial-indexes-saved-our-job-queue-3k9d" data-author-id="611204" data-author-name="Tomás Ferreyra"
data-author-username="tferreyra"
data-published="true" data-scheduled="false" data-updated-at="2025-10-28 09:14:22 UTC" data-reactions-count="57" data-language="en">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img
src="https://media.dev.example/cdn-cgi/image/width=1000/cover-3k9d.png"
width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for Postgres partial indexes saved our job queue"></div>
<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space"
class="crayons-article__actions mb-4 s:mb-0 s:order-last">
</div><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/tferreyra"><img class="radius-full align-middle"
src="https://media.dev.example/tf.jpg"
width="40" height="40" alt="Tomás Ferreyra"></a></div><div class="pl-3 flex-1"><a href="/tferreyra" class="crayons-link fw-bold">Tomás Ferreyra</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2025-10-28T09:14:22Z" class="date-no-year">Oct 28</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1>
<div class="spec__tags flex flex-wrap">${dvTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome" style="--tag-bg: rgba(51, 103, 145, 0.10); --tag-prefix: #336791;" href="/t/${t}"><span
class="crayons-tag__prefix">#</span>${t}</a>`,
  )
  .join('\n')}</div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2091337" id="article-body">
${dvPs(dvP1)}
${dvH(dvH1)}
${dvPs(dvP2)}
${dvCode('sql', dvCode1)}
${dvPs(dvP3)}
${dvH(dvH2)}
${dvPs(dvP4)}
${dvH(dvH3)}
${dvPs(dvP5)}
${dvCode('sql', dvCode2)}
${dvPs(dvP6)}
<ul>\n${dvL1.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>
${dvH(dvH4)}
${dvPs(dvP7)}
</div></div></article>
<div class="crayons-card crayons-card--secondary p-4 mb-4 billboard" data-display-unit data-id="1189" data-type-of="external"
data-placement-area="post_comments">
<div class="flex justify-between items-center mb-2"><span class="crayons-story__tertiary fs-xs">Promoted</span><button class="crayons-btn crayons-btn--ghost
crayons-btn--icon crayons-btn--s" aria-label="Toggle dropdown menu"><svg width="24" height="24"></svg></button></div><div
class="text-styles text-styles--billboard">
<p><a href="https://example.com/quarry-db?bb=1189">Quarry DB: serverless Postgres that scales to zero. Start free, no card needed.</a></p></div></div>
<section id="comments" data-follow-button-container="true" data-updated-at="2025-10-30 14:02:11 UTC" class="text-padding mb-4 border-t-1 border-0 border-solid
border-base-10"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (2)</h2><div
id="comment-subscription"
class="print-hidden"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div class="comment-form"><textarea class="crayons-textfield comment-textarea" placeholder="Add to the discussion"
aria-label="Add a comment to the discussion"></textarea></div>
<div class="comments" id="comment-trees-container">${dvComments
  .map(
    ([n, d, t], i) => `<details class="comment single-comment-node root comment--deep-0" id="comment-node-3k9${i}" data-comment-id="3k9${i}" open><summary
aria-label="Toggle this comment (and replies)"><span class="inline-block align-middle"><img src="https://media.dev.example/u${i}.jpg" alt=""
class="crayons-avatar__image"
width="32" height="32"></span></summary><div class="comment__inner"><div class="inner-comment comment__details"><div class="comment__content crayons-card">
<div class="comment__header"><a href="/u${i}" class="crayons-link crayons-link--secondary flex items-center fw-medium">${n}</a><span class="color-base-30 px-2"
role="presentation">•</span><a href="/comment/3k9${i}" class="comment-date crayons-link crayons-link--secondary fs-s"><time
datetime="2025-10-2${9 + i}">${d}</time></a>
<div class="comment__dropdown"><button class="dropbtn comment__dropdown-trigger crayons-btn crayons-btn--s crayons-btn--ghost crayons-btn--icon"
aria-label="Toggle dropdown menu">
<svg width="24" height="24"></svg></button><div class="crayons-dropdown right-1 s:right-0 s:left-auto fs-base dropdown"><ul class="m-0"><li><a
href="/comment/3k9${i}"
class="crayons-link crayons-link--block permalink-copybtn">Copy link</a></li><li><a href="#"
class="crayons-link crayons-link--block">${dvCommentMenu[0]}</a></li>
<li><a href="/report-abuse?url=3k9${i}" class="crayons-link crayons-link--block">${dvCommentMenu[1]}</a></li></ul></div></div></div>
<div class="comment__body text-styles text-styles--secondary body"><p>${t}</p></div></div><footer class="comment__footer"><button
class="crayons-btn crayons-btn--ghost
crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button"><svg width="24" height="24"></svg><span
class="reactions-count">${4 - i * 3}</span>
<span class="reactions-label hidden m:inline-block">likes</span><span class="reactions-label hidden m:inline-block">Like</span></button><a
class="actions crayons-btn
crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" href="#/tferreyra/comment/3k9${i}" data-comment-id="3k9${i}"
rel="nofollow">
<svg width="24" height="24"></svg><span class="hidden m:inline-block">Reply</span></a></footer></div></div></details>`,
  )
  .join('\n')}</div>
<div class="fs-s color-base-60 mt-4">Some comments may only be visible to logged-in visitors. <a href="/enter">Sign in</a> to view all comments.</div>
<div class="align-center border-t-1 border-base-10 pt-4 mt-4"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> • <a
href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section>
<div class="crayons-card crayons-card--secondary p-4"><h2 class="crayons-subtitle-1 mb-4">Read next</h2>${dvReadNext
  .map(
    ([t, a, d]) => `<a href="/${(a ?? '').length}/${(t ?? '').length}" class="crayons-link flex items-center mb-4"><div class="ml-3"><h4
class="crayons-subtitle-2">${t}</h4>
<p class="fs-s color-base-60">${a} - <time>${d}</time></p></div></a>`,
  )
  .join('\n')}</div></div></div>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"><div
class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid"><div class="-mt-4"><a href="/tferreyra" class="flex"><span class="crayons-avatar
crayons-avatar--xl mr-2 shrink-0"><img src="https://media.dev.example/tf.jpg" class="crayons-avatar__image" alt="" width="48" height="48"></span><span
class="crayons-link crayons-subtitle-1 mt-5">Tomás Ferreyra</span></a></div><div class="print-hidden"><button
class="crayons-btn follow-action-button whitespace-nowrap
w-100" data-info='{"id":611204,"className":"User","style":"full"}'>Follow</button></div><div class="color-base-70">${dvAuthor[0]}</div><div
class="user-metadata-details">
<ul class="user-metadata-details-inner">${[1, 3, 5]
  .map(
    (i) => `<li><div class="key">${dvAuthor[i]}</div><div
class="value">${dvAuthor[i + 1]}</div></li>`,
  )
  .join('')}</ul>
</div></div><section class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a
href="/tferreyra"
class="crayons-link crayons-link--brand">Tomás Ferreyra</a></h3></header><div>${dvMore
  .map(
    ([t, tags]) => `<a href="/tferreyra/${(t ?? '').length}" class="crayons-link crayons-link--contentful"><div>${t}</div><div
class="crayons-link__secondary fs-s">${tags}</div>
</a>`,
  )
  .join('')}</div></section></div></aside></main></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><p
class="fs-s crayons-footer__description">
<a class="c-link c-link--branded fw-medium" aria-label="DEV Community Home"
href="/">DEV Community</a> — A space to discuss and keep up software development and manage
your software career</p><ul class="footer__nav-links flex justify-center flex-wrap fs-s p-0">${dvFootNav
  .map(
    (t) => `<li class="footer__nav-link flex items-center"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="c-link c-link--block">${t}</a></li>`,
  )
  .join('')}</ul><div class="fs-s"><p>Built on <a class="c-link c-link--branded" href="/t/forem">Forem</a> — the <a target="_blank" rel="noopener"
class="c-link
c-link--branded" href="https://dev.example/t/opensource">open source</a> software that powers <a class="c-link c-link--branded"
href="https://dev.example">DEV</a> and other
inclusive communities.</p><p>Made with love and <a target="_blank" rel="noopener" class="c-link c-link--branded"
href="https://dev.example/t/rails">Ruby on Rails</a>. DEV
Community <span title="copyright">©</span> 2016 - 2025.</p></div></div></footer>
<div class="crayons-modal hidden" id="block-report-modal"><p>For further actions, you may consider blocking this person and/or reporting abuse</p></div>
<script>window.currentUser = null; window.csrfToken = undefined;</script>
</body>
</html>`;
export const devtoPost: TestPage = {
  html: dvHtml,
  name: 'heldout125-devto-blog',
  kind: 'blog',
  // the author's name and "Posted on Oct 28" are bylines; tags, reaction counts, the hidden share menu, the billboard,
  // comments (reader comments on a blog post) with their hidden menus, "Read next", the author card and footer are
  // furniture; code blocks (and their hidden fullscreen titles) are in neither list; inline code is part of its paragraph
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvP4, ...dvP5, ...dvP6, ...dvL1, ...dvP7]),
  bylines: ['Tomás Ferreyra', 'Posted on Oct 28'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', '57', '31', 'Save', ...dvRail, 'Copied to Clipboard', ...dvTags.map((t) => `#${t}`),
    'Promoted', 'Quarry DB: serverless Postgres that scales to zero. Start free, no card needed.', 'Top comments (2)', 'Subscribe', ...dvComments.flat(),
    dvCommentMenu[0] ?? '', 'Like', 'Reply', 'Some comments may only be visible to logged-in visitors. Sign in to view all comments.',
    'Code of Conduct', 'Read next',
    ...dvReadNext.flat(), 'Follow', ...dvAuthor, 'More from Tomás Ferreyra', ...dvMore.flat(), ...dvFootNav.filter((t) => t !== 'Code of Conduct'), ...dvFoot,
    'For further actions, you may consider blocking this person and/or reporting abuse',
  ],
};
