import { links, ps, type TestPage } from './page-kit.js';
import {
  gvTitle,
  gvLead,
  gvH,
  gvP1,
  gvP2,
  gvL1,
  gvNote,
  gvP3,
  gvP4,
  gvL2,
  gvP5,
  gvP6,
  gvCta,
  gvP7,
  gvServices,
  gvActivity,
  gvCookie,
  gvCrumbs,
  gvOrg,
  gvChanges,
  gvRelated,
  gvTopics,
  gvFeedback,
  gvSupport,
  gvLicence,
} from './pages-heldout122-a2.js';
import { usAgencyExplainer } from './pages-heldout122-a3.js';

/**
 * Held-out batch 122, file a: a GOV.UK detailed guidance page (cookie banner with its hidden confirmation, skip link, the
 * super navigation header with its hidden mega menu and search, breadcrumbs, the "Guidance" caption, the lead paragraph,
 * the organisation logo, the "From / Published / Last updated" metadata, the contents list, govspeak with an information
 * notice and a call-to-action box, "Print this page", the published dates with the hidden change history, the related
 * navigation sidebar, the "Is this page useful?" feedback component with its hidden forms and the footer) and, from file
 * a3, a US agency explainer page on a USWDS Drupal site.
 */
const slugOf = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const gvHeading = (t: string): string => `<h2 id="${slugOf(t)}">${t}</h2>`;
const gvUl = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded">
<head><meta charset="utf-8"><title lang="en">${gvTitle} - GOV.UK</title>
<script nonce="Rk2pX8aQ">document.documentElement.classList.add('js-enabled')</script>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="icon" sizes="48x48" href="/assets/static/favicon-f54816fd.ico"><link rel="stylesheet" href="/assets/static/application-7c1d0bd1.css">
<link rel="stylesheet" href="/assets/frontend/application-3b2e4f7a.css">
<meta name="govuk:primary-publishing-organisation" content="${gvOrg}"><meta name="govuk:format" content="detailed_guide">
<meta name="govuk:publishing-app" content="whitehall"><meta name="govuk:rendering-app" content="frontend"><meta name="govuk:schema-name"
content="detailed_guide">
<meta name="govuk:content-id" content="5b1f6c0e-8a7d-4e52-9d3c-2f0a61e4b7c9"><meta name="govuk:organisations" content="&lt;OT1342&gt;">
<meta name="govuk:first-published-at" content="2024-03-14T09:30:00+00:00"><meta name="govuk:public-updated-at" content="2025-10-02T14:12:48+01:00">
<link rel="canonical" href="https://www.gov.uk/guidance/private-water-supplies-at-holiday-lets-risk-assessments">
<meta name="description" content="${gvLead}"><meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article">
<meta property="og:title" content="${gvTitle}"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","mainEntityOfPage":{"@type":"WebPage",
"@id":"https://www.gov.uk/guidance/private-water-supplies-at-holiday-lets-risk-assessments"},"name":"${gvTitle}","datePublished":"2024-03-14T09:30:00+00:00",
"dateModified":"2025-10-02T14:12:48+01:00","description":"${gvLead}","publisher":{"@type":"Organization","name":"GOV.UK","url":"https://www.gov.uk"},
"author":{"@type":"Organization","name":"${gvOrg}","url":"https://www.gov.uk/government/organisations/office-for-rural-water-standards"}}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"name":"Home","@id":"https://www.gov.uk/"}},
{"@type":"ListItem","position":2,"item":{"name":"Environment","@id":"https://www.gov.uk/environment"}}]}</script>
</head>
<body class="gem-c-layout-for-public govuk-template__body">
<script nonce="Rk2pX8aQ">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" data-module="cookie-banner" data-nosnippet="" aria-label="${gvCookie[0]}" class="gem-c-cookie-banner govuk-clearfix">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="${gvCookie[0]}">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">${gvCookie[0]}</h2>
<div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__content">
${ps(gvCookie.slice(1, 4), ' class="govuk-body"')}
</div></div></div>
<div class="js-confirmation-buttons govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true" data-cookie-types="all">${gvCookie[4]}</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">${gvCookie[5]}</button>
<a class="govuk-link" href="/help/cookies">${gvCookie[6]}</a></div></div>
<div hidden class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1">
<p class="gem-c-cookie-banner__confirmation-message--accepted govuk-body" hidden>You’ve accepted additional cookies.
<span class="gem-c-cookie-banner__confirmation-message">You can <a class="govuk-link"
href="/help/cookies">change your cookie settings</a> at any time.</span></p>
<p class="gem-c-cookie-banner__confirmation-message--rejected govuk-body" hidden>You’ve rejected additional cookies.
<span class="gem-c-cookie-banner__confirmation-message">You can <a class="govuk-link"
href="/help/cookies">change your cookie settings</a> at any time.</span></p>
<div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true">${gvCookie[9]}</button></div>
</div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-track-click ga4-event-tracker ga4-link-tracker" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container"><div class="gem-c-layout-super-navigation-header__header-logo">
<a class="govuk-header__link govuk-header__link--homepage" href="https://www.gov.uk/" id="logo" aria-label="Go to the GOV.UK homepage">
<svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor"
class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><g><circle cx="20" cy="17.6" r="3.7"></circle></g></svg></a></div>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="super-navigation-mega-menu">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<div class="gem-c-layout-super-navigation-header__navigation-item"><a class="gem-c-layout-super-navigation-header__navigation-item-link" href="/browse">
<span class="gem-c-layout-super-navigation-header__navigation-item-link-inner">Menu</span></a>
<button aria-controls="super-navigation-menu" aria-expanded="false" aria-label="Show navigation menu" hidden
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" id="super-navigation-menu-toggle" type="button">
<span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button></div>
<div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
<div class="govuk-grid-row gem-c-layout-super-navigation-header__navigation-items">
<div class="govuk-grid-column-two-thirds-from-desktop gem-c-layout-super-navigation-header__column--services-and-information">
<h3 class="govuk-heading-m gem-c-layout-super-navigation-header__column-header">Services and information</h3>
<ul class="govuk-list gem-c-layout-super-navigation-header__navigation-second-items gem-c-layout-super-navigation-header__navigation-second-items--topics">
${links(gvServices, 'gem-c-layout-super-navigation-header__dropdown-list-item')}
</ul></div>
<div class="govuk-grid-column-one-third-from-desktop gem-c-layout-super-navigation-header__column--government-activity">
<h3 class="govuk-heading-m gem-c-layout-super-navigation-header__column-header">Government activity</h3>
<ul class="govuk-list gem-c-layout-super-navigation-header__navigation-second-items
gem-c-layout-super-navigation-header__navigation-second-items--government-activity">
${links(gvActivity, 'gem-c-layout-super-navigation-header__dropdown-list-item')}
</ul></div></div></div>
<div class="gem-c-layout-super-navigation-header__search-item"><button id="super-search-menu-toggle"
class="gem-c-layout-super-navigation-header__search-toggle-button"
aria-controls="super-search-menu" aria-expanded="true" aria-label="Hide search menu" type="button" hidden>
<span class="govuk-visually-hidden">Search GOV.UK</span></button></div>
<div id="super-search-menu" hidden class="gem-c-layout-super-navigation-header__search-items"><div class="govuk-width-container">
<form class="gem-c-layout-super-navigation-header__search-form" id="search" action="/search" method="get" role="search" aria-label="Site-wide">
<div class="gem-c-search govuk-!-display-none-print gem-c-search--large gem-c-search--on-white gem-c-search--separate-label"
data-module="gem-toggle-input-class-on-focus">
<label for="search-main-4f2a1c" class="govuk-label govuk-label--m">Search GOV.UK</label><div class="gem-c-search__item-wrapper">
<input enterkeyhint="search" class="gem-c-search__item gem-c-search__input js-class-toggle" id="search-main-4f2a1c" name="q" type="search" value="">
<div class="gem-c-search__item gem-c-search__submit-wrapper"><button class="gem-c-search__submit" type="submit" enterkeyhint="search">Search
</button></div></div></div></form></div></div></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker">
<ol class="govuk-breadcrumbs__list">${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Guidance</span><h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gvLead}</p></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-organisation-logo brand--office-for-rural-water-standards" data-module="ga4-link-tracker">
<a href="/government/organisations/office-for-rural-water-standards" class="gem-c-organisation-logo__container gem-c-organisation-logo__link
gem-c-organisation-logo__crest gem-c-organisation-logo__crest--single-identity brand__border-color"><span class="gem-c-organisation-logo__name">Office for<br>
Rural Water<br>
Standards</span></a></div></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-metadata govuk-body" data-module="gem-toggle metadata"><dl data-module="ga4-link-tracker">
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/office-for-rural-water-standards" class="govuk-link">${gvOrg}</a></dd>
<dt class="gem-c-metadata__term">Published</dt>
<dd class="gem-c-metadata__definition">14 March 2024</dd>
<dt class="gem-c-metadata__term">Last updated</dt>
<dd class="gem-c-metadata__definition">2 October 2025 <span class="govuk-!-display-none-print">— <a href="#full-publication-update-history"
class="govuk-link">See all updates</a></span></dd></dl></div></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<nav class="gem-c-contents-list govuk-!-margin-bottom-4" aria-label="Contents" role="navigation" data-module="ga4-link-tracker">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${gvH
  .map(
    (t) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash"
aria-hidden="true"></span> <a class="gem-c-contents-list__link govuk-link govuk-link--no-underline" href="#${slugOf(t)}">${t}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
${gvHeading(gvH[0]!)}
${ps(gvP1)}
${gvHeading(gvH[1]!)}
${ps(gvP2)}
${gvUl(gvL1)}
<div role="note" aria-label="Information" class="application-notice info-notice"><p>${gvNote}</p></div>
${gvHeading(gvH[2]!)}
${ps(gvP3)}
${gvHeading(gvH[3]!)}
${ps(gvP4)}
${gvUl(gvL2)}
${ps(gvP5)}
${gvHeading(gvH[4]!)}
${ps(gvP6)}
<div class="call-to-action"><p>${gvCta}</p></div>
${gvHeading(gvH[5]!)}
${ps(gvP7)}
</div>
<div class="gem-c-print-link govuk-!-display-none-print govuk-!-margin-top-3 govuk-!-margin-bottom-6">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
<div class="gem-c-published-dates govuk-!-margin-top-8" data-module="gem-toggle" id="full-publication-update-history" lang="en">
<h2 class="gem-c-published-dates__title">Updates to this page</h2>Published 14 March 2024<br>
Last updated 2 October 2025 <a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history"
data-expanded="false" data-toggled-text="&#45;&nbsp;hide&nbsp;all&nbsp;updates">+ show all updates</a>
<div class="gem-c-published-dates__change-history js-hidden" id="full-history"><ol class="gem-c-published-dates__list">
${['2 October 2025', '9 December 2024', '14 March 2024']
  .map(
    (d, i) => `<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp">${d}</time>
<p class="gem-c-published-dates__change-note">${gvChanges[i]}</p></li>`,
  )
  .join('\n')}</ol></div></div>
<div data-module="gem-track-click" class="gem-c-back-to-top-link govuk-!-display-none-print"><a class="govuk-link govuk-link--text-colour"
href="#contents"><svg xmlns="http://www.w3.org/2000/svg" width="13" height="17" viewBox="0 0 13 17" aria-hidden="true" focusable="false">
<path fill="currentColor" d="M6.5 0L0 6.5 1.4 8l4-4v12.7h2V4l4.3 4L13 6.4z"></path></svg>Back to top</a></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation" data-module="ga4-link-tracker">
<h2 id="related-nav-related_items-6b1f" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items-6b1f"><ul class="gem-c-related-navigation__link-list">
${links(gvRelated, 'gem-c-related-navigation__link')}</ul></nav>
<h3 id="related-nav-topics-6b1f" class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-topics-6b1f"><ul class="gem-c-related-navigation__link-list">
${links(gvTopics, 'gem-c-related-navigation__link')}</ul></nav></div></div></div></div></main></div>
<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback ga4-event-tracker">
<div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content">
<div class="gem-c-feedback__prompt-questions js-prompt-questions"><div class="gem-c-feedback__prompt-question-answer">
<h2 class="gem-c-feedback__prompt-question">${gvFeedback[0]}</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item govuk-visually-hidden" hidden><a class="gem-c-feedback__prompt-link" role="button" hidden aria-hidden="true"
href="/contact/govuk">${gvFeedback[1]}</a></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes
<span class="govuk-visually-hidden">this page is useful</span></button></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-toggle-form" aria-controls="page-is-not-useful">No
<span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden>${gvFeedback[4]}</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions">
<button class="govuk-button govuk-button--secondary gem-c-feedback__prompt-link js-toggle-form" aria-controls="something-is-wrong">${gvFeedback[5]}</button>
</div></div></div>
<form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" method="post" hidden>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-feedback__error-summary js-errors" tabindex="-1" hidden></div>
<h3 class="gem-c-feedback__form-heading">${gvFeedback[6]}</h3><p id="feedback_explanation" class="gem-c-feedback__form-paragraph">${gvFeedback[7]}</p>
<div class="govuk-visually-hidden" aria-hidden="true"><label for="giraffe">${gvFeedback[8]}</label>
<input id="giraffe" name="giraffe" type="text" pattern=".{0}" tabindex="-1" autocomplete="off"></div>
<div class="govuk-form-group"><label for="input-1a7e" class="gem-c-label govuk-label">${gvFeedback[9]}</label>
<input class="gem-c-input govuk-input" id="input-1a7e" name="what_doing" type="text"></div>
<div class="govuk-form-group"><label for="input-2b8f" class="gem-c-label govuk-label">${gvFeedback[10]}</label>
<input class="gem-c-input govuk-input" id="input-2b8f" name="what_wrong" type="text"></div>
<button class="gem-c-button govuk-button" type="submit">${gvFeedback[11]}</button>
<button class="govuk-button govuk-button--secondary gem-c-feedback__close js-close-form" aria-controls="something-is-wrong">${gvFeedback[12]}</button>
</div></div></form>
<form action="/contact/govuk/email-survey-signup" id="page-is-not-useful" class="gem-c-feedback__form js-feedback-form" method="post" hidden>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h3 class="gem-c-feedback__form-heading">${gvFeedback[6]}</h3>
<p id="survey_explanation" class="gem-c-feedback__form-paragraph">To help us improve GOV.UK, we’d like to know more about your visit today.
<a href="https://www.smartsurvey.example/s/gov-uk-banner/" class="govuk-link" target="_blank" rel="noopener noreferrer">Please fill in this survey
(opens in a new tab)</a>.</p>
<button class="govuk-button govuk-button--secondary gem-c-feedback__close js-close-form" aria-controls="page-is-not-useful">${gvFeedback[12]}</button>
</div></div></form></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo" data-module="ga4-link-tracker"><div class="govuk-width-container">
<div class="govuk-footer__navigation"><div class="govuk-grid-column-two-thirds govuk-!-display-none-print">
<h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul class="govuk-footer__list govuk-footer__list--columns-2">
${links(gvServices, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-grid-column-one-third govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list">${links(gvActivity, 'govuk-footer__list-item')}</ul></div></div>
<hr class="govuk-footer__section-break govuk-!-display-none-print"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list govuk-!-display-none-print">
${links(gvSupport, 'govuk-footer__inline-list-item')}</ul>
<svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17"
width="41">
<path fill="currentColor" d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7z"></path></svg>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" rel="license"
href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</span></div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">
© Crown copyright</a></div></div></div></footer>
<script src="/assets/static/govuk_publishing_components/vendor/lux/lux-reporter-0a4b1c2d.js" async></script>
<script src="/assets/static/application-9d3e2f1a.js" type="module"></script>
<script src="/assets/frontend/application-5e6f7a8b.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  html: gvHtml,
  name: 'heldout122-govuk-guidance',
  kind: 'docs',
  // the lead paragraph, the information notice and the call-to-action box are body; the "Guidance" caption (left out: a
  // word of the first heading), the organisation logo, the contents list label, the change history, the sidebar and the feedback forms are furniture;
  // the "From:" organisation and the published / updated lines are bylines
  title: gvTitle,
  headings: gvH,
  body: [gvLead, ...gvP1, ...gvP2, ...gvL1, gvNote, ...gvP3, ...gvP4, ...gvL2, ...gvP5, ...gvP6, gvCta, ...gvP7],
  bylines: [gvOrg, '14 March 2024', '2 October 2025', 'Published 14 March 2024', 'Last updated 2 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gvCookie, 'Skip to main content', 'Navigation menu', 'Menu', 'Services and information', ...gvServices, 'Government activity', ...gvActivity,
    'Search GOV.UK', 'Search', ...gvCrumbs.slice(0, 2), 'From:', 'See all updates', 'Contents', 'Print this page', 'Updates to this page',
    '+ show all updates', '9 December 2024', ...gvChanges, 'Back to top', 'Related content', ...gvRelated, 'Explore the topic', ...gvTopics, ...gvFeedback,
    'Topics', 'Support links', ...gvSupport, gvLicence, '© Crown copyright',
  ],
};

export const HELDOUT122_A: readonly TestPage[] = [govuk, usAgencyExplainer];
