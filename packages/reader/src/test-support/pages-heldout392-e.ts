import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file e: a digitised letter with its transcription on a FromThePage-style crowdsourcing site (top nav,
 * breadcrumbs, page tabs, the page-image pane, the transcription with its "last edited" line, the subjects mentioned, the
 * page pager, the contributor note and the footer) and a parish register transcription page on a MediaWiki genealogy wiki
 * (Vector skin: site notice, sidebar, page tools, table of contents, the baptism table, categories and the footer).
 */
const lTitle = 'Letter from Samuel Orme to Lydia Orme, 12 August 1863';
const lText = [
  'Camp near Fenwick Ford, Aug. 12th 1863',
  'Dear Sister,',
  j(
    'Your kind letter of the 2nd came to hand last evening and I was right glad to hear that all are well at home and that',
    'Father has got the oats in before the rain. We have had no rain here for three weeks and the dust on the roads is',
    'beyond anything you can think of. When the column is moving a man cannot see the wagon ahead of him.',
  ),
  j(
    'We have been in camp here since Sunday and I do not know how long we shall stay. There is talk of going back up the',
    'river but nobody knows anything for certain, least of all the officers. The boys are in good spirits, though a good',
    'many are down with the fever. Tom Haskell went to the hospital on Friday and I have not heard how he does. Tell his',
    'mother he was cheerful when he left and the doctor said it was not the worst kind.',
  ),
  j(
    'I had a good wash in the creek yesterday, the first in ten days, and put on the shirt you sent, which fits first rate.',
    'The socks are a great comfort. If you can send another pair when you write next I should be much obliged, for the',
    'marching wears them through at the heel in no time.',
  ),
  j(
    'You ask whether I have been to church. There is preaching in camp most Sundays when we are not on the move, and I',
    'went last week and heard a good sermon from the chaplain of the 9th. So you need not be uneasy on that score.',
  ),
  'Give my love to Mother and Father and to Aunt Ruth, and write soon to your affectionate brother,',
  'Samuel Orme',
];
const lNav = ['Dashboard', 'Collections', 'Find a Project', 'Sign In', 'Sign Up'];
const lCrumbs = ['Wellsford County Archives', 'Orme Family Civil War Letters', 'Letter from Samuel Orme to Lydia Orme, 12 August 1863'];
const lTabs = ['Overview', 'Transcribe', 'Translate', 'Versions', 'Notes'];
const lSubj = ['Orme, Samuel, 1841-1902', 'Orme, Lydia', 'Haskell, Thomas', 'Fenwick Ford (place)', 'Camp life', 'Sickness'];
const lFoot = ['About', 'Blog', 'Help', 'Privacy', 'Terms of service', 'Contact us'];
const lHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Letter from Samuel Orme to Lydia Orme, 12 August 1863 | Page 1 | FromThePage</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-param" content="authenticity_token">
<meta property="og:title" content="Letter from Samuel Orme to Lydia Orme, 12 August 1863"><meta property="og:site_name" content="FromThePage">
<link rel="stylesheet" href="/assets/application-1c8e0f.css"><script src="/assets/application-5d2b7a.js"></script>
<script>$(function(){ FTP.pageViewer.init({ pageId: 101884, zoom: 'fit' }); });</script></head>
<body class="display page"><div class="wrapper"><header class="header"><div class="header_logo"><a href="/">
<img src="/assets/logo-ftp.svg" alt="FromThePage"></a></div>
<nav class="header_nav"><ul>${links(lNav)}</ul></nav></header>
<div class="page-header"><nav class="breadcrumbs">${lCrumbs.map((c) => `<a href="#">${c}</a>`).join('\n<span>/</span>\n')}</nav>
<h1>${lTitle}</h1><p class="page-number">Page 1 of 2</p></div>
<div class="tabs">${lTabs.map((t) => `<a href="#" class="tabs_item">${t}</a>`).join('\n')}</div>
<div class="page-columns"><div class="page-column page-imagescan"><div id="page-image" class="osd-viewer" data-zoom="fit"></div>
<div class="image-controls"><button>Zoom in</button><button>Zoom out</button><button>Rotate</button></div></div>
<div class="page-column"><div class="page-status"><span class="status-badge">Transcribed</span>
<span class="page-last-edit">Last edited by mhollis on 14 March 2025</span></div>
<div class="page-preview" lang="en">
${ps(lText)}
</div>
<div class="page-subjects"><h4>Subjects mentioned on this page</h4><ul>${links(lSubj)}</ul></div>
<div class="page-nav"><a href="#" class="button">Next page</a> <a href="#" class="button outline">Transcribe this page</a></div>
<div class="contributor-note"><p>This collection is transcribed by volunteers. Help us by reviewing pages marked Needs Review.</p></div></div></div>
<footer class="footer"><ul>${links(lFoot)}</ul><p>FromThePage is a platform for crowdsourced transcription and indexing.</p></footer></div>
</body></html>`;
const letter: TestPage = {
  name: 'heldout392-fromthepage-letter-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts(lText),
  bylines: ['Last edited by mhollis on 14 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, ...lCrumbs.slice(0, 2), 'Page 1 of 2', ...lTabs, 'Zoom in', 'Zoom out', 'Rotate', 'Transcribed', 'Subjects mentioned on this page',
    ...lSubj, 'Next page', 'Transcribe this page', 'This collection is transcribed by volunteers. Help us by reviewing pages marked Needs Review.',
    ...lFoot, 'FromThePage is a platform for crowdsourced transcription and indexing.',
  ],
};

const wTitle = 'St Wendreda, Ashcombe Parva: Baptisms 1761–1770';
const wIntro = [
  j(
    'This page transcribes the baptisms entered in the first surviving register of St Wendreda’s, Ashcombe Parva, for the',
    'years 1761 to 1770. The register is a parchment volume of 48 leaves, now held at the county record office, and the',
    'entries for these years are in the hand of the curate, the Rev. Josiah Pell.',
  ),
  j(
    'Spelling of names is given as written. Dates are as entered; the parish used the new style calendar throughout.',
    'Where a surname is doubtful, the most likely reading is given with a question mark.',
  ),
];
const wH1 = 'Source and condition';
const wSrc = [
  j(
    'Leaves 3 to 7 are water-stained at the lower edge, and several entries for 1764 can be read only in part. A bishop’s',
    'transcript for 1764 survives and has been used to supply the missing words, which are marked [BT].',
  ),
];
const wH2 = 'Baptisms';
const wHead = ['Date', 'Child', 'Parents', 'Abode', 'Notes'];
const wRows = [
  ['14 Jan 1761', 'Mary', 'John & Hannah Tull', 'Ashcombe Parva', 'privately baptised, received 2 Feb'],
  ['3 May 1761', 'William', 'Robert & Ann Deane', 'Holt End', ''],
  ['22 Nov 1762', 'Sarah', 'Thomas & Elizabeth Crisp?', 'Ashcombe Parva', 'name faint'],
  ['9 Apr 1764', 'James', 'James & Martha Pargeter', 'Lower Farm', 'father’s name from [BT]'],
  ['30 Sep 1765', 'Ann', 'Ann Whitlock, single woman', 'the poorhouse', 'base born'],
  ['17 Jun 1767', 'Joseph and Benjamin', 'Joseph & Mary Tull', 'Ashcombe Parva', 'twins'],
  ['5 Mar 1770', 'Elizabeth', 'Richard & Susanna Hobday', 'Mill House', 'miller'],
];
const wH3 = 'Related pages';
const wRel = ['St Wendreda, Ashcombe Parva: Burials 1761–1770', 'St Wendreda, Ashcombe Parva: Marriages 1754–1780'];
const row = (r: string[]): string => r.filter((c) => c !== '').join(' ');
const wSide = ['Main page', 'Recent changes', 'Random page', 'Help', 'Parishes A–Z', 'Record offices'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wFoot = ['This page was last edited on 2 October 2025, at 19:14.', 'Content is available under CC BY-SA 4.0 unless otherwise noted.'];
const wFoot2 = ['Privacy policy', 'About Wessex Parish Wiki', 'Disclaimers', 'Powered by MediaWiki'];
const mh = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const wHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>St Wendreda, Ashcombe Parva: Baptisms 1761–1770 - Wessex Parish Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"St_Wendreda,_Ashcombe_Parva:_Baptisms_1761–1770","wgNamespaceNumber":0};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.js"]);});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-St_Wendreda skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice"><p>Volunteers wanted: help us check the 1841 census transcriptions for Holt End.</p></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wessex Parish Wiki</div>
<div id="contentSub"><span class="subpages">&lt; <a href="/wiki/Ashcombe_Parva_parish">Ashcombe Parva parish</a></span></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${ps(wIntro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div>
<ul><li class="toclevel-1"><a href="#Source_and_condition"><span class="tocnumber">1</span> <span class="toctext">${wH1}</span></a></li>
<li class="toclevel-1"><a href="#Baptisms"><span class="tocnumber">2</span> <span class="toctext">${wH2}</span></a></li>
<li class="toclevel-1"><a href="#Related_pages"><span class="tocnumber">3</span> <span class="toctext">${wH3}</span></a></li></ul></div>
${mh(wH1)}
${ps(wSrc)}
${mh(wH2)}
<table class="wikitable sortable"><tbody><tr>${wHead.map((h) => `<th>${h}</th>`).join('\n')}</tr>
${wRows.map((r) => `<tr>${r.map((c) => `<td>${c.replace(/&/g, '&amp;')}</td>`).join('\n')}</tr>`).join('\n')}</tbody></table>
${mh(wH3)}
<ul>${wRel.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="#">Ashcombe Parva</a></li><li><a href="#">Baptism transcriptions</a></li><li><a href="#">Eighteenth-century registers</a></li></ul>
</div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><div id="p-personal" class="vector-menu"><ul>
<li id="pt-login"><a href="#">Log in</a></li></ul></div>
<div id="left-navigation"><ul><li class="selected"><a href="#">Page</a></li><li><a href="#">Discussion</a></li></ul></div>
<div id="right-navigation"><ul><li class="selected"><a href="#">Read</a></li><li><a href="#">View source</a></li><li><a href="#">View history</a></li></ul>
<div id="p-search"><form id="searchform"><input type="search" name="search" placeholder="Search Wessex Parish Wiki" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet"><h3>Navigation</h3><ul>${links(wSide)}</ul></nav>
<nav id="p-tb" class="vector-menu mw-portlet"><h3>Tools</h3><ul>${links(wTools)}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">${wFoot.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<ul id="footer-places">${links(wFoot2)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const parish: TestPage = {
  name: 'heldout392-mediawiki-parish-register-wiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wIntro, ...wSrc, ...wRows.map(row), ...wRel]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Volunteers wanted: help us check the 1841 census transcriptions for Holt End.', 'From Wessex Parish Wiki', 'Ashcombe Parva parish',
    'Jump to navigation', 'Jump to search', 'Contents', 'edit', 'Categories', 'Baptism transcriptions', 'Eighteenth-century registers',
    'Navigation menu', 'Log in', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'Navigation', ...wSide, 'Tools', ...wTools, ...wFoot, ...wFoot2,
  ],
};

export const HELDOUT392_E: readonly TestPage[] = [letter, parish];
