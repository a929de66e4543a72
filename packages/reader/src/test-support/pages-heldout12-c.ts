import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 12, file c: a GeeksforGeeks-style programming tutorial (code boxes with "Run" and "Try it Yourself"
 * buttons, output panes, in-content ads, "Improve" / "Like" / "Report" bar, "Similar Reads", a course promo) and an
 * English Wikipedia article as the MOBILE site serves it (Minerva skin: main-menu drawer, page actions, hatnote,
 * infobox, collapsible section wrappers with edit icons, references, "Last edited ... by" bar, mobile footer).
 */
const gfTitle = 'Dictionary Comprehension in Python';
const gfIntro = [
  'Dictionary comprehension is a short way to build a new dictionary from any iterable in a single expression. It ' +
    'works like list comprehension, except that each item produces a key and a value instead of a single element, and ' +
    'the result is wrapped in curly braces.',
  'Comprehensions are usually faster than the same loop written out with repeated assignments, and they keep the ' +
    'intent of the code in one place. In this article, we will look at the syntax and then at the patterns you will meet most often.',
];
const gfSyntax = [
  'The expression before the colon gives the key and the expression after it gives the value. The optional condition ' +
    'at the end decides which items of the iterable are kept.',
];
const gfZip = [
  'A common task is to pair up two lists, one holding keys and one holding values. The built-in zip() function walks ' +
    'both lists together, and the comprehension turns each pair into an entry.',
  'If the lists have different lengths, zip() stops at the shorter one, so extra items in the longer list are silently dropped.',
];
const gfFilter = [
  'Adding an if clause keeps only the items that pass the test. Here we keep the students who scored at least 50 marks ' +
    'and leave the rest out of the new dictionary.',
];
const gfIfElse = [
  'To change the value rather than drop the item, put a conditional expression in the value position. The condition ' +
    'then comes before the for keyword, not after it.',
];
const gfWhen = [
  'Comprehensions are not always the right choice. Avoid them when:',
  'the loop body needs several statements or a try block, because the comprehension would become hard to read;',
  'you need to stop early with break, which a comprehension cannot do;',
  'the same key can appear more than once and you need to combine the values, since later items simply overwrite earlier ones.',
  'In these cases an ordinary for loop with a dictionary is clearer, and it is rarely much slower.',
];
const gfCode = (code: string, out: string): string =>
  `<div class="code-container"><div class="code-gutter"><button class="code-run-btn" aria-label="Run">Run</button>` +
  `<button class="copy-code-button">Copy Code</button></div><div class="code-block"><pre class="python">${code}</pre></div>` +
  `<div class="code-output"><div class="output-heading">Output</div><pre class="output-block">${out}</pre></div></div>`;
const gfSimilar = ['Python List Comprehension', 'Nested Dictionary Comprehension in Python', 'Python zip() Function', 'Set Comprehension in Python'];
const gfAd = (id: string): string => `<div class="gfg-ad-slot"><div id="GFG_AD_${id}" class="adsbygoogle" style="min-height:280px"></div></div>`;
const gfZipCode = "names = ['asha', 'ben', 'chidi']\nmarks = [72, 45, 88]\nresult = {n: m for n, m in zip(names, marks)}\nprint(result)";
const gfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${gfTitle} | GeeksforGeeks</title>
<meta name="description" content="Learn how to build dictionaries in one line with dictionary comprehension, with examples.">
<meta property="og:site_name" content="GeeksforGeeks"><meta property="og:type" content="article">
<meta property="article:published_time" content="2021-07-22T18:04:11+00:00"><meta property="article:modified_time" content="2025-03-18T10:21:40+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gfTitle}",
"dateModified":"2025-03-18","author":{"@type":"Organization","name":"GeeksforGeeks"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<style>.code-container{border:1px solid #e0e0e0;margin:16px 0}.output-heading{font-weight:600}</style></head>
<body class="single-post"><div class="header-main__wrapper"><a class="header-main__logo" href="/">GeeksforGeeks</a>
<ul class="header-main__list">${links(['Courses', 'Tutorials', 'Practice', 'Jobs'], 'header-main__list-item')}</ul>
<div class="header-main__signup"><button>Sign In</button></div></div>
<div class="header-secondary"><ul>${links(['Python Tutorial', 'Interview Questions', 'Python Quiz', 'Python Projects', 'Django'])}</ul></div>
<div class="container"><div class="article--viewer"><div class="article--viewer_content"><div class="a-wrapper">
<article class="content post-624193 post type-post status-publish"><div class="article-title"><h1>${gfTitle}</h1></div>
<div class="article-meta"><div class="media"><div class="meta-info"><span class="strong">Last Updated : </span><span>18 Mar, 2025</span></div>
<div class="article-buttons"><button class="improve-btn">Improve</button><button class="summarize-btn">Summarize</button>
<button class="suggest-btn">Suggest changes</button><button class="like-btn" aria-label="Like Article">Like</button>
<button class="share-btn">Share</button><button class="report-btn">Report</button></div></div></div>
<div class="text">
${ps(gfIntro)}
${gfAd('Desktop_InContent_ATF_336x280')}
<h2>Syntax of dictionary comprehension</h2>
${gfCode('{key_expr: value_expr for item in iterable if condition}', '')}
${ps(gfSyntax)}
<h2>Building a dictionary from two lists</h2>
${ps(gfZip.slice(0, 1))}
${gfCode(gfZipCode, "{'asha': 72, 'ben': 45, 'chidi': 88}")}
${ps(gfZip.slice(1))}
<a class="try-it-btn" href="https://www.geeksforgeeks.example/ide/dict-zip" target="_blank">Try it Yourself »</a>
<h2>Filtering with a condition</h2>
${ps(gfFilter)}
${gfCode('passed = {n: m for n, m in zip(names, marks) if m &gt;= 50}\nprint(passed)', "{'asha': 72, 'chidi': 88}")}
${gfAd('Desktop_InContent_BTF_336x280')}
<h2>Changing values with if-else</h2>
${ps(gfIfElse)}
${gfCode("grades = {n: 'pass' if m &gt;= 50 else 'fail' for n, m in zip(names, marks)}", "{'asha': 'pass', 'ben': 'fail', 'chidi': 'pass'}")}
<h2>When not to use a comprehension</h2>
<p>${gfWhen[0]}</p>
<ul>${gfWhen
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${gfWhen[4]}</p>
</div>
<div class="course-promo" style="background:#e8f5e9;padding:16px"><p class="course-promo__title">Python Programming Foundation - Self Paced</p>
<p class="course-promo__text">Learn Python from scratch with hands-on problems and a certificate at the end. Over 1.4 lakh learners enrolled.</p>
<a class="course-promo__btn" href="/courses/python-foundation">Explore Course</a></div>
<div class="article-bottom"><div class="article-tags"><span class="strong">Article Tags :</span>
<a href="/category/python-programs/">Python Programs</a><a href="/tag/python-dict/">python-dict</a></div>
<div class="article-bottom__buttons"><button class="like-btn">Like</button><a href="/improve/624193">Improve Article</a></div>
<div class="next-article"><span>Next Article</span><a href="/python-set-comprehension/">Set Comprehension in Python</a></div></div>
</article></div></div>
<div class="article--recommended"><div class="similar-reads"><h2 class="similar-reads__title">Similar Reads</h2><ul>
${gfSimilar
  .slice(0, 3)
  .map((t) => `<li class="similar-reads__item"><a href="/x">${t}</a><p class="similar-reads__excerpt">Read more</p></li>`)
  .join('\n')}</ul></div>
<div id="GFG_AD_Desktop_RightSideBar" class="gfg-ad-slot sidebar-ad"><span class="ad-label">Advertise with us</span></div></div></div></div>
<footer class="footer-wrapper"><p class="footer-address">Corporate &amp; Communications Address: A-143, 7th Floor, Sovereign Corporate Tower, Noida</p>
<ul>${links(['About Us', 'Legal', 'Careers', 'In Media', 'Contact Us', 'Advertise with us'])}</ul>
<p class="footer-copyright">@GeeksforGeeks, Sanchhaya Education Private Limited, All rights reserved</p></footer>
<div class="cookie-consent" id="cookieConsent"><p>We use cookies to ensure you have the best browsing experience on our website.</p>
<button>Got It !</button></div><script src="https://www.geeksforgeeks.example/wp-content/themes/iconic-one/js/gfg.min.js" defer></script></body></html>`;
const gfgTutorial: TestPage = {
  html: gfHtml,
  name: 'heldout12-gfg-tutorial',
  kind: 'docs',
  // decided: code boxes and their output panes are code (in neither list), their "Run", "Copy Code" and "Output" labels
  // furniture; the "Last Updated" date is the page's only byline; the course promo box inside <article> is furniture
  title: gfTitle,
  headings: [
    'Syntax of dictionary comprehension',
    'Building a dictionary from two lists',
    'Filtering with a condition',
    'Changing values with if-else',
    'When not to use a comprehension',
  ],
  body: [...texts(gfIntro), ...texts(gfSyntax), ...texts(gfZip), ...texts(gfFilter), ...texts(gfIfElse), ...texts(gfWhen)],
  bylines: ['18 Mar, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'GeeksforGeeks', 'Courses', 'Tutorials', 'Practice', 'Jobs', 'Sign In', 'Python Tutorial', 'Interview Questions', 'Python Quiz', 'Python Projects',
    'Django', 'Last Updated :', 'Improve', 'Summarize', 'Suggest changes', 'Share', 'Report', 'Run', 'Copy Code', 'Output', 'Try it Yourself »',
    'Python Programming Foundation - Self Paced',
    'Learn Python from scratch with hands-on problems and a certificate at the end. Over 1.4 lakh learners enrolled.', 'Explore Course',
    'Article Tags :', 'Python Programs', 'python-dict', 'Improve Article', 'Next Article', 'Set Comprehension in Python', 'Similar Reads',
    ...gfSimilar.slice(0, 3), 'Read more', 'Advertise with us',
    'Corporate & Communications Address: A-143, 7th Floor, Sovereign Corporate Tower, Noida', 'About Us', 'Legal', 'Careers', 'In Media',
    'Contact Us', '@GeeksforGeeks, Sanchhaya Education Private Limited, All rights reserved',
    'We use cookies to ensure you have the best browsing experience on our website.', 'Got It !',
  ],
};

const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}` +
  '<span class="cite-bracket">&#93;</span></a></sup>';
const wkTitle = 'Lake Vessany';
const wkLead = [
  `<b>Lake Vessany</b> is a glacial lake in the Kestrel Range of south-eastern British Columbia, Canada. About 14 kilometres long and ` +
    `up to 212 metres deep, it is the largest of the lakes that drain into the Tarrow River, and it gives its name to the small ` +
    `community of Vessany on its southern shore.${ref(1)}`,
  'The lake lies in a trench carved by ice during the last glaciation and is held back at its outlet by a moraine. Its water is ' +
    'unusually clear for the region, and its surface usually freezes completely only once every few winters.',
];
const wkGeo = [
  `The lake occupies a narrow valley running north-west to south-east, with steep forested slopes rising more than 1,000 metres ` +
    `above the water on its eastern side. Three creeks feed it from the north, the largest being Corrie Creek, which carries ` +
    `meltwater from the Vessany Glacier.${ref(2)}`,
  'A delta of gravel and sand at the mouth of Corrie Creek has advanced about 300 metres into the lake since the first survey in ' +
    '1911, and its shallow margins are an important spawning ground for kokanee salmon.',
];
const wkHistory = [
  `The Ktunaxa people travelled through the valley on routes between the Kootenay and Columbia rivers, and a seasonal fishing ` +
    `camp at the outlet is recorded in oral histories.${ref(3)} European prospectors reached the lake in the 1890s, and a short-lived ` +
    `silver mine operated on its western shore between 1898 and 1907.`,
  'After the mine closed, the settlement at the outlet survived on logging and, from the 1950s, on summer visitors. A provincial ' +
    'park protecting the northern third of the shoreline was created in 1973.',
];
const wkEco = [
  `Besides kokanee, the lake holds bull trout, rainbow trout and mountain whitefish. Introduced mysid shrimp, released in ` +
    `the 1960s to feed game fish, instead competed with young kokanee for zooplankton and contributed to a fall in their numbers ` +
    `in the 1980s.${ref(4)}`,
];
const wkRefs = [
  'Hallam, R. (2004). Lakes of the Kestrel Range. Nelson: Selkirk Press. p. 88.',
  'British Columbia Ministry of Environment (1996). Tarrow River Basin Water Quality Assessment. Victoria.',
  'Ignace, M. (2012). "Travel routes of the upper Columbia". BC Studies. 174: 31–52.',
  'Perrin, C.; Andrusak, H. (1999). "Mysid introductions and kokanee declines in interior lakes". Fisheries Management. 6: 120–134.',
];
const wkMenu = ['Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate', 'About Wikipedia', 'Disclaimers'];
const wkSection = (n: number, id: string, title: string, inner: string): string =>
  `<div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(${n})">` +
  `<span class="indicator mf-icon mf-icon-expand mf-icon--small"></span><h2 id="${id}">${title}</h2>` +
  `<span class="mw-editsection"><a role="button" href="/w/index.php?title=Lake_Vessany&amp;action=edit&amp;section=${n}" ` +
  `title="Edit section: ${title}" class="cdx-button cdx-button--size-large cdx-button--fake-button cdx-button--icon-only">` +
  `<span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div>\n` +
  `<section class="mf-section-${n} collapsible-block" id="mf-section-${n}">${inner}</section>`;
const wkMenuItem = (t: string): string =>
  `<li class="toggle-list-item"><a class="toggle-list-item__anchor" href="/wiki/x"><span class="minerva-icon"></span>` +
  `<span class="toggle-list-item__label">${t}</span></a></li>`;
const wkRef = (r: string, i: number): string =>
  `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span class="reference-text">${r}</span></li>`;
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs skin-theme-clientpref-day mf-expand-sections-clientpref-0" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Lake Vessany - Wikipedia</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Lake_Vessany",
"wgTitle":"Lake Vessany","wgCurRevisionId":1249930117,"wgMFMode":"stable"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.minerva.styles&amp;only=styles&amp;skin=minerva">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes"><meta property="og:title" content="Lake Vessany - Wikipedia">
<meta property="og:type" content="website"><link rel="canonical" href="https://en.wikipedia.example/wiki/Lake_Vessany">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lake Vessany","publisher":{"@type":"Organization",
"name":"Wikimedia Foundation, Inc."},"dateModified":"2025-03-14T09:12:44Z"}</script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Lake_Vessany skin-minerva action-view skin--responsive mw-mf-amc-disabled">
<div id="mw-mf-viewport"><div id="mw-mf-page-center"><a class="mw-mf-page-center__mask" href="#"></a>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box">
<input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-haspopup="true" aria-label="Open main menu">
<label role="button" for="main-menu-input" id="mw-mf-main-menu-button" class="cdx-button cdx-button--icon-only toggle-list__toggle">
<span class="minerva-icon minerva-icon--mainMenu"></span><span class="toggle-list-item__label">Open main menu</span></label>
<div id="mw-mf-page-left" class="menu view-border-box"><ul id="p-navigation" class="toggle-list__list">
${wkMenu.map(wkMenuItem).join('\n')}
</ul></div></nav><div class="branding-box"><a href="/wiki/Main_Page"><span><img src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
alt="Wikipedia" width="120" height="18"></span></a></div>
<form action="/w/index.php" method="get" class="minerva-search-form"><input type="search" name="search" class="search mw-ui-background-icon-search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia"><button class="searchSubmit">Search</button></form></div></header>
<main id="content" class="mw-body"><div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">${wkTitle}</span></h1><div class="tagline">Glacial lake in British Columbia, Canada</div></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list">
<li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" class="cdx-button cdx-button--fake-button">
<span class="minerva-icon minerva-icon--language"></span><span>Language</span></a></li>
<li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" href="/wiki/Special:Watch" class="cdx-button">
<span class="minerva-icon minerva-icon--star"></span><span>Watch</span></a></li>
<li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" href="#editor/all" class="cdx-button">
<span class="minerva-icon minerva-icon--edit"></span><span>Edit</span></a></li></ul></nav></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<section class="mf-section-0" id="mf-section-0"><div role="note" class="hatnote navigation-not-searchable">For the community on its shore, see
<a href="/wiki/Vessany,_British_Columbia">Vessany, British Columbia</a>.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">Lake Vessany</th></tr>
<tr><td colspan="2" class="infobox-image"><img src="//upload.wikimedia.example/Lake_Vessany_from_Corrie_Ridge.jpg" alt="" width="250"><div
class="infobox-caption">The lake from Corrie Ridge, looking south</div></td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Kestrel Range, British Columbia</td></tr>
<tr><th scope="row" class="infobox-label">Max. depth</th><td class="infobox-data">212 m (696 ft)</td></tr>
<tr><th scope="row" class="infobox-label">Surface elevation</th><td class="infobox-data">743 m (2,438 ft)</td></tr></tbody></table>
${ps(wkLead)}
</section>
${wkSection(1, 'Geography', 'Geography', ps(wkGeo))}
${wkSection(2, 'History', 'History', ps(wkHistory))}
${wkSection(3, 'Ecology', 'Ecology', ps(wkEco))}
${wkSection(
  4,
  'References',
  'References',
  `<div class="mw-references-wrap"><ol class="references">
${wkRefs.map(wkRef).join('\n')}
</ol></div>`,
)}
</div></div>
<div class="post-content" id="page-secondary-actions"></div></div>
<div class="last-modified-bar" data-mw="interface"><a href="/wiki/Special:History/Lake_Vessany"><span class="minerva-icon minerva-icon--history"></span>
<span class="last-modified-bar__text modified-enhancement" data-user-name="Quillfeather" data-timestamp="1741943564"><span>Last edited 3 days ago by
Quillfeather</span></span><span class="minerva-icon minerva-icon--expand"></span></a></div></main>
<footer class="mw-footer minerva-footer" role="contentinfo"><div class="post-content footer-content"><div id="p-lang">
<h4>Languages</h4><ul><li><a href="https://fr.wikipedia.example/wiki/Lac_Vessany">Français</a></li></ul></div>
<div id="footer-info"><p class="footer-info-lastmod">This page was last edited on 14 March 2025, at 09:12 (UTC).</p>
<p>Content is available under CC BY-SA 4.0 unless otherwise noted.</p></div>
<ul id="footer-places">${links(['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Code of Conduct', 'Developers', 'Desktop'])}</ul></div>
</footer></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":141});});</script></body></html>`;
const wikiMobile: TestPage = {
  html: wkHtml,
  name: 'heldout12-wikipedia-mobile',
  kind: 'wiki',
  // decided: the hatnote, the short description under the title, the infobox (caption and rows) and the edit/watch/language
  // buttons are furniture; the References section (heading and list) is furniture, as a reference list is not prose a
  // summary wants; the reference markers stay in the body text as the page prints them; "Last edited ... by" is a byline
  title: wkTitle,
  headings: ['Geography', 'History', 'Ecology'],
  body: [...texts(wkLead), ...texts(wkGeo), ...texts(wkHistory), ...texts(wkEco)],
  bylines: ['Last edited 3 days ago by Quillfeather', 'This page was last edited on 14 March 2025, at 09:12 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open main menu', 'Home', 'Random', 'Nearby', 'Log in', 'Settings', 'Donate', 'About Wikipedia', 'Disclaimers', 'Search',
    'Glacial lake in British Columbia, Canada', 'Language', 'Watch', 'Edit', 'For the community on its shore, see Vessany, British Columbia.',
    'The lake from Corrie Ridge, looking south', 'Location', 'Kestrel Range, British Columbia', 'Max. depth', '212 m (696 ft)', 'Surface elevation',
    '743 m (2,438 ft)', 'References', ...wkRefs, 'Languages', 'Français', 'Content is available under CC BY-SA 4.0 unless otherwise noted.',
    'Privacy policy', 'Code of Conduct', 'Developers', 'Desktop',
  ],
};

export const HELDOUT12_C: readonly TestPage[] = [gfgTutorial, wikiMobile];
