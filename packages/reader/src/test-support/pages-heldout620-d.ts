import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout620-kit.js';

/** Held-out batch 620, file d: a local news article on a Next.js news site, and a falconry wiki's article on a centre (MediaWiki, Vector 2022). */
const nTitle = 'Owl barn reopens at Hexley falconry centre two years after flood';
const nDek = 'Volunteers rebuilt the aviaries by hand after the River Wenn burst its banks in 2023.';
const nBody = [
  j(
    'A falconry centre near Hexley has reopened its owl barn almost two years after floodwater swept through the site and',
    'forced staff to carry forty birds to safety in the middle of the night.',
  ),
  j(
    'The Wenn Valley Falconry Centre welcomed its first visitors back to the rebuilt barn on Saturday. The new building sits',
    'on a raised platform a metre above the old floor level, with drainage channels that carry water away from the aviaries.',
  ),
  j(
    '“When we saw the water coming across the field we had about twenty minutes,” said head falconer Rhiannon Oakes. “We',
    'put owls in every travel box we had, then in the back of the Land Rover, then in the office. Not one bird was lost.”',
  ),
  j(
    'The birds spent eighteen months at a partner centre near Ludmoor while the site dried out. The rebuild cost about',
    '£160,000, more than half of which came from a crowdfunding appeal and a grant from the county’s rural recovery fund.',
  ),
  j(
    'More than 120 volunteers gave their weekends to the project, laying the new paths, building perches and fitting out',
    'the aviaries. Ms Oakes said several had since signed up for the centre’s falconry course.',
  ),
  j(
    'Visitors can now see twelve species of owl in the barn, including a pair of snowy owls that arrived from a breeding',
    'programme in the spring. Flying displays resume on Easter weekend.',
  ),
  'The centre is open Thursday to Monday from 10am until 4pm.',
];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Obituaries'];
const nMost = ['Bypass roadworks to close A48 for three weekends', 'Hexley bakery named best in the county', 'Town council approves new skate park'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Wenn Valley Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/7d1f0c9b2a.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7d1f0c9b2a.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2025-03-17T06:00:00Z",
"dateModified":"2025-03-17T11:42:00Z","author":[{"@type":"Person","name":"Tom Ellery"}],
"publisher":{"@type":"Organization","name":"Wenn Valley Courier"}}</script>
<script src="/_next/static/chunks/webpack-5f1a3c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9a8b.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__3kf9a">Skip to main content</a>
<div class="ConsentBanner_banner__Qw2x1" role="dialog" aria-live="polite"><p class="ConsentBanner_text__8PpQ2">We and our partners use cookies to
personalise content and ads.</p><div class="ConsentBanner_actions__Lx0aZ"><button class="Button_primary__tY2c4">Agree</button>
<button class="Button_secondary__b0T6n">Manage options</button></div></div>
<header class="Masthead_masthead__mK2pR"><div class="Masthead_top__z9AaL"><a href="/" class="Masthead_logo__1hGf7" aria-label="Wenn Valley Courier home">
<svg viewBox="0 0 300 40" role="img"><title>Wenn Valley Courier</title></svg></a><div class="Masthead_actions__Y7rtQ">
<a href="/subscribe" class="Masthead_subscribe__p0bB2">Subscribe</a><a href="/login" class="Masthead_login__cC3e8">Sign in</a>
<button class="Masthead_search__d8Wk1" aria-label="Search"></button></div></div>
<nav class="Nav_nav__hX4oP" aria-label="Sections"><ul class="Nav_list__Zc1eA">${links(nNav, 'Nav_item__a1B2c')}</ul></nav></header>
<main id="main" class="Layout_main__2Yx7c"><div class="Layout_grid__fJ1nR"><article class="Article_article__Ab3dE">
<div class="Article_kicker__k9Lm1"><a href="/news">News</a></div>
<h1 class="Headline_headline__x1Qz0">${nTitle}</h1><p class="Standfirst_standfirst__yP4w2">${nDek}</p>
<div class="Byline_byline__V7nT3"><span class="Byline_author__c2Dd8">By <a href="/authors/tom-ellery">Tom Ellery</a></span>
<span class="Byline_role__Hh3s9">Local Democracy Reporter</span><time class="Byline_date__Rr5u1" dateTime="2025-03-17T06:00:00Z">Published 17 March 2025</time>
<time class="Byline_updated__M1xz4" dateTime="2025-03-17T11:42:00Z">Updated 17 March 2025, 11:42</time></div>
<div class="ShareBar_share__q1W2e"><span class="ShareBar_label__e3R4t">Share</span><a href="https://www.facebook.com/sharer/sharer.php"
aria-label="Share on Facebook"></a>
<a href="https://twitter.com/intent/tweet" aria-label="Share on X"></a><button class="ShareBar_copy__t5Y6u">Copy link</button></div>
<figure class="Figure_figure__u7I8o"><img alt="Snowy owl in the new barn" src="/_next/image?url=%2Fimages%2Fowl-barn.jpg&amp;w=1200&amp;q=75" width="1200"
height="675"
loading="eager"/><figcaption class="Figure_caption__o9P0a">A snowy owl in the rebuilt barn at Wenn Valley Falconry Centre.
<span class="Figure_credit__a1S2d">Picture: Wenn Valley Falconry Centre</span></figcaption></figure>
<div class="ArticleBody_body__d3F4g">
${ps(nBody.slice(0, 3), ' class="ArticleBody_paragraph__g5H6j"')}
<div class="AdSlot_slot__h7J8k" data-slot="mid-article"><span class="AdSlot_label__k9L0z">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
${ps(nBody.slice(3, 5), ' class="ArticleBody_paragraph__g5H6j"')}
<aside class="InlineRelated_related__x1C2v"><span class="InlineRelated_label__v3B4n">Read more:</span>
<a href="/news/floods-wenn-valley-2023">River Wenn floods: the night the valley went under</a></aside>
${ps(nBody.slice(5), ' class="ArticleBody_paragraph__g5H6j"')}
</div>
<div class="Tags_tags__b5N6m"><a href="/topics/hexley">Hexley</a><a href="/topics/wildlife">Wildlife</a><a href="/topics/flooding">Flooding</a></div>
<button class="Comments_toggle__n7M8q">Comments (6)</button></article>
<aside class="Rail_rail__m9Q0w"><div class="AdSlot_slot__h7J8k"><span class="AdSlot_label__k9L0z">Advertisement</span></div>
<section class="MostRead_mostRead__Q1w2E"><h2 class="MostRead_title__E3r4T">Most read</h2><ol>${links(nMost)}</ol></section>
<section class="Newsletter_box__T5y6U"><h2>Get the Courier in your inbox</h2><p>Our free morning briefing, every weekday at 7am.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign up</button></form></section></aside></div></main>
<footer class="Footer_footer__U7i8O"><ul class="Footer_links__I9o0P">${links(nFoot)}</ul><p class="Footer_copy__O1p2A">© 2025 Wenn Valley Courier Ltd.
All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213","headline":"${nTitle}","section":"news"}}},
"page":"/[section]/[slug]","query":{"section":"news","slug":"owl-barn-reopens"},"buildId":"k2Jd9sLq","isFallback":false,"gssp":true}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout620-nextjs-owl-barn-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: [nDek, ...nBody],
  bylines: ['By Tom Ellery', 'Local Democracy Reporter', 'Published 17 March 2025', 'Updated 17 March 2025, 11:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise content and ads.', 'Agree', 'Manage options', 'Subscribe', 'Sign in',
    ...nNav, 'Share', 'Copy link', 'A snowy owl in the rebuilt barn at Wenn Valley Falconry Centre.', 'Picture: Wenn Valley Falconry Centre',
    'Advertisement', 'Read more:', 'River Wenn floods: the night the valley went under', 'Wildlife', 'Flooding', 'Comments (6)', 'Most read',
    ...nMost, 'Get the Courier in your inbox', 'Our free morning briefing, every weekday at 7am.', 'Email address', 'Sign up', ...nFoot,
    '© 2025 Wenn Valley Courier Ltd. All rights reserved.',
  ],
};

const mTitle = 'Greyscar Falconry Centre';
const mBox: readonly (readonly [string, string])[] = [
  ['Founded', '1994'],
  ['Location', 'Greyscar, Cumbria'],
  ['Founder', 'Alan Pennick'],
  ['Species kept', 'about 30'],
  ['Open', 'March to November'],
];
const mLead = j(
  'Greyscar Falconry Centre is a bird of prey centre on the edge of the Greyscar fells in Cumbria. It keeps around thirty',
  'species of hawks, falcons, owls and vultures, runs daily flying displays in the summer and offers beginners’ falconry',
  'courses. It is one of the older centres in the north of England still run by its founding family.',
);
const mHeads = ['History', 'Birds', 'Flying displays', 'Courses and experiences', 'See also'];
const mHist = [
  j(
    'The centre was opened in 1994 by Alan Pennick, a former gamekeeper who had flown goshawks on the estate for twenty years.',
    'It began with six birds in converted cattle sheds. The first public flying display was held in the summer of 1995.',
  ),
  j(
    'In 2008 the centre moved to its present site on the old quarry road, where a purpose-built mews and a grassed display',
    'arena were built. Pennick’s daughter, Lorna Pennick, took over the running of the centre in 2016.',
  ),
];
const mBirds = j(
  'The collection includes Harris’s hawks, a pair of peregrine falcons, saker falcons, lanner falcons, common and American',
  'kestrels, barn owls, tawny owls, Eurasian eagle owls, a Steller’s sea eagle and two hooded vultures. Most of the birds were bred',
  'at the centre.',
);
const mDisp = j(
  'Displays are flown twice daily from Easter to October in the quarry arena. The centre is known for its displays of',
  'falcons flown to the lure, and for a long-running "vulture walk" in which the vultures follow visitors across the field.',
);
const mCourses = ['One-day introduction to falconry', 'Hawk walks on the fell', 'Owl handling sessions for children'];
const mSee = ['List of falconry centres in England', 'Hawk walk'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About FalconWiki', 'Disclaimers', 'Mobile view'];
const mHead = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Greyscar_Falconry_Centre&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - FalconWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Greyscar_Falconry_Centre","wgTitle":"${mTitle}","wgCurRevisionId":20931,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><link rel="canonical" href="https://falconwiki.org/wiki/Greyscar_Falconry_Centre"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Greyscar_Falconry_Centre
rootpage-Greyscar_Falconry_Centre
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
</div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">FalconWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box"><a
href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search FalconWiki [f]" accesskey="f"><span
class="vector-icon mw-ui-icon-search">
</span><span>Search</span></a><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input type="search"
name="search"
placeholder="Search FalconWiki" aria-label="Search FalconWiki" id="searchInput"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h) => `<li id="toc-${h.length}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${mHeads.indexOf(h) + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs"><ul class="vector-menu-content-list">${mTabs
  .slice(0, 2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join(
    '',
  )}</ul></div></nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs">
<ul class="vector-menu-content-list">${mTabs
  .slice(2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From FalconWiki, the falconry encyclopedia</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Greyscar_mews.jpg"
class="mw-file-description">
<img src="/images/thumb/a/a4/Greyscar_mews.jpg/250px-Greyscar_mews.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a></span>
<div class="infobox-caption">The mews in 2019</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p><b>${mTitle}</b>${mLead.slice(mTitle.length)}</p>
${mHead(at(mHeads, 0))}${ps(mHist)}
${mHead(at(mHeads, 1))}${ps([mBirds])}
${mHead(at(mHeads, 2))}${ps([mDisp])}
${mHead(at(mHeads, 3))}<ul>${mCourses.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mHead(at(mHeads, 4))}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Parsed by mw-web Cached time: 20250204182210 --></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://falconwiki.org/index.php?title=Greyscar_Falconry_Centre&amp;oldid=20931">
https://falconwiki.org/index.php?title=Greyscar_Falconry_Centre&amp;oldid=20931</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Falconry_centres">Falconry centres</a></li><li><a
href="/wiki/Category:Cumbria">Cumbria</a></li>
</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4
February 2025,
at 18:22.</li><li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">
Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout620-mediawiki-centre',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mHeads],
  body: [...mBox.map(([k, v]) => `${k} ${v}`), mLead, ...mHist, mBirds, mDisp, ...mCourses, ...mSee],
  bylines: ['This page was last edited on 4 February 2025, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'FalconWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs, 'Tools',
    'From FalconWiki, the falconry encyclopedia', 'The mews in 2019', 'Categories',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT620_D: readonly TestPage[] = [nextNews, mediawiki];
