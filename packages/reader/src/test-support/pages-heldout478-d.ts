import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file d: a parish church article on a local history wiki (MediaWiki, Vector 2022 skin) with an infobox,
 * edit links, footnotes and categories (the batch's Discourse thread is in file d2).
 */
const mTitle = 'St Aldhelm’s Church, Cotterbury';
const mBlocks: Block[] = [
  j(
    '<b>St Aldhelm’s Church</b> is the parish church of Cotterbury, a village on the River Wend in the south of Marlshire. The',
    'present building dates largely from the fourteenth century, with a west tower added about 1460 and a north aisle rebuilt',
    'in 1867.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  { h: 'History' },
  j(
    'A church at Cotterbury is recorded in a charter of 1093, when the manor was granted to the priory of Ebbsfield. Nothing of',
    'that building survives above ground, though a carved stone with interlace ornament, found in the churchyard wall in 1952, is',
    'now kept in the vestry.',
  ),
  j(
    'The nave and chancel were rebuilt around 1340. The tower was paid for by the Fennimore family, whose arms appear above the',
    'west door.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup> During the Civil War the church was used',
    'to stable horses, and the parish accounts for 1646 record payments "for mending the glass broke by the soldiers".',
  ),
  { h: 'Victorian restoration' },
  j(
    'In 1867 the architect Josiah Penhale rebuilt the north aisle, replaced the box pews with open benches and installed the',
    'present east window. The restoration was paid for largely by the rector, the Revd Walter Dimmock, who also founded the',
    'village school.',
  ),
  { h: 'Bells' },
  j(
    'The tower holds a ring of six bells. The oldest, the tenor, was cast in 1611 by Roger Purdue of Closworth. The two trebles',
    'were added in 1953 to mark the coronation.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
  ),
  { h: 'References' },
  {
    ol: [
      `<span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text">Hallam, E. (1978). <i>The Churches of South
Marlshire</i>. p. 41.</span>`,
      `<span class="mw-cite-backlink"><a href="#cite_ref-2">↑</a></span> <span class="reference-text">Marlshire Record Office, D/COT/4/2.</span>`,
      `<span class="mw-cite-backlink"><a href="#cite_ref-3">↑</a></span> <span class="reference-text">Cotterbury Parish Magazine, July 1953.</span>`,
    ],
  },
];
const mHead = (t: string): string => {
  const id = t.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=St_Aldhelm%E2%80%99s_Church,_Cotterbury&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
};
const mInfo = [
  ['Location', 'Cotterbury, Marlshire'],
  ['Denomination', 'Church of England'],
  ['Dedication', 'St Aldhelm'],
  ['Listed', 'Grade I (1961)'],
];
const mToc = headingsOf(mBlocks);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>St Aldhelm’s Church, Cotterbury - Marlshire Local History Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"St_Aldhelm’s_Church,_Cotterbury",
"wgTitle":"St Aldhelm’s Church, Cotterbury","wgCurRevisionId":18244};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=St_Aldhelm%E2%80%99s_Church,_Cotterbury&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-St_Aldhelm’s_Church_Cotterbury rootpage-St_Aldhelm’s_Church_Cotterbury
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Marlshire Local History
Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Marlshire Local History Wiki [f]"
accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin" accesskey="o"><span>Log
in</span></a></li></ul></div></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark">
<div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mToc
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/St_Aldhelm%E2%80%99s_Church,_Cotterbury"><span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:St_Aldhelm&amp;action=edit&amp;redlink=1"
rel="discussion"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/St_Aldhelm%E2%80%99s_Church,_Cotterbury"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=St_Aldhelm%E2%80%99s_Church,_Cotterbury&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=St_Aldhelm%E2%80%99s_Church,_Cotterbury&amp;action=history"><span>View
history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><label
class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div id="siteSub" class="noprint">From
Marlshire Local History Wiki</div></div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">St Aldhelm’s Church</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Cotterbury_church.jpg" class="mw-file-description"><img
src="/images/thumb/4/4e/Cotterbury_church.jpg/250px-Cotterbury_church.jpg" width="250" height="188" class="mw-file-element"></a></span>
<div class="infobox-caption">The church from the south-east</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${render(mBlocks, {
  h: mHead,
  ol: (items) =>
    `<div class="mw-references-wrap"><ol class="references">${items
      .map(
        (t, i) => `<li
id="cite_note-${i + 1}">${t}</li>`,
      )
      .join('\n')}</ol></div>`,
})}
<!--
NewPP limit report
Parsed by mw1
Cached time: 20270204182214
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.marlshirehistory.org.uk/index.php?title=St_Aldhelm’s_Church,_Cotterbury&amp;oldid=18244">
https://wiki.marlshirehistory.org.uk/index.php?title=St_Aldhelm’s_Church,_Cotterbury&amp;oldid=18244</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Churches_in_Marlshire">Churches in Marlshire</a></li><li><a href="/wiki/Category:Grade_I_listed_buildings">Grade I listed
buildings</a></li>
<li><a href="/wiki/Category:Cotterbury">Cotterbury</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was
last edited on 4 February 2027, at 18:22.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Marlshire_Local_History_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Marlshire_Local_History_Wiki:About">About Marlshire Local History Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Marlshire_Local_History_Wiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout478-mediawiki-parish-church-history',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mToc,
  body: bodyOf(mBlocks),
  bylines: ['This page was last edited on 4 February 2027, at 18:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Marlshire Local History Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Marlshire Local History Wiki', 'The church from the south-east',
    ...mInfo.flat().filter((t) => t !== 'St Aldhelm'), '[edit]', 'Categories:', 'Churches in Marlshire', 'Grade I listed buildings',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Marlshire Local History Wiki',
    'Disclaimers',
  ],
};

export const HELDOUT478_D: readonly TestPage[] = [mediawiki];
