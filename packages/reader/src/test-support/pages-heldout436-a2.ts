import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';

/** Held-out batch 436, file a2: a lawyer's profile page built with Elementor (see file a). */
const bTitle = 'Marisol Quintero-Blake';
const bH = ['About Marisol', 'Representative Matters', 'Education', 'Bar Admissions', 'Professional Activities'];
const bAbout = paras(`
Marisol Quintero-Blake represents employees in wage, discrimination and retaliation cases before state and federal courts
and the Vell Valley Labor Commission. She founded the firm in 2014 after nine years at a union-side litigation practice, with
the idea that workers in restaurants, warehouses and home care should have the same quality of counsel as their employers.

Marisol is known for preparing every case as if it will be tried. She speaks with clients in English and Spanish, meets them
after their shifts when that is the only time they can, and explains each step in plain language. Roughly a third of her
practice is class and collective actions for unpaid overtime; the rest is individual claims, often by workers who were fired
days after raising a safety complaint.

Outside the office she coaches the mock trial team at Eastgate High School and volunteers at the Tuesday evening workers'
rights clinic run by the Vell Valley Bar Foundation.
`);
const bMatters = rows(`
Obtained a $3.2 million settlement for 240 warehouse workers denied pay for mandatory security screenings
Won a jury verdict for a home health aide terminated after reporting unsafe patient ratios
Secured reinstatement and back pay for a line cook fired for organizing a heat-safety petition
Resolved a pregnancy discrimination claim against a regional grocery chain, including a revised leave policy
`);
const bEdu = rows(`
J.D., magna cum laude, Halvorsen University School of Law, 2005
B.A., Sociology and Spanish, Marlow College, 2001
`);
const bBar = rows(`
State Bar of Calder, 2005
United States District Court for the Northern District of Calder
United States Court of Appeals for the Eleventh Circuit
`);
const bPro = paras(`
Marisol serves on the board of the Calder Employment Lawyers Association and chaired its wage-and-hour committee from 2020 to
2023. She teaches a seminar on employment litigation as an adjunct professor at Halvorsen University and has written for the
Calder Bar Journal on arbitration agreements in low-wage work.
`);
const bNav = ['Home', 'Our Team', 'Practice Areas', 'Wage Theft', 'Discrimination', 'Retaliation', 'Resources', 'Contact Us'];
const bTeam = ['Owen Feld, Partner', 'Priya Ramaswamy, Associate', 'Tomasz Hilt, Senior Paralegal'];
const bQuote = 'Marisol believed me when nobody else at the company would. She never made me feel like just a case number.';
const bHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marisol Quintero-Blake | Employment Lawyer | Quintero Blake Law</title>
<meta name="description" content="Marisol Quintero-Blake is the founding partner of Quintero Blake Law, representing employees in wage and discrimination
cases.">
<meta property="og:type" content="profile"><meta property="og:image" content="https://qblaw.example/wp-content/uploads/2025/09/marisol-qb.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Marisol Quintero-Blake","jobTitle":"Founding Partner",
"worksFor":{"@type":"LegalService","name":"Quintero Blake Law"},"alumniOf":"Halvorsen University School of Law"}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-881-css" href="/wp-content/uploads/elementor/css/post-881.css" media="all">
</head>
<body class="page-template page-template-elementor_header_footer page page-id-881 elementor-default elementor-template-full-width elementor-page
elementor-page-881">
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a2c0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-25 elementor-top-column">
<div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><a href="/"><img src="/logo-qb.svg"
alt="Quintero Blake Law"></a></div>
</div></div><div class="elementor-column elementor-col-75 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-2a4c" class="elementor-nav-menu">${links(bNav, 'menu-item')}</ul></nav></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link" href="tel:5550193">
<span class="elementor-button-text">Call (555) 0193</span></a></div></div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="881" class="elementor elementor-881">
<section class="elementor-section elementor-top-section elementor-element elementor-element-9b7e1d2 qb-profile-hero" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-33 elementor-top-column">
<div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container">
<img src="/wp-content/uploads/2025/09/marisol-qb.jpg"
alt="Marisol Quintero-Blake"></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Direct: (555) 0193 ext. 2</span></li>
<li class="elementor-icon-list-item"><a href="mailto:mqb@qblaw.example"><span class="elementor-icon-list-text">mqb@qblaw.example</span></a></li>
<li class="elementor-icon-list-item"><a href="/vcard/marisol.vcf"><span class="elementor-icon-list-text">Download vCard</span></a></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Languages: English, Spanish</span></li></ul></div></div>
</div></div><div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${bTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<p class="elementor-heading-title elementor-size-small">Founding Partner, Employment Litigation</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">${bH[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(bAbout)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">${bH[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(bMatters)}</ul>
<p class="qb-small"><em>Prior results do not guarantee a similar outcome.</em></p></div></div>
<section class="elementor-section elementor-inner-section elementor-element"><div class="elementor-container">
<div class="elementor-column elementor-col-50 elementor-inner-column">
<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title">${bH[2]}</h3></div></div><div class="elementor-element elementor-widget elementor-widget-icon-list">
<div class="elementor-widget-container">
<ul class="elementor-icon-list-items">${bEdu
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span>
</li>`,
  )
  .join('\n')}</ul>
</div></div></div></div><div class="elementor-column elementor-col-50 elementor-inner-column"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title">${bH[3]}</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${bBar.map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`).join('\n')}</ul></div></div>
</div></div></div></section>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">${bH[4]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(bPro)}</div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element qb-testimonials"><div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel"><div class="swiper"><div class="swiper-wrapper">
<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__text">${bQuote}</div>
<cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Former client, wage claim</span></cite></div></div></div>
<div class="swiper-pagination"></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element qb-team-rail"><div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">Meet the Team</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><ul class="elementor-posts-container">${links(bTeam, 'elementor-post')}</ul></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Were you
treated unfairly at work?</h2><div class="elementor-cta__description">Talk to us before you sign a severance agreement.</div>
<a class="elementor-cta__button elementor-button" href="/contact-us/">Schedule a Confidential Call</a></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-widget-text-editor"><p>Quintero Blake Law, 55 Foundry Lane, Vell Valley</p>
<p>This website is attorney advertising. Contacting us does not create an attorney-client relationship.</p>
<p>© 2026 Quintero Blake Law. All rights reserved.</p></div></div></div></section></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice">
<p>We use cookies to give you the best experience on our website.</p></div><div class="moove-gdpr-button-holder">
<button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button><button class="mgbutton moove-gdpr-infobar-reject-btn">Reject</button>
<button class="mgbutton moove-gdpr-infobar-settings-btn">Settings</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":881}};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script>
</body></html>`;
export const profile: TestPage = {
  name: 'heldout436-elementor-lawyer-profile-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bAbout, ...bMatters, ...bEdu, ...bBar, ...bPro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Call (555) 0193', 'Direct: (555) 0193 ext. 2', 'mqb@qblaw.example', 'Download vCard', 'Languages: English, Spanish',
    'Founding Partner, Employment Litigation', 'Prior results do not guarantee a similar outcome.', bQuote, 'Former client, wage claim', 'Meet the Team',
    ...bTeam, 'Were you treated unfairly at work?', 'Talk to us before you sign a severance agreement.', 'Schedule a Confidential Call',
    'Quintero Blake Law, 55 Foundry Lane, Vell Valley', 'This website is attorney advertising. Contacting us does not create an attorney-client relationship.',
    '© 2026 Quintero Blake Law. All rights reserved.', 'We use cookies to give you the best experience on our website.', 'Accept', 'Reject', 'Settings',
  ],
};
