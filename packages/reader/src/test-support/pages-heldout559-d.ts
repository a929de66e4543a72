import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file d: a first-lesson post on a Hugo site with the PaperMod theme (breadcrumbs, table of contents,
 * tags, prev / next and share buttons), and a manoeuvre article on a learner drivers' MediaWiki wiki in the Vector 2022 skin.
 */
const hTitle = 'What happens on your first driving lesson';
const hDesc = 'A walk through the first two hours, from the cockpit drill to your first junction.';
const hBody = [
  j(
    'Almost everyone is nervous before their first lesson, and almost everyone is surprised by how little driving it involves at the',
    'start. Here is what a typical first two hours look like with me.',
  ),
  'Before we set off',
  j(
    'I will ask to see your provisional licence and check that you can read a number plate at twenty metres. Then I drive us to a',
    'quiet estate road, usually in Northgate Park, where there is little traffic and plenty of room.',
  ),
  'The cockpit drill',
  'We swap seats and go through the checks you will do every time you get in the car. Most instructors teach them as DSSSM:',
  '<strong>Doors</strong>: all shut properly.',
  '<strong>Seat</strong>: close enough to press the clutch to the floor with a slight bend in your knee.',
  '<strong>Steering</strong>: wheel adjusted so your arms are relaxed.',
  '<strong>Seatbelt</strong>: on and not twisted.',
  '<strong>Mirrors</strong>: set so you can see the most road with the least movement of your head.',
  'Moving off and stopping',
  j(
    'Next we look at the controls with the engine off, then on. You will find the biting point, move off a few metres and stop again',
    'at the side of the road. We repeat this until it feels routine, which for most people takes twenty minutes or so.',
  ),
  j('I have dual controls, so if anything goes wrong I can stop the car. In eight years I have needed them on a first lesson only a', 'handful of times.'),
  'Your first junction',
  j(
    'If moving off is going well, we will finish with a few left turns around the estate. You will not be on a main road, you will',
    'not be near a roundabout, and you will not be asked to do anything you have not practised with the car standing still first.',
  ),
  'What to bring',
  j(
    'Your provisional licence, glasses if you wear them, and comfortable flat shoes. That is it. Leave the nerves at home if you',
    'can, and if you cannot, tell me: I would rather know.',
  ),
];
const hHeads = [1, 3, 10, 13, 15];
const hMenu = ['Posts', 'Prices', 'Book', 'Search'];
const hTags = ['First Lesson', 'Beginners'];
const hId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const hContent = hBody
  .map((t, i) =>
    hHeads.includes(i)
      ? `<h2 id="${hId(t)}">${t}<a hidden class="anchor" aria-hidden="true" href="#${hId(t)}">#</a></h2>`
      : i === 5
        ? `<ul>\n${lis(hBody.slice(5, 10))}\n</ul>`
        : i > 5 && i < 10
          ? ''
          : `<p>${t}</p>`,
  )
  .filter((t) => t !== '')
  .join('\n');
const hToc = hHeads.map((i) => `<li><a href="#${hId(hBody[i] ?? '')}" aria-label="${hBody[i]}">${hBody[i]}</a></li>`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Northgate Driving Notes</title><meta name="keywords" content="First Lesson, Beginners">
<meta name="description" content="${hDesc}"><meta name="author" content="Tomasz Rydel">
<link rel="canonical" href="https://northgatedriving.uk/posts/first-lesson/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"datePublished":"2025-04-02T00:00:00Z","author":[{"@type":"Person","name":"Tomasz Rydel"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://northgatedriving.uk/" accesskey="h" title="Northgate Driving Notes (Alt + H)">
Northgate Driving Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)">
<svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18"></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="https://northgatedriving.uk/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul>
</nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://northgatedriving.uk/">Home</a>&nbsp;»&nbsp;
<a href="https://northgatedriving.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDesc}</div><div class="post-meta">
<span title="2025-04-02 00:00:00 +0000 UTC">April 2, 2025</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;
Tomasz Rydel</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hToc}</ul></div></details></div>
<div class="post-content">${hContent}</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul>
<nav class="paginav"><a class="prev" href="https://northgatedriving.uk/posts/theory-test-apps/"><span class="title">« Prev</span><br>
<span>Theory test apps compared</span></a><a class="next" href="https://northgatedriving.uk/posts/choosing-an-instructor/"><span class="title">Next »</span><br>
<span>How to choose an instructor</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=first">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on whatsapp"
href="https://api.whatsapp.com/send?text=first"><svg viewBox="0 0 512 512"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://northgatedriving.uk/">Northgate Driving Notes</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"/></svg></a>
<script>let menu=document.getElementById("menu");menu&&(menu.scrollLeft=localStorage.getItem("menu-scroll-position"))</script>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.className.includes("dark")?(document.body.classList.remove("dark"),
localStorage.setItem("pref-theme","light")):(document.body.classList.add("dark"),localStorage.setItem("pref-theme","dark"))})</script></body></html>`;
const hugoPost: TestPage = {
  name: 'heldout559-hugo-first-lesson',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts([hDesc, ...hBody.filter((_, i) => !hHeads.includes(i))]),
  bylines: ['April 2, 2025 · 4 min · Tomasz Rydel'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northgate Driving Notes', ...hMenu, 'Table of Contents', 'Beginners', '« Prev', 'Theory test apps compared', 'Next »',
    'How to choose an instructor', '© 2025 Northgate Driving Notes · Powered by Hugo & PaperMod',
  ],
};

const mTitle = 'Bay parking';
const mBody = [
  j(
    '<b>Bay parking</b> is one of the four manoeuvres that can be asked for on the practical driving test. The candidate parks in a',
    'marked bay, either driving in forwards and reversing out, or reversing in and driving out forwards.',
  ),
  j(
    'Bay parking is usually done in the test centre car park at the start or end of the test, although the forward bay park is',
    'more often asked for in a public car park during the drive.',
  ),
  'Reverse bay park',
  j(
    'The driver pulls forward past the bay, stops with the car at right angles to the bays, and reverses in, using reference points',
    'on the side windows to judge when to start steering. Observation all round the car is required throughout.',
  ),
  'A commonly taught sequence is:',
  'Position the car about three bays beyond the target bay and about a car length away from the line ends.',
  'Check all round, then reverse slowly until the line of the target bay appears in line with the door mirror.',
  'Steer full lock towards the bay, looking round regularly for pedestrians and other cars.',
  'Straighten up when the car is parallel with the lines, and stop with the car fully inside the bay.',
  'Forward bay park',
  j(
    'In the forward bay park the driver turns into a bay from the car park lane, then reverses out, either to the left or right as',
    'asked. Because the rear of the car swings out less when reversing out, most examiners treat this as the easier of the two.',
  ),
  'Common faults',
  'Finishing across the lines or with a wheel on a line.',
  'Not looking round before and during the reverse.',
  'Taking more than two corrections to finish inside the bay.',
  j(
    'Hitting the kerb or a line end is not itself a fault in a car park, but ending up outside the bay usually counts as a serious',
    'fault.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">[</span>1<span class="cite-bracket">]</span></a></sup>',
  ),
];
const mHeads = [2, 9, 11];
const mOl = [5, 6, 7, 8];
const mUl = [12, 13, 14];
const mEdit = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Bay_parking&amp;action=edit&amp;section=${n}" title="Edit section: ${t}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mContent = mBody
  .map((t, i) =>
    mHeads.includes(i)
      ? mEdit(t, mHeads.indexOf(i) + 1)
      : mOl[0] === i
        ? `<ol>${lis(mOl.map((k) => mBody[k] ?? ''))}</ol>`
        : mUl[0] === i
          ? `<ul>${lis(mUl.map((k) => mBody[k] ?? ''))}</ul>`
          : mOl.includes(i) || mUl.includes(i)
            ? ''
            : `<p>${t}\n</p>`,
  )
  .filter((t) => t !== '')
  .join('\n');
const mInfo = [
  ['Test', 'Practical driving test'],
  ['Asked on', 'About 1 test in 4'],
  ['Related', 'Parallel park, pull up on the right'],
];
const mTools = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mToc = ['Reverse bay park', 'Forward bay park', 'Common faults', 'References'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - LearnerWiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Bay_parking","wgTitle":"Bay parking","wgCurRevisionId":18842,"wgArticleId":412,"wgIsArticle":true,"wgAction":"view"};
RLPAGEMODULES=["mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="viewport" content="width=1120">
<link rel="canonical" href="https://wiki.learnerdrivers.org/wiki/Bay_parking">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="LearnerWiki (en)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Bay_parking rootpage-Bay_parking
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox"
role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu"><label id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu">
<div class="vector-pinnable-header-label">Main menu</div>
<ul class="vector-menu-content-list">${links(['Main page', 'Recent changes', 'Random page'], 'mw-list-item')}
</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">LearnerWiki</strong></span></a>
</div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div class="cdx-text-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search LearnerWiki" aria-label="Search LearnerWiki" id="searchInput"></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-sitenotice-container"><div id="siteNotice"></div></div><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mToc
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(mTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From LearnerWiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en"
dir="ltr"><table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/bay-park.svg/220px-bay-park.svg.png" alt="" width="220"></span>
<div class="infobox-caption">Reversing into the third bay</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${mContent}
${mEdit('References', 4)}
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span>
<span class="reference-text">Driving Examiners' Marking Guide, section 7 (2023 edition).</span></li></ol></div>
<!-- NewPP limit report Parsed by mw1 Cached time: 20250514091205 --></div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start" alt=""
width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.learnerdrivers.org/index.php?title=Bay_parking&amp;oldid=18842">
https://wiki.learnerdrivers.org/index.php?title=Bay_parking&amp;oldid=18842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Category</a>: <ul>${links(['Manoeuvres', 'Practical test'])}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 14 May 2025,
at 09:12.</li><li id="footer-info-copyright">Content is available under <a class="external" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative
Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About LearnerWiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":141});});</script></body></html>`;
const wikiBay: TestPage = {
  name: 'heldout559-mediawiki-bay-parking',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mHeads.map((i) => mBody[i] ?? ''), 'References'],
  body: texts([
    ...mBody.filter((_, i) => !mHeads.includes(i)).map((t) => t.replace(/<sup.*<\/sup>/, '')),
    "Driving Examiners' Marking Guide, section 7 (2023 edition).",
  ]),
  bylines: ['This page was last edited on 14 May 2025, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Main page', 'Recent changes', 'Random page', 'LearnerWiki', 'Search', 'Create account', 'Log in', 'Contents',
    '(Top)', '1', '2', '3', '4', ...mTools, 'From LearnerWiki', 'Reversing into the third bay', 'Asked on', 'About 1 test in 4', 'Related',
    'Parallel park, pull up on the right', 'Category:',
    'Manoeuvres', 'Practical test', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About LearnerWiki', 'Disclaimers',
  ],
};

export const HELDOUT559_D: readonly TestPage[] = [hugoPost, wikiBay];
