import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file b: a British Newspaper Archive-style article preview whose main text is a short OCR snippet
 * behind a register wall (top bar, search box, the metadata table, "Register now" call, the browse rail, the newsletter
 * box, cookie banner and footer) and a Papers Past-style newspaper article (site header, the collection nav, breadcrumbs,
 * the citation line, "Using this item" rights box, tools, the page-level article list and the footer).
 */
const bTitle = 'DESTRUCTIVE FIRE AT A HOLBRIDGE TANNERY';
const bSnippet = [
  j(
    'DESTRUCTIVE FIRE AT A HOLBRIDGE TANNERY. Shortly after eleven o’clock on Tuesday night the inhabitants of Mill Lane,',
    'Holbridge, were alarmed by the cry of fire, and it was found that the drying lofts of Messrs. Pennock and Lusk’s',
    'tannery were in flames. The town engine was quickly upon the spot under Superintendent Garrow, and a plentiful supply',
    'of water was obtained from the mill leat, but the bark and hides stored in the lofts burned with great fury,',
  ),
  j(
    'and for some time it was feared that the adjoining cottages must share the same fate. Happily the wind, which had been',
    'blowing freshly from the west, dropped towards midnight, and by two o’clock the fire was got under. The damage is',
    'estimated at between £1,400 and £1,600, and is understood to be partly covered by insurance. The origin of the fire is',
  ),
  'not known, but it is thought that a spark from the boiler house chimney may have lodged in the roof ...',
];
const bMeta: [string, string][] = [
  ['Newspaper:', 'Wexcombe Mercury and Vale Gazette'],
  ['County:', 'Somerset, England'],
  ['Type:', 'Article'],
  ['Words:', '823'],
  ['Page:', '5'],
  ['Tags:', 'fire, tannery, Holbridge'],
];
const bNav = ['Search', 'Titles', 'Blog', 'Help', 'Pricing'];
const bBrowse = ['Browse more articles from this issue', 'Browse this newspaper title', 'Browse newspapers from Somerset'];
const bFoot = ['About us', 'Contact us', 'Terms and conditions', 'Privacy notice', 'Cookie settings', 'Accessibility'];
const bHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Wexcombe Mercury and Vale Gazette | 14th October 1871 | British Newspaper Archive</title>
<meta name="description" content="DESTRUCTIVE FIRE AT A HOLBRIDGE TANNERY. Shortly after eleven o’clock on Tuesday night the inhabitants of Mill Lane">
<meta name="robots" content="index, follow"><link rel="canonical" href="/viewer/bl/0004417/18711014/061/0005">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"DESTRUCTIVE FIRE AT A HOLBRIDGE TANNERY",
"datePublished":"1871-10-14","publisher":{"@type":"Organization","name":"British Newspaper Archive"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article-preview","loggedIn":false});</script>
<link rel="stylesheet" href="/content/css/site.min.css"></head>
<body class="viewer preview"><div id="cookie-banner" class="cookie-banner"><p>We use cookies to give you the best experience on our website.
Some are essential, others help us improve the site.</p><button class="btn btn-primary">Accept all</button>
<button class="btn btn-secondary">Cookie settings</button></div>
<header class="site-header"><a class="logo" href="/"><img src="/content/img/bna-logo.svg" alt="The British Newspaper Archive"></a>
<nav class="main-menu"><ul>${links(bNav, 'menu-item')}</ul></nav>
<div class="user-links"><a href="/account/login">Sign in</a> <a href="/account/register" class="btn">Register</a></div>
<form class="header-search" action="/search/results"><input type="search" name="basicsearch" placeholder="Search 88 million pages">
<button type="submit">Search</button></form></header>
<main id="main" class="container"><div class="row"><div class="col-md-8"><div class="article-preview">
<h1 class="article-title">${bTitle}</h1>
<p class="publish-date">Published: Saturday 14 October 1871</p>
<table class="article-meta"><tbody>${bMeta.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table>
<div class="ocr-snippet"><h2 class="snippet-label">OCR text (snippet)</h2>
${ps(bSnippet)}
</div>
<div class="register-wall"><h2>Read the full article</h2><p>Register for free to read 3 pages, or subscribe to read every page in the archive.</p>
<a href="/account/register" class="btn btn-large">Register now</a> <a href="/account/login" class="btn-link">Already registered? Sign in</a></div>
<p class="ocr-warning">Text produced by optical character recognition may contain errors.</p></div></div>
<aside class="col-md-4 sidebar"><div class="browse-box"><h3>Browse</h3><ul>${links(bBrowse)}</ul></div>
<div class="newsletter-box"><h3>Sign up to our newsletter</h3><p>New titles, research tips and offers, once a month.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-sidebar"></div></div></aside></div></main>
<footer class="site-footer"><ul>${links(bFoot)}</ul><p>© 2026 The British Newspaper Archive. All rights reserved.</p>
<p>Images © The British Library Board.</p></footer>
<script src="/content/js/site.min.js"></script></body></html>`;
const bna: TestPage = {
  name: 'heldout392-british-newspaper-archive-preview-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bSnippet),
  bylines: ['Published: Saturday 14 October 1871'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website. Some are essential, others help us improve the site.', 'Accept all',
    'Cookie settings', ...bNav, 'Sign in', 'Register', ...bMeta.flat().filter((t) => t.length > 2), 'OCR text (snippet)', 'Read the full article',
    'Register for free to read 3 pages, or subscribe to read every page in the archive.', 'Register now', 'Already registered? Sign in',
    'Text produced by optical character recognition may contain errors.', 'Browse', ...bBrowse, 'Sign up to our newsletter',
    'New titles, research tips and offers, once a month.', 'Subscribe', 'Advertisement', ...bFoot,
    '© 2026 The British Newspaper Archive. All rights reserved.', 'Images © The British Library Board.',
  ],
};

const pTitle = 'THE PROPOSED DAIRY FACTORY.';
const pBody = [
  j(
    'A meeting of settlers interested in the establishment of a co-operative dairy factory at Tamaroa was held in the',
    'Oddfellows’ Hall on Thursday evening. There was a large attendance, several settlers having ridden in from Upper',
    'Kaiwhata and the Ruaroa block. Mr. W. Trenholm was voted to the chair.',
  ),
  j(
    'The Chairman said that the question of a factory had been talked about for two seasons, and it was time something',
    'definite was done. The district was now carrying more cows than ever before, and the settlers were at the mercy of',
    'the storekeepers, who would take butter only in exchange for goods and at their own price. A factory would give',
    'them cash for their milk and a reputation for their produce in the London market.',
  ),
  j(
    'Mr. G. Halloran, who had visited the factory at Okerewa on behalf of the provisional committee, gave an account of',
    'what he had seen. The Okerewa company had started with 300 cows and was now receiving the milk of nearly 900. The',
    'shareholders had been paid 3½d per gallon for the past season, and the company had declared a dividend of 8 per',
    'cent. He estimated that a factory and plant suitable for Tamaroa could be erected for about £1,100.',
  ),
  j(
    'A long discussion followed as to the best site. Some favoured a position near the township, while others urged that',
    'the factory should be placed at the junction of the Ruaroa road, where there was a good supply of running water.',
    'It was pointed out that the roads in winter would make it difficult for settlers at the back of the block to deliver',
    'their milk daily, and it was suggested that creameries might be established there later on.',
  ),
  j(
    'Eventually it was resolved on the motion of Mr. Halloran, seconded by Mr. J. Pike, that a company be formed with a',
    'capital of £1,500 in £1 shares, that settlers be asked to take up shares in proportion to the number of cows they',
    'milk, and that the provisional committee be empowered to canvass the district. Promises of shares amounting to £420',
    'were received in the room. A vote of thanks to the chair closed the proceedings.',
  ),
];
const pNav = ['Newspapers', 'Magazines and Journals', 'Letters and Diaries', 'Parliamentary Papers'];
const pCrumbs = ['Papers Past', 'Newspapers', 'Tamaroa Herald', '4 March 1893', 'Page 2'];
const pTools = ['Print', 'Report a correction', 'Share on Facebook', 'Share on X', 'Email'];
const pPage = ['TOWN AND COUNTRY.', 'SHIPPING.', 'MAGISTRATE’S COURT.', 'THE WEATHER.'];
const pFoot = ['About Papers Past', 'Contact us', 'Help', 'Copyright and terms of use', 'Privacy', 'National Library of New Zealand'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Papers Past | Newspapers | Tamaroa Herald | 4 March 1893 | THE PROPOSED DAIRY FACTORY.</title>
<meta name="description" content="A meeting of settlers interested in the establishment of a co-operative dairy factory at Tamaroa was held">
<meta name="citation_title" content="THE PROPOSED DAIRY FACTORY."><meta name="citation_date" content="1893/03/04">
<meta property="og:site_name" content="Papers Past"><link rel="stylesheet" href="/assets/application-4fa21c.css">
<script>var paperspast = {"collection":"newspapers","code":"TAMH18930304.2.9"};</script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-PP000"></script></head>
<body class="newspapers article"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header"><div class="header__natlib"><a href="https://natlib.govt.nz">National Library of New Zealand</a></div>
<div class="header__brand"><a href="/" class="brand">Papers Past</a></div>
<nav class="header__nav" aria-label="Collections"><ul class="nav-collections">${links(pNav)}</ul></nav>
<form class="header__search" action="/newspapers"><label for="query" class="visually-hidden">Search</label>
<input id="query" name="query" type="search"><button type="submit">Search</button></form></header>
<div class="breadcrumbs"><ol>${links(pCrumbs)}</ol></div>
<main id="main-content" class="container"><div class="row"><div class="col-12 col-lg-8">
<section class="document article" itemscope itemtype="http://schema.org/NewsArticle">
<div class="document__header"><h3 class="citation" itemprop="isPartOf">Tamaroa Herald, Volume XIV, Issue 1183, 4 March 1893, Page 2</h3>
<h1 class="document__title" itemprop="headline">${pTitle}</h1><meta itemprop="datePublished" content="1893-03-04"></div>
<div class="text" itemprop="articleBody">
${ps(pBody)}
</div>
<div class="document__rights"><h2>Using this item</h2><p>To the best of the National Library of New Zealand’s knowledge, under New Zealand
law, you may copy and share this item. The Library has no information about other restrictions on using it.</p></div>
<ul class="document__tools">${links(pTools)}</ul>
<div class="document__permalink"><p>Permanent link to this item</p><input readonly value="https://paperspast.natlib.govt.nz/newspapers/TAMH18930304.2.9"></div>
</section></div>
<aside class="col-12 col-lg-4 document__sidebar"><div class="page-thumb"><a href="/newspapers/tamaroa-herald/1893/03/04/2">
<img src="/imageserver/newspapers/TAMH18930304.1.2_thumb.jpg" alt="Page image"></a><p>View the full page</p></div>
<h2>More articles on this page</h2><ul class="articles-on-page">${links(pPage)}</ul>
<div class="source-note"><h2>About this newspaper</h2><p>The Tamaroa Herald was published from 1879 to 1931.</p></div></aside></div></main>
<footer class="site-footer"><ul class="footer__links">${links(pFoot)}</ul>
<p class="footer__copyright">Crown copyright © 2026. Papers Past is a service of the National Library of New Zealand Te Puna Mātauranga o Aotearoa.</p>
</footer><script src="/assets/application-89bd21.js"></script></body></html>`;
const papersPast: TestPage = {
  name: 'heldout392-papers-past-article-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Tamaroa Herald, Volume XIV, Issue 1183, 4 March 1893, Page 2'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'National Library of New Zealand', ...pNav, 'Search', ...pCrumbs, 'Using this item',
    'To the best of the National Library of New Zealand’s knowledge, under New Zealand law, you may copy and share this item.',
    'The Library has no information about other restrictions on using it.', ...pTools, 'Permanent link to this item', 'View the full page',
    'More articles on this page', ...pPage, 'About this newspaper', 'The Tamaroa Herald was published from 1879 to 1931.', ...pFoot,
    'Crown copyright © 2026. Papers Past is a service of the National Library of New Zealand Te Puna Mātauranga o Aotearoa.',
  ],
};

export const HELDOUT392_B: readonly TestPage[] = [bna, papersPast];
