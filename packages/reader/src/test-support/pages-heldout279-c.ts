import { links, ps, type TestPage, texts } from './page-kit.js';
import { wikidot } from './pages-heldout279-c2.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file c: a TV Tropes trope page (top navigation, the "Main /" namespace in the h1, page tools, the page
 * quote, folders under "Examples:" with spoilers, the "Related to" box, the right sidebar with the random-trope widget and
 * ads, the consent banner and the footer); from file c2, a Wikidot page of an SCP-style archive.
 */
const tTitle = 'The Cartographer Never Travels';
const tQuote = [
  '<em>"I have drawn every coast from here to the Ember Sea, and I have never once been seasick."</em>',
  '— <strong>Magister Vell</strong>, <em><a class="twikilink" href="/pmwiki/pmwiki.php/Literature/TheSaltRoads">The Salt Roads</a></em>',
];
const tIntro = [
  j(
    'A character whose whole job is describing the wider world has, somehow, never left home. They draw the maps, write the',
    'guidebooks or teach the geography lessons, and everyone assumes they must have seen it all. They have not.',
  ),
  j(
    'The trope is usually played for comedy when the character finally sets out and turns out to be hopeless at the practical',
    'side of travel, but it can also be poignant: the mapmaker who always meant to go and never did, and who now hands the map to',
    'the hero with a look of quiet envy.',
  ),
  j(
    'Compare <a class="twikilink" href="/pmwiki/pmwiki.php/Main/ArmchairExpert">Armchair Expert</a> for the general case, and',
    '<a class="twikilink" href="/pmwiki/pmwiki.php/Main/TheMapIsWrong">The Map Is Wrong</a> for when their secondhand knowledge',
    'turns out to be badly out of date.',
  ),
];
const tFolders: [string, string[]][] = [
  [
    'Anime &amp; Manga',
    [
      j(
        '<em><a class="twikilink" href="/pmwiki/pmwiki.php/Manga/HarborOfStars">Harbor of Stars</a></em>: Old Kessa runs the chart',
        'shop every captain in the port depends on. <span class="spoiler" title="you can set spoilers visible by default on your profile">She',
        'finally boards a ship in the last volume and is sick over the rail before they clear the breakwater.</span>',
      ),
    ],
  ],
  [
    'Literature',
    [
      j(
        '<em>The Salt Roads</em>: Magister Vell, quoted above, has mapped the entire continent from sailors’ accounts. The heroes',
        'discover that one of his most trusted informants invented half of the eastern coast.',
      ),
      j(
        '<em><a class="twikilink" href="/pmwiki/pmwiki.php/Literature/TheLampwrightsDaughter">The Lampwright’s Daughter</a></em>: the',
        'village schoolteacher can name every river in the kingdom in order but gets lost on the way to the next town.',
      ),
    ],
  ],
  [
    'Video Games',
    [
      j(
        '<em><a class="twikilink" href="/pmwiki/pmwiki.php/VideoGame/Tidebound">Tidebound</a></em>: the map vendor in the starting',
        'village sells you every regional map. If you bring him a souvenir from each region, he tells you he has never been past the',
        'gate and asks what the sea smells like.',
      ),
      j(
        '<em><a class="twikilink" href="/pmwiki/pmwiki.php/VideoGame/CrownOfAshes">Crown of Ashes</a></em>: subverted. The royal',
        'cartographer claims never to have travelled, <span class="spoiler" title="you can set spoilers visible by default on your profile">but',
        'is later revealed to be the masked scout who has been following the party the whole game.</span>',
      ),
    ],
  ],
  [
    'Western Animation',
    [
      j(
        '<em><a class="twikilink" href="/pmwiki/pmwiki.php/WesternAnimation/PipAndThePostOffice">Pip and the Post Office</a></em>: the',
        'sorting clerk knows every address in the world by heart and has never left the sorting room. One episode is about the',
        'team taking him to the seaside.',
      ),
    ],
  ],
];
const tItems = tFolders.flatMap(([, items]) => items);
const tNav = ['Tropes', 'Media', 'Browse', 'Indexes', 'Forums', 'Videos'];
const tTools = ['Edit Page', 'Related', 'History', 'Discussion', 'To Do'];
const tRelated = ['Knowledge Tropes', 'Travel Tropes', 'Stay in the Kitchen'];
const tRandom = ['Lighthouse Hermit', 'Postcard From Nowhere', 'The Ferryman Wants Exact Change'];
const tFoot = ['About TVTropes', 'TVTropes Customs', 'Contact Us', 'Privacy Policy', 'Cookies Policy', 'Terms of Service'];
const folder = ([label, items]: [string, string[]], i: number) => `<div class="folderlabel" onclick="togglefolder('folder${i}');">&nbsp;${label} </div>
<div id="folder${i}" class="folder" isfolder="true" style="display:block;"><ul>${items.map((t) => `<li> ${t}</li>`).join('\n')}</ul></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Cartographer Never Travels - TV Tropes</title>
<meta name="description" content="A character whose whole job is describing the wider world has, somehow, never left home.">
<meta property="og:site_name" content="TV Tropes"><meta property="og:title" content="The Cartographer Never Travels - TV Tropes">
<link rel="canonical" href="https://tvtropes.org/pmwiki/pmwiki.php/Main/TheCartographerNeverTravels">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"The Cartographer Never Travels",
"publisher":{"@type":"Organization","name":"TV Tropes"},"dateModified":"2026-03-06"}</script>
<script>var tvtropes_config={astri_stream_enabled:"",is_logged_in:"",handle:"",get_astri_stream:"",revnum:"42",img_domain:"https://static.tvtropes.example",
adblock:"1",adblock_url:"propellerads",dfp_ads:true,page_type:"trope"};</script>
<link rel="stylesheet" href="/design/assets/bundle.css?rev=3f2a"></head>
<body class=""><i class="-wrap" id="user-prefs"></i>
<nav id="main-header-bar" class="new-nav"><div id="main-header-bar-inner"><a href="/" class="no-dev" id="main-header-logoButton"></a>
<ul id="main-header-nav" class="nav-wrapper">${links(tNav, 'nav-item')}</ul>
<div id="main-header-search"><form action="/pmwiki/search_result.php" id="search-box"><input type="text" name="q" placeholder="Search"></form></div>
<div class="nav-random"><a href="/pmwiki/randomitem.php" class="button-random-trope">Random</a></div>
<a href="/pmwiki/login.php" class="login-button">Login</a></div></nav>
<div id="main-container"><div class="tvtropes-ad-unit" id="header-ad-wrapper"><div class="ad-label">Advertisement:</div></div>
<div id="main-content" class="page-Article "><article class="main-article" itemscope itemtype="http://schema.org/Article">
<div class="article-header" id="article_header"><h1 itemprop="headline" class="entry-title"><strong>Main / </strong>${tTitle}</h1>
<div class="actions-bar"><span class="pageviews">Go To</span> <ul class="page-actions">${links(tTools, 'action')}</ul>
<div class="share-bar"><span>Share</span> <a class="fb" href="#">Facebook</a> <a class="tw" href="#">X</a> <a class="rd" href="#">Reddit</a></div></div></div>
<div id="main-article" class="article-content retro-folders">
<div class="indent">${tQuote[0]}<div class="indent">${tQuote[1]}</div></div>
${ps(tIntro)}
<h2>Examples:</h2>
<p><div class="folderlabel" onclick="toggleAllFolders();">open/close all folders</div></p>
${tFolders.map(folder).join('\n')}
<hr><div class="related-box"><span class="related-label">Related to:</span><ul>${links(tRelated)}</ul></div>
</div>
<div class="section-links" id="section-links"><div class="titles"><div><h3 class="text-center text-uppercase">Previous</h3></div><div><h3
class="text-center text-uppercase">Index</h3></div><div><h3 class="text-center text-uppercase">Next</h3></div></div>
<div class="links"><ul><li><a href="#">Carrier Pigeon Plot</a></li></ul><ul><li><a href="#">Occupational Tropes</a></li></ul><ul><li><a
href="#">Cartographer Casanova</a></li></ul></div></div>
<div id="proper-ad-1" class="proper-ad-unit"><div class="ad-label">Advertisement:</div></div>
<div class="article-history"><span class="history-label">Edited by</span> <a href="/pmwiki/pmwiki.php/Tropers/QuietLantern">QuietLantern</a> on Mar 6th
2026 at 4:12:09 PM</div></article>
<div id="main-content-sidebar"><div class="sidebar-item"><h3 class="sidebar-header">Random Trope</h3><ul class="random-list">${links(tRandom)}</ul></div>
<div class="sidebar-item"><h3 class="sidebar-header">Crowner</h3><p class="crowner-q">Which subversion in the Video Games folder is best?</p>
<a href="/pmwiki/crowner.php" class="button-vote">Vote now</a></div></div></div></div>
<footer id="main-footer"><div id="main-footer-inner"><ul class="footer-menu">${links(tFoot)}</ul>
<p class="copyright">TVTropes is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.</p></div></footer>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on a
device, such as cookies, and process personal data for personalised ads and content.</p></div><div class="qc-cmp2-summary-buttons"><button
mode="secondary">MORE OPTIONS</button><button mode="primary">AGREE</button></div></div>
<script src="/design/assets/bundle.js?rev=3f2a"></script><script>if(typeof window.tvtropes_config!=="undefined"){initSpoilers();}</script></body></html>`;
const tvTropes: TestPage = {
  name: 'heldout279-tvtropes-trope',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: ['Examples:'],
  body: texts([...tQuote, ...tIntro, ...tItems]),
  bylines: ['Edited by', 'QuietLantern', 'on Mar 6th 2026 at 4:12:09 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Random', 'Login', 'Advertisement:', 'Main /', 'Go To', ...tTools, 'Share', 'Facebook', 'Reddit', 'open/close all folders',
    'Anime & Manga', 'Literature', 'Video Games', 'Western Animation', 'Related to:', ...tRelated, 'Previous', 'Index', 'Next',
    'Carrier Pigeon Plot', 'Occupational Tropes', 'Cartographer Casanova', 'Random Trope', ...tRandom, 'Crowner',
    'Which subversion in the Video Games folder is best?', 'Vote now', ...tFoot,
    'TVTropes is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.',
    j(
      'We value your privacy. We and our partners store and access information on a device, such as',
      'cookies, and process personal data for personalised ads and content.',
    ),
    'MORE OPTIONS', 'AGREE',
  ],
};

export const HELDOUT279_C: readonly TestPage[] = [tvTropes, wikidot];
