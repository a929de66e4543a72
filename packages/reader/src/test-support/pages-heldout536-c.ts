import { links, ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout536-kit.js';

/**
 * Held-out batch 536, file c: a flooring shop's luxury vinyl tile care guide on WordPress (Hello Elementor theme, Elementor Pro
 * header and footer, Complianz cookie banner) and a furniture studio's journal post on Webflow.
 */
const eTitle = 'Caring for Your Luxury Vinyl Tile Floor';
const eH = ['Everyday cleaning', 'Things to avoid', 'Protecting the surface'];
const eIntro = j(
  'Luxury vinyl tile is one of the easiest floors to live with, but the wear layer that gives it its looks is thin. Look after it',
  'and a good LVT floor will last twenty years; scrub it with the wrong product and it can turn dull within months.',
);
const eDaily = [
  'Sweep or vacuum daily with a soft brush head to lift grit before it is ground in.',
  'Mop once a week with warm water and a pH-neutral cleaner, well wrung out.',
  'Wipe up spills as they happen, especially oil, wine and hair dye.',
];
const eAvoid = [
  'Steam mops, which can lift the tiles and soften the adhesive.',
  'Bleach, ammonia and "shine" products, which leave a film that attracts dirt.',
  'Rubber-backed mats, which can stain the surface yellow.',
];
const eProtect = [
  j(
    'Put a coir mat at every outside door: most of the scratches we see on callback visits come from grit carried in on shoes.',
    'Fit felt pads under furniture and use castor cups under heavy pieces such as pianos and dressers.',
  ),
  j(
    'In south-facing rooms, draw blinds on bright afternoons. Strong sun through glass can fade some colours and make the tiles',
    'expand enough to open small gaps at the edges.',
  ),
];
const eNav = ['Carpet', 'Wood', 'Vinyl & LVT', 'Rugs', 'Commercial', 'About', 'Contact'];
const eLegal = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const eIcon = (t: string): string =>
  `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`;
const eWidget = (kind: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${kind}" data-widget_type="${kind}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Marlow Floor Co.</title><meta name="description" content="How to clean and protect a luxury vinyl tile floor.">
<link rel="canonical" href="https://marlowfloorco.co.uk/lvt-care-guide/"><meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"},
{"@type":"BreadcrumbList"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='/wp-content/uploads/elementor/css/post-88.css?ver=1722' media='all'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{display:grid}.cmplz-hidden{display:none!important}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget('theme-site-logo', '<a href="/"><img width="220" height="64" src="/wp-content/uploads/2024/03/marlow-logo.svg" alt="Marlow Floor Co."></a>')}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4f2c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-screen-only">Menu</span>
</div>`,
)}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/free-measure/">
<span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Free Home Measure</span>
</span>
</a>
</div>`,
)}
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eWidget(
  'breadcrumbs',
  `<p id="breadcrumbs">
<span>
<span>
<a href="/">Home</a>
</span> » <span>
<a href="/advice/">Advice</a>
</span> » <span class="breadcrumb_last" aria-current="page">LVT care guide</span>
</span>
</p>`,
)}
${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('text-editor', `<p>${eIntro}</p>`)}
${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[0]}</h2>`)}
${eWidget('icon-list', `<ul class="elementor-icon-list-items">${eDaily.map(eIcon).join('\n')}</ul>`)}
${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[1]}</h2>`)}
${eWidget('icon-list', `<ul class="elementor-icon-list-items">${eAvoid.map(eIcon).join('\n')}</ul>`)}
${eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eH[2]}</h2>`)}
${eWidget('text-editor', ps(eProtect))}
${eWidget(
  'call-to-action',
  `<div class="elementor-cta">
<div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Need a deep clean?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Our team can strip and re-coat worn LVT in a day.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/contact/">Get a Quote</a>
</div>
</div>
</div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${eWidget('heading', '<h4 class="elementor-heading-title elementor-size-default">Visit our showroom</h4>')}
${eWidget('text-editor', '<p>14 Station Parade, Marlow Vale. Mon to Sat, 9am to 5.30pm.</p>')}
${eWidget('icon-list', `<ul class="elementor-icon-list-items elementor-inline-items">${links(eLegal, 'elementor-icon-list-item elementor-inline-item')}</ul>`)}
${eWidget('text-editor', '<p>© 2026 Marlow Floor Co. Ltd. All rights reserved.</p>')}
</div></div></div>
<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true"
role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2' id='elementor-pro-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout536-elementor-lvt-care',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: [eIntro, ...eDaily, ...eAvoid, ...eProtect],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Carpet', 'Wood', 'Vinyl & LVT', 'Rugs', 'Commercial', 'About', 'Contact', 'Free Home Measure', 'Home', 'Advice', 'LVT care guide',
    'Need a deep clean?', 'Our team can strip and re-coat worn LVT in a day.', 'Get a Quote', 'Visit our showroom',
    '14 Station Parade, Marlow Vale. Mon to Sat, 9am to 5.30pm.', ...eLegal, '© 2026 Marlow Floor Co. Ltd. All rights reserved.',
  ],
};

const fTitle = 'Why We Stopped Using Veneered Board';
const fDek = 'Three years ago we took every piece of veneered board out of our cabinets. Here is what changed, and what it cost.';
const fH = ['The problem with edges', 'What we use now', 'The cost'];
const fP = [
  j(
    'For our first eight years, the carcasses of our sideboards and wardrobes were oak-veneered board: flat, stable and quick to',
    'machine. The doors and drawer fronts were solid oak, and most customers never knew the difference.',
  ),
  j(
    'Then the repairs started coming back. A cabinet that has been moved house twice chips at its corners, and a chipped veneer',
    'edge cannot be planed back or filled invisibly the way solid timber can. We were replacing whole side panels for the sake',
    'of a knock the size of a thumbnail.',
  ),
  j(
    'Every carcass is now solid oak or ash, edge-jointed from narrow boards so that the seasonal movement of each one is small.',
    'Backs are tongue-and-groove boards set in a groove, free to move, rather than a glued-in sheet.',
  ),
  j(
    'A solid sideboard takes our makers about a third longer to build, and the timber costs roughly twice as much. We have',
    'raised prices by around eighteen per cent to cover it, and we have not lost a single commission that we know of.',
  ),
];
const fRel = ['Oiling an oak table: a yearly routine', 'Inside the workshop: the spring intake', 'Choosing between ash and oak'];
const fNav = ['Furniture', 'Commissions', 'Journal', 'Studio'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:14:22 GMT+0000 -->
<html data-wf-domain="www.fernhollow.studio" data-wf-page="65a1f0c2e4b7" data-wf-site="65a1f0c2e4b6" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Fernhollow Studio</title><meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b6/css/fernhollow.webflow.shared.4c1e2f.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><div class="brand-text">Fernhollow</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="nav-link
w-nav-link${t === 'Journal' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="container-narrow w-container"><a href="/journal" class="back-link">← All journal posts</a>
<div class="post-meta"><div class="post-category">Workshop</div><div class="post-date">March 9, 2026</div></div>
<h1 class="post-title">${fTitle}</h1><p class="post-summary">${fDek}</p>
<div class="post-author"><img src="https://assets-global.website-files.com/65a1f0c2e4b6/author-ines.jpg" loading="lazy" alt="" class="author-image">
<div class="author-name">Words by Ines Okafor-Lund</div></div>
<img src="https://assets-global.website-files.com/65a1f0c2e4b6/sideboard.jpg" loading="lazy" alt="A solid ash sideboard" class="post-main-image">
<div class="post-body w-richtext"><p>${fP[0]}</p><h2>${fH[0]}</h2><p>${fP[1]}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65a1f0c2e4b6/edge.jpg" loading="lazy" alt="Chipped edge"></div>
<figcaption>A veneered edge after a house move.</figcaption></figure>
<h2>${fH[1]}</h2><p>${fP[2]}</p><blockquote>We would rather charge more once than send a van out to fix the same corner twice.</blockquote>
<h2>${fH[2]}</h2><p>${fP[3]}</p></div></div></div>
<div class="section-related"><div class="w-container"><h3 class="related-heading">More from the journal</h3><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">
${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.length}" class="related-card w-inline-block">
<div class="related-title">${t}</div><div class="read-more">Read more</div></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><h3>Letters from the studio</h3><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get">
<input class="text-field w-input" maxlength="256" name="email" placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-text">Fernhollow Studio, Barn 3, Hollow Lane, Ashcombe</div>
<div class="footer-text">© 2026 Fernhollow Studio</div><a href="https://www.instagram.com/" class="footer-link">Instagram</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b6" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b6/js/webflow.4b2a9c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout536-webflow-journal',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: [fDek, fP[0] ?? '', fP[1] ?? '', fP[2] ?? '', 'We would rather charge more once than send a van out to fix the same corner twice.', fP[3] ?? ''],
  bylines: ['March 9, 2026', 'Words by Ines Okafor-Lund'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernhollow', 'Furniture', 'Commissions', 'Journal', 'Studio', '← All journal posts', 'Workshop', 'A veneered edge after a house move.',
    'More from the journal', ...fRel, 'Read more', 'Letters from the studio', 'Fernhollow Studio, Barn 3, Hollow Lane, Ashcombe', '© 2026 Fernhollow Studio',
    'Instagram',
  ],
};

export const HELDOUT536_C: readonly TestPage[] = [elementor, webflow];
