import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file d: a bonsai nursery's customer forum on Discourse (the server-rendered crawler view, with category,
 * tags, like counts and related topics), and a cactus species page on a nursery-run MediaWiki with the Vector 2022 skin.
 */
const dTitle = 'When should the wire come off my workshop juniper?';
const dPosts: readonly (readonly [string, string, string, string[]])[] = [
  [
    'fernhill_pete',
    'October 4, 2026, 8:12pm',
    '',
    [
      j(
        'I wired my first juniper at the beginner workshop in May and it has grown a lot over the summer. The wire on the lowest branch',
        'is starting to look tight and I can see a faint line in the bark. Do I take it all off now, or wait until spring?',
      ),
      'Photos attached. Any advice welcome, I really do not want to ruin it.',
    ],
  ],
  [
    'Ines_Valcourt',
    'October 4, 2026, 9:40pm',
    '4 Likes',
    [
      j(
        'Take it off now, at least on that branch. A faint line grows out in a season; a deep bite stays for years. Cut the wire off in',
        'short pieces with wire cutters rather than unwinding it, which tends to tear the bark and snap the small shoots.',
      ),
      j(
        'The branch will probably spring back up a little. That is normal. If it moves a long way, rewire it in the opposite direction',
        'to the first wire, not into the old groove.',
      ),
    ],
  ],
  ['fernhill_pete', 'October 5, 2026, 7:55am', '1 Like', ['Thank you, that is really clear. Does the same go for the top, where the wire still looks loose?']],
  [
    'mossgate_staff',
    'October 5, 2026, 10:03am',
    '6 Likes',
    [
      j(
        'Where it is still loose, leave it on through the winter and check it again in April. Junipers put on most of their thickness in',
        'late spring and summer, so the wire that is safe now can bite within a few weeks in June.',
      ),
      j('If you bring the tree in on a Saturday morning we are happy to take a look. Workshop trees get a free check-up for the first year.'),
    ],
  ],
];
const dRelated = [
  ['Juniper turning brown inside after repotting', '12', '340', 'Sep 2026'],
  ['Best wire thickness for a beginner?', '8', '215', 'Aug 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = ([user, time, likes, paras]: readonly [string, string, string, string[]], i: number): string =>
  `<div ${i === 0 ? '' : `id='post_${i + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' `}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://community.mossgatebonsai.com/u/${user}'><span itemprop='name'>${user}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-10-04T20:12:00Z'
class='post-time'>${time}</time><meta itemprop='position' content='${i + 1}'>${
    likes === ''
      ? ''
      : `<span itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><span class='post-likes'>${likes}</span>
</span>`
  }</span></div><div class='post' itemprop='text'>${paras.map((p) => `<p>${p}</p>`).join('\n')}${
    i === 0
      ? `
<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/2X/a/a1b2.jpeg" title="juniper-wire">
<img src="/uploads/default/optimized/2X/a/a1b2_2_666x500.jpeg"
alt="juniper-wire" width="666" height="500"><div class="meta"><span class="filename">juniper-wire</span>
<span class="informations">1600×1200 312 KB</span></div></a>
</div>`
      : ''
  }</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Styling and Wiring - Mossgate Bonsai Community</title><meta name="description" content="I wired my first juniper at the beginner
workshop in May">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5e2a"><link rel="canonical"
href="https://community.mossgatebonsai.com/t/when-should-the-wire-come-off-my-workshop-juniper/812">
<meta property="og:site_name" content="Mossgate Bonsai Community"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link href="/stylesheets/desktop_5e2a.css?__ws=community.mossgatebonsai.com" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"fernhill_pete"},"datePublished":"2026-10-04T20:12:00Z"}</script>
<link rel="preload" href="/assets/start-discourse-5e2a.js" as="script"></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"><a href="/login"
class="button">Log In</a></div><div class="home-logo-wrapper-outlet"></div><a href="/" class="home-link"><img src="/uploads/default/original/1X/logo.png"
alt="Mossgate Bonsai Community" id="site-logo" class="logo-big"></a></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/when-should-the-wire-come-off-my-workshop-juniper/812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/styling-and-wiring/4" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #3AB54A'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Styling and Wiring</span>
</span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/juniper' class='discourse-tag' rel="tag">juniper</a>,
<a href='/tag/wiring' class='discourse-tag' rel="tag">wiring</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'><link itemprop='url'
href='https://community.mossgatebonsai.com/t/when-should-the-wire-come-off-my-workshop-juniper/812'>
<meta itemprop='datePublished' content='2026-10-04T20:12:00Z'>
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"
itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><span class="link-top-line"><a itemprop='url' href='/t/${(t ?? '').length}'
class='title raw-link raw-topic-link'>${t}</a></span></td><td></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views">
<span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (f) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span
itemprop='name'><a href='/${f.toLowerCase().replace(/ /g, '-')}' itemprop="url">${f} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout638-discourse-juniper-wire',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[3])),
  bylines: [...new Set(dPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Styling and Wiring', 'wiring', '4 Likes', '1 Like', '6 Likes', 'juniper-wire', '1600×1200 312 KB', 'Related topics', ...dRelated.flat(),
    ...dFoot, 'Topic', 'Replies', 'Views', 'Activity',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Ferocactus latispinus';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const mParas = [
  j(
    `<b>Ferocactus latispinus</b>, the <b>devil's tongue barrel</b>, is a species of barrel cactus from the highlands of central`,
    `and southern Mexico. It is one of the most widely grown <a href="/wiki/Ferocactus" title="Ferocactus">Ferocactus</a> in`,
    `cultivation, valued for its broad, flattened red central spines and its late flowers.${ref(1)}`,
  ),
  j(
    'Plants are solitary, flattened-globular and rarely more than 40 cm across, with 13 to 23 sharp ribs. Each areole carries up to',
    `four central spines, the lowest of them broad, hooked and flattened like a tongue, which gives the plant its common name.${ref(2)}`,
  ),
  j(
    'The flowers are bell-shaped, purple or pale yellow, and open around the crown in late autumn, often in November in European',
    'greenhouses, when few other cacti are in flower.',
  ),
  j(
    'In the nursery the species is grown from seed and reaches flowering size in about eight years. It needs a gritty, free-draining',
    'compost and full sun to colour its spines well; plants grown in shade have pale, thin spines.',
  ),
  j(
    `It tolerates a few degrees of frost if completely dry, but is prone to rot at the base if watered in cold weather.${ref(1)}`,
    'Keep it above 5 °C over winter for safety.',
  ),
  'Two forms are commonly offered: the purple-flowered type and the yellow-flowered variety <i>flavispinus</i>, which also has yellow spines.',
];
const mRefs = [
  'Harlow, M. (2019). <i>Barrel Cacti of Mexico</i>. Quinta Press. pp. 44–47.',
  'Ostrander, L. (2022). "Spine variation in cultivated Ferocactus". <i>Succulent Review</i> 18 (2): 61–70.',
];
const mHeads = ['Description', 'Cultivation', 'Forms', 'References'];
const mInfo = [
  ['Genus', 'Ferocactus'],
  ['Native range', 'Central and southern Mexico'],
  ['Flowering', 'Late autumn'],
  ['Minimum', '−2 °C when dry'],
];
const mNav = ['Main page', 'Species index', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'];
const noRefs = (h: string): string => h.replace(/<sup[\s\S]*?<\/sup>/g, '');
const h2 = (h: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Ferocactus_latispinus&amp;action=edit&amp;section=${n}" title="Edit section: ${h}">
<span>edit</span>
</a><span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - CactiPedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Ferocactus_latispinus","wgTitle":"Ferocactus latispinus","wgCurRevisionId":20417,"wgNamespaceNumber":0,"wgAction":"view"};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.hollowrockcacti.org/wiki/Ferocactus_latispinus"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ferocactus_latispinus
rootpage-Ferocactus_latispinus skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">
Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">CactiPedia</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form
action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search CactiPedia" aria-label="Search CactiPedia" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item">
<a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li>
</ul></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>
<li id="ca-nstab-main" class="selected vector-tab-noicon
mw-list-item"><a href="/wiki/Ferocactus_latispinus" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Ferocactus_latispinus&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul>
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Ferocactus_latispinus"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="/index.php?title=Ferocactus_latispinus&amp;action=edit"><span>Edit</span></a></li><li id="ca-history" class="mw-list-item"><a
href="/index.php?title=Ferocactus_latispinus&amp;action=history"><span>View history</span></a></li></ul></nav><nav class="vector-page-tools-landmark"
aria-label="Page tools"><div class="vector-dropdown-content"><div class="vector-menu-heading">Tools</div><ul>${links(mTools, 'mw-list-item')}</ul></div></nav>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub"
class="noprint">From CactiPedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2" class="infobox-title">Devil's tongue barrel</th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File"><a href="/wiki/File:Ferocactus_latispinus.jpg" class="mw-file-description"><img src="/images/thumb/f/f3/Ferocactus_latispinus.jpg/250px.jpg"
alt="" width="250" height="188" class="mw-file-element"></a></span><div class="infobox-caption">In flower at Hollow Rock, November</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row">${k}:</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<p>${at(mParas, 0)}</p><meta property="mw:PageProp/toc">
${h2(at(mHeads, 0), 1)}<p>${at(mParas, 1)}</p><p>${at(mParas, 2)}</p>
${h2(at(mHeads, 1), 2)}<p>${at(mParas, 3)}</p><p>${at(mParas, 4)}</p>
${h2(at(mHeads, 2), 3)}<p>${at(mParas, 5)}</p>
${h2(at(mHeads, 3), 4)}<div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a
href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1401 Cached time: 20260303142211 --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position:
absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.hollowrockcacti.org/index.php?title=Ferocactus_latispinus&amp;oldid=20417">
https://wiki.hollowrockcacti.org/index.php?title=Ferocactus_latispinus&amp;oldid=20417</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Ferocactus">Ferocactus</a></li><li><a href="/wiki/Category:Cacti_of_Mexico">Cacti of
Mexico</a></li><li><a href="/wiki/Category:Nursery_stock">Nursery stock</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026,
at 14:22.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About CactiPedia', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout638-mediawiki-ferocactus',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mParas.map(noRefs), ...mRefs]),
  bylines: ['This page was last edited on 3 March 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'CactiPedia', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From CactiPedia', 'In flower at Hollow Rock, November',
    'Genus:', 'Native range:', 'Flowering:', 'Minimum:', '−2 °C when dry', 'edit',
    'Retrieved from "https://wiki.hollowrockcacti.org/index.php?title=Ferocactus_latispinus&oldid=20417"', 'Categories', 'Cacti of Mexico', 'Nursery stock',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About CactiPedia', 'Disclaimers',
  ],
};

export const HELDOUT638_D: readonly TestPage[] = [discourse, mediawiki];
