import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file d: a village minibus scheme's short notice on Wix (rich-text components, the free-plan ad banner),
 * and a riders' forum thread about a detour on Discourse (the crawler view a saved page shows without JavaScript).
 */
const wTitle = 'No Tuesday service on 10 and 17 March';
const wBody = [
  j(
    'Because of roadworks on the B3178 at Ashcombe Bridge, the Tuesday shopping run to Kingsbury will not operate on 10 March',
    'or 17 March. The road will be closed to all traffic between 9am and 4pm on both days.',
  ),
  j(
    'The Thursday service is not affected and will run as normal. If you are booked for either Tuesday, we will ring you this',
    'week to offer you a seat on the Thursday instead.',
  ),
  'Sorry for the trouble, and thank you to our volunteer drivers for swapping their shifts.',
];
const wMenu = ['Home', 'Timetable', 'Book a Seat', 'News', 'Volunteer', 'Contact'];
const rt = (t: string, cls: string, id: string, tag = 'p'): string =>
  `<div id="${id}" class="KcpHeO tz5MBR comp-${id} wixui-rich-text" data-testid="richTextElement"><${tag} class="${cls} wixui-rich-text__text">` +
  `<span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Tuesday service cancelled | Ashcombe Community Minibus</title>
<meta property="og:title" content="Tuesday service cancelled | Ashcombe Community Minibus"><meta property="og:site_name" content="Ashcombe Community Minibus">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager"],"site":{"metaSiteId":"9c1f"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#comp-kq8z1a2 { --txt: 0, 0, 0; } .font_0 { font: normal normal bold 40px/1.4em poppins-semibold; }</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus SCROLL_TO_TOP"
tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP" class="backgroundGroup"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage">
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank"
class="IQaiSm"><span class="CkVTPM">This site was designed with the <span class="vG1LnW">Wix</span>.com website builder. Create your website today.</span>
<span class="Z85xa5">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rt('Ashcombe Community Minibus', 'font_2', 'kq8z1a2')}
<nav id="comp-kq8z1a5" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">
${wMenu
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu3372578893__menuItem" href="/${t.toLowerCase()}">` +
      `<div class="itemDepth02233374943__root"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="Containerc1dmp" class="dBAkHi Containerc1dmp"><section id="comp-lt4x9b01" class="xuzjBY comp-lt4x9b01 wixui-section" tabindex="-1">
<div data-mesh-id="comp-lt4x9b01inlineContent" class="comp-lt4x9b01inlineContent">
${rt(wTitle, 'font_0', 'lt4x9b11', 'h1')}
${rt('Posted 3 March 2026', 'font_9', 'lt4x9b12')}
${wBody.map((t, i) => rt(t, 'font_8', `lt4x9b2${i}`)).join('\n')}
<div id="comp-lt4x9b30" class="comp-lt4x9b30 wixui-button"><a data-testid="linkElement" href="/book-a-seat" class="uDW_Qe wixui-button PlZyDq">
<span class="l7_2fn wixui-button__label">Book the Thursday run</span></a></div>
<div id="comp-lt4x9b31" class="MazNVa comp-lt4x9b31 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lt4x9b31"
class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lt4x9b31","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/minibus.jpg"
alt="The minibus outside Ashcombe village hall" width="420" height="280"></wow-image></div></div>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rt('Ashcombe Community Minibus, Village Hall, Church Lane, Ashcombe. Registered charity 1190442.', 'font_9', 'kq8z1b01')}
${rt('Bookings: 01632 448 019 (Mon–Fri, 9am–12pm)', 'font_9', 'kq8z1b02')}
${rt('© 2026 by Ashcombe Community Minibus. Proudly created with Wix.com', 'font_9', 'kq8z1b03')}
</div></footer></div></div></div><div id="SCROLL_TO_BOTTOM" class="Qd1uHN ignore-focus SCROLL_TO_BOTTOM" tabindex="-1" role="region"
aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout488-wix-minibus-notice',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['Posted 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'Ashcombe Community Minibus',
    ...wMenu.filter((t) => t !== 'Volunteer'), 'Book the Thursday run',
    'Ashcombe Community Minibus, Village Hall, Church Lane, Ashcombe. Registered charity 1190442.',
    'Bookings: 01632 448 019 (Mon–Fri, 9am–12pm)', '© 2026 by Ashcombe Community Minibus. Proudly created with Wix.com', 'bottom of page',
  ],
};

const fTitle = 'Route 31 detour at Millbrook Bridge – how long is it going to last?';
type Post = readonly [user: string, date: string, paras: readonly string[], likes: string];
const fPosts: readonly Post[] = [
  [
    'carla_rides_31',
    'March 4, 2026,  7:52am',
    [
      j(
        'Since Monday the 31 has been going round by Tanner Street instead of over Millbrook Bridge. There is a paper notice at the stop',
        'but it only says "until further notice". It adds a good 12 minutes to my commute and the buses are bunching badly.',
      ),
      'Does anyone know what is actually wrong with the bridge and how long this is going to last?',
    ],
    '',
  ],
  [
    'Desmond_K',
    'March 4, 2026,  8:40am',
    [
      j(
        'Council posted about it on Friday: a lorry hit the parapet and they found cracking in one of the beams underneath. Weight',
        'limit is 7.5 tonnes until it is assessed, which rules out buses.',
      ),
    ],
    '4 Likes',
  ],
  [
    'HarlowBayTransit',
    'March 4, 2026, 11:15am',
    [
      j(
        'Hi all, Jo from the Harlow Bay Transit customer team here. Desmond is right. The structural survey is booked for next week and',
        'we expect to know more by 16 March. Until then Route 31 will keep using Tanner Street in both directions.',
      ),
      j(
        'We have added two temporary stops on Tanner Street (outside the library and at the Wharf Road junction). The Millbrook Road',
        'stops are not served. We are also adding an extra bus in the morning peak from tomorrow to help with the gaps.',
      ),
      'We will post an update in this thread and on the service alerts page as soon as we hear from the council.',
    ],
    '9 Likes',
  ],
  ['carla_rides_31', 'March 4, 2026, 12:03pm', ['Thanks Jo, that is really helpful. An extra bus in the morning will make a big difference.'], '1 Like'],
  [
    'pete.m',
    'March 5, 2026,  6:21pm',
    [
      j(
        'Worth knowing: the real-time boards at the Millbrook Road stops are still showing the 31 as due. I stood there for ten minutes',
        'tonight before I twigged. Could someone switch those off?',
      ),
    ],
    '2 Likes',
  ],
];
const fRelated = ['Night bus N4 changes from April', 'Tap-on readers not working on older buses?', 'Is the 12 ever going to be every 10 min again?'];
const fUsers = [...new Set(fPosts.map(([u]) => u))];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Routes &amp; Service - Harlow Bay Riders</title>
<meta name="description" content="Since Monday the 31 has been going round by Tanner Street instead of over Millbrook Bridge.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://riders.harlowbay.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://riders.harlowbay.example/t/route-31-detour-at-millbrook-bridge-how-long-is-it-going-to-last/2817">
<link href="/stylesheets/color_definitions_base__1_bd8a.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_7f3c.css" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"carla_rides_31"},"datePublished":"2026-03-04T07:52:00Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":5}}</script>
</head><body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Harlow Bay Riders" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/route-31-detour/2817">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/routes-service/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Routes &amp; Service</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/route-31" class="discourse-tag" rel="tag">route-31</a>,
<a href="/tag/detours" class="discourse-tag" rel="tag">detours</a></div></div></div>
${fPosts
  .map(
    ([u, d, ps_, likes], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span itemprop="name">${u}</span></a>
</span><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${i < 4 ? 4 : 5}T12:00:00Z" class="post-time">${d}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">
${ps(ps_)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes.split(' ')[0] || 0}" />
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a href="/t/${i + 2700}" class="title raw-link raw-topic-link" itemprop="url">${t}</a>
</span><div class="link-bottom-line"><a href="/c/routes-service/5" class="badge-wrapper bullet"><span class="badge-category-bg"></span>
<span class="badge-category clear-badge"><span class="category-name">Routes &amp; Service</span></span></a></div></td><td class="replies">
<span class="posts" title="posts">${6 + i * 3}</span></td><td class="views"><span class="views" title="views">${210 + i * 57}</span></td>
<td>Feb ${10 + i}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div class="buorg"><div>Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>. Please
<a href="https://browsehappy.com">switch to a supported browser</a> to view rich content, log in and reply.</div></div>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout488-discourse-detour-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap(([, , p]) => p)),
  bylines: [...fUsers, ...fPosts.map(([, d]) => d.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Routes & Service', 'route-31', 'detours', ...fPosts.map(([, , , l]) => l).filter((l) => l !== ''), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...fRelated,
    ...fRelated.flatMap((_, i) => [String(6 + i * 3), String(210 + i * 57), `Feb ${10 + i}`]), 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy',
    'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT488_D: readonly TestPage[] = [wix, discourse];
