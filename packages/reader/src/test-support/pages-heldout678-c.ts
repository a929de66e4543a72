import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file c: an astronomy society's observing report on Ghost (Casper) with a subscribe box and read-more cards,
 * and a society wiki page on an observing site on MediaWiki (Vector 2022) with an infobox, edit links and categories.
 */
const gTitle = 'Twelve observers, one asteroid and a star that blinked out for 4.2 seconds';
const gDek = 'Our first coordinated occultation campaign produced a clean chord across asteroid (2817) Havelock.';
const gParas = [
  j(
    'On the night of 6 March, the small asteroid Havelock passed in front of an eleventh-magnitude star in Leo. For anyone standing',
    'inside the asteroid’s shadow as it swept across the county, the star should vanish for a few seconds. Twelve members set up along',
    'a 40-kilometre line across the predicted path to find out exactly where that shadow fell.',
  ),
  j(
    'Each station recorded the star on video with a GPS time inserter, so that the moment of disappearance could be timed to a few',
    'hundredths of a second. The stations were spaced about three kilometres apart, a little closer than the expected width of the',
    'asteroid, so that at least two should see an event.',
  ),
  j(
    'Three did. Amira Castellano at Holt Lane recorded a disappearance of 4.2 seconds, the longest of the night. The stations either',
    'side of her recorded 2.9 and 1.1 seconds. The other nine saw the star shine steadily throughout, which is just as useful: their',
    'negative results fix the edges of the asteroid.',
  ),
];
const gQuote = 'I had honestly convinced myself the clouds had won, and then the star just went. I shouted loud enough to wake the neighbours.';
const gParas2 = [
  j(
    'Combining the three chords gives a width of at least 19 kilometres, larger than the 15 kilometres estimated from Havelock’s',
    'brightness. The results have been sent to the European occultation database, where they will be combined with timings from',
    'observers in the Netherlands.',
  ),
  'The next campaign is planned for 18 May. If you would like to take part, no special telescope is needed, only a camera that can record video:',
];
const gList = [
  'a telescope of 150 mm aperture or more',
  'a video camera with a GPS time inserter (the society has four to lend)',
  'a willingness to drive at short notice',
];
const gLast = 'Sign up at the April meeting or reply to the campaign email.';
const gNav = ['Home', 'Meetings', 'Observing Reports', 'Join the Society', 'About'];
const gMore: [string, string, string][] = [
  ['Winter galaxy hunt: the results', 'Forty members logged 212 galaxies between them in January.', 'Feb 2, 2026'],
  ['Building a roll-off roof observatory for under £900', 'Derek walks us through his garden build.', 'Jan 19, 2026'],
];
const gCard = ([t, ex, d]: [string, string, string]): string => `<article class="post-card post"><a class="post-card-image-link" href="/${t.slice(0, 8)}/">
<img class="post-card-image" src="/content/images/size/w600/2026/01/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.slice(0, 8)}/"><header class="post-card-header">
<div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time>
<span class="post-card-meta-length">3 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7b8c1a2f3e"><link rel="canonical" href="https://fenwickastro.org/havelock-occultation/">
<meta name="description" content="${gDek}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-03-14T10:02:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Fenwick Astronomical Society"},
"author":{"@type":"Person","name":"Owen Marchetti"},"headline":"${gTitle}","datePublished":"2026-03-14T10:02:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://fenwickastro.org/" data-key="4b2f0d" data-api="https://fenwickastro.org/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-observing-reports is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://fenwickastro.org">
Fenwick Astronomical Society</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round"
d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-observing-reports">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/observing-reports/">Observing Reports</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Marchetti"><img class="author-profile-image" src="/content/images/owen.jpg"
alt="Owen Marchetti">
</a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Marchetti</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-14">Mar 14, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w600/2026/03/leo.jpg 600w" src="/content/images/2026/03/leo.jpg"
alt="The target star in Leo"><figcaption><span style="white-space: pre-wrap;">The target star (circled) in a finder image by Amira
Castellano.</span></figcaption>
</figure></header><section class="gh-content gh-canvas">
${ps(gParas)}
<blockquote>${gQuote}</blockquote>
<h2 id="what-the-timings-tell-us">What the timings tell us</h2>
${ps(gParas2)}
<ul>${lis(gList)}</ul>
${ps([gLast])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore.map(gCard).join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://fenwickastro.org">Fenwick Astronomical Society</a> &copy;
2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Data & privacy', 'Contact'])}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div><script src="/assets/built/casper.js?v=7b8c1a2f3e"></script></body></html>`;
const ghostReport: TestPage = clean({
  name: 'heldout678-ghost-occultation-report',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: ['What the timings tell us'],
  body: [gDek, ...texts(gParas), gQuote, ...texts(gParas2), ...gList, gLast],
  bylines: ['Owen Marchetti', 'Mar 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fenwick Astronomical Society', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'The target star (circled) in a finder image by Amira Castellano.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), '3 min read', 'Fenwick Astronomical Society © 2026', 'Data & privacy', 'Contact',
    'Powered by Ghost',
  ],
});

const mTitle = 'Blackmoor Common observing site';
const mLead = j(
  '<b>Blackmoor Common</b> is the society’s main dark-sky observing site, a former gravel working 14 km north-east of Ashby on',
  'land owned by the Blackmoor Trust. The society has used it under a licence from the Trust since 2011.',
);
const mSecs: [string, string[]][] = [
  [
    'Access',
    [
      j(
        'The site is reached from the B6420 by the gated track opposite Moor Cottage. The gate code is given to members in the monthly',
        'newsletter and changes on the first of each month. Please close the gate behind you, even at night.',
      ),
      'Park on the hardstanding only. The grass is soft for most of the year and two cars have had to be towed out.',
    ],
  ],
  [
    'Sky quality',
    [
      j(
        'Readings with the society’s sky quality meter average 21.3 magnitudes per square arcsecond at the zenith on moonless nights.',
        'The glow of Ashby is obvious low in the south-west; the northern and eastern horizons are good down to about five degrees.',
      ),
    ],
  ],
  [
    'Facilities',
    [
      'There is a concrete pad with four power points for members’ telescopes, and a small cabin with a kettle and a chemical toilet.',
      'The cabin key is kept in the key safe on the cabin wall. Please log your visit in the book on the table.',
    ],
  ],
];
const mRules = ['Use red light only once anyone is observing.', 'Arrive and leave with dipped headlights.', 'No visitors without a member present.'];
const mInfo = [
  ['Location', '14 km NE of Ashby'],
  ['Altitude', '212 m'],
  ['Typical SQM', '21.3'],
  ['Power', 'Yes (4 points)'],
  ['In use since', '2011'],
];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Ashby AS Wiki', 'Disclaimers'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Blackmoor_Common&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ashby AS Wiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Blackmoor_Common_observing_site","wgTitle":"Blackmoor Common observing site","wgCurRevisionId":1884,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.42.1">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Blackmoor_Common_observing_site
rootpage-Blackmoor_Common_observing_site skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left"><input type="checkbox"
id="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span
class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Main
menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Ashby AS Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form
action="/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Ashby AS Wiki"
aria-label="Search Ashby AS Wiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links"
aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${[...mSecs.map((s) => s[0]), 'Site rules', 'See also']
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav><nav aria-label="Views"><ul>
${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools
</span></label><div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div>
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From Ashby
AS Wiki</div>
</div><div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div
class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr"><table class="infobox" style="float:right;width:22em"><tbody><tr><th colspan="2" class="infobox-above">Blackmoor Common</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Blackmoor_pad.jpg" class="mw-file-description"><img alt=""
src="/images/thumb/b/b3/Blackmoor_pad.jpg/250px-Blackmoor_pad.jpg"
width="250" height="167" class="mw-file-element"></a></span><div class="infobox-caption">The observing pad in 2024</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
${mSecs.map(([h, p]) => `${mHead(h)}\n${ps(p)}`).join('\n')}
${mHead('Site rules')}<ol>${lis(mRules)}</ol>
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div><ul><li><a href="/wiki/Light_pollution_survey_2023">Light pollution survey
2023</a></li></ul>
<!-- NewPP limit report Cached time: 20260301093011 -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.ashbyas.org/index.php?oldid=1884">
https://wiki.ashbyas.org/index.php?oldid=1884</a>"</div><div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Observing_sites">Observing sites</a></li>
<li><a href="/wiki/Category:Members_only">Members only</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 1 March
2026,
at 09:30.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mwSite: TestPage = clean({
  name: 'heldout678-mediawiki-observing-site',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s[0]), 'Site rules', 'See also'],
  body: [plainLead(), ...mSecs.flatMap((s) => texts(s[1])), ...mRules, 'Light pollution survey 2023'],
  bylines: ['This page was last edited on 1 March 2026, at 09:30.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'Ashby AS Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '1', '2', '3', '4', '5',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', 'General', ...mTools, 'From Ashby AS Wiki', 'Blackmoor Common', 'The observing pad in 2024',
    ...mInfo.flat(), 'edit', 'Retrieved from "https://wiki.ashbyas.org/index.php?oldid=1884"', 'Categories:', 'Observing sites', 'Members only', ...mFoot,
  ],
});
function plainLead(): string {
  return texts([mLead])[0] ?? '';
}

export const HELDOUT678_C: readonly TestPage[] = [ghostReport, mwSite];
