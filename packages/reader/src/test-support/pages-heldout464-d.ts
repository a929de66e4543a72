import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file d: a zero-waste blog post on Ghost (Casper theme, kg cards, a callout, a member sign-up box and
 * "read more" cards), and a recycling community's thread on Discourse (rendered Ember view with a topic map and suggested topics).
 */
const gTitle = 'Twelve months of zero-waste shopping in a town without a refill shop';
const gExcerpt = 'What worked, what did not, and the three habits that cut our bin to one bag a month.';
const gP1 = [
  j(
    'When we moved to Ashcombe two years ago, the nearest refill shop was a forty-minute drive away. I had spent five years buying',
    'pasta, oats and washing-up liquid from jars and pumps in the city, and I assumed that our low-waste habits would simply not',
    'survive the move. For the first six months they did not.',
  ),
  j(
    'Last January I decided to try again, properly, and to keep a record. Every week I weighed what went into our black bin and our',
    'recycling, and I noted every place I bought food. This is what a year of that looked like.',
  ),
];
const gP2 = [
  j(
    'The market was the surprise. Ashcombe has a Thursday market with two greengrocers, a baker and a man who sells eggs, cheese',
    'and, if you ask nicely, butter cut from a block. None of them mind you bringing your own bags and tubs, and the baker now',
    'keeps my cotton bag behind the counter so I never forget it.',
  ),
  j('Between the market and a milk round that still delivers in glass, about half of our weekly food arrived with no packaging', 'at all by March.'),
];
const gCallout = j(
  'If your town has no refill shop, ask the shops it does have. Our butcher, the health food shop and even the petrol station',
  'all said yes to containers once someone asked.',
);
const gP3 = [
  j(
    'Dry goods were harder. In the end I set up a buying group with four neighbours: once every two months we order 25kg sacks',
    'of oats, rice, lentils and flour from a wholesaler and split them in my garage. The sacks are paper, and the wholesaler takes',
    'back the plastic liners.',
  ),
  'The group costs us less than the supermarket did, but it needs a garage, a set of scales and a lot of jam jars.',
];
const gHabits = [
  '<strong>Plan one week, not one meal.</strong> Almost all of our leftover packaging came from last-minute shopping.',
  '<strong>Keep a kit by the door.</strong> Two tubs, three cloth bags and a bottle live in a basket next to the car keys.',
  '<strong>Weigh the bin.</strong> Knowing the number every week changed our choices more than any rule did.',
];
const gP4 = [
  j(
    'By December our black bin held about 1.4kg a week, down from 7kg the year before, and we put it out once a month. Recycling',
    'fell too, by about a third, because there were fewer tins and tubs to rinse.',
  ),
  j(
    'It has not all been easy. Medicines, cat food and anything for the children\u2019s school projects still come wrapped in',
    'plastic, and I have stopped feeling guilty about that. Zero waste was never the goal; less waste, every week, was.',
  ),
];
const gH = ['Starting with the market', 'Dry goods and the buying group', 'The three habits that stuck', 'The numbers'];
const gNav = ['Home', 'Kitchen', 'Garden', 'Repair', 'About'];
const gMore: readonly (readonly [string, string, string])[] = [
  ['How we mended our way through winter', 'A sock darning egg, a glue gun and a lot of patience.', '14 Jan 2026'],
  ['The compost bin that finally worked', 'Third time lucky with a hot composter on a north-facing patio.', '2 Dec 2025'],
  ['Buying groups: a practical guide', 'How to split a 25kg sack five ways without falling out.', '18 Nov 2025'],
];
const gCards = gMore
  .map(
    ([t, e, d]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/\W+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/01/card.jpg" alt="${t}"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/\W+/g, '-')}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-14">${d}</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4b1c2d"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://lessbin.blog/twelve-months-zero-waste-shopping/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Less Bin"},
"author":{"@type":"Person","name":"Ruth Ellery"},"headline":"${gTitle}","datePublished":"2026-02-03T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://lessbin.blog/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-zero-waste tag-shopping is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://lessbin.blog">Less Bin</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-zero-waste tag-shopping image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/zero-waste/">Zero waste</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/ruth.jpg" alt="Ruth Ellery"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Ellery</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-03">3 Feb 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/02/market.jpg" alt="Market stall">
<figcaption><span style="white-space: pre-wrap;">Thursday market in Ashcombe</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="starting-with-the-market">${gH[0]}</h2>
${ps(gP2)}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="dry-goods-and-the-buying-group">${gH[1]}</h2>
${ps(gP3)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/jars.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">A shelf of jars after a bulk order</span></figcaption></figure>
<h2 id="the-three-habits-that-stuck">${gH[2]}</h2>
<ol>${lis(gHabits)}</ol>
<h2 id="the-numbers">${gH[3]}</h2>
${ps(gP4)}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-header"><h3 class="post-card-title">Read more</h3></div>
${gCards}</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://lessbin.blog">Less Bin</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sitemap', 'Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4b1c2d"></script></body></html>`;
const ghostZero: TestPage = {
  name: 'heldout464-ghost-zero-waste-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gP1, ...gP2, gCallout, ...gP3, ...gHabits, ...gP4]),
  bylines: ['Ruth Ellery', '3 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Less Bin', ...gNav, 'Sign in', 'Subscribe', 'Zero waste', '• 6 min read', 'Thursday market in Ashcombe', 'A shelf of jars after a bulk order',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore.flatMap(([t, e, d]) => [t, e, d]), '5 min read', 'Less Bin © 2026',
    'Sitemap', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const fTitle = 'Black plastic meat trays: does anyone actually recycle them?';
const fPosts: readonly (readonly [string, string, string, number, readonly string[]])[] = [
  [
    'marla_f',
    'Mar 3',
    'Mar 3, 2026 8:14 pm',
    4,
    [
      j(
        'Our council leaflet says black plastic trays go in the general waste because the sorting machines cannot see them. But the',
        'tray from my butcher has the recycling triangle and a 5 on it. Is there anywhere that takes them, or is the triangle just decoration?',
      ),
    ],
  ],
  [
    'owen.tarrant',
    'Mar 3',
    'Mar 3, 2026 9:02 pm',
    11,
    [
      j(
        'The triangle only tells you what the plastic is (5 is polypropylene), not that anyone will recycle it. The problem is the',
        'carbon black pigment: the infrared sorters at most facilities cannot detect it, so the trays drop off the end of the line as residue.',
      ),
      j('Some newer trays use a detectable black pigment and are labelled as such. If yours does not say "detectable", assume the', 'council is right.'),
    ],
  ],
  [
    'Hedda_K',
    'Mar 4',
    'Mar 4, 2026 7:40 am',
    3,
    [
      'I just stopped buying meat in them. Our butcher wraps in paper if you ask, and the supermarket counter will use your own tub.',
      'Not ideal for everyone, I know.',
    ],
  ],
  [
    'marla_f',
    'Mar 4',
    'Mar 4, 2026 6:15 pm',
    2,
    [
      j(
        'Thanks both, that makes sense. I asked at the butcher and he is happy to use my container. I will keep the trays I already',
        'have for seedlings this spring.',
      ),
    ],
  ],
];
const fUsers = [...new Set(fPosts.map(([u]) => u))];
const fDates = [...new Set(fPosts.map(([, d]) => d))];
const fSugg: readonly (readonly [string, string, string, string])[] = [
  ['Which crisp packet schemes are still running?', 'Recycling', '8', '1.2k'],
  ['Compostable packaging in the food caddy?', 'Food waste', '14', '903'],
  ['Tetra Pak banks removed from our recycling centre', 'Recycling', '5', '411'],
];
const fSide = ['Topics', 'My Posts', 'More', 'Categories', 'Recycling', 'Food waste', 'Repair and reuse', 'All categories', 'Tags', 'plastics'];
const fPost = ([u, d, full, likes, ps2]: (typeof fPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${31840 + i}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.lessbin.org/${u}/96/1234_2.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${u}" data-user-card="${u}">${u}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/black-plastic-meat-trays/4821/${i + 1}"><span title="${full}" data-time="1772568840000" class="relative-date">${d}</span></a>
</div>
</div></div><div class="regular contents"><div class="cooked">${ps(ps2)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><div class="double-button"><button class="btn-flat button-count like-count" title="${likes} people liked this post">${likes}</button>
<button class="widget-button btn-flat toggle-like like no-text" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text" title="share a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button>
</div></nav></section></div></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Recycling - Less Bin Community</title>
<meta name="description" content="Our council leaflet says black plastic trays go in the general waste"><meta name="generator" content="Discourse 3.3.0 -
https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.lessbin.org/t/black-plastic-meat-trays/4821"><link href="/stylesheets/desktop_4f2a.css" media="all" rel="stylesheet"
data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"marla_f"}}</script>
<meta id="data-discourse-setup" data-environment="production" data-cdn="" data-base-url="https://forum.lessbin.org"></head>
<body class="ember-application docked category-recycling tags-plastics archetype-regular"><div id="ember3" class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div
class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Less Bin Community" id="site-logo">
</a></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="header-dropdown-toggle search-dropdown"><button class="icon btn-flat" aria-label="Search" title="Search"></button></li></ul></div></div></div>
</header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<ul class="sidebar-section-content">${fSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/${t}">
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="4821">
<a href="/t/black-plastic-meat-trays/4821" class="fancy-title">${fTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/recycling/5"><span class="badge-category__name">Recycling</span></a></div><div class="list-tags">
<a href="/tag/plastics" class="discourse-tag simple">plastics</a></div></div></div></div></div>
<div class="container posts"><div class="topic-navigation"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Mar 2026</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 4</div>
</div>
</div></div></div></div><div class="row"><section class="topic-area" id="topic" data-topic-id="4821"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map(fPost).join('\n')}
</div></div></section></div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Mar 3</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Mar 4</span></li><li><span class="number">3</span><h4 role="presentation">replies</h4>
</li>
<li><span class="number">287</span><h4 role="presentation">views</h4></li></ul></section></div>
<div id="topic-footer-buttons"><button class="btn btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${fSugg
  .map(
    ([t, c, r, v]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title">${t}</a>
<span class="badge-category__name">${c}</span></td><td class="posts">${r}</td><td class="views">${v}</td><td class="activity">Feb</td></tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/recycling/5">Recycling</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></div></div>
<footer class="noscript-footer-nav"><a href="/about">About</a><a href="/faq">FAQ</a><a href="/privacy">Privacy</a><p>Powered by Discourse</p></footer>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourseTrays: TestPage = {
  name: 'heldout464-discourse-black-plastic-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , , , p]) => p)),
  bylines: [...fUsers, ...fDates],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fSide, 'Mar 2026', '1 / 4', ...fPosts.map(([, , , n]) => String(n)), 'Reply', 'created', 'last reply',
    'replies', 'views', '287', 'Suggested Topics', ...fSugg.flatMap(([t, , r, v]) => [t, r, v]), 'Feb', 'Want to read more? Browse other topics in',
    'view latest topics', 'About', 'FAQ', 'Privacy', 'Powered by Discourse',
  ],
};

export const HELDOUT464_D: readonly TestPage[] = [ghostZero, discourseTrays];
