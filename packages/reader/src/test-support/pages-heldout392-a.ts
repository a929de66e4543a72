import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file a: a Chronicling America-style OCR text page of one newspaper page (Library of Congress header,
 * the site nav, breadcrumbs, the page-viewer tabs and "Previous Issue / Next Issue" pager, the citation h1, the download
 * links, the "About this newspaper" box and the footer) and a Trove-style newspaper article built with Vue markup (the
 * corrected OCR text, the citation line, "Text last corrected" line, tags, lists, the cite panel, comments and the footer).
 */
const caTitle = 'The Dunmore Ledger. [volume] (Dunmore, Okla.) 1889-1931, April 11, 1907, Page 2, Image 2';
const caOcr = [
  'BRIDGE OVER THE CIMARRON NEARLY READY. Contractor Says Wagons May Cross by the First of June.',
  j(
    'The new steel bridge over the Cimarron at the Hollis crossing is now within a few weeks of completion, according to',
    'Mr. Amos Pettigrew, who has charge of the work for the Kansas Iron and Bridge company. The last of the three spans was',
    'swung into place on Tuesday afternoon in the presence of a considerable crowd, many of whom had driven in from the',
    'farms along the river to see the sight.',
  ),
  j(
    'The bridge is four hundred and twenty feet long and rests upon piers of native stone quarried at Rock Bluff. Mr.',
    'Pettigrew states that the flooring will be laid as soon as the lumber arrives from Guthrie, and that he expects',
    'wagons to cross by the first of June unless the river rises again. The old ferry, which has served the crossing since',
    'the opening of the country, will be taken off when the bridge is accepted by the county commissioners.',
  ),
  j(
    'Farmers on the north side have long complained that a trip to market meant a wait of half a day at the ferry in the',
    'busy season, and in high water no crossing at all. A petition signed by more than two hundred voters was laid before',
    'the commissioners two years ago, and the bonds were carried at the special election last spring by a good majority.',
  ),
  'SCHOOL BOARD ELECTS TEACHERS.',
  j(
    'At its regular meeting on Monday evening the board of education re-elected Prof. J. W. Calloway as principal of the',
    'high school for the coming year at a salary of nine hundred dollars. Miss Ora Venable and Miss Lettie Marsh were',
    'chosen for the primary rooms. The board also voted to build a coal house at the south ward school and to buy',
    'fifty new desks for the grammar grades, the old ones having been in use since the building was opened.',
  ),
  'LOCAL AND PERSONAL.',
  j(
    'Mrs. H. L. Dorsey returned Saturday from a visit of three weeks with her sister at Wichita. The Methodist ladies',
    'will serve dinner in the Odd Fellows hall on the day of the county fair. Will Tackett shipped two cars of fat hogs',
    'to Kansas City on Thursday and reports the market steady. Rain is badly needed in the west part of the county,',
    'where the wheat is said to be suffering.',
  ),
];
const caNav = ['Search Pages', 'All Digitized Newspapers 1756-1963', 'US Newspaper Directory, 1690-Present', 'About', 'Help'];
const caCrumbs = ['Home', 'Digitized Newspapers', 'The Dunmore Ledger', 'April 11, 1907', 'Image 2'];
const caDl = ['PDF', 'JP2 (4.1 MB)', 'OCR XML', 'OCR text'];
const caFoot = ['Accessibility', 'Legal', 'Inspector General', 'External Link Disclaimer', 'USA.gov', 'Careers', 'Contact', 'Media', 'Donate'];
const caHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>The Dunmore ledger. [volume] (Dunmore, Okla.) 1889-1931, April 11, 1907, Image 2 « Chronicling America « Library of Congress</title>
<meta name="description"
content="The Dunmore ledger. (Dunmore, Okla.) 1889-1931, April 11, 1907, Page 2, Image 2, brought to you by Oklahoma Historical Society" />
<meta property="og:site_name" content="Chronicling America" /><meta name="dc.date" content="1907-04-11" />
<link rel="alternate" type="application/rdf+xml" href="/lccn/sn86090517/1907-04-11/ed-1/seq-2.rdf" />
<link rel="stylesheet" href="/media/css/main.css" type="text/css" /><link rel="stylesheet" href="/media/css/ocr.css" type="text/css" />
<script type="text/javascript" src="/media/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-2']); _gaq.push(['_trackPageview']);</script>
</head><body class="page_ocr">
<div id="skip"><a href="#skip_menu">Skip Navigation</a></div>
<div id="container"><div id="header"><div id="logo_loc"><a href="https://www.loc.gov/"><img src="/media/images/logo-loc.png"
alt="Library of Congress" /></a></div>
<div id="logo_ca"><a href="/"><img src="/media/images/logo-ca.png" alt="Chronicling America" /></a>
<span class="tagline">Historic American Newspapers</span></div>
<div id="header_search"><form action="/search/pages/results/" method="get"><label for="proxtext">Search</label>
<input type="text" name="proxtext" id="proxtext" /><input type="submit" value="GO" /></form>
<a href="/search/pages/" class="adv">Advanced Search</a></div></div>
<div id="nav"><ul>${links(caNav)}</ul></div>
<a name="skip_menu"></a>
<div id="crumbs"><ul class="crumbs">${links(caCrumbs)}</ul></div>
<div id="main_body"><div class="hide" id="page_data" data-lccn="sn86090517" data-date="1907-04-11" data-seq="2"></div>
<h1>${caTitle}</h1>
<div id="issue_nav"><ul class="pagination">
<li><a href="/lccn/sn86090517/1907-04-04/ed-1/" title="Previous Issue">Previous Issue</a></li>
<li><a href="/lccn/sn86090517/1907-04-11/ed-1/seq-1/ocr/" title="Previous Page">Previous Page</a></li>
<li><a href="/lccn/sn86090517/1907-04-11/ed-1/seq-3/ocr/" title="Next Page">Next Page</a></li>
<li><a href="/lccn/sn86090517/1907-04-18/ed-1/" title="Next Issue">Next Issue</a></li></ul></div>
<div class="tabs"><ul><li><a href="/lccn/sn86090517/1907-04-11/ed-1/seq-2/">Page Image</a></li>
<li class="current"><a href="/lccn/sn86090517/1907-04-11/ed-1/seq-2/ocr/">Text (OCR)</a></li></ul></div>
<div class="ocr_disclaimer"><p>Text is machine generated, and may contain errors. Use the text for searching and reading only.</p></div>
<div id="ocr_nav"><span class="label">Download:</span> <ul class="download">${links(caDl)}</ul></div>
<div class="ocr"><div id="ocr_text">
${ps(caOcr)}
</div></div>
<div id="about_title" class="box"><h3>About The Dunmore ledger. [volume]</h3>
<dl><dt>Place of publication:</dt><dd>Dunmore, Okla.</dd><dt>Dates of publication:</dt><dd>1889-1931</dd>
<dt>Image provided by:</dt><dd>Oklahoma Historical Society; Oklahoma City, OK</dd></dl>
<p><a href="/lccn/sn86090517/">More about this newspaper</a> | <a href="/lccn/sn86090517/issues/">Browse all issues</a></p>
<p class="persistent">Persistent link: https://chroniclingamerica.loc.gov/lccn/sn86090517/1907-04-11/ed-1/seq-2/ocr/</p></div>
</div>
<div id="footer"><div class="footer_partners"><p>National Digital Newspaper Program, a partnership between the National Endowment for the
Humanities and the Library of Congress</p></div>
<ul class="footer_links">${links(caFoot)}</ul></div></div>
<script type="text/javascript" src="/media/js/page.js"></script></body></html>`;
const chronAm: TestPage = {
  name: 'heldout392-chronicling-america-ocr-news',
  kind: 'news',
  html: caHtml,
  title: caTitle,
  headings: [],
  body: texts(caOcr),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip Navigation', 'Historic American Newspapers', 'Search', 'Advanced Search', ...caNav, ...caCrumbs, 'Previous Issue',
    'Previous Page', 'Next Page', 'Next Issue', 'Page Image', 'Text (OCR)',
    'Text is machine generated, and may contain errors. Use the text for searching and reading only.', 'Download:', ...caDl,
    'About The Dunmore ledger. [volume]', 'Place of publication:', 'Dunmore, Okla.', 'Dates of publication:', 'Image provided by:',
    'Oklahoma Historical Society; Oklahoma City, OK', 'More about this newspaper', 'Browse all issues',
    'Persistent link: https://chroniclingamerica.loc.gov/lccn/sn86090517/1907-04-11/ed-1/seq-2/ocr/',
    'National Digital Newspaper Program, a partnership between the National Endowment for the Humanities and the Library of Congress', ...caFoot,
  ],
};

const tTitle = 'LAUNCH OF THE NEW RIVER STEAMER.';
const line = (ls: string[]): string => ls.map((l) => `<span class="line">${l}</span>`).join('\n');
const tText = [
  line([
    'There was a large gathering at Moffat’s slip, Carrabeen, on',
    'Saturday afternoon to witness the launch of the new river steamer',
    'Lady Osterley, built for the Upper Wollan Navigation Company.',
  ]),
  line([
    'The vessel is 96ft in length, with a beam of 18ft, and is fitted',
    'with twin screws driven by compound engines of 60 horse power. She',
    'has been built throughout of local hardwood, the timber having been',
    'cut on the company’s own lease at Bell’s Creek and seasoned for two',
    'years before the keel was laid.',
  ]),
  line([
    'The christening ceremony was performed by Miss Edith Carrow,',
    'daughter of the chairman of directors, who broke the customary',
    'bottle of wine over the bows amid cheers. The steamer then took',
    'the water smoothly, and was towed to the wharf to receive her',
    'boilers and fittings.',
  ]),
  line([
    'Afterwards the guests were entertained at afternoon tea in the',
    'mould loft. Mr. R. Carrow, in proposing the toast of the builder,',
    'said that the directors had resolved to have the vessel built on',
    'the river rather than import her from Sydney, and he believed the',
    'result justified their confidence. Mr. T. Moffat, in reply, said',
    'that forty men had been employed on the work for eleven months.',
  ]),
  line([
    'The Lady Osterley will carry passengers and cargo between',
    'Carrabeen and the head of navigation at Wollan Falls, and it is',
    'expected she will make the run in a little over five hours. She',
    'has accommodation for 120 passengers, with a ladies’ saloon aft.',
  ]),
  line([
    'Residents of the upper river have long urged the need for a faster',
    'service, the old paddle boat Kestrel being now more than thirty',
    'years in the trade and frequently laid up for repairs. The company',
    'intends to keep the Kestrel for cargo only once the new boat is',
    'running, and a second vessel of the same pattern may be ordered',
    'next year if the traffic warrants it.',
  ]),
];
const tTags = ['shipbuilding', 'Carrabeen NSW', 'river steamers', 'Moffat family'];
const tNav = ['Search', 'Categories', 'Lists', 'Research guides', 'Help'];
const tActions = ['Fix text', 'Add tag', 'Add to list', 'Cite', 'Download', 'Share', 'Print'];
const tRelated = ['THE RIVER TRADE.', 'CARRABEEN SHIPYARD ACTIVITY.', 'WOLLAN FALLS NAVIGATION.'];
const tFoot = ['About Trove', 'Contact us', 'Accessibility', 'Privacy', 'Terms of use', 'Copyright'];
const vd = 'data-v-6b1f0c2e';
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>13 Jun 1911 - LAUNCH OF THE NEW RIVER STEAMER. - Trove</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="There was a large gathering at Moffat’s slip, Carrabeen, on Saturday afternoon to witness the launch ...">
<meta property="og:title" content="LAUNCH OF THE NEW RIVER STEAMER."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LAUNCH OF THE NEW RIVER STEAMER.",
"datePublished":"1911-06-13","isPartOf":{"@type":"Periodical","name":"The Carrabeen Advocate"}}</script>
<link rel="stylesheet" href="/static/css/app.4e1c2a.css"><script>window.__TROVE_CONFIG__={"env":"prod","articleId":140118823};</script>
</head><body><noscript>You need to enable JavaScript to run this app.</noscript>
<div id="app" ${vd}><header class="trove-header" ${vd}><a href="#main" class="skip-link" ${vd}>Skip to content</a>
<a href="/" class="logo" ${vd}><img src="/static/img/trove-logo.svg" alt="Trove"></a>
<nav class="main-nav" aria-label="Main" ${vd}><ul ${vd}>${links(tNav, 'nav-item')}</ul></nav>
<div class="account" ${vd}><a href="/login" class="btn btn-link" ${vd}>Log in</a><a href="/register" class="btn" ${vd}>Register</a></div></header>
<main id="main" class="newspaper-article" ${vd}><div class="container-fluid" ${vd}><div class="row" ${vd}>
<aside class="col-md-3 article-meta" ${vd}><div class="citation" ${vd}><span class="newspaper-title" ${vd}>The Carrabeen Advocate (NSW : 1889 - 1954)</span>
<time class="issue-date" datetime="1911-06-13" ${vd}>Tue 13 Jun 1911</time> <span class="page" ${vd}>Page 4</span></div>
<ul class="action-list" ${vd}>${lis(tActions, 'action')}</ul>
<div class="tag-panel" ${vd}><h3 ${vd}>Tags</h3><ul class="tags" ${vd}>${links(tTags, 'tag')}</ul></div>
<div class="list-panel" ${vd}><h3 ${vd}>Lists</h3><p ${vd}>This article is on 2 lists.</p></div></aside>
<article class="col-md-9 article-text" ${vd}><div class="article-heading" ${vd}><span class="category" ${vd}>Article</span>
<h1 class="headline" ${vd}>${tTitle}</h1>
<div class="correction-status" ${vd}><span ${vd}>Text last corrected on 3 February 2024 by pmarlowe</span>
<span class="line-count" ${vd}>38 of 41 lines corrected</span></div></div>
<div class="read ocr-text" lang="en" ${vd}>
${ps(tText, ` ${vd}`)}
</div>
<div class="ocr-note" ${vd}><p ${vd}>This text was produced by OCR and corrected by Trove users. Help improve it with Fix text.</p></div>
<section class="cite-panel" ${vd}><h2 ${vd}>Cite this article</h2><p class="apa" ${vd}>LAUNCH OF THE NEW RIVER STEAMER. (1911, June 13).
The Carrabeen Advocate (NSW : 1889 - 1954), p. 4.</p></section>
<section class="comments" ${vd}><h2 ${vd}>Comments (1)</h2><div class="comment" ${vd}><span class="commenter" ${vd}>hbellamy</span>
<p ${vd}>My great-grandfather worked on this boat as a shipwright. Lovely to see the launch described.</p></div></section>
<section class="related" ${vd}><h2 ${vd}>Similar articles</h2><ul ${vd}>${links(tRelated)}</ul></section></article></div></div></main>
<footer class="trove-footer" ${vd}><p ${vd}>Trove is a National Library of Australia service delivered in partnership with libraries
and cultural organisations.</p><ul ${vd}>${links(tFoot)}</ul></footer>
<div class="cookie-consent" role="dialog" ${vd}><p ${vd}>We use cookies to improve your experience and to understand how Trove is used.</p>
<button ${vd}>Accept</button><button ${vd}>Manage preferences</button></div></div>
<script src="/static/js/chunk-vendors.9a1b3c.js"></script><script src="/static/js/app.77d0e2.js"></script></body></html>`;
const trove: TestPage = {
  name: 'heldout392-trove-article-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tText),
  bylines: ['Tue 13 Jun 1911', 'Text last corrected on 3 February 2024 by pmarlowe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You need to enable JavaScript to run this app.', 'Skip to content', ...tNav, 'Log in', 'Register', 'The Carrabeen Advocate (NSW : 1889 - 1954)',
    'Page 4', ...tActions, 'Tags', ...tTags, 'Lists', 'This article is on 2 lists.', 'Article', '38 of 41 lines corrected',
    'This text was produced by OCR and corrected by Trove users. Help improve it with Fix text.', 'Cite this article',
    'LAUNCH OF THE NEW RIVER STEAMER. (1911, June 13). The Carrabeen Advocate (NSW : 1889 - 1954), p. 4.', 'Comments (1)', 'hbellamy',
    'My great-grandfather worked on this boat as a shipwright. Lovely to see the launch described.', 'Similar articles', ...tRelated,
    'Trove is a National Library of Australia service delivered in partnership with libraries and cultural organisations.', ...tFoot,
    'We use cookies to improve your experience and to understand how Trove is used.', 'Accept', 'Manage preferences',
  ],
};

export const HELDOUT392_A: readonly TestPage[] = [chronAm, trove];
