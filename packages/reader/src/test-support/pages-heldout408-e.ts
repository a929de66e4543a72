import { ps, type TestPage, texts } from './page-kit.js';
import { ghostJudges } from './pages-heldout408-e2.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file e: an architecture award's project page on Webflow (w-nav navbar, project facts grid, rich text,
 * lightbox gallery captions, "Other shortlisted projects" collection list, footer) and, from file e2, a journalism award's
 * judges' comments post on Ghost.
 */
const wTitle = 'Quarry Lane Almshouses, Stenford';
const wLead = [
  j(
    'Winner of the Harlowe Award for Housing 2026. Twelve homes for older residents on the site of a disused stone yard,',
    'designed by Oakapple Studio for the Stenford Almshouse Charity.',
  ),
];
const wFacts: [string, string][] = [
  ['Architect', 'Oakapple Studio'],
  ['Client', 'Stenford Almshouse Charity'],
  ['Completed', 'September 2025'],
  ['Contract value', '£3.4 million'],
];
const wFactText = wFacts.map(([k, v]) => `${k}: ${v}`);
const wStory = [
  j(
    'The charity has housed older people in Stenford since 1611, and its original almshouses still stand on the high street.',
    'When it bought the former stone yard on Quarry Lane, it asked for new homes that would feel like part of the same',
    'tradition without copying it.',
  ),
  j(
    'Oakapple Studio arranged the twelve single-storey homes around a shared garden, with a covered walkway on all four sides',
    'so that residents can visit each other without going out into the rain. Each home has its own front door and bench onto',
    'the walkway, and a small private garden at the back.',
  ),
  j(
    'The walls are built from stone reclaimed from the yard itself, laid by two local masons, with timber frames above.',
    'Heat pumps, thick walls and high windows keep the homes warm in winter and cool in summer, and the residents’ energy',
    'bills in the first winter averaged less than half those of the old almshouses.',
  ),
  j(
    'The residents were involved from the start. A group of eight future tenants met the architects monthly for a year, and',
    'their suggestions shaped the final design: wider doors for walking frames, a shared laundry with a window onto the garden,',
    'and a tool shed, after one resident pointed out that gardeners do not stop gardening when they retire.',
  ),
];
const wJury = [
  j(
    '“This is a scheme of great modesty and great care,” the jury wrote. “It shows that the almshouse, one of our oldest forms',
    'of housing, still has a great deal to teach us about living well together in old age.”',
  ),
];
const wNav = ['Awards', 'Shortlist 2026', 'Past Winners', 'Enter', 'About the Trust'];
const wCaps = ['The shared garden and covered walkway in late summer.', 'A kitchen looking out to the walkway bench.'];
const wOthers = ['Mill Yard Co-housing, Ketterby', 'Fernside Terrace, Holmbridge', 'The Granary Flats, Wythe St Mary'];
const wFoot = ['Contact', 'Press', 'Privacy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 02 2026 10:14:09 GMT+0000 -->
<html data-wf-domain="www.harloweawards.org" data-wf-page="6650a1c2e4b0f3a9d1c2e3f4" data-wf-site="6650a1c2e4b0f3a9d1c2e300" lang="en"><head>
<meta charset="utf-8"><title>${wTitle} | Harlowe Awards</title><meta content="Winner of the Harlowe Award for Housing 2026." name="description">
<meta content="${wTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6650a1c2e4b0f3a9d1c2e300/css/harlowe.webflow.shared.4b1c9e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.com/6650a1c2e4b0f3a9d1c2e300/logo.svg" alt=""></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="#" class="nav-link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-project-hero"><div class="container w-container"><div class="award-badge">Winner · Housing 2026</div>
<h1 class="heading-project">${wTitle}</h1>
<div class="project-lead w-richtext">${ps(wLead)}</div></div></section>
<section class="section-project-body"><div class="container w-container"><div class="w-layout-grid grid-project">
<div class="project-facts">${wFacts
  .map(
    ([k, v]) => `<div class="fact-row"><div class="fact-label">${k}:</div>
<div class="fact-value">${v}</div></div>`,
  )
  .join('\n')}</div>
<div class="rich-text-project w-richtext"><h2>The project</h2>
${ps(wStory)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/6650a1c2e4b0f3a9d1c2e300/garden.jpg"
loading="lazy" alt=""></div><figcaption>${wCaps[0]}</figcaption></figure>
<h2>The jury’s view</h2>
<blockquote>${wJury[0]}</blockquote></div></div>
<div class="gallery w-dyn-list"><div role="list" class="gallery-list w-dyn-items"><div role="listitem" class="w-dyn-item">
<a href="#" class="lightbox-link w-inline-block w-lightbox"><img src="https://cdn.prod.website-files.com/6650a1c2e4b0f3a9d1c2e300/kitchen.jpg" alt="">
<div class="gallery-caption">${wCaps[1]}</div></a></div></div></div>
<div class="photo-credit">Photography: Ines Dalgaard</div></div></section>
<section class="section-others"><div class="container w-container"><h2 class="heading-others">Other shortlisted projects</h2>
<div class="w-dyn-list"><div role="list" class="collection-list w-dyn-items">${wOthers
  .map(
    (o) => `<div role="listitem" class="collection-item w-dyn-item">
<a href="#" class="project-card w-inline-block"><div class="project-card-title">${o}</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">
${wFoot.map((f) => `<a href="#" class="footer-link">${f}</a>`).join('\n')}</div>
<div class="footer-small">© 2026 The Harlowe Trust for Architecture</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/6650a1c2e4b0f3a9d1c2e300/js/webflow.5a7c2d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout408-webflow-architecture-award-project',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['The project', 'The jury’s view'],
  body: texts([...wLead, ...wFactText, ...wStory, ...wJury]),
  bylines: [],
  furniture: [
    ...wNav,
    'Winner · Housing 2026',
    ...wCaps,
    'Photography: Ines Dalgaard',
    'Other shortlisted projects',
    ...wOthers,
    ...wFoot,
    '© 2026 The Harlowe Trust for Architecture',
  ],
};

export const HELDOUT408_E: readonly TestPage[] = [webflow, ghostJudges];
