import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';
import { nextFormulary } from './pages-heldout444-d2.js';

/**
 * Held-out batch 444, file d: a claims how-to on a Drupal 10 site with the Olivero theme (site branding, primary menu,
 * breadcrumb block, node "Updated" field, the body field with numbered steps, a "Need help?" block, the book-style
 * previous / next links, the footer region and the EU Cookie Compliance banner) and, from file d2, a pharmacy benefit
 * formulary lookup page built with Next.js.
 */
const gTitle = 'How to file a claim for out-of-network care';
const gIntro = [
  j(
    'Most of the time your provider sends the claim for you. If you saw a provider outside the Tidewater Mutual network, paid at the time',
    'of service, or got care while travelling abroad, you may need to file the claim yourself to be reimbursed.',
  ),
  'You have 12 months from the date of service to send us a claim. Claims received after that are denied unless you can show a good reason for the delay.',
];
const gNeed = [
  "An itemized bill showing the provider's name, address and tax ID, the date of service, and the diagnosis and procedure codes",
  'Proof of payment, such as a receipt or card statement, if you already paid',
  'The member ID from your insurance card',
  'For care abroad, the bill translated into English and the exchange rate on the date you paid',
];
const gSteps = [
  'Download the Member Reimbursement Form or start a claim in the member portal under <em>Claims &gt; Submit a claim</em>.',
  'Fill in one form per patient and per provider. You can list up to eight dates of service on one form.',
  'Attach the itemized bill and proof of payment. A statement that shows only a balance due cannot be processed.',
  'Sign the form. If the patient is 18 or older, the patient must sign, not the policyholder.',
  'Upload everything in the portal, or mail it to Tidewater Mutual Claims, PO Box 7710, Norfolk Harbor, VA 23599.',
];
const gAfter = [
  j(
    'We process most complete claims within 30 days. You will get an Explanation of Benefits showing the allowed amount, what the plan paid,',
    'and what you owe. Out-of-network care is reimbursed at the allowed amount, not the amount the provider charged, so the payment may be',
    'less than you paid.',
  ),
  j(
    'If we need more information, we will send you a letter, and the 30 days start again when we receive it. If you disagree with the',
    'decision, you can file an appeal within 180 days of the date on the Explanation of Benefits.',
  ),
];
const gMenu = ['Members', 'Employers', 'Providers', 'Find care', 'Forms'];
const gCrumb = ['Home', 'Members', 'Claims & billing'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.tidewatermutual.example/members/claims/out-of-network">
<title>${gTitle} | Tidewater Mutual</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk1mZ3.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Tidewater Mutual</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="button-toggle mobile-nav-button"
aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Main Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1">${links(gMenu, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(gCrumb, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core
block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string">${gTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="412" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="field field--name-field-updated field--type-datetime"><div class="field__label">Updated</div>
<div class="field__item"><time datetime="2026-08-30T12:00:00Z">August 30, 2026</time></div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field__item">
${ps(gIntro)}
<h2>What you need</h2><ul>${lis(gNeed)}</ul>
<h2>Steps to file your claim</h2><ol>${lis(gSteps)}</ol>
<h2>After you file</h2>${ps(gAfter)}
</div></div></article></div></div>
<div class="region region--content-below"><div id="block-needhelp" class="block block-block-content"><h2 class="block__title">Need help?</h2>
<div class="text-content"><p>Call Member Services at 1-800-555-0163 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.</p></div></div>
<nav class="book-navigation" aria-label="Book traversal links"><ul class="book-pager"><li class="book-pager__item book-pager__item--previous">
<a href="/members/claims/check-status">‹ Check the status of a claim</a></li><li class="book-pager__item book-pager__item--next">
<a href="/members/claims/appeals">Appeal a claim decision ›</a></li></ul></nav></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="block">
<ul class="menu">${links(['Language assistance', 'Nondiscrimination notice', 'Privacy', 'Accessibility', 'Site map'])}</ul>
<p>© 2026 Tidewater Mutual Insurance Company. Plans are underwritten by Tidewater Mutual Life and Health.</p></div></div></div></footer>
</div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_Qw8t1V.js"></script></body></html>`;
const drupalClaims: TestPage = {
  name: 'heldout444-drupal-olivero-claims-howto-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['What you need', 'Steps to file your claim', 'After you file'],
  body: texts([...gIntro, ...gNeed, ...gSteps, ...gAfter]),
  bylines: ['Updated', 'August 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main Menu', ...gMenu, ...gCrumb, 'Need help?',
    'Call Member Services at 1-800-555-0163 (TTY 711), Monday to Friday, 8 a.m. to 8 p.m.', '‹ Check the status of a claim', 'Appeal a claim decision ›',
    'Language assistance', 'Nondiscrimination notice', 'Privacy', 'Accessibility', 'Site map',
    '© 2026 Tidewater Mutual Insurance Company. Plans are underwritten by Tidewater Mutual Life and Health.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

export const HELDOUT444_D: readonly TestPage[] = [drupalClaims, nextFormulary];
