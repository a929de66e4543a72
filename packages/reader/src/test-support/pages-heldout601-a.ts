import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowText, tr } from './pages-heldout601-kit.js';

/**
 * Held-out batch 601, file a: a building surveyors' survey level comparison page built with Elementor (Hello Elementor theme,
 * Elementor Pro header and footer, Complianz cookie banner) with a comparison table, and a damp proofing firm's long damp
 * explainer on WordPress with the Astra theme (right sidebar, post navigation, comments and the comment form).
 */
const kTitle = 'Which home survey do you need? Level 1, 2 and 3 compared';
const kDek = 'Three levels of survey, three depths of inspection. Here is what each one covers, what it costs and which homes it suits.';
const kHead = ['Survey', 'Best for', 'Typical fee', 'Report in'];
const kRows = [
  ['Level 1 Condition Report', 'Newer homes in good condition', 'from £395', '3 working days'],
  ['Level 2 HomeBuyer Survey', 'Conventional homes built after 1900', 'from £575', '4 working days'],
  ['Level 2 with valuation', 'Buyers who also want a market value', 'from £690', '4 working days'],
  ['Level 3 Building Survey', 'Older, altered or unusual homes', 'from £895', '7 working days'],
];
const kH = [
  'The three survey levels at a glance',
  'Level 1 Condition Report',
  'Level 2 HomeBuyer Survey',
  'Level 3 Building Survey',
  'Which one should you choose?',
];
const kGlance = j(
  'All three surveys are carried out by one of our chartered surveyors, in person, and all three use the same traffic-light',
  'condition ratings. What changes is how far the surveyor looks, how much they explain and how much advice you get on repairs.',
);
const kL1 = j(
  'The Condition Report is the lightest of the three. The surveyor walks the property, rates each element green, amber or red and',
  'lists anything that needs urgent attention, but the report does not explain causes or give repair advice. It suits flats and',
  'houses built in the last twenty years that look well kept.',
);
const kL2 = j(
  'The HomeBuyer Survey is the one most of our clients choose. As well as the ratings, the surveyor explains what is wrong and',
  'what should happen next, and flags matters your conveyancer should check. It includes:',
);
const kL2List = [
  'a visual inspection of the inside and outside, including the roof space where it is safe to enter',
  'damp meter readings at the walls, floors and chimney breasts',
  'advice on the legal and safety matters your solicitor should raise',
  'an optional market valuation and reinstatement cost for insurance',
];
const kL3 = j(
  'The Building Survey is our most thorough inspection. The surveyor lifts accessible floor hatches, looks at how the building',
  'was put together and describes the likely cause of every defect, with the options for repair and a guide to their urgency.',
  'Choose it for any home built before 1900, any listed building, a property you plan to extend, or one that has already been',
  'altered in ways you do not fully understand.',
);
const kChoose = [
  j(
    'As a rule of thumb, the older and less standard the house, the higher the level you need. A 1990s semi in good order rarely',
    'needs more than a Level 2, while a Victorian terrace with a loft conversion nearly always justifies a Level 3.',
  ),
  j(
    'If the house has shown signs of damp, cracking or past movement, tell us when you book. We can then send a surveyor with',
    'the right experience and allow extra time on site at no extra charge.',
  ),
];
const kNav = ['Home', 'Surveys', 'Damp & Timber', 'Areas We Cover', 'About', 'Contact'];
const kFootLinks = ['Privacy Policy', 'Cookie Policy', 'Complaints Procedure'];
const kCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences'];
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Level 1, 2 &amp; 3 Home Surveys Compared | Kestrel &amp; Marsh Chartered Surveyors</title>
<meta name="description" content="Compare our Level 1, Level 2 and Level 3 home surveys: what each covers, fees and turnaround.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://kestrelmarsh.co.uk/survey-levels-compared/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://kestrelmarsh.co.uk/survey-levels-compared/","name":"Level 1, 2 & 3 Home Surveys Compared"},{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4" media="all">
<link rel="stylesheet" id="elementor-post-112-css" href="/wp-content/uploads/elementor/css/post-112.css?ver=1722871" media="all">
<style id="cmplz-document-inline-css">.cmplz-cookiebanner{position:fixed;bottom:0}</style></head>
<body class="page-template-default page page-id-112 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header"
data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-6b1c0e7 elementor-section-boxed" data-id="6b1c0e7"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div
class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://kestrelmarsh.co.uk"><img width="240" height="64"
src="/wp-content/uploads/2024/02/kestrel-marsh-logo.svg" alt="Kestrel &amp; Marsh Chartered Surveyors"></a></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items elementor-inline-items"><li class="elementor-icon-list-item"><a href="tel:01632960418"><span
class="elementor-icon-list-text">01632 960 418</span></a></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Mon–Fri 8am–6pm</span></li></ul></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4c1f2a0" class="elementor-nav-menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/quote/"><span
class="elementor-button-content-wrapper">
<span class="elementor-button-text">Get a Quote</span></span></a></div></div></div></div></div></div></section></header>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1b9 elementor-section-boxed" data-id="3f2a1b9"
data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-background-overlay"></div>
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading"
data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${kDek}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-91dd0a2 elementor-section-boxed" data-id="91dd0a2"
data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(kH, 0)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${kGlance}</p>
<table class="survey-compare"><thead><tr>${kHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${kRows.map((r) => tr(r, true)).join('\n')}
</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(kH, 1)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${kL1}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(kH, 2)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${kL2}</p><ul>${lis(kL2List)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(kH, 3)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${kL3}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${at(kH, 4)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(kChoose)}</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c07e4d1 elementor-section-full_width" data-id="c07e4d1"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div
class="elementor-element elementor-cta--skin-cover elementor-widget elementor-widget-call-to-action"
data-widget_type="call-to-action.default"><div class="elementor-widget-container"><div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Still not sure?</h2>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">
Call our surveyors on 01632 960 418 for free, no-obligation advice.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item"><a
class="elementor-cta__button elementor-button elementor-size-md"
href="/quote/">Get an instant quote</a></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial" data-widget_type="testimonial.default"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div
class="elementor-testimonial-content">The Level 3 survey picked up a failed lintel the agent never mentioned. Worth every
penny.</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Priya N.</div>
<div class="elementor-testimonial-job">Bought in Wendlemere, 2025</div></div></div></div></div></div></div></div></div></section></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"
data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-58e0b3a elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column elementor-element"
data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default">
<div class="elementor-widget-container"><p>Kestrel &amp; Marsh Chartered Surveyors<br>14 Chandlers Yard, Wendlemere WD3 7QP</p></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-vertical"><ul id="menu-1-a07c2e1"
class="elementor-nav-menu sm-vertical">
${links(kFootLinks, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></div></div></section>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Kestrel &amp; Marsh Chartered Surveyors
Ltd. Registered in England No. 09876543.</p></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${at(kCookie, 0)}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${at(kCookie, 1)}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${at(kCookie, 2)}</button><button class="cmplz-btn cmplz-deny">${at(kCookie, 3)}</button>
<button class="cmplz-btn cmplz-view-preferences">${at(kCookie, 4)}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy/">Cookie Policy</a></li>
<li><a class="cmplz-link privacy-statement" href="/privacy-policy/">Privacy Statement</a></li></ul></div></div></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.4","post":{"id":112}};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script>
</body></html>`;
const kestrel: TestPage = {
  name: 'heldout601-elementor-survey-levels',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: [kDek, kGlance, ...kRows.map(rowText), kL1, kL2, ...kL2List, kL3, ...kChoose],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '01632 960 418', 'Mon–Fri 8am–6pm', ...kNav.filter((t) => t !== 'Home' && t !== 'Surveys'), 'Get a Quote', 'Still not sure?',
    'Call our surveyors on 01632 960 418 for free, no-obligation advice.', 'Get an instant quote',
    'The Level 3 survey picked up a failed lintel the agent never mentioned. Worth every penny.', 'Priya N.', 'Bought in Wendlemere, 2025',
    'Kestrel & Marsh Chartered Surveyors', '14 Chandlers Yard, Wendlemere WD3 7QP', ...kFootLinks,
    '© 2026 Kestrel & Marsh Chartered Surveyors Ltd. Registered in England No. 09876543.', ...kCookie, 'Privacy Statement',
  ],
};

export const HELDOUT601_A: readonly TestPage[] = [kestrel];
