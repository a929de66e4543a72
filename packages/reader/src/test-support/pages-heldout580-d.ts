import { links, ps, type TestPage, texts } from './page-kit.js';
import { fur, j, rows, rowText } from './pages-heldout580-kit.js';

/** Held-out batch 580, file d: a MediaWiki (Vector 2022) article on a folk-dance community wiki about wedding ceilidhs, with infobox and table. */
const mTitle = 'Wedding ceilidh';
const mLead = [
  j(
    'A <b>wedding ceilidh</b> is an evening of called social dancing held as the main entertainment at a wedding reception,',
    'usually with a live band of three to five players and a caller who teaches each dance before it is played.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup> The format is common in the Borders, the Northumbrian coast and',
    'the western isles, and has spread to weddings with no Scottish or Irish connection.',
  ),
];
const mSecs: { head: string; paras: string[] }[] = [
  {
    head: 'Format',
    paras: [
      j(
        'A typical wedding ceilidh runs for three to four hours in two or three sets, with a break for the evening food. The',
        'caller walks the dancers through each figure once without music, then the band plays the tune through eight to twelve',
        'times. Dances are chosen so that guests who have never danced before can join in from the first set.',
      ),
      j(
        'Many bands open with a couple dance such as the <i>Gay Gordons</i>, which needs no partner change, and save longer',
        'set dances for later in the evening, when guests have had some practice.<sup id="cite_ref-2" class="reference"><a',
        'href="#cite_note-2">[2]</a></sup>',
      ),
    ],
  },
  {
    head: 'Typical running order',
    paras: ['The running order below was recorded at a 2019 wedding in Kelso played by a four-piece band.'],
  },
  {
    head: 'The first dance',
    paras: [
      j(
        'Some couples replace the usual first dance with a waltz or a slow strathspey led by the caller, which the rest of the',
        'guests join after one time through. Others keep a recorded first dance and start the ceilidh immediately after it.',
      ),
    ],
  },
];
const mTable = [
  ['19:30', 'Gay Gordons', 'Couple dance'],
  ['19:45', 'Strip the Willow', 'Longways set'],
  ['20:10', 'Dashing White Sergeant', 'Sets of three'],
  ['21:00', 'Break for evening food', '–'],
  ['21:45', 'Orcadian Strip the Willow', 'Longways set'],
  ['22:30', 'Canadian Barn Dance', 'Circle'],
];
const mRefs = [
  'Aird, Morag (2016). <i>Calling the Room: A Caller’s Handbook</i>. Selkirk: Tweedside Press. p. 12.',
  'Fenwick, Duncan (2021). "Set lists at Borders weddings". <i>Folk Floor Quarterly</i> <b>14</b> (2): 33–41.',
];
const mInfo = [
  ['Type', 'Social dance event'],
  ['Band size', '3–5 players'],
  ['Caller', 'Usually one of the band'],
  ['Length', '3–4 hours'],
];
const mSide = ['Main page', 'Dance index', 'Tune index', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Ceilidh Wiki', 'Disclaimers'];
const mHead = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span
 class="mw-editsection-bracket">[</span><a href="/index.php?title=Wedding_ceilidh&amp;action=edit&amp;section=1"
 title="Edit section: ${h}"><span>edit</span></a><span
 class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Ceilidh Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());RLCONF={"wgPageName":
"Wedding_ceilidh","wgTitle":"Wedding ceilidh","wgCurRevisionId":18234,"wgNamespaceNumber":0};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.ceilidhfloor.org/wiki/Wedding_ceilidh"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Wedding_ceilidh rootpage-Wedding_ceilidh
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
 class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
 vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
 for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
 class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu"
 class="vector-main-menu vector-pinnable-element">
<div class="vector-menu mw-portlet mw-portlet-navigation" id="p-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong
 class="mw-logo-wordmark">Ceilidh Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form
 action="/index.php"
 id="searchform" class="vector-search-box-form"><div id="simpleSearch" class="vector-search-box-inner"><input class="vector-search-box-input" type="search"
 name="search"
 placeholder="Search Ceilidh Wiki" aria-label="Search Ceilidh Wiki" id="searchInput"><input class="searchButton" type="submit" name="go"
 value="Go"></div></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-createaccount"
 class="mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login" class="mw-list-item"><a
 href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice"
 data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>The spring callers' workshop is open for booking until 31 March.</p></div></div></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents"
 class="mw-table-of-contents-container
 vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"
 id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
 class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (s, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.head.replace(/ /g, '_')}"><div
 class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${s.head}</span></div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span
 class="vector-toc-numb">4</span>
<span>References</span></div></a></li></ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
 class="firstHeading
 mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li
 id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Wedding_ceilidh"><span>Page</span></a></li><li id="ca-talk" class="mw-list-item"><a
 href="/wiki/Talk:Wedding_ceilidh"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a
 href="/wiki/Wedding_ceilidh"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
 href="/index.php?title=Wedding_ceilidh&amp;action=edit"><span>Edit</span>
</a></li><li id="ca-history" class="mw-list-item"><a
 href="/index.php?title=Wedding_ceilidh&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Ceilidh Wiki</div><div id="contentSub"><div
 id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mHead(mSecs[0]?.head ?? '')}${ps(mSecs[0]?.paras ?? [])}
${mHead(mSecs[1]?.head ?? '')}${ps(mSecs[1]?.paras ?? [])}
<table class="wikitable"><tbody><tr><th>Time</th><th>Dance</th><th>Formation</th></tr>
${rows(mTable)}</tbody></table>
${mHead(mSecs[2]?.head ?? '')}${ps(mSecs[2]?.paras ?? [])}
${mHead('References')}<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
 class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20250212180412 -->
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://wiki.ceilidhfloor.org/index.php?title=Wedding_ceilidh&amp;oldid=18234"
>https://wiki.ceilidhfloor.org/index.php?title=Wedding_ceilidh&amp;oldid=18234</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
 href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Wedding_music">Wedding music</a></li><li><a
 href="/wiki/Category:Event_formats">Event formats</a></li></ul></div></div></div></main>
<div class="vector-column-end"><nav class="vector-page-tools-landmark"><div id="vector-page-tools" class="vector-page-tools"><div
 class="vector-pinnable-header"><div
 class="vector-pinnable-header-label">Tools</div></div><div class="vector-menu mw-portlet mw-portlet-tb" id="p-tb"><ul class="vector-menu-content-list">
${links(mTools, 'mw-list-item')}</ul></div></div></nav></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
 id="footer-info-lastmod"> This page was last edited on 12 February 2025,
 at 18:04.</li><li id="footer-info-copyright">Content is available under <a
 href="/wiki/Ceilidh_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a> unless
 otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
 href="https://www.mediawiki.org/"
 class="cdx-button cdx-button--fake-button"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
 height="31"></a></li></ul></footer>
</div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mHeads = [...mSecs.map((s) => s.head), 'References'];
const mBody = texts([...mLead, ...(mSecs[0]?.paras ?? []), ...(mSecs[1]?.paras ?? []), ...mTable.map(rowText), ...(mSecs[2]?.paras ?? []), ...mRefs]);
const ceilidhWiki: TestPage = {
  name: 'heldout580-mediawiki-wedding-ceilidh',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mBody,
  bylines: ['This page was last edited on 12 February 2025, at 18:04.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([mTitle, ...mHeads, ...mBody], [
    'Jump to content', '^', 'Main menu', ...mSide, 'Ceilidh Wiki', 'Create account', 'Log in',
    "The spring callers' workshop is open for booking until 31 March.", 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    'From Ceilidh Wiki', ...mInfo.flat(), 'Time', 'Dance', 'Formation', 'edit',
    'Retrieved from "https://wiki.ceilidhfloor.org/index.php?title=Wedding_ceilidh&oldid=18234"',
    'Categories', 'Wedding music', 'Event formats', 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ]),
};

export const HELDOUT580_D: readonly TestPage[] = [ceilidhWiki];
