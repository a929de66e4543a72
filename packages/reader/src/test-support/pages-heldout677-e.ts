import { links, type TestPage, texts } from './page-kit.js';
import { held, j } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file e: a yoga teacher training FAQ built with Elementor (Hello theme, nested accordion widgets, a
 * prospectus form and a Complianz cookie banner).
 */
const eTitle = '200-Hour Yoga Teacher Training: Frequently Asked Questions';
const eIntro = j(
  'Thinking about our 200-hour training but not sure it is for you? These are the questions we are asked most often.',
  'If yours is not here, email Clara at the studio and she will get back to you within two working days.',
);
const eGroups: [string, [string, string][]][] = [
  [
    'About the course',
    [
      [
        'Do I need to be an advanced practitioner?',
        j(
          'No. We ask for at least two years of regular practice, but you do not need to',
          'be able to do any particular pose. Curiosity matters more than flexibility.',
        ),
      ],
      [
        'How is the course structured?',
        j('Eleven weekends from September to June, plus two five-day intensives at Easter and in the', 'summer. Weekend days run from 8am to 5.30pm.'),
      ],
      ['What if I miss a weekend?', 'You can miss up to two weekends and catch up with recordings and a one-to-one session with a tutor.'],
    ],
  ],
  [
    'Applying and payment',
    [
      [
        'How do I apply?',
        j('Fill in the application form and we will invite you to a short call. Places are offered in the order', 'applications are completed.'),
      ],
      ['How much does it cost?', j('£3,150, or £2,900 if you pay in full before 1 May. You can also pay a £500 deposit and ten monthly', 'instalments.')],
    ],
  ],
  [
    'After you qualify',
    [
      [
        'Will I be able to teach straight away?',
        j(
          'Yes. The course is registered with Yoga Alliance, so you can register as an',
          'RYT-200 and get insurance to teach. Many graduates start by covering classes at our studio.',
        ),
      ],
    ],
  ],
];
const eNav = ['Classes', 'Timetable', 'Teacher Training', 'Retreats', 'About', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const eMenu = (cls: string, hidden: string): string =>
  `<nav ${hidden}class="${cls} elementor-nav-menu__container"><ul id="menu-${cls.length}-4c1e0b2" class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.length}/"
class="elementor-item"${hidden === '' ? '' : ' tabindex="-1"'}>${t}</a></li>`,
    )
    .join('')}</ul></nav>`;
const eGroupHtml = eGroups
  .map(
    ([h, qs], gi) => `<div class="elementor-element elementor-element-a${gi}f31c2 elementor-widget elementor-widget-heading"
data-widget_type="heading.default">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${h}</h2></div></div>
<div class="elementor-element elementor-element-b${gi}e72d9 elementor-widget elementor-widget-n-accordion" data-widget_type="nested-accordion.default">
<div class="elementor-widget-container"><div class="e-n-accordion" aria-label="Accordion. Open links with Enter or Space, close with Escape, and navigate
with Arrow Keys">
${qs
  .map(
    ([q, a], qi) => `<details id="e-n-accordion-item-${gi}${qi}" class="e-n-accordion-item"${gi === 0 && qi === 0 ? ' open' : ''}><summary
class="e-n-accordion-item-title"
data-accordion-index="${qi + 1}" tabindex="0" aria-expanded="${gi === 0 && qi === 0}" aria-controls="e-n-accordion-item-${gi}${qi}"><span
class="e-n-accordion-item-title-header">
<div class="e-n-accordion-item-title-text">${q}</div></span><span class="e-n-accordion-item-title-icon"><span class="e-opened"><svg aria-hidden="true"
class="e-font-icon-svg
e-fas-minus"></svg></span><span class="e-closed"><svg aria-hidden="true" class="e-font-icon-svg e-fas-plus"></svg></span></span></summary>
<div role="region" aria-labelledby="e-n-accordion-item-${gi}${qi}" class="elementor-element e-con-full e-flex e-con e-child"><div class="elementor-element
elementor-widget
elementor-widget-text-editor" data-widget_type="text-editor.default"><div
class="elementor-widget-container"><p>${a}</p></div></div></div></details>`,
  )
  .join('\n')}
</div></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Teacher Training FAQ &#8211; Lantern House Yoga</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://lanternhouseyoga.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://lanternhouseyoga.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3'
media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://lanternhouseyoga.com/wp-content/uploads/elementor/css/post-88.css?ver=1712143210' media='all'>
<style id="cmplz-document-css">.cmplz-cookiebanner{z-index:99;}</style><meta name="generator" content="Elementor 3.20.3; features:
e_optimized_assets_loading; settings: css_print_method-external">
</head><body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-5
elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="120" class="elementor elementor-120 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a1b7 e-flex e-con-boxed e-con e-parent" data-id="3f2a1b7" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-9b0d3e1 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://lanternhouseyoga.com"><img width="200" height="64"
src="/wp-content/uploads/2023/10/lantern-house-logo.svg"
class="attachment-full size-full wp-image-14" alt="Lantern House Yoga"></a></div></div>
<div class="elementor-element elementor-element-c47a0f8 elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet elementor-widget
elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container">${eMenu('elementor-nav-menu--main', '')}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('elementor-nav-menu--dropdown', 'aria-hidden="true" ')}</div></div></div></div></div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-51e0a7d e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-2d9c1f0 elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div
class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-7e3b5aa elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>${eIntro}</p></div></div>
${eGroupHtml}
<div class="elementor-element elementor-element-0c1d2e3 elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default">
<div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="/apply/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Apply for September 2026</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-f00d7c1 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3
class="elementor-heading-title
elementor-size-default">Get the prospectus</h3></div></div><div class="elementor-element elementor-widget elementor-widget-form"><div
class="elementor-widget-container">
<form class="elementor-form" method="post" name="Prospectus"><div class="elementor-form-fields-wrapper elementor-labels-above"><div
class="elementor-field-type-text
elementor-field-group elementor-column elementor-field-group-name elementor-col-50"><label for="form-field-name"
class="elementor-field-label">Name</label><input size="1"
type="text" name="form_fields[name]" id="form-field-name" class="elementor-field elementor-size-sm elementor-field-textual"></div><div
class="elementor-field-type-email
elementor-field-group elementor-column elementor-field-group-email elementor-col-50 elementor-field-required"><label for="form-field-email"
class="elementor-field-label">Email
</label><input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual"
required="required"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send me the
prospectus</span></span></button></div></div></form></div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"
data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget
elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Lantern House Yoga, 27 Mill Lane, Ashcombe AC6 2RN</p></div></div><div class="elementor-element elementor-widget
elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items
elementor-inline-items">${links(eFoot, 'elementor-icon-list-item')}</ul>
</div></div><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Lantern House
Yoga</p></div></div>
</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-divider
cmplz-divider-header"></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://lanternhouseyoga.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = held({
  name: 'heldout677-elementor-teacher-training-faq',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eGroups.map(([h]) => h),
  body: texts([eIntro, ...eGroups.flatMap(([, qs]) => qs.flat())]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Apply for September 2026', 'Get the prospectus', 'Name', 'Email', 'Send me the prospectus',
    'Lantern House Yoga, 27 Mill Lane, Ashcombe AC6 2RN', ...eFoot, '© 2026 Lantern House Yoga', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
});

export const HELDOUT677_E: readonly TestPage[] = [elementor];
