import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file b: a Standard Ebooks chapter read online (the site header and menu, the chapter hgroup with its
 * roman ordinal and title, a letter set as a blockquote, noterefs, the previous / next chapter nav and the footer with the
 * CC0 line) and an Internet Archive "Full text of" page (the legacy top nav, the donation banner, "See other formats",
 * the OCR text in a pre block with a running head and page number left in, and the terms footer).
 */
const sTitle = 'The Salt Warehouse';
const sBody = [
  j(
    'It was past eleven when <abbr epub:type="z3998:name-title">Mr.</abbr> Quillon came down the Harbour Steps with the lantern,',
    'and the tide had turned an hour since. The warehouse stood at the end of the quay like a ship that had run aground and been',
    'left to grow old where it lay; its doors were shut, its shutters barred, and from one high window a thread of light showed.',
  ),
  j(
    'He had not expected the light. The key that old Varley had given him was heavy in his coat pocket, and Varley had sworn',
    'that nobody had set foot in the place since the salt duty was taken off and the trade went to Lymington.',
  ),
  j(
    'He stood a while on the wet stones, weighing the key and the light against each other, and against the letter, which he had',
    'read so often on the coach that he could have said it over like a lesson.<a href="endnotes.xhtml#note-14" id="noteref-14"',
    'epub:type="noteref">14</a>',
  ),
  j(
    'Sir,—You will find the books in the upper loft, behind the third pillar from the river wall. Take them, and take nothing',
    'else. If any person should ask your business, you will say that you come from the Customs, which is near enough the truth',
    'to serve.',
  ),
  'Yours, in haste and in confidence,',
  'E. M.',
  j(
    'The door gave at the second turn of the key. Inside, the air was dry and bitter, and the floor crunched under his boots as',
    'if he were walking upon frost; it was the old salt, he supposed, trodden into the boards by forty years of porters.',
  ),
  j(
    'The light came from a candle on a cask at the head of the loft ladder. Beside it sat a small woman in a bonnet, knitting,',
    'with a ledger open on her knees.',
  ),
  j(
    '“You are late, <abbr epub:type="z3998:name-title">Mr.</abbr> Quillon,” said she, without looking up. “I was told you would',
    'come by the half-past ten, and I have turned this heel twice.”',
  ),
  j(
    'He said, with as much dignity as a man can keep at the foot of a ladder, that he came from the Customs. The woman laughed,',
    'not unkindly, and turned the ledger so that the candle fell on the page.<a href="endnotes.xhtml#note-15" id="noteref-15"',
    'epub:type="noteref">15</a>',
  ),
  '“Then you will know what to make of this,” she said, “which is more than I do.”',
];
const sNav = ['Ebooks', 'Blog', 'Donate', 'Get Involved', 'Help', 'Newsletter'];
const sHtml = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" epub:prefix="z3998: http://www.daisy.org/z3998/2012/vocab/structure/,
se: https://standardebooks.org/vocab/1.0" lang="en-GB" xml:lang="en-GB"><head><meta charset="utf-8"/>
<title>III: The Salt Warehouse - The Books of Ellen Marsh, by Clement Ashby - Standard Ebooks: Free and liberated ebooks, carefully produced for
the true book lover.</title>
<link href="/css/web.css" media="screen" rel="stylesheet" type="text/css"/><meta content="#394451" name="theme-color"/>
<meta content="Standard Ebooks" property="og:site_name"/><meta content="The Books of Ellen Marsh, by Clement Ashby" property="og:title"/>
<link rel="alternate" type="application/atom+xml" title="Standard Ebooks - New Releases" href="https://standardebooks.org/feeds/atom/new-releases"/>
</head><body><header><a href="/">Standard Ebooks</a><input type="checkbox" aria-label="Show navigation"/><nav><ul>${links(sNav)}</ul></nav></header>
<main class="ebook-text"><nav class="chapter-nav" aria-label="Reading"><ul><li><a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/text/chapter-2"
rel="prev">Previous</a></li><li><a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/text">Table of Contents</a></li>
<li><a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/text/chapter-4" rel="next">Next</a></li></ul></nav>
<article><section id="chapter-3" epub:type="chapter" data-parent="part-1">
<hgroup><h2 epub:type="ordinal z3998:roman">III</h2><p epub:type="title">The Salt Warehouse</p></hgroup>
<p>${sBody[0] ?? ''}</p>
<p>${sBody[1] ?? ''}</p>
<p>${sBody[2] ?? ''}</p>
<blockquote epub:type="z3998:letter"><p>${sBody[3] ?? ''}</p>
<p epub:type="z3998:valediction">${sBody[4] ?? ''}</p><p class="signature" epub:type="z3998:signature">${sBody[5] ?? ''}</p></blockquote>
${sBody
  .slice(6)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</section></article>
<nav class="chapter-nav" aria-label="Reading"><a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/text/chapter-2" rel="prev">Previous chapter</a>
<a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/text/chapter-4" rel="next">Next chapter</a></nav>
<aside class="ebook-download"><p>Reading on a phone or e-reader? <a href="/ebooks/clement-ashby/the-books-of-ellen-marsh/downloads">Download this ebook
</a> for a better experience.</p></aside></main>
<footer><p>Standard Ebooks is a volunteer-driven project that produces ebook editions of public domain literature.</p>
<p>The Standard Ebooks logo is released into the US public domain. Our ebook editions are dedicated to the public domain under CC0 1.0.</p>
<ul><li><a href="/about">About</a></li><li><a href="/feeds">Feeds</a></li><li><a href="/contribute">Contribute</a></li></ul></footer></body></html>`;
const standardEbooks: TestPage = {
  name: 'heldout356-standard-ebooks-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Standard Ebooks', ...sNav, 'Previous', 'Table of Contents', 'Previous chapter', 'Next chapter',
    'Reading on a phone or e-reader? Download this ebook for a better experience.',
    'Standard Ebooks is a volunteer-driven project that produces ebook editions of public domain literature.',
    'The Standard Ebooks logo is released into the US public domain. Our ebook editions are dedicated to the public domain under CC0 1.0.',
    'About', 'Feeds', 'Contribute',
  ],
};

const aTitle = 'Full text of "A plain treatise on the management of cider orchards"';
const aOcr = [
  'A PLAIN TREATISE ON THE MANAGEMENT OF CIDER ORCHARDS',
  'BY WALTER PENDRELL, NURSERYMAN, OF ASHCOMBE',
  'CHAPTER I. OF THE CHOICE OF GROUND',
  j(
    'The cider apple is a hardy tree and will stand where a dessert kind would canker and die; but it does not follow that any',
    'ground will serve. The planter who sets his orchard on a cold clay bottom, where the mist lies until noon in October, will',
    'have leaf in plenty and very little fruit, and that little sour and late.',
  ),
  j(
    'A gentle slope facing the south or south-west is to be preferred before all others. The cold air runs off it on a frosty',
    'night as water runs off a roof, and the blossom, which in this country comes at the worst season of the year, is spared.',
  ),
  j(
    'Of soils, a deep red loam over a rubbly subsoil is best. Where the ground is shallow, the planter must dig a wide pit for',
    'each tree rather than a deep one, for the roots of the apple run out sideways and will not go down into cold ground.',
  ),
  'CHAPTER II. OF PLANTING',
  j(
    'Trees should be planted between the fall of the leaf and Christmas, the earlier the better, so that the roots may take',
    'hold before the frosts. Standards are set thirty feet apart each way, which allows room for the sheep to graze beneath',
    'them and for the cart to pass at gathering time.',
  ),
  j(
    'Every tree must be staked at planting and the stake set on the side of the prevailing wind. I have known a whole row',
    'lost in one March gale because the stakes were set to leeward and the trees rocked against them until the bark was gone.',
  ),
  j(
    'The following are the kinds I have found most profitable upon the Ashcombe ground, in order of their ripening: Early',
    'Russet, Somerset Redstreak, Ashcombe Bittersweet, Kingston Black-eye, and the Old Tanner’s Pippin, which is the best keeper',
    'of all and the worst bearer.',
  ),
];
const aNav = ['Wayback Machine', 'Texts', 'Video', 'Audio', 'Software', 'Images', 'Donate', 'Upload', 'Sign up', 'Log in'];
const aFormats = ['PDF', 'EPUB', 'FULL TEXT', 'DAISY', 'KINDLE', 'SINGLE PAGE PROCESSED JP2 ZIP', 'TORRENT'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Full text of "A plain treatise on the management of cider orchards"</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="google-site-verification" content="Q2YlRF4-Y2xm">
<script src="//archive.org/includes/jquery-1.10.2.min.js?v1.10.2" type="text/javascript"></script>
<script src="//archive.org/includes/analytics.js?v=1a1e8c3" type="text/javascript"></script>
<script>window.archive_analytics.values.service='ao_2';window.archive_analytics.values.server_name='www27.us.archive.org';</script>
<link href="//archive.org/includes/build/css/archive.min.css?v=a8e6f" rel="stylesheet" type="text/css"></head>
<body class="navia ia-module tiles"><a href="#maincontent" class="hidden-for-screen-readers">Skip to main content</a>
<div id="donate_banner" class="donate-banner"><div class="donate-banner-text"><p>Please don’t scroll past this. The Internet Archive is a small
nonprofit library that depends on the generosity of readers like you.</p><a class="donate-button" href="/donate?origin=iawww-TopNavDonateButton">Donate
now</a><button class="close-banner" aria-label="Close banner">Maybe later</button></div></div>
<div id="navwrap1"><div id="nav-tophat" class="collapse"></div><div class="navbar navbar-inverse navbar-static-top" role="navigation">
<ul id="nav-abs">${links(aNav, 'dropdown-ia')}</ul>
<form id="nav-search-form" class="form-inline" role="search" action="https://archive.org/searchresults.php" target="_top">
<input id="search-bar-2" class="form-control" placeholder="Search" type="text" name="search" value=""></form></div></div>
<main id="maincontent"><div class="container container-ia"><a name="maincontent" id="maincontent"></a></div>
<div class="container container-ia width-max relative-row-wrap"><div class="container"><div class="row">
<div class="col-md-12"><h1>Full text of "<a href="/details/plaintreatiseonm00pend">A plain treatise on the management of cider orchards</a>"</h1>
<p class="see-also">See other formats</p><ul class="format-group">${links(aFormats, 'format-summary')}</ul>
<pre>
${aOcr.slice(0, 6).join('\n\n')}

2 CIDER ORCHARDS.

${aOcr.slice(6).join('\n\n')}
</pre>
</div></div></div></div></main>
<div id="footer" class="iaFooter"><p class="terms">Terms of Service (last updated 12/31/2014)</p>
<ul class="iaFootLinks">${links(['About', 'Blog', 'Projects', 'Help', 'Donate', 'Contact', 'Jobs', 'Volunteer', 'People'])}</ul></div>
<script type="text/javascript">if (window.archive_analytics) { window.archive_analytics.process_url_events(window.location); }</script></body></html>`;
const archiveText: TestPage = {
  name: 'heldout356-internet-archive-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: aOcr,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content',
    'Please don’t scroll past this. The Internet Archive is a small nonprofit library that depends on the generosity of readers like you.',
    'Donate now', 'Maybe later', ...aNav, 'See other formats', ...aFormats, 'Terms of Service (last updated 12/31/2014)', 'About', 'Blog', 'Projects', 'Help',
    'Contact', 'Jobs', 'Volunteer', 'People',
  ],
};

export const HELDOUT356_B: readonly TestPage[] = [standardEbooks, archiveText];
