import { type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout657-kit.js';

/**
 * Held-out batch 657, file e: an upholstery cleaning service page built with Elementor on WordPress (Hello Elementor theme, Elementor
 * Pro header and footer, counters, testimonials, a quote form and a CookieYes banner).
 */
const eTitle = 'Sofa & Upholstery Cleaning in Harrowgate Vale';
const eDek = 'Fabric sofas, armchairs, dining chairs and car seats cleaned in your home, usually dry the same day.';
const eH = ['How we clean your upholstery', 'What it costs', 'Caring for your sofa afterwards'];
const eHow = [
  j(
    'Every piece is different, so we start by checking the care label and testing the fabric in a hidden spot for colour run and',
    'shrinkage. Natural fibres such as linen and cotton get a gentler, lower-moisture treatment than synthetics.',
  ),
  j(
    'We then vacuum the whole piece, pre-treat marks and heavy soiling, and clean with a portable extraction machine set to the lowest',
    'pressure that does the job.',
  ),
];
const eSteps = [
  'Fabric identified and tested for colour fastness',
  'Cushions, arms and headrests vacuumed with a soft brush',
  'Stains pre-treated with fibre-safe products',
  'Low-moisture extraction clean and pile grooming',
];
const eCost = j(
  'Prices start at £45 for an armchair and £75 for a three-seater sofa. We will confirm a fixed price before we start, and there is',
  'no extra charge for stain pre-treatment.',
);
const eCare = j(
  'Keep pets and children off the fabric until it is completely dry, usually four to six hours. Open a window or run the heating to',
  'speed things up, and vacuum with a soft brush once a week to stop grit wearing the fibres.',
);
const eNav = ['Home', 'Carpets', 'Upholstery', 'Rugs', 'Commercial', 'Reviews', 'Contact'];
const eCounters: [string, string, string][] = [
  ['1400', '1,400', 'Sofas cleaned last year'],
  ['12', '12', 'Years in business'],
  ['4.9', '4.9', 'Average review score'],
];
const eQuotes: [string, string, string][] = [
  ['They got a red wine stain out of our cream sofa that I thought was there for life.', 'Hannah W.', 'Thornby'],
  ['On time, careful with the furniture and the chairs were dry by teatime.', 'Graham P.', 'Mossfield'],
];
const eForm = ['Name', 'Phone', 'Postcode', 'What needs cleaning?'];
const eCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking',
  '"Accept All", you consent to our use of cookies.',
);
const eAddr = 'Kestrel Clean Ltd, Unit 4, Mossfield Trading Estate, Harrowgate Vale HV3 9QT';
const eFootMenu = ['Privacy Policy', 'Terms', 'Cookie Policy'];
let eN = 0;
const id = (): string => (0x3f2a1b0 + ++eN * 7919).toString(16);
const widget = (type: string, inner: string): string => `<div class="elementor-element elementor-element-${id()} elementor-widget elementor-widget-${type}"
data-id="${id()}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id()}
elementor-section-boxed elementor-section-height-default ${cls}" data-id="${id()}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-${id()}"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const heading = (tag: string, t: string): string => widget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const text = (t: string): string => widget('text-editor', `<p>${t}</p>`);
const button = (t: string, href: string): string =>
  widget(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="${href}"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const menuItems = eNav.map(
  (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase()}/" class="elementor-item">${t}</a></li>`,
);
const menu = widget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
e--pointer-underline e--animation-fade"><ul id="menu-1-a1b2c3d" class="elementor-nav-menu">${menuItems.join('')}</ul></nav><div class="elementor-menu-toggle"
role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-menu-bar"></svg><span
class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul
id="menu-2-a1b2c3d" class="elementor-nav-menu">${menuItems.join('').replace(/class="elementor-item"/g, 'class="elementor-item" tabindex="-1"')}</ul></nav>`,
);
const counters = eCounters
  .map(([to, shown, title]) =>
    widget(
      'counter',
      `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span
class="elementor-counter-number-prefix"></span><span class="elementor-counter-number" data-duration="2000" data-to-value="${to}" data-from-value="0"
data-delimiter=",">${shown}</span><span class="elementor-counter-number-suffix">${to === '4.9' ? '' : '+'}</span></div><div
class="elementor-counter-title">${title}</div></div>`,
    ),
  )
  .join('\n');
const quotes = eQuotes
  .map(([q, who, where]) =>
    widget(
      'testimonial',
      `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${q}</div>
<div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner"><div
class="elementor-testimonial-details"><div class="elementor-testimonial-name">${who}</div><div
class="elementor-testimonial-job">${where}</div></div></div></div></div>`,
    ),
  )
  .join('\n');
const fields = eForm
  .map(
    (l, i) => `<div class="elementor-field-type-${i === 3 ? 'textarea' : 'text'} elementor-field-group elementor-column elementor-field-group-f${i}
elementor-col-${i === 3 ? 100 : 50}"><label for="form-field-f${i}" class="elementor-field-label">${l}</label>${
      i === 3
        ? `<textarea class="elementor-field-textual
elementor-field elementor-size-sm" name="form_fields[f${i}]" id="form-field-f${i}" rows="4"></textarea>`
        : `<input size="1" type="text" name="form_fields[f${i}]"
id="form-field-f${i}" class="elementor-field elementor-size-sm elementor-field-textual">`
    }</div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Sofa Cleaning Harrowgate Vale | Kestrel Clean</title><meta name="description" content="Professional sofa and upholstery cleaning in Harrowgate Vale.">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1712345678" media="all">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"LocalBusiness","name":"Kestrel Clean",
"address":{"@type":"PostalAddress","addressLocality":"Harrowgate Vale"}},{"@type":"WebPage","name":"${eTitle}"}]}</script>
<style id="cky-style-inline">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header"
data-elementor-post-type="elementor_library">
${section(`${widget('theme-site-logo', '<a href="/"><img width="220" height="64" src="/wp-content/uploads/2024/02/kestrel-logo.svg" alt="Kestrel Clean"></a>')}
${menu}${button('01632 960533', 'tel:01632960533')}`)}</div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${section(`${heading('h1', esc(eTitle))}${text(eDek)}${button('Get a Free Quote', '#quote')}`, 'elementor-section-height-min-height hero')}
${section(
  `${heading('h2', eH[0] ?? '')}${eHow.map(text).join('')}${widget(
    'icon-list',
    `<ul class="elementor-icon-list-items">${eSteps
      .map(
        (s) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true"
class="e-font-icon-svg e-fas-check"></svg></span><span
class="elementor-icon-list-text">${s}</span></li>`,
      )
      .join('')}</ul>`,
  )}`,
)}
${section(counters, 'counters')}
${section(`${heading('h2', eH[1] ?? '')}${text(eCost)}${heading('h2', eH[2] ?? '')}${text(eCare)}`)}
${section(`${heading('h2', 'What our customers say')}${quotes}`, 'testimonials')}
${section(
  `${heading('h2', 'Get a Free Quote')}${widget(
    'form',
    `<form class="elementor-form" method="post" name="Quote form"><input type="hidden" name="post_id"
value="88"><div class="elementor-form-fields-wrapper elementor-labels-above">${fields}<div
class="elementor-field-group elementor-column elementor-field-type-submit
elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span><span class="elementor-button-icon"></span><span
class="elementor-button-text">Send Request</span></span></button></div></div></form>`,
  )}`,
  'quote',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"
data-elementor-post-type="elementor_library">
${section(
  `${text(eAddr)}${widget(
    'nav-menu',
    `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${eFootMenu
      .map((t) => `<li class="menu-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`)
      .join('')}</ul></nav>`,
  )}${text('© 2027 Kestrel Clean. All rights reserved.')}`,
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p
class="cky-title"
role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>${eCookie}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},
"version":"3.21.4","is_static":false,"post":{"id":88,"title":"Sofa%20%26%20Upholstery%20Cleaning","excerpt":"","featuredImage":false}};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout657-elementor-sofa-cleaning',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([eDek, ...eHow, ...eSteps, eCost, eCare]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Home' && t !== 'Upholstery'), 'Menu', '01632 960533', 'Get a Free Quote', ...eCounters.map((c) => c[2]),
    'What our customers say', ...eQuotes.flat(), ...eForm, 'Send Request', eAddr, ...eFootMenu, '© 2027 Kestrel Clean. All rights reserved.',
    'We value your privacy', eCookie, 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT657_E: readonly TestPage[] = [elementor];
