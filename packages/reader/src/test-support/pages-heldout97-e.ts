import { links, type TestPage, texts } from './page-kit.js';
import { stateAgencyPage } from './pages-heldout97-e2.js';

/**
 * Held-out batch 97, file e: a GOV.UK style guidance page built with govuk-frontend and the publishing components on an
 * invented government's site (the cookie banner with its hidden confirmation, skip link, the super navigation header with
 * its hidden menu, breadcrumbs, the "Guidance" caption and h1, the lead paragraph, the "From:", "Published" and "Last
 * updated" metadata with "See all updates", the "Contents" list, the govspeak text with an inset and a call-out, "Print
 * this page", the published dates with the hidden change history, "Back to top", the contextual sidebar, "Is this page
 * useful?" with its hidden "Report a problem" form and the footer) and, from file e2, a US state agency service page.
 */
const gvTitle = 'Prepare your property for flooding';
const gvLead = 'How to prepare your home or business for flooding, and what to do if your property floods.';
const gvH = ['Check your flood risk', 'Make a flood plan', 'Protect your property', 'If your property floods', 'Get help after a flood'];
const gvRisk = [
  'You can <a href="/check-long-term-flood-risk">check the long term flood risk</a> for your area online. The service shows the ' +
    'risk from rivers, the sea, surface water and some reservoirs.',
  'If you live in an area at risk, <a href="/sign-up-for-flood-warnings">sign up for flood warnings</a>. You’ll get a free ' +
    'message by phone, text or email when flooding is expected.',
];
const gvPlan = [
  'A flood plan sets out what you’ll do before, during and after a flood. Write it down and keep it somewhere easy to find. It ' + 'should include:',
];
const gvPlanList = [
  'how to turn off your gas, electricity and water supplies',
  'a list of useful phone numbers, including your insurer and your local council',
  'where you’ll go if you need to leave your home, and how you’ll get there',
  'which valuables and documents you’ll move upstairs or take with you',
];
const gvInset = 'Businesses can use a separate template to make a flood plan for their premises and staff.';
const gvProtect = [
  'Property flood resilience measures can reduce the damage floodwater causes and help you get back into your property sooner. ' +
    'They include flood doors, barriers for doors and airbricks, and non-return valves on drains.',
  'Get advice from a qualified surveyor before you buy any products. Look for products that have been independently tested to ' + 'the relevant standard.',
  'Some insurers offer lower premiums if you have installed flood resilience measures. Tell your insurer about any work you do.',
];
const gvFloods = [
  'Follow the advice of the emergency services and leave your home if you’re told to. Do not walk, swim or drive through ' +
    'floodwater. Just 30cm of flowing water is enough to float a car.',
  'Turn off your gas, electricity and water if it’s safe to do so. Do not touch electrical switches if you’re standing in water.',
];
const gvCallout = 'Call 999 if you’re in immediate danger.';
const gvHelp = [
  'Contact your insurer as soon as you can. Take photos of the damage and keep anything you need to throw away until your ' +
    'insurer has seen it, if it’s safe to do so.',
  'Your local council may be able to help with temporary housing, clearing up and disposing of damaged goods. You might also be ' +
    'able to get help with council tax or business rates while your property is being repaired.',
];
const gvCookie = [
  'Cookies on GOV.ALB',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.ALB, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'You’ve accepted additional cookies. You can change your cookie settings at any time.',
  'Hide cookie message',
];
const gvMenu = [
  'Benefits',
  'Business and self-employed',
  'Childcare and parenting',
  'Environment and countryside',
  'Housing and local services',
  'Departments',
  'News',
  'Guidance and regulation',
  'Research and statistics',
];
const gvCrumbs = ['Home', 'Environment', 'Flooding and coastal change'];
const gvHistory = ['1 October 2025', 'Updated the advice on property flood resilience products.', '3 May 2024', 'First published.'];
const gvSide = [
  'Related content',
  'Flood warnings: what they are and what to do',
  'Get help with flood recovery',
  'Explore the topic',
  'Flooding and coastal change',
];
const gvFeedback = [
  'Is this page useful?',
  'Maybe',
  'Yes this page is useful',
  'No this page is not useful',
  'Report a problem with this page',
  'Help us improve GOV.ALB',
  'Don’t include personal or financial information like your National Insurance number or credit card details.',
  'What were you doing?',
  'What went wrong?',
  'Send',
  'Cancel',
];
const gvFootHelp = 'Help';
const gvFoot = ['Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gvLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const gvPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const gvH2 = (i: number): string => `<h2 id="${(gvH[i] as string).toLowerCase().replace(/ /g, '-')}">${gvH[i]}</h2>`;
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>Prepare your property for flooding - GOV.ALB</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation" content="Rivers and Coast Agency">
<meta name="description" content="${gvLead}"><meta property="og:title" content="${gvTitle}">
<link rel="canonical" href="https://www.gov.alb.example/guidance/prepare-your-property-for-flooding">
<link rel="stylesheet" href="/assets/frontend/application-6d2a1b.css"><script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"headline":"${gvTitle}","datePublished":"2024-05-03T09:30:00+01:00","dateModified":"2025-10-01T14:12:00+01:00","author":{"@type":"Organization",
"name":"Rivers and Coast Agency"}}</script></head>
<body class="gem-c-layout-for-public govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype
? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.ALB">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.ALB">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">${gvCookie[0]}</h2>
<div class="govuk-cookie-banner__content">${gvPs(gvCookie.slice(1, 4))}</div></div></div><div class="govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true">${gvCookie[4]}</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">${gvCookie[5]}</button><a class="govuk-link" href="/help/cookies">${gvCookie[6]}</a>
</div></div>
<div class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1" hidden>
<p class="gem-c-cookie-banner__confirmation-message">${gvCookie[7]}</p>
<div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true">${gvCookie[8]}</button></div></div>
</div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="gem-toggle"><div class="gem-c-layout-super-navigation-header__container
govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo" href="/"><span class="govuk-visually-hidden">GOV.ALB</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2>
<button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button"
type="button">Menu</button><div id="super-navigation-menu" hidden><ul>${links(gvMenu)}</ul></div>
<button aria-controls="super-search-menu" aria-expanded="false" type="button"><span class="govuk-visually-hidden">Search GOV.ALB</span></button></nav>
</div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">
${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gvLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/rivers-and-coast-agency"
class="govuk-link">Rivers and Coast Agency</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">3 May 2024</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">1 October 2025 <a href="#full-publication-update-history"
class="govuk-link">— See all updates</a></dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">
${gvH.map((h) => `<li class="gem-c-contents-list__list-item"><a class="govuk-link" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}
</ol></nav><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${gvH2(0)}
${gvPs(gvRisk)}
${gvH2(1)}
${gvPs(gvPlan)}
<ul>${gvPlanList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div role="note" aria-label="Information" class="application-notice info-notice"><p>${gvInset}</p></div>
${gvH2(2)}
${gvPs(gvProtect)}
${gvH2(3)}
<div class="call-to-action"><p>${gvCallout}</p></div>
${gvPs(gvFloods)}
${gvH2(4)}
${gvPs(gvHelp)}
</div></div>
<div class="gem-c-print-link govuk-!-display-none-print">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
<div class="gem-c-published-dates" id="full-publication-update-history" data-module="gem-toggle">Published 3 May 2024<br>Last updated 1 October 2025
<a href="#full-history" class="govuk-link" data-controls="full-history" aria-expanded="false">+ show all updates</a>
<div class="gem-c-published-dates__change-history
js-hidden" id="full-history"><ol class="gem-c-published-dates__list">
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date">${gvHistory[0]}</time>
<p class="gem-c-published-dates__change-note">${gvHistory[1]}</p></li><li class="gem-c-published-dates__change-item"><time>${gvHistory[2]}</time>
<p class="gem-c-published-dates__change-note">${gvHistory[3]}</p></li></ol></div></div>
<div class="gem-c-back-to-top-link"><a class="govuk-link" href="#contents">Back to top</a></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 class="gem-c-related-navigation__main-heading">
${gvSide[0]}</h2><ul>${links(gvSide.slice(1, 3))}</ul><h3 class="gem-c-related-navigation__sub-heading">${gvSide[3]}</h3><ul>${links(gvSide.slice(4))}</ul>
</div>
</div></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt" tabindex="-1"><div
class="gem-c-feedback__prompt-content"><h2 class="gem-c-feedback__prompt-question">${gvFeedback[0]}</h2><ul class="gem-c-feedback__option-list">
<li><button class="govuk-button gem-c-feedback__prompt-link" type="button">${gvFeedback[1]}</button></li>
<li><button class="govuk-button gem-c-feedback__prompt-link" type="button">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
<li><button class="govuk-button gem-c-feedback__prompt-link" type="button">No <span class="govuk-visually-hidden">this page is not useful</span></button></li>
</ul></div><div class="gem-c-feedback__prompt-content"><button class="govuk-button gem-c-feedback__prompt-link" type="button">${gvFeedback[4]}</button>
</div></div>
<form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form" hidden><h3 class="gem-c-feedback__form-heading">
${gvFeedback[5]}</h3><p>${gvFeedback[6]}</p><label class="govuk-label" for="input-a">${gvFeedback[7]}</label><input id="input-a" class="govuk-input">
<label class="govuk-label" for="input-b">${gvFeedback[8]}</label><input id="input-b" class="govuk-input">
<button class="govuk-button" type="submit">${gvFeedback[9]}
</button><button class="govuk-button govuk-button--secondary" type="button">${gvFeedback[10]}</button></form></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links([gvFootHelp, ...gvFoot], 'govuk-footer__inline-list-item')}</ul>
<div class="govuk-footer__meta-custom">${gvLicence}</div>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></footer>
<script type="module" src="/assets/frontend/application-9b1d2c.js"></script></body></html>`;
const govGuidance: TestPage = {
  html: gvHtml,
  name: 'heldout97-gov-uk-guidance-page',
  kind: 'docs',
  // the lead paragraph is body; the inset and the call-out are part of the guidance (body); "From:" with the organisation,
  // "Published" and "Last updated" dates are bylines; the "Guidance" caption, the contents list's title (its entries repeat
  // the headings: left out), "Print this page", the change history, "Back to top", sidebar, feedback and footer are furniture;
  // the footer's "Help" is a word of a short heading: left out
  title: gvTitle,
  headings: gvH,
  body: [gvLead, ...texts(gvRisk), ...gvPlan, ...gvPlanList, gvInset, ...gvProtect, gvCallout, ...gvFloods, ...gvHelp],
  bylines: ['From: Rivers and Coast Agency', 'Published 3 May 2024', 'Last updated 1 October 2025', '1 October 2025', '3 May 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gvCookie, 'Skip to main content', 'GOV.ALB', 'Navigation menu', 'Menu', ...gvMenu, 'Search GOV.ALB', ...gvCrumbs, 'Guidance', '— See all updates',
    'Contents', 'Print this page', '+ show all updates', gvHistory[1] as string, gvHistory[3] as string, 'Back to top', ...gvSide.slice(0, 4), ...gvFeedback,
    'Support links', ...gvFoot, gvLicence, '© Crown copyright',
  ],
};

export const HELDOUT97_E: readonly TestPage[] = [govGuidance, stateAgencyPage];
