import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file e: a magazine's editor's note on a removed story, on a Condé Nast-style server-rendered React
 * template (styled-components class names, preloaded state script, a paywall meter and a "More from" rail), and a book
 * publisher's errata page on a MediaWiki (Vector 2010 skin) wiki with a table of contents and errata tables.
 */
const mTitle = 'An Editor’s Note on “The Salt Road”';
const mBody = [
  j(
    'On February 17, we published “The Salt Road,” a feature by a freelance contributor about three families who run a seasonal',
    'salt-harvesting cooperative on the Pellow estuary. After publication, members of two of the families contacted us to say',
    'that they had not spoken to the writer, and that quotations attributed to them had been taken, with small changes, from a',
    'community radio documentary broadcast in 2023.',
  ),
  j(
    'We have investigated those concerns, and we have found them to be substantially correct. Of the eleven people quoted in the',
    'piece, four were not interviewed by the writer. The descriptions of a harvest day in the story’s opening section were not',
    'based on the writer’s own reporting, as the piece implied, but on the same documentary. Our fact-checking process confirmed',
    'names, dates and places, but it relied on the writer’s notes for the interviews, and those notes did not reflect how the',
    'material had been gathered.',
  ),
  j(
    'We have removed the story from our website and from our archive, and it will not appear in the print collection we had',
    'planned for the spring. We have also written to the producers of the documentary, Tidewater Community Radio, to apologize',
    'for the use of their work without credit.',
  ),
  j(
    'We are reviewing other pieces by the same contributor. So far we have found no similar problems, and we will publish the',
    'results of that review when it is complete. We are also changing how we work with freelance writers on reported features:',
    'from now on, fact-checkers will contact every quoted source directly, rather than sampling them, and contributors will be',
    'asked to share recordings or contemporaneous notes for every interview.',
  ),
  j(
    'The families of the Pellow cooperative deserved a story told with their participation and on their terms. They did not get',
    'one from us, and we are sorry. We are grateful to the readers and the cooperative members who raised these concerns.',
  ),
];
const mSign = '— Ottoline Brask, Editor';
const mNav = ['Culture', 'Books', 'Politics', 'Science', 'The Archive', 'Newsletters'];
const mMore = ['The Last Lighthouse Keepers of the Skerry Coast', 'What We Owe the People We Write About', 'A Year of Reading Slowly'];
const mFoot = ['About', 'Careers', 'Contact', 'Subscription Services', 'User Agreement', 'Privacy Policy', 'Your California Privacy Rights'];
const sc = (name: string, hash: string): string => `${name}-${hash} ${name.replace(/Wrapper$/, '')}`;
const mHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><title>${mTitle} | The Calloway Review</title>
<meta name="description" content="We have removed a story after finding that it did not meet our standards."/>
<meta property="og:type" content="article"/><meta name="parsely-metadata" content="{&quot;section&quot;:&quot;editors-note&quot;}"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","articleSection":"Editor’s Note",
"author":[{"@type":"Person","name":"Ottoline Brask"}],"datePublished":"2026-03-02T11:00:00.000-05:00","isAccessibleForFree":false}</script>
<style data-styled="true" data-styled-version="5.3.11">.BaseWrap-sc-gjQpdd{display:block}.ContentHeaderHed-NCyCC{font-family:CallowaySerif}</style></head>
<body><div id="app-root"><div class="page page--article"><div class="${sc('BaseWrap', 'sc-gjQpdd')}"><a class="StyledSkipLink-hjBTzw" href="#main-content">Skip
to main content</a>
<header class="${sc('StackedNavigationWrapper', 'sc-kVmAmP')}" data-testid="StackedNavigationWrapper"><a href="/" class="BrandLogo-bkxEWW">The Calloway
Review</a><nav aria-label="Main"><ul class="NavigationListWrapper-bFftAR">${links(mNav, 'NavigationListItem-dhszMV')}</ul></nav>
<div class="NavigationUtilities-kCVNjn"><a href="/newsletters" class="ButtonWrapper-xCepQ">Newsletter</a><a href="/subscribe"
class="ButtonWrapper-xCepQ button--primary">Subscribe</a><a href="/auth/initiate" class="SignInLink-fhsMxH">Sign In</a></div></header>
<main id="main-content" tabindex="-1"><article class="article main-content" lang="en-US"><header class="${sc('ContentHeaderWrapper', 'sc-gCxSDS')}"
data-testid="ContentHeaderWrapper"><div class="ContentHeaderRubricBlock-hcJyOR"><a href="/editors-note" class="RubricLink-ksZZqB"><span
class="RubricName-fVtemz">Editor’s Note</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd BaseText-ewhhUZ ContentHeaderHed-NCyCC">${mTitle}</h1>
<div class="ContentHeaderDek-bIqFFZ">We have removed a story after finding that it did not meet our standards.</div>
<div data-testid="BylinesWrapper" class="BylinesWrapper-KIudk"><p class="BylineWrapper-jWHrLH byline bylines__byline"><span
class="BylinePreamble-iJolpQ">By </span><span class="BylineName-kwmrLn"><a href="/contributors/ottoline-brask" class="BylineLink-gEnFiw">Ottoline
Brask</a></span></p></div>
<time data-testid="ContentHeaderPublishDate" class="BaseText-ewhhUZ ContentHeaderTitleBlockPublishDate-hYmLEc">March 2, 2026</time>
<div class="SocialIconsWrapper-bmDZqV" data-testid="SocialIconsWrapper"><ul class="SocialIconsList-hXbdUd"><li><a aria-label="Share on Facebook" href="#"
class="SocialIconNetworkButton-gtJCgK">Facebook</a></li><li><a aria-label="Share on X" href="#" class="SocialIconNetworkButton-gtJCgK">X</a></li>
<li><a aria-label="Email" href="#" class="SocialIconNetworkButton-gtJCgK">Email</a></li><li><button class="SaveButton-gNQtZp">Save Story</button></li>
</ul></div></header>
<div class="${sc('ArticlePageChunksWrapper', 'sc-bQJkqE')}" data-attribute-verso-pattern="article-body"><div class="GridWrapper-cAzTTK grid--item
body body__container article__body"><div class="body__inner-container">
${ps(mBody.slice(0, 3))}
<div class="ConsumerMarketingUnitThemedWrapper-jYrpTE" data-testid="ConsumerMarketingUnitThemedWrapper"><p class="ConsumerMarketingUnitHed">Enjoy
unlimited access to The Calloway Review. Subscribe for $1 a week.</p><a href="/subscribe" class="ButtonWrapper-xCepQ">Subscribe now</a></div>
${ps(mBody.slice(3))}
<p class="paywall signoff"><em>${mSign}</em></p>
</div></div></div></article>
<aside class="SummaryCollectionGridWrapper-kRzAZo" data-testid="SummaryCollectionGrid"><h2 class="SectionTitleHed-bbBbWH">More from The Calloway Review</h2>
<ul class="SummaryList-dLCJWn">${mMore
  .map(
    (t) => `<li class="SummaryItemWrapper-iwvBff">
<h3 class="SummaryItemHedBase-hiFYpQ"><a href="#">${t}</a></h3></li>`,
  )
  .join('\n')}
</ul></aside></main>
<div class="PaywallBarWrapper-gVMfPj" data-testid="PaywallBar"><p>You have <strong>2</strong> free articles left this month.</p><a href="/subscribe">Get
unlimited access</a></div>
<footer class="FooterWrapper-gOfvWt" data-testid="Footer"><ul class="FooterLinks-kZWRto">${links(mFoot, 'FooterLink')}</ul><p class="FooterCopyright-jgMaVv">©
2026 Calloway Media Group. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy.</p></footer></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our
partners use cookies to personalise content and ads and to analyse our traffic.</p><button id="onetrust-accept-btn-handler">Accept</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{"dangerousHed":"${mTitle}","rubric":{"name":"Editor’s Note"}},
"body":{"wordCount":521},"isRemovedStory":false}},"coreDataLayer":{"content":{"contentType":"article","section":"editors-note"}}};</script>
<script src="https://assets.callowayreview.example/verso/static/js/main-6f1d2a.js" defer></script></body></html>`;
const calloway: TestPage = {
  name: 'heldout450-conde-verso-react-editors-note-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mBody),
  bylines: ['Ottoline Brask', 'March 2, 2026', mSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Calloway Review', ...mNav, 'Newsletter', 'Subscribe', 'Sign In', 'Editor’s Note',
    'We have removed a story after finding that it did not meet our standards.', 'Facebook', 'Email', 'Save Story',
    'Enjoy unlimited access to The Calloway Review. Subscribe for $1 a week.', 'Subscribe now', 'More from The Calloway Review', ...mMore,
    'You have 2 free articles left this month.', 'Get unlimited access', ...mFoot,
    '© 2026 Calloway Media Group. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept', 'Cookie settings',
  ],
};

const wTitle = 'Errata: Field Methods in Small-Catchment Hydrology (3rd edition)';
const wHeadings = ['First printing (2024)', 'Second printing (2025)', 'Reporting an error'];
const wIntro = [
  j(
    'This page lists the known errors in the third edition of <i>Field Methods in Small-Catchment Hydrology</i> by Agnes Ruthven and',
    'Kofi Adjei-Marsh (Harwick Press, 2024, ISBN 978-1-91-822310-4). Errors are grouped by the printing in which they first',
    'appeared. To find which printing you have, look at the line of numbers at the foot of the copyright page: the lowest number',
    'shown is the printing.',
  ),
  j(
    'Errors marked as fixed have been corrected in later printings and in the e-book. The authors thank the many readers, students',
    'and instructors who have written in.',
  ),
];
const wFirst: [string, string, string, string][] = [
  [
    'p. 37',
    'Equation 2.6',
    'The exponent of the stage term is given as 1.5.',
    'The exponent should be 1.67 for a rectangular weir. Fixed in the 2nd printing.',
  ],
  ['p. 62', 'Table 3.2, last row', 'Infiltration rate for clay loam given as 25 mm/h.', 'The rate is 2.5 mm/h. Fixed in the 2nd printing.'],
  [
    'p. 118',
    'Worked example 5.3',
    'The catchment area is used in hectares in step 2 and in km² in step 4.',
    'Use km² throughout; the final peak flow is 4.1 m³/s, not 41 m³/s.',
  ],
  ['p. 203', 'Figure 8.4 caption', 'The caption refers to the “upper” logger.', 'It should refer to the “lower” logger, as in the text.'],
];
const wSecond: [string, string, string, string][] = [
  ['p. 91', 'Paragraph 2', 'The recommended calibration interval for pressure transducers is given as 12 months.', 'It should be 6 months.'],
  ['p. 244', 'Exercise 9.7', 'The answer in Appendix C uses a runoff coefficient of 0.3.', 'The exercise gives 0.35; the answer should be 1.26 m³/s.'],
];
const wReport = [
  j(
    'If you find an error that is not listed here, please email errata@harwickpress.example with the page number, the printing',
    'and a short description. Do not edit this page directly: our editors check each report against the authors’ files before it',
    'is added.',
  ),
  'Please include:',
  'the page and line, table or figure number;',
  'the text as printed and the correction you suggest;',
  'whether you are using the print book or the e-book.',
];
const wCells = (rows: readonly [string, string, string, string][]): string[] => rows.flatMap((r) => [...r]);
const wTable = (rows: readonly [string, string, string, string][]): string => `<table class="wikitable sortable">
<tbody><tr><th>Page</th><th>Location</th><th>As printed</th><th>Correction</th></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
const wHead = (id: string, text: string): string => `<h2><span class="mw-headline" id="${id}">${text}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Errata&amp;action=edit&amp;section=1" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const wToc = wHeadings.map((h, i) => `${i + 1} ${h}`);
const wSide = ['Main page', 'Catalogue', 'Errata index', 'Recent changes', 'Help'];
const wTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'];
const wFoot = ['Privacy policy', 'About Harwick Press Wiki', 'Disclaimers'];
const wHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${wTitle} - Harwick Press Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Errata:Field_Methods_in_Small-Catchment_Hydrology_(3rd_edition)",
"wgNamespaceNumber":3000,"wgCategories":["Errata","Hydrology"],"wgPageContentModel":"wikitext","wgRevisionId":18812};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.1"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-3000 page-Errata_Field_Methods rootpage-Errata skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice"><div class="sitenotice">The fourth edition is
now available. <a href="/Catalogue/Hydrology">See what has changed</a>.</div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-namespace">Errata</span><span
class="mw-page-title-separator">:</span><span class="mw-page-title-main"> Field Methods in Small-Catchment Hydrology (3rd edition)</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Harwick Press Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${ps(wIntro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div>
<ul>${wToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#s${i + 1}"><span class="tocnumber">${t.split(' ')[0]}</span>
<span class="toctext">${t.slice(t.indexOf(' ') + 1)}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${wHead('First_printing_(2024)', wHeadings[0] ?? '')}
${wTable(wFirst)}
${wHead('Second_printing_(2025)', wHeadings[1] ?? '')}
${wTable(wSecond)}
${wHead('Reporting_an_error', wHeadings[2] ?? '')}
${ps(wReport.slice(0, 2))}
<ul>${wReport
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260302101412 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.harwickpress.example/index.php?title=Errata:Field_Methods&amp;oldid=18812"
>https://wiki.harwickpress.example/index.php?title=Errata:Field_Methods&amp;oldid=18812</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/Category:Errata">Errata</a>
</li><li><a href="/Category:Hydrology">Hydrology</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-login"><a href="/Special:UserLogin">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li
class="selected"><a href="#">Page</a></li><li id="ca-talk"><a href="#">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li class="selected"><a
href="#">Read</a></li><li><a href="#">View source</a></li><li><a href="#">View history</a></li></ul></nav>
<div id="p-search" role="search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search
Harwick Press Wiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul>
</div></nav><nav id="p-tb" class="vector-menu mw-portlet"><h3 id="p-tb-label" class="vector-menu-heading"><span>Tools</span></h3><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(wTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at
10:14.</li><li id="footer-info-copyright">Content is available under CC BY-NC-SA 4.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.example/">Powered
by MediaWiki</a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":84});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout450-mediawiki-vector-publisher-errata-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeadings,
  body: [...texts(wIntro), ...wCells(wFirst), ...wCells(wSecond), ...texts(wReport)],
  bylines: ['This page was last edited on 2 March 2026, at 10:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The fourth edition is now available. See what has changed.', 'From Harwick Press Wiki', 'Jump to navigation', 'Jump to search', 'Contents',
    ...wToc, 'Retrieved from', 'Categories', 'Errata', 'Navigation menu', 'Log in', 'Page', 'Discussion', 'Read',
    'View source', 'View history', ...wSide, 'Tools', ...wTools, 'Content is available under CC BY-NC-SA 4.0 unless otherwise noted.',
    ...wFoot, 'Powered by MediaWiki',
  ],
};

export const HELDOUT450_E: readonly TestPage[] = [calloway, mediawiki];
