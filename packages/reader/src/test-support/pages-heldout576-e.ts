import { plain, type TestPage } from './page-kit.js';
import { amp, j, lis, rowTexts, trs } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file e: a local wiki's article on a holiday park on MediaWiki (Vector legacy skin) with an infobox, a table
 * of contents, footnote markers and references, and a small family campsite's tariff page in an old table layout (about 2004).
 */
const mTitle = 'Penhallow Sands Holiday Park';
const sup = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">&#91;${n}&#93;</a></sup>`;
/** Paragraph HTML with {n} footnote markers; the gold leaves the markers out. */
const mHtmlOf = (p: string): string => p.replace(/\{(\d)\}/g, (_, n: string) => sup(Number(n)));
const mGoldOf = (p: string): string => plain(p.replace(/\{\d\}/g, ''));
const mLead = [
  j(
    '<b>Penhallow Sands Holiday Park</b> is a caravan and camping park on the north side of the Penhallow estuary, about two miles',
    'west of <a href="/wiki/Porthwenna" title="Porthwenna">Porthwenna</a>. It has around 180 static caravans, 60 touring pitches and a',
    'seasonal tent field, and is one of the largest employers in the parish during the summer.{1}',
  ),
];
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The site began in 1952 as a field let to campers by the Trewin family, who farmed at Penhallow Barton. Static caravans were',
        'first allowed in 1961, and a clubhouse with a bar and shop was built in 1974.{2}',
      ),
      j(
        'The park was sold to the Lanyon Leisure group in 1998. In the winter of 2018–19 the lower field flooded twice, and around',
        'thirty caravans were moved to higher ground before the park reopened the following May.{3}',
      ),
    ],
  ],
  [
    'Facilities',
    [
      j(
        'The park has an indoor heated pool, a clubhouse, a launderette and a small shop. Touring pitches are on hardstanding with',
        'electric hook-ups; the tent field, open from late May to early September, has a separate toilet block.',
      ),
    ],
  ],
  [
    'Access',
    [
      j(
        'The park is reached by a single-track lane from the B3391. Caravans towed to the site are asked to arrive after 1pm to avoid',
        'meeting outgoing traffic on the lane. The <a href="/wiki/Estuary_Trail">Estuary Trail</a> footpath runs along the southern',
        'edge of the site.',
      ),
    ],
  ],
];
const mRefs = [
  '“Penhallow Sands: summer jobs fair draws record numbers”. <i>West Wenmoor Gazette</i>. 3 April 2022.',
  'Trewin, A. (1989). <i>A Hundred Summers at Penhallow</i>. Porthwenna: Estuary Press. pp. 41–44.',
  '“Holiday park reopens after flood repairs”. <i>West Wenmoor Gazette</i>. 17 May 2019.',
];
const mInfo: [string, string][] = [
  ['Location', 'Penhallow, Wenmoor'],
  ['Opened', '1952'],
  ['Owner', 'Lanyon Leisure'],
  ['Pitches', '60 touring, 180 static'],
  ['Season', 'March to November'],
];
const mHeads = [...mSecs.map(([h]) => h), 'References'];
const mPortlets: [string, string, string[]][] = [
  ['p-navigation', 'Navigation', ['Main page', 'Recent changes', 'Random page', 'Help']],
  ['p-tb', 'Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
];
const editLink = (i: number, h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Penhallow_Sands_Holiday_Park&amp;action=edit&amp;section=${i}"
title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en-GB" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Wenmoor Coast Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Penhallow_Sands_Holiday_Park","wgTitle":"${mTitle}",
"wgCurRevisionId":18233,"wgArticleId":2041,"wgIsArticle":true,"wgAction":"view","wgCategories":["Caravan parks","Penhallow"]};
RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc","skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=site.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><link rel="canonical" href="https://wiki.wenmoorcoast.org/wiki/Penhallow_Sands_Holiday_Park"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Penhallow_Sands_Holiday_Park rootpage-Penhallow_Sands_Holiday_Park skin-vector
action-view skin-vector-legacy vector-feature-language-in-header-enabled"><div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wenmoor Coast Wiki</div><div id="contentSub"></div>
<div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><a href="/wiki/File:Penhallow_Sands.jpg" class="image">
<img alt="" src="/images/thumb/3/3a/Penhallow_Sands.jpg/250px-Penhallow_Sands.jpg"
decoding="async" width="250" height="167"></a></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
${mLead.map((p) => `<p>${mHtmlOf(p)}\n</p>`).join('')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en-GB" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
${mHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mSecs
  .map(([h, ps], i) => `<h2><span class="mw-headline" id="${h}">${h}</span>${editLink(i + 1, h)}</h2>\n${ps.map((p) => `<p>${mHtmlOf(p)}\n</p>`).join('')}`)
  .join('\n')}
<h2><span class="mw-headline" id="References">References</span>${editLink(4, 'References')}</h2>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a>
</span> <span class="reference-text">${r}</span>\n</li>`,
  )
  .join('\n')}
</ol></div></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20270108112233 Cache expiry: 86400 -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.wenmoorcoast.org/index.php?title=Penhallow_Sands_Holiday_Park&amp;oldid=18233">
https://wiki.wenmoorcoast.org/index.php?title=Penhallow_Sands_Holiday_Park&amp;oldid=18233</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Caravan_parks" title="Category:Caravan parks">Caravan parks</a></li>
<li><a href="/wiki/Category:Penhallow" title="Category:Penhallow">Penhallow</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy"
aria-labelledby="p-personal-label" role="navigation"><h3 id="p-personal-label" class="vector-menu-heading">
<span class="vector-menu-heading-label">Personal tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item">Not logged in</li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin" title="You are encouraged to log in">Log in</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-namespaces" role="navigation">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item">
<a href="/wiki/Penhallow_Sands_Holiday_Park">Page</a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Penhallow_Sands_Holiday_Park&amp;action=edit&amp;redlink=1">Discussion</a>
</li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views" role="navigation">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Penhallow_Sands_Holiday_Park">Read</a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?title=Penhallow_Sands_Holiday_Park&amp;action=edit">Edit</a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Penhallow_Sands_Holiday_Park&amp;action=history">View history</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3><label for="searchInput">Search</label></h3><form action="/index.php"
id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="Search Wenmoor Coast Wiki" id="searchInput"></div></form>
</div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
${mPortlets
  .map(
    ([id, label, items]) => `<nav id="${id}" class="vector-menu mw-portlet mw-portlet-${id.slice(2)} vector-menu-portal portal" role="navigation">
<h3 id="${id}-label" class="vector-menu-heading"><span class="vector-menu-heading-label">${label}</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${lis(
      items.map((t) => `<a href="/wiki/Special:${t.replace(/ /g, '')}">${t}</a>`),
      'mw-list-item',
    )}</ul></div>
</nav>`,
  )
  .join('\n')}
</div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 8 January 2027, at 11:22.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Wenmoor_Coast_Wiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise
noted.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Wenmoor_Coast_Wiki:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about"><a href="/wiki/Wenmoor_Coast_Wiki:About">About Wenmoor Coast Wiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/Wenmoor_Coast_Wiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-poweredbyico"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const penhallow: TestPage = {
  name: 'heldout576-mediawiki-holiday-park',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...mLead, ...mSecs.flatMap(([, p]) => p)].map(mGoldOf).concat(mRefs.map((r) => plain(r))),
  bylines: ['This page was last edited on 8 January 2027, at 11:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to navigation', 'Jump to search', ...mInfo.flat(), 'Contents', '1', '2', '3', '4', 'edit', 'Categories',
    'Caravan parks', 'Penhallow', 'Not logged in', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history',
    ...mPortlets.flatMap(([id, l, items]) => (id === 'p-navigation' ? items : [l, ...items])),
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About Wenmoor Coast Wiki', 'Disclaimers',
  ],
};

const tTitle = 'Prices & Tariff 2027';
const tIntro = j(
  'Our prices have hardly changed this year. All charges are per night and include the pitch, two people, a car and use of the',
  'showers. Hook-ups are extra. We do not take credit cards on site, sorry, but cheques and cash are fine.',
);
const tHead1 = 'Touring Caravans & Motorhomes';
const tRows1 = [
  ['Caravan or motorhome + 2 people', '£14.00', '£17.50'],
  ['Electric hook-up', '£3.00', '£3.00'],
  ['Awning', '£1.50', '£2.00'],
];
const tHead2 = 'Tents';
const tRows2 = [
  ['Small tent (1 or 2 people)', '£9.00', '£11.00'],
  ['Family tent + 2 people', '£12.00', '£15.00'],
  ['Extra adult', '£3.00', '£3.50'],
  ['Child 5 to 15 (under 5s free)', '£1.50', '£2.00'],
];
const tNotes = [
  'High Season is Whitsun week and 18 July to 31 August.',
  'Dogs are welcome, no charge, but must be kept on a lead.',
  'No groups of young people without an adult, please.',
  'We are a quiet site with no bar, club or shop. Milk, bread and papers can be ordered at the house the night before.',
];
const tBook = j(
  'To book, ring Ian or Margaret on 01632 960833 (evenings are best) or send us an e-mail. A deposit of £10 a pitch secures your booking',
  'for one week or more.',
);
const tNav = ['Home', 'The Site', 'Prices', 'Location', 'Local Attractions', 'Photos', 'Contact Us'];
const font = (t: string, size = '2', bold = false): string =>
  `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${bold ? `<b>${t}</b>` : t}</font>`;
const tTable = (head: string, rows: string[][]): string =>
  `<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#9CB87A">
<tr bgcolor="#D8E8C0"><td width="60%">${font('&nbsp;', '2', true)}</td><td align="center">${font('Low Season', '2', true)}</td>
<td align="center">${font('High Season', '2', true)}</td></tr>
${trs(rows.map((r) => r.map((c) => font(amp(c)))))}
</table><br>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Glenmorrow Caravan &amp; Camping Park - Prices</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="caravan, camping, glenmorrow, tariff, prices, tent, touring">
<meta name="description" content="Glenmorrow Caravan and Camping Park prices for 2027">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- a:link { color: #2E5E1E; text-decoration: none } a:hover { text-decoration: underline } --></style></head>
<body bgcolor="#F4F1E6" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_prices_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="140" alt="Glenmorrow Caravan &amp; Camping Park"></td></tr>
<tr><td colspan="2" bgcolor="#2E5E1E" align="center">${font(
  `Family run since 1971 &middot; Tourers, Motorhomes &amp; Tents &middot; Open Easter to
October`,
  '1',
)}</td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0D8"><br>
<table width="150" border="0" cellspacing="0" cellpadding="3" align="center">
${tNav.map((t) => `<tr><td>${font(`<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a>`)}</td></tr>`).join('\n')}
</table><br><div align="center"><img src="images/aa_pennant.gif" width="90" height="60" alt="AA 3 Pennants"><br>
${font('Find us in the Wild Valley Camping Guide!', '1')}</div><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#2E5E1E"><b>${amp(tTitle)}</b></font><br><br>
${font(tIntro)}<br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#2E5E1E"><b>${amp(tHead1)}</b></font><br>
${tTable(tHead1, tRows1)}
<font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#2E5E1E"><b>${tHead2}</b></font><br>
${tTable(tHead2, tRows2)}
${font(`<b>Please note:</b>`)}<ul>${lis(tNotes.map((t) => font(t)))}</ul>
${font(tBook)}<br><br>
<div align="center"><a href="mailto:glenmorrow@freeserve.example"><img src="images/email_us.gif" width="120" height="40" border="0" alt="E-mail us">
</a></div><br>
${font('<i>Last updated 12 January 2027</i>', '1')}
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2E5E1E" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
Glenmorrow Caravan &amp; Camping Park, Glenmorrow, by Aldermuir AM4 2RT &middot; Tel 01632 960833<br>
&copy; 2004-2027 Glenmorrow Caravan Park &middot; You are visitor number <img src="http://counter.example/c.gif?id=glenm" alt="48213" width="60"
height="14"></font></td></tr>
</table></body></html>`;
const glenmorrow: TestPage = {
  name: 'heldout576-table-layout-tariff',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tHead1, tHead2],
  body: [tIntro, ...rowTexts(tRows1), ...rowTexts(tRows2), 'Please note:', ...tNotes, tBook],
  bylines: ['Last updated 12 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family run since 1971 · Tourers, Motorhomes & Tents · Open Easter to October', ...tNav, 'Find us in the Wild Valley Camping Guide!',
    'Glenmorrow Caravan & Camping Park, Glenmorrow, by Aldermuir AM4 2RT · Tel 01632 960833',
    '© 2004-2027 Glenmorrow Caravan Park · You are visitor number',
  ],
};

export const HELDOUT576_E: readonly TestPage[] = [penhallow, glenmorrow];
