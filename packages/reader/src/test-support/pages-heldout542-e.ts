import { links, type TestPage } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file e: a riding stable's blog post on Jimdo Creator (module matrix, blog footer, comment form), and
 * an article on livery in an equestrian MediaWiki with the Vector 2022 skin (hatnote, edit sections, wikitable, categories).
 */
const jTitle = 'Pony Days are back for the Easter holidays!';
const jBlocks = [
  j(
    'After a long wet winter we are delighted to say that Pony Days start again on Tuesday 8th April. Places go quickly, so please',
    'book early by phone or at the office.',
  ),
  '## What happens on a Pony Day',
  j(
    'Children arrive at 9.30am and are given their own pony for the day. They help to groom and tack up, have a riding lesson in',
    'the morning and a hack round the farm in the afternoon. In between there are stable management sessions, a quiz and lunch',
    'in the clubroom.',
  ),
  '- Ages 7 to 14, riders of all abilities',
  '- 9.30am to 3.30pm',
  '- £75 per child, including hat and body protector hire',
  '- Bring a packed lunch, a drink and a waterproof coat',
  '## Dates',
  'Tuesday 8th, Thursday 10th, Tuesday 15th and Thursday 17th April. Extra dates may be added if there is enough interest.',
  'We look forward to seeing lots of familiar faces, and some new ones too! Jo and the team',
];
const jNav = ['Home', 'Lessons', 'Pony Days', 'News', 'Prices', 'Contact'];
const jMod = (id: number, kind: string, inner: string): string => `<div id="cc-m-${id}" class="j-module n j-${kind} ">${inner}</div>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Pony Days are back for the Easter holidays! - Fellside Riding Stables</title>
<meta name="description" content="Pony Days for 7 to 14 year olds this Easter.">
<meta name="robots" content="index, follow, archive"><link rel="canonical" href="https://www.fellsideriding.co.uk/2025/03/20/pony-days-are-back/">
<link href="https://assets.jimstatic.com/web_oldtemplate.css.1f2e3d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">var jimdoData = {"isTestserver":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"a1b2",
"pageType":"blog"};</script>
</head><body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-has-shop cc-content-parent" id="page-2188331401">
<div id="cc-inner" class="cc-content-parent"><div id="container"><div id="header">
<div id="emotion-header"><a href="/" style="border: 0; text-decoration: none; cursor: pointer;">
<img src="https://image.jimcdn.com/app/cms/image/transf/none/path/header.jpg" id="emotion-header-img" alt="Fellside Riding Stables"></a></div></div>
<div id="navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">
${jNav
  .map(
    (t, i) => `<li id="cc-nav-view-${2188331390 + i}"
class="jmd-nav__list-item-0${t === 'News' ? ' cc-nav-parent j-nav-parent jmd-nav__item--parent' : ''}">
<a href="/${i === 0 ? '' : t.toLowerCase().replace(' ', '-')}/" data-link-title="${t}">${t}</a></li>`,
  )
  .join('')}</ul></div></div></div>
<div id="content"><div id="content_area" data-container="content"><div id="content_start"></div>
<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><span class="j-text j-blog-post--date">
<time datetime="2025-03-20" class="datetime">
<span class="day">Thu</span>, <span class="date">20</span> <span class="month">Mar</span> <span class="year">2025</span></time></span></div>
<h1 class="j-blog-header j-blog-headline j-blog-post--headline">${jTitle}</h1></div>
<div class="post j-blog-content"><div id="cc-matrix-3102558201">
${jMod(11853001, 'text', render(jBlocks.slice(0, 1)))}
${jMod(11853002, 'header', `<h2 class="" id="cc-m-header-11853002">${jBlocks[1]?.slice(3)}</h2>`)}
${jMod(11853003, 'text', render(jBlocks.slice(2, 7)))}
${jMod(
  11853004,
  'imageSubtitle',
  `<figure class="cc-imagewrapper cc-m-image-align-1">
<img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=320x10000/path/ponies.jpg 320w"
alt="" src="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000/path/ponies.jpg">
<figcaption>Last summer\u2019s Pony Day group with Biscuit and Toffee</figcaption></figure>`,
)}
${jMod(11853005, 'header', `<h2 class="" id="cc-m-header-11853005">${jBlocks[7]?.slice(3)}</h2>`)}
${jMod(11853006, 'text', render(jBlocks.slice(8)))}
</div></div>
<div class="j-blog-footer j-blog-post--footer"><div class="j-blog-post--tags">
<span class="j-blog-post--tags-label">Tags:</span> <a href="/news/?tag=pony+days">pony days</a>,
<a href="/news/?tag=holidays">holidays</a></div><a href="/2025/03/20/pony-days-are-back/#commentsModule" class="comment">0 Comments</a></div>
<div id="commentsModule"><div class="com-form"><h3>Write a comment</h3><form action="/app/module/comment/" method="post"><p>
<label for="commentsModule-name">Name: </label>
<input type="text" name="name" id="commentsModule-name"></p><p>
<label for="commentsModule-text">Comment: </label><textarea id="commentsModule-text" name="text" rows="8"></textarea></p>
<input type="submit" value="Submit Comment" class="com-submit"></form></div></div></div></div>
<div id="sidebar"><div data-container="sidebar"><div class="j-module n j-text "><h3>Opening times</h3><p>Tuesday to Sunday, 9am to 5pm. Closed Mondays.</p>
</div>
<div class="j-module n j-text "><p>Fellside Riding Stables, Low Fell Lane, Ulverston LA12 9TX</p></div></div></div>
<div id="footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">About</a> | <a href="/j/privacy">Privacy Policy</a> |
<a href="/j/cookies/policy">Cookie Policy</a> | <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">Cookie Settings</a> |
<a href="/sitemap/">Sitemap</a></div><div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span></div></div>
</div>
</div></div>
<div id="cc-website-cookie-banner" class="cc-cookie-banner" role="dialog"><p>This website uses cookies to offer you the best possible experience.</p>
<button class="cc-cookie-banner__accept">Accept all</button><button class="cc-cookie-banner__settings">Settings</button></div>
<script src="https://assets.jimstatic.com/web.js.3c4d5e.js"></script></body></html>`;
const jGold = gold(jBlocks);
const jimdo: TestPage = {
  name: 'heldout542-jimdo-pony-days',
  kind: 'blog',
  html: jHtml,
  title: jTitle,
  headings: jGold.headings,
  body: jGold.body,
  bylines: ['Thu, 20 Mar 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jNav.filter((t) => t !== 'Pony Days'), 'Last summer\u2019s Pony Day group with Biscuit and Toffee', 'Tags:', '0 Comments',
    'Write a comment', 'Name:', 'Comment:', 'Opening times', 'Tuesday to Sunday, 9am to 5pm. Closed Mondays.',
    'Fellside Riding Stables, Low Fell Lane, Ulverston LA12 9TX', 'About', 'Privacy Policy', 'Cookie Policy', 'Cookie Settings', 'Sitemap', 'Log in',
    'This website uses cookies to offer you the best possible experience.', 'Accept all', 'Settings',
  ],
};

const mTitle = 'Livery yard';
const mBlocks = [
  j(
    'A <b>livery yard</b> (also <b>livery stable</b> or <b>boarding stable</b>) is a stable where horse owners pay a weekly or',
    'monthly fee to keep their horses. The word comes from the older sense of <i>livery</i> as an allowance of food and clothing',
    'given to servants, later extended to the feeding and keeping of horses for payment.',
  ),
  j(
    'Livery yards range from a few stables behind a farmhouse to large commercial centres with indoor arenas, horse walkers and',
    'resident instructors. The level of care is agreed between the owner and the yard and is usually described by one of the',
    'standard types below.',
  ),
  '## Types of livery',
  '|! Type | Who does the daily work | Typical weekly cost (UK, 2024)',
  '| DIY livery | The owner | £25\u2013£50',
  '| Assisted or part livery | Shared between owner and yard | £60\u2013£120',
  '| Full livery | The yard | £150\u2013£250',
  '| Grass livery | The owner; the yard may check daily | £20\u2013£45',
  '| Working livery | The yard, which may use the horse for lessons | Reduced or none',
  '### DIY livery',
  j(
    'On DIY (do-it-yourself) livery the owner rents a stable and grazing and carries out all feeding, mucking out, turnout and',
    'exercise. It is the cheapest option but requires the owner to visit at least twice a day.',
  ),
  '### Full livery',
  j(
    'On full livery the yard provides all daily care, including feeding, mucking out, turnout and rugging. Exercise is sometimes',
    'included and sometimes charged separately. Many full livery yards also hold horses for the farrier and vet.',
  ),
  '### Working livery',
  j(
    'A horse on working livery is used by a riding school for an agreed number of lessons each week in return for a reduced fee.',
    'Owners usually keep priority use at weekends. The arrangement suits quiet, experienced horses.',
  ),
  '## Livery agreements',
  j(
    'Most yards use a written livery agreement setting out the services provided, the fee, the notice period and the yard rules.',
    'In the United Kingdom, a yard that is owed money may in some circumstances keep the horse until the debt is paid, under a',
    'common-law right known as a lien.',
  ),
  '## See also',
  '- <a href="/wiki/Farrier" title="Farrier">Farrier</a>',
  '- <a href="/wiki/Riding_school" title="Riding school">Riding school</a>',
  '- <a href="/wiki/Stable_management" title="Stable management">Stable management</a>',
];
const mTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history'];
const mCats = ['Horse care', 'Equestrian facilities', 'Livery'];
const mFoot = ['Privacy policy', 'About EquiPedia', 'Disclaimers', 'Mobile view'];
const mWrap = (h: string, kind: string): string => {
  const m = /^<(h[23])[^>]*>(.*)<\/h[23]>$/s.exec(h);
  if (m === null || kind === 'p') return h;
  const id = (m[2] ?? '').replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${m[1]?.slice(1)}"><${m[1]} id="${id}">${m[2]}</${m[1]}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Livery_yard&amp;action=edit&amp;section=1" title="Edit section: ${m[2]}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - EquiPedia</title>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Livery_yard","wgTitle":"Livery yard","wgCurRevisionId":48812});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3">
<link rel="canonical" href="https://equipedia.org/wiki/Livery_yard"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Livery_yard rootpage-Livery_yard
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
</div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">EquiPedia</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search EquiPedia" aria-label="Search EquiPedia" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul>
<li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li class="vector-toc-list-item vector-toc-level-1">
<a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${gold(mBlocks)
  .headings.map(
    (h) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text">${h}</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
${mTabs.map((t) => `<li class="vector-tab-noicon mw-list-item"><a href="/wiki/${t.replace(' ', '_')}"><span>${t}</span></a></li>`).join('')}</ul></nav></div>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From EquiPedia, the free horse encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the colours worn by a carriage or its servants, see <a
href="/wiki/Livery_(uniform)">Livery (uniform)</a>.</div>
${render(mBlocks, { table: ' class="wikitable"', wrap: mWrap })}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2025, at 14:22.</li>
<li id="footer-info-copyright">Text is available under the <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mGold = gold(mBlocks);
const mediawiki: TestPage = {
  name: 'heldout542-mediawiki-livery-yard',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mGold.headings,
  body: mGold.body,
  bylines: ['This page was last edited on 3 February 2025, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'EquiPedia', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Article', 'Talk', 'Read', 'View history',
    'From EquiPedia, the free horse encyclopedia', 'For the colours worn by a carriage or its servants, see Livery (uniform).', 'edit',
    'Categories:', 'Horse care', 'Equestrian facilities', 'Text is available under the Creative Commons Attribution-ShareAlike License.', ...mFoot,
  ],
};

export const HELDOUT542_E: readonly TestPage[] = [jimdo, mediawiki];
