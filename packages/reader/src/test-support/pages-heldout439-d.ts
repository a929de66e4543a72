import { links, ps, type TestPage, texts } from './page-kit.js';
import { nextBlog } from './pages-heldout439-d2.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file d: a trade association's technical bulletin on Drupal 10 (Olivero-style regions: header with the
 * member login, main menu, breadcrumb block, node with the bulletin number, "Submitted by" line and revision date, body
 * field with a table and a warning box, the attachments field, the taxonomy terms, a "Members only" promo block, the
 * sidebar's "Latest bulletins" view, the footer menus and the EU Cookie Compliance popup).
 */
const tTitle = 'Technical Bulletin 47: Movement joints in clay brickwork';
const tBody1 = [
  j(
    'This bulletin replaces bulletin TB31, published in 2019. It sets out the Federation’s current advice on the spacing and detailing',
    'of vertical movement joints in clay brick outer leaves, following a number of member enquiries about cracking in long garden-facing walls.',
  ),
  j(
    'Clay bricks expand irreversibly after they leave the kiln as they take up moisture from the air. Most of this expansion happens in the',
    'first few months, but it continues at a slower rate for years. If a long run of brickwork has nowhere to move, the stresses find the',
    'weakest point, usually at an opening or a change in height.',
  ),
];
const tSpacing = ['In the absence of specific guidance from the brick manufacturer, members should use the following maximum spacings for vertical joints:'];
const tRows: [string, string][] = [
  ['Unrestrained clay brick outer leaf', '12 m'],
  ['Clay brickwork with bed-joint reinforcement', '15 m'],
  ['Parapets and free-standing walls', '6 m'],
  ['Returns: distance of first joint from a corner', 'half the normal spacing'],
];
const tDetail = [
  'Joints should be at least 16 mm wide for a 12 m spacing; as a rule of thumb allow 1.3 mm of width for every metre between joints.',
  'Fill joints with a compressible filler and a flexible sealant; never with mortar, hard board or expanded polystyrene offcuts.',
  'Provide flexible wall ties either side of every joint, within 225 mm of it and at no more than 300 mm vertical centres.',
  'Locate joints where they can be concealed behind a downpipe or at a change of plane, and agree positions with the designer before work starts.',
];
const tWarn = j(
  'Do not assume that a joint shown on the drawings is correctly sized. Members have reported several cases where a 10 mm joint at 15 m',
  'centres was specified; this is too narrow for unreinforced work and has led to spalling at the sealant edges.',
);
const tBody2 = [
  j(
    'Where a client or designer omits movement joints altogether, members should raise a written query before laying starts. The',
    'Federation’s model technical query letter, attached below, can be used for this purpose.',
  ),
  'Members with questions on this bulletin can contact the technical helpline on weekdays between 8am and 4pm.',
];
const tNav = ['About', 'Membership', 'Technical', 'Training', 'Events', 'News', 'Find a Member'];
const tCrumbs = ['Home', 'Technical', 'Technical Bulletins'];
const tLatest = ['Technical Bulletin 46: Cavity trays over lintels', 'Technical Bulletin 45: Cold weather bricklaying', 'Technical Bulletin 44: Efflorescence'];
const tFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Complaints procedure'];
const tHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Current advice on spacing and detailing of movement joints in clay brick outer leaves.">
<link rel="canonical" href="https://www.fmbc.example/technical/bulletins/movement-joints-clay-brickwork">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${tTitle} | Federation of Masonry Contractors</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_K3a9vW.css?delta=0&amp;language=en&amp;theme=fmc_theme">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2318"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head><body class="path-node page-node-type-technical-bulletin"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper"><header class="site-header" role="banner">
<div class="region region-header"><div id="block-fmc-theme-branding" class="block block-system block-system-branding-block"><a href="/" rel="home">
<img src="/themes/custom/fmc_theme/logo.svg" alt="Home"></a><div class="site-name"><a href="/" rel="home">Federation of Masonry Contractors</a></div></div>
<nav role="navigation" id="block-fmc-theme-account-menu" class="block block-menu navigation menu--account"><ul class="menu">
<li class="menu-item"><a href="/user/login">Member login</a></li></ul></nav></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-fmc-theme-main-menu-menu" id="block-fmc-theme-main-menu"
class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-fmc-theme-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(tNav, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-fmc-theme-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(tCrumbs)}</ol></nav></div></div>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-fmc-theme-content" class="block block-system block-system-main-block">
<article data-history-node-id="2318" class="node node--type-technical-bulletin node--promoted node--view-mode-full">
<div class="field field--name-field-bulletin-number field--type-string field--label-inline"><div class="field__label">Bulletin number</div>
<div class="field__item">TB47</div></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${tTitle}</span></h1>
<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden">
<a title="View user profile." href="/user/88" class="username">Dr Helen Rusk, Technical Director</a></span> on
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="2026-02-25T10:00:00Z">25 February 2026</time></span></div>
<div class="field field--name-field-review-date field--label-inline"><div class="field__label">Next review</div><div class="field__item">February 2029</div>
</div>
</footer><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(tBody1)}
<h2>Recommended joint spacing</h2>
${ps(tSpacing)}
<table class="table"><thead><tr><th>Situation</th><th>Maximum spacing</th></tr></thead><tbody>
${tRows.map((r) => `<tr>\n<td>${r[0]}</td>\n<td>${r[1]}</td>\n</tr>`).join('\n')}
</tbody></table>
<h2>Detailing the joint</h2>
<ul>${tDetail.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="callout callout--warning"><p><strong>Warning:</strong> ${tWarn}</p></div>
<h2>Queries and design responsibility</h2>
${ps(tBody2)}
</div>
<div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">Downloads</div><div class="field__items">
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/tb47.pdf" type="application/pdf">TB47
Movement joints in clay brickwork.pdf</a></span> <span class="file-size">(412.6 KB)</span></div>
<div class="field__item"><span class="file file--mime-application-msword">
<a href="/sites/default/files/model-tq-letter.docx">Model technical query letter.docx</a></span>
<span class="file-size">(38.1 KB)</span></div></div></div>
<div class="field field--name-field-topics field--type-entity-reference field--label-inline"><div class="field__label">Topics</div><div class="field__items">
${links(['Brickwork', 'Movement', 'Site practice'], 'field__item')}</div></div></div></article></div>
<div id="block-membersonlypromo" class="block block-block-content"><div class="field field--name-body"><p>Members can download the full archive of
technical bulletins and get answers from our helpline. Not a member yet? Join today.</p></div></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block block-views
block-views-blocklatest-bulletins-block-1" id="block-views-block-latest-bulletins"><h2 class="block__title">Latest bulletins</h2>
<div class="view view-latest-bulletins view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>${links(tLatest, 'views-row')}</ul></div>
</div>
<div class="more-link"><a href="/technical/bulletins">All bulletins</a></div></div></div></div></aside></main>
<footer class="site-footer" role="contentinfo"><div class="region region-footer"><nav role="navigation" class="block block-menu navigation menu--footer">
<ul class="menu">${links(tFoot, 'menu-item')}</ul></nav><div id="block-copyright" class="block block-block-content"><p>© 2026 Federation of Masonry Contractors.
Registered office: 12 Cutlers Row, Sheffield S1 4PB.</p></div></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-label="Cookie consent">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>Some are essential, others help us understand how members use our guidance.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div>
<script src="/sites/default/files/js/js_t8nHq.js?scope=footer&amp;delta=0&amp;language=en"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout439-drupal-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Recommended joint spacing', 'Detailing the joint', 'Queries and design responsibility'],
  body: texts([...tBody1, ...tSpacing, ...tRows.flat(), ...tDetail, `<strong>Warning:</strong> ${tWarn}`, ...tBody2]),
  bylines: ['Submitted by', 'Dr Helen Rusk, Technical Director', '25 February 2026', 'Next review', 'February 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Federation of Masonry Contractors', 'Member login', 'Main navigation', ...tNav, 'Breadcrumb', 'Technical Bulletins',
    'Bulletin number', 'TB47', 'Downloads', 'TB47 Movement joints in clay brickwork.pdf', '(412.6 KB)', 'Model technical query letter.docx', '(38.1 KB)',
    'Topics', 'Brickwork', 'Movement', 'Site practice',
    'Members can download the full archive of technical bulletins and get answers from our helpline. Not a member yet? Join today.', 'Latest bulletins',
    ...tLatest, 'All bulletins', ...tFoot, '© 2026 Federation of Masonry Contractors. Registered office: 12 Cutlers Row, Sheffield S1 4PB.',
    'We use cookies on this site', 'Some are essential, others help us understand how members use our guidance.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT439_D: readonly TestPage[] = [drupal, nextBlog];
