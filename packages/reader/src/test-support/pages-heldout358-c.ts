import { links, ps, type TestPage, texts } from './page-kit.js';
import { nutrisliceMenu } from './pages-heldout358-c2.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file c: a prep school's term dates page built with Squarespace 7.1 (header nav with folders, page
 * sections of sqs-block html blocks, a button block, an image block with its caption, a newsletter form block, the footer
 * section and the cookie banner), a page-builder page, and, from file c2, a Nutrislice-style school lunch menu page.
 */
const tTitle = 'Term Dates 2026–27';
const tIntro = [
  j(
    'Below are the term and half-term dates for the 2026–27 academic year, as agreed by the governors in January. They apply to',
    'Pre-Prep and Prep alike. Boarders return the evening before the first day of each term, from 6pm.',
  ),
];
const tAutumn = [
  'INSET days (no pupils): Wednesday 2nd and Thursday 3rd September',
  'Term begins: Friday 4th September, 8.20am',
  'Half term: Friday 16th October, 12.30pm, to Monday 2nd November, 8.20am',
  'Term ends: Friday 11th December, 12.30pm, after the Carol Service',
];
const tSpring = [
  'INSET day (no pupils): Monday 4th January',
  'Term begins: Tuesday 5th January, 8.20am',
  'Half term: Friday 12th February, 3.30pm, to Monday 22nd February, 8.20am',
  'Term ends: Friday 26th March, 12.30pm',
];
const tSummer = [
  'Term begins: Tuesday 13th April, 8.20am',
  'May Day holiday: Monday 3rd May',
  'Half term: Friday 28th May, 3.30pm, to Monday 7th June, 8.20am',
  'Speech Day: Saturday 3rd July, and term ends after lunch',
];
const tNotes = [
  j(
    'Exeat weekends for boarders fall on 26th–28th September, 20th–22nd November, 30th January–1st February and 8th–10th May. Pupils',
    'may leave from 12.30pm on the Friday.',
  ),
  j(
    'We ask families not to book holidays in term time. Requests for leave of absence must be made in writing to the Head at least',
    'four weeks in advance, and can only be granted in exceptional circumstances.',
  ),
  j(
    'Dates for 2027–28 will be published after the governors’ meeting in the spring. The local authority’s state school dates differ',
    'from ours in the spring term, so please check carefully if you have children at more than one school.',
  ),
  j(
    'Fixtures, concerts and parents’ evenings are listed week by week in the online school calendar, which is updated',
    'every Friday. Sports fixtures on Saturdays are compulsory for pupils in the Prep from Year 5, and transport leaves from the Quad',
    'unless the team sheet says otherwise. If a match is cancelled because of the weather, we will send a message by 7.30am.',
  ),
];
const tNav = ['About', 'Admissions', 'School Life', 'Boarding', 'News', 'Contact'];
const tFolder = ['Calendar', 'Uniform', 'Policies', 'Parent Portal'];
const tFoot = ['Privacy Policy', 'Safeguarding', 'Careers', 'Instagram'];
const blk = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const tHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Term Dates — Brackenfold Prep School</title><base href=""><meta property="og:site_name" content="Brackenfold Prep School">
<meta property="og:title" content="Term Dates — Brackenfold Prep School"><meta itemprop="name" content="Term Dates — Brackenfold Prep School">
<link rel="canonical" href="https://www.brackenfoldprep.example/term-dates"><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"64fa1e2b","siteTitle":"Brackenfold Prep School"},"collectionId":"65a0c3d1","templateVersion":"7.1"};</script>
<script type="application/ld+json">{"url":"https://www.brackenfoldprep.example","name":"Brackenfold Prep School",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link rel="stylesheet" href="//static1.squarespace.example/static/versioned-site-css/64fa1e2b/42/site.css"></head>
<body id="collection-65a0c3d1" class="header-overlay-alignment-center tweak-transparent-header primary-button-style-solid">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner">
<div class="header-title"><div class="header-title-text"><a href="/">Brackenfold Prep School</a></div></div>
<nav class="header-nav"><div class="header-nav-list">
${tNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
<div class="header-nav-item header-nav-item--folder"><a class="header-nav-folder-title" href="/parents">Parents</a>
<div class="header-nav-folder-content">${tFolder.map((t) => `<div class="header-nav-folder-item"><a href="#">${t}</a></div>`).join('')}</div></div></div></nav>
<div class="header-actions"><a class="btn btn--border theme-btn--primary-inverse" href="/visit">Book a Visit</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a0c3d9">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${blk('t1', `<h1 style="white-space:pre-wrap;">${tTitle}</h1>`)}
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/quad.jpg" alt=""><figcaption class="image-caption-wrapper"><div class="image-caption">
<p>The Quad in early autumn.</p></div></figcaption></figure></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section" data-section-theme="white"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-8 span-8">
${blk('t2', ps(tIntro, ' style="white-space:pre-wrap;"'))}
${blk('t3', `<h2>Autumn Term 2026</h2><ul data-rte-list="default">${lis(tAutumn)}</ul>`)}
${blk('t4', `<h2>Spring Term 2027</h2><ul data-rte-list="default">${lis(tSpring)}</ul>`)}
${blk('t5', `<h2>Summer Term 2027</h2><ul data-rte-list="default">${lis(tSummer)}</ul>`)}
${blk('t6', `<h3>Exeats and leave of absence</h3>${ps(tNotes)}`)}
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/s/term-dates-2026-27.pdf" class="sqs-block-button-element--medium sqs-button-element--primary">Download as PDF</a></div></div></div></div>
<div class="col sqs-col-4 span-4"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">The Brackenfold Bulletin</h2>
<div class="newsletter-form-header-description"><p>Sign up for our fortnightly news from the school.</p></div>
<form class="newsletter-form"><label>Email Address</label><input type="email"><button class="newsletter-form-button">Sign Up</button></form>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content">
${blk('f1', `<p>Brackenfold Prep School, Mill Road, Ashcombe, Wiltshire SN9 4QT</p><p>A charitable trust, registered charity no. 1099845</p>`)}
${blk('f2', `<ul>${links(tFoot)}</ul>`)}</div></section></footer>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-text">This website uses cookies to
improve your experience and analyse traffic.</p><button class="sqs-cookie-banner-v2-accept">Accept All</button>
<button class="sqs-cookie-banner-v2-manage">Manage Cookies</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceTerms: TestPage = {
  name: 'heldout358-squarespace-term-dates-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Autumn Term 2026', 'Spring Term 2027', 'Summer Term 2027', 'Exeats and leave of absence'],
  body: texts([...tIntro, ...tAutumn, ...tSpring, ...tSummer, ...tNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackenfold Prep School', ...tNav, 'Parents', ...tFolder, 'Book a Visit', 'The Quad in early autumn.', 'Download as PDF', 'The Brackenfold Bulletin',
    'Sign up for our fortnightly news from the school.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Brackenfold Prep School, Mill Road, Ashcombe, Wiltshire SN9 4QT', 'A charitable trust, registered charity no. 1099845', ...tFoot,
    'This website uses cookies to improve your experience and analyse traffic.', 'Accept All', 'Manage Cookies',
  ],
};

export const HELDOUT358_C: readonly TestPage[] = [squarespaceTerms, nutrisliceMenu];
