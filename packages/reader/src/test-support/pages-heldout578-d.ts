import type { TestPage } from './page-kit.js';
import { type Block, gold, j } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file d: a one-man sweep's short FAQ page built with Wix (rich text components, site menu, floating
 * booking button), and a stove fitter's blog post on Webflow (CMS template, reading time, related posts, newsletter form).
 */
const xTitle = 'Sweeping FAQs';
const xFaq: readonly (readonly [string, string])[] = [
  ['How long does a sweep take?', 'About 45 minutes for one flue, a little longer if there is a nest or a bend to clear.'],
  ['Will there be mess?', 'No. I seal the fireplace and use a HEPA vacuum throughout. I also bring my own dust sheets.'],
  ['Do you sweep gas and oil flues?', 'Yes, once a year is recommended for both. I cannot service the appliance itself.'],
  ['How do I pay?', 'By card or bank transfer on the day. I don’t take cheques any more.'],
];
const xNav = ['Home', 'Services', 'FAQs', 'Book'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const xp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>FAQs | Clearflue Sweeping</title>
<link rel="canonical" href="https://www.clearfluesweeping.example/faqs">
<meta property="og:site_name" content="Clearflue Sweeping">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","router","seo"],"requestUrl":"https://www.clearfluesweeping.example/faqs"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}.font_8{font:normal normal normal 16px/1.6em madefor-text,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="masterPage" class="mesh-layout"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="L6Ikiw"><div data-mesh-id="SITE_HEADERinlineContent">
${rich(
  'k2a1',
  '<p class="font_6 wixui-rich-text__text"><a href="https://www.clearfluesweeping.example">' +
    '<span class="wixui-rich-text__text">Clearflue Sweeping</span></a></p>',
)}
<nav aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="ITnYiq"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div>
</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi">
<section id="comp-k2a3" class="xuzjBY comp-k2a3 wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-k2a4" class="comp-k2a4 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${rich('k2a5', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rich('k2a6', xp('Quick answers to the questions I get asked most. Anything else, just ring.'))}
${xFaq
  .map(
    ([q, a], i) =>
      rich(
        `k2b${i}`,
        `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${q}</span>
</h2>`,
      ) + rich(`k2c${i}`, xp(a)),
  )
  .join('\n')}
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="L6Ikiw">
${rich('k2f1', `${xp('Clearflue Sweeping · Pendry Cross · 07700 900 314')}${xp('© 2026 Clearflue Sweeping. Member of the Guild of Master Sweeps.')}`)}
</div></footer>
<div id="comp-k2f9" class="comp-k2f9 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/book" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book Now</span></a></div></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f7a3e1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout578-wix-sweep-faq',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xFaq.map((f) => f[0]),
  body: ['Quick answers to the questions I get asked most. Anything else, just ring.', ...xFaq.map((f) => f[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Clearflue Sweeping', 'Home', 'Services', 'FAQs', 'Book', 'Clearflue Sweeping · Pendry Cross · 07700 900 314',
    '© 2026 Clearflue Sweeping. Member of the Guild of Master Sweeps.', 'Book Now',
  ],
};

const fTitle = 'How long does a stove installation take?';
const fBlocks: Block[] = [
  j(
    'It’s the question we’re asked on almost every survey, usually right after “how much?”. The honest answer is that the fitting itself is quick;',
    'it’s everything around it that takes time. Here is what a typical job looks like from first visit to first fire.',
  ),
  { h: 'Week one: the survey' },
  j(
    'One of us visits, looks up the chimney with a camera, measures the room and the fireplace opening, and talks through the stoves that would suit.',
    'You get a written quote within three working days.',
  ),
  { h: 'Weeks two to four: ordering' },
  j(
    'Most stoves and liners arrive within a fortnight. Some Scandinavian models are made to order and can take six weeks in autumn,',
    'so if you want to be warm by November, talk to us in August.',
  ),
  { h: 'Installation day' },
  j(
    'A straightforward fit into a sound chimney, with a liner and an existing hearth, takes one day with two fitters. We arrive at eight, line the',
    'chimney in the morning, fit the register plate and stove after lunch and light it with you before we leave.',
  ),
  j('Add a day if we need to open up the fireplace or build a new hearth, and up to three if the job needs a twin-wall flue through the roof.'),
  { h: 'After the fit' },
  j(
    'Your building regulations certificate arrives from the council within about four weeks. Keep it safe. We come back for a free check after',
    'the first month of use, when the stove paint has cured and any small adjustments can be made.',
  ),
];
const fNav = ['Stoves', 'Installation', 'Showroom', 'Journal', 'Contact'];
const fRel = ['Five signs your chimney needs a liner', 'Kiln-dried vs seasoned logs: our test', 'What is a register plate?'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Oct 06 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.forgeandflue.example" data-wf-page="6510b2a7c4e1" data-wf-site="6510b2a7c4d0" lang="en" data-wf-collection="6510b2a7c4f3"
data-wf-item-slug="how-long-does-a-stove-installation-take"><head><meta charset="utf-8">
<title>How long does a stove installation take? | Forge &amp; Flue</title>
<meta content="From survey to first fire: what a typical stove installation involves and how long each step takes." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6510b2a7c4d0/css/forge-and-flue.webflow.shared.4c1e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/6510b2a7c4d0/logo.svg"
loading="lazy" alt="Forge &amp; Flue logo" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}<a href="/book-a-survey"
class="button nav-button w-button">Book a survey</a>
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section blog-hero"><div class="container w-container"><a href="/journal" class="back-link">← Back to Journal</a>
<div class="category-tag">Installation</div><h1 class="blog-title">${fTitle}</h1>
<div class="blog-meta"><div class="meta-label">Written by</div><div class="meta-author">Owen Pascoe</div><div class="meta-dot">•</div>
<div class="meta-date">October 6, 2026</div><div class="meta-dot">•</div><div class="meta-read">4 min read</div></div></div></div>
<div class="section blog-body"><div class="container narrow w-container">
<img src="https://assets-global.website-files.com/6510b2a7c4d0/fit-day.jpg" loading="lazy"
alt="Two fitters lowering a liner into a chimney" class="blog-main-image"><div class="rich-text-block w-richtext">
${fBlocks.map((b) => (typeof b === 'string' ? `<p>${b}</p>` : 'h' in b ? `<h3>${b.h}</h3>` : '')).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/6510b2a7c4d0/hearth.jpg" loading="lazy"
alt=""></div><figcaption>A new slate hearth, laid the day before the stove went in.</figcaption></figure></div></div></div>
<div class="section related"><div class="container w-container"><h2 class="section-heading">More from the Journal</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.length}" class="related-card w-inline-block">
<div class="related-title">${t}</div><div class="related-link">Read article →</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand"><div class="footer-heading">Forge &amp; Flue</div>
<p class="footer-text">Showroom: 3 Quarry Road, Brackley Moor. Open Tuesday to Saturday.</p></div><div class="footer-form w-form"><form id="wf-form-Newsletter"
name="wf-form-Newsletter" data-name="Newsletter" method="get"><label for="email" class="field-label">Get our seasonal stove tips</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="footer-bottom"><div>© 2026 Forge &amp; Flue Ltd. Company no. 10482233</div><a href="/privacy" class="footer-link">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6510b2a7c4d0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6510b2a7c4d0/js/webflow.3a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout578-webflow-install-time',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  ...gold(fBlocks),
  bylines: ['Written by', 'Owen Pascoe', '•', 'October 6, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a survey', '← Back to Journal', 'A new slate hearth, laid the day before the stove went in.', 'More from the Journal',
    ...fRel, 'Read article →', 'Forge & Flue', 'Showroom: 3 Quarry Road, Brackley Moor. Open Tuesday to Saturday.', 'Get our seasonal stove tips',
    '© 2026 Forge & Flue Ltd. Company no. 10482233', 'Privacy',
  ],
};

export const HELDOUT578_D: readonly TestPage[] = [wix, webflow];
