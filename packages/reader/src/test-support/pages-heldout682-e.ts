import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, notIn } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file e: a studio's booking FAQ on a Hugo site (Ananke theme, cover header, table-of-contents aside),
 * and a MediaWiki article on a regional music wiki about a closed recording studio (infobox, contents box, edit links).
 */
const hTitle = 'Booking FAQ';
const hIntro = 'Answers to the questions we get most often. If yours is not here, email the studio and a real person will reply within a day.';
const hQA: [string, string[]][] = [
  ['Do I need to bring an engineer?', ['No. Every booking includes one of our three engineers. You are welcome to bring your own producer as well.']],
  [
    'Can we record and mix on the same day?',
    [
      j(
        'You can, but we rarely recommend it. Ears get tired. For a single song we suggest tracking in the day and mixing the',
        'next morning; for an EP, book the mix days a week or two after tracking.',
      ),
    ],
  ],
  [
    'What happens if we run late?',
    [
      j(
        'If the next booking allows, we carry on at the hourly rate. If it does not, we stop on time and save everything so you',
        'can pick up at your next session.',
      ),
    ],
  ],
  ['Is there parking?', ['There are four spaces in the yard for loading. Long-stay parking is at the Ferry Lane car park, five minutes away on foot.']],
  [
    'Do you store our files?',
    [
      'We keep session files for twelve months after your last booking, then delete them. Bring a drive on the last day if you want your own copy.',
      'Files sent by download link stay up for 30 days.',
    ],
  ],
];
const hNav = ['Studio', 'Rates', 'FAQ', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Fernhollow Sound</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${hIntro}"><meta name="generator" content="Hugo 0.136.5">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://fernhollowsound.uk/faq/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="pages">
<meta itemprop="name" content="${hTitle}"><meta itemprop="wordCount" content="232"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/images/desk-wide.jpg');"><div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Fernhollow Sound</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://instagram.com/fernhollowsound" target="_blank" rel="noopener"
class="instagram ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1" title="Instagram link"
aria-label="follow on Instagram——Opens in a new window">
<span class="icon"><svg style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"><path d="M42.271,26.578"/></svg></span></a></div></div>
</div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">Fernhollow Sound</div>
<div class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">Recording and rehearsal in the Calder valley</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Pages</aside><h1 class="f1 athelas mt3 mb1">${hTitle}</h1></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>${hIntro}</p>
${hQA
  .map(
    ([q, a]) =>
      `<h3 id="${q
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/-$/, '')}">${q}</h3>\n${ps(a)}`,
  )
  .join('\n')}
<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this page</p>
<nav id="TableOfContents"><ul>${hQA.map(([q]) => `<li><a href="#q">${q}</a></li>`).join('')}</ul></nav></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://fernhollowsound.uk/">
&copy; Fernhollow Sound 2026</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hGold = [hTitle, ...hQA.map(([q]) => q), hIntro, ...hQA.flatMap(([, a]) => a)];
const hugoFaq: TestPage = {
  name: 'heldout682-hugo-booking-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hQA.map(([q]) => q),
  body: hGold.slice(1 + hQA.length),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(hGold, [
    'Fernhollow Sound', ...hNav, 'Recording and rehearsal in the Calder valley', 'Pages', "What's in this page", '© Fernhollow Sound 2026',
  ]),
};

const mTitle = 'Gullhaven Sound';
const mRef = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const mLead = [
  j(
    `<b>Gullhaven Sound</b> was a recording studio on Tanner's Wharf in Northvale, open from 1979 to 2011. It was best known for its`,
    `large stone-walled live room, a former grain store, and for the run of local punk and folk records made there in the 1980s.${mRef(1)}`,
  ),
];
const mHeads = ['History', 'The live room', 'Closure', 'References'];
const mText = [
  [
    j(
      'The studio was founded by sound engineer Aled Brisco and his sister Wenna, who bought the wharf building at auction for a',
      `fraction of its value. The first sessions were recorded on a second-hand eight-track machine.${mRef(2)} In 1986 the studio`,
      'moved up to 24 tracks and added a second, smaller control room.',
    ),
  ],
  [
    j(
      'The live room measured about 14 by 9 metres, with bare stone walls and a timber roof. Engineers used the room&#39;s long',
      'natural decay on drums and choirs, and players remembered it as cold in winter and loud all year round.',
    ),
  ],
  [
    j(
      'Rising rents on the waterfront and the move to home recording cut bookings through the 2000s. The studio closed in',
      'March 2011 and the building was turned into flats. The console was sold to a school in Harrowby.',
    ),
  ],
];
const mRefs = ['"Stone room, loud records", Northvale Evening Post, 3 May 1988.', 'Brisco, Wenna. Interview with the wiki, 2014.'];
const mBox = ['Gullhaven Sound', 'Location', "Tanner's Wharf, Northvale", 'Opened', '1979', 'Closed', '2011', 'Founders', 'Aled and Wenna Brisco'];
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Northvale Music Wiki', 'Disclaimers'];
const edit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Northvale Music Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Gullhaven_Sound","wgTitle":"Gullhaven Sound",
"wgCurRevisionId":8812,"wgIsArticle":true,
"wgCategories":["Recording studios","Defunct venues"]};RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector"><meta name="generator"
content="MediaWiki 1.39.10">
<link rel="edit" title="Edit" href="/index.php?title=Gullhaven_Sound&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Gullhaven_Sound rootpage-Gullhaven_Sound
skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Northvale Music Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mBox[0]}</th></tr>
${[1, 3, 5, 7]
  .map(
    (i) => `<tr><th scope="row" class="infobox-label">${mBox[i]}</th><td class="infobox-data">${mBox[i + 1]?.replace("'", '&#39;')}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
${ps(mLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>${mHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(' ', '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mText.map((t, i) => `<h2><span class="mw-headline" id="${mHeads[i]?.replace(' ', '_')}">${mHeads[i]}</span>${edit}</h2>\n${ps(t)}`).join('\n')}
<h2><span class="mw-headline" id="References">References</span>${edit}</h2>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260904211255 CPU time usage: 0.041 seconds --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://nvmwiki.org/index.php?oldid=8812">https://nvmwiki.org/index.php?oldid=8812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Recording_studios">Recording studios</a></li><li><a href="/wiki/Category:Defunct_venues">Defunct venues</a></li></ul></div>
</div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal"
class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal tools</span></h3><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></div></nav><div id="left-navigation"><nav id="p-namespaces"
class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected"><a href="/wiki/Gullhaven_Sound">Page</a></li><li
id="ca-talk" class="new"><a href="/index.php?title=Talk:Gullhaven_Sound&amp;action=edit&amp;redlink=1">Discussion</a></li>
</ul></div></nav></div><div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-view" class="selected"><a href="/wiki/Gullhaven_Sound">Read</a></li><li id="ca-edit"><a
href="/index.php?title=Gullhaven_Sound&amp;action=edit">Edit</a></li>
<li id="ca-history"><a href="/index.php?title=Gullhaven_Sound&amp;action=history">View history</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><h3><label for="searchInput">Search</label>
</h3>
<form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Northvale Music Wiki" id="searchInput"></form></div></div>
</div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" role="navigation"><h3
class="vector-menu-heading">Navigation</h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 4 September 2026, at 21:12.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mGold = [mTitle, ...mHeads, ...texts(mLead), ...texts(mText.flat()), ...mRefs];
const mediawikiStudio: TestPage = {
  name: 'heldout682-mediawiki-gullhaven',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mGold.slice(1 + mHeads.length),
  bylines: ['This page was last edited on 4 September 2026, at 21:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(mGold, [
    ...mBox, 'From Northvale Music Wiki', 'Jump to navigation', 'Jump to search', 'Contents', 'edit', '^',
    'Retrieved from "https://nvmwiki.org/index.php?oldid=8812"', 'Categories', 'Recording studios', 'Defunct venues',
    'Navigation menu', 'Personal tools', 'Log in', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Search', 'Navigation', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ]),
};

export const HELDOUT682_E: readonly TestPage[] = [hugoFaq, mediawikiStudio];
