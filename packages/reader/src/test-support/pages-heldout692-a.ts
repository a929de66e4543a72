import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file a: a funeral director's services page on WordPress (Astra with Elementor sections, a call-to-action
 * box, a testimonial and a Complianz cookie banner); the batch's second page of this file is in file a2.
 */
const ew = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
` +
  `data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 ` +
  `elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>
</div></section>`;
const aTitle = 'Our Funeral Services';
const aIntro = j(
  'Since 1921 the Hartwell family has cared for families across Kestonbury and the Ember Valley. Whether you want a traditional',
  'service with a church and a procession, or something simple and quiet, we will guide you through every choice at your own pace.',
);
const aHeads = ['Traditional funerals', 'Direct cremation', 'Green and woodland burials', 'Repatriation'];
const aParas = [
  j(
    'A traditional funeral includes collecting your loved one at any hour, care in our own chapel of rest, a hearse and one limousine,',
    'bearers, and a funeral director to conduct the day. We arrange the church or crematorium, the minister or celebrant, the notices',
    'and the flowers.',
  ),
  j(
    'Direct cremation is a cremation without a service beforehand. It suits families who would rather hold a gathering of their own',
    'later, in a garden, a village hall or a favourite pub. The ashes are returned to you by hand, never by courier.',
  ),
  j(
    'We work with three natural burial grounds within twenty miles of Kestonbury. Coffins of willow, bamboo, cardboard or unlined',
    'oak are all accepted, and we can arrange a shroud if you would prefer one.',
  ),
  j(
    'When someone dies abroad, or wishes to be laid to rest in another country, we handle the paperwork with consulates, airlines',
    'and coroners, and keep you informed at each step.',
  ),
];
const aIncl = [
  'Collection at any time, day or night',
  'Care in our chapel of rest, with visits by appointment',
  'Help registering the death',
  'A fixed written estimate before anything is arranged',
];
const aNav = ['Home', 'About Us', 'Funeral Services', 'Funeral Plans', 'Memorials', 'Contact'];
const aFoot = ['Price List', 'Privacy Policy', 'Complaints Procedure', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Funeral Services - Hartwell &amp; Sons Funeral Directors</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://hartwellfunerals.co.uk/funeral-services/"><meta property="og:title" content="Our Funeral Services - Hartwell &amp; Sons">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Our Funeral Services"},
{"@type":"FuneralHome","name":"Hartwell & Sons Funeral Directors","telephone":"01632 960 418"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://hartwellfunerals.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="elementor-frontend-css" href="https://hartwellfunerals.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style></head>
<body class="page-template-default page page-id-41 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-7
elementor-page elementor-page-41">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><div class="ast-above-header-wrap"><div class="ast-above-header-bar"><div class="ast-builder-html-element">
<p>Available 24 hours a day: <a href="tel:01632960418">01632 960 418</a></p></div></div></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead" itemscope
itemtype="https://schema.org/WPHeader">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://hartwellfunerals.co.uk/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2023/02/hartwell-logo.png" class="custom-logo" alt="Hartwell &amp; Sons Funeral Directors"></a></span></div>
<div class="ast-main-header-bar-alignment"><nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div>
<button class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false"><span class="screen-reader-text">Main Menu</span>
</button>
</header><div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-41 page type-page status-publish ast-article-single" id="post-41"><header class="entry-header ast-no-title ast-header-without-markup">
</header>
<div class="entry-content clear" itemprop="text"><div data-elementor-type="wp-page" data-elementor-id="41" class="elementor elementor-41">
${sec(
  '5c1e2a0',
  ew(
    'heading',
    `<h1
class="elementor-heading-title elementor-size-default">${aTitle}</h1>`,
    'a81f3c2',
  ) + ew('text-editor', `<p>${aIntro}</p>`, '2d7be19'),
)}
${sec(
  '77b0d41',
  aHeads
    .map(
      (h, i) =>
        ew(
          'heading',
          `<h2
class="elementor-heading-title elementor-size-default">${h}</h2>`,
          `h${i}0`,
        ) + ew('text-editor', `<p>${at(aParas, i)}</p>`, `t${i}0`),
    )
    .join('\n'),
)}
${sec(
  'e02c9f5',
  ew('heading', '<h3 class="elementor-heading-title elementor-size-default">Included with every funeral</h3>', '6aa0b17') +
    ew(
      'icon-list',
      `<ul class="elementor-icon-list-items">${aIncl
        .map(
          (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i
aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
        )
        .join('\n')}</ul>`,
      '4bd1e20',
    ),
)}
${sec(
  '9ff1a3b',
  ew(
    'call-to-action',
    `<div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Need to talk to someone now?</h2>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">
Our phones are answered by a member of the family, day and night.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-sm" href="tel:01632960418">Call 01632 960 418</a>
</div></div>`,
    'c3a2e88',
  ) +
    ew(
      'testimonial',
      `<div class="elementor-testimonial-wrapper"><div
class="elementor-testimonial-content">They made a terrible week bearable. Nothing was too much trouble.</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Pauline R.</div>
<div class="elementor-testimonial-job">Ember Valley</div></div></div></div>`,
      '1fe0b77',
    ),
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemscope itemtype="https://schema.org/WPFooter"><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="footer-widget-area widget-area site-footer-focus-item"><section id="text-3" class="widget widget_text"><h2 class="widget-title">Find us</h2>
<div class="textwidget"><p>14 Mill Lane, Kestonbury, KB4 2RT</p></div></section>
<section id="nav_menu-2" class="widget widget_nav_menu"><nav class="menu-footer-container" aria-label="Footer"><ul id="menu-footer"
class="menu">${links(aFoot, 'menu-item')}</ul></nav></section>
<section id="media_image-2" class="widget widget_media_image"><img src="/wp-content/uploads/2023/02/nafd-member.png" alt="Member of the National Association">
</section></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright">
<p>Copyright © 2026 Hartwell &amp; Sons Funeral Directors Ltd. Registered in England No. 0418836</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-live="polite"><div class="cmplz-header"><div
class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to keep this site working and to see which pages are read.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://hartwellfunerals.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.1" id="elementor-frontend-js"></script></body>
</html>`;
const astra: TestPage = {
  name: 'heldout692-funeral-services-astra',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [...aHeads, 'Included with every funeral'],
  body: texts([aIntro, ...aParas, ...aIncl]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Available 24 hours a day: 01632 960 418', ...aNav.filter((t) => t !== 'Funeral Services'), 'Need to talk to someone now?',
    'Our phones are answered by a member of the family, day and night.', 'Call 01632 960 418',
    'They made a terrible week bearable. Nothing was too much trouble.', 'Pauline R.', 'Find us', '14 Mill Lane, Kestonbury, KB4 2RT',
    ...aFoot, 'Copyright © 2026 Hartwell & Sons Funeral Directors Ltd. Registered in England No. 0418836', 'Manage Cookie Consent',
    'We use cookies to keep this site working and to see which pages are read.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT692_A: readonly TestPage[] = [astra];
