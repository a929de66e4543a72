import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file e: a hot tub owners' forum thread on Discourse (a dealer's community, with a marked solution, topic map
 * and suggested topics), and an article of a dealer's MediaWiki knowledge base (Vector 2022 skin, sidebar table of contents).
 */
const dTitle = 'Foamy, cloudy water a week after refilling – what am I missing?';
type Post = { user: string; date: string; paras: string[]; quote?: string; solution?: boolean };
const dPosts: Post[] = [
  {
    user: 'pennyk',
    date: 'Apr 2',
    paras: [
      j(
        'Drained and refilled our Aurora 5 last Saturday. Chlorine 3 ppm, pH 7.4, alkalinity 100. By Thursday the water was hazy and',
        'there was a ring of foam round the jets whenever we switched them on.',
      ),
      'Filters were rinsed before the refill. We shower first (mostly…). Anything obvious I have missed?',
    ],
  },
  {
    user: 'spa_dave',
    date: 'Apr 2',
    paras: ['Did you soak the filters in cleaner or just hose them? Hosing gets the leaves out but not the oils.'],
  },
  {
    user: 'NorthcoveTech',
    date: 'Apr 3',
    quote: 'Filters were rinsed before the refill.',
    solution: true,
    paras: [
      j(
        'Nine times out of ten that is the answer. Oils stay in the pleats and go straight back into fresh water. Soak both cartridges',
        'overnight in filter cleaner, rinse, and give the water a non-chlorine shock tonight.',
      ),
      'If the foam is still there after 48 hours, check whether anyone is using a laundry detergent with fabric softener on towels or swimwear.',
    ],
  },
  {
    user: 'pennyk',
    date: 'Apr 5',
    paras: ['Soaked the filters and shocked it – crystal clear this morning and no foam. Thank you both!'],
  },
];
const dSuggested: [string, string][] = [
  ['Cover smells musty after winter', 'Water Care'],
  ['Best test strips for bromine?', 'Water Care'],
];
const dPost = (p: Post, i: number): string => `<div class="topic-post clearfix regular"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${8800 + i}" data-topic-id="2217" class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}"><div class="row">
<div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}">
<img alt="" width="48" height="48" src="/user_avatar/community.northcovespas.co.uk/${p.user}/96/12_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="widget-link post-date" href="/t/foamy-cloudy-water/2217/${i + 1}"><span title="${p.date}, 2026 8:${10 + i} pm" data-time="1775160000000"
class="relative-date">${p.date}</span></a></div></div></div><div class="regular contents"><div class="cooked">
${
  p.quote
    ? `<aside class="quote no-group" data-username="pennyk" data-post="1" data-topic="2217"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/community.northcovespas.co.uk/pennyk/48/12_2.png" class="avatar"> pennyk:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`
    : ''
}${ps(p.paras)}</div>
${p.solution ? '<p class="solved"><a href="/t/foamy-cloudy-water/2217/3"><svg class="fa d-icon d-icon-check-square"></svg> Solution</a></p>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="button-count"
aria-label="${2 + i} people liked this post">${i + 1}</button><button class="btn-flat toggle-like" title="like this post"></button></div>
<button class="btn no-text reply" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div>
</article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Water Care - Northcove Owners' Community</title><meta name="description" content="Drained and refilled our Aurora 5 last Saturday.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="canonical" href="/t/foamy-cloudy-water/2217">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"pennyk"}}</script>
<link href="/stylesheets/desktop_2f1c.css?__ws=community.northcovespas.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-preloaded="{}" data-theme-id="3"></head>
<body class="category-water-care docked"><section id="main" class="ember-application"><div class="ember-view">
<div class="d-header-wrap"><header class="d-header clearfix"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Northcove Owners' Community" id="site-logo" class="logo-big"></a>
</div></div><div class="panel clearfix" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text" type="button"><svg class="fa d-icon
d-icon-user"></svg><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" title="search topics, posts, users, or categories" aria-label="Search" class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-sections"><div class="sidebar-section-wrapper">
<div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">Community</span></div><ul class="sidebar-section-content">
${links(['Topics', 'Users', 'Badges', 'FAQ'], 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="2217">
<a href="/t/foamy-cloudy-water/2217" class="fancy-title">${dTitle}</a></h1><div class="topic-category">
<a class="badge-category__wrapper" href="/c/water-care/6">
<span data-category-id="6" class="badge-category"><span class="badge-category__name">Water Care</span></span></a><div class="list-tags">
<a href="/tag/foam" class="discourse-tag simple">foam</a><a href="/tag/solved" class="discourse-tag simple">solved</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2217"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}</div></div>
<div class="topic-map"><section class="map"><ul class="clearfix"><li><h4 role="presentation">created</h4><span class="relative-date">Apr 2</span></li>
<li><h4 role="presentation">last reply</h4><span class="relative-date">Apr 5</span></li><li><span class="number">3</span>
<h4 role="presentation">replies</h4></li>
<li class="secondary"><span class="number">214</span><h4 role="presentation">views</h4></li><li class="secondary"><span class="number">3</span>
<h4 role="presentation">users</h4></li></ul></section></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="more-topics__list">
<h3 id="suggested-topics-title" class="more-topics__list-title">
Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="category">Category</th></tr></thead><tbody>
${dSuggested
  .map(
    ([t, c]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x" class="title raw-link raw-topic-link">${t}</a></td>
<td class="category"><span class="badge-category__name">${c}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></section></div></div></div>
</div></div>
</section><footer class="noscript-footer-nav"><a href="/about">About</a><a href="/privacy">Privacy Policy</a></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<script defer src="/assets/start-discourse-a1b2.js" data-discourse-entrypoint="start-discourse"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout602-discourse-foamy-water-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...(p.quote ? [p.quote] : []), ...p.paras]),
  bylines: [...dPosts.map((p) => p.user), ...dPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Community', 'Topics', 'Users', 'Badges', 'FAQ', 'Water Care', 'foam', 'solved', 'pennyk:', 'Solution', '1', '2', '3', '4',
    'Reply', 'created', 'last reply', 'replies', '214', 'views', 'users', 'Suggested Topics', 'Topic', 'Category', ...dSuggested.map(([t]) => t),
    'About', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Ozonator';
const mLead = j(
  'An <b>ozonator</b> (or ozone generator) is a device fitted to many hot tubs and swim spas that injects a small amount of ozone gas',
  'into the circulating water. Ozone is a strong oxidiser: it breaks down oils, sweat and other organic waste and so reduces the amount',
  'of chlorine or bromine the water needs.',
);
const mH = ['Types', 'Corona discharge', 'Ultraviolet', 'Maintenance', 'See also'];
const mCd = j(
  'Corona discharge (CD) units pass dry air through a high-voltage electric field. They produce far more ozone than UV units and last',
  'longer, but the air must be dry: damp air produces nitric acid that corrodes the chip.',
);
const mUv = j(
  'UV ozonators pass air over a lamp that emits light at 185 nm. They are cheap and simple, but ozone output falls steadily and the',
  'lamp should be replaced every one to two years.',
);
const mMaint = [
  j(
    'Most ozonators run only during filtration cycles. A working unit produces a fine stream of bubbles from the injector fitting in the',
    'footwell. If no bubbles appear, check the check valve and the Mazzei injector for scale before replacing the generator itself.',
  ),
  'Ozone does not leave a residual in the water, so a sanitiser is always still needed.',
];
const mSee = ['UV-C clarifier', 'Shock treatment', 'Filter cartridge'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Northcove Service Wiki', 'Disclaimers'];
const tocItem = (h: string, n: string, sub = ''): string => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${sub ? 1 : 2}">
<a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${h}</span></div>
</a>${sub}</li>`;
const mToc = [
  tocItem(mH[0] ?? '', '1', `<ul id="toc-Types-sublist" class="vector-toc-list">${tocItem(mH[1] ?? '', '1.1')}${tocItem(mH[2] ?? '', '1.2')}</ul>`),
  tocItem(mH[3] ?? '', '2'),
  tocItem(mH[4] ?? '', '3'),
].join('\n');
const mHd = (lvl: number, t: string): string =>
  `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${t.replace(/ /g, '_')}">${t}</h${lvl}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Ozonator&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Ozonator - Northcove Service Wiki</title><script>document.documentElement.className="client-js vector-feature-toc-pinned-clientpref-1";
RLCONF={"wgPageName":"Ozonator","wgTitle":"Ozonator","wgCurRevisionId":3310,"wgCategories":["Water care","Components"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0">
<link rel="canonical" href="https://wiki.northcovespas.co.uk/index.php/Ozonator"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Ozonator rootpage-Ozonator
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
</label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/index.php/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Northcove Service Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Northcove Service Wiki" aria-label="Search Northcove Service Wiki">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Ozonator">
<span>Log in</span></a></li>
</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/index.php/Ozonator"><span>Page</span>
</a></li>
<li id="ca-talk" class="new"><a href="/index.php?title=Talk:Ozonator&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected"><a href="/index.php/Ozonator"><span>Read</span></a></li><li id="ca-history"><a
href="/index.php?title=Ozonator&amp;action=history"><span>View history</span></a></li></ul></nav><div id="vector-page-tools-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content">
<ul>${links(mTools, 'mw-list-item')}
</ul></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Northcove Service Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/index.php/File:Cd_ozonator.jpg" class="mw-file-description">
<img src="/images/thumb/cd.jpg/220px-cd.jpg"
class="mw-file-element" width="220" height="165" alt=""></a><figcaption>A corona discharge ozonator with its injector hose</figcaption></figure>
<p>${mLead}</p><meta property="mw:PageProp/toc">
${mHd(2, mH[0] ?? '')}${mHd(3, mH[1] ?? '')}<p>${mCd}</p>${mHd(3, mH[2] ?? '')}<p>${mUv}</p>
${mHd(2, mH[3] ?? '')}${ps(mMaint)}${mHd(2, mH[4] ?? '')}<ul>${mSee
  .map(
    (t) => `<li><a href="/index.php/${t.replace(/ /g, '_')}" title="${t}">${t}</a>
</li>`,
  )
  .join('\n')}</ul>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.northcovespas.co.uk/index.php?title=Ozonator&amp;oldid=3310">
https://wiki.northcovespas.co.uk/index.php?title=Ozonator&amp;oldid=3310</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/index.php/Special:Categories">Categories</a>:
<ul><li><a href="/index.php/Category:Water_care">Water care</a></li><li><a href="/index.php/Category:Components">Components</a></li></ul></div></div></div>
</main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on
12 January 2026, at 15:02.</li></ul><ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout602-mediawiki-ozonator',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mLead, mCd, mUv, ...mMaint, ...mSee]),
  bylines: ['This page was last edited on 12 January 2026, at 15:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mSide, 'Northcove Service Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'View history', 'Tools', ...mTools,
    'From Northcove Service Wiki', 'A corona discharge ozonator with its injector hose',
    'Categories:', 'Water care', 'Components', ...mFoot, 'edit',
  ],
};

export const HELDOUT602_E: readonly TestPage[] = [discourse, mediawiki].map(settle);
