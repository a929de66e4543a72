import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout392-kit.js';

/**
 * Held-out batch 392, file c: a Google News Archive-style page viewer rendered by a JavaScript app with obfuscated class
 * names (app bar, the newspaper and date pickers, zoom and page controls, the clipping panel with its text, "Link to this
 * page", the browse rail and the footer) and a historical society's transcribed article on a WordPress page built with
 * Elementor (header menu, post info, the transcription sections, image caption, share buttons, donation call, the
 * newsletter form, related posts and the footer).
 */
const gTitle = 'Council Votes to Pave Elm Street; Work to Begin in May';
const gText = [
  j(
    'PELHAM — The city council voted five to two Tuesday night to pave Elm Street from the railroad crossing to the new',
    'high school, ending a dispute that has run through three meetings and filled the council chamber each time.',
  ),
  j(
    'The work, estimated at $48,600, will be paid for partly by an assessment on the property owners along the street',
    'and partly from the general street fund. City engineer Lyle Danforth told the council that bids would be opened',
    'April 15 and that the contractor could begin in May if the weather held.',
  ),
  j(
    'Opponents, led by Councilman Earl Sweeney of the Fourth Ward, argued that the assessment would fall hardest on',
    'the older homes near the crossing, many of them owned by retired railroad men. “These people did not ask for a',
    'paved street and they cannot afford one,” Sweeney said. He proposed that the city pay the whole cost, but the',
    'motion failed for want of a second.',
  ),
  j(
    'Mayor Constance Rudd said the school board had made the paving a condition of opening the new building in',
    'September, since buses could not use the street in wet weather. About 600 pupils are expected to enroll.',
    'Property owners will be allowed to spread their assessments over ten years at four per cent interest.',
  ),
];
const gBrowse = ['Browse this newspaper', 'Browse all newspapers', 'Search archive'];
const gCtl = ['Zoom in', 'Zoom out', 'Previous page', 'Next page', 'Full screen'];
const gFoot = ['Google Home', 'Privacy', 'Terms', 'Help', 'Send feedback'];
const gHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>The Pelham Courier - Google News Archive Search</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="origin">
<meta property="og:title" content="The Pelham Courier - Mar 12, 1958"><meta name="robots" content="noindex">
<script nonce="x8Rz">window.WIZ_global_data={"cfb2h":"boq_newsarchiveuiserver_20260302.04_p0","FdrFJe":"-4218833917"};</script>
<script nonce="x8Rz">(function(){var a=window.performance;window.start=Date.now();})();</script>
<link rel="stylesheet" href="https://www.gstatic.example/_/mss/boq-newsarchive/_/ss/k=boq.NewsArchiveUi.Xz9.L.B1.O/am=AAQ/d=1/rs=AO0039s">
</head><body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md; click:FAbpgf" class="EIlDfe">
<c-wiz jsrenderer="Ghu4ic" class="zQTmif SSPGKf" jsdata="deferred-i1" data-p="%.@.[&quot;1958-03-12&quot;]" jsmodel="hc6Ubd">
<header class="gb_Ma gb_qd" role="banner"><div class="gb_Pd"><a class="gb_Ld" href="/newspapers" aria-label="Google News Archive">
<span class="gb_Fd">Google</span> <span class="gb_Gd">News Archive</span></a></div>
<div class="gb_ne"><a class="gb_A" href="/accounts" aria-label="Sign in">Sign in</a></div></header>
<div class="vH7hBd" jsname="Xb8tBe"><div class="kQ1rCd" role="heading" aria-level="2">The Pelham Courier</div>
<div class="Y3bFYc" jsname="dTKtvb"><span class="VfPpkd-vQzf8d" jsname="V67aGc">Mar 12, 1958</span>
<button class="VfPpkd-LgbsSe" jsname="Rbb4Cc" aria-label="Change date"><span class="VfPpkd-vQzf8d">Change date</span></button></div>
<div class="Fmq6ue" role="toolbar">${gCtl
  .map((c) => `<button class="VfPpkd-Bz112c-LgbsSe yHy1rc" jsname="${c.length}K0b" aria-label="${c}"><span class="EY8ABd">${c}</span></button>`)
  .join('\n')}</div>
<span class="Tt2hOe">Page 1 of 14</span></div>
<div class="JkD7Nc" jsname="r4nke"><div class="eejsDc" jsname="viewer"><img class="T8EB8b" src="https://news.google.example/newspapers?id=pc58&amp;pg=1"
alt=""></div>
<div class="W4Qh6e" jsname="clipPanel" role="region" aria-label="Clipping"><div class="NXE0Yc"><span class="bQ2Hle">Clipping</span></div>
<h1 class="kLQYhd" jsname="r4nke">${gTitle}</h1>
<div class="cYaXZ" jsname="YS01Ge">
${ps(gText, ' class="zXdYnb" jsname="p"')}
</div><div class="zZl0Eb"><span class="qHl3U">Text is automatically generated and may contain errors.</span></div>
<div class="VfPpkd-dgl2Hf-ppHlrf-sM5MNb"><button class="VfPpkd-LgbsSe" jsname="LgbsSe"><span class="VfPpkd-vQzf8d">Link to this page</span></button>
<button class="VfPpkd-LgbsSe" jsname="Mvu4Nd"><span class="VfPpkd-vQzf8d">Copy clipping</span></button></div></div>
<nav class="oGKmGd" aria-label="Browse"><ul class="S7rR8b">${links(gBrowse, 'nXJmc')}</ul></nav></div>
<footer class="fbar" role="contentinfo"><ul class="Fx4vi">${links(gFoot, 'Fx4vi')}</ul><span class="EY8ABd">©2026 Google</span></footer>
</c-wiz><script nonce="x8Rz" src="https://www.gstatic.example/_/mss/boq-newsarchive/_/js/k=boq.NewsArchiveUi.en_US.o1.O/m=_b,_tp"></script>
<script nonce="x8Rz">AF_initDataCallback({key: 'ds:0', hash: '1', data:[["1958-03-12","The Pelham Courier",14]], sideChannel: {}});</script>
</body></html>`;
const gna: TestPage = {
  name: 'heldout392-google-news-archive-viewer-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gText),
  bylines: ['Mar 12, 1958'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google', 'News Archive', 'Sign in', 'The Pelham Courier', 'Change date', ...gCtl, 'Page 1 of 14', 'Clipping',
    'Text is automatically generated and may contain errors.', 'Link to this page', 'Copy clipping', ...gBrowse, ...gFoot, '©2026 Google',
  ],
};

const hTitle = '“A Night of Terror on the Quarry Road”: The 1889 Flood as the Harlan Gazette Told It';
const hIntro = [
  j(
    'Among the newspapers donated to the society last year by the family of the late Doris Whitcombe was a nearly complete',
    'run of the Harlan Gazette for 1889. The issue of May 30 carries the paper’s first full account of the flood that swept',
    'down Stony Run on the night of May 27, and we have transcribed it here for members who cannot visit the reading room.',
  ),
  j(
    'The original is badly foxed along the fold and a few words are lost. Where we could not read a word we have marked it',
    '[illegible]; where we have supplied a word from the sense of the passage it is given in square brackets.',
  ),
];
const hTrans = [
  j(
    'The people of Harlan will not soon forget the night of Monday last. Rain had fallen without ceasing since Saturday,',
    'and by evening the creek below the tannery was running higher than the oldest resident could remember. At about half',
    'past ten the dam at Pierce’s mill gave way, and a wall of water, estimated by those who saw it at eight feet in height,',
    'came down the valley carrying timber, fences and outbuildings before it.',
  ),
  j(
    'The families along the Quarry Road had but a few minutes’ warning, given by young Thomas Brill, who rode down from',
    'the mill shouting to all he passed. To his courage many owe their lives. Mrs. Agnes Rourke and her four children were',
    'taken from the roof of their house by men in a skiff, and old Mr. Landis was found clinging to a sycamore a quarter of a',
    'mile below his home, having been carried [there] by the current.',
  ),
  j(
    'Two lives are known to have been lost. The body of Peter Voss, a quarryman, was recovered on Wednesday near the',
    'covered bridge, and a child of the Moran family is still [illegible]. The loss of property is placed at not less than',
    'twenty thousand dollars, and the iron bridge on the county road is entirely gone.',
  ),
];
const hNotes = [
  'Thomas Brill later served as Harlan’s postmaster from 1912 to 1927; his obituary is in our vertical files.',
  'The Moran child, a girl of six, was found alive two days later at a farm downstream, as the Gazette reported on June 6.',
  'The “iron bridge on the county road” was replaced in 1891 by the stone arch that still stands at Mill Street.',
];
const hMenu = ['Home', 'About the Society', 'Collections', 'Research Requests', 'Events', 'Membership', 'Donate'];
const hRelated = ['Reading the 1889 Relief Committee Minutes', 'The Mills of Stony Run, 1820–1900', 'New in the Reading Room: the Whitcombe Papers'];
const hFoot = ['Harlan County Historical Society', '112 Front Street, Harlan', 'Reading room open Tuesday and Saturday, 10 a.m. to 3 p.m.'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const hHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>“A Night of Terror on the Quarry Road”: The 1889 Flood as the Harlan Gazette Told It – Harlan County Historical Society</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-06-03T09:12:44+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"A Night of Terror on the Quarry Road","author":{"name":"Marian Ekholm"},"datePublished":"2025-06-03"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":2871}};</script></head>
<body class="post-template-default single single-post postid-2871 elementor-default elementor-kit-7 elementor-page elementor-page-2871">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section"><div class="elementor-container">
${w('image', '<a href="/"><img src="/wp-content/uploads/2023/02/hchs-logo.png" alt="Harlan County Historical Society"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-3b1c" class="elementor-nav-menu">${links(hMenu, 'menu-item')}</ul></nav>`,
)}
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-2871 post type-post">
<section class="elementor-section elementor-top-section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">Transcribed by Marian Ekholm</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date"><time>June 3, 2025</time></span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__terms-list"><a href="/category/transcriptions/">Transcriptions</a></span></li></ul>`,
)}
${w(
  'theme-post-content',
  `<h2>About this article</h2>\n${ps(hIntro)}
<figure class="wp-block-image"><img src="/wp-content/uploads/2025/05/gazette-1889-05-30.jpg" alt="">
<figcaption>Page one of the Harlan Gazette, May 30, 1889. HCHS newspaper collection, gift of the Whitcombe family.</figcaption></figure>
<h2>Transcription</h2>\n${ps(hTrans)}\n<h2>Notes on the text</h2>\n<ul>${hNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul>`,
)}
${w(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__text">Share</span></div>
<div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__text">Email</span></div>
<div class="elementor-share-btn elementor-share-btn_print"><span class="elementor-share-btn__text">Print</span></div></div>`,
)}
${w(
  'call-to-action',
  `<h3 class="elementor-cta__title">Help us preserve Harlan’s newspapers</h3>
<div class="elementor-cta__description">Your gift pays for acid-free boxes and digitisation.</div>
<a class="elementor-cta__button" href="/donate">Donate today</a>`,
)}
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
${w('heading', '<h4 class="elementor-heading-title">Join our mailing list</h4>')}
${w(
  'form',
  `<form class="elementor-form"><input type="email" placeholder="Your email">
<button type="submit"><span class="elementor-button-text">Sign me up</span></button></form>`,
)}
${w('heading', '<h4 class="elementor-heading-title">More from the collections</h4>')}
${w('posts', `<ul class="elementor-posts-container">${links(hRelated, 'elementor-post')}</ul>`)}
</div></div></div></section></div>
<footer data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
${w('text-editor', hFoot.map((t) => `<p>${t}</p>`).join('\n'))}
${w('text-editor', '<p>© 2026 Harlan County Historical Society. All rights reserved.</p>')}</footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const society: TestPage = {
  name: 'heldout392-historical-society-elementor-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['About this article', 'Transcription', 'Notes on the text'],
  body: texts([...hIntro, ...hTrans, ...hNotes]),
  bylines: ['Transcribed by Marian Ekholm', 'June 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hMenu, 'Transcriptions', 'Page one of the Harlan Gazette, May 30, 1889. HCHS newspaper collection, gift of the Whitcombe family.',
    'Share', 'Email', 'Print', 'Help us preserve Harlan’s newspapers', 'Your gift pays for acid-free boxes and digitisation.', 'Donate today',
    'Join our mailing list', 'Sign me up', 'More from the collections', ...hRelated, ...hFoot,
    '© 2026 Harlan County Historical Society. All rights reserved.',
  ],
};

export const HELDOUT392_C: readonly TestPage[] = [gna, society];
