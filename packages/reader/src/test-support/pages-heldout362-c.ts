import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file c: a Heritage-style auction archive lot (the ha.com header and category bar, the closed-lot
 * banner with the price realized, the auction info box, lot tracking buttons, the description with the cataloguer's notes,
 * "Ask a Question", the "Similar items in previous auctions" rail, the newsletter box and the footer) and a comic grading
 * guide built with WordPress and Elementor (elementor-section / column / widget wrappers, a heading widget per section,
 * text-editor widgets with a grade table, an icon-list widget, a call-to-action button widget, a testimonial and the
 * Astra theme's header, footer and cookie notice).
 */
const hTitle = 'Star Harrier #1 (Bellwether Comics, 1963) CGC VF/NM 9.0 Off-white to white pages';
const hDesc = [
  j(
    'The first appearance and origin of Star Harrier, the winged test pilot who would headline Bellwether\u2019s science-fiction',
    'line for the next two decades. The cover by Marla Quist, showing the Harrier breaking through a canopy of stars, is one of',
    'the most reproduced images of the period.',
  ),
  j(
    'This copy has a square spine with strong colour, and the black cover areas, which chip easily on this issue, show only one',
    'small tick at the lower edge. The CGC label notes no restoration.',
  ),
  j(
    'Only eleven copies have received a higher grade from CGC, and this is the first 9.0 to be offered by us since 2019. Copies with',
    'white pages are rarer still, as the early Bellwether printings used a low-grade newsprint that tans quickly.',
  ),
];
const hNotes = ['Cover art by Marla Quist.', 'Script by Gideon Pell; interior art by Ruth Amado.', 'Certificate number 4418207011.'];
const hNav = ['Auctions', 'Buy Now', 'Consign', 'Auction Archives', 'Catalog', 'Events', 'Ask an Expert'];
const hCats = ['Comics & Comic Art', 'Coins', 'Currency', 'Fine Art', 'Jewelry', 'Sports', 'Luxury Accessories'];
const hSim = ['Star Harrier #2 (Bellwether, 1963) CGC VF 8.0', 'Star Harrier #1 (Bellwether, 1963) CGC FN 6.0', 'Bellwether Tales #14 (1961) CGC VF+ 8.5'];
const hFoot = ['About Heritage', 'Careers', 'Locations', 'Terms & Conditions', 'Privacy & Security', 'Contact Us'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle} | Lot #91204 | Heritage Auctions</title>
<meta name="description" content="Star Harrier #1 (Bellwether Comics, 1963) CGC VF/NM 9.0. Comic Books Signature Auction #7412.">
<meta property="og:image" content="https://dyn.ha.example/comics/7412/91204.jpg"><meta name="robots" content="index,follow">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${hTitle}","sku":"7412-91204"}</script>
<script>var ha = ha || {}; ha.lot = {"saleNo":7412,"lotNo":91204,"closed":true};</script></head>
<body id="lot-detail-page" class="ha-comics"><div id="ha-header"><div class="header-top"><a class="logo" href="/">Heritage Auctions</a>
<a href="/c/login.zx" class="header-link">Sign In</a> <a href="/c/register.zx" class="header-link">Join</a></div>
<ul class="main-nav">${links(hNav, 'main-nav-item')}</ul><ul class="category-bar">${links(hCats)}</ul></div>
<div id="main-content" class="container"><div class="breadcrumb"><a href="/comics">Comics & Comic Art</a> &gt; <a href="/c/auctions/7412">Auction #7412</a>
&gt; <span>Lot #91204</span></div><div class="lot-closed-banner"><strong>This lot has closed.</strong> Sold on Feb 22, 2026 for: $38,400.00</div>
<div class="row"><div class="col-md-6 lot-photos"><img src="https://dyn.ha.example/comics/7412/91204.jpg" alt="${hTitle}">
<p class="photo-note">Click image to zoom</p></div><div class="col-md-6 lot-detail-main"><h1 class="lot-title">${hTitle}</h1>
<div class="auction-info"><h3>Auction Info</h3><dl><dt>Auction</dt> <dd>2026 February 19 - 22 Comic Books Signature Auction #7412</dd>
<dt>Buyer's Premium</dt> <dd>Per Lot: 20% (minimum $29)</dd><dt>Lot Tracking</dt> <dd>Page Views: 2,961</dd></dl></div>
<div class="lot-actions"><a href="#" class="btn">Track Item</a> <a href="#" class="btn">Ask a Question</a> <a href="#" class="btn">Share</a></div></div></div>
<div class="item-description"><h2>Description</h2>${ps(hDesc)}<ul class="lot-notes">${hNotes.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<p class="cataloger">Catalogued by Mason Treviño, Consignment Director</p></div>
<div class="similar-items"><h3>Similar items in previous auctions</h3><ul>${links(hSim, 'similar-item')}</ul></div>
<div class="newsletter-box"><h3>Get the Heritage newsletter</h3><p>Weekly auction highlights and expert insights in your inbox.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div></div>
<footer id="ha-footer"><ul>${links(hFoot)}</ul><p>© 2026 Heritage Auctions. All rights reserved.</p></footer>
<div id="cookie-consent" class="cookie-consent"><p>This website uses cookies to improve your experience.</p><button>Got it</button></div></body></html>`;
const heritage: TestPage = {
  name: 'heldout362-heritage-archive-lot',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Description'],
  body: texts([...hDesc, ...hNotes]),
  bylines: ['Sold on Feb 22, 2026 for: $38,400.00', 'Catalogued by Mason Treviño, Consignment Director'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heritage Auctions', 'Sign In', 'Join', ...hNav, ...hCats, 'Auction #7412', 'Lot #91204', 'This lot has closed.', 'Click image to zoom',
    'Auction Info', '2026 February 19 - 22 Comic Books Signature Auction #7412', "Buyer's Premium", 'Per Lot: 20% (minimum $29)', 'Lot Tracking',
    'Page Views: 2,961', 'Track Item', 'Ask a Question', 'Share', 'Similar items in previous auctions', ...hSim, 'Get the Heritage newsletter',
    'Weekly auction highlights and expert insights in your inbox.', 'Subscribe', ...hFoot, '© 2026 Heritage Auctions. All rights reserved.',
    'This website uses cookies to improve your experience.', 'Got it',
  ],
};

const gTitle = 'How Comic Books Are Graded: The 10-Point Scale Explained';
const gIntro = [
  j(
    'Every comic we encapsulate receives a single number from 0.5 to 10.0. That number sums up dozens of small judgements about',
    'the cover, the spine, the corners and the pages, and it has a large effect on what a book is worth. This guide explains how our',
    'graders arrive at it.',
  ),
];
const gSteps = [
  'Pressing and cleaning are never done without the owner\u2019s written request.',
  'Two graders examine every book independently, under the same daylight-balanced lamp.',
  'If their grades differ by more than half a point, a senior grader decides.',
  'Restoration of any kind moves the book to the purple label, whatever its grade.',
];
const gDefects = [
  j(
    'Graders look first at the cover, because it is what a buyer sees. Spine stress marks, colour-breaking creases, corner blunting',
    'and chips all lower the grade. A single colour-breaking crease will usually keep a book out of the 9s.',
  ),
  j(
    'Page quality is graded separately and printed on the label. It runs from white through off-white and cream to brown. Brittle',
    'pages cap a book at 1.8, however clean the cover is.',
  ),
];
const gScale: readonly (readonly [string, string, string])[] = [
  ['10.0', 'Gem Mint', 'No defects visible under magnification.'],
  ['9.8', 'Near Mint/Mint', 'Nearly perfect; a tiny printing flaw at most.'],
  ['9.0', 'Very Fine/Near Mint', 'Excellent eye appeal with a few small defects.'],
  ['6.0', 'Fine', 'An above-average copy with minor wear.'],
  ['4.0', 'Very Good', 'A read copy, still whole and attractive.'],
  ['2.0', 'Good', 'Well worn, with creases and tears, but complete.'],
];
const gQuote = '\u201cThe number on the label is an opinion, but it is the same opinion every time. That consistency is what the market pays for.\u201d';
const gClose = [
  j(
    'A grade is not a valuation. Two books at the same grade can sell for very different prices depending on the issue, the page',
    'quality and the pedigree. Use the grade to compare copies of the same issue, and read the grader\u2019s notes for the details.',
  ),
];
const gNav = ['Services', 'Submit', 'Pricing', 'Verify a Certificate', 'Learn', 'Contact'];
const gFoot = ['Terms of Service', 'Privacy Policy', 'Grading Guarantee', 'Careers'];
let eid = 0;
const el = (widget: string, inner: string): string => {
  eid++;
  return `<div class="elementor-element elementor-element-${(4096 + eid).toString(16)} elementor-widget elementor-widget-${widget}"
data-id="${(4096 + eid).toString(16)}"
data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
};
const sec = (
  inner: string,
): string => `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column
elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hd = (t: string, tag = 'h2'): string => el('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${gTitle} - Paneltrust Grading</title>
<meta name="description" content="How Paneltrust grades comic books on the 10-point scale: defects, page quality and the grade table.">
<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-01-18T10:04:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${gTitle}",
"dateModified":"2026-01-18T10:04:11+00:00"}]}</script><link rel="stylesheet" id="elementor-frontend-css"
href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.1","post":{"id":512}};</script></head>
<body class="page-template-default page page-id-512 ast-page-builder-template elementor-default elementor-kit-5 elementor-page elementor-page-512">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div id="page" class="hfeed site">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-container"><div class="site-branding">
<span class="site-title"><a href="/">Paneltrust Grading</a></span></div><nav class="main-header-bar-navigation" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-nav-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-512 page type-page status-publish ast-article-single" id="post-512"><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="512" class="elementor elementor-512">
${sec(`${el('text-editor', '<p class="guide-kicker">Collector Education</p>')}${hd(gTitle, 'h1')}${el('text-editor', '<p>Last updated January 18, 2026</p>')}`)}
${sec(
  `${el('text-editor', ps(gIntro))}${hd('Our grading process')}${el(
    'icon-list',
    `<ul class="elementor-icon-list-items">${gSteps
      .map((s) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"></span><span class="elementor-icon-list-text">${s}</span></li>`)
      .join('\n')}</ul>`,
  )}`,
)}
${sec(`${hd('What graders look for')}${el('text-editor', ps(gDefects))}`)}
${sec(
  `${hd('The grade table')}${el(
    'text-editor',
    `<table><thead><tr><th>Grade</th><th>Name</th><th>What it means</th></tr></thead><tbody>
${gScale.map(([g, n, m]) => `<tr><td>${g}</td>\n<td>${n}</td>\n<td>${m}</td></tr>`).join('\n')}</tbody></table>`,
  )}`,
)}
${sec(
  `${el(
    'testimonial',
    `<div class="elementor-testimonial-content">${gQuote}</div><div class="elementor-testimonial-meta"><div
class="elementor-testimonial-name">Renata Solberg</div><div class="elementor-testimonial-job">Senior Grader</div></div>`,
  )}`,
)}
${sec(`${hd('Grades and prices')}${el('text-editor', ps(gClose))}`)}
${sec(
  `${hd('Ready to submit your comics?', 'h3')}${el(
    'button',
    `<a class="elementor-button elementor-button-link"
href="/submit"><span>Start a Submission</span></a>`,
  )}`,
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><ul>${links(gFoot)}</ul>
<p>Copyright © 2026 Paneltrust Grading LLC | Powered by Astra WordPress Theme</p></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience.
<a role="button" class="cli_settings_button">Cookie Settings</a> <a role="button" id="cookie_action_close_header"
class="cli-plugin-button">ACCEPT</a></span></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout362-elementor-grading-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Our grading process', 'What graders look for', 'The grade table', 'Grades and prices'],
  body: [...texts([...gIntro, ...gSteps, ...gDefects]), ...gScale.flatMap((r) => [...r]), gQuote, ...texts(gClose)],
  bylines: ['Last updated January 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Paneltrust Grading', ...gNav, 'Collector Education', 'Renata Solberg', 'Senior Grader', 'Ready to submit your comics?',
    'Start a Submission', ...gFoot, 'Copyright © 2026 Paneltrust Grading LLC | Powered by Astra WordPress Theme',
    'We use cookies on our website to give you the most relevant experience.', 'Cookie Settings', 'ACCEPT',
  ],
};

export const HELDOUT362_C: readonly TestPage[] = [heritage, elementor];
