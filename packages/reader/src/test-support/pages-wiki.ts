import { ps, texts, type TestPage } from './page-kit.js';

const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const wpBody = [
  `The Humber Bridge is a single-span road suspension bridge near Kingston upon Hull, England. When it opened on 24 June 1981, it` +
    ` was the longest single-span suspension bridge in the world.${ref(1)}`,
  `The bridge spans the Humber, an estuary formed by the rivers Trent and Ouse, between Barton-upon-Humber on the south bank and` +
    ` Hessle on the north bank.${ref(2)}`,
  'Plans for a bridge were first drawn up in the 1930s, but construction did not begin until ' +
    '1972. The towers were built of concrete rather than steel, because concrete was cheaper ' +
    'and easier to shape.',
  `The two towers are 1.4 kilometres apart and are not parallel: they lean away from each other by 36 millimetres to allow for the` +
    ` curvature of the Earth.${ref(3)}`,
  'Tolls were charged from the opening, and were halved in 2012 after the government wrote off part of the debt incurred in building the bridge.',
];
const wikipedia: TestPage = {
  name: 'wiki-encyclopedia',
  kind: 'wiki',
  title: 'Humber Bridge',
  headings: ['History', 'Design', 'Tolls'],
  body: texts(wpBody).map((t) => t.replace(/\[\d+\]/g, '')),
  bylines: [],
  furniture: [
    'From Wikipedia, the free encyclopedia',
    'Jump to navigation',
    'For the bridge in Australia, see Humber Bridge (disambiguation).',
    'Carries',
    'Four lanes of the A15 road',
    '^ "Humber Bridge Board"',
    'Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.',
    'Categories:',
    'This page was last edited on 2 May 2024, at 10:21 (UTC).',
    'edit',
  ],
  html:
    `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><title>Humber Bridge - Wikipedia</title></head>` +
    `<body class="mediawiki">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div id="mw-navigation"><div id="mw-panel"><ul><li><a>Main page</a></li><li><a>Contents</a></li><li><a>Random article</a></li></ul>` +
    `</div></div>
<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">Humber Bridge</span>` +
    `</h1>
<div id="bodyContent"><div id="siteSub">From Wikipedia, the free encyclopedia</div><a class="mw-jump-link">Jump to navigation</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">For the bridge in Australia, see Humber Bridge (disambiguation).</div>
<table class="infobox"><tbody><tr><th>Carries</th><td>Four lanes of the A15 road</td></tr><tr><th>Total length</th><td>2,220 m</td>` +
    `</tr></tbody></table>
${ps(wpBody.slice(0, 2))}
<div id="toc" class="toc"><h2>Contents</h2><ul><li><a>1 History</a></li><li><a>2 Design</a></li><li><a>3 Tolls</a></li></ul></div>
<h2><span class="mw-headline">History</span><span class="mw-editsection">[<a>edit</a>]</span></h2>${ps(wpBody.slice(2, 3))}
<h2><span class="mw-headline">Design</span><span class="mw-editsection">[<a>edit</a>]</span></h2>${ps(wpBody.slice(3, 4))}
<h2><span class="mw-headline">Tolls</span><span class="mw-editsection">[<a>edit</a>]</span></h2>${ps(wpBody.slice(4))}
<h2>References</h2><div class="reflist"><ol class="references"><li id="cite_note-1"><a>^</a> <cite>"Humber Bridge Board"</cite>` +
    `</li><li><a>^</a> <cite>Ordnance Survey map</cite></li></ol></div>
</div></div><div id="catlinks" class="catlinks"><a>Categories</a>: <a>Bridges in Yorkshire</a> <a>Suspension bridges</a></div>` +
    `</div></div>
<div id="footer"><ul id="footer-info"><li id="footer-info-lastmod">This page was last edited on 2 May 2024, at 10:21 (UTC).</li>` +
    `<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms` +
    ` may apply.</li></ul></div></body></html>`,
};

const fandomBody = [
  'The Lantern Keeper is a recurring character in the Hollow Vale series, first appearing in the second game as a guide to the flooded mines.',
  'She is never named in the games. The developers have said in interviews that she was ' +
    'designed to feel like a figure from a folk tale rather than a person with a history.',
  'In the third game the player learns that she has kept the same lantern lit for three ' +
    'hundred years, and that the mines flooded on the night she first let it go out.',
  'Fans have pointed out that her dialogue changes slightly each time the player dies, which the developers later confirmed was deliberate.',
];
const fandom: TestPage = {
  name: 'wiki-fan-wiki-ads',
  kind: 'wiki',
  title: 'The Lantern Keeper',
  headings: ['Appearance', 'Trivia'],
  body: texts(fandomBody),
  bylines: [],
  furniture: [
    'Hollow Vale Wiki',
    'Explore',
    'Fan Feed',
    'More Hollow Vale Wiki',
    'Community content is available under CC-BY-SA unless otherwise noted.',
    'Advertisement',
    'Follow on IG',
    'Take your favorite fandoms with you and never miss a beat.',
    'Sign In',
    'Register',
  ],
  html:
    `<!DOCTYPE html><html lang="en"><head><title>The Lantern Keeper | Hollow Vale Wiki | Fandom</title></head><body>
<div class="global-navigation"><a>Fandom</a><a>Sign In</a><a>Register</a></div>
<div class="fandom-community-header"><a>Hollow Vale Wiki</a><nav><ul><li><a>Explore</a></li><li><a>Characters</a></li><li>` +
    `<a>Locations</a></li></ul></nav></div>
<main class="page__main"><div class="page-header"><h1 class="page-header__title">The Lantern Keeper</h1></div>
<div id="content"><div class="mw-parser-output"><aside class="portable-infobox"><h2>The Lantern Keeper</h2>` +
    `<div>Voiced by Clara West</div></aside>
${ps(fandomBody.slice(0, 2))}<div class="top-ads-container"><p>Advertisement</p></div>
<h2><span class="mw-headline">Appearance</span></h2>${ps(fandomBody.slice(2, 3))}
<h2><span class="mw-headline">Trivia</span></h2>${ps(fandomBody.slice(3))}</div></div>
<div class="page-footer"><section class="rail-module recent-wiki-activity"><h2>Fan Feed</h2><h2>More Hollow Vale Wiki</h2><ul><li>` +
    `<a>Mine of Echoes</a></li></ul></section></div>
<div class="license-description">Community content is available under CC-BY-SA unless otherwise noted.</div></main>
<div class="global-footer"><a>Follow on IG</a><p>Take your favorite fandoms with you and never miss a beat.</p></div></body>` +
    `</html>`,
};

const kbBody = [
  'If the printer shows as offline, first check that it is switched on and connected to the same network as your computer.',
  'Restarting both the printer and the router clears most connection problems, because the printer asks the router for a new address when it starts.',
  'If the printer still shows as offline, remove it from the list of printers and add it again. This replaces the stored address with the current one.',
  'Printers that are moved between networks often keep an old address. Giving the printer a ' +
    'fixed address in the router settings stops this from happening again.',
];
const kb: TestPage = {
  name: 'wiki-help-centre',
  kind: 'wiki',
  title: 'Printer shows as offline',
  headings: ['Check the connection', 'Add the printer again'],
  body: texts(kbBody),
  bylines: ['Updated 3 weeks ago'],
  furniture: [
    'Was this article helpful?',
    '42 out of 57 found this helpful',
    'Have more questions? Submit a request',
    'Articles in this section',
    'Scanning to email',
    'Help Centre',
    'Search',
  ],
  html:
    `<!DOCTYPE html><html lang="en-gb"><head><title>Printer shows as offline – Help Centre</title></head><body>
<header class="header"><a class="logo">Help Centre</a><form role="search"><input placeholder="Search"></form></header>
<main><div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a>Help Centre</a></li><li><a>Printing</a></li></ol>` +
    `</nav>
<div class="article-container"><section class="article-sidebar"><h3>Articles in this section</h3><ul><li><a>Scanning to email</a>` +
    `</li><li><a>Paper jams</a></li></ul></section>
<article class="article"><header class="article-header"><h1 class="article-title">Printer shows as offline</h1>` +
    `<div class="article-meta"><span class="meta-data">Updated 3 weeks ago</span></div></header>
<section class="article-info"><div class="article-body">` +
    `<h2>Check the connection</h2>${ps(kbBody.slice(0, 2))}<h2>Add the printer again</h2>${ps(kbBody.slice(2))}</div>
<div class="article-votes"><span class="article-votes-question">Was this article helpful?</span><button>Yes</button>` +
    `<button>No</button><small class="article-votes-count">42 out of 57 found this helpful</small></div>
<div class="article-more-questions">Have more questions? <a>Submit a request</a></div></section></article></div></div></main>` +
    `</body></html>`,
};

export const WIKI_PAGES: readonly TestPage[] = [wikipedia, fandom, kb];
