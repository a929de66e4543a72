import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file d: a MediaWiki (Vector 2022 skin) article on an invented regional flash tradition, with an infobox,
 * table of contents, references and categories, and an age and ID policy on a Webflow site with a Finsweet cookie banner.
 */
const mTitle = 'Corrow Bay flash';
const mLead = [
  j(
    '<b>Corrow Bay flash</b> is a style of traditional tattoo flash that grew up among the net-makers and ferrymen of Corrow Bay',
    'between about 1910 and 1960. It is known for its narrow palette of black, brick red and a pale ochre, and for a set of',
    'recurring motifs that include the knotted cod, the lantern and the three-masted ketch.' +
      '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
];
const mH = ['History', 'Motifs', 'Revival'];
const mHist = [
  j(
    'The earliest sheets are attributed to a ship\u2019s carpenter known only as Old Amos, who tattooed from a hut on the north quay.',
    'His designs were copied by hand onto card and passed between at least four shops along the coast.' +
      '<sup class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j('After the herring fleet declined in the 1950s the style faded, and by 1970 no shop on the bay was still working from the', 'old sheets.'),
];
const mMotifs = [
  '<b>Knotted cod</b> – a fish tied in a reef knot, worn for a safe return',
  '<b>Lantern</b> – usually on the inside forearm, for a lost crewman',
  '<b>Ketch</b> – the largest design, often across the chest',
];
const mRevival = [
  j(
    'A box of original sheets was found in a loft on the north quay in 2004 and is now held by the Corrow Maritime Museum. Several',
    'studios on the bay now tattoo faithful copies and new designs in the same palette.',
  ),
];
const mRefs = ['Hallam, J. (1988). <i>Marks of the Bay</i>. Corrow: Quayside Press. p. 14.', 'Corrow Maritime Museum, accession notes, 2005.'];
const mCats = ['Tattoo styles', 'Flash (tattoo)', 'Culture of Corrow Bay'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Inkwiki</title><script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";
RLCONF={"wgPageName":"Corrow_Bay_flash","wgTitle":"Corrow Bay flash","wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0"><link rel="canonical" href="https://inkwiki.org/wiki/Corrow_Bay_flash"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Corrow_Bay_flash rootpage-Corrow_Bay_flash skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page"><span>Main page</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random"><span>Random page</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges"><span>Recent changes</span></a></li></ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Inkwiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search Inkwiki" aria-label="Search Inkwiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start">
<nav id="mw-panel-toc" aria-label="Contents" class="vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text">
<span class="vector-toc-numb">4</span>References</div></a></li>
</ul></div></nav></div><div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Corrow_Bay_flash"><span>Article</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Corrow_Bay_flash"><span>Talk</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Corrow_Bay_flash"><span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Corrow_Bay_flash&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Corrow_Bay_flash&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Inkwiki, the tattoo encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Corrow Bay flash</th></tr><tr><th scope="row" class="infobox-label">Region</th>
<td class="infobox-data">Corrow Bay</td></tr><tr><th scope="row" class="infobox-label">Period</th><td class="infobox-data">c. 1910–1960</td></tr>
<tr><th scope="row" class="infobox-label">Palette</th><td class="infobox-data">Black, brick red, ochre</td></tr></tbody></table>
${ps(mLead)}
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps(mHist)}
<div class="mw-heading mw-heading2"><h2 id="Motifs">Motifs</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<ul>${lis(mMotifs)}</ul>
<div class="mw-heading mw-heading2"><h2 id="Revival">Revival</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps(mRevival)}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=4">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<div class="reflist"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b>
<a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div>
</div></main></div></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 19 January 2025, at 08:31.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Inkwiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/Inkwiki:About">About Inkwiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Inkwiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wikiFlash: TestPage = {
  name: 'heldout568-mediawiki-corrow-flash',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mH, 'References'],
  body: texts([...mLead, ...mHist, ...mMotifs, ...mRevival, ...mRefs]).map((t) => t.replace(/\[\d\]/g, '')),
  bylines: ['This page was last edited on 19 January 2025, at 08:31.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Random page', 'Recent changes', 'Inkwiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    'Article', 'Talk', 'Read', 'Edit', 'View history', 'From Inkwiki, the tattoo encyclopedia', 'Region', 'Period', 'c. 1910–1960', 'Palette',
    'Black, brick red, ochre', '^', 'edit', 'Categories', ...mCats,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
    'Privacy policy', 'About Inkwiki', 'Disclaimers',
  ],
};

const fTitle = 'Age & ID policy';
const fBody = [
  j(
    'The law says nobody under 18 can be tattooed, with or without a parent\u2019s consent. We apply the same age limit to all',
    'piercings except earlobes, which we pierce from 16 with a parent or guardian present.',
  ),
  'Accepted ID',
  'Passport (any country)',
  'Photocard driving licence',
  'PASS-accredited proof of age card',
  j(
    'We cannot accept photocopies, photos of ID on your phone, student cards or bank cards. If you look under 25, expect to be',
    'asked, even if you have been in before.',
  ),
];
const fNav = ['Studio', 'Artists', 'Piercing', 'Policies', 'Book now'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Feb 11 2025 14:02:37 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.quillandthorn.studio" data-wf-page="65b2c1e0f3a9" data-wf-site="65b2c1e0f3a1" lang="en"><head><meta charset="utf-8">
<title>Age &amp; ID | Quill &amp; Thorn</title><meta content="Who we can tattoo and pierce, and what ID to bring." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2c1e0f3a1/css/quill-and-thorn.webflow.8d2f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><div class="brand-text">Quill &amp; Thorn</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container"><div class="eyebrow">Studio policies</div>
<h1 class="heading-xl">${fTitle.replace('&', '&amp;')}</h1></div></section>
<section class="section-content"><div class="container w-container"><div class="rich-text-block w-richtext">
<p>${at(fBody, 0)}</p><h3>${at(fBody, 1)}</h3><ul role="list">${lis(fBody.slice(2, 5))}</ul><p>${at(fBody, 5)}</p></div>
<div class="policy-links"><a href="/policies/deposits" class="text-link">Deposits &amp; cancellations →</a>
<a href="/policies/touch-ups" class="text-link">Touch-ups →</a></div></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Visit</div>
<p class="footer-text">31 Tanner Street, Holmbury</p></div>
<div class="footer-col"><div class="footer-heading">Hours</div><p class="footer-text">Tue–Sat, 11:00–19:00</p></div></div>
<div class="footer-legal">© 2025 Quill &amp; Thorn Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2c1e0f3a1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65b2c1e0f3a1/js/webflow.a1b2.js" type="text/javascript"></script></body></html>`;
const webflowAge: TestPage = {
  name: 'heldout568-webflow-age-id-policy',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1)],
  body: fBody.filter((_, i) => i !== 1),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device.', 'Preferences', 'Deny', 'Accept', 'Quill & Thorn', 'Studio',
    'Artists', 'Piercing',
    'Policies', 'Book now', 'Studio policies', 'Deposits & cancellations →', 'Touch-ups →', 'Visit', '31 Tanner Street, Holmbury', 'Hours',
    'Tue–Sat, 11:00–19:00', '© 2025 Quill & Thorn Ltd.',
  ],
};

export const HELDOUT568_D: readonly TestPage[] = [wikiFlash, webflowAge];
