import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';
import { wix } from './pages-heldout260-e2.js';

/**
 * Held-out batch 260, file e: a DEV Community (Forem) article (top bar with Log in / Create account, the reactions sidebar,
 * the article header with author, "Posted on" and "Updated on", tags, the crayons body, "Top comments" with their threads,
 * "Read next", the author sidebar card, the community footer) and, from file e2, a Wix blog post.
 */
const dTitle = 'Debounce Your Form Validation, but Not the Submit Button';
const dH = ['Why debounce at all', 'The mistake I made', 'A better split', 'Checklist'];
const dP0 = [
  j(
    'Last month I shipped a sign-up form for a small climbing gym that checked whether a username was free on every',
    'keystroke. It worked, it was snappy on my laptop, and it sent about nine hundred requests in the first hour.',
  ),
];
const dP1 = [
  j(
    'Debouncing means waiting until the user pauses before running a function. If someone types a twelve-letter username,',
    'a 300 millisecond debounce turns twelve network calls into one or two. The server is happier and the error message',
    'stops flickering while people are still typing.',
  ),
];
const dP2 = [
  j(
    'Pleased with the result, I wrapped the whole validation function in the same debounce, including the check that runs',
    'when the form is submitted. On a fast phone, people tapped the <code>Join</code> button within 300 milliseconds of their',
    'last keystroke, and the submit handler read a validation state that was one character out of date.',
  ),
  j(
    'The result was a handful of accounts with names the server then rejected, and a support inbox full of confused',
    'climbers. The bug only showed up for quick typists, which is exactly why I never saw it.',
  ),
];
const dP3 = [
  j(
    'The fix was to treat the two jobs differently. As-you-type feedback is a courtesy, so it can be late. The check on',
    'submit is a gate, so it must run at once, on the current value, and wait for the server’s answer.',
  ),
  j(
    'In practice that meant keeping the debounced function for the input event and calling the undebounced version,',
    'awaited, inside the submit handler. It is four changed lines, and the support inbox has been quiet since.',
  ),
];
const dList = [
  'Debounce feedback that runs while the user is typing.',
  'Never debounce the validation that decides whether a form may be sent.',
  'Cancel any pending debounced call when the form is submitted.',
  'Test with a fast typist, or with a script that types faster than you do.',
];
const dTags = ['#javascript', '#webdev', '#forms', '#beginners'];
const dReact = ['Like', 'Unicorn', 'Exploding Head', 'Raised Hands', 'Fire'];
const dCmts = [
  ['Marguerite Oyelaran', 'Mar 7', 'The submit-is-a-gate line is going straight into our team handbook. Thanks for writing up the mistake too.'],
  ['Juno Kestrel', 'Mar 8', 'You can also flush the debounced function on submit if your library supports it. lodash has a flush method for exactly this.'],
];
const dNext = ['Stop writing custom date pickers', 'Five accessibility fixes for your login page', 'How I test forms with a keyboard only'];
const dFoot = [
  'Home',
  'DEV++',
  'Podcasts',
  'Videos',
  'Tags',
  'DEV Help',
  'Forem Shop',
  'Advertise on DEV',
  'DEV Challenges',
  'About',
  'Contact',
  'Code of Conduct',
];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - DEV Community</title>
<meta name="description" content="Debounce the feedback, not the gate."><meta name="keywords" content="javascript, webdev, forms, beginners">
<meta property="og:type" content="article"><meta property="og:site_name" content="DEV Community"><meta name="twitter:creator" content="@tamsinroe">
<meta name="last-updated" content="2026-03-07 09:15:02 UTC"><meta name="environment" content="production">
<link rel="stylesheet" href="https://dev.example/assets/crayons-7f4b.css" media="all" id="main-crayons-stylesheet">
<script src="https://dev.example/assets/base-4a9c.js" defer="defer"></script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-current-page="stories-show">
<div id="body-styles"></div><header class="crayons-header print-hidden"><span id="route-change-target" tabindex="-1"></span>
<a href="#main-content" class="skip-content-link">Skip to content</a><div class="crayons-header__container"><a href="/" class="site-logo"
aria-label="DEV Community Home">
</a><div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
<input class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..." autocomplete="off"
aria-label="Search term"></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block">
<a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
<a href="/enter?state=new-user" data-tracking-id="ca_top_nav" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create
account</a></div></div></div>
</header>
<div id="page-content" class="wrapper stories stories-show" data-current-page="stories-show"><div id="page-content-inner"><main id="main-content">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions">
<div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner"><div class="reaction-drawer__outer"><button
id="reaction-drawer-trigger"
aria-label="reaction-drawer-trigger" class="crayons-reaction pseudo-reaction crayons-tooltip__activator"><span class="crayons-reaction__count"
id="reaction_total_count">
96</span><span data-testid="tooltip" class="crayons-tooltip__content">Add reaction</span></button><div class="reaction-drawer" aria-label="reaction-drawer">
<div class="reaction-drawer__container">${dReact
  .map(
    (r) => `<button class="crayons-reaction crayons-tooltip__activator"><span class="crayons-tooltip__content">${r}</span>
</button>`,
  )
  .join(
    '\n',
  )}</div></div></div><a href="#comments" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator"><span class="crayons-reaction__count"
id="reaction-number-comment">12</span><span class="crayons-tooltip__content">Jump to Comments</span></a><button
class="crayons-reaction crayons-reaction--readinglist
crayons-tooltip__activator"><span class="crayons-reaction__count">31</span><span class="crayons-tooltip__content">Save</span></button>
<button class="crayons-reaction crayons-tooltip__activator"><span class="crayons-tooltip__content">Boost</span></button>
<div class="align-center m:relative"><button id="article-show-more-button" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon-rounded"
aria-label="Share post options"></button><div id="article-show-more-dropdown" class="crayons-dropdown"><div><button id="copy-post-url-button"
class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0"><span class="fw-bold">Copy link</span></button></div>
<div class="Desktop-only"><a target="_blank" class="crayons-link crayons-link--block" href="#">Share to X</a>
<a target="_blank" class="crayons-link crayons-link--block" href="#">Share to LinkedIn</a></div>
<a href="/report-abuse" class="crayons-link crayons-link--block">Report Abuse</a></div></div></div></div></aside>
<div class="crayons-layout__content"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container"
data-article-id="2284117" data-article-slug="debounce-your-form-validation-but-not-the-submit-button-4k2p" data-author-id="901224" data-published="true">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row">
<div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="flex flex-1 mb-5 items-start">
<div class="relative"><a href="/tamsinroe"><img class="radius-full align-middle" src="https://media2.dev.example/avatar/tamsin.png" width="40" height="40"
alt="Tamsin Roe"></a></div><div class="pl-3 flex-1"><a href="/tamsinroe" class="crayons-link fw-bold">Tamsin Roe</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2026-03-06T18:22:10Z" class="date-no-year">Mar 6</time>
<span class="fs-xs color-base-60">• Updated on <time datetime="2026-03-07T09:15:02Z" class="date-no-year">Mar 7</time></span></p></div></div></div>
<div class="crayons-article__header__meta"><h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${dTitle}</h1>
<div class="spec__tags flex flex-wrap">${dTags
  .map(
    (t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t.slice(1)}"><span
class="crayons-tag__prefix">#</span>${t.slice(1)}</a>`,
  )
  .join('\n')}
</div></div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2284117" id="article-body">
${ps(dP0)}
<h2><a name="why-debounce-at-all" href="#why-debounce-at-all"></a>${dH[0]}</h2>
${ps(dP1)}
<h2><a name="the-mistake-i-made" href="#the-mistake-i-made"></a>${dH[1]}</h2>
${ps(dP2)}
<h2><a name="a-better-split" href="#a-better-split"></a>${dH[2]}</h2>
${ps(dP3)}
<h2><a name="checklist" href="#checklist"></a>${dH[3]}</h2>
<ul>${dList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></div>
<section id="comments" data-updated-at="2026-03-08 11:02:40 UTC" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (12)</h2>
<div id="comment-subscription"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div class="comments" id="comment-trees-container">${dCmts
  .map(
    (c) => `<details class="comment-wrapper comment-wrapper--deep-0 js-comment-wrapper" open>
<div class="comment__details"><div class="comment__inner"><div class="inner-comment comment__content crayons-card"><div class="comment__header">
<a href="#" class="crayons-link crayons-link--secondary flex items-center fw-medium">${c[0]}</a><span class="color-base-30 px-2">•</span>
<a href="#" class="comment-date crayons-link crayons-link--secondary fs-s"><time class="date-no-year">${c[1]}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body">${c[2]}</div></div><footer class="comment__footer"><button class="crayons-btn
crayons-btn--ghost crayons-btn--icon-left crayons-btn--s reaction-like"><span class="reactions-label">Like</span></button>
<a href="#" class="crayons-btn crayons-btn--ghost crayons-btn--s">Reply</a></footer></div></div></details>`,
  )
  .join('\n')}</div>
<footer class="fs-s"><a href="/tamsinroe/comments">View full discussion (12 comments)</a></footer>
<div class="align-center p-4 py-6"><a href="/code-of-conduct" class="fw-bold">Code of Conduct</a> • <a href="/report-abuse" class="fw-bold">Report
abuse</a></div>
</section></article>
<div class="crayons-card crayons-card--secondary text-padding"><h2 class="crayons-subtitle-1">Read next</h2>${dNext
  .map((t) => `<a href="#" class="crayons-link flex items-start"><div><h3 class="fs-l fw-bold">${t}</h3></div></a>`)
  .join('\n')}</div></div></div>
<aside class="crayons-layout__sidebar-right" aria-label="Author details"><div class="crayons-card crayons-card--secondary branded-7 p-4">
<a href="/tamsinroe" class="crayons-link fw-bold">Tamsin Roe</a><div class="color-base-70">Front-end developer for small businesses. Climbs badly, writes
forms well.</div><button class="crayons-btn w-100 follow-action-button">Follow</button><ul class="user-metadata-details-inner"><li><div
class="key">Location</div>
<div class="value">Harrowgate Quay</div></li><li><div class="key">Joined</div><div class="value"><time>Jun 4,
2021</time></div></li></ul></div></aside></div></main>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><ul class="footer__nav-links flex">
${links(dFoot, 'footer__nav-link')}</ul><p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" href="/">DEV Community</a> — A
space to discuss and keep up software development and manage your software career</p><p class="fs-s">Built on <a href="https://www.forem.example">Forem</a>
— the
open source software that powers DEV and other inclusive communities.</p><p class="fs-s">Made with love and Ruby on Rails. DEV Community © 2016 - 2026.</p>
</div></footer></div></div>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${dTitle}","author":{"@type":"Person","name":"Tamsin Roe"},
"datePublished":"2026-03-06T18:22:10Z","dateModified":"2026-03-07T09:15:02Z"}</script></body></html>`;
const devto: TestPage = {
  name: 'heldout260-devto-forem-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dP0, ...dP1, ...dP2, ...dP3, ...dList]),
  bylines: ['Tamsin Roe', 'Posted on Mar 6', '• Updated on Mar 7'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Log in', 'Create account', 'Add reaction', ...dReact, 'Jump to Comments', 'Save', 'Boost', 'Copy link', 'Share to X',
    'Share to LinkedIn', 'Report Abuse', 'javascript', 'webdev', 'forms', 'beginners', 'Top comments (12)', 'Subscribe', 'Marguerite Oyelaran', 'Juno Kestrel',
    'Mar 8', ...dCmts.map((c) => c[2] ?? ''), 'Reply', 'View full discussion (12 comments)', 'Code of Conduct', 'Report abuse', 'Read next', ...dNext,
    'Front-end developer for small businesses. Climbs badly, writes forms well.', 'Follow', 'Location', 'Harrowgate Quay', 'Joined', 'Jun 4, 2021', ...dFoot,
    'DEV Community — A space to discuss and keep up software development and manage your software career',
    'Built on Forem — the open source software that powers DEV and other inclusive communities.',
    'Made with love and Ruby on Rails. DEV Community © 2016 - 2026.',
  ],
};

export const HELDOUT260_E: readonly TestPage[] = [devto, wix];
