import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file f: a thread on a Discourse forum for funeral and memorial trade members about restoring a
 * weathered headstone, and a pre-paid funeral plans page on Joomla 4 (Cassiopeia template).
 */
const dTitle = 'Re-cutting weathered lettering on a 1920s sandstone headstone';
const dPosts: [string, string, string[]][] = [
  [
    'kerrow_masonry',
    'Mar 3',
    [
      j(
        "A family has asked us to restore their great-grandparents' stone in a village churchyard. Red sandstone, V-cut letters, badly",
        'weathered on the west face. Some of the shallower letters are almost gone.',
      ),
      'Do you re-cut in place, or is it better to take the face back and start again? The diocese seems fine with either.',
    ],
  ],
  [
    'Hollis_Letters',
    'Mar 3',
    [
      j(
        'Re-cut in place if there is any depth left at all. Taking the face back on old sandstone often opens up soft beds and you end up',
        'with a stone that weathers faster than before.',
      ),
      'Take rubbings first, and photograph in low raking light early in the morning. You will be surprised what you can still read.',
    ],
  ],
  ['kerrow_masonry', 'Mar 4', ['Good shout on the raking light. Got nearly all of it this morning, only two dates are guesswork now.']],
  [
    'ember_stoneworks',
    'Mar 5',
    [j('Agree with Hollis. For the guesswork dates, the parish burial register usually settles it. Most county record offices', 'have them online now.')],
  ],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Re-cutting weathered lettering on a 1920s sandstone headstone - Restoration - Stone &amp; Memorial Forum</title>
<meta name="description" content="A family has asked us to restore their great-grandparents' stone in a village churchyard."><meta name="generator"
content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.stonememorial.org/t/re-cutting-weathered-lettering-on-a-1920s-sandstone-headstone/2214">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"Re-cutting weathered lettering on a 1920s sandstone headstone"}</script>
<link href="/stylesheets/desktop_a3b9c2.css?__ws=forum.stonememorial.org" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/smf-logo.png" alt="Stone &amp; Memorial Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/re-cutting-weathered-lettering-on-a-1920s-sandstone-headstone/2214">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/restoration/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span><span
class="badge-category clear-badge">
<span class="category-name" itemprop="name">Restoration</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href="/tag/sandstone" class="discourse-tag">sandstone</a><a href="/tag/lettering" class="discourse-tag">lettering</a></div>
</div>
${dPosts
  .map(
    ([u, d, p], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span
itemprop="name">${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${i + 3}T09:14:00Z" class="post-time">${d}</time><span
itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}"><span class="post-likes">${3 - (i % 3)} Likes</span>
</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th></tr></thead><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/lime-mortar-for-re-fixing-tablets/1980"
class="title raw-link raw-topic-link">Lime mortar for re-fixing tablets</a></td><td class="replies"><span class="posts">6</span></td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/gilding-on-slate-outdoors/2031"
class="title raw-link raw-topic-link">Gilding on slate outdoors</a></td><td class="replies"><span class="posts">11</span></td></tr>
</tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout692-sandstone-lettering-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , p]) => p)),
  bylines: ['kerrow_masonry', 'Hollis_Letters', 'ember_stoneworks', 'Mar 3', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Restoration', '1', '2', '3', '4', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Lime mortar for re-fixing tablets', '6', 'Gilding on slate outdoors',
    '11', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Pre-paid Funeral Plans';
const mIntro = j(
  "A funeral plan lets you choose and pay for your funeral today, at today's prices, so that the people you leave behind do not",
  'have to make difficult decisions or find the money at a hard time. All our plans are provided through the Mercia Funeral Trust,',
  'which is authorised and regulated by the Financial Conduct Authority.',
);
const mPlans: [string, string][] = [
  ['Simple Plan – £3,350', 'A cremation or burial with a short service, a simple coffin and a hearse. Suitable if you want a modest farewell.'],
  ['Traditional Plan – £4,690', 'Everything in the Simple Plan, with a limousine, a choice of veneered coffins and viewing in our chapel of rest.'],
  ['Woodland Plan – £4,150', 'A natural burial at Yarrow Meadow, with a willow or bamboo coffin and a tree planted in your name.'],
];
const mWays = ['in a single payment', 'over 12 months with no interest', 'over two to ten years by fixed monthly instalments'];
const mOutro = j(
  "If you move away, your plan moves with you: any funeral director in the Trust's network of 340 branches will honour it. You can",
  'cancel within thirty days for a full refund.',
);
const mMenu = ['Home', 'About Us', 'Arranging a Funeral', 'Funeral Plans', 'Memorials', 'Contact'];
const mCur = (t: string): boolean => t === 'Funeral Plans';
const mItem = (t: string, i: number): string =>
  `<li class="nav-item item-${101 + i}${mCur(t) ? ' current active' : ''}"><a href="/${t.toLowerCase().replace(/ /g, '-')}"` +
  `${mCur(t) ? ' aria-current="page"' : ''}>${t}</a></li>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Joomla! - Open Source Content Management">
<title>Pre-paid Funeral Plans – Aldous Brothers Funeral Service</title><link href="/media/templates/site/cassiopeia/css/template.min.css?9f3e1c"
rel="stylesheet">
<link href="/media/system/css/joomla-fontawesome.min.css?9f3e1c" rel="stylesheet">
<style>:root{--cassiopeia-color-primary:#2f3b40;--cassiopeia-color-link:#5d6f4c}</style>
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/system/js/core.min.js?37ffe4"></script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-104 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Aldous Brothers Funeral Service">Aldous Brothers Funeral Service</span></a><div
class="site-description">Independent family funeral directors since 1936</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">${mMenu.map(mItem).join('')}</ul>
<div class="container-search"><div class="mod-finder js-finder-searchform form-search"><form action="/search" method="get" role="search">
<label for="mod-finder-searchword" class="finder">Search</label><div class="mod-finder__search input-group"><input type="text" name="q"
id="mod-finder-searchword" class="js-finder-search-query form-control" placeholder="Search ...">
<button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div></form></div></div></div>
</header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li
class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li
class="mod-breadcrumbs__item breadcrumb-item active"><span>Funeral Plans</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div><main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true">
</span>
<time datetime="2026-02-14T10:02:11+00:00" itemprop="dateModified">Last Updated: 14 February 2026</time></dd></dl>
<div itemprop="articleBody" class="com-content-article__body"><p>${mIntro}</p>
<h2>Our plans</h2>
${mPlans.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<h2>Ways to pay</h2><p>You can pay for your plan:</p><ul>${lis(mWays)}</ul>
<p>${mOutro}</p>
<p><a class="btn btn-secondary" href="/contact">Request a brochure</a></p></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/arranging-a-funeral" rel="prev">
<span class="visually-hidden">Previous article: Arranging a Funeral</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/memorials" rel="next"><span class="visually-hidden">Next article: Memorials</span> <span
aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Talk to us</h3><div class="card-body"><div
id="mod-custom112" class="mod-custom custom">
<p>Call Graham or Lucy on 01632 960 340 for a free home visit with no obligation.</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div
class="footer1">Copyright © 2026 Aldous Brothers Funeral Service. All Rights Reserved.</div>
<div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a
href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>
</html>`;
const joomla: TestPage = {
  name: 'heldout692-funeral-plans-joomla',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['Our plans', ...mPlans.map(([h]) => h), 'Ways to pay'],
  body: texts([mIntro, ...mPlans.map(([, p]) => p), 'You can pay for your plan:', ...mWays, mOutro]),
  bylines: ['Last Updated: 14 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aldous Brothers Funeral Service', 'Independent family funeral directors since 1936', 'Home', 'About Us', 'Arranging a Funeral', 'Memorials', 'Contact',
    'Search', 'You are here:', 'Details', 'Request a brochure', 'Prev', 'Next', 'Talk to us',
    'Call Graham or Lucy on 01632 960 340 for a free home visit with no obligation.',
    'Copyright © 2026 Aldous Brothers Funeral Service. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
  ],
};

export const HELDOUT692_F: readonly TestPage[] = [discourse, joomla];
