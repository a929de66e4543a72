import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout626-kit.js';

/**
 * Held-out batch 626, file f2: a hobby store's course page built with Elementor (Hello Elementor theme, Elementor Pro header and
 * footer templates) with an icon list, a button, an FAQ accordion and a CookieYes banner.
 */
const eTitle = 'Airbrushing for Beginners';
const eSub = 'A four-week evening course at Blackthorn Games & Hobbies';
const eIntro = [
  j(
    'Airbrushes scare people off for the wrong reasons. Once you know how to thin paint and clean the needle, an airbrush is the',
    'fastest way to undercoat a squad, shade a tank or fade the sky on a diorama base. This course takes you from unboxing to',
    'a finished model in four evenings.',
  ),
];
const eHeads = ['What you will learn', 'Dates and price', 'Questions'];
const eLearn = [
  'Setting up a compressor and choosing a pressure',
  'Thinning acrylics to the right consistency',
  'Priming, base coats and zenithal highlights',
  'Masking, stencils and simple camouflage',
  'Stripping and cleaning the airbrush properly',
];
const eDates = [
  'Four Tuesday evenings: 5, 12, 19 and 26 May 2026, 7pm to 9pm.',
  j('£95 for the course, including paints, a loan airbrush and a model to finish. Places are limited to eight so that everyone gets time', 'at the booth.'),
];
const eFaq = [
  [
    'Do I need my own airbrush?',
    'No. We lend a dual-action airbrush and compressor for each evening. If you own one, bring it and we will set it up with you.',
  ],
  ['Is the spray booth ventilated?', 'Yes. Both booths in the workshop are extracted to the outside, and we only use water-based paints on the course.'],
  ['Can my teenager come?', 'Anyone from 14 is welcome; under-16s need a parent or carer to sign the booking form.'],
];
const eNav = ['Home', 'Shop', 'Painting', 'Gaming Nights', 'Courses', 'Contact'];
const eFootCols = ['Blackthorn Games & Hobbies', 'Unit 4, Tanyard Court, Blackthorn', 'Open Wed to Sun, 11am to 8pm'];
const widget = (
  type: string,
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const heading = (tag: string, id: string, t: string): string =>
  widget('heading', id, `<${tag} class="elementor-heading-title elementor-size-default">${t.replace(/&/g, '&amp;')}</${tag}>`);
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const faq = (rows: readonly (readonly string[])[]): string =>
  `<div class="elementor-accordion" role="tablist">${rows
    .map(
      ([q = '', a = ''], i) => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-176${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-176${i}"
aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas
fa-plus"></i></span>
</span><a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-176${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-176${i}"><p>${a}</p></div></div>`,
    )
    .join('\n')}</div>`;
const section = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">
${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Blackthorn Games &amp; Hobbies</title><meta name='robots' content='index, follow, max-image-preview:large' />
<link rel='stylesheet' id='hello-elementor-css' href='https://blackthorngames.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://blackthorngames.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4'
media='all' />
<link rel='stylesheet' id='elementor-post-418-css' href='https://blackthorngames.example/wp-content/uploads/elementor/css/post-418.css?ver=1712' media='all' />
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/5a1b2c/script.js"></script>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2026-03-10T12:00:00+00:00","dateModified":"2026-03-28T09:41:00+00:00"}]}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-418 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6 elementor-page
elementor-page-418"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${section(
  '1f2e3d',
  `${widget(
    'theme-site-logo',
    '4c5b6a',
    '<a href="https://blackthorngames.example"><img width="240" height="80" src="/wp-content/uploads/2024/01/blackthorn-logo.png" alt="" /></a>',
  )}
${widget(
  'nav-menu',
  '7d8e9f',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-7d8e9f" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown
elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7d8e9f" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="418" class="elementor elementor-418" data-elementor-post-type="page">
${section(
  '3a1b2c',
  `${heading('h1', '9a8b7c', eTitle)}
${heading('p', '6b5a4c', eSub)}
${widget('text-editor', '2c3d4e', ps(eIntro))}
${widget(
  'button',
  '8f7e6d',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="#book"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Book your place</span></span></a></div>`,
)}`,
)}
${section(
  '5e6f7a',
  `${heading('h2', '1a2b3c', eHeads[0] ?? '')}
${widget('icon-list', '4d5e6f', iconList(eLearn))}
${widget(
  'image',
  '7a8b9c',
  `<figure class="wp-caption"><img width="800" height="533" src="/wp-content/uploads/2026/03/booth.jpg" class="attachment-large size-large" alt="" />
<figcaption class="widget-image-caption wp-caption-text">Our two spray booths in the upstairs workshop.</figcaption></figure>`,
)}`,
)}
${section(
  '8b9c0d',
  `${heading('h2', '2b3c4d', eHeads[1] ?? '')}
${widget('text-editor', '5c6d7e', ps(eDates))}
${heading('h2', '3c4d5e', eHeads[2] ?? '')}
${widget('accordion', '6d7e8f', faq(eFaq))}`,
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"
data-elementor-post-type="elementor_library">
${section(
  '0e1f2a',
  `${widget('text-editor', '9e8d7c', ps(eFootCols.map((t) => t.replace(/&/g, '&amp;'))))}
${widget(
  'social-icons',
  '1b2c3d',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon
elementor-social-icon-instagram" href="https://instagram.com/blackthorngames" target="_blank"><span class="elementor-screen-only">Instagram</span><i
class="fab fa-instagram"></i>
</a></span></div>`,
)}
${widget('text-editor', '4e5f6a', '<p>© 2026 Blackthorn Games &amp; Hobbies Ltd. All rights reserved.</p>')}`,
)}
</footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of
cookies.</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept
All</button>
</div></div></div></div></div>
<script src="https://blackthorngames.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementorCourse: TestPage = {
  name: 'heldout626-elementor-airbrush-course',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: [eSub, ...texts(eIntro), ...eLearn, ...eDates, ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Book your place', 'Our two spray booths in the upstairs workshop.', ...eFootCols.slice(1),
    'Instagram', '© 2026 Blackthorn Games & Hobbies Ltd. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.', 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT626_F2: readonly TestPage[] = [elementorCourse];
