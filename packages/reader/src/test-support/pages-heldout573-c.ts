import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file c: a marina's news post on Wix (Wix Blog) with recent posts, and a sailing forum thread on
 * Discourse (the server-rendered crawler view) with related topics.
 */
const wTitle = 'Pontoon C replacement: winter works timetable';
const wBody = [
  j(
    'The replacement of Pontoon C starts on Monday 8 November. The old timber pontoon, installed in 1994, will be lifted out in sections',
    'by crane barge and replaced with a concrete-decked pontoon with wider fingers and new service pedestals.',
  ),
  'What this means for berth holders',
  j(
    'Boats on C1 to C40 will move to temporary berths on the outer wave screen from 1 November. The office will contact every owner',
    'with their temporary berth number this week. If you are away, please make sure we have a key or a contact who can move the boat.',
  ),
  'Timetable',
  '8 to 19 November: removal of the old pontoon and piles',
  '22 November to 10 December: new piles driven (noisy, weekdays 8am to 5pm only)',
  '13 December to 21 January: new pontoon installed and services connected',
  j(
    'We expect boats back on Pontoon C by the end of January. Thank you for bearing with us; the new pontoon will take boats up to 15 metres',
    'and has been designed with a lower freeboard for easier boarding.',
  ),
];
const wNav = ['Home', 'Berths', 'Boatyard', 'Visitors', 'News', 'Contact'];
const wRecent = ['Fuel berth opening hours for winter', 'Lift-out dates for October announced'];
const wP = (t: string): string =>
  `<p class="mm8Nw _1j-51 roLFQS _1FoOD ${'_3M0Fe'} public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto"><span
class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></p>`;
const wH = (t: string): string => `<h2 class="_2Z7bB Q-bKk UTPUJ _1FoOD" dir="auto"><span class="_2PHJq">${t}</span></h2>`;
const wLi = (t: string): string =>
  `<li class="_1bN9T _1FoOD ovo5F" dir="auto"><p class="mm8Nw _1j-51 roLFQS" dir="auto"><span class="_2PHJq">${t}</span></p></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${wTitle}</title><meta name="description"
content="The replacement of Pontoon C starts on Monday 8 November.">
<link rel="canonical" href="https://www.orrinwatermarina.com/post/pontoon-c-replacement-winter-works-timetable"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Harbour Office"},
"datePublished":"2026-10-21T10:12:44.120Z","publisher":{"@type":"Organization","name":"Orrin Water Marina"}}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.orrinwatermarina.com"}}}}};
</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}#comp-kq1b2{width:980px;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kq1b2" class="comp-kq1b2 wixui-rich-text"
data-testid="richTextElement">
<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.orrinwatermarina.com"
target="_self">Orrin Water Marina</a></span></p></div>
<nav id="comp-kq1b3" aria-label="Site" class="comp-kq1b3 wixui-horizontal-menu"><ul class="itemsContainer">${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"
data-testid="menuItem"><a data-testid="linkElement" href="https://www.orrinwatermarina.com/${t.toLowerCase()}" class="UiHgGh"><div
class="label">${t}</div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-kq1b4" class="comp-kq1b4"><div data-testid="handle-button-wrapper"><button class="nqL6Zr" aria-label="Log In" type="button"><span
class="Hc0Uy">Log In</span></button>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="Containerc1dmp" class="Containerc1dmp">
<section id="comp-kq1b5" class="wixui-section"><div data-testid="columns" class="comp-kq1b5-container"><div id="comp-kq1b6" class="wixui-column-strip__column">
<div data-hook="post-page" class="dqMhST"><article class="blog-post-page-font _2BXwE" data-hook="post"><div class="blog-post-page-font _3MXAX"
data-hook="post-metadata">
<div class="_1fXbJ" data-hook="avatar-image-container"><img src="https://static.wixstatic.com/media/avatar.png" alt="Writer's picture"></div>
<div class="user-name blog-post-text-color"><span class="_3vYpc" data-hook="user-name">Harbour Office</span></div>
<ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Oct 21, 2026">Oct 21, 2026</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read" title="2 min read">2 min read</span></li></ul>
<button class="_2QNkQ blog-icon-fill" aria-label="More actions" data-hook="more-button"></button></div>
<div class="_1x2tH"><h1 class="_2Z7bB blog-post-title-font blog-post-title-color" data-hook="post-title"><span
class="post-title__text blog-post-title-font">${wTitle}</span></h1></div>
<div class="_6SyeS" data-hook="post-description"><div class="post-content__body"><div class="moHCnT"><div data-rce-version="9.3.2" class="_2xt4c"><div dir="ltr"
data-id="rich-content-viewer" class="_1uXH2 _3W0RK rich-content-viewer"><div class="kvdbP" type="first">
${wP(wBody[0] ?? '')}${wH(wBody[1] ?? '')}${wP(wBody[2] ?? '')}${wH(wBody[3] ?? '')}
<ul class="_3b0G8 public-DraftStyleDefault-ul">${wBody.slice(4, 7).map(wLi).join('\n')}</ul>${wP(wBody[7] ?? '')}
</div></div></div></div></div></div>
<div class="IrRMC" data-hook="post-footer"><div class="_3q8EF"><ul class="_2jMLt"><li class="_2nsQ4"><a class="_3ZOA6 blog-link-hover-color"
href="/blog/tags/pontoons">pontoons</a></li>
</ul></div><div class="_2ZVDm" data-hook="post-main-actions-desktop"><div class="share-buttons"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via X (Twitter)"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div></div>
<div class="_2xjnN"><div class="_3-2h3"><span data-hook="views-counter" class="_1LZtv">58 views</span><span data-hook="comment-counter"
class="_1LZtv">0 comments</span></div>
<div class="like-button-with-count" data-hook="like-button-with-count"><span class="ZcD2K" aria-hidden="true">2</span><button
aria-label="Post not marked as liked"
data-hook="like-button"></button></div></div></div></article>
<section class="_18LE7" data-hook="recent-posts"><div class="_2UVee"><h2 class="_2bH7Z">Recent Posts</h2><a class="_1ukd1" href="/blog">See All</a></div>
${wRecent
  .map(
    (t) => `<div class="_1CU6i" data-hook="post-list-item"><h3 class="_3vLKA" data-hook="post-title"><a
href="/post/x">${t}</a></h3></div>`,
  )
  .join('\n')}</section>
<div data-hook="comments-widget"><h2 class="_3L7n7">Comments</h2><button class="_2tRiq" data-hook="comment-box-collapsed">Write a comment...</button></div>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kq1b9" class="comp-kq1b9 wixui-rich-text" data-testid="richTextElement">
<p class="font_9"><span>Orrin Water Marina, Boat Lane, Kerrick KR3 7LD | 01632 960733</span></p>
<p class="font_9"><span>© 2026 by Orrin Water Marina. Powered and secured by Wix</span></p></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner"><p
data-hook="ccsu-banner-text">This website uses cookies. By accepting, you agree to our use
of such cookies.</p><a href="/privacy-policy" data-hook="ccsu-banner-privacy-link">Privacy Policy</a><button
data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout573-wix-pontoon-works',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wBody[1] ?? '', wBody[3] ?? ''],
  body: wBody.filter((_, i) => i !== 1 && i !== 3),
  bylines: ['Harbour Office', 'Oct 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Orrin Water Marina', ...wNav.filter((t) => t !== 'Berths' && t !== 'Contact'), 'Log In', '2 min read', 'pontoons', '58 views', '0 comments',
    'Recent Posts', 'See All', ...wRecent, 'Comments',
    'Write a comment...', 'Orrin Water Marina, Boat Lane, Kerrick KR3 7LD | 01632 960733', '© 2026 by Orrin Water Marina. Powered and secured by Wix',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const dTitle = 'Lift-out and hardstanding prices on the Wrenn this winter?';
const dPosts: [string, string, string[]][] = [
  [
    'kit_halloran',
    'October 4, 2026,  7:14pm',
    [
      j(
        'Looking to come ashore for the first time in three years (Sadler 29, 8.8m LOA). Last quote I had from Tarrow Point was £14/m',
        'for lift and chock plus £8.20/m/month ashore. Is that about right for the Wrenn now, or is anyone cheaper?',
      ),
      'Need to be able to work on her myself, which rules out a couple of places.',
    ],
  ],
  [
    'ElsieMayBlue',
    'October 4, 2026,  8:02pm',
    [
      j(
        'Hallows Creek did mine (9.4m) for £16.50/m lift, wash and chock, and £9.10/m a month. DIY allowed, but no antifouling',
        'without a tarpaulin under the boat, and they charge £25 a week for power.',
      ),
    ],
  ],
  [
    'Gordon_R',
    'October 5, 2026,  9:31am',
    [
      j(
        'Tarrow Point is the cheapest I know if you book the lift before the end of October. After that the price goes up by',
        'a pound a metre. Worth ringing them, they are very fair about tides.',
      ),
      'Whatever you do, book early. The yards were full by Christmas last year.',
    ],
  ],
  ['kit_halloran', 'October 5, 2026,  1:47pm', ['Thanks both, booked Tarrow Point for the 24th. Will report back.']],
];
const dRelated = [
  ['Antifouling rules at Hallows Creek', '6', '412', 'Sep 2026'],
  ['Best cradle for a bilge keeler?', '11', '780', 'Jan 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = ([who, when, paras]: [string, string, string[]], i: number): string => `<div id="post_${i + 1}" ${i === 0 ? '' : "itemprop='comment' "}itemscope
itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
href='https://forum.wrennsailing.org/u/${who}'>
<span itemprop='name'>${who}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.wrennsailing.org/t/lift-out-prices/3317">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-10-0${4 + (i >> 1)}T19:14:00Z' class='post-time'>${when}</time>
<meta itemprop='position' content='${i + 1}'></span></div><div class='post' itemprop='text'>
${paras.map((p) => `<p>${p}</p>`).join('\n')}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${3 - (i % 3)}" />
<span class='post-likes'>${3 - (i % 3)} Like${i === 2 ? '' : 's'}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Boatyards &amp; Marinas - Wrenn Sailing Forum</title><meta name="description"
content="Looking to come ashore for the first time in three years">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8b1e3c"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="color-scheme" content="light"><link rel="canonical"
href="https://forum.wrennsailing.org/t/lift-out-prices/3317" />
<link href="/stylesheets/desktop_c5a1b3.css?__ws=forum.wrennsailing.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Wrenn Sailing Forum" /><meta property="og:type" content="website" /><meta name="twitter:card" content="summary" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.wrennsailing.org",
"name":"Wrenn Sailing Forum"}</script>
<meta property="article:published_time" content="2026-10-04T19:14:00+00:00" /></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/wsf-logo.png" alt="Wrenn Sailing Forum" id="site-logo"
style="max-width: 150px;"></a>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/lift-out-prices/3317">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/boatyards-marinas/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Boatyards &amp; Marinas</span></span></a><meta itemprop="position"
content="1" /></span></div>
<div class="topic-tags"><a href="/tag/winter-storage" class="discourse-tag" rel="tag">winter-storage</a></div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><table
class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<a href='https://forum.wrennsailing.org/t/x/1' class='title raw-link raw-topic-link' itemprop='url'>${t}</a></td><td class="posters"></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout573-discourse-liftout-prices',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: [...new Set(dPosts.flatMap(([w, d]) => [w, d.replace(/\s+/g, ' ')])), ...dRelated.map((r) => r[3] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Boatyards & Marinas', 'winter-storage', '3 Likes', '2 Likes', '1 Like', 'Related topics', ...dRelated.flatMap((r) => r.slice(0, 3)), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT573_C: readonly TestPage[] = [wix, discourse];
