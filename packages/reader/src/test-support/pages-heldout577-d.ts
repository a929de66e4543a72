import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file d: a food truck's weekly newsletter post on Ghost (Casper theme, members signup, read-more cards),
 * and a caterers' community forum thread on Discourse (Ember-rendered topic with five posts, timeline and suggested topics).
 */
const gTitle = 'Dispatch No. 14: The Night Market, a New Steamer and Next Week’s Stops';
const gExcerpt = 'We sold out in 97 minutes on Saturday. Here is what we are changing so that does not happen again.';
const gA = [
  j(
    'Thank you to everyone who came to the first Riverside Night Market of the season. We brought 1,100 dumplings, which felt',
    'ambitious on Friday night, and the last tray of pork and chive went out at 8:37pm. Sorry to the forty or so of you who',
    'reached the window after that.',
  ),
  j(
    'The bottleneck was not folding; we had enough dumplings wrapped and frozen. It was steaming. Our old three-tier bamboo',
    'setup cooks 72 at a time, and a basket takes nine minutes, so at full speed we topped out at about 480 an hour.',
  ),
];
const gB = [
  j(
    'So we bought a proper steamer cabinet. It arrived on Tuesday, it holds six trays of 40, and it runs off the same propane',
    'line as the griddle. In our test on Wednesday it got us to roughly 900 an hour without anybody burning a thumb.',
  ),
  'It also means we can finally bring soup dumplings to the market. They will be on the board from the next market onward, six for $11.',
];
const gStops = [
  'Wednesday: Fenwick Library car park, 11:30am to 2pm',
  'Friday: Alder Street offices, 11:30am to 2pm',
  'Saturday: Riverside Night Market, 5pm until we run out (now later, we hope)',
];
const gCaption = 'The new steamer cabinet on its first test run. Photo: Ivo Brandt.';
const gNav = ['Home', 'Menu', 'Schedule', 'About'];
const gMore = [
  'Dispatch No. 13: Rain, Hail and Forty Orders of Scallion Pancakes',
  'How We Fold 1,000 Dumplings Before Breakfast',
  'Dispatch No. 12: Back on the Road',
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5f1c8a2d7e"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://dispatch.emberdumpling.co/dispatch-no-14/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Ember Dumpling Co."><meta property="og:type" content="article"><meta property="article:published_time"
 content="2026-05-14T17:05:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ember Dumpling Co."},
"author":{"@type":"Person","name":"Soo-ah Kremer"},"headline":"${gTitle}","datePublished":"2026-05-14T17:05:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
 data-ghost="https://dispatch.emberdumpling.co/" data-key="9e1b0c" data-api="https://dispatch.emberdumpling.co/ghost/api/content/"
 crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-dispatch is-head-left-logo has-sans-body has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://dispatch.emberdumpling.co">Ember Dumpling Co.</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"><path d="M14.949 14.949a1"/></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
 href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-dispatch">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/dispatch/">Dispatch</a></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/soo-ah/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/soo-ah.jpg" alt="Soo-ah
 Kremer"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/soo-ah/">Soo-ah Kremer</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-14">May 14, 2026</time><span class="byline-reading-time"><span
 class="bull">•</span> 3 min read</span></div></div>
</section></div></header>
<section class="gh-content gh-canvas">
${ps(gA)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/05/steamer.jpg" class="kg-image" alt="" loading="lazy" width="1600"
 height="1067">
<figcaption><span style="white-space: pre-wrap;">${gCaption}</span></figcaption></figure>
<h2 id="the-fix">The fix</h2>
${ps(gB)}
<h2 id="where-to-find-us-next-week">Where to find us next week</h2>
<ul>${gStops.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<p>See you in line.</p>
<p>— Soo-ah, Ivo and the steamer</p>
</section>
</article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2>${gMore
  .map(
    (t) => `<article class="post-card post tag-dispatch"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/c.jpg"
 alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><h2
 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
 href="https://dispatch.emberdumpling.co">Ember Dumpling Co.</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5f1c8a2d7e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout577-ghost-dumpling-dispatch',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['The fix', 'Where to find us next week'],
  body: [gExcerpt, ...gA, ...gB, ...gStops, 'See you in line.'],
  bylines: ['Soo-ah Kremer', 'May 14, 2026', '— Soo-ah, Ivo and the steamer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ember Dumpling Co.', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', '• 3 min read', gCaption,
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore, 'Ember Dumpling Co. © 2026', 'Sign up',
    'Contact', 'Powered by Ghost',
  ],
};

const qTitle = 'Pricing a 150-guest buffet wedding: per head or by the tray?';
const qPosts: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'brisket_and_bows',
    'Apr 2',
    [
      j(
        'Second wedding season for us (two-person catering outfit, mostly BBQ). Last year I priced everything per head and got',
        'burned twice when the couple’s “150” turned into 190 on the day and nobody paid for the extra plates.',
      ),
      'For those of you doing buffets at this size, do you quote per head, or by the tray with a per-head “suggested” number?',
    ],
  ],
  [
    'lorna.catering',
    'Apr 2',
    [
      j(
        'Per head, always, but the contract says the final count is due 14 days out and that number is what they pay for, even',
        'if fewer show. If more show, we serve what we brought and the planner deals with it. Put it in bold.',
      ),
    ],
  ],
  [
    'Deshawn_Okafor',
    'Apr 3',
    [
      j(
        'We do trays for drop-off and per head for anything staffed. The problem with trays at a wedding is that guests load',
        'up on the first pass and the last two tables get the scrapings, and that is what the couple remembers.',
      ),
      'We plan 1.25 portions of each protein per head on a buffet and about 0.8 for each side. Never had a run-out since.',
    ],
  ],
  [
    'brisket_and_bows',
    'Apr 3',
    [
      j(
        'The 14-day final count clause is going in the contract tonight. @Deshawn_Okafor is 1.25 on protein for both meats or',
        'total? We usually do brisket plus one chicken option.',
      ),
    ],
  ],
  [
    'Deshawn_Okafor',
    'Apr 4',
    [
      j(
        'Total across both, split about 60/40 toward the brisket. People take brisket first and chicken second, so the chicken',
        'pan always lasts longer than you think.',
      ),
    ],
  ],
];
const qSuggested = [
  'Deposit policy for weddings booked more than a year out',
  'Chafer fuel vs. induction for outdoor buffets',
  'How many servers for 200 guests, plated?',
];
const qTags = ['pricing', 'weddings', 'buffet'];
const qPostHtml = qPosts
  .map(
    ([u, d, ps_], i) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}"
 role="region" data-post-id="${3100 + i}" data-topic-id="412" data-user-id="${70 + i}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" data-user-card="${u}" aria-hidden="true"
 tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.cateringcircle.org/${u.toLowerCase()}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${u}" data-user-card="${u}" class="">${u}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
 href="/t/412/${i + 1}">
<span title="${d}, 2026 9:1${i} am" data-time="17755${i}0000" class="relative-date">${d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(ps_)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat button-count like-count highlight-action regular-likes btn-icon-text" title="${i + 2} people liked this
 post">
<span class="d-button-label">${i + 2}</span></button><button class="btn-flat toggle-like like btn-icon" title="like this post"></button></div>
<button class="btn no-text btn-icon show-more-actions btn-flat" title="show more"></button><button class="btn btn-icon-text btn-flat reply create fade-out"
 title="Begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`,
  )
  .join('\n');
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Business &amp; Pricing - Catering Circle</title><meta name="description" content="Second wedding season for us (two-person catering outfit,
 mostly BBQ).">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5a1c9f"><link rel="canonical"
 href="https://forum.cateringcircle.org/t/412">
<meta name="discourse_theme_id" content="2"><meta property="og:site_name" content="Catering Circle"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"brisket_and_bows"}}</script>
<link href="/stylesheets/desktop_5a1c9f.css?__ws=forum.cateringcircle.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="archetype-regular category-business-pricing tags-pricing"><div id="data-preloaded" data-preloaded="{}"></div>
<section id="main" class="ember-application"><div class="ember-view"><div id="d-sidebar-wrapper"></div><a href="#main-container" id="skip-link"
 class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Catering Circle" id="site-logo" class="logo-big"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span
 class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" class="icon btn-flat" title="search topics, posts,
 users, or categories"
 aria-label="Search"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"><div class="container posts"><div class="topic-navigation"></div>
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="412"><a href="/t/412" class="fancy-title">${qTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/business-pricing/6"><span data-category-id="6" class="badge-category"
 style="--category-badge-color: #25AAE2;"><span class="badge-category__name" dir="auto">Business &amp; Pricing</span></span></a>
<div class="list-tags">${qTags.map((t) => `<a href="/tag/${t}" class="discourse-tag simple">${t}</a>`).join('\n')}</div></div></div></div></div>
<div class="topic-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date">Apr 2</a></div>
<div class="timeline-scrollarea"><div class="timeline-replies">1 / 5</div></div><div class="timeline-date-wrapper"><a
 class="now-date">2d ago</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${qPostHtml}</div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create" title="Begin composing a reply to this topic"><span
 class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="heading" aria-level="2" class="more-topics__list-title">Suggested Topics</div>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posters">Replies</th><th class="activity">Activity</th></tr></thead><tbody>
${qSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${400 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts-map posts"><span class="number">${i + 4}</span></td><td class="num activity"><span class="relative-date">Mar ${10 + i}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div></div></div>
<footer class="powered-by-discourse"><a class="powered-by-discourse" href="https://discourse.org/powered-by">Powered by Discourse</a></footer>
</div></section><script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout577-discourse-buffet-pricing',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap(([, , p]) => [...p])),
  bylines: ['brisket_and_bows', 'lorna.catering', 'Deshawn_Okafor', 'Apr 2', 'Apr 3', 'Apr 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Business & Pricing', ...qTags.filter((t) => t === 'weddings'), '1 / 5', '2d ago', '2', '3', '4', '5', '6',
    'Reply', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...qSuggested, 'Mar 10', 'Mar 11', 'Mar 12', 'Powered by Discourse',
  ],
};

export const HELDOUT577_D: readonly TestPage[] = [ghost, discourse];
