import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 403, file b2: a postgraduate research degree page on WordPress built with Elementor (a page-builder page:
 * every block is an elementor-section / column / widget wrapper; the Elementor Pro header and footer templates, a hero with
 * counters, icon-box key facts, a supervisor carousel, an "Apply now" call-to-action widget, a testimonial widget and the
 * CookieYes consent banner).
 */
const title = 'PhD in Coastal and Estuarine Science';
const w = (cls: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${cls}" data-widget_type="${cls}.default">
<div class="elementor-widget-container">
${inner}
</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${inner}
</div></div></div></section>`;
const h = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const te = (ps: readonly string[]): string => w('text-editor', ps.map((p) => `<p>${p}</p>`).join('\n'));
const about = [
  `Our doctoral programme trains researchers who can work across the boundary between land and sea. You will join the Saltmarsh
Institute, a group of 28 academics and around forty doctoral researchers studying sediment transport, coastal ecology, flood risk
and the management of estuaries under a changing climate.`,
  `Most of our doctoral researchers are funded through studentships attached to a project, but we also welcome self-funded
applicants and those with external scholarships who want to develop their own proposal with a supervisor.`,
];
const themes = [
  'Sediment dynamics and the morphology of tidal flats and channels',
  'Saltmarsh and seagrass restoration, and the carbon they store',
  'Estuarine water quality, nutrients and harmful algal blooms',
  'Coastal flood risk, managed realignment and community adaptation',
];
const structure = [
  `A full-time PhD takes three to four years; part-time study takes six to seven. In your first year you agree a research plan
with your supervisory team of at least two academics, take our core training in research design and field safety, and complete
a literature review.`,
  `At the end of the first year you pass a confirmation review, in which two independent academics read a report and discuss your
plans with you. After that you spend most of your time on fieldwork, laboratory analysis and writing, and you will present at the
Institute's annual symposium.`,
  `The degree is examined by a thesis of up to 80,000 words and an oral examination (viva) with an internal and an external examiner.`,
];
const entry = [
  `You should have, or expect to gain, a first or upper second class honours degree in a relevant subject such as environmental
science, geography, marine science, civil engineering or biology. A master's degree is welcome but not required.`,
  `If English is not your first language you will need IELTS 6.5 overall with no component below 6.0, or an equivalent qualification.`,
];
const apply = [
  `Before you apply, contact a potential supervisor with a short outline of your interests. For advertised studentships, apply
through the link in the project advert by its closing date; for self-funded study you can apply at any time, with start dates in
October, February and May.`,
  `Your application should include a CV, a two-page research proposal, transcripts and the names of two referees.`,
];
const counters = ['28 academic staff', '40 doctoral researchers', '£6.2m research funding since 2022'];
const menu = ['Study', 'Research', 'Institutes', 'Partners', 'News', 'Contact'];
const sups = ['Prof. Ines Harkaway – sediment dynamics', 'Dr Tobiah Wenlock – saltmarsh ecology', 'Dr Priya Castellane – flood risk'];
const testi = `“I came for the fieldwork and stayed for the people. The Institute feels like a research family.” – Odile Mbatha,
third-year doctoral researcher`;
const foot = ['Privacy policy', 'Cookie policy', 'Accessibility', 'Modern slavery statement'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PhD in Coastal and Estuarine Science – Saltmarsh Institute – University of Wendover</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-1184-css" href="/wp-content/uploads/elementor/css/post-1184.css?ver=1714032211" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"PhD in Coastal
and Estuarine Science","datePublished":"2024-04-25T09:10:11+00:00","dateModified":"2026-01-19T15:44:02+00:00"}]}</script>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.example/client_data/9f1e/script.js"></script></head>
<body class="page-template-default page page-id-1184 elementor-default elementor-kit-7 elementor-page elementor-page-1184">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="52" class="elementor elementor-52 elementor-location-header">
${sec(
  '3b1c2a0',
  `${w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/02/saltmarsh-logo.svg" alt="Saltmarsh Institute"></a>')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">
${links(menu, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="1184" class="elementor elementor-1184"><main id="content">
${sec(
  '6d2f4e1',
  `${h(title, 'h1')}
${w('text-editor', '<p class="hero-kicker">Postgraduate research · Full time or part time</p>')}
${w(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link" href="#apply">
<span class="elementor-button-text">Apply now</span></a></div>`,
)}`,
)}
${sec('a41b7c9', counters.map((c) => w('counter', `<div class="elementor-counter"><div class="elementor-counter-title">${c}</div></div>`)).join('\n'))}
${sec(
  '0c8e2d3',
  `${h('About the programme')}
${te(about)}
${h('Research themes', 'h3')}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${themes
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-water"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}`,
)}
${sec(
  '5f7a9b2',
  `${h('Meet some of our supervisors')}
${w(
  'image-carousel',
  `<div class="elementor-image-carousel swiper-wrapper">${sups
    .map(
      (s) => `<div class="swiper-slide"><figure class="swiper-slide-inner">
<img src="/wp-content/uploads/2025/09/sup.jpg" alt=""><figcaption class="elementor-image-carousel-caption">${s}</figcaption></figure></div>`,
    )
    .join('\n')}
</div><div class="swiper-pagination"></div>`,
)}`,
)}
${sec(
  'e9d1c44',
  `${h('Programme structure')}
${te(structure)}
${w('testimonial', `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${testi}</div></div>`)}`,
)}
${sec(
  '2b6c8f0',
  `${h('Entry requirements')}
${te(entry)}
${h('How to apply')}
${te(apply)}
${w(
  'call-to-action',
  `<div class="elementor-cta" id="apply"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Ready to start your
research?</h2><div class="elementor-cta__description">Browse our funded projects or talk to the postgraduate research team.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/projects">View funded projects</a></div></div></div>`,
)}`,
)}
</main></div>
<div data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer">
${sec(
  '7c3d5e8',
  `${w('text-editor', '<p>Saltmarsh Institute, University of Wendover, Estuary Road, Wendover WD4 1SX</p>')}
${w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(foot, 'menu-item')}</ul></nav>`)}
${w('text-editor', '<p>© 2026 University of Wendover. All rights reserved.</p>')}`,
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised content, and analyse our
traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;

const phd: TestPage = {
  name: 'heldout403-elementor-pgr-degree',
  kind: 'docs',
  html,
  title,
  headings: ['About the programme', 'Research themes', 'Programme structure', 'Entry requirements', 'How to apply'],
  body: texts([...about, ...themes, ...structure, ...entry, ...apply]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...menu, 'Postgraduate research · Full time or part time', 'Apply now', ...counters, 'Meet some of our supervisors', ...sups,
    testi, 'Ready to start your research?', 'Browse our funded projects or talk to the postgraduate research team.', 'View funded projects',
    'Saltmarsh Institute, University of Wendover, Estuary Road, Wendover WD4 1SX', ...foot, '© 2026 University of Wendover. All rights reserved.',
    'We value your privacy', 'We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT403_B2: readonly TestPage[] = [phd];
