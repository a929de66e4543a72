import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';
import { usagov } from './pages-heldout277-a2.js';

/**
 * Held-out batch 277, file a: a GOV.UK guide part (cookie banner, super navigation header, breadcrumbs, the guide's
 * "Contents" list of parts, the step-by-step "Part of" box and sidebar, pagination, "Print entire guide", the
 * "Is this page useful?" feedback component and the footer) and a USA.gov benefits page on the U.S. Web Design System
 * (official-site banner, header and menu, breadcrumb, "On this page" list, "Last updated" line, "Do you have a question?"
 * box, "Was this page helpful?" survey and the identifier footer).
 */
const gTitle = 'Apply for a community orchard grant';
const gPart = 'Who can apply';
const gParts = ['Overview', 'What the grant pays for', 'How to apply', 'After you apply'];
const gIntro = [
  j(
    'You can apply for a community orchard grant if your group will plant and look after fruit trees on land that the public',
    'can visit for free for at least 10 years.',
  ),
  'Your group must be one of the following:',
];
const gWho = [
  'a registered charity or charitable incorporated organisation',
  'a parish, town or community council',
  'a community interest company with an asset lock',
  'a constituted community group with a bank account that needs 2 unrelated people to sign each payment',
];
const gLand = [
  j(
    'You must own the land or have a written agreement with the landowner that lets you plant trees and gives the public access',
    'for the whole 10-year period. A licence that the landowner can end at short notice is not enough.',
  ),
  j(
    'The site must be at least 0.1 hectares and no more than 2 hectares. It can be split across more than one plot if the plots',
    'are within 500 metres of each other and managed by the same group.',
  ),
];
const gCannot = [
  j(
    'You cannot get a grant for land that is already covered by another tree planting grant, or for an orchard that will be used',
    'mainly to sell fruit. You can sell surplus fruit or juice if the money goes back into looking after the orchard.',
  ),
  'Private gardens, school grounds that are closed to the public and land due for development within 10 years are not eligible.',
];
const gPrev = [
  j(
    'Groups that share a site can apply together, but one group must be the lead applicant. The lead applicant signs the grant',
    'agreement, receives the payments and is responsible for sending reports, so agree in writing who will do what before you apply.',
  ),
  j(
    'If your group has had a community orchard grant before, you can apply again for a different site. You must have sent your',
    'last annual report and your earlier orchard must still meet the conditions of that grant.',
  ),
];
const gSteps = [
  'Check you can start a project',
  'Check if you need planning permission',
  'Find land for your project',
  'Apply for funding',
  'Plant and look after your site',
];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gTopics = ['Benefits', 'Business and self-employed', 'Environment and countryside', 'Housing and local services'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">Apply for a community orchard grant: ${gPart} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="canonical" href="https://www.gov.uk/community-orchard-grant/eligibility">
<meta name="govuk:format" content="guide"><meta name="govuk:schema-name" content="guide"><meta name="govuk:rendering-app" content="frontend">
<meta name="govuk:content-id" content="7c1e2f4a-52d3-4e0b-9a11-0f6b4d3a8c21"><meta property="og:site_name" content="GOV.UK">
<meta property="og:title" content="${gTitle}"><meta name="description" content="Who can apply for a community orchard grant.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage","@id":
"https://www.gov.uk/community-orchard-grant/eligibility"},"headline":"${gTitle}","datePublished":"2024-05-09T10:00:00+01:00",
"publisher":{"@type":"Organization","name":"GOV.UK","url":"https://www.gov.uk"}}</script>
<link rel="stylesheet" href="/assets/frontend/application-8f2c.css"></head>
<body class="govuk-template__body"><script nonce="x">document.body.className += ' js-enabled' +
('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div>
<div class="js-confirmation-buttons govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="gem-super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo"
href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button aria-controls="super-navigation-menu" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button aria-controls="super-search-menu" class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button>
<div id="super-navigation-menu" hidden><ul class="gem-c-layout-super-navigation-header__navigation-second-items">
${links(gTopics, 'gem-c-layout-super-navigation-header__dropdown-list-item')}</ul></div></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">
${links(['Home', 'Environment and countryside', 'Wildlife, animals, biodiversity and ecosystems'], 'govuk-breadcrumbs__list-item')}
</ol></nav></div>
<div class="gem-c-step-nav-header" data-module="gem-track-click"><span class="gem-c-step-nav-header__part-of">Part of</span>
<a href="/start-community-growing-project" class="gem-c-step-nav-header__title">Start a community growing project: step by step</a></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<aside class="part-navigation-container" role="complementary"><nav class="gem-c-contents-list" aria-label="Pages in this guide" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash" aria-hidden="true"></span>
<a class="gem-c-contents-list__link govuk-link" href="/community-orchard-grant">${gParts[0]}</a></li>
<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed gem-c-contents-list__list-item--active" aria-current="true">
<span class="gem-c-contents-list__list-item-dash" aria-hidden="true"></span>${gPart}</li>
${links(gParts.slice(1), 'gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed')}</ol></nav></aside>
<h1 class="part-title">${gPart}</h1>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<ul>${lis(gWho)}</ul>
<h2 id="the-land-you-plant-on">The land you plant on</h2>
${ps(gLand)}
<h2 id="what-you-cannot-get-a-grant-for">What you cannot get a grant for</h2>
${ps(gCannot)}
<h2 id="if-you-have-had-a-grant-before">If you have had a grant before</h2>
${ps(gPrev)}
</div></div>
<nav class="govuk-pagination govuk-pagination--block" role="navigation" aria-label="Pagination">
<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="/community-orchard-grant" rel="prev">
<span class="govuk-pagination__link-title">Previous</span> <span class="govuk-pagination__link-label">${gParts[0]}</span></a></div>
<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="/community-orchard-grant/what-it-pays-for" rel="next">
<span class="govuk-pagination__link-title">Next</span> <span class="govuk-pagination__link-label">${gParts[1]}</span></a></div></nav>
<div class="gem-c-print-link govuk-!-display-none-print"><a href="/community-orchard-grant/print" class="govuk-link gem-c-print-link__link"
rel="alternate">Print entire guide</a></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<div class="gem-c-step-nav-related" data-module="gem-track-click"><h2 class="gem-c-step-nav-related__heading">
<span class="gem-c-step-nav-related__pretitle">Part of</span></h2><ul class="gem-c-step-nav-related__links">
<li class="gem-c-step-nav-related__link-item"><a href="/start-community-growing-project">Start a community growing project: step by step</a></li></ul></div>
<div data-module="gemstepnav" class="gem-c-step-nav js-hidden gem-c-step-nav--large"><ol class="gem-c-step-nav__steps">
${gSteps
  .map(
    (
      s,
      i,
    ) => `<li class="gem-c-step-nav__step js-step" id="step-${i + 1}"><div class="gem-c-step-nav__header js-toggle-panel"><h2 class="gem-c-step-nav__title">
<span class="gem-c-step-nav__circle gem-c-step-nav__circle--number"><span class="gem-c-step-nav__circle-inner">
<span class="gem-c-step-nav__circle-background"><span class="govuk-visually-hidden">Step</span> ${i + 1}</span></span></span>
<span class="js-step-title">${s}</span></h2></div></li>`,
  )
  .join('\n')}
</ol></div></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt">
<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link" aria-expanded="false">Maybe</button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">Yes this page is useful</button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link">No this page is not useful</button></li></ul></div>
<div class="gem-c-feedback__prompt-questions"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-not-useful">Report a problem with this page
</button></div></div></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list">${links(gTopics, 'govuk-footer__list-item')}</ul></div></div>
<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}
<li class="govuk-footer__inline-list-item">Built by the <a href="/gds" class="govuk-footer__link">Government Digital Service</a></li></ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></div>
</div></footer><script src="/assets/frontend/application-2b7e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout277-govuk-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gPart, 'The land you plant on', 'What you cannot get a grant for', 'If you have had a grant before'],
  body: texts([...gIntro, ...gWho, ...gLand, ...gCannot, ...gPrev]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'We also use cookies set by other sites to help us deliver content from their services.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK', ...gTopics, 'Home',
    'Wildlife, animals, biodiversity and ecosystems', 'Part of', 'Start a community growing project: step by step', 'Contents', ...gParts,
    'Previous', 'Next', 'Print entire guide', ...gSteps, 'Is this page useful?', 'Maybe', 'Yes this page is useful', 'No this page is not useful',
    'Report a problem with this page', 'Services and information', 'Support links', ...gFoot, 'Built by the Government Digital Service',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT277_A: readonly TestPage[] = [govuk, usagov];
