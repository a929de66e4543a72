import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';

/**
 * Held-out batch 436, file d2: a legal aid society's service page on Drupal 10 with the Olivero theme (site alert, language
 * switcher, primary nav, breadcrumb, "Last updated" line, an eligibility sidebar block, a hotline call-out, a "Related services"
 * view, the donate and funder footer blocks and an EU Cookie Compliance banner).
 */
const hTitle = 'Eviction Defense for Tenants';
const hH = ['Who we can help', 'What we do', 'How to apply', 'What to bring'];
const hIntro = paras(`
If your landlord has given you a notice to leave or you have received court papers for an eviction, you may be able to get a
free lawyer. We represent low-income tenants in Westmere, Ardley and Holt counties in eviction cases
and in disputes about repairs, deposits and illegal lockouts.

Act quickly. In an eviction case you usually have only five business days after you are served to file a written answer with
the court. If you miss that deadline, the landlord can ask for a default judgment.
`);
const hWho = paras(`
We can usually help if your household income is at or below 200 percent of the federal poverty guidelines and you live in our
service area. We give priority to households with children, older adults, people with disabilities, survivors of domestic
violence and tenants in subsidized housing. Immigration status does not affect your eligibility for most of our housing services.
`);
const hWhat = rows(`
Advice by phone about your rights and the next steps in your case
Help writing and filing an answer to an eviction complaint
Representation at hearings and trials in housing court
Negotiating move-out agreements that protect your rental history
Connecting you with emergency rental assistance programs
`);
const hHow = paras(`
Call our intake line, apply online, or visit the walk-in clinic at the Westmere County Courthouse on Tuesday and Thursday
mornings from 8:30 to 11:30. An intake worker will ask about your income, your household and your case, and will tell you
within two business days whether we can take it.

If you already have a court date in the next week, say so at the start of your call so that we can prioritize your case.
`);
const hBring = rows(`
Any notice your landlord gave you, and the envelope it came in
Court papers, including the summons and complaint
Your lease and any letters or texts with your landlord
Rent receipts, bank records or money order stubs
Proof of income for everyone in your household
`);
const hNav = ['Get Help', 'Housing', 'Family', 'Public Benefits', 'Consumer', 'Volunteer', 'About Us'];
const hRelated = ['Help With Housing Repairs', 'Security Deposit Disputes', 'Emergency Rental Assistance'];
const hFoot = ['Contact Us', 'Careers', 'Accessibility', 'Privacy Policy', 'Non-Discrimination Notice'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://westmerelegalaid.example/services/eviction-defense">
<title>Eviction Defense for Tenants | Westmere Legal Aid Society</title>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agree_button_message":"Accept"}}</script>
<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?sa1x2y">
</head>
<body class="path-node page-node-type-service"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<div class="region region--highlighted"><div class="block block-block-content site-alert"><div class="text-content"><p><strong>Office closure:</strong>
All offices
will be closed on Monday, May 25. The intake line will reopen on Tuesday.</p></div></div></div>
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" aria-expanded="false">Sticky header</button></div><div id="site-header__inner" class="site-header__inner">
<div class="site-header__inner__container container"><div class="region region--header grid-full layout--pass--content-medium">
<div class="site-branding"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Westmere Legal Aid Society</a></div>
<div class="site-branding__slogan">Free civil legal help since 1968</div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button">Main
Menu</button></div><div id="header-nav" class="header-nav"><nav class="primary-nav" aria-labelledby="block-olivero-main-menu-menu">
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(hNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="language-switcher-language-url"><ul class="links"><li><a href="/en">English</a></li><li><a href="/es">Español</a></li><li>
<a href="/vi">Tiếng Việt</a></li></ul></div>
<a class="button button--primary wla-donate" href="/donate">Donate</a></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/"
class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/get-help" class="breadcrumb__link">Get Help</a></li>
<li class="breadcrumb__item"><a href="/housing" class="breadcrumb__link">Housing</a></li></ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${hTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<article data-history-node-id="214" class="node node--type-service node--view-mode-full"><div class="node__content">
<div class="field field--name-field-last-updated"><span class="field__label">Last updated:</span> <time datetime="2026-03-03">March 3, 2026</time></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(hIntro)}
<h2>${hH[0]}</h2>
${ps(hWho)}
<h2>${hH[1]}</h2>
<ul>${lis(hWhat)}</ul>
<h2>${hH[2]}</h2>
${ps(hHow)}
<h2>${hH[3]}</h2>
<ul>${lis(hBring)}</ul>
</div>
<div class="field field--name-field-service-disclaimer"><p>This page gives general information about the law. It is not legal advice about your case.</p></div>
</div></article></div></main>
<aside class="region region--sidebar" role="complementary"><div class="block block-block-content wla-hotline"><h2 class="block__title">Need help now?</h2>
<div class="block__content"><p class="wla-hotline__number">Intake line: 1-555-0166</p><p>Monday to Friday, 9 a.m. to 4 p.m.</p>
<a class="button" href="/apply">Apply Online</a></div></div>
<div class="block block-block-content wla-eligibility"><h2 class="block__title">Check if you qualify</h2><div class="block__content">
<p>Use our two-minute eligibility screener before you call.</p><a href="/screener">Start the screener</a></div></div>
<div class="block block-views block-views-blockrelated-services-block-1"><h2 class="block__title">Related services</h2>
<div class="block__content"><div class="views-element-container"><ul>${links(hRelated, 'views-row')}</ul></div></div></div></aside></div></div></div></div>
</div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block block-block-content">
<p>Westmere Legal Aid Society is a 501(c)(3) nonprofit. Funded in part by the Westmere Bar Foundation and the City of Ardley.</p></div></div>
<div class="region region--footer-bottom grid-full"><nav class="menu--footer"><ul class="menu">${links(hFoot, 'menu__item')}</ul></nav>
<div class="block"><p>© 2026 Westmere Legal Aid Society</p></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text"
class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking Accept, you agree to us doing so.</p>
</div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.5"></script>
</body></html>`;
export const legalAid: TestPage = {
  name: 'heldout436-drupal-olivero-legal-aid-service-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hWho, ...hWhat, ...hHow, ...hBring]),
  bylines: ['Last updated: March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Office closure: All offices will be closed on Monday, May 25. The intake line will reopen on Tuesday.', 
    'Westmere Legal Aid Society', 'Free civil legal help since 1968', 'Main Menu', ...hNav, 'English', 'Español', 'Tiếng Việt', 'Donate',
    'This page gives general information about the law. It is not legal advice about your case.', 'Need help now?', 'Intake line: 1-555-0166',
    'Monday to Friday, 9 a.m. to 4 p.m.', 'Apply Online', 'Check if you qualify', 'Use our two-minute eligibility screener before you call.',
    'Start the screener', 'Related services', ...hRelated,
    'Westmere Legal Aid Society is a 501(c)(3) nonprofit. Funded in part by the Westmere Bar Foundation and the City of Ardley.', ...hFoot,
    '© 2026 Westmere Legal Aid Society', 'We use cookies on this site to enhance your user experience', 'By clicking Accept, you agree to us doing so.',
    'Accept', 'No, thanks',
  ],
};
