import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file b3: a dev.to (Forem) post as a logged-out visitor saves it (the crayons header with search,
 * "Log in" and "Create account", the left reaction rail with counts, "Save", "Boost" and the share dropdown, the cover,
 * the author line with "Posted on" and the tags under the h1, the article body with anchored headings and code blocks,
 * the "Top comments" section with likes and "Reply", the hide-comment modal text, the right rail author card with
 * "Follow" and "More from" list, a sponsored billboard and the footer).
 */
const title = 'I stopped shipping TypeScript enums in my libraries. Here is what I use instead';
const p0 = [
  'For about four years every library I published used TypeScript enums for its option values. Last month I removed the last ' +
    'of them from our date-parsing package, and I want to explain why, because the reasons were not the ones I expected when I ' +
    'started.',
];
const h1 = 'The problem was not the syntax';
const p1 = [
  'Most posts about enums focus on the odd runtime object they produce. That bothered me a little, but it was not what pushed ' +
    'me to change. What pushed me was a steady trickle of issues from people calling the library from plain JavaScript.',
  'A JavaScript user cannot import the type, so they pass the string they see in the docs. With a string enum, that string is ' +
    'rejected by the type checker for anyone who does use TypeScript, and accepted at runtime for everyone else. Two groups of ' +
    'users were getting two different libraries.',
];
const h2 = 'What I switched to';
const p2 = ['The replacement is a plain object marked as constant, plus a union type derived from it:'];
const code1 = `export const Precision = {
  Day: 'day',
  Minute: 'minute',
  Second: 'second',
} as const;

export type Precision = (typeof Precision)[keyof typeof Precision];`;
const p3 = [
  'Callers in TypeScript can still write Precision.Day and get autocompletion. They can also pass the string directly, which is ' +
    'exactly what JavaScript users and people copying from the docs were already doing. Both are now correct.',
];
const h3 = 'Things that surprised me';
const list = [
  'The bundle got slightly smaller, because the objects are tree-shaken when nobody imports them.',
  'Exhaustiveness checks in switch statements work exactly as before.',
  'Error messages are clearer, since the editor shows the literal strings instead of an enum member name.',
  'Nobody has opened an issue about the change, which I am choosing to read as a good sign.',
];
const h4 = 'When I would still use an enum';
const p4 = [
  'Inside an application, where every caller is TypeScript and the values never cross a public boundary, I do not think it ' +
    'matters much. Use whatever your team finds readable. My rule now is only about published packages: if a value is part of ' +
    'the public API, it should be something a JavaScript user can type from memory.',
  'If you maintain a library and have been on the fence, try converting one option type and see what it does to your docs. ' + 'That was what convinced me.',
];
const code2 = `parseDate('2025-05-12 10:31', { precision: 'minute' }); // fine in JS and TS`;
const tags = ['typescript', 'javascript', 'webdev', 'opensource'];
const reactions = [
  ['Like', '84'],
  ['Unicorn', '6'],
  ['Exploding Head', '3'],
  ['Raised Hands', '9'],
  ['Fire', '12'],
];
const shareMenu = ['Copy link', 'Share to X', 'Share to LinkedIn', 'Share to Facebook', 'Share to Mastodon', 'Report Abuse'];
const comments = [
  {
    name: 'Priya Venkatesan',
    date: 'May 13',
    likes: '7',
    text:
      'We did the same thing in our component library last year. The bit about two groups of users getting two different ' +
      'libraries is exactly how I would describe the bug reports we used to get.',
  },
  {
    name: 'Tomasz Krol',
    date: 'May 13',
    likes: '2',
    text: 'Does this work with declaration merging when a consumer wants to add their own values? That is the one case where I miss enums.',
  },
  {
    name: 'Dana Whitlock',
    date: 'May 14',
    likes: '3',
    text: 'Not directly, no. I ended up accepting string as a fallback in the one place where that mattered.',
  },
];
const more = ['Why our date library has no default time zone', 'Writing changelogs people actually read', 'Testing a parser with 40,000 real inputs'];
const footNav = ['Home', 'DEV++', 'Podcasts', 'Videos', 'Tags', 'DEV Help', 'Forem Shop', 'Advertise on DEV', 'About', 'Contact'];
const footLegal = ['Code of Conduct', 'Privacy Policy', 'Terms of use'];
const footText = [
  'DEV Community — A space to discuss and keep up software development and manage your software career',
  'Built on Forem — the open source software that powers DEV and other inclusive communities.',
  'Made with love and Ruby on Rails. DEV Community © 2016 - 2025.',
];
const modal = [
  'Are you sure you want to hide this comment? It will become hidden in your post, but will still be visible via the comment’s permalink.',
  'Hide child comments as well',
  'Confirm',
];
const billboard = ['Sponsored', 'Postbase: the Postgres host that scales to zero', 'Spin up a database in seconds and only pay when it runs.', 'Try it free'];
const comment = (c: (typeof comments)[number], i: number): string => `<details class="comment single-comment-node root comment--too-deep" open
id="comment-node-${2410 + i}" data-comment-id="${2410 + i}"><summary aria-label="Toggle"></summary><div class="comment__inner">
<a href="/${c.name.split(' ')[0]!.toLowerCase()}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3"><img class="crayons-avatar__image"
alt="${c.name}"></a>
<div class="inner-comment comment__details"><div class="comment__content crayons-card"><div class="comment__header">
<a href="/${i}" class="crayons-link crayons-link--secondary flex items-center fw-medium m:hidden">${c.name}</a>
<span class="color-base-30 px-2 m:pl-0" role="presentation">•</span><a href="/comment/${i}" class="comment-date crayons-link crayons-link--secondary fs-s">
<time datetime="2025-05-13T08:00:00Z" class="date-no-year">${c.date}</time></a></div>
<div class="comment__body text-styles text-styles--secondary body"><p>${c.text}</p></div></div>
<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--s reaction-like" aria-label="Like comment: ${c.likes} likes">
<span class="reactions-count">${c.likes}</span><span class="reactions-label hidden m:inline-block">likes</span></button>
<a class="crayons-btn crayons-btn--ghost crayons-btn--s toggle-reply-form" href="#/${i}" rel="nofollow">Reply</a></footer></div></div></details>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - DEV Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover"><link rel="canonical" href="https://dev.to/dwhitlock/enums-3kfp">
<meta name="description" content="Why I replaced every public enum in my libraries with const objects and unions."><meta name="keywords"
content="typescript, javascript">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta name="twitter:site" content="@thepracticaldev">
<meta name="application-name" content="dev.to"><meta name="environment" content="production">
<link rel="stylesheet" href="https://assets.dev.example/assets/minimal-0f2a.css" media="all" id="main-minimal-stylesheet">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://dev.to/dwhitlock/enums-3kfp"},
"headline":"${title}","author":{"@type":"Person","name":"Dana Whitlock","url":"https://dev.to/dwhitlock"},"datePublished":"2025-05-12T10:31:00Z"}</script>
<script src="https://assets.dev.example/assets/base-5a1c.js" defer></script></head>
<body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="DEV Community" data-locale="en">
<a href="#main-content" class="skip-content-link">Skip to content</a>
<header id="topbar" class="crayons-header topbar print-hidden"><span id="route-change-target" tabindex="-1"></span>
<div class="crayons-header__container"><span class="inline-block m:hidden"><button class="c-btn c-btn--icon-alone js-hamburger-trigger mx-2"
aria-label="Navigation menu"></button></span><a href="/" class="site-logo" aria-label="DEV Community Home"><img class="site-logo__img" alt="DEV Community"></a>
<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
<div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input class="crayons-header--search-input crayons-textfield"
type="text" name="q" placeholder="Search..." autocomplete="off" aria-label="Search term"><button type="submit" aria-label="Search"></button>
<span class="hidden m:block crayons-header--search-brand-indicator">Powered by Algolia</span></div></div></form></div>
<div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions"><span class="hidden m:block">
<a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>Log in</a></span>
<a href="/enter?state=new-user" data-tracking-id="ca_top_nav"
class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>Create account</a></div></div></div>
</header>
<div id="page-content" class="wrapper stories stories-show"><div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden">
<div class="crayons-article-actions__inner"><div class="reaction-drawer__outer"><button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger"
class="crayons-reaction pseudo-reaction crayons-tooltip__activator"><span class="crayons-reaction__count" id="reaction_total_count">114</span>
<span data-testid="tooltip" class="crayons-tooltip__content">Add reaction</span></button><div class="reaction-drawer" aria-label="Reactions">
${reactions
  .map(
    ([n, c]) => `<button class="crayons-reaction crayons-tooltip__activator" data-category="${n}"><span class="crayons-reaction__count">${c}</span>
<span class="crayons-tooltip__content">${n}</span></button>`,
  )
  .join('\n')}</div></div>
<button id="reaction-butt-comment" aria-label="Jump to Comments" class="crayons-reaction crayons-reaction--comment"><span
class="crayons-reaction__count">3</span>
<span class="crayons-tooltip__content">Jump to Comments</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" class="crayons-reaction crayons-reaction--readinglist">
<span class="crayons-reaction__count">27</span><span class="crayons-tooltip__content">Save</span></button>
<button id="reaction-butt-boost" class="crayons-reaction"><span class="crayons-tooltip__content">Boost</span></button>
<div id="mod-actions-menu-btn-area" class="print-hidden"></div><div class="align-center m:relative"><button id="article-show-more-button"
aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true" class="dropBtn crayons-btn crayons-btn--ghost-dimmed"
aria-label="Share post options"></button><div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto">
<ul>${links(shareMenu, 'crayons-link crayons-link--block')}</ul></div></div></div></div></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
<article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="2481137" data-author-id="88214" data-published="true">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media2.dev.example/cover.png" width="1000"
height="420" class="crayons-article__cover__image" alt="Cover image for ${title}"></div><div class="crayons-article__header__meta">
<div class="flex s:items-start flex-col s:flex-row"><div class="flex flex-1 mb-5 items-start"><div class="relative"><a href="/dwhitlock"><img
class="radius-full align-middle" width="40" height="40" alt="Dana Whitlock"></a></div><div class="pl-3 flex-1">
<a href="/dwhitlock" class="crayons-link fw-bold">Dana Whitlock</a><p class="fs-xs color-base-60">Posted on
<time datetime="2025-05-12T10:31:00Z" class="date-no-year">May 12</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">${title}</h1>
<div class="spec__tags flex flex-wrap">${tags
  .map((t) => `<a class="crayons-tag crayons-tag--monochrome" href="/t/${t}"><span class="crayons-tag__prefix">#</span>${t}</a>`)
  .join('\n')}</div></div></header>
<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="2481137" id="article-body">
${ps(p0)}
<h2><a name="the-problem-was-not-the-syntax" href="#the-problem-was-not-the-syntax"></a>${h1}</h2>
${ps(p1)}
<h2><a name="what-i-switched-to" href="#what-i-switched-to"></a>${h2}</h2>
${ps(p2)}
<div class="highlight js-code-highlight"><pre class="highlight typescript"><code>${code1}</code></pre>
<div class="highlight__panel js-actions-panel"><div class="highlight__panel-action js-fullscreen-code-action">Enter fullscreen mode</div>
<div class="highlight__panel-action js-fullscreen-code-action">Exit fullscreen mode</div></div></div>
${ps(p3)}
<div class="highlight js-code-highlight"><pre class="highlight typescript"><code>${code2}</code></pre></div>
<h2><a name="things-that-surprised-me" href="#things-that-surprised-me"></a>${h3}</h2>
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><a name="when-i-would-still-use-an-enum" href="#when-i-would-still-use-an-enum"></a>${h4}</h2>
${ps(p4)}
</div></div></article>
<div class="crayons-card crayons-card--secondary crayons-bb print-hidden" id="billboard-sidebar"><div class="crayons-story__top">
<span class="c-indicator">${billboard[0]}</span></div><h3>${billboard[1]}</h3><p>${billboard[2]}</p><a class="c-cta" href="#">${billboard[3]}</a></div>
<section id="comments" data-updated-at="2025-05-14T11:00:00Z" class="text-padding mb-4 crayons-card comments__container print-hidden">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (3)</h2>
<div id="comment-subscription"><button class="crayons-btn crayons-btn--outlined">Subscribe</button></div></header>
<div class="comments" id="comment-trees-container">${comment(comments[0]!, 0)}${comment(comments[1]!, 1)}
<div class="comment--deep-1">${comment(comments[2]!, 2)}</div></div>
<div class="mt-4 fs-s"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> •
<a href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section>
<div id="hide-comments-modal" class="hidden"><p>${modal[0]}</p><label><input type="checkbox">${modal[1]}</label><button>${modal[2]}</button></div>
</div></main>
<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word">
<div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid"><div class="-mt-4"><a href="/dwhitlock" class="flex">
<span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"></span><span class="crayons-link crayons-subtitle-1 mt-5">Dana Whitlock</span></a></div>
<div class="print-hidden"><button class="crayons-btn follow-action-button whitespace-nowrap w-100" data-info="{}">Follow</button></div>
<div class="color-base-70">Maintainer of small open source date and time tools. Occasional conference speaker.</div>
<div class="user-metadata-details"><ul class="user-metadata-details-inner"><li><div class="key">Location</div><div class="value">Leith</div></li>
<li><div class="key">Joined</div><div class="value"><time datetime="2019-03-02">Mar 2, 2019</time></div></li></ul></div></div>
<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from
<a class="crayons-link" href="/dwhitlock">Dana Whitlock</a></h3></header><div>${more
  .map((m) => `<a href="/dwhitlock/${m.length}" class="crayons-link crayons-link--contentful"><div class="mb-1">${m}</div></a>`)
  .join('\n')}</div></div></div></aside></div></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container">
<p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" href="/">DEV Community</a> — A space to discuss and keep up software
development and manage your software career</p><ul class="footer__nav-links flex flex-wrap justify-center">${links(footNav, 'footer__nav-link')}</ul>
<ul class="footer__nav-links flex justify-center">${links(footLegal, 'footer__nav-link')}</ul>
<p class="fs-s crayons-footer__description"><a class="c-link c-link--branded" href="/">DEV Community</a> © 2016 - 2025.</p></div>
<div class="crayons-footer__description"><p>Built on <a href="https://www.forem.example">Forem</a> — the open source software that powers
<a href="https://dev.to">DEV</a> and other inclusive communities.</p><p>Made with love and <a href="https://rubyonrails.example">Ruby on Rails</a>.
DEV Community © 2016 - 2025.</p></div></footer>
<script src="https://assets.dev.example/assets/articlePage-8c21.js" defer></script></body></html>`;

export const devtoPost: TestPage = {
  html,
  name: 'heldout109-devto-forem-blog',
  kind: 'blog',
  // code blocks are in neither list; the reaction counts, share menu, tags and comments (a blog's reader comments) are furniture
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p0, ...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['Dana Whitlock', 'Posted on', 'May 12', ...comments.flatMap((c) => [c.name, c.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Powered by Algolia', 'Log in', 'Create account', '114', 'Add reaction', ...reactions.flat(), 'Jump to Comments', '27',
    'Save', 'Boost', ...shareMenu, ...tags.map((t) => `#${t}`), 'Enter fullscreen mode', 'Exit fullscreen mode', ...billboard, 'Top comments (3)', 'Subscribe',
    ...comments.flatMap((c) => [c.text, c.likes]), 'likes', 'Reply', 'Report abuse', ...modal, 'Follow',
    'Maintainer of small open source date and time tools. Occasional conference speaker.', 'Location', 'Leith', 'Joined', 'Mar 2, 2019',
    'More from Dana Whitlock', ...more, ...footNav, ...footLegal, ...footText,
  ],
};
