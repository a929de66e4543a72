import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout581-kit.js';

/**
 * Held-out batch 581, file d: a Discourse thread (the crawler view) on an expat community forum about getting a taxi from the
 * airport at night, with related topics, and a taxi cooperative's blog post on Ghost (Casper theme) with read-more cards.
 */
const fTitle = 'Getting from Northgate airport to the old town after midnight?';
const fPosts: [string, string, string[], string][] = [
  [
    'tomasz_k',
    'January 14, 2026,  9:12pm',
    [
      j(
        'Our flight lands at 00:40 on a Friday in February. Last time we came in that late the taxi rank had a queue of about',
        'forty people and only two cars. Is it worth pre-booking, or is there a trick I am missing?',
      ),
      'There will be four of us with two big cases and a pushchair, going to the old town near the cathedral.',
    ],
    '',
  ],
  [
    'ines.r',
    'January 14, 2026, 10:03pm',
    [
      j(
        'Pre-book, definitely. The rank is run by the airport authority and after midnight only the cars already in the queue',
        'come back. We use Varnell Radio Taxis for every late flight. They charge the meter price plus a €5 booking fee and the',
        'driver waits inside with a sign.',
      ),
      'For four people with a pushchair ask for an estate or a van, the standard cars are small.',
    ],
    '3 Likes',
  ],
  [
    'gareth_on_the_hill',
    'January 15, 2026,  8:47am',
    [
      j(
        'Another option: the night bus N4 runs every 40 minutes until 3am and stops at Cathedral Square. It is €3.20 each and',
        'has space for pushchairs. But with two big cases I would take a car.',
      ),
    ],
    '1 Like',
  ],
  [
    'tomasz_k',
    'January 15, 2026, 11:20am',
    [j('Thanks both. Booked Varnell Radio Taxis for an estate, €46 quoted to the cathedral including the booking fee.', 'Will report back on how it goes.')],
    '',
  ],
  [
    'tomasz_k',
    'February 8, 2026,  2:15am',
    [
      j(
        'Update for anyone finding this later: flight was 50 minutes late, driver was still there with the sign and did not charge',
        'for waiting. Recommended.',
      ),
    ],
    '2 Likes',
  ],
];
const fRelated: [string, string, string, string][] = [
  ['Train from the airport on Sundays', '7', '412', 'Dec 2025'],
  ['Which taxi apps work in Port Varnell?', '15', '1.2k', 'Nov 2025'],
  ['Car seat rules for taxis with small children', '4', '236', 'Oct 2025'],
];
const fPost = ([user, date, paras, likes]: [string, string, string[], string], i: number): string => `<div id="post_${i + 1}" itemprop="${
  i === 0 ? 'mainEntity' : 'comment'
}" itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.portvarnell-expats.example/u/${user}'><span
itemprop='name'>${user}</span></a></span><link itemprop="mainEntityOfPage"
href="https://forum.portvarnell-expats.example/t/northgate-airport-after-midnight/3381">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-01-14T21:12:00Z' class='post-time'>${date}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes === '' ? 0 : Number.parseInt(likes, 10)}" />
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${fTitle} - Getting around - Port Varnell Expats</title><meta name="description" content="Our flight lands at 00:40 on a Friday in February.">
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 5f0e3c"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="discourse_theme_id" content="2"><meta name="discourse_current_homepage" content="latest"><link rel="canonical"
href="https://forum.portvarnell-expats.example/t/northgate-airport-after-midnight/3381">
<link href="/stylesheets/color_definitions_light_2_3_0a.css?__ws=forum.portvarnell-expats.example" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_f3b2.css?__ws=forum.portvarnell-expats.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org",
"@type":"WebSite","url":"https://forum.portvarnell-expats.example","name":"Port Varnell Expats"}</script>
<meta property="og:site_name" content="Port Varnell Expats"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/pv-expats-logo.png" alt="Port Varnell Expats" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/northgate-airport-after-midnight/3381">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/getting-around/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Getting around</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-tags"><a href='https://forum.portvarnell-expats.example/tag/airport' class='discourse-tag' rel="tag">airport</a>
<a href='https://forum.portvarnell-expats.example/tag/taxis' class='discourse-tag' rel="tag">taxis</a></div></div>
${fPosts.map(fPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${3300 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a href='/t/${i}' class='title raw-link
raw-topic-link'
itemprop='url'>${t}</a></span><div class="link-bottom-line"><a href='/c/getting-around/7' class='badge-wrapper bullet'><span class='badge-category-bg'
style='background-color: #0088CC'></span><span class='badge-category clear-badge'><span class='category-name'>Getting around</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/'
itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories
</a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines
</a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy
</a></span></li></ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout581-discourse-airport-night-taxi',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(fPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')])), ...fRelated.map(([, , , a]) => a)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Getting around', '3 Likes', '1 Like', '2 Likes', 'Related topics', ...fRelated.map(([t]) => t), ...fRelated.flatMap(([, r, v]) => [r, v]),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const gTitle = 'Why the whole co-op is going electric by 2028';
const gDek = 'Our members voted last month to replace every diesel car in the fleet within two years. Here is what that means for passengers.';
const gParas = [
  j(
    'At the general meeting on 3 February, 71 of our 84 member drivers voted to make Greyfield Taxi Co-operative an all-electric',
    'fleet by the end of 2028. Today 19 of our cars are electric. By next summer it will be 45.',
  ),
  j(
    'The main reason is money. A driver covering 900 miles a week spends about £190 on diesel. The same miles cost around £60 on',
    'our depot chargers. Over a year that is more than £6,000 back in a driver’s pocket, and because we are a co-op, no one else',
    'takes a cut of it.',
  ),
  'What changes for passengers',
  j(
    'Very little, we hope. Fares stay the same: the council sets our meter tariff and we will not add a surcharge for electric',
    'cars. If you book by phone or through the app you can now ask for an electric car, and most of the time you will get one.',
  ),
  j(
    'Airport runs are the one place where range matters. Every car we buy from now on must manage a return trip to Castleford',
    'Airport, 140 miles, on a single charge in winter. Our existing short-range cars will stay on town work.',
  ),
  'How we are paying for it',
  j(
    'The co-op has taken a loan of £380,000 from the Greyfield Community Energy Fund to build a 12-bay charging depot at Tanyard',
    'Lane. Members pay it back through a small addition to their weekly dues, which the fuel savings more than cover.',
  ),
  j(
    'Drivers buy their own cars, as they always have. The co-op has agreed a group deal with two dealers that takes around £2,500',
    'off the price of each car.',
  ),
  'What we still need',
  j(
    'Rapid chargers at the station rank. We have asked the council for four, and we will keep asking. If you would like to',
    'support us, the consultation on the station forecourt is open until the end of April.',
  ),
];
const gHeadIdx = [2, 5, 8];
const gNav = ['Home', 'Book a taxi', 'Our drivers', 'News', 'About the co-op'];
const gCards: [string, string, string, string][] = [
  ['New wheelchair-accessible cars on the road', 'Six new WAVs joined the fleet this winter, all bookable through the app.', '12 Jan 2026', '2 min read'],
  ['Meet our newest members', 'Nine drivers joined the co-op in 2025. We asked them why.', '4 Dec 2025', '5 min read'],
  ['Our fares for 2026', 'The council has approved a 3% rise in the meter tariff from 1 January.', '20 Nov 2025', '1 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.greyfieldtaxis.example/assets/built/screen.css?v=8b6a3c9e1d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.greyfieldtaxis.example/going-electric-by-2028/">
<meta property="og:site_name" content="Greyfield Taxis News"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-02T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article","publisher":{"@type":"Organization","name":"Greyfield Taxis News"},
"author":{"@type":"Person","name":"Rhona Beckett"},"headline":"${gTitle}","datePublished":"2026-03-02T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.greyfieldtaxis.example/" crossorigin="anonymous"></script><style
id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-co-op tag-fleet is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://news.greyfieldtaxis.example">Greyfield Taxis News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) =>
      `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="https://news.greyfieldtaxis.example/${t
        .toLowerCase()
        .replace(/ /g, '-')}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-co-op tag-fleet "><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/co-op/">Co-op</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rhona/" class="author-avatar" aria-label="Read more of Rhona Beckett"><img class="author-profile-image"
src="/content/images/size/w100/2025/06/rhona.jpg"
alt="Rhona Beckett"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/rhona/">Rhona Beckett</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-03-02">Mar 2, 2026</time><span class="byline-reading-time"><span
class="bull">&bull;</span>
3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/03/depot.jpg 600w, /content/images/size/w1000/2026/03/depot.jpg 1000w"
src="/content/images/size/w2000/2026/03/depot.jpg" alt="Electric taxis charging at the depot"><figcaption><span style="white-space: pre-wrap;">Four of the
co-op's
electric cars charging at Tanyard Lane. Photo: Dev Marwaha</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${gParas.map((p, i) => (gHeadIdx.includes(i) ? `<h2 id="${p.toLowerCase().replace(/ /g, '-')}">${p}</h2>` : `<p>${p}</p>`)).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, e, d, m]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/01/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-01-01">${d}</time><span class="post-card-meta-length">${m}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.greyfieldtaxis.example">Greyfield Taxis News</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li>
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://news.greyfieldtaxis.example/assets/built/casper.js?v=8b6a3c9e1d"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout581-ghost-coop-electric',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeadIdx.map((i) => gParas[i] ?? ''),
  body: [gDek, ...gParas.filter((_, i) => !gHeadIdx.includes(i))],
  bylines: ['Rhona Beckett', 'Mar 2, 2026', ...gCards.map(([, , d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greyfield Taxis News', ...gNav, 'Sign in', 'Subscribe', '3 min read',
    "Four of the co-op's electric cars charging at Tanyard Lane. Photo: Dev Marwaha", 'Sign up for more like this.', 'Enter your email',
    ...gCards.flatMap(([t, e, , m]) => [t, e, m]), '© 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT581_D: readonly TestPage[] = [discourseThread, ghostPost];
