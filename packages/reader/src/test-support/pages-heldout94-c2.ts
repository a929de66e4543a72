import { links, type TestPage, texts } from './page-kit.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file c2: a dev.to (Forem) article as a signed-out visitor saves it (skip link, header with search
 * and "Powered by Algolia", "Log in" / "Create account", the left reaction rail with svg titles and counts and its share
 * menu, cover image, author with "Posted on" and "Edited on" times, reactions count, tags, the markdown body with anchor
 * headings and highlighted code blocks with their fullscreen buttons, the "Top comments" section with two comments and the
 * hidden hide-comment modal, the author card with "Follow" and metadata, "More from", "Read next" cards and the footer).
 */
const dvTitle = 'Our test suite got three times faster when we stopped mocking the database';
const dvP1 = paras(`
For about two years our backend test suite took eleven minutes on CI. Most of it was spent in tests that did not touch the
database at all, or at least that is what we thought. Every repository class was mocked, every query stubbed, and every test
still ran slowly.

Last month we ripped out most of those mocks and ran the tests against a real Postgres instead. The suite now takes three and
a half minutes. Here is what we changed and why it worked.`);
const dvH1 = 'Where the time was actually going';
const dvP2 = paras(`
When we profiled a single test file, the surprise was that the mocks themselves were expensive. Our mocking helper rebuilt a
fake query builder for every test, with hundreds of chained methods, and it did it by walking the real builder’s prototype.
Each test paid around 120 milliseconds before it ran a single assertion.

We also had a habit of resetting every module between tests so the mocks would not leak. That meant each test file imported
the whole application again, dozens of times.`);
const dvH2 = 'One database per worker';
const dvP3 = paras(`
The fix was less clever than the problem. We start one Postgres container for the whole run and give each test worker its own
database, created from a template that already has the schema and seed data in it. Creating a database from a template takes
about 40 milliseconds.`);
const dvCode1 = `// test/setup/db.ts
const worker = process.env.JEST_WORKER_ID ?? '1';
export const dbName = \`app_test_\${worker}\`;
await admin.query(\`CREATE DATABASE \${dbName} TEMPLATE app_template\`);`;
const dvP4 = paras(`
Each test then runs inside a transaction that is rolled back at the end, so tests cannot see each other’s data and there is
nothing to clean up.`);
const dvCode2 = `beforeEach(async () => { await db.query('BEGIN'); });
afterEach(async () => { await db.query('ROLLBACK'); });`;
const dvH3 = 'What we kept mocked';
const dvP5 = ['We did not remove every mock. We still fake anything that leaves our own infrastructure:'];
const dvList = [
  'the payment provider’s API, which we replace with a small recorded-response server;',
  'the email service, where we only check what would have been sent;',
  'the clock, because tests about expiry dates should not depend on when they run.',
];
const dvH4 = 'The results';
const dvP6 = paras(`
CI time went from eleven minutes to three and a half. Local runs of a single file dropped from about eight seconds to under
two. We also found four real bugs in the first week, all of them queries that our mocks had happily accepted but Postgres
rejected, including one that had been in production for a year.

The biggest change is harder to measure. People write more tests now, because writing a test no longer means writing a mock
first. If your suite is slow and full of stubs, it might be worth timing how much of that time is spent pretending.`);
const dvReactions = ['Add reaction', '56', 'Jump to Comments', '7', 'Save', '21', 'Boost'];
const dvShare = [
  'Copy link',
  'Share to X',
  'Share to LinkedIn',
  'Share to Reddit',
  'Share to Hacker News',
  'Share to Facebook',
  'Share to Mastodon',
  'Report Abuse',
];
const dvTags = ['#testing', '#javascript', '#postgres', '#ci'];
const dvComments = [
  {
    name: 'Marcus Lee',
    date: 'Oct 9',
    likes: '4',
    text: 'The template database trick is great. Did you hit any problems with sequences not resetting after rollback?',
  },
  {
    name: 'Hana Kowalczyk',
    date: 'Oct 10',
    likes: '2',
    text: 'We did the same last year and the four real bugs thing matched our experience exactly. Mocks lie.',
  },
];
const dvModal = [
  'Are you sure you want to hide this comment? It will become hidden in your post, but will still be visible via the comment’s permalink.',
  'Hide child comments as well',
  'Confirm',
  'For further actions, you may consider blocking this person and/or reporting abuse',
];
const dvMeta = ['Location', 'Leeds, UK', 'Work', 'Backend engineer at Tallyroll', 'Joined', 'Feb 11, 2019'];
const dvBio = 'Backend engineer. Writes about Postgres, testing and the small tools that make teams faster.';
const dvMore = ['Zero-downtime column renames in Postgres', 'The index we didn’t need', 'Feature flags without a vendor'];
const dvNext = ['Testing time-dependent code without flaky sleeps', 'How we cut our Docker image from 1.2 GB to 180 MB'];
const dvNextBy = ['Dario Fenn - Oct 2', 'Yuki Tamsin - Sep 28'];
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
const dvFootText = [
  'DEV Community — A constructive and inclusive social network for software developers. With you every step of your journey.',
  'Built on Forem — the open source software that powers DEV and other inclusive communities.',
  'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
];
const dvSvg = (t: string): string =>
  `<svg width="24" height="24" viewBox="0 0 24 24" class="crayons-icon" role="img" aria-hidden="true"><title>${t}</title></svg>`;
const dvH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h2>\n  <a name="${id}" href="#${id}">\n  </a>\n  ${t}\n</h2>`;
};
const dvCode = (lang: string, code: string): string => `<div class="highlight js-code-highlight">
<pre class="highlight ${lang}"><code>${code.replace(/</g, '&lt;')}</code></pre>
<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action">${dvSvg('Enter fullscreen mode')}
${dvSvg('Exit fullscreen mode')}</div></div></div>`;
const dvComment = (
  c: (typeof dvComments)[number],
  i: number,
): string => `<div class="comment single-comment-node root comment--deep-0" id="comment-node-${3100 + i}"
data-comment-id="${3100 + i}"><details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-0" open><summary
aria-label="Toggle this comment (and replies)">
</summary><div class="comment__inner"><div class="comment__details"><div class="comment__content crayons-card"><div class="comment__header">
<a href="/${c.name.split(' ')[0]?.toLowerCase()}" class="flex items-center fs-s crayons-link crayons-link--secondary"><span
class="js-comment-username">${c.name}</span></a>
<span class="color-base-30 px-2" role="presentation">•</span><a href="/priyaraman/comment/2k${i}"
class="comment-date crayons-link crayons-link--secondary fs-s">
<time datetime="2025-10-0${9 + i}T14:02:11Z" class="date-no-year">${c.date}</time></a></div>
<div class="comment__body text-styles text-styles--secondary"><p>${c.text}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--s reaction-like inline-flex reaction-button"
aria-label="Like comment">${dvSvg('Like comment: ')}<span class="reactions-count">${c.likes}</span><span
class="reactions-label hidden m:inline-block">likes</span></button>
<a class="actions crayons-btn crayons-btn--ghost crayons-btn--s toggle-reply-form mr-1 inline-flex" href="#" rel="nofollow">${dvSvg('Comment button')}
<span class="hidden m:inline-block">Reply</span></a></footer></div></div></details></div>`;
const dvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our test suite got three times faster when we stopped mocking the database - DEV Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover"><meta name="description"
content="For about two years our backend test suite took eleven minutes on CI.">
<meta name="keywords" content="testing, javascript, postgres, ci, software, coding, development, engineering, inclusive, community">
<meta property="og:type" content="article"><meta property="og:title" content="${dvTitle}"><meta property="og:site_name" content="DEV Community">
<meta name="twitter:creator" content="@priyaraman_dev"><link rel="canonical" href="https://dev.to/priyaraman/our-test-suite-got-three-times-faster-4k2m">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://dev.to/priyaraman/4k2m"},
"headline":"${dvTitle}","author":{"@type":"Person","url":"https://dev.to/priyaraman","name":"Priya Raman"},"datePublished":"2025-10-09T11:21:33Z",
"dateModified":"2025-10-10T08:02:19Z"}</script>
<link rel="stylesheet" href="https://dev.to/assets/crayons-4a21c7.css" media="all"><script src="https://dev.to/assets/base-9c8e1a.js" defer></script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="DEV Community" data-locale="en">
<div id="body-styles"><style>:root { --accent-brand: #3b49df; }</style></div>
<header class="crayons-header print-hidden"><span class="skip-content-link"><a href="#main-content">Skip to content</a></span>
<div class="crayons-header__container"><span class="inline-flex"><a href="/" class="site-logo"
aria-label="DEV Community Home">${dvSvg('DEV Community')}</a></span>
<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
<input id="search-input" class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..." aria-label="Search term">
<button type="submit" aria-label="Search" class="c-btn c-btn--icon-alone absolute inset-px right-auto">${dvSvg('Search')}</button>
<a class="crayons-header--search-brand-indicator" href="https://www.algolia.example/developers/">Powered by Algolia</a></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block">
<a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
<a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></div></header>
<div id="page-content" class="wrapper stories stories-show articletag-testing" data-current-page="stories-show">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner">
<button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" class="crayons-reaction pseudo-reaction crayons-tooltip__activator relative">
<span class="crayons-reaction__icon">${dvSvg(dvReactions[0] ?? '')}</span><span class="crayons-reaction__count"
id="reaction_total_count">${dvReactions[1]}</span></button>
<button id="reaction-butt-comment" aria-label="Jump to Comments" class="crayons-reaction crayons-reaction--comment"><span class="crayons-reaction__icon">
${dvSvg(dvReactions[2] ?? '')}</span><span class="crayons-reaction__count" id="reaction-number-comment">${dvReactions[3]}</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" class="crayons-reaction crayons-reaction--readinglist"><span
class="crayons-reaction__icon">
${dvSvg(dvReactions[4] ?? '')}</span><span class="crayons-reaction__count" id="reaction-number-readinglist">${dvReactions[5]}</span></button>
<button id="reaction-butt-boost" class="crayons-reaction">${dvSvg(dvReactions[6] ?? '')}</button>
<div id="mod-actions-menu-btn-area" class="print-hidden"></div><div class="align-center m:relative"><button id="article-show-more-button"
aria-controls="article-show-more-dropdown"
aria-expanded="false" aria-haspopup="true" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon"
aria-label="Share post options">${dvSvg('More...')}</button>
<div id="article-show-more-dropdown"
class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0 top-unset bottom-100 m:top-0 m:bottom-auto">
<div><button class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0" id="copy-post-url-button"><span
class="fw-bold">${dvShare[0]}</span>
${dvSvg('Copy link')}</button></div>${dvShare
  .slice(1, 7)
  .map((t) => `<a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="#">${t}</a>`)
  .join('\n')}<a href="/report-abuse" class="crayons-link crayons-link--block">${dvShare[7]}</a></div></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4"
id="article-show-container" data-article-id="2051234" data-author-name="Priya Raman" data-published="true" itemscope itemtype="http://schema.org/Article">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media2.dev.example/cover/4k2m.png" width="1000"
height="420" class="crayons-article__cover__image" alt="Cover image for Our test suite got three times faster when we stopped mocking the database"></div>
<div class="crayons-article__header__meta"><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/priyaraman"><img
class="radius-full align-middle"
src="https://media2.dev.example/avatars/priya.png" width="40" height="40" alt="Priya Raman"></a></div><div class="pl-3 flex-1">
<a href="/priyaraman" class="crayons-link fw-bold">Priya Raman</a><p class="fs-xs color-base-60"><span>Posted on <time datetime="2025-10-09T11:21:33Z"
class="date-no-year">Oct 9</time></span><span class="fs-xs color-base-60"> • Edited on <time datetime="2025-10-10T08:02:19Z" class="date-no-year">Oct
10</time></span>
</p></div></div><div class="crayons-article__subheader"><div class="multiple_reactions_aggregate"><span class="aggregate_reactions_counter">
<span class="hidden s:inline">56 reactions</span></span></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dvTitle}</h1><div class="spec__tags flex flex-wrap">
${dvTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t.slice(1)}"><span
class="crayons-tag__prefix">#</span>${t.slice(1)}</a>`,
  )
  .join('\n')}
</div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2051234" id="article-body">
${tags('p', dvP1)}
${dvH(dvH1)}
${tags('p', dvP2)}
${dvH(dvH2)}
${tags('p', dvP3)}
${dvCode('typescript', dvCode1)}
${tags('p', dvP4)}
${dvCode('typescript', dvCode2)}
${dvH(dvH3)}
${tags('p', dvP5)}
<ul>
${tags('li', dvList)}
</ul>
${dvH(dvH4)}
${tags('p', dvP6)}
</div>
<section id="comments" data-follow-button-container="true" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (7)</h2><div id="comment-subscription">
<button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div id="comment-trees-container">${dvComments.map(dvComment).join('\n')}</div>
<p class="fs-s color-base-60 align-center">Some comments may only be visible to logged-in visitors. <a href="/enter">Sign in</a> to view all comments.</p>
<div class="align-center fs-s pt-4 pb-6"><a href="/code-of-conduct">Code of Conduct</a> • <a href="/report-abuse">Report abuse</a></div></section>
<div id="hide-comments-modal" class="hidden"><p>${dvModal[0]}</p><label><input type="checkbox"> ${dvModal[1]}</label><button
class="crayons-btn">${dvModal[2]}</button>
</div><div class="fs-base mb-4">${dvModal[3]}</div></div></article></div>
<section class="crayons-card crayons-card--secondary text-padding mb-4 print-hidden" id="read-next"><h2 class="crayons-subtitle-1">Read next</h2>
${dvNext
  .map(
    (t, i) =>
      `<a href="/x/${i}" class="crayons-link fw-bold"><div><h4 class="crayons-subtitle-2">${t}</h4><p class="fs-xs color-base-60">${dvNextBy[i]}</p></div></a>`,
  )
  .join('\n')}</section></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word"
id="article-show-primary-sticky-nav">
<div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid"><div class="-mt-4"><a href="/priyaraman" class="flex">
<span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="https://media2.dev.example/avatars/priya.png" class="crayons-avatar__image"
alt=""></span>
<span class="crayons-link crayons-subtitle-1 mt-5">Priya Raman</span></a></div><div class="print-hidden"><button
class="crayons-btn whitespace-nowrap follow-action-button
follow-user w-100">Follow</button></div><div class="color-base-70">${dvBio}</div><div class="user-metadata-details"><ul class="user-metadata-details-inner">
<li><div class="key">${dvMeta[0]}</div><div class="value">${dvMeta[1]}</div></li><li><div class="key">${dvMeta[2]}</div><div
class="value">${dvMeta[3]}</div></li>
<li><div class="key">${dvMeta[4]}</div><div class="value"><time datetime="2019-02-11T09:00:00Z">${dvMeta[5]}</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-1"><a href="/priyaraman">More from
<span>Priya Raman</span></a></h3></header><div>${dvMore
  .map(
    (t, i) => `<a href="/priyaraman/m${i}"
class="crayons-link crayons-link--contentful">${t}</a>`,
  )
  .join('\n')}
</div></div></div></aside></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><p
class="fs-s crayons-footer__description">
${dvFootText[0]}</p><ul class="footer__nav-links flex justify-center flex-wrap">${links(dvFoot, 'footer__nav-link')}</ul>
<div class="fs-s"><p>${dvFootText[1]}</p><p>${dvFootText[2]}</p></div></div></footer></body></html>`;
export const devto: TestPage = {
  name: 'heldout94-devto-blog',
  kind: 'blog',
  html: dvHtml,
  // code blocks are in neither list; reader comments are furniture (a blog post, not a discussion page)
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3, dvH4],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvP4, ...dvP5, ...dvList, ...dvP6]),
  bylines: ['Priya Raman', 'Posted on Oct 9', 'Edited on Oct 10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', ...dvReactions.filter((t) => !/^\d+$/.test(t)), ...dvShare,
    '56 reactions', ...dvTags, 'Enter fullscreen mode', 'Exit fullscreen mode', 'Top comments (7)', 'Subscribe',
    ...dvComments.flatMap((c) => [c.name, c.text]), 'likes', 'Reply', 'Some comments may only be visible to logged-in visitors. Sign in to view all comments.',
    'Code of Conduct • Report abuse', ...dvModal, 'Read next', ...dvNext, ...dvNextBy, 'Follow', dvBio, ...dvMeta, 'More from Priya Raman', ...dvMore,
    ...dvFoot.filter((t) => t !== 'Code of Conduct'), ...dvFootText,
  ],
};
