import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file b: an activity badge's requirements on a scouting wiki run on MediaWiki (Vector 2022 skin, infobox,
 * sidebar contents, navbox, categories), and a jamboree report on Ghost (Casper theme) with a portal sign-up box and read-more cards.
 */
const mTitle = 'Pioneering Activity Badge';
const mLead = j(
  'The <b>Pioneering Activity Badge</b> is an activity badge for the Scout section. It covers the knots, lashings and planning',
  'needed to build simple structures from spars and rope, such as a flagpole, a bridge over a stream or a camp gateway.',
);
const mHist = j(
  'The badge replaced the older <a href="/wiki/Pioneer_Badge">Pioneer Badge</a> in the 2015 programme review. The new version',
  'dropped the requirement to build a aerial runway, which most groups could not do without specialist instructors, and added',
  'a planning and safety requirement.',
);
const mReq = [
  'Learn and use these knots and lashings:',
  'round turn and two half hitches, clove hitch and timber hitch',
  'square lashing, diagonal lashing and sheer lashing',
  'Show how to whip the end of a rope and how to coil and store rope so that it is ready for use.',
  'Explain the safety rules for pioneering, including how to check spars for rot and how heavy a load each structure can take.',
  'Working with others, plan and build a pioneering project, for example a camp gateway, a raft, a tripod or a monkey bridge.',
  'Take part in dismantling the project and checking the ropes and spars before they are put away.',
];
const mNotes = [
  j(
    'Leaders should make sure that any structure Scouts will stand on or climb is checked by an adult with pioneering experience',
    'before use. Structures over 2 metres high need a <a href="/wiki/Risk_assessment">risk assessment</a> under the activity rules.',
  ),
  j('Scouts who have gained the badge can go on to the Pioneering Staged Badge, which is open to all sections.'),
];
const mHeads = ['History', 'Requirements', 'Notes for leaders', 'See also'];
const mSee = ['Knots and lashings', 'Camp gadgets', 'Backwoods Cooking Activity Badge'];
const mInfo = ['Section', 'Scouts', 'Category', 'Activity badge', 'Introduced', '2015', 'Replaces', 'Pioneer Badge'];
const mNavbox = ['Scout activity badges', 'Angler', 'Astronomer', 'Backwoods Cooking', 'Camper', 'Chef', 'Hillwalker', 'Navigator', 'Pioneering'];
const mToolbar = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About Trailcraft Wiki', 'Disclaimers', 'Mobile view'];
const mSec = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Pioneering_Activity_Badge&amp;action=edit" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Trailcraft Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Pioneering_Activity_Badge","wgTitle":"Pioneering Activity Badge","wgCurRevisionId":48213,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Pioneering_Activity_Badge&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Pioneering_Activity_Badge
rootpage-Pioneering_Activity_Badge
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div>
</div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Trailcraft Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Trailcraft Wiki" aria-label="Search Trailcraft Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice" data-nosnippet><p>The spring editathon runs all of April: help us finish the
badge pages!</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
${links(mToolbar, 'vector-tab-noicon mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div class="vector-body-before-content"><div class="mw-indicators"></div><div id="siteSub" class="noprint">From Trailcraft Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><caption class="infobox-title">${mTitle}</caption><tbody>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Pioneering_badge.png" class="mw-file-description">
<img alt="Badge" src="/images/thumb/4/4e/Pioneering_badge.png/120px-Pioneering_badge.png" width="120" height="120" class="mw-file-element"></a></span></td></tr>
${[0, 2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${mInfo[i]}</th><td class="infobox-data">${mInfo[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSec(mHeads[0] ?? '')}
<p>${mHist}</p>
${mSec(mHeads[1] ?? '')}
<p>To gain the badge a Scout must:</p>
<ol><li>${mReq[0]}<ul>${lis(mReq.slice(1, 3))}</ul></li>
${lis(mReq.slice(3))}</ol>
${mSec(mHeads[2] ?? '')}
${ps(mNotes)}
${mSec(mHeads[3] ?? '')}
<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<div role="navigation" class="navbox" aria-labelledby="Scout_activity_badges"><table class="nowraplinks navbox-inner"><tbody>
<tr><th scope="col" class="navbox-title" colspan="2"><div id="Scout_activity_badges">${mNavbox[0]}</div></th></tr>
<tr><td class="navbox-list navbox-odd hlist"><ul>${links(mNavbox.slice(1))}</ul></td></tr></tbody></table></div>
<!-- NewPP limit report Parsed by mw-web.eqiad.main-6b8f Cached time: 20260304191255 -->
</div></div>
<div class="printfooter" data-nosnippet>Retrieved from "<a dir="ltr" href="https://wiki.trailcraft.example/index.php?oldid=48213">
https://wiki.trailcraft.example/index.php?oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Activity_badges">Activity badges</a></li><li><a href="/wiki/Category:Scout_section">Scout section</a></li></ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 19:12.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise
noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = gold({
  name: 'heldout491-mediawiki-badge',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mLead, mHist, 'To gain the badge a Scout must:', ...mReq, ...mNotes, ...mSee]),
  bylines: ['This page was last edited on 4 March 2026, at 19:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Trailcraft Wiki', 'Search',
    'Create account', 'Log in', 'The spring editathon runs all of April: help us finish the badge pages!', 'Contents', 'hide', '(Top)', ...mToolbar,
    'From Trailcraft Wiki', ...mInfo, 'edit', ...mNavbox, 'Categories',
    'Activity badges', 'Scout section', 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

const gTitle = 'Ten days, 9,000 Scouts and one very muddy field: our Moorlands Jamboree report';
const gDek = 'Twenty-eight Scouts and five leaders from the district camped at the Moorlands International Jamboree. Here is how it went.';
const gParas1 = [
  j(
    'We arrived at Hallow Edge on a grey Saturday afternoon after a six-hour coach journey, and by teatime the district camp was',
    'up: eight patrol tents, a kitchen shelter, and a gateway built by the Kestrel patrol that lasted the whole ten days.',
  ),
  j(
    'Our subcamp, Curlew, held about 900 Scouts from eleven countries. Our neighbours were a troop from the Faroe Islands on one',
    'side and a unit of Guides from Lower Brennick on the other, and by the second evening the three camps were sharing a',
    'campfire circle and arguing happily about whose songs were better.',
  ),
];
const gParas2 = [
  j(
    'Every Scout spent two days on the activity rota. The climbing towers and the zip wire were the most popular, but the',
    'surprise hit was the science tent, where a team from Westmarch University let the Scouts build and launch water rockets.',
    'Olu from the Otter patrol got his to 70 metres and talked about little else for the rest of the week.',
  ),
  j(
    'The hike day took each patrol 18 kilometres over the moor to the Stannon reservoir and back. It rained for most of the',
    'afternoon, but every patrol finished, and the leaders were proud of the way the older Scouts looked after the younger ones.',
  ),
];
const gQuote = j(
  '“I thought I would miss home, but there was never time. I have friends in Norway and Portugal now and we have already',
  'planned to meet at the next one.” – Hana, 13',
);
const gParas3 = [
  j(
    'Then came Wednesday. A storm crossed the moor overnight, and by morning the lower half of the site was under water. Two of',
    'our tents were flooded and the kitchen shelter lost a pole. The jamboree staff moved the worst-hit camps to the sports hall',
    'of the school next door, and our Scouts spent the day helping other troops carry their kit uphill.',
  ),
  j(
    'The site dried out surprisingly fast, and by Friday the only reminder was the mud, which came home with us on every pair',
    'of boots. We would like to thank the parents who drove up with dry sleeping bags at a day’s notice.',
  ),
  j(
    'The closing ceremony on the last night brought the whole jamboree into the arena for the flag lowering and a final',
    'campfire. Several of our Scouts swapped so many badges that their camp blankets are now heavier than their rucksacks.',
  ),
];
const gNext = j(
  'We are already saving for the next international jamboree in 2029. Scouts who will be between 12 and 16 that summer',
  'can put their names down with their section leader, and we will hold a fundraising quiz night in November.',
);
const gHeads = ['Arriving and setting up', 'Activities', 'The storm', 'What next'];
const gNav = ['Home', 'About', 'Sections', 'Events', 'Archive'];
const gMore: readonly (readonly [string, string, string, string])[] = [
  [
    'Cubs raise £1,200 on their sponsored bike ride',
    'Forty Cubs rode the canal path from Ashby to Welford in aid of the hut roof.',
    'Jul 28, 2026',
    '3 min read',
  ],
  [
    'New Explorer unit opens in Stannington',
    'The district’s fourth Explorer unit will meet on Thursdays at the Community Centre.',
    'Jul 9, 2026',
    '2 min read',
  ],
  ['Leaders wanted for the autumn term', 'We need six more adults to keep our waiting lists moving. Could you help?', 'Jun 30, 2026', '4 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1e7a0f42"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.northfoldscouts.org/moorlands-jamboree-report/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-08-14T09:30:00.000Z"><meta property="article:tag" content="Jamboree">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "Article","publisher": {"@type": "Organization",
"name": "Northfold Scouts News"},"author": {"@type": "Person","name": "Ruth Okonedo"},"headline": "${gTitle}","datePublished":
"2026-08-14T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.northfoldscouts.org/" data-key="3a9f0c1d2e" data-api="https://news.northfoldscouts.org/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3a9f0c1d2e" crossorigin="anonymous"></script>
<link href="https://news.northfoldscouts.org/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-jamboree tag-international is-head-left-logo has-serif-body has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.northfoldscouts.org">Northfold Scouts News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-jamboree tag-international image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/jamboree/">Jamboree</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar" aria-label="Read more of Ruth Okonedo"><img class="author-profile-image" src="/content/images/size/w100/ruth.jpg"
alt="Ruth Okonedo"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Okonedo</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-08-14">Aug 14, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/08/jamboree-arena.jpg 300w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/08/jamboree-arena.jpg" alt="The jamboree arena at dusk"><figcaption>The opening ceremony in the main arena.
<span style="white-space: pre-wrap;">Photo: Dev Marchetti</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
<h2 id="arriving-and-setting-up">${gHeads[0]}</h2>
${ps(gParas1)}
<h2 id="activities">${gHeads[1]}</h2>
${ps(gParas2)}
<blockquote>${gQuote}</blockquote>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/08/rocket.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">Water rockets on the science field</span></figcaption></figure>
<h2 id="the-storm">${gHeads[2]}</h2>
${ps(gParas3)}
<h2 id="what-next">${gHeads[3]}</h2>
<p>${gNext}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/news/"><img class="post-card-image" src="/content/images/c.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/news/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-07-01">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.northfoldscouts.org">Northfold Scouts News</a>
&copy; 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sign up', 'Contact the district'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8c1e7a0f42"></script></body></html>`;
const jamboree: TestPage = gold({
  name: 'heldout491-ghost-jamboree',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, ...gParas1, ...gParas2, gQuote, ...gParas3, gNext],
  bylines: ['Ruth Okonedo', 'Aug 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northfold Scouts News', ...gNav, 'Sign in', 'Subscribe', 'Jamboree', '6 min read', 'The opening ceremony in the main arena. Photo: Dev Marchetti',
    'Water rockets on the science field', 'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'Northfold Scouts News © 2026', 'Sign up',
    'Contact the district', 'Powered by Ghost',
  ],
});

export const HELDOUT491_B: readonly TestPage[] = [wiki, jamboree];
