import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file f2: a health charity's symptoms page on Drupal 10 (skip link, the emergency alert bar, header with
 * Donate and Get support buttons, the main menu, system breadcrumb block, the node's summary field, paragraph components with an
 * accordion, the helpline call-out, print / PDF links, "Last reviewed" and "Next review due" lines, the trusted-information badge,
 * the feedback block, the donate promo, related pages and the footer with the charity number and cookie banner).
 */
const hTitle = 'Stroke symptoms';
const hHeads = ['Think F.A.S.T.', 'Other symptoms', 'Mini-strokes (TIAs)', 'Why acting fast matters'];
const hSummary = ['A stroke is a medical emergency. If you notice any of these signs in yourself or someone else, call 999 straight away.'];
const hIntro = [
  j(
    'A stroke happens when the blood supply to part of the brain is cut off, either by a clot or by bleeding. Without oxygen, brain',
    'cells begin to die within minutes, which is why the signs come on suddenly.',
  ),
];
const hFast = ['The F.A.S.T. test helps you spot the most common signs:'];
const hFastList = [
  'Face: has their face fallen on one side? Can they smile?',
  'Arms: can they raise both arms and keep them there?',
  'Speech: is their speech slurred, or are they struggling to find words?',
  'Time: if you see any one of these signs, it is time to call 999.',
];
const hOther = ['Stroke can also cause symptoms that the F.A.S.T. test does not pick up. These can include:'];
const hOtherList = [
  'sudden weakness or numbness down one side of the body, including a leg',
  'sudden loss or blurring of vision in one or both eyes',
  'sudden confusion or memory loss',
  'sudden dizziness, unsteadiness or a fall',
  'a sudden, very severe headache unlike any you have had before',
];
const hOther2 = ['Do not wait to see whether these symptoms go away. Call 999 even if you are not sure.'];
const hTia = [
  j(
    'A transient ischaemic attack, or TIA, has the same symptoms as a stroke but they pass within 24 hours, often within minutes.',
    'A TIA is a warning that you are at high risk of a full stroke, so you still need urgent medical help, even if you feel fine again.',
  ),
];
const hWhy = [
  j(
    'Emergency treatments that break up a clot or remove it work best when they are given as early as possible, ideally within a few',
    'hours of symptoms starting. Every minute counts. Note the time the symptoms began, because the hospital team will ask for it.',
  ),
  '"When my husband\'s face dropped at breakfast, I remembered the advert and rang straight away. The doctors said that saved him." Anne, 67',
];
const hMenu = ['About stroke', 'Life after stroke', 'Get support', 'Get involved', 'Research', 'About us'];
const hCrumbs = ['Home', 'About stroke', 'Symptoms'];
const hRelated = ['Types of stroke', 'Risk factors for stroke', 'Caring for someone after a stroke'];
const hFoot = ['Contact us', 'Jobs', 'Accessibility', 'Privacy policy', 'Cookie policy', 'Complaints'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Stroke symptoms | Northern Heart and Stroke Trust</title>
<meta name="description" content="Learn the F.A.S.T. signs of stroke and other symptoms, and what to do if you spot them.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.nhst.example/about-stroke/symptoms">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"gtm":{"tagId":"GTM-X"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Stroke symptoms","lastReviewed":"2025-11-03"}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Yd1x.css"></head>
<body class="path-node page-node-type-information-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="emergency-bar"><p>If you think someone is having a stroke, call 999 immediately.</p></div>
<header role="banner" class="site-header"><div id="block-nhst-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo">Northern Heart and Stroke Trust</a></div>
<div class="header-actions"><a class="button button--donate" href="/donate">Donate</a>
<a class="button button--support" href="/get-support">Get support</a></div>
<nav role="navigation" id="block-nhst-main-menu" class="block block-menu navigation menu--main"><ul class="menu menu--level-1">${links(hMenu, 'menu-item')}
</ul></nav></header>
<div class="region region-breadcrumb"><div id="block-nhst-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>${links(hCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><article data-history-node-id="412"
class="node node--type-information-page node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${hTitle}</span></h1>
<div class="page-tools"><a href="#" onclick="window.print()">Print this page</a><a href="/print/pdf/node/412">Download as PDF</a></div>
<div class="clearfix text-formatted field field--name-field-summary field--type-text-long field--label-hidden field__item">${ps(hSummary)}</div>
<div class="field field--name-field-components field--type-entity-reference-revisions field__items">
<div class="paragraph paragraph--type--text field__item"><div class="text-formatted field--name-field-text">${ps(hIntro)}
<h2>${hHeads[0]}</h2>${ps(hFast)}<ul>${lis(hFastList)}</ul></div></div>
<div class="paragraph paragraph--type--accordion field__item"><details class="accordion-item" open><summary><h2>${hHeads[1]}</h2></summary>
<div class="accordion-body">${ps(hOther)}<ul>${lis(hOtherList)}</ul>${ps(hOther2)}</div></details></div>
<div class="paragraph paragraph--type--callout field__item"><div class="callout callout--helpline"><h3>Talk to us</h3><p>Our Stroke Helpline is
free and confidential: 0808 555 0170.</p><p>Monday to Friday, 9am to 5pm</p></div></div>
<div class="paragraph paragraph--type--text field__item"><div class="text-formatted field--name-field-text"><h2>${hHeads[2]}</h2>${ps(hTia)}
<h2>${hHeads[3]}</h2>${ps(hWhy)}</div></div></div>
<div class="review-dates"><p class="last-reviewed">Last reviewed: 3 November 2025</p><p class="next-review">Next review due: November 2028</p></div>
<div class="trusted-info-badge"><img src="/themes/custom/nhst/images/trusted-info.svg" alt=""><span>Certified Trusted Health Information</span></div>
</article>
<div id="block-nhst-feedback" class="block block-webform"><h2>Was this page helpful?</h2><form class="webform-submission-form"><button>Yes</button>
<button>No</button></form></div>
<div id="block-nhst-donate-promo" class="block block-block-content"><h2>Help us fund the next breakthrough</h2><p>£10 could pay for a helpline
call for someone whose life has just been turned upside down.</p><a class="button" href="/donate">Donate now</a></div>
<div id="block-nhst-related" class="block block-views"><h2>Related pages</h2><ul>${links(hRelated)}</ul></div></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(hFoot)}</ul><p>Northern Heart and Stroke Trust is a registered charity in
England and Wales (1099481) and Scotland (SC047712).</p><p>© 2026 Northern Heart and Stroke Trust</p></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><h2>We use
cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div>
<div class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I agree</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_8Hq2a1.js"></script></body></html>`;
export const charity: TestPage = {
  name: 'heldout295-drupal-health-charity-symptoms-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hSummary, ...hIntro, ...hFast, ...hFastList, ...hOther, ...hOtherList, ...hOther2, ...hTia, ...hWhy]),
  bylines: ['Last reviewed: 3 November 2025', 'Next review due: November 2028'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'If you think someone is having a stroke, call 999 immediately.', 'Northern Heart and Stroke Trust', 'Donate', 'Get support',
    ...hMenu.filter((t) => t !== 'Get support'), 'Home', 'Symptoms', 'Print this page', 'Download as PDF', 'Talk to us',
    'Our Stroke Helpline is free and confidential: 0808 555 0170.', 'Monday to Friday, 9am to 5pm', 'Certified Trusted Health Information',
    'Was this page helpful?', 'Yes', 'Help us fund the next breakthrough',
    '£10 could pay for a helpline call for someone whose life has just been turned upside down.', 'Donate now', 'Related pages', ...hRelated, ...hFoot,
    'Northern Heart and Stroke Trust is a registered charity in England and Wales (1099481) and Scotland (SC047712).', '© 2026 Northern Heart and Stroke Trust',
    'We use cookies on this site to enhance your user experience', 'By clicking any link on this page you are giving your consent for us to set cookies.',
    'OK, I agree', 'No, thanks',
  ],
};
