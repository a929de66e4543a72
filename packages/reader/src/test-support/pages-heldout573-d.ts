import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout573-kit.js';

/**
 * Held-out batch 573, file d: a boatyard's long journal post on Ghost (Casper theme) with a feature image caption, a
 * subscribe box and read-more cards, and a harbour entry on a cruising wiki on MediaWiki (Vector 2022) with a berthing table.
 */
const gTitle = 'Osmosis on a 1978 hull: what we found when we peeled her';
const gDek = 'Blisters, a wet laminate and a six-month drying-out. A step-by-step account of how we treated Curlew, and what it cost.';
const gBody = [
  j(
    'When Curlew, a 1978 Contessa-type sloop, came out of the water in September, her owner already suspected the worst. Every spring',
    'for five years the yard had ground out a handful of small blisters below the waterline and filled them. This year there were',
    'more than two hundred, from the size of a lentil to the size of a two-pound coin.',
  ),
  'First, the moisture readings',
  j(
    'Before anyone picks up a grinder we take readings with a moisture meter on a grid of 30 centimetres over the whole underwater',
    'hull, and again above the waterline as a reference. Above the boot top Curlew read between 8 and 10 on the meter’s relative',
    'scale. Below it the readings ran from 18 to the top of the scale at 28, highest around the keel stub and the aft sections.',
  ),
  j(
    'High readings alone do not prove osmosis; a hull that has just come out of the water will always read wet. We left her under',
    'cover for three weeks and measured again. The readings barely moved, which told us the water was in the laminate, not on it.',
  ),
  'Peeling the gelcoat',
  j(
    'For a hull like this the only lasting treatment is to remove the gelcoat and let the laminate dry. We used a hull planer set',
    'to take off 0.8 millimetres in each pass, which took two of us four days. Under the gelcoat the first layer of chopped strand',
    'mat was pale and soft in patches, and in a few places it smelled sharply of vinegar, a sign of the acid that forms as the resin breaks down.',
  ),
  j(
    'We opened every blister that went deeper than the first layer, washed the hull with hot water under pressure and then repeated',
    'the wash every few days for the first month. The washing draws out the soluble salts that would otherwise keep pulling water back in.',
  ),
  'Drying out',
  j(
    'Curlew then spent the winter in the shed with a dehumidifier and an infrared lamp panel moved along the hull on a trolley. We logged',
    'the readings every fortnight. By March the worst areas were down to 12 and most of the hull read 9 or 10, close to the topsides.',
  ),
  j(
    'It is tempting to cut this stage short when the owner wants to sail in April. We would rather lose a season than seal water into',
    'a hull: a laminate that is closed up wet will blister again within two or three years, and the second treatment costs more than the first.',
  ),
  'Rebuilding the barrier',
  j(
    'Once the readings were stable for six weeks we faired the hull, filled the opened blisters with an epoxy filler and applied',
    'seven coats of solvent-free epoxy, alternating colours so that we could see that each coat covered the one before. The total',
    'film thickness came to about 450 microns. Two coats of antifouling went on the last epoxy coat while it was still tacky, as the',
    'paint maker asks.',
  ),
  'What it cost',
  j(
    'For a hull of this size the owner paid £7,900 plus VAT, of which a little under half was labour for the peeling and fairing,',
    'a quarter the epoxy system and the rest storage in the shed and power for the dehumidifier. That is a lot of money for a boat',
    'worth perhaps £18,000, but she now has a hull that should stay dry for twenty years or more.',
  ),
  'Should you treat yours?',
  j(
    'Not every blistered hull needs this. A few small blisters that stay the same size from year to year are a cosmetic problem, and',
    'a surveyor will usually say so. We recommend a full treatment when the blisters are growing, when they go deeper than the',
    'gelcoat, or when the readings stay high after the boat has been ashore for a month. If you are not sure, book a survey haul-out',
    'with us in the autumn and we will take the readings for you.',
  ),
];
const gHeads = [1, 4, 7, 10, 12, 14];
const gNav = ['Home', 'Journal', 'Services', 'Boats for sale', 'About'];
const gRead: [string, string][] = [
  ['Replacing a teak deck with cork: a first season', 'We laid our first cork deck on a 32-foot sloop last spring. Here is how it has worn.'],
  ['Why we stopped using silicone under deck fittings', 'Polysulphide, butyl and the fittings we keep rebedding.'],
  ['Stern tube or saildrive: which to keep?', 'The running costs of two drives, measured over ten years of our own customers’ boats.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1d0e3f2b">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.penhallowboatworks.co.uk/osmosis-on-a-1978-hull/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Penhallow Boatworks Journal"><meta property="og:type"
content="article">
<meta property="article:published_time" content="2027-04-02T08:30:00.000Z"><meta property="article:tag" content="Hull repairs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Penhallow Boatworks Journal"},
"author":{"@type":"Person","name":"Tamsin Carrow"},"headline":"${gTitle}","datePublished":"2027-04-02T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Penhallow Boatworks Journal"
href="https://journal.penhallowboatworks.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.penhallowboatworks.co.uk/"
data-key="1b2c3d" data-api="https://journal.penhallowboatworks.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-hull-repairs is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.penhallowboatworks.co.uk">Penhallow Boatworks Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
width="20"
height="20"></svg></button><button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="https://journal.penhallowboatworks.co.uk/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-hull-repairs image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/hull-repairs/">Hull repairs</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/tamsin.jpg"
alt="Tamsin Carrow"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Carrow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-04-02">Apr 2, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 7 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/2027/04/curlew-peeled.jpg 300w"
sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2027/04/curlew-peeled.jpg" alt="The hull of Curlew after peeling">
<figcaption><span style="white-space: pre-wrap;">Curlew in the shed after the gelcoat came off. Photo: Penhallow Boatworks</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gBody.map((t, i) => (gHeads.includes(i) ? `<h2 id="h-${i}">${t}</h2>` : `<p>${t}</p>`)).join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gRead
  .map(
    ([t, e]) => `<article class="post-card post keep-ratio"><div class="post-card-content"><a class="post-card-content-link" href="/x/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Refits</span></div><h2
class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-02-11">Feb 11, 2027</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://journal.penhallowboatworks.co.uk">Penhallow Boatworks Journal</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__counter"></div></div>
<script src="/assets/built/casper.js?v=8c1d0e3f2b"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout573-ghost-casper-osmosis',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: [gDek, ...texts(gBody.filter((_, i) => !gHeads.includes(i)))],
  bylines: ['Tamsin Carrow', 'Apr 2, 2027', 'Feb 11, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Penhallow Boatworks Journal', ...gNav.filter((t) =>
t !== 'About'), 'Sign in', 'Subscribe', 'Hull repairs', '• 7 min read', 'Curlew in the shed after the gelcoat came off. Photo: Penhallow Boatworks',
    'Sign up for more like this.', 'Enter your email', ...gRead.flat(), 'Refits', '5 min read', 'Penhallow Boatworks Journal © 2027', 'Sign up',
'Powered by Ghost',
  ],
};

const mTitle = 'Carrow Haven';
const mLead = j(
  '<b>Carrow Haven</b> is a small drying harbour and marina on the north shore of the Wrenn estuary, about 4 nautical miles above',
  'the entrance. The marina is protected by a sill and is accessible for about three hours either side of high water.',
);
const mSecs: [string, string[]][] = [
  [
    'Approach',
    [
      j(
        'From the Wrenn fairway buoy follow the buoyed channel to No. 14 (green, Fl G 5s), then turn north onto the leading line of 348°,',
        'two white posts with orange triangles. The channel dries to 0.8 m at chart datum and is marked by withies on the west side.',
      ),
      'Do not cut inside the withies: the mud bank is steep-to and boats ground there every summer.',
    ],
  ],
  [
    'Sill and tide gauge',
    [
      j(
        'The sill lies 1.6 m above chart datum. A tide gauge on the west pier head shows the depth over the sill; a traffic light above it',
        'shows green when the gate is open. Call <i>Carrow Haven Marina</i> on VHF Ch 80 before entering.',
      ),
    ],
  ],
  ['Berthing', ['Visitors are normally berthed on the hammerhead of D pontoon. Rates in the 2027 season:']],
  [
    'Facilities',
    [
      j(
        'Water and electricity on the pontoons; showers and a laundry in the marina building; diesel from the fuel berth (not petrol).',
        'A small chandlery and a café are on the quay, and there is a shop in the village, ten minutes’ walk up the hill.',
      ),
    ],
  ],
];
const mRates = [
  ['Up to 10 m', '£3.10', '£1.60'],
  ['10 to 12 m', '£3.40', '£1.80'],
  ['Over 12 m', '£3.90', '£2.10'],
];
const mOld = 'https://wiki.coastpilot.org/index.php?title=Carrow_Haven&amp;oldid=20417';
const mCats = ['Harbours of the Wrenn', 'Drying harbours', 'Marinas with a sill'];
const mFoot = ['Privacy policy', 'About Coastpilot Wiki', 'Disclaimers', 'Mobile view'];
const mHead = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Carrow_Haven&amp;action=edit&amp;section=1"
title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mTable = `<table class="wikitable"><tbody><tr><th>LOA</th><th>Per night</th><th>Short stay (4 hours)</th></tr>
${trs(mRates)}</tbody></table>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Coastpilot Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Carrow_Haven","wgTitle":"Carrow Haven","wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true,
"wgCategories":["Harbours of the Wrenn"]};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120"><link rel="canonical"
href="https://wiki.coastpilot.org/wiki/Carrow_Haven">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Coastpilot Wiki (en)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Carrow_Haven rootpage-Carrow_Haven
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Coastpilot Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Coastpilot Wiki" aria-label="Search Coastpilot Wiki"
id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h]) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb"></span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Carrow_Haven"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Carrow_Haven&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected mw-list-item">
<a href="/wiki/Carrow_Haven"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="/index.php?title=Carrow_Haven&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Carrow_Haven&amp;action=history"><span>View history</span></a></li></ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label-text">Tools</div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From Coastpilot Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSecs.map(([h, ps]) => `${mHead(h)}\n${ps.map((p) => `<p>${p}</p>`).join('\n')}${h === 'Berthing' ? `\n${mTable}` : ''}`).join('\n')}
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="${mOld}">${mOld}</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 4 March 2027, at 09:12.</li>
<li id="footer-info-copyright">Content is available under <a
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout573-mediawiki-carrow-haven',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: [...texts([mLead]), ...mSecs.flatMap(([h, p]) => [...texts(p), ...(h === 'Berthing' ? rowTexts(mRates) : [])])],
  bylines: ['This page was last edited on 4 March 2027, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Coastpilot Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'Tools', 'From Coastpilot Wiki', 'edit', 'Categories:', ...mCats,
'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    ...mFoot, 'Retrieved from "https://wiki.coastpilot.org/index.php?title=Carrow_Haven&oldid=20417"',
  ],
};

export const HELDOUT573_D: readonly TestPage[] = [ghost, wiki];
