import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/** Held-out batch 408, file a2: a university news story on Drupal 10 about a student award. */
const dTitle = 'Civil engineering student wins Calloway Medal for low-cost flood sensor';
const dLead = [
  j(
    'Fourth-year civil engineering student Priya Nandakumar has been awarded the Calloway Medal, the Institution of Water Engineers’',
    'top prize for undergraduate work, for a flood sensor that costs less than £40 to build.',
  ),
  j(
    'The sensor, which Nandakumar designed for her final-year project, measures river height with an ultrasonic range finder and',
    'sends readings over a low-power radio network. Twelve of the devices have been running on the River Lenn since November, and',
    'the county council is now using their data alongside its own gauges.',
  ),
];
const dHow = [
  j(
    'Commercial river gauges can cost several thousand pounds each, which means small tributaries often go unmeasured.',
    'Nandakumar’s design uses parts that can be bought online and a 3D-printed housing, and runs for a year on two batteries.',
  ),
  j(
    '“The big rivers are watched closely, but a lot of the flooding in our villages starts in streams nobody measures,” she said.',
    '“I wanted something a parish council could afford to put up on a bridge without asking anyone’s permission for the budget.”',
  ),
  j(
    'During the storms in January, the sensors on two small tributaries showed water rising nearly three hours before the main',
    'gauge downstream, giving the council’s flood team an early signal.',
  ),
  j(
    'The judges praised the way the project was tested in the field rather than only on a bench. Nandakumar spent weekends',
    'checking each sensor against a surveyor’s staff, and found that readings stayed within two centimetres of the manual',
    'measurements, even in heavy rain and when debris was floating past.',
  ),
];
const dNext = [
  j(
    'The medal comes with a £3,000 bursary, which Nandakumar plans to put towards a master’s degree in hydrology. Her supervisor,',
    'Dr Tomasz Wieland, said the project was “a model of what an undergraduate project can be when it leaves the lab”.',
  ),
  j(
    'The designs and software for the sensor are published under an open licence, and the School of Engineering is running a',
    'workshop for community flood groups in the spring.',
  ),
];
const dUtil = ['Study', 'Research', 'Alumni', 'Staff and students'];
const dNav = ['Undergraduate study', 'Postgraduate study', 'International', 'News', 'Events', 'About us'];
const dCrumbs = ['Home', 'News', 'Engineering and Design'];
const dTags = ['Faculty of Engineering', 'Student success', 'Awards'];
const dRel = ['Physics graduate named young researcher of the year', 'New flood resilience centre opens on Riverside Campus'];
const dFoot = ['Contact us', 'Accessibility statement', 'Privacy', 'Freedom of information', 'Modern slavery statement'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${dTitle} | University of Lennford</title>
<meta name="description" content="Priya Nandakumar has been awarded the Calloway Medal for a flood sensor that costs less than £40 to build.">
<link rel="canonical" href="https://www.lennford.ac.uk/news/engineering/calloway-medal-flood-sensor">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-03-12T09:00:00+0000","publisher":{"@type":"CollegeOrUniversity","name":"University of Lennford"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8812"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3p0.css?delta=0&amp;language=en&amp;theme=lennford"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header-top"><nav role="navigation" aria-labelledby="block-utility-menu"
id="block-utility"><h2 class="visually-hidden" id="block-utility-menu">Utility</h2><ul class="menu menu--utility">${links(dUtil, 'menu-item')}</ul></nav></div>
<div class="region region-header"><div id="block-lennford-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/lennford/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(dNav, 'menu-item menu-item--collapsed')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-lennford-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-lennford-content" class="block block-system block-system-main-block">
<article role="article" about="/news/engineering/calloway-medal-flood-sensor" class="node node--type-news node--promoted node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
<div class="node__meta"><span class="field field--name-field-news-date field--type-datetime"><time datetime="2026-03-12T09:00:00Z">12 March 2026</time>
</span></div>
<div class="field field--name-field-hero-image field--type-image field--label-hidden field__item"><figure class="media">
<img src="/sites/default/files/styles/hero/public/2026-03/nandakumar-sensor.jpg" alt="A student fixes a small grey box to a bridge railing">
<figcaption class="field field--name-field-caption">Priya Nandakumar installs one of her sensors on a footbridge over the River Lenn.
</figcaption></figure></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dLead)}
<h2>How the sensor works</h2>
${ps(dHow)}
<div class="callout callout--related"><p>Related: <a href="/news/flood-resilience-centre">New flood resilience centre opens on Riverside Campus</a></p></div>
<h2>What comes next</h2>
${ps(dNext)}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div>
<div class="field__items">${dTags.map((t) => `<div class="field__item"><a href="/taxonomy/term/${t.length}" hreflang="en">${t}</a></div>`).join('\n')}
</div></div>
<div class="paragraph paragraph--type--media-contact"><h3>Media enquiries</h3><p>Press Office, press@lennford.ac.uk, 01632 960 411</p></div>
</article></div>
<div class="views-element-container block block-views"><h2 class="block-title">Related news</h2><div class="view view-news view-display-id-related">
<ul class="view-content">${links(dRel, 'views-row')}</ul></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav role="navigation" aria-labelledby="block-footer-menu"
id="block-footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<p class="copyright">© University of Lennford 2026. Registered charity number X4211.</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"
aria-describedby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2><p>Some are essential; others help us improve your experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all
</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div>
<script src="/sites/default/files/js/js_Q9bKc.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=lennford"></script></body></html>`;
export const drupalStudent: TestPage = {
  name: 'heldout408-drupal10-university-student-award',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: ['How the sensor works', 'What comes next'],
  body: texts([...dLead, ...dHow, ...dNext]),
  bylines: ['12 March 2026'],
  furniture: [
    'Skip to main content',
    'Utility',
    ...dUtil,
    'Main navigation',
    ...dNav,
    'Breadcrumb',
    ...dCrumbs,
    'Priya Nandakumar installs one of her sensors on a footbridge over the River Lenn.',
    'Related: New flood resilience centre opens on Riverside Campus',
    'Tags',
    ...dTags,
    'Media enquiries',
    'Press Office, press@lennford.ac.uk, 01632 960 411',
    'Related news',
    ...dRel,
    'Footer',
    ...dFoot,
    '© University of Lennford 2026. Registered charity number X4211.',
    'We use cookies on this site',
    'Some are essential; others help us improve your experience.',
    'Accept all',
    'Essential only',
  ],
};
