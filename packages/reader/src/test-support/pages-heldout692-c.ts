import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout692-kit.js';

/**
 * Held-out batch 692, file c: a direct cremation service page on Webflow (a startup-style funeral company), and a
 * "what to do when someone dies" guide on Drupal 10 (Olivero-based theme) of a regional co-operative funeral society.
 */
const fTitle = 'Direct cremation, done with care';
const fDek = 'One clear price of £1,295. No hidden extras, no pressure, and a person to talk to at every step.';
const fHeads = ['What is included', 'What happens next', 'Saying goodbye your way'];
const fIncl = [
  'Collection from the place of death, anywhere in mainland Britain',
  'Care of your loved one until the cremation',
  'A simple coffin and all crematorium fees',
  "Doctor's paperwork where it is needed",
  'Ashes hand-delivered to your door',
];
const fSteps = [
  'Call us or fill in the form. We will confirm the price in writing within the hour.',
  'We bring your loved one into our care and help with the paperwork.',
  'We agree a date and let you know when the cremation has taken place.',
  'A member of our team brings the ashes to you, usually within three weeks.',
];
const fLast = j(
  'Many families choose direct cremation so they can hold a celebration later, somewhere that meant something. Our guides to',
  'planning a memorial gathering, writing a eulogy and scattering ashes are free for anyone to read.',
);
const fNav = ['How it works', 'Pricing', 'Guides', 'About us'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.quietleaf.co.uk" data-wf-page="65e0b3c1a2f4d80012ab44c1" data-wf-site="65e0b3c1a2f4d80012ab4400" lang="en">
<head><meta charset="utf-8"><title>Direct Cremation | Quietleaf</title><meta content="Direct cremation from £1,295 with collection, care and ashes delivered."
name="description">
<meta content="Direct Cremation | Quietleaf" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow"
name="generator">
<link href="https://assets-global.website-files.com/65e0b3c1a2f4d80012ab4400/css/quietleaf.webflow.shared.4f1c2d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Direct cremation","offers":{"@type":"Offer","price":"1295",
"priceCurrency":"GBP"}}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:2rem}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-collapse="medium" role="banner"><div class="navbar_container">
<a href="/" aria-current="page" class="navbar_logo-link w-nav-brand w--current"><img src="https://assets-global.website-files.com/65e0/quietleaf-logo.svg"
loading="lazy" alt="Quietleaf" class="navbar_logo"></a>
<nav role="navigation" class="navbar_menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="navbar_link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="tel:08081570412" class="button is-small w-button">0808 157 0412</a></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"></div>
</div></div></div>
<main class="main-wrapper"><section class="section_header"><div class="padding-global"><div class="container-large"><div class="header_component">
<div class="header_tag">Direct cremation</div><h1 class="heading-style-h1">${fTitle}</h1><p class="text-size-medium">${fDek}</p>
<div class="button-group"><a href="/arrange" class="button w-button">Arrange now</a><a href="#how" class="button is-secondary w-button">How it works</a></div>
<div class="header_trust"><img src="https://assets-global.website-files.com/65e0/trustpilot-stars.svg" alt="Rated Excellent"><div
class="text-size-small">Rated 4.9 from 1,240 reviews</div></div>
</div></div></div></section>
<section class="section_content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
<h2>${at(fHeads, 0)}</h2><ul role="list">${lis(fIncl)}</ul>
<h2 id="how">${at(fHeads, 1)}</h2><ol role="list">${lis(fSteps)}</ol>
<h2>${at(fHeads, 2)}</h2><p>${fLast}</p></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><div class="cta_component"><h2
class="heading-style-h3">Talk to us, any time</h2>
<p>Our team answers the phone 24 hours a day, 365 days a year.</p><a href="tel:08081570412" class="button w-button">Call 0808 157 0412</a></div></div></div>
</section></main>
<footer class="footer_component"><div class="padding-global"><div class="footer_top-wrapper"><div class="footer_link-list"><div
class="footer_heading">Company</div>
<a href="/about-us" class="footer_link">About us</a><a href="/careers" class="footer_link">Careers</a><a href="/press" class="footer_link">Press</a></div>
<div class="footer_link-list"><div class="footer_heading">Help</div><a href="/guides" class="footer_link">Guides</a><a href="/faq" class="footer_link">FAQs</a>
<a href="/complaints" class="footer_link">Complaints</a></div></div><div class="footer_bottom-wrapper"><div
class="footer_credit-text">© 2026 Quietleaf Ltd. Company no. 14870355</div>
<a href="/privacy" class="footer_legal-link">Privacy Policy</a></div></div></footer></div>
<div class="cookie_banner" fs-cc="banner"><div class="cookie_text">We use cookies to improve your experience. <a href="/privacy"
class="cookie_link">Learn more</a></div>
<a fs-cc="allow" href="#" class="cookie_button w-button">Accept</a><a fs-cc="deny" href="#" class="cookie_button is-secondary w-button">Reject</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0b3c1a2f4d80012ab4400" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65e0b3c1a2f4d80012ab4400/js/webflow.7c2d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout692-direct-cremation-webflow',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([fDek, ...fIncl, ...fSteps, fLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'Guides'), '0808 157 0412', 'Arrange now', 'Rated 4.9 from 1,240 reviews', 'Talk to us, any time',
    'Our team answers the phone 24 hours a day, 365 days a year.', 'Call 0808 157 0412', 'Company', 'Careers', 'Press', 'FAQs',
    'Complaints', '© 2026 Quietleaf Ltd. Company no. 14870355', 'Privacy Policy', 'We use cookies to improve your experience. Learn more', 'Accept',
    'Reject',
  ],
};

const dTitle = 'What to do when someone dies';
const dSummary = 'A step-by-step guide for the first days after a death, from the people who have been helping families in the Calder Vale since 1894.';
const dSec: [string, string[]][] = [
  [
    'In the first few hours',
    [
      j(
        "If the death happens at home and was expected, ring the doctor's surgery or, at night and at weekends, the NHS 111 service.",
        'A doctor or nurse will come to confirm that death has occurred. You can then call us, whatever the hour, and we will come to',
        'your home. You do not need to have chosen a funeral director in advance, and calling us does not commit you to anything.',
      ),
      j(
        'If the death happens in hospital or a hospice, the staff will look after your loved one and explain what happens next. The',
        "hospital's bereavement office will usually ask you to telephone them the next working day.",
      ),
      j(
        'If the death was sudden, unexpected or the result of an accident, call 999. The police act on behalf of the coroner and will',
        'arrange for the person to be taken to a hospital mortuary. This is routine and does not mean that anyone is under suspicion.',
      ),
    ],
  ],
  [
    'The medical certificate',
    [
      j(
        'Before a death can be registered, a doctor must complete a Medical Certificate of Cause of Death. Since 2024 every certificate',
        'is also reviewed by a medical examiner, an independent senior doctor who may telephone you to explain the cause of death and to',
        'ask whether you have any concerns about the care your relative received.',
      ),
      j(
        'The certificate is sent straight to the register office by email. You will not normally be given a paper copy, and you do not',
        'need to collect anything from the surgery or hospital.',
      ),
    ],
  ],
  [
    'Registering the death',
    [
      j(
        'In England and Wales a death should be registered within five days. Most register offices in Calder Vale now book appointments',
        'online or by telephone. The appointment takes about thirty minutes. Take with you, if you have them:',
      ),
    ],
  ],
  [
    'When the coroner is involved',
    [
      j(
        "About four deaths in ten are reported to the coroner. Often the coroner's officer simply speaks to the family doctor and",
        'agrees that the death was natural, and registration can go ahead within a few days. If a post-mortem examination is needed,',
        'it will usually take place within a week.',
      ),
      j(
        'If the coroner opens an inquest, they will issue an interim certificate so that you can deal with the bank and the estate,',
        'and the funeral can normally still take place before the inquest is heard.',
      ),
    ],
  ],
  [
    'Planning the funeral',
    [
      j(
        'There is no legal requirement to hold a funeral service, to use a funeral director or to be buried or cremated within a set',
        'time. Most funerals in the Calder Vale take place two to three weeks after the death. Before you meet us, it may help to look',
        'for a will or a funeral plan, and to think about whether the person ever said what they wanted.',
      ),
      j(
        'Our funeral arrangers will meet you at home or at any of our eleven branches. We will give you a written estimate before',
        'anything is booked, and as members of the Society you will receive a dividend on the cost of the funeral.',
      ),
    ],
  ],
  [
    'Telling people and organisations',
    [
      j(
        'The Tell Us Once service lets you tell most government departments about a death in one go. The registrar will give you a',
        'reference number at the appointment. You will still need to contact banks, building societies, pension providers, utility',
        'companies and the landlord or mortgage lender yourself.',
      ),
    ],
  ],
  [
    'Looking after yourself',
    [
      j(
        "Grief does not follow a timetable. Our bereavement support group meets on the first Tuesday of every month at the Society's",
        'hall in Lowbridge, and anyone is welcome whether or not we arranged the funeral. If you would rather talk to someone in',
        'private, our aftercare team can put you in touch with trained counsellors in your area.',
      ),
    ],
  ],
];
const dTake = [
  "the person's birth certificate and NHS number, if you can find them",
  'their marriage or civil partnership certificate',
  'proof of their address, such as a council tax bill',
  'any blue badge or passport they held',
];
const dGive = j(
  'The registrar will give you the certificate for burial or cremation, known as the green form, which you should pass to',
  'us as soon as you can, and certified copies of the death certificate, which cost £12.50 each.',
);
const dNav = ['Food', 'Funeralcare', 'Travel', 'Membership', 'Community'];
const dCrumbs = ['Home', 'Funeralcare', 'Help and advice'];
const dSide = ['Arranging a funeral', 'Funeral plans', 'Grief and bereavement', 'Our funeral homes', 'Memorial masonry'];
const dSecHtml = dSec
  .map(([h, paras], i) => {
    const extra = i === 2 ? `<ul>${lis(dTake)}</ul>\n<p>${dGive}</p>` : '';
    return `<h2 id="section-${i + 1}">${h}</h2>\n${ps(paras)}${extra}`;
  })
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical"
href="https://www.caldervale.coop/funeralcare/help/what-to-do-when-someone-dies">
<title>What to do when someone dies | Calder Vale Co-operative Society</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"What to do when someone dies",
"dateModified":"2026-01-20"}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2lT9.css?delta=0&amp;language=en&amp;theme=cvcs_olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-advice-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__inner">
<div class="site-branding"><a href="/" rel="home" class="site-branding__name">Calder Vale Co-op</a></div>
<nav role="navigation" aria-labelledby="primary-menu" id="block-cvcs-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden" id="primary-menu">Main navigation</h2><ul
class="menu primary-nav__menu primary-nav__menu--level-1">${links(dNav, 'menu-item primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" id="search-block-form">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." type="search" id="edit-keys" name="keys">
<input type="submit" value="Search" class="button js-form-submit form-submit"></form></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div>
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--content-above grid-full">
<div id="block-cvcs-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-cvcs-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="412"
class="node node--type-advice-page node--view-mode-full">
<div class="node__content"><div class="field field--name-field-summary field--type-string-long"><p class="lead">${dSummary}</p></div>
<div class="field field--name-field-on-this-page"><nav class="toc" aria-label="On this page"><h2 class="toc__title">On this page</h2><ol>
${dSec.map(([h], i) => `<li><a href="#section-${i + 1}">${h}</a></li>`).join('\n')}</ol></nav></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary">
${dSecHtml}
</div><div class="field field--name-field-last-reviewed"><div class="field__label">Last reviewed</div><div class="field__item"><time
datetime="2026-01-20T12:00:00Z">20 January 2026</time></div></div>
<div class="field field--name-field-printable"><a href="javascript:window.print()" class="button button--small">Print this page</a></div></div></article>
</div></div></main>
<aside class="region region--sidebar" role="complementary"><div class="block block-menu navigation menu--funeralcare"><h2 class="block__title">Funeralcare</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></div>
<div class="block block-block-content block-content--contact-card"><h2 class="block__title">We are here 24 hours a day</h2><div class="field field--name-body">
<p>Call 01632 960 123 at any time, or visit your nearest funeral home.</p></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><nav class="block block-menu menu--footer">
<ul class="menu">${links(['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'], 'menu__item')}</ul></nav></div>
<div class="region region--footer-bottom"><p>Calder Vale Co-operative Society Limited is a registered society, number 1982R.</p></div></div></footer></div>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-describedby="popup-text">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site</h2>
<p>Some cookies are essential; others help us improve the site.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div>
<script src="/sites/default/files/js/js_b3sEo1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=cvcs_olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout692-when-someone-dies-drupal',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dSec.map(([h]) => h),
  body: texts([dSummary, ...dSec.flatMap(([, paras], i) => (i === 2 ? [...paras, ...dTake, dGive] : paras))]),
  bylines: ['Last reviewed', '20 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Calder Vale Co-op', ...dNav, 'Help and advice', 'On this page', 'Print this page', ...dSide, 'We are here 24 hours a day',
    'Call 01632 960 123 at any time, or visit your nearest funeral home.', 'Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings',
    'Modern slavery statement', 'Calder Vale Co-operative Society Limited is a registered society, number 1982R.', 'We use cookies on this site',
    'Some cookies are essential; others help us improve the site.', 'Accept all cookies', 'Essential only',
  ],
};

export const HELDOUT692_C: readonly TestPage[] = [webflow, drupal];
