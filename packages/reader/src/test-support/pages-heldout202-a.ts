import { links, type TestPage } from './page-kit.js';
import { hueArticle } from './pages-heldout202-a2.js';

/**
 * Held-out batch 202, file a: a Manualslib manual page (the site header with search and "Brands" / "Categories", the
 * breadcrumb, the h1 with the manual's page count, the viewer toolbar, the manual's own page rendered as a pdf2htmlEX text
 * layer of positioned line divs, the "Table of Contents" sidebar of the manual, "Also See" and "Related Manuals" rails, ad
 * slots, the "Ask a question" box and the footer) and, from file a2, a Philips Hue help article.
 */
const mlTitle = 'Corvane BX-420 Instruction Manual';
const mlParas: { h?: string; p: string[]; li?: string[] }[] = [
  {
    h: 'Cleaning and Descaling',
    p: [
      'Clean the coffee maker after every use and descale it regularly. Limescale builds up faster in hard water areas and slows the flow of water ' +
        'through the heater, which makes brewing take longer and the coffee taste bitter.',
      'Before cleaning, switch off the appliance, unplug it from the wall socket and let the hot plate cool for at least 20 minutes.',
    ],
  },
  {
    h: 'Daily cleaning',
    p: ['Wash the following parts in warm soapy water, rinse them and dry them well before putting them back:'],
    li: [
      'the glass carafe and its lid;',
      'the swing-out filter holder and the permanent filter;',
      'the drip-stop valve under the filter holder (press it a few times under running water).',
    ],
  },
  {
    p: [
      'The carafe and the permanent filter may be washed in the top basket of a dishwasher. Never put the housing, the hot plate or the power cord ' +
        'in water. Wipe the outside of the appliance with a soft damp cloth; do not use scouring pads or solvent cleaners, which scratch the ' +
        'display window.',
    ],
  },
  {
    h: 'Descaling',
    p: [
      'When the CALC symbol lights up on the display, descale the appliance. In soft water areas this is usually every three months; in hard water ' +
        'areas it can be every four to six weeks. Use only a liquid descaler intended for coffee makers. Do not use vinegar, which can damage the ' +
        'seals of the water tank.',
    ],
    li: [
      'Fill the water tank up to the MAX mark with descaler mixed with water as stated on the descaler pack.',
      'Put the empty carafe on the hot plate and the filter holder, without coffee, in place.',
      'Press and hold the START button for three seconds until CALC flashes. The descaling programme runs for about 25 minutes and pauses twice.',
      'When the appliance beeps three times, empty the carafe and rinse the water tank.',
      'Run two brewing cycles with clean cold water up to the MAX mark to rinse out any descaler.',
    ],
  },
  {
    h: 'Storage',
    p: [
      'If you are not going to use the coffee maker for some time, empty the water tank, clean the appliance as described above and wind the power ' +
        'cord into the cord storage at the back. Store it in a dry place out of the reach of children.',
      'Note: Damage caused by not descaling the appliance is not covered by the guarantee.',
    ],
  },
];
const mlBody = mlParas.flatMap((b) => [...b.p, ...(b.li ?? [])]);
const mlNav = ['Brands', 'Categories', 'Upload', 'Top Brands', 'Forum'];
const mlCrumbs = ['Manuals', 'Brands', 'Corvane Manuals', 'Coffee Maker', 'BX-420'];
const mlToc = [
  'Safety Instructions',
  'Intended Use',
  'Parts and Controls',
  'Before First Use',
  'Setting the Clock',
  'Making Coffee',
  'Using the Timer',
  'Keep-Warm Function',
  'Cleaning and Descaling',
  'Troubleshooting',
  'Technical Data',
  'Disposal',
  'Guarantee',
];
const mlAlso = ['Corvane BX-420 Quick Start Manual', 'Corvane BX-420 Service Manual'];
const mlRelated = ['Corvane BX-300 Instruction Manual', 'Corvane BX-510 Thermo Instruction Manual', 'Corvane KM-12 Operating Instructions'];
const mlFoot = ['About Us', 'Terms of Use', 'Privacy Policy', 'Contact Us', 'Copyright Complaints', 'Sitemap'];
const mlLine = (t: string, i: number): string => {
  const words = t.split(' ');
  const rows: string[] = [];
  for (let k = 0; k < words.length; k += 11) rows.push(words.slice(k, k + 11).join(' '));
  return rows.map((r, j) => `<div class="t m0 x${i % 2 === 0 ? 3 : 5} h4 y${(i * 7 + j).toString(16)} ff2 fs2 fc0 sc0 ls0 ws0">${r}</div>`).join('\n');
};
let mlN = 0;
const mlPage = mlParas
  .map((b) => {
    const h = b.h === undefined ? '' : `<div class="t m0 x2 h6 y${(++mlN * 31).toString(16)} ff1 fs4 fc0 sc0 ls0 ws0">${b.h}</div>\n`;
    const ps = b.p.map((p) => mlLine(p, ++mlN)).join('\n');
    const lis = (b.li ?? []).map((l, i) => `<div class="t m0 x4 h4 y${(++mlN * 13).toString(16)} ff3 fs2 fc0 sc0 ls0 ws0">${i + 1}.</div>\n${mlLine(l, mlN)}`);
    return `${h}${ps}\n${lis.join('\n')}`;
  })
  .join('\n');
const mlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CORVANE BX-420 INSTRUCTION MANUAL Pdf Download | ManualsLib</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="View and Download Corvane BX-420 instruction manual online. Filter Coffee Maker. BX-420 coffee maker pdf manual download.">
<meta property="og:title" content="Corvane BX-420 Instruction Manual"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.manualslib.com/manual/3184207/Corvane-Bx-420.html?page=14">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Manuals","item":"https://www.manualslib.com/"},{"@type":"ListItem","position":2,"name":"Brands","item":"https://www.manualslib.com/brand/"}]}</script>
<link rel="stylesheet" href="https://static-data2.manualslib.com/assets/css/manual.min.css?v=2025.10">
<script>window.ML = {manualId: 3184207, page: 14, pages: 32, adsEnabled: true};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="manual-page">
<header class="header"><div class="container"><div class="row"><div class="col-xs-6 col-sm-3"><a class="logo" href="/">
<img src="https://static-data2.manualslib.com/assets/img/logo.svg" alt="ManualsLib"></a></div>
<div class="col-sm-5 header-search"><form action="/a/" method="get" class="search-form"><input type="text" name="q" class="form-control"
placeholder="Search for manuals..."><button type="submit" class="btn search-btn">Search</button></form></div>
<nav class="col-sm-4 header-nav"><ul class="nav-list">${links(mlNav, 'nav-item')}</ul>
<a class="header-login" href="/login/">Log in</a> <a class="header-signup" href="/signup/">Sign up</a></nav></div></div></header>
<div class="container"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">${links(mlCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active">Instruction manual</li></ol>
<div class="row manual-head"><div class="col-md-9"><h1 class="manual-title">${mlTitle}</h1>
<div class="manual-subtitle">Filter coffee maker <span class="manual-pages">(32 pages)</span></div></div>
<div class="col-md-3 manual-brand-logo"><span class="brand-label">Brand: Corvane</span> <span class="cat-label">Category: Coffee Maker</span>
<span class="size-label">Size: 2.41 MB</span></div></div>
<div class="row"><aside class="col-md-3 manual-sidebar"><div class="toc-block"><div class="toc-title">Table of Contents</div>
<ul class="toc-list">${links(mlToc, 'toc-item')}</ul></div><div class="bookmarks-block"><div class="bm-title">Bookmarks</div>
<a class="bm-add" href="#">Add to my manuals</a></div>
<div class="ad-slot ad-slot--sidebar" id="div-gpt-ad-sidebar"><span class="ad-label">Advertisement</span></div></aside>
<main class="col-md-9 manual-main"><div class="viewer-toolbar"><a class="tb-prev" href="?page=13#manual">Previous Page</a>
<span class="tb-page">Page 14 of 32</span><a class="tb-next" href="?page=15#manual">Next Page</a>
<a class="tb-print" href="/print/3184207">Print page 14</a><a class="tb-download" href="/download/3184207/Corvane-Bx-420.html">Download this manual</a>
<a class="tb-share" href="#">Share</a></div>
<div class="ad-slot ad-slot--top" id="div-gpt-ad-top"><span class="ad-label">Advertisement</span></div>
<div id="manual" class="pdf-viewer"><div id="pf14" class="pf w0 h0" data-page-no="e"><div class="pc pce w0 h0">
<img class="bi x0 y0 w1 h1" alt="" src="https://static-data2.manualslib.com/pdf7/318/3184207/bg14.png">
${mlPage}
<div class="t m0 x7 h4 y1ff ff2 fs1 fc1 sc0 ls0 ws0">14</div>
</div></div></div>
<div class="viewer-bottom"><span>Need help?</span> <p class="ask-intro">Do you have a question about the Corvane BX-420 and is the answer not in the manual?</p>
<form class="ask-form"><label for="ask-q">Questions and answers</label><textarea id="ask-q" placeholder="Type your question here"></textarea>
<button type="submit" class="btn btn-primary">Ask a question</button></form></div>
<section class="also-see"><h3 class="also-see-title">Also See for Corvane BX-420</h3><ul>${links(mlAlso)}</ul></section>
<section class="related-manuals"><h3 class="related-title">Related Manuals for Corvane BX-420</h3><ul>${links(mlRelated)}</ul></section>
<div class="ad-slot ad-slot--bottom" id="div-gpt-ad-bottom"><span class="ad-label">Advertisement</span></div></main></div></div>
<footer class="footer"><div class="container"><ul class="footer-links">${links(mlFoot, 'footer-item')}</ul>
<p class="copyright">Copyright © 2025 ManualsLib. All Rights Reserved.</p></div></footer>
<script src="https://static-data2.manualslib.com/assets/js/manual.min.js?v=2025.10"></script></body></html>`;
const manualslib: TestPage = {
  html: mlHtml,
  name: 'heldout202-manualslib-manual-page',
  kind: 'docs',
  // the manual page's own text (its headings, paragraphs and numbered steps) is the article; the step numbers and the
  // printed page number are in neither list
  title: mlTitle,
  headings: mlParas.flatMap((b) => (b.h === undefined ? [] : [b.h])),
  body: mlBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', ...mlNav, 'Log in', 'Sign up', ...mlCrumbs, 'Instruction manual', 'Filter coffee maker', '(32 pages)', 'Brand: Corvane',
    'Category: Coffee Maker', 'Size: 2.41 MB', 'Table of Contents', ...mlToc.filter((t) => t !== 'Cleaning and Descaling'), 'Bookmarks',
    'Add to my manuals', 'Advertisement', 'Previous Page', 'Page 14 of 32', 'Next Page', 'Print page 14', 'Download this manual', 'Share',
    'Need help?', 'Do you have a question about the Corvane BX-420 and is the answer not in the manual?', 'Questions and answers', 'Ask a question',
    'Also See for Corvane BX-420', ...mlAlso, 'Related Manuals for Corvane BX-420', ...mlRelated, ...mlFoot,
    'Copyright © 2025 ManualsLib. All Rights Reserved.',
  ],
};

export const HELDOUT202_A: readonly TestPage[] = [manualslib, hueArticle];
