import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file c: a Wikiquote author page in the Vector 2022 skin (main menu, page tools, table of contents,
 * edit-section links, nested source lines under each quote, sister-project box, categories, footer) and a Goodreads-style
 * tag quotes listing (quote cards with the author and book after a dash, tags, like counts and buttons, tag rail, footer).
 */
const wIntro = [
  j(
    '<b>Oriel Mashburn</b> (born 14 June 1948) is a poet and essayist from the island of Scarrow, known for her long sequence',
    '<i>The Salt Ledger</i> and for her lectures on memory and the sea.',
  ),
  j(
    'She worked for twenty years as a harbour clerk in Port Selby before publishing her first collection, and much of her work',
    'draws on the ledgers, tide tables and shipping registers she kept there.',
  ),
];
const wSaltQuotes = [
  'The tide keeps better books than any clerk; it takes back only what it lent.',
  'Canto III, line 12',
  'We named the rocks so we could tell our children which ones had drowned their grandfathers.',
  'Canto VII, lines 40–41',
  'A harbour is a promise made in stone and broken every winter.',
  'Canto XI, line 3',
];
const wLectQuotes = [
  j('Memory is not a room we walk back into. It is a house we keep rebuilding from the same few bricks, and every time the', 'doors are in a different place.'),
  'First lecture, “The Bricks of the House”',
  'A poem should be able to survive being spoken aloud in a kitchen, with the kettle going.',
  'Third lecture, “Kitchen Acoustics”',
  j(
    'The young think the past is behind them. Those of us who grew up on an island know it is all around, like water, and that',
    'on a still day you can see straight down to the bottom of it.',
  ),
  'Fifth lecture, “Still Water”',
];
const wLetters = [
  'Do not send me your poems about the sea. Send me your poems about the people who have to go out on it.',
  'Letter to a student, 3 May 2009',
  'I have never trusted a line that came easily. The easy ones are usually somebody else’s, remembered.',
  'Letter to the Scarrow Quarterly, 1 November 2011',
];
const wAbout = [
  'Mashburn writes as if the Atlantic were looking over her shoulder and occasionally correcting the spelling.',
  'Teodric Vane, review in the Scarrow Quarterly (1999)',
];
const wMenu = ['Main page', 'Community portal', 'Village pump', 'Recent changes', 'Random page', 'Help'];
const wTools = ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page'];
const wFoot = ['Privacy policy', 'About Quotewiki', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'];
const wCats = ['Poets from Scarrow', 'Essayists', '1948 births', 'Living people'];
const h2 = (id: string, t: string, lv = 2): string =>
  `<div class="mw-heading mw-heading${lv}"><h${lv} id="${id}">${t}</h${lv}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/w/index.php?title=Oriel_Mashburn&amp;action=edit&amp;section=1" title="Edit section">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const nested = (items: readonly string[]): string => {
  const out: string[] = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push(`<li>${items[i] ?? ''}\n<ul><li>${items[i + 1] ?? ''}</li></ul></li>`);
  return `<ul>\n${out.join('\n')}\n</ul>`;
};
const wHtml = `<!DOCTYPE html><html class="client-nojs vector-feature-appearance-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Oriel Mashburn - Quotewiki</title><script>RLCONF={"wgPageName":"Oriel_Mashburn","wgTitle":"Oriel Mashburn","wgNamespaceNumber":0};</script>
<meta property="og:title" content="Oriel Mashburn - Quotewiki"></head>
<body class="skin-vector skin-vector-2022 mediawiki ltr sitedir-ltr ns-0 ns-subject page-Oriel_Mashburn rootpage-Oriel_Mashburn">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-main-menu-landmark"><nav class="vector-main-menu" aria-label="Site"><div class="vector-menu-heading">Main menu</div>
<ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></nav></div><a href="/wiki/Main_Page" class="mw-logo">Quotewiki</a>
<div id="p-search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Quotewiki"></form></div>
<nav class="vector-user-links"><ul>${links(['Donate', 'Create account', 'Log in'], 'mw-list-item')}</ul></nav></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc-landmark" aria-label="Contents">
<div class="vector-toc"><div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#"><div class="vector-toc-text">(Top)</div></a></li>
<li class="vector-toc-list-item"><a href="#Quotes"><div class="vector-toc-text"><span class="vector-toc-numb">1</span>
<span>Quotes</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Oriel Mashburn</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon')}</ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Quotewiki, the free quote compendium</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="noprint plainlinks sisterproject"><span>Encyclopedia entry available:</span> <a href="/enc/Oriel_Mashburn">Mashburn at Openpedia</a></div>
${ps(wIntro)}
<meta property="mw:PageProp/toc">
${h2('Quotes', 'Quotes')}
${h2('The_Salt_Ledger_(1998)', '<i>The Salt Ledger</i> (1998)', 3)}
${nested(wSaltQuotes)}
${h2('Lectures_on_Memory_(2006)', 'Lectures on Memory (2006)', 3)}
${nested(wLectQuotes)}
${h2('Letters_from_Scarrow_(2012)', 'Letters from Scarrow (2012)', 3)}
${nested(wLetters)}
${h2('Quotes_about_Mashburn', 'Quotes about Mashburn')}
${nested(wAbout)}
</div></div><div class="printfooter">Retrieved from "<a href="https://quotewiki.example/w/index.php?title=Oriel_Mashburn&amp;oldid=3318822">
https://quotewiki.example/w/index.php?title=Oriel_Mashburn&amp;oldid=3318822</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(wCats)}</ul></div></div></div></main>
<div class="vector-column-end"><nav class="vector-page-tools"><div class="vector-menu-heading">Tools</div><ul>${links(wTools, 'mw-list-item')}</ul></nav></div>
</div></div><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 February 2026, at 08:14.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":148});});</script></body></html>`;
const wikiquote: TestPage = {
  name: 'heldout382-wikiquote-author-page',
  kind: 'wiki',
  html: wHtml,
  title: 'Oriel Mashburn',
  headings: ['Quotes', 'The Salt Ledger (1998)', 'Lectures on Memory (2006)', 'Letters from Scarrow (2012)', 'Quotes about Mashburn'],
  body: texts([...wIntro, ...wSaltQuotes, ...wLectQuotes, ...wLetters, ...wAbout]),
  bylines: ['This page was last edited on 2 February 2026, at 08:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wMenu, 'Quotewiki', 'Donate', 'Create account', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history',
    'From Quotewiki, the free quote compendium', 'Encyclopedia entry available:', 'Mashburn at Openpedia', 'Retrieved from',
    'https://quotewiki.example/w/index.php?title=Oriel_Mashburn&oldid=3318822', 'Categories', ...wCats, 'Tools', ...wTools,
    'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.', ...wFoot,
  ],
};

const gQuotes: readonly (readonly [string, string, string, string])[] = [
  ['“Carry a lantern for the stranger too; the road is dark on both sides.”', 'Pell Oduya,', 'The Ferryman’s Almanac', '1,204 likes'],
  [
    j(
      '“My grandmother lit one lantern in the window every night for forty years. Nobody ever came back by it, and she said that',
      'was never the point. The point was that the house was saying something to the dark.”',
    ),
    'Wendeline Crowe,',
    'A House on Tarn Street',
    '873 likes',
  ],
  ['“A candle is a small argument against the whole night, and somehow it keeps winning.”', 'Ambrose Keel,', 'Small Fires', '640 likes'],
  [
    j('“We are all walking back from the fair with paper balloons, trying to get there before the rain, laughing because we know', 'we will not.”'),
    'Tobiah Ferrand,',
    'The Carnival Year',
    '512 likes',
  ],
  ['“Hope is a lamp you have to keep trimming. Leave it alone and it smokes.”', 'Ysolde Marr,', 'Letters to a Young Lighthouse Keeper', '388 likes'],
  ['“Every light you see at sea is someone else’s kitchen.”', 'Pell Oduya,', 'The Ferryman’s Almanac', '301 likes'],
];
const gTags: readonly (readonly string[])[] = [
  ['lanterns', 'strangers'],
  ['lanterns', 'family', 'waiting'],
  ['candles', 'darkness'],
  ['lanterns', 'weather'],
  ['perseverance', 'lamps'],
  ['sailing', 'lights'],
];
const gPopular = ['Love Quotes 102k', 'Life Quotes 79k', 'Inspirational Quotes 76k', 'Humor Quotes 44k', 'Philosophy Quotes 31k'];
const gFoot = ['About us', 'Careers', 'Terms', 'Privacy', 'Help', 'Advertise', 'Authors & ads blog', 'API'];
const grHtml = `<!DOCTYPE html><html class="desktop"><head><title>Lanterns Quotes (6 quotes)</title>
<meta content="Quotes tagged as &quot;lanterns&quot; Showing 1-6 of 6" name="description">
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']);</script></head><body>
<div class="content" id="bodycontainer"><header class="Header siteHeader"><div class="siteHeader__topLine">
<a class="siteHeader__logo" href="/" title="Inkshelf Home">Inkshelf</a><nav class="siteHeader__primaryNavInline"><ul>
${links(['Home', 'My Books', 'Browse ▾', 'Community ▾'], 'siteHeader__topLevelItem')}</ul></nav>
<form class="searchBox searchBox--navbar" action="/search"><input placeholder="Search books" name="q"></form>
<ul class="siteHeader__personal">${links(['Sign In', 'Join'], 'siteHeader__topLevelItem')}</ul></div></header>
<div class="mainContentContainer"><div class="mainContent"><div class="mainContentFloat"><div class="leftContainer">
<h1 class="left">Lanterns Quotes</h1><div class="clear"></div>
<div class="smallText">Quotes tagged as "lanterns" <span class="greyText">Showing 1-6 of 6</span></div>
${gQuotes
  .map(
    ([q, a, b, l], i) => `<div class="quote mediumText"><div class="quoteDetails"><a class="leftAlignedImage" href="/author/show/${900 + i}"></a>
<div class="quoteText">${q}<br>  ―  <span class="authorOrTitle">${a}</span> <span id="quote_book_link_${77 + i}">
<a class="authorOrTitle" href="/work/quotes/${55 + i}">${b}</a></span></div>
<div class="quoteFooter"><div class="greyText smallText left">tags: ${(gTags[i] ?? []).map((t) => `<a href="/quotes/tag/${t}">${t}</a>`).join(', ')}</div>
<div class="right"><a class="smallText" title="View this quote" href="/quotes/${8100 + i}">${l}</a></div></div></div>
<div class="action"><a class="js-like likeQuote button" href="#">Like</a></div></div>`,
  )
  .join('\n')}
</div><div class="rightContainer"><div class="clearFloats bigBox"><div class="h2Container gradientHeaderContainer"><h2 class="brownBackground">Popular quotes
tags</h2></div><div class="bigBoxBody"><ul class="listTagsTwoColumn">${links(gPopular, 'greyText')}</ul></div></div>
<div class="clearFloats bigBox"><h2 class="brownBackground">Find Quotes</h2><form action="/quotes/search"><input name="q" placeholder="Find quotes">
</form></div></div>
</div></div></div><footer class="responsiveSiteFooter"><div class="responsiveSiteFooter__contents"><h3>Company</h3><ul>${links(gFoot)}</ul>
<div class="responsiveSiteFooter__copyright">© 2026 Inkshelf, Inc</div></div></footer></div>
<div id="truste-consent-track"><p>We use cookies and similar tools to enhance your shopping experience.</p><button>Accept Cookies</button></div></body></html>`;
const goodreads: TestPage = {
  name: 'heldout382-goodreads-tag-quotes',
  kind: 'wiki',
  html: grHtml,
  title: 'Lanterns Quotes',
  headings: [],
  body: texts(gQuotes.map(([q]) => q)),
  bylines: [...new Set(gQuotes.map(([, a]) => a))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Inkshelf', 'Home', 'My Books', 'Browse ▾', 'Community ▾', 'Sign In', 'Join', 'Quotes tagged as "lanterns"', 'Showing 1-6 of 6',
    ...new Set(gQuotes.map(([, , b]) => b)), ...gQuotes.map(([, , , l]) => l), 'tags:', ...new Set(gTags.flat()), 'Like', 'Popular quotes tags',
    ...gPopular, 'Find Quotes', 'Company', ...gFoot, '© 2026 Inkshelf, Inc', 'We use cookies and similar tools to enhance your shopping experience.',
    'Accept Cookies',
  ],
};

export const HELDOUT382_C: readonly TestPage[] = [wikiquote, goodreads];
