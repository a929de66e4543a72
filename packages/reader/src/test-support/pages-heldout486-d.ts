import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file d: a ski patroller's blog post on Ghost (Casper theme, members signup) and a wiki article on a small
 * ski area on MediaWiki (Vector 2022 skin, infobox, table of contents, references).
 */
const gTitle = 'What a patroller actually checks before the ropes drop';
const gDek = 'Opening a run at 8:30 starts at 6:15 with a thermos, a radio check and a lot of walking.';
const gParas = [
  j(
    'People ask me what ski patrol does before the lifts open, usually in the tone you would use to ask a lifeguard what they',
    'do in winter. The honest answer is: most of the job. By the time the first chair loads, every run that is open has been',
    'skied, signed and, on a storm day, bombed.',
  ),
  j(
    'Our morning meeting is at 6:15 in the patrol shack at the top of the gondola. The snow safety lead reads the overnight',
    'weather, the avalanche forecast and the wind numbers from the summit station, and then hands out routes.',
  ),
];
const gSweepHead = 'The sweep';
const gSweep = [
  j(
    'Every open run gets skied by a patroller before the public. We are looking for anything that moved overnight: a tree',
    'across the cat track, a snow-making hydrant that got buried, a rope line that the wind pulled down.',
  ),
  j(
    'On my route I carry a bundle of bamboo poles and two spare "slow" signs. If a hazard can be marked, I mark it; if it',
    'cannot, the run stays closed and I call it in.',
  ),
];
const gControlHead = 'Avalanche control';
const gControl = [
  j(
    'On storm days the control teams go out first. We throw hand charges into start zones we know well and ski cut the',
    'smaller slopes. Nothing opens until the team lead for that area radios "all clear" to dispatch.',
  ),
  'The three things that most often delay an opening:',
];
const gDelays = ['wind loading after the control work is done', 'poor visibility that keeps us from seeing results', 'a lift that needs a mechanical check'];
const gEnd = j(
  'So if you are standing at the rope at 8:29 wondering what is taking so long, it is probably one of those. We want you up',
  'there as much as you do.',
);
const gNav = ['Home', 'Stories', 'Gear', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f3b2a1c4d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://notesfromthepatrolshack.com/before-the-ropes-drop/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-18T14:02:11.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Notes from the Patrol Shack"},
"author":{"@type":"Person","name":"Ines Barradas"},"headline":"${gTitle}","datePublished":"2026-01-18T14:02:11.000Z"}</script>
<meta name="generator" content="Ghost 5.75">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://notesfromthepatrolshack.com/"
 crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:20px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://notesfromthepatrolshack.com">Notes from the Patrol Shack</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-stories">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/stories/">Stories</a>
</span>
</section><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ines/"
 class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/11/ines.jpg" alt="Ines Barradas"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Barradas</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-18">Jan 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w1200/2026/01/rope-drop.jpg" alt="Patrollers at the top of the gondola">
<figcaption><span style="white-space: pre-wrap;">First chair, Ptarmigan Bowl. Photo by the author.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gParas)}
<h2 id="the-sweep">${gSweepHead}</h2>${ps(gSweep)}
<h2 id="avalanche-control">${gControlHead}</h2>${ps(gControl)}<ul>${lis(gDelays)}</ul>
${ps([gEnd])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-content-link" href="/first-aid-kit/">
<header class="post-card-header"><h2 class="post-card-title">Everything in my first aid pack, and why</h2></header>
<div class="post-card-excerpt">Fourteen pounds of stuff I hope never to use.</div></a></article>
<article class="post-card post"><a class="post-card-content-link" href="/toboggan/"><header class="post-card-header">
<h2 class="post-card-title">Learning to run a toboggan on ice</h2></header>
<div class="post-card-excerpt">The hardest two hundred metres of my first season.</div>
</a></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://notesfromthepatrolshack.com">Notes from the Patrol Shack</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f3b2a1c4d"></script></body></html>`;
const ghostPost: TestPage = {
  name: 'heldout486-patrol-blog-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gSweepHead, gControlHead],
  body: [gDek, ...gParas, ...gSweep, ...gControl, ...gDelays, gEnd],
  bylines: ['Ines Barradas', 'Jan 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Notes from the Patrol Shack', ...gNav, 'Sign in', 'Subscribe', '• 4 min read', 'First chair, Ptarmigan Bowl. Photo by the author.',
    'Sign up for more like this.', 'Enter your email', 'Everything in my first aid pack, and why', 'Fourteen pounds of stuff I hope never to use.',
    'Learning to run a toboggan on ice', 'The hardest two hundred metres of my first season.', 'Notes from the Patrol Shack © 2026', 'Privacy', 'RSS',
    'Powered by Ghost',
  ],
};

const wTitle = 'Brennock Hill Ski Area';
const wLead = j(
  'Brennock Hill Ski Area is a small community-owned ski area on the eastern slope of Brennock Hill in the Orrin Valley. It has',
  'three surface lifts and one double chairlift serving 22 runs on 180 m of vertical, and is run by volunteers of the Orrin',
  'Valley Ski Club.',
);
const wBox: string[][] = [
  ['Location', 'Orrin Valley'],
  ['Top elevation', '1,040 m'],
  ['Base elevation', '860 m'],
  ['Lifts', '1 double chair, 3 surface lifts'],
  ['Opened', '1952'],
];
const wSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'Skiing on Brennock Hill began in the late 1940s, when members of the Orrin Valley Ski Club cut a single run through the',
        'pasture of the Halloran farm and powered a rope tow with a tractor engine.[1] The club bought the land in 1952 and',
        'opened the area to the public that winter.',
      ),
      j(
        'The double chairlift was added in 1974, bought second-hand from a resort that was closing. A fire destroyed the',
        'original lodge in 1988; the present lodge was built by volunteers over the following two summers.[2]',
      ),
      j(
        'Poor snow years in the 2000s led to the installation of snowmaking on the two main runs in 2011, paid for by a local',
        'fundraising campaign that raised more than 300,000 dollars.',
      ),
    ],
  ],
  [
    'Terrain',
    [
      j(
        "About half of the runs are rated beginner or intermediate. The steepest run, Halloran's Drop, reaches a pitch of",
        '32 degrees near the top. A small terrain park is built each season on the lower part of Pasture Run.',
      ),
    ],
  ],
  [
    'Operations',
    [
      j(
        'The area is open on weekends and school holidays from late December to late March, and on Wednesday and Friday evenings',
        'under lights. Lift tickets are among the cheapest in the region, and children under six ski free.[3]',
      ),
      j(
        'Apart from a paid manager and two lift mechanics, the area is staffed by club volunteers, who run the lifts, the',
        'rental shop and the lodge kitchen in exchange for a season pass.',
      ),
    ],
  ],
];
const wRefs = [
  'Doyle, M. (1998). A Hill and a Tractor: Fifty Years of the Orrin Valley Ski Club. Orrin Valley Historical Society.',
  '"Lodge fire at Brennock Hill". Orrin Valley Courier. 14 February 1988.',
  '"Lift ticket prices 2025-26". Brennock Hill Ski Area. Retrieved 3 November 2025.',
];
const wSide = ['Main page', 'Contents', 'Current events', 'Random article', 'About Skiwiki', 'Help'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const wCatLinks = ['Ski areas in the Orrin Valley', 'Community-owned ski areas', 'Sports venues established in 1952'];
const wFoot = ['Privacy policy', 'About Skiwiki', 'Disclaimers'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${wTitle} - Skiwiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Brennock_Hill_Ski_Area",
"wgTitle":"Brennock Hill Ski Area","wgNamespaceNumber":0,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.0"><link rel="canonical" href="https://skiwiki.org/wiki/Brennock_Hill_Ski_Area"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Brennock_Hill_Ski_Area skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Skiwiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Skiwiki" aria-label="Search Skiwiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"
 class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#">(Top)</a></li>
${wSecs.map(([h], i) => `<li class="vector-toc-list-item"><a href="#${h}"><span class="vector-toc-numb">${i + 1}</span> <span>${h}</span></a></li>`).join('')}
<li class="vector-toc-list-item"><a href="#References"><span class="vector-toc-numb">4</span> <span>References</span></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/${wTitle}">Article</a></li><li>
<a href="/wiki/Talk:${wTitle}">Talk</a>
</li></ul></nav><nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li><li><a href="?action=edit">Edit</a></li><li><a href="?action=history">
View history</a></li></ul></nav><nav class="vector-page-tools-landmark" aria-label="Tools"><div class="vector-menu-heading">Tools</div>
<ul>${links(wTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Skiwiki, the free ski area encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><img src="/images/thumb/b/b3/Brennock_lodge.jpg/250px-Brennock_lodge.jpg" width="250" height="166" alt="">
<div class="infobox-caption">The lodge and the base of the double chair in 2019</div></td></tr>
${wBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p><b>${wTitle}</b>${wLead.slice(wTitle.length)}</p>
<meta property="mw:PageProp/toc">
${wSecs
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span>
</div>\n${ps(p.map((t) => t.replace(/\[(\d)\]/g, '<sup class="reference"><a href="#cite_note-$1">[$1]</a></sup>')))}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references">${lis(wRefs)}</ol></div>
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">
Categories</a>: <ul>${links(wCatLinks)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 9 January 2026, at 17:41.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License.
</li></ul><ul id="footer-places">${links(wFoot)}</ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiPage: TestPage = {
  name: 'heldout486-ski-area-mediawiki',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [...wSecs.map(([h]) => h), 'References'],
  body: [wLead, ...wSecs.flatMap(([, p]) => p), ...wRefs],
  bylines: ['This page was last edited on 9 January 2026, at 17:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...wSide.filter((t) => t !== 'About Skiwiki'), 'Skiwiki', 'Search', 'Create account', 'Log in', '(Top)',
    'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', ...wTools, 'From Skiwiki, the free ski area encyclopedia',
    'The lodge and the base of the double chair in 2019', 'Location', 'Top elevation', 'Base elevation', 'Opened', '1,040 m', '860 m',
    '1 double chair, 3 surface lifts', 'Categories',
    ...wCatLinks, 'Text is available under the Creative Commons Attribution-ShareAlike License.', ...wFoot,
  ],
};

export const HELDOUT486_D: readonly TestPage[] = [ghostPost, wikiPage];
