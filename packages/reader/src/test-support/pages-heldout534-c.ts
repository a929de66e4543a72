import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout534-kit.js';

/**
 * Held-out batch 534, file c: a heritage railway's news post on Ghost (Source theme) with a feature image caption, a callout
 * card and the members signup box, and a volunteers' forum thread on Discourse.
 */
const gTitle = 'No. 4417 is back: our Prairie tank returns from overhaul';
const gDek = 'After six years and 14,000 volunteer hours, the line’s best-loved engine moved under her own steam again on Saturday.';
const gBody = [
  j(
    'Just after eleven on Saturday morning, No. 4417 eased out of the shed at Lydcombe and into the winter sunshine for the first time',
    'since her boiler certificate expired in 2021. A small crowd of volunteers, many of whom had worked on her every weekend since,',
    'watched from the yard as she made two gentle runs up to the water tower and back.',
  ),
  j(
    'The overhaul was the largest project the workshop has ever carried out without a contractor. The boiler was lifted in 2022 and',
    'found to need a new firebox, 120 new tubes and a full set of stays. The frames were straightened, the wheelsets were sent away',
    'for re-profiling, and the cab, which had rusted through at the corners, was rebuilt using the original drawings.',
  ),
  'What took so long',
  j(
    'Money, mostly. The original estimate of £180,000 rose to £265,000 as the condition of the firebox became clear, and the work',
    'paused twice while the appeal caught up. We are enormously grateful to the 1,900 people who gave, and to the Lydcombe Valley',
    'Community Fund for a grant of £40,000 in 2024 that got the boiler back into the frames.',
  ),
  j(
    'The other limit was people. Boilersmithing is skilled work, and for most of 2023 only two of our volunteers were qualified to',
    'rivet. Both have since trained four more, which means the next overhaul should not wait on them.',
  ),
  'What happens next',
  j(
    'No. 4417 now faces a programme of running-in trials, first light engine and then with an empty train, before the boiler',
    'inspector signs her off for passenger work. If all goes well she will haul her first public service on Good Friday.',
  ),
  j(
    '<strong>Running-in dates:</strong> trials will take place on 22 and 29 January and 5 February.',
    'The line will be closed to the public on those days, but the viewing area at Lydcombe yard will be open from 10am.',
  ),
  j(
    'Once she is in service, the workshop will turn its attention to the Ambry coach, the only surviving vehicle from the original',
    'branch train, which has been waiting in the carriage shed since 2016.',
  ),
];
const gHeads = [2, 5];
const gNav = ['Home', 'News', 'Visit', 'Volunteer', 'Donate'];
const gRead = ['Workshop diary: January', 'Carriage shed appeal passes £50,000', 'Meet the new volunteer signalmen'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5f2c1a9e0b">
<link rel="icon" href="/content/images/size/w256h256/2024/03/lvr-icon.png" type="image/png">
<link rel="canonical" href="https://news.lydcombevalleyrailway.org/no-4417-is-back/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Lydcombe Valley Railway News">
<meta property="og:type" content="article">
<meta property="og:title" content="${gTitle}"><meta property="article:published_time" content="2027-01-17T18:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Lydcombe Valley Railway News"},
"author":{"@type":"Person","name":"Ned Alcott"},"headline":"${gTitle}","datePublished":"2027-01-17T18:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://news.lydcombevalleyrailway.org/" data-key="4f1b2c" data-api="https://news.lydcombevalleyrailway.org/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:2.5em 2em}</style>
<link href="https://news.lydcombevalleyrailway.org/webmentions/receive/" rel="webmention"><style>:root {--ghost-accent-color: #7a2b1d;}</style></head>
<body class="post-template has-sans-title has-serif-body"><div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://news.lydcombevalleyrailway.org">Lydcombe Valley Railway News</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg width="20" height="20" viewBox="0 0 20 20"></svg></button>
<button class="gh-burger gh-icon-button" aria-label="Menu"></button></div>
<nav class="gh-navigation-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-workshop tag-locomotives">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://news.lydcombevalleyrailway.org/tag/workshop/">Workshop</a>
<h1 class="gh-article-title is-title">${gTitle}</h1><p class="gh-article-excerpt is-body">${gDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/ned/"><img class="author-profile-image"
src="/content/images/size/w160/2024/05/ned.jpg" alt="Ned Alcott"></a></div><div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name">
<a href="/author/ned/">Ned Alcott</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2027-01-17">Jan 17, 2027</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w320/2027/01/4417-yard.jpg 320w, /content/images/size/w1200/2027/01/4417-yard.jpg 1200w"
src="/content/images/size/w1200/2027/01/4417-yard.jpg" alt="No. 4417 in the yard at Lydcombe"><figcaption><span style="white-space: pre-wrap;">No. 4417 leaves
the shed on Saturday. Photo: Tamsin Roe</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<h2 id="what-took-so-long">${gBody[2]}</h2>
${ps(gBody.slice(3, 5))}
<h2 id="what-happens-next">${gBody[5]}</h2>
<p>${gBody[6]}</p>
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">🚂</div><div class="kg-callout-text">${gBody[7]}</div></div>
<p>${gBody[8]}</p>
</section>
<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title is-title">Get the workshop diary by email</h2>
<p class="gh-cta-description">A short monthly update from Lydcombe shed. Free, and you can leave at any time.</p>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe now</a></div></section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main">
<div class="gh-feed">${gRead
  .map(
    (t) => `<article class="gh-card post"><a class="gh-card-link" href="/${t.toLowerCase().replace(/\W+/g, '-')}/">
<header class="gh-card-header"><h3 class="gh-card-title is-title">${t}</h3></header><footer class="gh-card-meta"><span class="gh-card-date">Jan 2027</span>
</footer>
</a></article>`,
  )
  .join('\n')}</div></main></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">Lydcombe Valley Railway News</span>
<nav class="gh-footer-menu"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-privacy">
<a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__counter"></div></div></div>
<script src="/assets/built/source.js?v=5f2c1a9e0b"></script></body></html>`;
const lydcombe: TestPage = {
  name: 'heldout534-ghost-railway-overhaul',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts([gDek, ...gBody.filter((_, i) => !gHeads.includes(i))]),
  bylines: ['Ned Alcott', 'Jan 17, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lydcombe Valley Railway News', ...gNav, 'Sign in', 'Subscribe', 'Workshop', '— 4 min read', 'No. 4417 leaves the shed on Saturday. Photo: Tamsin Roe',
    'Get the workshop diary by email', 'A short monthly update from Lydcombe shed. Free, and you can leave at any time.', 'Subscribe now', 'Read more',
    ...gRead, 'Jan 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

const fTitle = 'Winter works week: Heddon cutting relay, who’s in?';
const fQuote = 'We need at least eight people on each of the four days to get the panels in before the ballast train on Friday.';
const fPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'gwen_pw',
    'Gwen Tallis',
    'Jan 9',
    [
      j(
        'Works week is confirmed for 15 to 18 February. This year we are relaying the 220 yards of bullhead rail through Heddon',
        'cutting with flat-bottom panels that came from the Network depot at Crewick last autumn.',
      ),
      `${fQuote} The engineering train leaves Bratton yard at 08:00 each day; meet in the mess coach from 07:30.`,
      'Please reply here with the days you can do, and whether you hold a PTS card. Lunch is provided, boots and gloves are not.',
    ],
  ],
  [
    'owenmarsh',
    'Owen Marsh',
    'Jan 9',
    ['Put me down for Monday and Tuesday. PTS card valid until July. I can bring the second tamping bar if the one in the stores is still bent.'],
  ],
  [
    'rlyfan_kate',
    'Kate Brennan',
    'Jan 10',
    [
      `<aside class="quote no-group" data-username="gwen_pw" data-post="1" data-topic="1482"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.brattonmoor.org.uk/gwen_pw/48/212_2.png" class="avatar"> gwen_pw:</div>
<blockquote><p>${fQuote}</p></blockquote></aside>`,
      j('All four days for me, and I can probably talk my brother into Thursday. No PTS card yet though. Is there any chance of a', 'course before the 15th?'),
    ],
  ],
  [
    'gwen_pw',
    'Gwen Tallis',
    'Jan 10',
    [
      j(
        '<a class="mention" href="/u/rlyfan_kate">@rlyfan_kate</a> yes, Dai is running a PTS day at Bratton on Saturday 6 February.',
        'Sign up on the training page. Anyone without a card can still help in the yard loading sleepers, which needs doing too.',
      ),
    ],
  ],
  [
    'signalbox_jim',
    'Jim Oduya',
    'Jan 12',
    [
      j(
        'Wednesday and Thursday from me. Remember the occupation ends at 16:30 sharp each day because the Heddon crossing has to be',
        'handed back to the council, so we will need to start packing up by four.',
      ),
    ],
  ],
];
const fBodyHtml = fPosts.flatMap(([, , , ps]) => ps.map((p) => (p.startsWith('<aside') ? fQuote : p)));
const fSide = ['Topics', 'My Posts', 'Review', 'Categories', 'Permanent Way', 'Carriage & Wagon', 'Loco Shed', 'Stations & Catering', 'All categories'];
const fSugg = ['Sleeper delivery for Dunsop loop', 'Ballast regulator hire: any experience?', 'New hi-vis vests in the stores'];
const postHtml = ([user, full, date, paras]: readonly [string, string, string, readonly string[]], n: number): string => `<div class="topic-post clearfix
${n === 1 ? 'topic-owner ' : ''}regular" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${9930 + n}"
data-topic-id="1482" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/forum.brattonmoor.org.uk/${user}/96/1_2.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span><span class="second full-name"><a href="/u/${user}">${full}</a>
</span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/winter-works-week-heddon-cutting-relay/1482/${n}">
<span title="${date}, 2027"
class="relative-date">${date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${paras.map((p) => (p.startsWith('<aside') ? p : `<p>${p}</p>`)).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button">${n < 3 ? '<button class="btn-flat button-count">3</button>' : ''}
<button class="btn-flat btn no-text btn-icon toggle-like like" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon">
<use href="#far-heart"></use></svg>
</button></div><button class="btn-flat btn no-text btn-icon share" title="copy a link to this post"></button>
<button class="btn-flat btn btn-icon-text reply create"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Permanent Way - Bratton Moor Volunteers</title>
<meta name="description" content="Works week is confirmed for 15 to 18 February.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.brattonmoor.org.uk/t/winter-works-week-heddon-cutting-relay/1482">
<meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/desktop_c1d3a2.css?__ws=forum.brattonmoor.org.uk" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"gwen_pw"},
"datePublished":"2027-01-09T19:42:11Z"}</script><script defer src="/assets/discourse-4c1d.js" data-discourse-entrypoint="discourse"></script></head>
<body class="category-permanent-way archetype-regular has-sidebar-page"><div class="skip-links">
<a href="#main-container" class="skip-link">Skip to main content</a></div>
<section id="main" class="ember-application"><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/bm-logo.png" alt="Bratton Moor Volunteers"></a></div>
</div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button">
<span class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" aria-label="Search"
class="btn no-text btn-flat icon"><svg class="fa d-icon d-icon-search svg-icon"><use href="#search"></use></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections">
<ul class="sidebar-section-content">${fSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/c/${t.toLowerCase().replace(/\W+/g, '-')}">
<span class="sidebar-section-link-content-text">${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></div></section></div>
<div id="main-outlet"><div class="container posts" id="main-container"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1482">
<a href="/t/winter-works-week-heddon-cutting-relay/1482" class="fancy-title">${fTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/permanent-way/7"><span data-category-id="7" class="badge-category"><span class="badge-category__name">Permanent Way</span></span></a>
<div class="list-tags"><a href="/tag/works-week" class="discourse-tag simple">works-week</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${fPosts.map(postHtml).join('\n')}</div></div>
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><div class="topic-map__stat"><span class="number">4</span>
<span class="topic-map__stat-label">replies</span></div><div class="topic-map__stat"><span class="number">187</span>
<span class="topic-map__stat-label">views</span></div>
<div class="topic-map__stat"><span class="number">4</span><span class="topic-map__stat-label">users</span></div></div></section></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr>
<th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${fSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${1470 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts">${i + 2}</td><td class="num views">${60 + i * 31}</td><td class="num activity">Dec '26</td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/permanent-way/7">P
ermanent Way</a> or <a href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></section>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a> <a href="/categories">Categories</a>
<a href="/guidelines">FAQ/Guidelines</a> <a href="/tos">Terms of Service</a> <a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const brattonForum: TestPage = {
  name: 'heldout534-discourse-works-week',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBodyHtml),
  bylines: [...new Set(fPosts.flatMap(([u, f, d]) => [u, f, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSide, 'works-week', '3', 'Reply', 'replies', '187', 'views', 'users', 'Suggested Topics', 'Topic',
    'Replies', 'Views',
    'Activity', ...fSugg, '2', '4', '60', '91', '122', "Dec '26", 'Want to read more? Browse other topics in Permanent Way or view latest topics.', 'Home',
    'FAQ/Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT534_C: readonly TestPage[] = [lydcombe, brattonForum].map(gold);
