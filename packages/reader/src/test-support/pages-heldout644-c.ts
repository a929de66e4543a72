import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file c: a thread on a mills enthusiasts' Discourse forum as served to a browser without JavaScript
 * (the crawler view), and a local news article on a Next.js news site with a share bar, a most-read rail and __NEXT_DATA__.
 */
const dTitle = 'How often do you redress French burr stones?';
const dPosts = [
  {
    user: 'kilnfloor_ken',
    time: 'March 3, 2026,  9:14am',
    likes: '2 Likes',
    paras: [
      j(
        'We grind about two tonnes of wheat a month on our pair of French burrs at Aldwick watermill. The flour has started coming',
        'out warm and a bit coarse, and the old hands say the furrows want dressing. Last time was 2023.',
      ),
      'How often do other mills redress, and do you lift the runner stone yourselves or get a millwright in?',
    ],
    list: [] as string[],
  },
  {
    user: 'Ruth_Pengelly',
    time: 'March 3, 2026, 11:02am',
    likes: '5 Likes',
    paras: [j('At Trebarrow we go by the flour, not the calendar. Roughly every 300 hours of grinding. Signs it is due, in our experience:')],
    list: [
      'the meal comes off the stones hot to the hand',
      'the bran is cut small instead of coming off in flakes',
      'the stones need setting closer than usual to get the same fineness',
    ],
  },
  {
    user: 'kilnfloor_ken',
    time: 'March 4, 2026,  8:40am',
    likes: '',
    paras: ['All three, I think. Do you use a mill bill or an angle grinder for the furrows?'],
    list: [] as string[],
  },
  {
    user: 'Ruth_Pengelly',
    time: 'March 4, 2026, 10:15am',
    likes: '3 Likes',
    paras: [
      j(
        'Mill bills for the cracking on the lands, always. A grinder will cut the furrows quicker, but it polishes the edges and',
        'the stone never cuts as cleanly again. Lifting the runner takes four of us with the stone crane and a morning.',
      ),
      'If you can get to the Mills Weekend at Trebarrow in May, we are dressing our stones on the Saturday and you would be welcome.',
    ],
    list: [] as string[],
  },
];
const dPostHtml = (p: (typeof dPosts)[number], n: number): string => `<div id="post_${n}" itemprop="comment" itemscope
itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.millsgroup.org.uk/u/${p.user}"><span itemprop="name">${p.user}</span></a>
</span><link itemprop="mainEntityOfPage" href="https://forum.millsgroup.org.uk/t/redressing-french-burr-stones/2291">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-03T09:14:00Z" class="post-time">${p.time}</time>
<meta itemprop="position" content="${n}"></span></div><div class="post"
itemprop="text">${ps(p.paras)}${p.list.length > 0 ? `<ul>${lis(p.list)}</ul>` : ''}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.replace(/\D/g, '') || '0'}" />
${p.likes === '' ? '' : `<span class="post-likes">${p.likes}</span>`}</div></div>`;
const dRel = [
  ['Stone crane: rebuilding the screw and bail', 'Millwrighting', '7', '412', 'Jan 2026'],
  ['Which grain merchants still sell milling wheat in small lots?', 'Milling and baking', '14', '1.1k', 'Feb 2026'],
  ['Tentering gear adjustments on a governor', 'Millwrighting', '3', '208', 'Nov 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Millwrighting - Mills Group Forum</title>
<meta name="description" content="We grind about two tonnes of wheat a month on our pair of French burrs at Aldwick watermill.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8f5a2b1"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.millsgroup.org.uk/t/redressing-french-burr-stones/2291">
<link href="/stylesheets/desktop_theme_4_d1b8.css?__ws=forum.millsgroup.org.uk" media="all" rel="stylesheet" data-target="desktop_theme"/>
<meta property="og:site_name" content="Mills Group Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"kilnfloor_ken"},"datePublished":"2026-03-03T09:14:00Z","commentCount":3}</script>
<link rel="preload" href="/assets/start-discourse-5b0b.js" as="script"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title">
<a href="/"><img src="/uploads/default/original/1X/mills-group-logo.png" alt="Mills Group Forum" id="site-logo" style="max-width: 150px;"></a></div></div></div>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/redressing-french-burr-stones/2291">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/millwrighting/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #8C6238"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Millwrighting</span></span>
</a><meta itemprop="position" content="1" /></span></div><div class="topic-list-tags"><div class="discourse-tags list-tags">
<a href="/tag/millstones" class="discourse-tag" rel="tag">millstones</a> <a href="/tag/watermills" class="discourse-tag" rel="tag">watermills</a>
</div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
<meta itemprop="articleSection" content="Millwrighting"><meta itemprop="keywords" content="millstones, watermills">
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item" id="topic-list-item-2100"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/2100"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/6" class="badge-wrapper bullet"><span class="badge-category-bg">
</span><span class="badge-category clear-badge"><span class="category-name">${c}</span></span></a></div></td><td class="replies"><span class="posts"
title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout644-discourse-millstones',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => [...p.paras, ...p.list])),
  bylines: ['kilnfloor_ken', 'Ruth_Pengelly', ...dPosts.map((p) => p.time.replace(/\s+/g, ' '))].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Millwrighting', 'millstones', 'watermills', '2 Likes', '5 Likes', '3 Likes', 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRel.flat().filter((t) => t !== 'Millwrighting'),
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const nTitle = 'Ardvane keepers’ cottages reopen as bunkhouse after £1.2m restoration';
const nDek = 'The lighthouse cottages on the Lenna coast, empty for more than thirty years, will take their first guests on Friday.';
const nBody = [
  j(
    'Three cottages built for the keepers of Ardvane lighthouse have been restored as a 24-bed bunkhouse for walkers on the',
    'Lenna coast path, after a project that took four years and nearly fell apart when the builder went into administration.',
  ),
  j(
    'The single-storey terrace was left empty when the light was automated in 1991. By 2019 the roof had fallen in at one end and',
    'the building was on the national register of heritage at risk.',
  ),
  j(
    'Ardvane Community Trust bought the cottages for £1 from the lighthouse authority in 2021 and raised the rest of the money',
    'from a community share offer, two heritage grants and a loan that will be repaid from bunkhouse income.',
  ),
  j(
    '“There were days when I thought we would end up with a very expensive ruin,” said the trust’s chair, Shona Gillanders.',
    '“Now there are bunks in the old kitchens and the ranges are back where the keepers’ wives cooked on them.”',
  ),
  j(
    'The restoration kept the original flagstone floors and shutters, and the trust has put a small display about the keepers',
    'in the former oil store. Heating comes from an air source heat pump hidden in the walled yard.',
  ),
  j('Beds cost £28 a night. The trust expects the bunkhouse to take about 5,000 bookings a year and to employ two local people', 'as wardens.'),
  'Ardvane lighthouse itself is still in service and is not open to the public.',
];
const nNav = ['News', 'Sport', 'Whats On', 'Community', 'Opinion', 'Jobs', 'Notices'];
const nMost = [
  'Ferry timetable cut for winter as second vessel goes for repairs',
  'Lenna shinty side reach cup final for first time since 1998',
  'Planning row over harbour chalets heads to appeal',
  'Coastguard called to walkers cut off by tide at Skerrow',
];
const nRead = ['Skerrow lighthouse museum wins national award', 'Community share offer raises £310,000 for Ardvane cottages'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Terms', 'Privacy notice', 'Complaints'];
const nData = JSON.stringify({
  props: { pageProps: { article: { headline: nTitle, standfirst: nDek, author: 'Morag Innes', published: '2026-06-11T06:00:00Z' } } },
  page: '/[section]/[slug]',
  buildId: 'x8PqL2w1tN',
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Lenna Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2026-06-11T06:00:00Z"/><link rel="canonical" href="https://www.lennacourier.co.uk/news/ardvane-bunkhouse"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-06-11T06:00:00Z",
"author":[{"@type":"Person","name":"Morag Innes"}],"publisher":{"@type":"Organization","name":"Lenna Courier"}}</script>
<link rel="preload" href="/_next/static/css/8a1f3c2e9d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1f3c2e9d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/_app-4b3d.js" defer=""></script>
</head><body><div id="__next"><a href="#main" class="SkipLink_skip__Zq1rT">Skip to main content</a>
<div class="Banner_banner__k2P9x" role="region" aria-label="Subscribe"><p>Support local journalism: subscribe from £1 a week</p>
<a href="/subscribe" class="Button_button__4xE1c Button_small__aQ2xk">Subscribe</a></div>
<header class="Header_header__Hb7aT"><div class="Header_inner__pL0vK"><a href="/" class="Header_logo__x1Yw3" aria-label="Lenna Courier home">
<svg viewBox="0 0 200 40" aria-hidden="true"><text x="0" y="30">Lenna Courier</text></svg></a>
<nav class="Nav_nav__3QmZ1" aria-label="Sections"><ul class="Nav_list__9VpTq">${links(nNav, 'Nav_item__o2Lre')}</ul></nav>
<button class="Header_search__Vd1Hg" aria-label="Search"><span class="visually-hidden">Search</span></button></div></header>
<main id="main" class="Layout_main__ZT9wd"><div class="Layout_grid__E4r8m"><article class="Article_article__rAm2k">
<nav class="Breadcrumbs_crumbs__2nYtR" aria-label="Breadcrumb"><ol>${links(['News', 'Lenna'])}</ol></nav>
<header class="ArticleHeader_header__Yd0Xn"><h1 class="ArticleHeader_headline__3kHq2">${nTitle}</h1>
<p class="ArticleHeader_standfirst__vB8iW">${nDek}</p>
<div class="Byline_byline__oU3nM"><img class="Byline_avatar__h5sAq" src="/_next/image?url=%2Fauthors%2Fmorag-innes.jpg&amp;w=64&amp;q=75" alt="Morag Innes"/>
<div><a href="/authors/morag-innes" class="Byline_name__F2kXw">By Morag Innes</a><span class="Byline_role__2mQaz">Local democracy reporter</span>
<time dateTime="2026-06-11T06:00:00Z" class="Byline_time__p7NcZ">Thursday 11 June 2026, 7:00am</time></div></div>
<ul class="ShareBar_share__1vGkS" aria-label="Share this article">${links(['Facebook', 'X', 'WhatsApp', 'Email'], 'ShareBar_item__Dk0xT')}</ul></header>
<figure class="ArticleImage_figure__9Lqa4"><img alt="The restored cottages"
src="/_next/image?url=https%3A%2F%2Fcdn.lennacourier.co.uk%2Fardvane.jpg&amp;w=1200&amp;q=75"
decoding="async" loading="eager"/><figcaption class="ArticleImage_caption__aL2hq">The cottages were empty for more than thirty years.
<span class="ArticleImage_credit__Xs7pQ">Photo: Calum Dewar</span></figcaption></figure>
<div class="ArticleBody_body__Fz6mN">${ps(nBody.slice(0, 3))}
<aside class="ReadAlso_box__wP3yN"><span class="ReadAlso_label__0bNfe">Read more</span><ul>${links(nRead)}</ul></aside>
${ps(nBody.slice(3, 5))}<div class="AdSlot_slot__2fVxq" data-slot="mpu-1"><span class="AdSlot_label__Kk8sM">Advertisement</span>
<div id="div-gpt-ad-mpu-1"></div></div>${ps(nBody.slice(5))}</div>
<div class="Tags_tags__4QwPz"><span>Topics:</span><ul>${links(['Heritage', 'Ardvane', 'Tourism'])}</ul></div></article>
<aside class="Rail_rail__Ju8cN"><section class="MostRead_mostRead__0fXqW"><h2 class="MostRead_title__pL3nQ">Most read</h2>
<ol>${links(nMost, 'MostRead_item__VbH1s')}</ol></section>
<section class="Newsletter_box__2hWkC"><h2>The Courier briefing</h2><p>Island news in your inbox every weekday morning.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign up</button></form></section></aside></div></main>
<footer class="Footer_footer__uY6fQ"><ul>${links(nFoot)}</ul><p>© 2026 Lenna Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout644-nextjs-cottages-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Morag Innes', 'Thursday 11 June 2026, 7:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support local journalism: subscribe from £1 a week', 'Subscribe', 'Lenna Courier',
    ...nNav.filter((t) => t !== 'Community'), 'Search',
    'Local democracy reporter', 'Facebook', 'X', 'WhatsApp', 'Email', 'The cottages were empty for more than thirty years.', 'Photo: Calum Dewar',
    'Read more', ...nRead, 'Advertisement', 'Topics:', 'Tourism', 'Most read', ...nMost, 'The Courier briefing',
    'Island news in your inbox every weekday morning.', 'Email address', 'Sign up', ...nFoot, '© 2026 Lenna Courier Ltd. All rights reserved.',
  ],
};

export const HELDOUT644_C: readonly TestPage[] = [discourse, nextjs];
