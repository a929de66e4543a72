import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout627-kit.js';

/**
 * Held-out batch 627, file b: a long stairlift survey explainer built with Elementor (Hello theme, Theme Builder header and
 * footer) on WordPress, with an FAQ accordion, a testimonial, a survey form and a Complianz cookie banner.
 */
let ids = 0x3a10f2;
const id = (): string => (ids++).toString(16);
/** An Elementor widget wrapper around `inner`. */
const ew = (type: string, inner: string): string => {
  const d = id();
  return `<div class="elementor-element elementor-element-${d} elementor-widget elementor-widget-${type}" data-id="${d}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
};
/** An Elementor boxed section with one column holding the widgets. */
const sec = (widgets: readonly string[], cls = ''): string => {
  const d = id();
  return `<section class="elementor-section elementor-top-section elementor-element elementor-element-${d} elementor-section-boxed
elementor-section-height-default ${cls}"
data-id="${d}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div
class="elementor-column elementor-col-100 elementor-top-column
elementor-element elementor-element-${id()}" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">${widgets.join('\n')}</div></div></div></section>`;
};
const ed = (html: string): string => ew('text-editor', html);
const h2 = (t: string): string => ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);

const eTitle = 'What happens at a free stairlift survey?';
const eDek = j(
  'A survey is the only way to get an accurate price for a stairlift. Here is what our surveyors do in your home, how long it takes and',
  'what you can ask them, so there are no surprises on the day.',
);
const eHeads = ['Before the surveyor arrives', 'The survey, step by step', 'Straight, curved or outdoor?', 'After the survey', 'Frequently asked questions'];
const eBefore = [
  j(
    'When you ring us or fill in the form, we book a visit at a time that suits you, including Saturday mornings. Most surveys take',
    'between 45 minutes and an hour. You are welcome to have a relative or carer with you, and many people find it helps to have a',
    'second pair of ears when the options are explained.',
  ),
  'It is worth thinking about a few things beforehand:',
];
const eThink = [
  'who will use the stairlift, and whether anyone else in the house needs to use the stairs at the same time',
  'whether you can stand and turn safely at the top of the stairs, or need a seat that swivels and powers round',
  'where you would like the lift to park when it is not in use',
  'any plans to move, redecorate or replace the stair carpet in the next year',
];
const eSteps = [
  '1. A conversation about how you use the stairs',
  '2. Measuring the staircase',
  '3. Checking the power supply and the landings',
  '4. Trying a seat',
];
const eStepText = [
  j(
    'The surveyor will start by talking to you rather than the staircase. How steady you feel, whether you use a walking aid upstairs,',
    'how often you go up and down and whether your needs are likely to change all affect which seat, footrest and controls will suit you.',
  ),
  j(
    'For a straight stair, the surveyor measures the length and angle of the flight and the width of the treads. For a curved stair,',
    'they take a photographic survey: a small camera on a tripod records the staircase from several points, and our design office uses',
    'the images to make a rail that fits your stairs to within a few millimetres. You do not need to move anything for this.',
  ),
  j(
    'A stairlift runs from a battery that is topped up by a low-voltage charger, so it needs a standard socket near the top or bottom of',
    'the stairs. The surveyor will also look at the space at each landing, at doors that open across the stairs and at radiators or',
    'window sills that the rail has to pass.',
  ),
  j(
    'If you would like to, you can sit on a demonstration seat that the surveyor brings in the van. It is the easiest way to judge',
    'the height of the seat and how far the footrest folds, and to try the joystick and the swivel lever.',
  ),
];
const eTypes = [
  j(
    'Around two thirds of the stairlifts we fit are straight lifts, which run on a rail cut to length from stock. They can usually be',
    'fitted within a week or two of the survey and cost between £1,900 and £3,200 fitted, depending on the seat and the length.',
  ),
  j(
    'A curved stairlift is made to measure for one staircase, so it takes four to six weeks to build and costs more, typically',
    '£4,500 to £7,500. Stairs with a half landing, a bend or winders at the bottom all need a curved rail, even if the bend is small.',
  ),
  j(
    'Outdoor lifts are built with sealed controls and a waterproof cover. The surveyor will check the steps for a firm base and',
    'ask about frost, as the rail needs to be fixed to concrete or stone rather than to paving slabs laid on sand.',
  ),
];
const eAfter = [
  j(
    'You will not be asked to sign anything on the day. The surveyor will leave you a written quotation, or email it to you within two',
    'working days for a curved lift, and it stays valid for 60 days. The price includes fitting, the first service and a two-year',
    'warranty on parts and labour.',
  ),
  j(
    'If you decide to go ahead, fitting a straight lift takes about three hours and a curved lift most of a day. The fitter will show',
    'you and anyone who helps you how to use it, how to charge it and what to do if it stops between floors.',
  ),
];
const eFaq = [
  ['Is the survey really free?', 'Yes. There is no charge for the survey and no obligation to buy, whatever the surveyor finds.'],
  [
    'Can you fit a stairlift to a narrow staircase?',
    'Most staircases of 700 mm or more can take a lift. Below that, a slimline seat with a folding footrest may still fit.',
  ],
  [
    'Do I need to be there for the whole visit?',
    'Yes, because most of the survey is about you rather than the stairs, but someone else can be there on your behalf for the photographs.',
  ],
];
const eNav = ['Stairlifts', 'Curved Stairlifts', 'Outdoor Stairlifts', 'Reconditioned', 'Service & Repairs', 'About Us', 'Contact'];
const eFootNav = ['Privacy Policy', 'Cookie Policy', 'Complaints Procedure', 'Sitemap'];
const eQuote = j(
  '"The surveyor spent most of the time asking about my knees and how I manage the landing. The lift was fitted nine days later and',
  'I have not looked back."',
);
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What Happens At A Free Stairlift Survey? | Brightstep Stairlifts</title>
<meta name="description" content="What our surveyors do in your home, how long a stairlift survey takes and what you can ask them.">
<link rel='stylesheet' id='hello-elementor-css' href='https://brightstepstairlifts.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1'
media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
href='https://brightstepstairlifts.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-post-318-css' href='https://brightstepstairlifts.co.uk/wp-content/uploads/elementor/css/post-318.css?ver=1712233041'
media='all' />
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px;right:10px;z-index:99;}</style>
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"dateModified":"2026-01-12T09:20:11+00:00"},{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${eFaq[0]?.[0] ?? ''}"}]}]}</script>
<script>var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/brightstepstairlifts.co.uk\\/wp-admin\\/admin-ajax.php","nonce":"8a1f0c2e7d"};</script></head>
<body class="page-template-default page page-id-318 elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-318">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  [
    ew(
      'icon-list',
      `<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item elementor-inline-item"><span
class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-phone-alt"></i></span><span class="elementor-icon-list-text">Call free on 0800 014 2277</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">Family run since 1994</span></li></ul>`,
    ),
  ],
  'elementor-hidden-mobile',
)}
${sec([
  ew(
    'theme-site-logo',
    `<a href="https://brightstepstairlifts.co.uk"><img width="240" height="60" src="/wp-content/uploads/2022/05/brightstep-logo.svg"
alt="Brightstep Stairlifts"></a>`,
  ),
  ew(
    'nav-menu',
    `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-${id()}" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-${id()}"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  ),
  ew(
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="#survey">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Free survey</span></span></a></div>`,
  ),
])}</div>
<main id="content" class="site-main post-318 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="318" class="elementor elementor-318" data-elementor-post-type="page">
${sec(
  [
    ew('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`),
    ew(
      'post-info',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-5c1d2e0 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-icon"><i
aria-hidden="true"
class="fas fa-user-circle"></i></span><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Carol Pennick</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-9be04a1 elementor-inline-item" itemprop="dateModified"><span
class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date">Updated 12 January 2026</span></li></ul>`,
    ),
    ed(`<p class="lead">${eDek}</p>`),
  ],
  'hero-section',
)}
${sec([h2(at(eHeads, 0)), ed(`${ps(eBefore)}<ul>${lis(eThink)}</ul>`)])}
${sec([
  h2(at(eHeads, 1)),
  ...eSteps.map((s, i) =>
    ew(
      'icon-box',
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">
<i aria-hidden="true" class="fas fa-check-circle"></i></span></div><div class="elementor-icon-box-content"><h3
class="elementor-icon-box-title"><span>${s}</span></h3>
<p class="elementor-icon-box-description">${at(eStepText, i)}</p></div></div>`,
    ),
  ),
])}
${sec(
  [
    ew(
      'testimonial',
      `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner"><div
class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Margaret, Tolworth</div><div class="elementor-testimonial-job">Curved stairlift customer</div></div></div></div></div>`,
    ),
  ],
  'elementor-section-stretched testimonial-band',
)}
${sec([h2(at(eHeads, 2)), ed(ps(eTypes)), h2(at(eHeads, 3)), ed(ps(eAfter))])}
${sec([
  h2(at(eHeads, 4)),
  ew(
    'accordion',
    `<div class="elementor-accordion">${eFaq
      .map(
        ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-174${i + 1}"
class="elementor-tab-title" data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-174${i + 1}" aria-expanded="false"><span
class="elementor-accordion-icon
elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-174${i + 1}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}"
role="region" aria-labelledby="elementor-tab-title-174${i + 1}"><p>${a}</p></div></div>`,
      )
      .join('\n')}</div>`,
  ),
])}
${sec(
  [
    ew('heading', `<h2 class="elementor-heading-title elementor-size-default" id="survey">Book your free survey</h2>`),
    ed('<p>Tell us where you live and we will ring you back to arrange a visit.</p>'),
    ew(
      'form',
      `<form class="elementor-form" method="post" name="Survey request"><input type="hidden" name="post_id" value="318"/>
<div class="elementor-form-fields-wrapper elementor-labels-above"><div
class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-name
elementor-col-50"><label for="form-field-name" class="elementor-field-label">Your name</label><input size="1" type="text" name="form_fields[name]"
id="form-field-name"
class="elementor-field elementor-size-sm elementor-field-textual"></div><div
class="elementor-field-type-tel elementor-field-group elementor-column elementor-col-50">
<label for="form-field-phone" class="elementor-field-label">Phone number</label><input size="1" type="tel" name="form_fields[phone]" id="form-field-phone"
class="elementor-field elementor-size-sm elementor-field-textual"></div><div
class="elementor-field-type-text elementor-field-group elementor-column elementor-col-100">
<label for="form-field-postcode" class="elementor-field-label">Postcode</label><input size="1" type="text" name="form_fields[postcode]" id="form-field-postcode"
class="elementor-field elementor-size-sm elementor-field-textual"></div><div
class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
<button type="submit" class="elementor-button elementor-size-sm"><span><span
class="elementor-button-text">Request a survey</span></span></button></div></div></form>`,
    ),
  ],
  'cta-band',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec([
  ed('<p>Brightstep Stairlifts Ltd, Unit 6, Caxton Park, Surbiton KT6 5RZ. Registered in England No. 04419873.</p>'),
  ew(
    'nav-menu',
    `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-none"><ul class="elementor-nav-menu">
${links(eFootNav, 'menu-item')}</ul></nav>`,
  ),
  ed('<p>© 2026 Brightstep Stairlifts. All rights reserved.</p>'),
])}</div>
<div class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-message-title-optin" aria-describedby="cmplz-message-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-message-title-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div>
<script src="https://brightstepstairlifts.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout627-elementor-stairlift-survey',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [...eHeads.slice(0, 2), ...eSteps, ...eHeads.slice(2)],
  body: texts([eDek, ...eBefore, ...eThink, ...eStepText, ...eTypes, ...eAfter, ...eFaq.flat()]),
  bylines: ['By Carol Pennick', 'Updated 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call free on 0800 014 2277', 'Family run since 1994', ...eNav.slice(1), 'Menu', 'Free survey', eQuote, 'Margaret, Tolworth',
    'Curved stairlift customer', 'Book your free survey', 'Tell us where you live and we will ring you back to arrange a visit.', 'Your name', 'Phone number',
    'Postcode', 'Request a survey', 'Brightstep Stairlifts Ltd, Unit 6, Caxton Park, Surbiton KT6 5RZ. Registered in England No. 04419873.', ...eFootNav,
    '© 2026 Brightstep Stairlifts. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT627_B: readonly TestPage[] = [elementor];
