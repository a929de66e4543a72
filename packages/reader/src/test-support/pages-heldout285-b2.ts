import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file b2: a landscaping company's blog post on the Beaver Builder Theme with a Beaver Themer singular
 * layout (fl-row / fl-col-group / fl-col / fl-module nesting, heading and rich-text modules, photo module with caption, a
 * callout module with a quote button, a testimonial row, a subscribe-form module, post-navigation and the theme footer, and a
 * GDPR cookie bar).
 */
const bTitle = 'How to plan a rain garden that actually drains';
const bH = ['Start with a percolation test', 'Size it to the roof, not the yard', 'Plants that tolerate wet feet', 'Common mistakes we fix'];
const bIntro = [
  j(
    'Every spring we get calls from homeowners whose rain garden has turned into a mosquito pond. The idea behind a rain garden is',
    'sound: a shallow, planted basin that catches runoff from a roof or driveway and lets it soak into the ground within a day or two.',
    'The trouble is that most of the failures we see were decided before a single plant went in.',
  ),
];
const bS1 = [
  j(
    'Dig a hole about a foot deep where you want the garden, fill it with water, and let it drain completely. Then fill it again and',
    'time how long the water level takes to drop. If it falls less than half an inch an hour, the soil is too heavy for a rain garden',
    'in that spot without serious amendment.',
  ),
  j(
    'On the clay soils common around Linden Falls, we often find that moving the garden fifteen or twenty feet downslope makes a',
    'bigger difference than any amount of compost.',
  ),
];
const bS2 = [
  j(
    'A rain garden has to be sized for the area that drains into it. As a rough rule for sandy loam, the basin should cover about a',
    'fifth of the roof area that feeds it; on heavier soil, closer to a third. A 600-square-foot roof section on clay therefore needs',
    'a garden of around 200 square feet, not the tidy 50-square-foot circle many people sketch.',
  ),
  j(
    'Depth matters too. Six inches of ponding depth is plenty for most homes. Deeper basins hold more water, but they also take longer',
    'to empty and are harder to plant.',
  ),
];
const bS3 = ['The centre of the basin stays wet longest, so we plant in three zones:'];
const bZones = [
  '<strong>Centre:</strong> blue flag iris, swamp milkweed and tussock sedge, which cope with standing water for a day or more.',
  '<strong>Sides:</strong> joe-pye weed, switchgrass and New England aster, which handle both wet spells and dry weeks.',
  '<strong>Rim:</strong> prairie dropseed, black-eyed Susan and little bluestem, which prefer to stay dry.',
];
const bS4 = [
  j(
    'The most common problem is compaction. A garden dug with heavy machinery on wet ground can end up with a base that is almost',
    'watertight. We loosen the bottom of the basin by hand and never drive onto it once it is dug.',
  ),
  j(
    'The second is a missing overflow. Even a well-sized garden will fill in a big storm, and the extra water needs a planned path,',
    'usually a stone-lined notch in the berm that sends it away from the house and towards the street or a lawn.',
  ),
  j(
    'Finally, mulch. Shredded hardwood mulch floats and ends up at the overflow after the first storm. A heavier double-shredded mulch,',
    'or a layer of river stone in the centre, stays put.',
  ),
];
const bNav = ['Services', 'Our Work', 'Who We Are', 'Blog', 'Contact'];
const bFoot = ['Garden Design', 'Drainage Solutions', 'Seasonal Maintenance', 'Careers'];
const row = (
  node: string,
  inner: string,
  cls = '',
): string => `<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-${node} ${cls}" data-node="${node}">
<div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-${node}g" data-node="${node}g">
<div class="fl-col fl-node-${node}c" data-node="${node}c"><div class="fl-col-content fl-node-content">${inner}</div></div></div></div></div></div>`;
const mod = (type: string, node: string, inner: string): string => `<div class="fl-module fl-module-${type} fl-node-${node}" data-node="${node}">
<div class="fl-module-content fl-node-content">${inner}</div></div>`;
const rich = (node: string, paras: readonly string[]): string =>
  mod('rich-text', node, `<div class="fl-rich-text">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>`);
const head = (node: string, text: string): string => mod('heading', node, `<h2 class="fl-heading"><span class="fl-heading-text">${text}</span></h2>`);
const bHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${bTitle} | Meadowlark Yard Co.</title><meta name="description" content="Why rain gardens fail, and how to size, dig and plant one that drains.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Dale Hoverson"},
"datePublished":"2026-03-12"}</script>
<link rel="stylesheet" id="fl-builder-layout-bundle-css" href="/wp-content/uploads/bb-plugin/cache/a1b2c3-layout-bundle.css?ver=2.8.6" media="all">
<link rel="stylesheet" id="fl-automator-skin-css" href="/wp-content/uploads/bb-theme/skin-65f1.css?ver=1.7.16" media="all"></head>
<body class="post-template-default single single-post postid-918 fl-builder fl-theme-builder-singular fl-framework-base-4 fl-preset-default fl-full-width"
itemscope itemtype="https://schema.org/WebPage"><a aria-label="Skip to content" class="fl-screen-reader-text" href="#fl-main-content">Skip to content</a>
<div class="fl-page"><header class="fl-page-header fl-page-header-primary fl-page-nav-right fl-page-nav-toggle-button" itemscope
itemtype="https://schema.org/WPHeader"><div class="fl-page-header-wrap"><div class="fl-page-header-container container"><div class="fl-page-header-row row">
<div class="fl-page-header-logo-col"><div class="fl-page-header-logo" itemscope itemtype="https://schema.org/Organization"><a href="/" itemprop="url">
<span class="fl-logo-text" itemprop="name">Meadowlark Yard Co.</span></a></div></div><div class="fl-page-nav-col"><div class="fl-page-nav-wrap">
<nav class="fl-page-nav fl-nav navbar navbar-default" aria-label="Header Menu"><button type="button" class="navbar-toggle" data-toggle="collapse">
<span>Menu</span></button><div class="fl-page-nav-collapse collapse navbar-collapse"><ul id="menu-main" class="nav navbar-nav navbar-right menu">
${links(bNav, 'menu-item')}</ul></div></nav></div></div></div></div></div></header>
<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">
<div class="fl-builder-content fl-builder-content-1204 fl-builder-global-templates-locked" data-post-id="1204">
${row(
  '5f3a9e1',
  `${mod('fl-post-title', 'a11', `<h1 class="fl-post-title" itemprop="headline">${bTitle}</h1>`)}
${mod(
  'fl-post-info',
  'a12',
  `<div class="fl-post-info"><span class="fl-post-info-author">By <a href="/author/dale/">Dale Hoverson</a></span>
<span class="fl-post-info-sep"> | </span><span class="fl-post-info-date">March 12, 2026</span><span class="fl-post-info-sep"> | </span>
<span class="fl-post-info-terms"><a href="/category/drainage/" rel="tag">Drainage</a></span></div>`,
)}
${mod(
  'photo',
  'a13',
  `<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg">
<img class="fl-photo-img" src="/wp-content/uploads/2026/03/rain-garden-basin.jpg" alt="A newly planted rain garden basin" itemprop="image"></div>
<div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">A two-zone rain garden we installed in Hartwell last June.</div></div>`,
)}
${rich('a14', bIntro)}
${head('a15', bH[0] ?? '')}
${rich('a16', bS1)}
${head('a17', bH[1] ?? '')}
${rich('a18', bS2)}`,
)}
${row(
  '7c2d4b0',
  `${mod(
    'callout',
    'c21',
    `<div class="fl-callout fl-callout-has-photo fl-callout-photo-left"><div class="fl-callout-content"><h3 class="fl-callout-title">
<span>Not sure where the water goes?</span></h3><div class="fl-callout-text-wrap"><div class="fl-callout-text"><p>Our drainage team will walk your property and
mark the best spot for free.</p></div><div class="fl-callout-button"><div class="fl-button-wrap fl-button-width-auto"><a href="/contact/" class="fl-button"
role="button"><span class="fl-button-text">Book a site visit</span></a></div></div></div></div></div>`,
  )}`,
  'fl-row-bg-color cta-band',
)}
${row(
  '9b6e3f2',
  `${head('d31', bH[2] ?? '')}
${rich('d32', bS3)}
${mod('rich-text', 'd33', `<div class="fl-rich-text"><ul>${lis(bZones)}</ul></div>`)}
${head('d34', bH[3] ?? '')}
${rich('d35', bS4)}
${mod(
  'testimonials',
  'd36',
  `<div class="fl-testimonials-wrap compact"><div class="fl-testimonials"><div class="fl-testimonial"><p>“Our basement has been dry
for two springs now.” Renata K., Hartwell</p></div></div></div>`,
)}
${mod(
  'subscribe-form',
  'd37',
  `<div class="fl-subscribe-form fl-subscribe-form-inline fl-form"><h3>Seasonal yard tips in your inbox</h3>
<div class="fl-form-field"><input type="email" name="fl-subscribe-form-email" placeholder="Email Address"></div><div class="fl-form-button">
<a href="#" class="fl-button" role="button"><span class="fl-button-text">Subscribe</span></a></div></div>`,
)}
${mod(
  'fl-post-navigation',
  'd38',
  `<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">
<a href="/blog/spring-cleanup/" rel="prev">← Spring cleanup: what to cut and what to leave</a></div><div class="nav-next">
<a href="/blog/native-lawn/" rel="next">
Replacing part of your lawn with native grasses →</a></div></div></nav>`,
)}`,
)}</div></div>
<footer class="fl-page-footer-wrap" itemscope itemtype="https://schema.org/WPFooter"><div class="fl-page-footer-widgets">
<div class="fl-page-footer-widgets-container
container"><div class="fl-page-footer-widgets-row row"><div class="col-sm-6 col-md-6 fl-page-footer-widget-col"><aside class="fl-widget widget_nav_menu">
<h4 class="fl-widget-title">What we do</h4><ul>${links(bFoot, 'menu-item')}</ul></aside></div></div></div></div><div class="fl-page-footer">
<div class="fl-page-footer-container container"><div class="fl-page-footer-text fl-page-footer-text-1">© 2026 Meadowlark Yard Co. · Licensed &amp; insured
in three counties</div></div></div></footer></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme" aria-hidden="false">
<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>This website uses cookies so that
we can provide you with the best user experience possible.</p></div><div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all
gdpr-fbo-0" aria-label="Accept">Accept</button><button class="mgbutton moove-gdpr-infobar-settings-btn change-settings-button gdpr-fbo-2"
aria-label="Settings">Settings</button></div></div></div></div>
<script type="text/javascript" src="/wp-content/uploads/bb-plugin/cache/a1b2c3-layout-bundle.js?ver=2.8.6" id="fl-builder-layout-bundle-js"></script>
</body></html>`;
export const beaver: TestPage = {
  name: 'heldout285-beaver-builder-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bS1, ...bS2, ...bS3, ...bZones, ...bS4]),
  bylines: ['By Dale Hoverson', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Meadowlark Yard Co.', 'Menu', ...bNav, 'Drainage', 'A two-zone rain garden we installed in Hartwell last June.',
    'Not sure where the water goes?', 'Our drainage team will walk your property and mark the best spot for free.', 'Book a site visit',
    '“Our basement has been dry for two springs now.” Renata K., Hartwell', 'Seasonal yard tips in your inbox', 'Subscribe',
    '← Spring cleanup: what to cut and what to leave', 'Replacing part of your lawn with native grasses →', 'What we do', ...bFoot,
    '© 2026 Meadowlark Yard Co. · Licensed & insured in three counties',
    'This website uses cookies so that we can provide you with the best user experience possible.', 'Accept', 'Settings',
  ],
};
