import { links, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file f: a Discourse forum thread (served crawler view) on a regional food forum asking about
 * pick-your-own farms, and a MediaWiki (Vector 2022) article on a town wiki about its farmers' market, with an infobox.
 */
const dTitle = 'Best PYO farms near Marlow Vale for soft fruit?';
const dPosts: readonly (readonly [string, string, string[], string])[] = [
  [
    'beckyb_bakes',
    'June 2, 2025,  7:14am',
    [
      j(
        'We have just moved to the area and the kids are desperate to go strawberry picking. Which PYO farms are worth the drive?',
        'Ideally somewhere with a café or at least toilets, and not too muddy for a pushchair.',
      ),
      'Bonus points if they do gooseberries, I want to make fool for my mum’s birthday.',
    ],
    '2 Likes',
  ],
  [
    'hedgerow_hal',
    'June 2, 2025,  8:02am',
    [
      j(
        'Brackenhill on the Oxley road is the obvious one. Huge strawberry field, tunnels so they have fruit even after rain, and the',
        'café does a proper cream tea. Can get very busy on sunny Saturdays, so go early.',
      ),
      'They had gooseberries last year along the bottom hedge but they are a bit hit and miss.',
    ],
    '4 Likes',
  ],
  [
    'Tamsin_R',
    'June 2, 2025, 12:40pm',
    [
      j(
        'Second Brackenhill, but for gooseberries and currants try Hollins Farm out past Brereton Ford. It is a very old-fashioned',
        'set-up, an honesty hut and a hand-painted sign, but the fruit is excellent and it is never crowded.',
      ),
      'Their website tells you what is ready and it is actually kept up to date, which is rare!',
    ],
    '3 Likes',
  ],
  [
    'beckyb_bakes',
    'June 3, 2025,  6:55pm',
    [
      j(
        'Thank you both! We went to Brackenhill this morning and filled four punnets in about twenty minutes. Trying Hollins next',
        'week for the gooseberries.',
      ),
    ],
    '1 Like',
  ],
];
const dRel: readonly (readonly [string, string, string, string])[] = [
  ['Farm shops that still sell raw milk?', '12', '1.4k', 'Mar 2025'],
  ['Pumpkin patches for toddlers', '7', '860', 'Oct 2024'],
];
const dNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Local Food - Vale Eats Forum</title>
<meta name="description" content="We have just moved to the area and the kids are desperate to go strawberry picking.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.valeeats.example/uploads/default/optimized/1X/favicon_32x32.png">
<link href="https://forum.valeeats.example/stylesheets/color_definitions_light_2_3.css?__ws=forum.valeeats.example" media="all" rel="stylesheet">
<link rel="canonical" href="https://forum.valeeats.example/t/best-pyo-farms-near-marlow-vale-for-soft-fruit/2214">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.valeeats.example","name":"Vale Eats Forum"}</script>
<meta property="og:site_name" content="Vale Eats Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary"></head>
<body class="crawler"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div>
<div class="title"><a href="/"><img src="https://forum.valeeats.example/uploads/default/original/1X/logo.png" alt="Vale Eats Forum" id="site-logo"></a></div>
</div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/best-pyo-farms-near-marlow-vale-for-soft-fruit/2214">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/local-food/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #3AB54A"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Local Food</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/pyo" class="discourse-tag" rel="tag">pyo</a>,
<a href="/tag/strawberries" class="discourse-tag" rel="tag">strawberries</a></div></div></div>
${dPosts
  .map(
    (
      [u, d, paras, likes],
      i,
    ) => `<div class="topic-body crawler-post" itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}">
<span itemprop="name">${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2025-06-0${i < 3 ? 2 : 3}T07:14:00Z" class="post-time">${d}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes.replace(/\D/g, '')}"><span class="post-likes">${likes}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>${dRel
  .map(
    ([t, r, v, a], i) =>
      `<tr class="topic-list-item" id="topic-list-item-${i}"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${i}" class="title raw-link raw-topic-link">${t}</a>
</span></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dNav
  .map(
    (t) =>
      `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t.toLowerCase()}" itemprop="url">${t} </a></span>
</li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><div class="footer">
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout526-pyo-thread-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , paras]) => paras)),
  bylines: [...new Set(dPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Local Food', 'strawberries', ...new Set(dPosts.map(([, , , l]) => l)), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRel.flatMap((r) => [...r]), ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Ashbury Farmers’ Market';
const mSections: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'Ashbury Farmers’ Market is a monthly food market held around the Butter Cross in the centre of Ashbury. It was first held',
        'in 1999, making it one of the oldest farmers’ markets in the county, and is run by a community interest company.',
      ),
    ],
  ],
  [
    'History',
    [
      j(
        'The market was started by a group of six farmers who had been selling at the cattle market until it closed. The first',
        'market had nine stalls and was held in the rain; according to the parish magazine, most of the stallholders sold out by',
        'eleven o’clock.',
      ),
      j(
        'In 2006 the market moved from the car park of the Red Lion to the Butter Cross after the town council closed Sheep Street',
        'to traffic on market days. A winter market under the arcade of the Corn Hall was added in 2013.',
      ),
    ],
  ],
  [
    'Stalls',
    [
      j(
        'Between thirty and forty stalls trade at each market. All produce must come from within 30 miles of the Butter Cross. Regular',
        'traders include growers, livestock farmers, a cheesemaker, bakers, a brewery and a cider maker.',
      ),
      j(
        'The market has a rule that at least half the stalls must sell primary produce, meaning fruit, vegetables, meat, eggs or',
        'dairy, rather than prepared food.',
      ),
    ],
  ],
  ['Awards', ['In 2018 the market was named the county’s Best Food Market by the regional tourism board, and it was runner-up again in 2022.']],
];
const mBox: readonly (readonly [string, string])[] = [
  ['Location', 'Butter Cross, Ashbury'],
  ['Held', 'Third Saturday of the month'],
  ['Operator', 'Ashbury Market CIC'],
];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Ashbury Wiki', 'Disclaimers'];
const mSection = ([h, paras]: readonly [string, readonly string[]]): string =>
  (h === ''
    ? ''
    : `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Ashbury_Farmers%27_Market&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>\n`) + paras.map((p) => `<p>${esc(p)}\n</p>`).join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Ashbury Wiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ashbury_Farmers'_Market","wgTitle":"Ashbury Farmers’ Market","wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Ashbury_Farmers_Market rootpage-Ashbury_Farmers_Market skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<label class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ashbury Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search Ashbury Wiki" aria-label="Search Ashbury Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mSections
  .slice(1)
  .map(
    ([h]) =>
      `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${mSections.findIndex((s) => s[0] === h)}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTabs.slice(0, 2))}</ul></nav><nav aria-label="Views">
<ul>${links(mTabs.slice(2))}</ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Ashbury Wiki</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/market.jpg/220px-market.jpg" width="220" height="147" alt=""></span>
<div class="infobox-caption">The market in October 2021</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mSections.map(mSection).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2></div><ul><li>
<a rel="nofollow" class="external text" href="https://ashburymarket.example">Official website</a></li></ul>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Markets">Markets</a></li><li><a href="/wiki/Category:Food_and_drink">Food and drink</a></li></ul></div></div></div></main>
</div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2025, at 14:02.</li>
<li id="footer-info-copyright">Content is available under
<a href="/wiki/Ashbury_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":131});});</script></body></html>`;
const wikiMarket: TestPage = {
  name: 'heldout526-market-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSections.slice(1).map(([h]) => h), 'External links'],
  body: [...mSections.flatMap(([, paras]) => paras), 'Official website'],
  bylines: ['This page was last edited on 3 May 2025, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Ashbury Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', ...mTabs, 'Tools',
    'From Ashbury Wiki', 'The market in October 2021', ...mBox.flatMap(([k, v]) => (k === 'Held' ? [v] : [k, v])), 'Categories', 'Food and drink',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT526_F: readonly TestPage[] = [discourseThread, wikiMarket];
