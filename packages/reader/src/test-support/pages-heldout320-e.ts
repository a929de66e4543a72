import { links, ps, type TestPage, texts } from './page-kit.js';
import { newspack } from './pages-heldout320-e2.js';
import { j } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file e: a research centre's report landing page built with Elementor on WordPress (an Elementor Pro
 * header template with nav menu, sections of heading, text-editor, icon-list, button and image widgets, a "Related reports"
 * posts widget, a form widget for the newsletter, the footer template and the Complianz cookie banner): a short main text
 * and, from file e2, an alumni magazine feature on the Newspack theme.
 */
const eTitle = 'Commuting on Empty: Student Travel Costs in the Lower Arden Valley';
const eIntro = [
  j(
    "One in four undergraduates at the valley's three universities now lives more than 25 kilometres from campus, most of them",
    'because rents near campus have risen faster than student loans. This report, based on a survey of 2,140 students and',
    'travel diaries from 180 of them, asks what that distance costs in money, time and learning.',
  ),
  j(
    'We find that long-distance commuters spend an average of 9.5 hours a week travelling, miss more early and late classes,',
    'and are less likely to use libraries, labs and student services outside their timetabled hours. The costs fall hardest on',
    'students who work part-time and on those with caring responsibilities.',
  ),
  j(
    'The survey ran in October and November 2025 and was open to all undergraduates; the diaries were kept for one teaching week',
    'by a sample chosen to match the survey by distance, course and year of study.',
  ),
];
const eFindings = [
  'Students commuting more than 25 km spend a median of 71 pounds a month on travel, about 12% of their maintenance loan.',
  'Four in ten say they have missed a class because of a cancelled or late bus or train in the past term.',
  'Commuters are half as likely as students living near campus to use the library after 6pm.',
  'Cheaper fares alone do not close the gap: timetables that stop at 7pm matter as much as prices.',
];
const eRecs = [
  j(
    'The report sets out six recommendations for universities, transport authorities and the regional government. They include a',
    'valley-wide student fare cap, later evening services on the two busiest routes, and timetabling rules that avoid placing',
    'compulsory sessions at 9am and 6pm on the same day.',
  ),
  j(
    'We also recommend that universities collect term-time addresses in a way that lets them see how far students travel, so that',
    'support can be planned for the students who need it rather than assumed from where they lived before they enrolled.',
  ),
];
const eNav = ['About', 'Research', 'Reports', 'Data', 'Events', 'News', 'Contact'];
const eRelated = [
  'Renting While Studying: The 2025 Housing Survey',
  'Working Through University: Part-Time Jobs and Grades',
  'Who Stays Home? Local Study Choices',
];
const eFoot = ['Privacy Policy', 'Accessibility', 'Cookie Policy'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${id} elementor-section-boxed elementor-section-height-default${cls}" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element"
data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Arden Centre for Student Life</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ardencentre.example.ac.uk/reports/commuting-on-empty/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2026-02-19T10:00:00+00:00","dateModified":"2026-02-24T15:12:40+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://ardencentre.example.ac.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6">
<link rel="stylesheet" id="elementor-post-412-css" href="https://ardencentre.example.ac.uk/wp-content/uploads/elementor/css/post-412.css?ver=1740410000">
<meta name="generator" content="Elementor 3.27.6; features: e_font_icon_svg; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '5a1c',
  `${w('2b7e', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/05/arden-logo.svg" alt="Arden Centre for Student Life"></a>')}
${w(
  '6c0d',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal" aria-label="Menu">
<ul id="menu-1-6c0d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}`,
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec(
  '3fa2',
  `${w('9e10', 'heading', '<span class="elementor-heading-title elementor-size-small">Report | February 2026</span>')}
${w('1d4b', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('77c3', 'heading', '<p class="elementor-heading-title elementor-size-default">Dr. Farah Lindgren and Owen Petrakis</p>')}
${w('0a5e', 'text-editor', ps(eIntro))}
${w(
  'c3d1',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="/wp-content/uploads/2026/02/commuting-on-empty.pdf"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">
Download the full report (PDF, 2.4 MB)</span></span></a></div>`,
)}
${w(
  'c3d2',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="/wp-content/uploads/2026/02/commuting-on-empty-summary.pdf"><span class="elementor-button-text">Read the two-page summary</span></a></div>`,
)}`,
  ' hero-section',
)}
${sec(
  '8b44',
  `${w('4f2a', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Key findings</h2>')}
${w(
  'e91b',
  'icon-list',
  `<ul class="elementor-icon-list-items">
${eFindings
  .map(
    (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check">
</svg></span><span class="elementor-icon-list-text">${f}</span></li>`,
  )
  .join('\n')}</ul>`,
)}
${w(
  '5d60',
  'image',
  `<figure class="wp-caption"><img width="800" height="450" src="/wp-content/uploads/2026/02/commute-map.png" class="attachment-large size-large"
alt="Map of student commuting distances"><figcaption class="widget-image-caption wp-caption-text">Where survey respondents travel from, by
postcode district. Source: Arden Centre student travel survey, 2025.</figcaption></figure>`,
)}
${w('2c8e', 'heading', '<h2 class="elementor-heading-title elementor-size-default">What we recommend</h2>')}
${w('a7b1', 'text-editor', ps(eRecs))}`,
)}
${sec(
  '61f0',
  `${w('0c9d', 'heading', '<h3 class="elementor-heading-title elementor-size-default">Related reports</h3>')}
${w(
  'b2e7',
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eRelated
  .map(
    (r) => `<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="/reports/">${r}</a></h3><a class="elementor-post__read-more" href="/reports/" aria-label="Read more about ${r}">Read more »</a></div></article>`,
  )
  .join('\n')}
</div>`,
)}
${w(
  'f4a3',
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper">
<p class="elementor-field-label">Get our research in your inbox once a month.</p><input size="1" type="email" name="form_fields[email]"
class="elementor-field elementor-size-sm" placeholder="Email address" required><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-text">Subscribe</span></button></div></form>`,
)}`,
  ' related-section',
)}</div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer">
${sec(
  '7e02',
  `${w('33a1', 'text-editor', '<p>Arden Centre for Student Life, Hollin Building, Arden University, Lower Arden</p>')}
${w('33a2', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`)}
${w('33a3', 'text-editor', '<p>© 2026 Arden Centre for Student Life. Registered charity no. 1188420.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message" id="cmplz-message-1-optin">We use cookies to measure how our reports are read. You can accept or deny these cookies.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ardencentre.example.ac.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.6" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout320-elementor-research-report-landing',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Key findings', 'What we recommend'],
  body: texts([...eIntro, ...eFindings, ...eRecs]),
  bylines: ['Report | February 2026', 'Dr. Farah Lindgren and Owen Petrakis'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Download the full report (PDF, 2.4 MB)', 'Read the two-page summary',
    'Where survey respondents travel from, by postcode district. Source: Arden Centre student travel survey, 2025.', 'Related reports', ...eRelated,
    'Read more »', 'Get our research in your inbox once a month.', 'Subscribe',
    'Arden Centre for Student Life, Hollin Building, Arden University, Lower Arden',
    ...eFoot, '© 2026 Arden Centre for Student Life. Registered charity no. 1188420.', 'Manage Cookie Consent',
    'We use cookies to measure how our reports are read. You can accept or deny these cookies.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT320_E: readonly TestPage[] = [elementor, newspack];
