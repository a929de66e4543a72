import { links, type TestPage } from './page-kit.js';
import { j, page } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file c: a touring park's news post on a Wix blog (Ricos viewer, counters, recent posts), and a
 * motorhome owners' Discourse thread as served to a browser without JavaScript (the crawler view).
 */
const wTitle = 'New hardstanding pitches open for Easter';
const wBody = [
  j(
    'We are delighted to say that the twelve new all-weather pitches in the orchard field will be ready for our first guests',
    'on Thursday 2 April, just in time for the Easter holidays.',
  ),
  j(
    'Each pitch is 10 by 14 metres with a reinforced gravel base, a 16A hook-up and its own water tap and grey waste point. The',
    'orchard field is a little further from the play area, so it should suit anyone looking for a quieter spot.',
  ),
  'What else is new this season',
  'The shower block has had new cubicles and underfloor heating fitted over the winter.',
  'Our little shop now stocks bread and pastries from Hartley Mill Bakery every morning.',
  'The motorhome service point by the gate has a new drive-over drain.',
  j(
    'Bookings for the orchard pitches are open now through our website. We look forward to welcoming old friends and new ones',
    'back to Applegarth this spring. Mary and Tom',
  ),
];
const wNav = ['Home', 'Book', 'Our Park', 'Local Area', 'News', 'Contact'];
const wRecent = ['Meet our new wardens, Jan and Pete', 'Dark skies weekend in October', 'Why we are going cashless at reception'];
const wP = (t: string, id: string): string =>
  `<p class="_1kQ8A _2K-l9 public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-${id}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title>
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Applegarth Touring Park">
<link rel="canonical" href="https://www.applegarthtouring.co.uk/post/new-hardstanding-pitches-open-for-easter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2025-03-04T10:12:44.000Z",
"author":{"@type":"Person","name":"Mary Applegarth"}}</script>
<script>window.viewerModel = {"siteFeatures":["blog","ricos"],"language":{"siteLanguage":"en"}}; window.fedops = {};</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a2" class="comp-kx1a2 wixui-rich-text"
data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">Applegarth Touring Park</span></p></div>
<nav id="comp-kx1a5" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX">
<div id="TPAMultiSection_post" class="wixui-section"><div data-hook="post-page" class="blog-post-page-font">
<article data-hook="post" class="blog-post-page-font _3lvoN"><div class="_1O7Hv"><div data-hook="post-metadata" class="_3RbU7">
<div data-hook="avatar-image" class="_1gXI7"><img src="https://static.wixstatic.com/media/a1b2c3_mary.jpg" alt="Writer's picture"></div>
<div class="_2_JkK"><span data-hook="user-name" class="tQ0Q1A user-name">Mary Applegarth</span></div>
<ul class="_2Kf6x"><li><span data-hook="time-ago" title="4 Mar 2025">4 Mar</span></li><li>
<span data-hook="time-to-read" title="1 min read">1 min read</span></li>
</ul></div><button data-hook="more-button" aria-label="More actions" class="_3nqW4"></button></div>
<div class="_1Eh2Q"><h1 data-hook="post-title" class="H3vOVf blog-post-title-font blog-post-title-color">
<span class="post-title__text blog-post-title-font">${wTitle}</span></h1>
<div data-id="content-viewer" class="_2_Ihv _1DnpR" data-hook="post-description"><div class="kvdbP" data-hook="rcv-block1">
<figure data-hook="figure-IMAGE"><div data-hook="imageViewer"><img src="https://static.wixstatic.com/media/a1b2c3_orchard.jpg" alt=""></div>
<figcaption dir="auto" data-hook="imageViewerCaption" class="_1H6DE">The orchard field after the groundworks in February</figcaption></figure></div>
${wP(wBody[0] ?? '', 'a1f3')}
${wP(wBody[1] ?? '', 'b7d2')}
<h2 class="_2jMoC public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-c9e4">
<span class="_2PHJq public-DraftStyleDefault-ltr">${wBody[2]}</span></h2>
<ul class="_3ZmjC public-DraftStyleDefault-ul">${wBody
  .slice(3, 6)
  .map((t) => `<li class="_2Mx-5 public-DraftStyleDefault-unorderedListItem" dir="auto"><p class="_1kQ8A"><span>${t}</span></p></li>`)
  .join('\n')}</ul>
${wP(wBody[6] ?? '', 'd0f8')}</div></div>
<div class="_2Gbpd"><div data-hook="post-footer"><ul class="_3rFNq"><li><a href="/blog/categories/park-news">Park News</a></li></ul>
<div class="_1IoX1"><button aria-label="Share via Facebook"></button><button aria-label="Share via X (Twitter)"></button>
<button aria-label="Share via LinkedIn">
</button><button aria-label="Share via link"></button></div>
<div class="_2vSJY" data-hook="post-main-actions-desktop"><span data-hook="view-count">86 views</span>
<a href="#comments" data-hook="comment-count">0 comments</a>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">4</span></button></div></div></div></article></div>
<section data-hook="recent-posts" class="_2rxP-"><h2 class="_1eJVW">Recent Posts</h2><a href="/blog" data-hook="see-all-link">See All</a>
<div class="_3s2yP">${wRecent
  .map(
    (t) => `<div data-hook="post-list-item"><h3 data-hook="post-title"><a href="/post/x">${t}</a></h3>
</div>`,
  )
  .join('\n')}</div></section>
<section id="comments" data-hook="comments"><h2 data-hook="comments-header">Comments</h2><p data-hook="empty-state">Write a comment...</p></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kx1b0" class="wixui-rich-text">
<p class="font_9">Applegarth Touring Park · Longmere Lane ·
Pelham Cross · NR21 5JX</p><p class="font_9">© 2025 by Applegarth Touring Park. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw"><a href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"><span>This site was designed with the
<strong>Wix</strong> website builder. Create your website today.</span><span class="lhPVy">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.8c5d3a1e.bundle.min.js"></script></body></html>`;
const wixPost: TestPage = page({
  name: 'heldout694-wix-park-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? ''],
  body: wBody.filter((_, i) => i !== 2),
  bylines: ['Mary Applegarth', '4 Mar', '1 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Applegarth Touring Park', ...wNav, 'The orchard field after the groundworks in February', 'Park News', '86 views', '0 comments',
    'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...', 'Applegarth Touring Park · Longmere Lane · Pelham Cross · NR21 5JX',
    '© 2025 by Applegarth Touring Park. Proudly created with Wix.com', 'This site was designed with the Wix website builder. Create your website today.',
    'Start Now',
  ],
});

const dTitle = 'Caravan mover battery flat every time after winter storage';
const dPosts: [string, string, string, string[]][] = [
  [
    'kestrel_van',
    'Keith',
    'January 12, 2025,  6:41pm',
    [
      j(
        'Third winter running, I collect the van from storage in March and the mover battery is completely dead, so flat the smart',
        'charger will not even recognise it. It is a 110Ah AGM, only two years old.',
      ),
      j(
        'The mover isolator is off, the van is on open hardstanding with no hook-up. Is something still drawing current, or is a',
        'battery just never going to survive five months sitting in the cold?',
      ),
    ],
  ],
  [
    'sparky_dave',
    '',
    'January 12, 2025,  7:05pm',
    [
      j(
        'An AGM will lose maybe 3 to 5 per cent a month on its own, so five months should leave you well above half charge. Dead flat',
        'means something is drawing current. Many movers have a control unit that stays live on the battery side of the isolator.',
      ),
      'Put a multimeter in series on the negative lead with everything off and see what you get. Anything over about 20mA will flatten it.',
    ],
  ],
  [
    'kestrel_van',
    'Keith',
    'January 14, 2025, 11:20am',
    [
      j(
        'Good call. 38mA with the isolator off. Pulled fuses one at a time and it is the tracker, which the previous owner wired',
        'straight to the leisure battery terminal, not the mover at all.',
      ),
    ],
  ],
  [
    'Holmebeck_Storage',
    'Holmebeck Caravan Storage',
    'January 14, 2025,  3:52pm',
    [
      j(
        'We see this a lot in the yard. Trackers need to stay powered for the insurance, so most people fit a small solar panel',
        'to keep the battery topped up. A 20W panel on the roof is plenty for the winter months.',
      ),
    ],
  ],
];
const dCats = ['Caravan Electrics', 'Movers and Batteries'];
const dRelated = ['Solar panel size for winter trickle charge?', 'Leisure battery reading 11.9V after a week', 'Tracker subscription worth it?'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Movers and Batteries - Tourers Talk</title>
<meta name="description" content="Third winter running, I collect the van from storage in March and the mover battery is completely dead">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 8e4c1f27">
<link rel="icon" type="image/png" href="https://forum.tourerstalk.co.uk/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.tourerstalk.co.uk/t/caravan-mover-battery-flat-every-time-after-winter-storage/48211">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"kestrel_van"},
"datePublished":"2025-01-12T18:41:03Z","commentCount":3}</script>
<link href="/stylesheets/desktop_e1f6d0b8.css?__ws=forum.tourerstalk.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Tourers Talk"><meta property="og:type" content="website"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Tourers Talk" id="site-logo" style="max-width: 150px;"></a>
</header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title">
<h1><a href="/t/caravan-mover-battery-flat-every-time-after-winter-storage/48211">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
${dCats
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${i}" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge">
<span class="category-name" itemprop="name">${c}</span>
</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</div></div>
${dPosts
  .map(
    (
      [u, full, date, paras],
      i,
    ) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}">
<span itemprop="name">${u}</span></a>${full === '' ? '' : `\n(${full})`}</span><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2025-01-12T18:41:03Z" class="post-time">${date}</time><meta itemprop="dateModified" content="2025-01-12T18:41:03Z">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${i + 1}"><span class='post-likes'>${i + 1} ${i === 0 ? 'Like' : 'Likes'}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement">
<a href="/t/x/${i}" class="title raw-link raw-topic-link">${t}</a></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const thread: TestPage = page({
  name: 'heldout694-discourse-mover-battery',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , p]) => p),
  bylines: [...dPosts.map(([u]) => u), ...dPosts.filter(([, f]) => f !== '').map(([, f]) => `(${f})`), ...dPosts.map(([, , d]) => d.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCats, '1 Like', '2 Likes', '3 Likes', '4 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated, ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT694_C: readonly TestPage[] = [wixPost, thread];
