import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file e2: a wildlife rehabilitators' wiki article on MediaWiki 1.41 (Vector 2022 skin) with an infobox,
 * its table of contents in the sidebar, edit links, references and categories.
 */
const mTitle = 'Hedgehog rehydration';
const mBody = [
  j(
    '<b>Hedgehog rehydration</b> is the first stage of care for almost every sick or injured hedgehog admitted to a rescue. Most',
    'hedgehogs found out in the day, or found weak in autumn, are dehydrated, and giving food before fluids can do more harm than',
    'good.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'Assessing dehydration',
  j(
    'A dehydrated hedgehog is often cold, has sunken eyes and skin that stays tented when it is gently pinched over the shoulders.',
    'Rehabilitators usually grade dehydration as mild (about 5%), moderate (about 8%) or severe (10% or more) from these signs and',
    'from the animal’s weight compared with its size.',
  ),
  'Warming',
  j(
    'A hypothermic hedgehog cannot absorb fluids from the gut or from under the skin. It should be warmed first, on a heat pad set',
    'low under half of its box, so that it can move away from the heat, and fluids are given only once it feels warm to the touch.',
  ),
  'Fluids',
  j(
    'Fluids are usually given by subcutaneous injection into the loose skin over the back, under veterinary direction. A common',
    'starting figure is a daily maintenance volume of about 100 ml per kilogram of body weight, plus the estimated deficit, split',
    'into two or three doses.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'Fluids should be warmed to body temperature before use.',
  'Injection sites should be rotated to avoid pooling.',
  'Oral fluids by syringe carry a risk of aspiration and are not recommended for weak animals.',
  'First food',
  j(
    'Once the hedgehog is warm, passing urine and taking an interest in its surroundings, it can be offered a small amount of meaty',
    'cat or dog food. Milk and bread must never be given: hedgehogs are lactose intolerant and milk causes diarrhoea, which worsens',
    'dehydration.',
  ),
  'References',
  'Pellow, R. (2019). Care of Wild Hedgehogs in Rehabilitation. Teesmoor Press. p. 31.',
  'Marlowe, J.; Ferris, A. (2021). "Fluid therapy in the European hedgehog". Wildlife Rehabilitation Quarterly. 14 (2): 22–29.',
];
const mHead = [1, 3, 5, 10, 12];
const mBox = [
  ['Stage', 'Admission'],
  ['Usual duration', '12–48 hours'],
  ['Needs vet', 'Yes, for injections'],
  ['Related', 'Hypothermia, Lungworm'],
];
const mToc = ['(Top)', ...mHead.map((i) => at(mBody, i))];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About RehabWiki', 'Disclaimers', 'Mobile view'];
const mH = (i: number, level = 2): string => {
  const t = at(mBody, i);
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Hedgehog_rehydration&amp;action=edit&amp;section=${i}" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
};
const mRefs = mBody.slice(13).map(
  (t, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${t}</span></li>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - RehabWiki</title>
<script>(function(){var
className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":"Hedgehog_rehydration",
"wgTitle":"Hedgehog rehydration","wgCurRevisionId":18842,"wgCategories":["Hedgehogs","First aid","Fluid therapy"],"wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://rehab.wiki/wiki/Hedgehog_rehydration"><link rel="license"
href="https://creativecommons.org/licenses/by-sa/4.0/"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Hedgehog_rehydration
rootpage-Hedgehog_rehydration
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown
vector-button-flush-left vector-button-flush-right"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label
cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">RehabWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button
cdx-button--icon-only search-toggle" title="Search RehabWiki [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search"
placeholder="Search RehabWiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:UserLogin&amp;returnto=Hedgehog+rehydration" title="You are encouraged to log in"><span>Log in</span></a></li></ul></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice">
<div id="localNotice" data-nosnippet=""><p>Always follow the advice of your vet. This wiki does not replace veterinary care.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">${mTabs
  .slice(0, 2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav></div>
<div id="right-navigation"><nav aria-label="Views"><ul class="vector-menu-content-list">${mTabs
  .slice(2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"></div>
<div id="siteSub" class="noprint">From RehabWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mBox.map((r) => `<tr><th scope="row" class="infobox-label">${at(r, 0)}</th><td class="infobox-data">${at(r, 1)}</td></tr>`).join('\n')}</tbody></table>
${ps([at(mBody, 0)])}
<meta property="mw:PageProp/toc">
${mH(1)}${ps([at(mBody, 2)])}
${mH(3)}${ps([at(mBody, 4)])}
${mH(5)}${ps([at(mBody, 6)])}<ul>${lis(mBody.slice(7, 10))}</ul>
${mH(10)}${ps([at(mBody, 11)])}
${mH(12)}<div class="mw-references-wrap"><ol class="references">${mRefs.join('\n')}</ol></div>
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://rehab.wiki/index.php?title=Hedgehog_rehydration&amp;oldid=18842">https://rehab.wiki/index.php?title=Hedgehog_rehydration&amp;oldid=18842</a>"
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Hedgehogs">Hedgehogs</a></li><li><a
href="/wiki/Category:First_aid">First aid</a></li>
<li><a href="/wiki/Category:Fluid_therapy">Fluid therapy</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 2 February 2026,
at 11:37.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${mFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":143});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout654-mediawiki-hedgehog-rehydration',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHead.map((i) => at(mBody, i)),
  body: texts(mBody.filter((_, i) => !mHead.includes(i))),
  bylines: ['This page was last edited on 2 February 2026, at 11:37.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'RehabWiki', 'Search', 'Log in', 'Always follow the advice of your vet. This wiki does not replace veterinary care.',
    'Contents', 'hide', '(Top)', ...mTabs, 'Tools', 'From RehabWiki', ...mBox.flat(), 'edit',
    'Retrieved from "https://rehab.wiki/index.php?title=Hedgehog_rehydration&oldid=18842"', 'Categories', 'Hedgehogs', 'First aid',
    'Fluid therapy', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT654_E2: readonly TestPage[] = [mediawiki];
