import { links, type TestPage } from './page-kit.js';
import { type Block, bodies, heads, j, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file a2: a country-house venue page built with Elementor (Hello Elementor theme, Elementor Pro header
 * and footer, CookieYes banner, testimonial carousel and enquiry form).
 */
const eTitle = 'Weddings at Aldermere Manor';
const eDek = 'A Georgian house, twelve acres of walled gardens and one wedding a day, exclusively yours from noon until midnight.';
const eBlocks: Block[] = [
  j(
    'Aldermere Manor has been in the Whitlock family since 1821. Since 2014 we have opened the house for weddings on Fridays',
    'and Saturdays from April to October, and we only ever host one celebration at a time, so the house, the gardens and the',
    'team are yours for the day.',
  ),
  '## Ceremonies',
  j(
    'The manor is licensed for civil ceremonies in three places: the Orangery, which seats 120; the Library, an intimate room',
    'for up to 40; and, weather permitting, beneath the cedar on the south lawn. Our wet-weather plan moves an outdoor',
    'ceremony into the Orangery with no extra charge.',
  ),
  '## Receptions in the Long Gallery',
  j(
    'Dinner is served in the Long Gallery beneath the family portraits, with room for 140 seated guests on banqueting or round',
    'tables. After dinner the gallery is cleared for dancing while guests spill out onto the terrace for the evening.',
  ),
  '## Capacity',
  ['Ceremony: up to 120 guests', 'Wedding breakfast: up to 140 guests', 'Evening reception: up to 200 guests', 'Bedrooms: 11, sleeping 24'],
  '## What is included',
  [
    'Exclusive use of the house and gardens from 12 noon to midnight',
    'A dedicated wedding coordinator from your first visit to the last dance',
    'Tables, chairs, linen and our collection of vintage glassware',
    'The bridal suite on the night of your wedding',
  ],
  j(
    '2027 prices start at £9,500 for a Friday and £13,800 for a Saturday, excluding catering. We work with four approved',
    'caterers, all of whom know the house well.',
  ),
];
const eNav = ['Weddings', 'Celebrations', 'Stay', 'Gardens', 'Gallery', 'Contact'];
const eTesti = ['"From the first viewing to the final sparkler, the team made everything feel effortless." Priya &amp; Dan, June 2026'];
const eFoot = ['Privacy Policy', 'Terms', 'Accessibility', 'Careers'];
const eForm = ['Your names', 'Email', 'Phone', 'Preferred date', 'Number of guests', 'Tell us about your plans'];
const wd = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">` +
  `<div class="elementor-widget-container">\n${inner}\n</div></div>`;
const sec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
` +
  `data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 ` +
  `elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">\n${inner}\n</div></div>
</div></section>`;
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eHead = (t: string, n: number): string => wd('heading', `<h${n} class="elementor-heading-title elementor-size-default">${t}</h${n}>`);
const eText = (t: string): string => wd('text-editor', `<p>${t}</p>`);
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Weddings at Aldermere Manor &#8211; Aldermere Manor</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta name="description" content="Exclusive-use Georgian country house wedding venue with walled gardens.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Weddings at Aldermere Manor"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://aldermeremanor.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4"
media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://aldermeremanor.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1731" media="all">
<style id="hello-elementor-inline-css">.site-header{display:none}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo hello-elementor elementor-default elementor-kit-5 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '1d2e3f4',
  `${wd('theme-site-logo', '<a href="https://aldermeremanor.co.uk"><img src="/wp-content/uploads/2024/01/aldermere-logo.svg" alt="Aldermere Manor"></a>')}
${wd(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-main" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}
${wd(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/contact"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Arrange a visit</span></span></a>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish has-post-thumbnail hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec('7a1c9e2', `${eHead(eTitle, 1)}\n${wd('text-editor', `<p class="lead">${eDek}</p>`)}`)}
${sec('b83d0f1', render(eBlocks.slice(0, 7), { p: eText, h: eHead }))}
${sec('c4e7a22', `${wd('image', '<img src="/wp-content/uploads/2025/03/long-gallery.jpg" alt="The Long Gallery laid for dinner">')}`)}
${sec('d90b3c5', render(eBlocks.slice(7), { p: eText, h: eHead, ul: (i) => wd('icon-list', iconList(i)) }))}
${sec(
  'e12f6a8',
  `${eHead('Kind words', 2)}\n${wd(
    'testimonial-carousel',
    `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${eTesti[0]}</div></div></div></div></div></div>`,
  )}`,
)}
${sec(
  'f55a7d1',
  `${eHead('Arrange a visit', 2)}\n${wd(
    'form',
    `<form class="elementor-form" method="post"
name="Wedding enquiry">${eForm
      .map(
        (t, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-50">
<label for="form-field-f${i}" class="elementor-field-label">${t}</label>
<input id="form-field-f${i}" class="elementor-field elementor-size-sm"></div>`,
      )
      .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100">
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">Send enquiry</span></button></div></form>`,
  )}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
${sec(
  '0aa1b2c',
  `${wd('text-editor', '<p>Aldermere Manor, Whitlock Lane, Aldermere, Shropshire SY9 4QT</p><p>01588 640 211 &middot; weddings@aldermeremanor.co.uk</p>')}
${wd('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${wd('text-editor', '<p>&copy; 2026 Aldermere Manor. All rights reserved.</p>')}`,
)}
</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="https://aldermeremanor.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"post":{"id":412,"title":"Weddings%20at%20Aldermere%20Manor"}};</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout479-elementor-venue',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: heads(eBlocks),
  body: [eDek, ...bodies(eBlocks)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => !['Weddings', 'Gallery', 'Gardens'].includes(t)), 'Arrange a visit', 'Kind words',
    '"From the first viewing to the final sparkler, the team made everything feel effortless." Priya & Dan, June 2026',
    ...eForm, 'Send enquiry', 'Aldermere Manor, Whitlock Lane, Aldermere, Shropshire SY9 4QT', '01588 640 211 · weddings@aldermeremanor.co.uk', ...eFoot,
    '© 2026 Aldermere Manor. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT479_A2: readonly TestPage[] = [elementor];
