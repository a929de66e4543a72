import { links, type TestPage } from './page-kit.js';
import { j, type Sec, secBody, secHeads, secHtml } from './pages-heldout537-kit.js';

/**
 * Held-out batch 537, file b: a borough council's penalty charge notice guide on LocalGov Drupal (a guide page with its
 * contents list and previous / next links); the Squarespace blog post of the pair is in file b2.
 */
const hTitle = 'Challenge a penalty charge notice';
const hSecs: Sec[] = [
  {
    p: [
      j(
        'If you think a penalty charge notice (PCN) was given to you unfairly, you can challenge it. You can do this online, by',
        'post or in person at the Civic Centre. Challenging a PCN does not cost anything.',
      ),
      j(
        'The process has up to three stages: an informal challenge to us, a formal representation once we have written to the',
        'registered keeper, and an appeal to the independent parking adjudicator. Most challenges are settled at the first stage.',
      ),
    ],
  },
  {
    h: 'Before you challenge',
    p: [
      j(
        'If you pay within 14 days of the date the PCN was issued, you pay half the charge. If you challenge within those 14 days',
        'we will freeze the discount while we look at your case, and offer it again for another 14 days if we reject the challenge.',
      ),
      j(
        'If the PCN was sent by post because it was caught on camera, the discount period is 21 days from the date of the notice.',
        'Higher level charges are £110 and lower level charges are £70, before any discount.',
      ),
    ],
  },
  {
    h: 'Reasons you can challenge',
    p: ['You may have grounds to challenge if:'],
    ul: [
      'the signs or road markings were missing, unclear or covered',
      'you were loading or unloading goods and this was allowed where you parked',
      'you were displaying a valid permit, pay and display ticket or Blue Badge',
      'you had paid by phone for the right location but the session did not show on the warden’s handheld',
      'your vehicle had broken down and you could not move it',
      'the vehicle had been stolen before the PCN was issued',
    ],
    after: [
      j(
        'Not knowing the restrictions, being away from the vehicle for only a few minutes or not seeing the warden are not',
        'reasons we can accept on their own.',
      ),
    ],
  },
  {
    h: 'How to make an informal challenge',
    ol: [
      'Find the PCN number. It is 10 characters long and starts with HB.',
      'Look at the photographs the civil enforcement officer took. You can see them online using the PCN number and your vehicle registration.',
      'Gather your evidence, such as a receipt, a copy of your permit, a garage invoice or photographs of the signs.',
      'Fill in the online challenge form and upload your evidence. You will get a reference number by email.',
    ],
    after: [
      j(
        'If you cannot use the online form, write to Parking Services, Haverleigh Civic Centre, Mill Lane, Haverleigh HV1 2AA.',
        'Include the PCN number, the vehicle registration and your address.',
      ),
    ],
  },
  {
    h: 'What happens next',
    p: [
      j(
        'We aim to reply to informal challenges within 28 days. If we accept your challenge, we will cancel the PCN and you',
        'do not need to do anything else. If we reject it, we will tell you why and the discount will be offered again.',
      ),
      j(
        'If you do not pay and we do not hear from you, we will send a Notice to Owner to the registered keeper 28 days after',
        'the PCN was issued. At that point the discount is no longer available.',
      ),
    ],
  },
  {
    h: 'Making a formal representation',
    p: [
      j(
        'You can make a formal representation within 28 days of the date of service of the Notice to Owner, even if you already',
        'made an informal challenge. The reasons you can give are printed on the back of the notice.',
      ),
      j(
        'We must reply within 56 days. If we do not, the PCN is cancelled. If we reject your representation we will send you',
        'a Notice of Rejection with a form to appeal to the adjudicator.',
      ),
    ],
  },
  {
    h: 'Appealing to the adjudicator',
    p: [
      j(
        'The adjudicator is a lawyer who is independent of the council. You have 28 days from the Notice of Rejection to appeal.',
        'You can ask for a decision based on the papers, a telephone hearing or a video hearing.',
      ),
      j(
        'The adjudicator’s decision is final. If the appeal is allowed the PCN is cancelled; if it is refused you must pay the full',
        'charge within 28 days. Appealing is free and the adjudicator cannot increase the charge.',
      ),
    ],
  },
  {
    h: 'If you need help',
    p: [
      j(
        'If English is not your first language, or you need the notice in large print or braille, call Parking Services on',
        '01632 960 418, Monday to Friday 9am to 4pm. We can also arrange a call with an interpreter at no cost to you.',
      ),
    ],
  },
];
const hGuide = ['Parking fines overview', 'Pay a penalty charge notice', 'View the photographs of your vehicle', 'If your vehicle was towed away'];
const hNav = ['Bins and recycling', 'Council tax', 'Housing', 'Parking, roads and travel', 'Planning and building control', 'Jobs'];
const hCrumbs = ['Home', 'Parking, roads and travel', 'Parking fines'];
const hRel = ['Residents’ parking permits', 'Blue Badge parking', 'Report a parking problem'];
const hFoot = ['Contact the council', 'Accessibility statement', 'Cookies', 'Privacy notice', 'Sitemap'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${hTitle} | Haverleigh Borough Council</title><link rel="canonical" href="https://www.haverleigh.gov.example/parking-fines/challenge-pcn">
<meta name="description" content="How to challenge a parking fine, make a formal representation and appeal to the adjudicator.">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t4xk2l"><script>window.localgovCookieConsent={"enabled":true};</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1182"},
"localgov_guides":{"nav":true}}</script>
</head><body class="path-node page-node-type-localgov-guides-page lgd-body"><a href="#main-content"
class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="eu-cookie-compliance-banner" role="dialog" aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><h2>Cookies on our website</h2><p>We use essential cookies to make our website work and
optional cookies to understand how it is used.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential cookies only</button></div></div></div>
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo.svg" alt="Home"></a></div>
<div class="lgd-header__toggles"><button class="lgd-header__toggle" aria-controls="lgd-header__nav--primary" aria-expanded="false">Menu</button></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search"><label for="edit-s" class="visually-hidden">Search this site</label>
<input type="search" id="edit-s" name="s" placeholder="Search"><button type="submit" class="localgov-search__submit">Search</button></form></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary"><ul
class="lgd-header__nav-list">${links(hNav, 'lgd-header__nav-item')}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(hCrumbs)}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<div class="lgd-page-title-block"><span class="lgd-page-title-block__subheader">Parking fines</span><h1 class="lgd-page-title-block__title">
<span class="field field--name-title">${hTitle}</span></h1></div>
<nav class="lgd-guide-nav" aria-label="Guide navigation"><h2 class="lgd-guide-nav__title">Contents</h2><ol class="lgd-guide-nav__list">
${links(hGuide, 'lgd-guide-nav__list-item')}<li class="lgd-guide-nav__list-item"><span aria-current="page">${hTitle}</span></li></ol></nav>
<article role="article" class="localgov-guides-page localgov-guides-page--full"><div class="localgov-guides-page__content">
<div class="field field--name-localgov-guides-body-text field--type-text-with-summary"><div class="lgd-prose">
${secHtml(hSecs)}
</div></div></div>
<nav class="lgd-prev-next" aria-label="Previous and next pages"><ul class="lgd-prev-next__list">
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev"><a href="/parking-fines/photographs" rel="prev">Previous</a></li>
<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next"><a href="/parking-fines/towed" rel="next">Next</a></li></ul></nav>
<div class="field field--name-localgov-page-last-reviewed">Page last reviewed: 3 September 2026</div></article>
<div class="localgov-page-feedback"><form class="webform-submission-form"><h2>Was this page useful?</h2>
<div class="form-radios"><label><input type="radio" name="useful" value="yes"> Yes</label><label><input type="radio" name="useful" value="no"> No</label></div>
<button type="submit" class="webform-button--submit">Send feedback</button></form></div></div></div>
<aside class="lgd-row__one-third"><div class="lgd-region lgd-region--sidebar"><div class="block block-localgov-related-links">
<h2 class="block__title">Related pages</h2><ul>${links(hRel)}</ul></div></div></aside></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner">
<ul class="lgd-footer__nav">${links(hFoot)}</ul><p class="lgd-footer__copyright">© Haverleigh Borough Council 2026</p></div></div></footer></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const haverleigh: TestPage = {
  name: 'heldout537-haverleigh-pcn',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: secHeads(hSecs),
  body: secBody(hSecs),
  bylines: ['Page last reviewed: 3 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on our website', 'We use essential cookies to make our website work and optional cookies to understand how it is used.',
    'Accept all cookies', 'Essential cookies only', 'Menu', 'Search this site', 'Search', ...hNav, 'Breadcrumb', ...hCrumbs, 'Contents',
    ...hGuide, 'Previous', 'Was this page useful?', 'Yes', 'Send feedback', 'Related pages', ...hRel, ...hFoot,
    '© Haverleigh Borough Council 2026',
  ],
};

export const HELDOUT537_B: readonly TestPage[] = [haverleigh];
