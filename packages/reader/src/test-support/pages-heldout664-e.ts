import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr, tidy } from './pages-heldout664-kit.js';

/**
 * Held-out batch 664, file e: a knitting wiki's technique article on MediaWiki (Vector 2022 skin: pinned main menu and contents,
 * infobox, hatnote, edit links, a reference, categories), and a crochet group's crochet-along post on Hugo with the PaperMod theme.
 */
const wTitle = 'Kitchener stitch';
const wLead = [
  j(
    'Kitchener stitch is a method of grafting two sets of live knitting stitches together with a tapestry needle, so that the join',
    'looks like a row of ordinary stocking stitch. It is most often used to close the toes of socks knitted from the cuff down,',
    'and for the shoulders and underarms of sweaters knitted in one piece.',
  ),
  j(
    'Because the sewn row imitates the path of the yarn in a knitted row, a well-worked graft is invisible from the right side and',
    'has the same stretch as the fabric around it.',
  ),
];
const wSecs: [string, string[], 'p' | 'ol'][] = [
  [
    'History',
    [
      j(
        'The technique is far older than its name. Knitted stockings with grafted toes survive from the eighteenth century, and',
        'instructions for "weaving" toes appear in several Victorian knitting manuals.',
      ),
      j(
        'The name is usually said to come from a wartime appeal for knitted socks for soldiers, when knitters were asked to close',
        'toes without a seam that would rub. The story is widely repeated, but no contemporary source using the name has been found',
        'before the 1920s.',
      ),
    ],
    'p',
  ],
  [
    'Method',
    [
      'Divide the stitches evenly between two needles held parallel, with the wrong sides of the fabric together and the working yarn at the back needle.',
      'Thread the yarn tail, about three times the width of the graft, on a blunt tapestry needle.',
      'Setup: pass the needle through the first front stitch as if to purl, then through the first back stitch as if to knit.',
      'Front needle: through the first stitch as if to knit and slip it off, then through the next stitch as if to purl and leave it on.',
      'Back needle: through the first stitch as if to purl and slip it off, then through the next stitch as if to knit and leave it on.',
      'Repeat the last two steps until all the stitches are worked, adjusting the tension every few stitches to match the knitting.',
    ],
    'ol',
  ],
  [
    'Variations',
    [
      j(
        'Stitches in garter stitch can be grafted with a variant in which both needles are worked in the same way, "knit off, purl on".',
        'Ribbing can be grafted by working knit and purl columns separately, though many knitters prefer a sewn bind-off for cuffs.',
      ),
      j(
        'Some knitters use a third needle or a length of waste yarn to graft with the work flat on a table, which makes it easier to',
        'keep the tension even on wide grafts such as the centre back of a scarf worked from both ends.',
      ),
    ],
    'p',
  ],
];
const wInfo = [
  ['Also called', 'Grafting, weaving'],
  ['Used for', 'Sock toes, shoulder seams'],
  ['Difficulty', 'Intermediate'],
];
const wMenu = ['Main page', 'Recent changes', 'Random page', 'Help', 'Pattern index', 'Stitch dictionary'];
const wCats = ['Grafting', 'Finishing techniques', 'Sock knitting'];
const wFoot = ['Privacy policy', 'About Purlipedia', 'Disclaimers', 'Mobile view'];
const wRef = 'Hebden, M. (1998). Stockings and Their Makers. Wyford: Loom Press. p. 112.';
const wHead = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Kitchener_stitch&amp;action=edit&amp;section=${n}"
title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const wToc = [...wSecs.map(([t]) => t), 'References']
  .map(
    (t, i) => `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const wSecHtml = wSecs
  .map(([t, paras, kind], i) => `${wHead(t, i + 1)}${kind === 'ol' ? `<ol>${lis(paras)}</ol>` : ps(paras)}`)
  .join('\n')
  .replace(
    'no contemporary source using the name has been found before the 1920s.',
    (m) => `${m}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span
class="cite-bracket">[</span>1<span class="cite-bracket">]</span></a></sup>`,
  );
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-enabled vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${wTitle} - Purlipedia</title>
<script>(function(){var className="client-js vector-feature-main-menu-pinned-enabled vector-toc-available";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Kitchener_stitch","wgTitle":"Kitchener stitch","wgCurRevisionId":48213,
"wgArticleId":612};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.42.3">
<link rel="canonical" href="https://purlipedia.org/wiki/Kitchener_stitch"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kitchener_stitch rootpage-Kitchener_stitch
skin-vector-2022
action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/resources/assets/purl.svg" alt=""
aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Purlipedia</strong></span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search"
class="cdx-button cdx-button--fake-button cdx-button--weight-quiet search-toggle" title="Search Purlipedia [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch"
class="cdx-search-input__input-wrapper">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Purlipedia"
aria-label="Search Purlipedia" id="searchInput"></div><input type="hidden" name="title"
value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search
</button></form></div></div></div><nav class="vector-user-links"
aria-label="Personal tools"><div class="vector-user-links-main"><ul class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a>
</li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Main menu</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><div id="p-navigation" class="vector-menu mw-portlet
mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul>
</div></div></div></div></nav></div></div><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kitchener_stitch"
accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Kitchener_stitch" rel="discussion"
accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav>
</div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view"
class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Kitchener_stitch"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kitchener_stitch&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Kitchener_stitch&amp;action=history"
accesskey="h"><span>View history</span></a></li></ul>
</div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body"
aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Purlipedia, the knitting wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the crochet join, see <a href="/wiki/Invisible_join"
title="Invisible join">Invisible join</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr><tr><td colspan="2"
class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Graft.jpg"
class="mw-file-description"><img src="/images/thumb/graft.jpg/220px-graft.jpg" width="220" height="165"
class="mw-file-element"></a></span><div class="infobox-caption">A grafted
sock toe</div></td></tr>${wInfo
  .map(
    ([k, v]) => `<tr><th scope="row"
class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`,
  )
  .join('')}</tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecHtml}
${wHead('References', 4)}<div class="reflist"><div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a
href="#cite_ref-1">↑</a></span> <span class="reference-text">${wRef}</span></li></ol></div></div>
<!-- NewPP limit report Parsed by mw-web Cached time: 20261202142101 --></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="/index.php?oldid=48213">https://purlipedia.org/index.php?title=Kitchener_stitch&amp;oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 2 December 2026, at 14:21.</li>
<li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise
noted.</li></ul><ul id="footer-places">${links(wFoot)}</ul><ul id="footer-icons"
class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"
class="cdx-button cdx-button--fake-button cdx-button--size-large"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"
loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout664-mediawiki-kitchener',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([t]) => t),
  body: texts([...wLead, ...wSecs.flatMap(([, paras]) => paras)]),
  bylines: ['This page was last edited on 2 December 2026, at 14:21.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Purlipedia', 'Search', 'Create account', 'Log in', 'Main menu', 'hide', 'Navigation', ...wMenu, 'Contents', '(Top)', 'References',
    'Page',
    'Discussion', 'Read', 'Edit', 'View history', 'From Purlipedia, the knitting wiki', 'For the crochet join, see Invisible join.', 'A grafted sock toe',
    ...wInfo.map(rowText), '[edit]', wRef, 'Categories:', ...wCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...wFoot,
  ],
};

export const HELDOUT664_E: readonly TestPage[] = [mediawiki].map(tidy);
