import { links, type TestPage, texts } from './page-kit.js';
import { candid } from './pages-heldout254-b2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file b: a community foundation's grant programme page built with Elementor (theme-builder header and
 * nav menu, heading and text-editor widgets, icon lists for eligibility, a deadlines table, accordion FAQ, buttons, a
 * newsletter form, the Complianz cookie banner and an Elementor footer) and, from file b2, a Candid-style organisation profile.
 */
const gTitle = 'Small Sparks Grants 2026';
const gIntro = [
  j(
    'Small Sparks Grants give up to £5,000 to volunteer-led groups in the Tarnmouth district who want to try something new for',
    'their neighbourhood. You do not need to be a registered charity, and you do not need a track record of grants.',
  ),
  j(
    'This year we have £180,000 to award across two rounds. We especially welcome ideas that bring different generations together',
    'or that help people cope with rising living costs.',
  ),
];
const gH1 = 'Who can apply';
const gElig = [
  'Constituted community groups, tenants’ associations and faith groups working for the wider community',
  'Registered charities and community interest companies with an annual income below £250,000',
  'Groups with a bank account in the organisation’s name and at least two unrelated signatories',
];
const gH2 = 'What we will not fund';
const gNot = ['Activities that have already taken place', 'Individuals, or for-profit businesses', 'Party political or religious campaigning'];
const gH3 = 'Key dates';
const gDates = ['Round one', '9 February 2026', '20 March 2026', 'Late April 2026', 'Round two', '1 June 2026', '10 July 2026', 'Early September 2026'];
const gH4 = 'How to apply';
const gHow = [
  j(
    'Apply online through our grants portal. The form has six questions and most groups finish it in under an hour. If writing is',
    'a barrier, call us and we will take your application over the phone, or send us a video of up to three minutes instead.',
  ),
  j(
    'A panel of local residents reads every application and makes the decisions. We will tell you the outcome by email and give',
    'feedback if you are not successful.',
  ),
];
const gFaq = [
  ['Can we apply to both rounds?', 'You can apply once per year. If you are turned down in round one, you may apply again in round two.'],
  ['Do you fund salaries?', 'Yes, we can fund sessional worker costs as long as the project is still led by volunteers.'],
];
const gMenu = ['Home', 'Apply for funding', 'Give', 'Our impact', 'News', 'About'];
const gFoot = ['Privacy notice', 'Accessibility', 'Complaints', 'Careers'];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Small Sparks Grants 2026 – Tarnmouth Community Foundation</title><meta name="description" content="Grants of up to £5,000 for volunteer-led groups.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://tarnmouthcf.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1">
<link rel="stylesheet" id="elementor-post-118-css" href="https://tarnmouthcf.example/wp-content/uploads/elementor/css/post-118.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${gTitle}",
"isPartOf":{"@id":"https://tarnmouthcf.example/#website"}}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.27.1","is_static":false};</script>
<meta name="generator" content="Elementor 3.27.1; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-118 elementor-default elementor-template-full-width elementor-kit-7
elementor-page elementor-page-118">
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4f1a e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://tarnmouthcf.example"><img src="https://tarnmouthcf.example/wp-content/uploads/tcf-logo.svg"
alt="Tarnmouth Community Foundation"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-3a2b" class="elementor-nav-menu">
${links(gMenu, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118" data-elementor-post-type="page">
<div class="elementor-element elementor-element-91c2 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<p class="elementor-heading-title elementor-size-default">Funding for community groups</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-xl">${gTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${gIntro.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="https://grants.tarnmouthcf.example"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Start your application</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-a7d0 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div
class="elementor-element e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title
elementor-size-default">${gH1}</h2></div></div>
<div class="elementor-element elementor-icon-list--layout-traditional elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${gElig
  .map(
    (
      t,
    ) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div class="elementor-element e-con-full e-flex e-con e-child"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${gH2}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">${gNot
  .map(
    (
      t,
    ) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-times"></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div class="elementor-element elementor-element-c3e8 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title
elementor-size-default">${gH3}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="tcf-dates">
<thead><tr><th>Round</th> <th>Opens</th> <th>Closes (5pm)</th> <th>Decisions</th></tr></thead><tbody>
<tr><td>${gDates.slice(0, 4).join('</td> <td>')}</td></tr>
<tr><td>${gDates.slice(4).join('</td> <td>')}</td></tr></tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title
elementor-size-default">${gH4}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${gHow.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion"><div class="elementor-widget-container"><div class="elementor-accordion">
${gFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${i}" class="elementor-tab-title" role="button">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-${i}" class="elementor-tab-content elementor-clearfix" role="region"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta__content">
<h3 class="elementor-cta__title">Not sure if your idea fits?</h3><div class="elementor-cta__description">Book a 20-minute call with a grants officer.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/contact">Book a call</a></div></div></div></div>
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h4 class="elementor-heading-title">Stay in
the loop</h4></div></div><div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Newsletter"><label for="form-field-email" class="elementor-field-label">Email address</label>
<input type="email" name="form_fields[email]" id="form-field-email" class="elementor-field"><button type="submit" class="elementor-button">
<span class="elementor-button-text">Sign up</span></button></form></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${links(gFoot, 'elementor-icon-list-item')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Tarnmouth Community Foundation,
Harbour Chambers, Quay Street. Registered charity 1140762.</p></div></div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage cookie consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to
keep this site working and to understand how it is used.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://tarnmouthcf.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1" id="elementor-frontend-js"></script></body></html>`;
const elementorGrant: TestPage = {
  name: 'heldout254-elementor-grant-programme',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3, gH4],
  body: texts([...gIntro, ...gElig, ...gNot, ...gDates, ...gHow, ...gFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gMenu, 'Funding for community groups', 'Start your application', 'Not sure if your idea fits?', 'Book a 20-minute call with a grants officer.',
    'Book a call', 'Stay in the loop', 'Email address', 'Sign up', ...gFoot,
    'Tarnmouth Community Foundation, Harbour Chambers, Quay Street. Registered charity 1140762.', 'Manage cookie consent',
    'We use cookies to keep this site working and to understand how it is used.', 'Deny', 'View preferences',
  ],
};

export const HELDOUT254_B: readonly TestPage[] = [elementorGrant, candid];
