import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, fur, j } from './pages-heldout580-kit.js';

/** Held-out batch 580, file c2: a thread on a Discourse forum for working function musicians, saved from the browser (Ember DOM). */
const dTitle = 'Couple cancelled three weeks out: can I keep the whole deposit?';
type Post = { user: string; name: string; date: string; title: string; likes: string; paras: string[]; quote?: [string, string] };
const dPosts: Post[] = [
  {
    user: 'bassline_ben',
    name: 'Ben Harrow',
    date: 'Mar 3',
    title: 'Mar 3, 2025 9:14 pm',
    likes: '4',
    paras: [
      j(
        'Five-piece function band here. A couple booked us for a June wedding last autumn, paid a 30% deposit (£840) and signed',
        'our standard contract. Last night they emailed to say the wedding is off and asked for the deposit back.',
      ),
      j(
        'Our contract says the deposit is non-refundable, and that cancellations inside eight weeks owe the full fee. I have no',
        'intention of chasing the full fee, they have clearly had an awful few weeks, but I also turned down two enquiries for',
        'that date. Is keeping the deposit reasonable, or am I being a villain?',
      ),
    ],
  },
  {
    user: 'kestrel_keys',
    name: 'Mira Kestrel',
    date: 'Mar 3',
    title: 'Mar 3, 2025 9:40 pm',
    likes: '11',
    paras: [
      j(
        'Keeping the deposit is completely normal and it is exactly what a deposit is for. You held the date, you turned down',
        'work, and the chance of rebooking a June Saturday three weeks out is close to nil.',
      ),
      'What I would do: reply kindly, say you are sorry, point to the clause, and say you will not be asking for the balance. Most people accept that.',
    ],
  },
  {
    user: 'dj_tobi',
    name: '',
    date: 'Mar 4',
    title: 'Mar 4, 2025 8:02 am',
    likes: '6',
    quote: ['bassline_ben', 'I also turned down two enquiries for that date.'],
    paras: [
      j(
        'This is the bit that matters. Keep a record of those enquiries (dates and the emails). If they ever dispute it or go to',
        'the small claims court, you can show a real loss, not just a clause in a contract.',
      ),
      j(
        'One thing to check: is your deposit clause actually written as a deposit, or as an "advance payment"? I got caught by',
        'that wording a few years ago. A true deposit is much easier to keep.',
      ),
    ],
  },
  {
    user: 'sax_and_the_city',
    name: 'Jude Amberley',
    date: 'Mar 4',
    title: 'Mar 4, 2025 1:17 pm',
    likes: '3',
    paras: [
      j(
        'Slightly different view. We keep the deposit but offer to move it to another event within 18 months, a party, a',
        'renewal, anything. It has cost us almost nothing and we have had two bookings from couples who took us up on it.',
      ),
    ],
  },
  {
    user: 'bassline_ben',
    name: 'Ben Harrow',
    date: 'Mar 5',
    title: 'Mar 5, 2025 6:45 pm',
    likes: '2',
    paras: [
      j(
        'Thanks all. Checked the wording and it does say deposit. I sent a short, kind reply along the lines Mira suggested, plus',
        'Jude’s idea of moving it to a future event. They were fine with it and may book us for a party next year.',
      ),
    ],
  },
];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Business & Contracts', 'Gear & Tech', 'Gigs & Dep Calls', 'All categories'];
const dTags = ['deposits', 'contracts', 'weddings'];
const dSuggested: [string, string, string, string, string][] = [
  ['Late payment from a venue, how hard do you push?', 'Business & Contracts', '14', '1.2k', 'Feb 21'],
  ['Public liability insurance for a duo: who are you with?', 'Business & Contracts', '22', '2.4k', 'Jan 30'],
  ['Dep needed: keys, Cheltenham, 14 June', 'Gigs & Dep Calls', '3', '188', '1d'],
];
const dPost = (p: Post, n: number): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular"><article id="post_${n}"
 aria-label="post #${n} by @${p.user}" role="region" data-post-id="${31200 + n}" data-topic-id="4821" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/gigcircle.net/${p.user}/96/3312_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${
  p.name === ''
    ? ''
    : `<span class="second full-name"><a href="/u/${p.user}"
 data-user-card="${p.user}">${p.name}</a></span>`
}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
 href="/t/couple-cancelled-three-weeks-out/4821/${n}" data-post-number="${n}"><span title="${p.title}" data-time="1741036440000"
 class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="1"
 data-topic="4821"><div class="title"><div class="quote-controls"></div><img alt="" width="24" height="24"
 src="/user_avatar/gigcircle.net/${p.quote[0]}/48/3312_2.png"
 class="avatar"> ${p.quote[0]}:</div><blockquote><p>${p.quote[1]}</p></blockquote></aside>`
}${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
 class="btn btn-icon-text post-action-menu__like-count like-count button-count highlight-action" title="${p.likes} people liked this post">${p.likes}</button>
<button class="btn no-text toggle-like" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon svg-string"><use href="#far-heart"></use></svg>
</button></div><button class="btn no-text post-action-menu__copy-link" title="copy a link to this post"><svg class="fa d-icon d-icon-d-post-share"><use
 href="#link"></use></svg></button><button class="btn btn-icon-text reply create fade-out" title="Begin composing a reply to this post"><svg
 class="fa d-icon d-icon-reply"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div>
</article></div>`;
const dMap = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats --single-stat"><button
 class="btn no-text topic-map__replies-trigger"><span class="number">4</span>
<span class="topic-map__stat-label">replies</span></button><span
 class="topic-map__views-trigger"><span class="number">612</span>
<span class="topic-map__stat-label">views</span></span><span class="topic-map__likes-trigger">
<span class="number">26</span>
<span class="topic-map__stat-label">likes</span></span></div></section></div>`;
const dSug = (s: (typeof dSuggested)[number]): string => `<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line">
<a href="/t/${s[0].slice(0, 10)}" class="title raw-link raw-topic-link">${esc(s[0])}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper"
 href="/c/9"><span class="badge-category --style-square"><span class="badge-category__name">${esc(s[1])}</span></span></a></div></td>
<td class="num posts-map posts topic-list-data"><span class="number">${s[2]}</span></td><td class="num views topic-list-data"><span
 class="number">${s[3]}</span>
</td><td class="num topic-list-data age activity"><a href="/t/${s[0].slice(0, 10)}/last"><span class="relative-date">${s[4]}</span></a></td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Business &amp; Contracts - Gig
 Circle</title><meta name="description" content="Five-piece function band here. A couple booked us for a June wedding last autumn">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 5c3a1e"><link rel="canonical"
 href="https://forum.gigcircle.net/t/couple-cancelled-three-weeks-out/4821"><meta property="og:site_name" content="Gig Circle">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"bassline_ben"},"datePublished":"2025-03-03T21:14:00Z"}</script>
<link href="/stylesheets/desktop_6d1f.css?__ws=forum.gigcircle.net" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.gigcircle.net" data-environment="production"></head>
<body class="crawler category-business-contracts tag-deposits docked"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" class="skip-link">Skip to main content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
 class="btn btn-flat btn-sidebar-toggle" aria-expanded="true" title="Hide sidebar"><svg class="fa d-icon d-icon-bars"><use
 href="#bars"></use></svg></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/gigcircle.png"
 alt="Gig Circle"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button
 btn-text"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg class="fa d-icon
 d-icon-user"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li
 class="search-dropdown">
<a href="/search" title="Search" aria-label="Search" class="icon btn-flat"><svg class="fa d-icon d-icon-search"><use href="#search"></use></svg></a></li></ul>
</div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
 class="sidebar-sections">
<div class="sidebar-section-wrapper sidebar-section"><ul class="sidebar-section-content">${dSide
  .map(
    (s) => `<li class="sidebar-section-link-wrapper"><a href="/${s.toLowerCase().replace(/[^a-z]+/g, '-')}" class="sidebar-section-link sidebar-row">
<span class="sidebar-section-link-content-text">${esc(s)}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></section></div>
<div id="main-outlet"><div id="main-container" class="container posts"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="4821"><a href="/t/couple-cancelled-three-weeks-out/4821" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/business-contracts/9"><span data-category-id="9"
 class="badge-category --style-square"
><span class="badge-category__name">Business &amp; Contracts</span></span></a></div><div class="list-tags">${dTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div></div>
<div class="posts-wrapper"><div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div
 class="timeline-scrollarea">
<div class="timeline-date-wrapper"><a class="start-date" href="/t/4821/1">Mar 3</a></div><div class="timeline-replies">1 / 5</div><div
 class="timeline-date-wrapper">
<a class="now-date" href="/t/4821/5">Mar 5</a></div></div><div class="timeline-footer-controls"><button class="btn btn-icon-text btn-primary create">
<span class="d-button-label">Reply</span></button></div></div></div></div>
<div class="post-stream">${dPosts.map((p, i) => dPost(p, i + 1) + (i === 0 ? dMap : '')).join('\n')}</div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list">
<thead><tr><th class="topic-list-data default">Topic</th><th class="topic-list-data posts num">Replies</th><th class="topic-list-data views num">Views</th>
<th class="topic-list-data activity num">Activity</th></tr></thead><tbody>${dSuggested.map(dSug).join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/business-contracts/9">Business &amp; Contracts</a> or
 <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<footer class="footer"><div class="wrap"><p>Gig Circle is a community for working function, wedding and session musicians.</p><p><a href="/tos">Terms of
 Service</a> · <a href="/privacy">Privacy Policy</a> · Powered by <a href="https://www.discourse.org">Discourse</a></p></div></footer></div></section>
<script defer src="/assets/discourse-5c3a1e.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const dBody = texts(dPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras]));
const gigCircle: TestPage = {
  name: 'heldout580-discourse-deposit-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dBody,
  bylines: [...new Set([...dPosts.flatMap((p) => [p.user, p.name, p.date]).filter((t) => t !== ''), 'Feb 21', 'Jan 30', '1d'])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([dTitle, ...dBody], [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide, ...dTags, '1 / 5', 'Reply', '4 replies', '612 views', '26 likes',
    ...dPosts.map((p) => p.likes), 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested.flatMap((s) => [s[0], s[1], s[2], s[3]]),
    'Want to read more? Browse other topics in Business & Contracts or view latest topics.',
    'Gig Circle is a community for working function, wedding and session musicians.', 'Terms of Service · Privacy Policy · Powered by Discourse',
  ]),
};

export const HELDOUT580_C2: readonly TestPage[] = [gigCircle];
