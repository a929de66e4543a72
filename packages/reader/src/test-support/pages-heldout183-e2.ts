import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file e2: an Internet Archive item details page for a digitised text (the ia-topnav with media
 * menus and its server-rendered fallback, the donation banner, the BookReader theatre placeholder, the h1 item title,
 * the metadata definition lists, the description as <div id="descript"> with <br>-separated paragraphs and a list,
 * views and favourites counts, "Reviews" with one review, the download options rail, "In Collections", "Uploaded by",
 * "Similar Items" and the footer).
 */
const iaTitle = 'Minutes of the Harrowgate Mechanics’ Institute, 1848–1871';
const iaDesc = [
  'This volume contains the handwritten minutes of the committee of the Harrowgate Mechanics’ Institute from its founding in the ' +
    'spring of 1848 until it merged with the town’s free library in 1871. It was scanned from the original, which is held by the ' +
    'Wenlow Valley Local Studies Centre, and is shared here with the Centre’s permission.',
  'The Institute was set up by a group of millwrights, printers and schoolmasters to provide evening classes and a reading room ' +
    'for working men. The minutes record its early struggles to find a room, the purchase of its first two hundred books, and ' +
    'long arguments about whether newspapers should be allowed in the reading room on Sundays.',
  'Some highlights for researchers:',
];
const iaList = [
  'Lists of subscribers for 1849, 1855 and 1862, with occupations, on pages 14, 88 and 151.',
  'The committee’s account of the lecture on electricity given by Dr Josiah Ferrant in 1852, which drew an audience of over three hundred.',
  'The debate in 1859 over admitting women to classes, and the decision to open a separate women’s class the following winter.',
  'Correspondence with the town council about the merger with the free library, copied into the back of the volume.',
];
const iaDesc2 = [
  'A second volume, covering the Institute’s library accounts from 1850 to 1869, is being prepared for scanning and will be ' +
    'added to this collection later in the year. It lists every book bought, its price and the bookseller who supplied it.',
  'The binding is fragile and a few pages near the end were scanned at an angle; the text is readable throughout. Page numbers ' +
    'refer to the original pagination written in the upper corner of each leaf, not to the scan sequence.',
  'If you find this useful in your research, the Local Studies Centre would be glad to hear from you. Corrections to the OCR ' +
    'text are welcome as reviews below.',
];
const iaNav = ['Texts', 'Video', 'Audio', 'Software', 'Images'];
const iaTop = ['Donate', 'Sign up', 'Log in', 'Upload', 'Search'];
const iaSub = ['About', 'Blog', 'Projects', 'Help', 'Donate', 'Contact', 'Jobs', 'Volunteer', 'People'];
const iaBanner = [
  'Ever wonder what happens to a library’s old handwritten records? We scan them so everyone can read them. Please support our work.',
  'Donate',
  'Maybe later',
];
const iaMeta = [
  ['Publication date', '1848'],
  ['Topics', 'mechanics institutes, adult education, Harrowgate, libraries, minutes'],
  ['Collection', 'wenlowlocalstudies; americana'],
  ['Language', 'English'],
  ['Item Size', '412.8M'],
] as const;
const iaMeta2 = [
  ['Addeddate', '2023-10-17 09:14:52'],
  ['Identifier', 'harrowgate-mechanics-institute-minutes'],
  ['Ocr', 'tesseract 5.3.0-3-g9920'],
  ['Ppi', '400'],
  ['Scanner', 'Internet Archive HTML5 Uploader 1.7.0'],
] as const;
const iaReview = {
  title: 'Page 61 transcription',
  who: 'Reviewer: eskdale_reader',
  stars: '-',
  date: 'February 2, 2024',
  text: 'The OCR on page 61 reads “Mr Gallow” but the minute clearly says “Mr Gollow”, the printer of Fenn Street.',
};
const iaDownloads = ['ABBYY GZ', 'DAISY', 'EPUB', 'FULL TEXT', 'PDF', 'SINGLE PAGE PROCESSED JP2 ZIP', 'TORRENT', 'SHOW ALL'];
const iaSimilar = ['Minutes of the Wenlow Literary Society, 1852–1880', 'Rules of the Fenn Street Reading Room', 'Harrowgate Directory, 1866'];
const iaFoot = ['Terms of Service (last updated 12/31/2014)'];
const dl = (rows: readonly (readonly [string, string])[]): string =>
  rows.map(([k, v]) => `<dl class="metadata-definition"><dt>${k}</dt>\n<dd class="">${v}</dd></dl>`).join('\n');
const iaHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<title>${iaTitle} : Harrowgate Mechanics’ Institute : Free Download, Borrow, and Streaming : Internet Archive</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${iaTitle}">
<meta property="og:type" content="website"><meta property="og:site_name" content="Internet Archive">
<meta name="description" content="${iaDesc[0]?.slice(0, 150)}"><link rel="canonical" href="https://archive.org/details/harrowgate-mechanics-institute-minutes">
<script src="//archive.org/includes/build/npm/jquery/dist/jquery.min.js?v3.7.1"></script>
<script src="//archive.org/includes/build/js/ia-topnav.min.js?v=1a2b3c" type="module"></script>
<script src="//archive.org/includes/build/js/archive.min.js?v=5d6e7f"></script>
<link href="//archive.org/includes/build/css/archive.min.css?v=8g9h0i" rel="stylesheet" type="text/css"></head>
<body class="navia ia-module tiles"><a href="#maincontent" class="hidden-for-screen-readers">Skip to main content</a>
<div class="ia-banners"><div class="ia-banner donation" data-campaign="DE-2024-ia-banner"><p>${iaBanner[0]}</p>
<a class="banner-donate" href="https://archive.org/donate/?origin=iawww-banner">${iaBanner[1]}</a><button
class="banner-close">${iaBanner[2]}</button></div></div>
<div id="topnav"><ia-topnav config='{"eventCategory":"MobileTopNav"}'><div class="topnav-fallback"><a href="/" class="ia-logo">Internet Archive logo</a>
<ul class="media-menu">${links(iaNav)}</ul><ul class="user-menu">${links(iaTop)}</ul><ul class="sub-menu">${links(iaSub)}</ul></div></ia-topnav></div>
<main id="maincontent"><div class="container container-ia width-max"><div id="theatre-ia-wrap" class="container container-ia width-max">
<div id="theatre-ia" class="container"><div class="row"><div class="xs-col-12"><div id="IABookReaderWrapper" class="internal-beta">
<div id="BookReader" class="BookReader"><noscript>This page requires JavaScript to be enabled.</noscript></div></div></div></div></div></div></div>
<div class="container container-ia item-details-container"><div class="relative-row row"><div class="thats-left item-details-metadata col-sm-8">
<h1 class="item-title" itemprop="name"><span class="breaker-breaker" itemprop="name">${iaTitle}</span></h1>
<dl class="metadata-definition"><dt>by</dt>\n<dd class=""><span class="item-creator"><a
href="/search?query=creator">Harrowgate Mechanics’ Institute</a></span></dd></dl>
${dl(iaMeta)}
<div class="item-stats-summary"><span class="item-stats-summary__count">1,327</span> Views <span class="item-stats-summary__count">9</span> Favorites</div>
<div id="descript" itemprop="description" class="item-description">${iaDesc.join('<br>\n<br>\n')}
<ul>${iaList.map((t) => `<li>${t}</li>`).join('\n')}</ul>${iaDesc2.join('<br>\n<br>\n')}</div>
${dl(iaMeta2)}
<div class="reviews"><h2 class="reviews-heading">Reviews (1)</h2><a href="/write-review.php" class="stealth">Add Review</a>
<div class="aReview"><b>${iaReview.who}</b> - <span class="review-stars">favoritefavoritefavoritefavorite</span> - ${iaReview.date}<br>
<b>Subject: </b>${iaReview.title}<div class="breaker-breaker">${iaReview.text}</div></div></div></div>
<div class="thats-right item-details-archive-info col-sm-4"><section class="boxy item-download-options"><h5 class="download-title">DOWNLOAD OPTIONS</h5>
<ul class="format-group">${links(iaDownloads, 'download-pill')}</ul></section>
<section class="boxy collection-list"><h5 class="collection-title">IN COLLECTIONS</h5><ul><li><a
href="/details/wenlowlocalstudies">Wenlow Valley Local Studies Centre</a></li>
<li><a href="/details/americana">American Libraries</a></li></ul></section>
<section class="boxy item-upload-info"><p>Uploaded by <a href="/details/@wenlow_studies">wenlow_studies</a> on <time
datetime="2023-10-17">October 17, 2023</time></p></section>
<section class="boxy similar-items"><h5>SIMILAR ITEMS (based on metadata)</h5><ul>${links(iaSimilar)}</ul></section></div></div></div></main>
<footer class="ia-footer"><p>${iaFoot[0]}</p></footer></body></html>`;
export const archiveItem: TestPage = {
  html: iaHtml,
  name: 'heldout183-internet-archive-item',
  kind: 'blog',
  // the description is the article (its <br>-split paragraphs and its list); the creator ("by" line) and the upload line
  // are bylines; metadata fields, counts, the review, download pills, collections, similar items and chrome are furniture
  title: iaTitle,
  headings: [],
  body: texts([...iaDesc, ...iaList, ...iaDesc2]),
  bylines: ['by Harrowgate Mechanics’ Institute', 'Uploaded by wenlow_studies on October 17, 2023'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...iaBanner, 'Internet Archive logo', ...iaNav, ...iaTop, ...iaSub, ...[...iaMeta, ...iaMeta2].map(([k, v]) => `${k} ${v}`),
    '1,327 Views 9 Favorites', 'Reviews (1)', 'Add Review', iaReview.who, iaReview.date, `Subject: ${iaReview.title}`, iaReview.text,
    'DOWNLOAD OPTIONS', ...iaDownloads, 'IN COLLECTIONS', 'Wenlow Valley Local Studies Centre', 'American Libraries', 'SIMILAR ITEMS (based on metadata)',
    ...iaSimilar, ...iaFoot,
  ],
};
