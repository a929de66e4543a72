import { links, type TestPage, texts } from './page-kit.js';
import { zendeskPage } from './pages-heldout92-e2.js';

/**
 * Held-out batch 92, file e: a GOV.UK detailed guide (the hidden cookie banner, the skip link, the super navigation header
 * with its menu and search, the breadcrumbs, the "Part of ... step by step" header, the "Guidance" caption and the title,
 * the lead paragraph, the From / Published / Last updated metadata, the "Get emails about this page" button, the contents
 * list, the govspeak body with an information callout, a start button and a fees table, the published dates with the
 * hidden change history, "Print this page", the related-navigation sidebar, "Is this page useful?" with its hidden forms,
 * and the footer); and, from file e2, a Zendesk Guide help-centre article.
 */
const gvTitle = 'Apply for a river mooring permit';
const gvLead = ['How to get a permit to moor a boat on rivers managed by the Waterways Licensing Agency, what it costs and how long it takes.'];
const gvH = ['Who needs a permit', 'Before you apply', 'How to apply', 'Fees', 'After you apply'];
const gvWho = [
  'You need a mooring permit to keep a boat on a river managed by the Waterways Licensing Agency for more than 48 hours in one place. This applies to ' +
    'private moorings at the bottom of your garden as well as to moorings you rent from someone else.',
  'You do not need a permit to stop for up to 48 hours at a public visitor mooring, or to moor in a marina that holds its own permit.',
];
const gvInfo = ['A mooring permit is not a boat licence. Your boat must also be licensed to use the river.'];
const gvBefore = ['You’ll need:'];
const gvNeed = [
  'the boat’s name and registration number',
  'proof that you own or lease the bank where the boat will be moored, or a letter from the owner giving you permission',
  'a plan or photo showing where the mooring is',
  'details of any posts, pontoons or other structures you want to put in the water',
];
const gvBefore2 = [
  'If you want to build a new structure, you may also need a flood risk activity permit. Check before you apply, as the two applications can be made together.',
];
const gvHow = ['Apply online. It takes about 20 minutes. You can save your application and come back to it later.'];
const gvHow2 = ['If you cannot apply online, call the permits helpline and ask for a paper form.'];
const gvContact = ['Permits helpline', 'Telephone: 0300 555 0192', 'Monday to Friday, 8am to 6pm'];
const gvFees = ['The fee depends on the length of the boat and the type of mooring.'];
const gvFeeHead = ['Type of mooring', 'Boats up to 12 metres', 'Boats over 12 metres'];
const gvFeeRows = [
  ['Private mooring on your own land', '£118 a year', '£176 a year'],
  ['Rented mooring', '£84 a year', '£126 a year'],
  ['Temporary mooring (up to 3 months)', '£42', '£63'],
];
const gvFees2 = ['You can pay by debit or credit card when you apply. The fee is not refunded if your application is refused.'];
const gvAfter = [
  'We’ll tell you our decision within 8 weeks. If we need more information, we’ll contact you, and the 8 weeks will start again when we receive it.',
  'Your permit lasts for one year. We’ll email you 6 weeks before it runs out to remind you to renew.',
];
const gvCookie = [
  'Cookies on GOV.UK',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const gvMenu: [string, string[]][] = [
  [
    'Services and information',
    ['Benefits', 'Business and self-employed', 'Driving and transport', 'Environment and countryside', 'Housing and local services', 'Money and tax'],
  ],
  ['Government activity', ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations', 'Transparency']],
];
const gvCrumbs = ['Home', 'Environment and countryside', 'Boating'];
const gvPartOf = ['Part of', 'Keep a boat on a river: step by step'];
const gvMeta = ['From:', 'Published', 'Last updated', 'See all updates', 'Get emails about this page', 'Contents'];
const gvBylines = ['Waterways Licensing Agency', '4 April 2022', '12 February 2025', 'Published 4 April 2022', 'Last updated 12 February 2025', '3 March 2023'];
const gvHistory = ['Updates to this page', '+ show all updates', 'Fees updated for 2025 to 2026.', 'Fees updated for 2023 to 2024.', 'First published.'];
const gvRelated = [
  'Related content',
  'Register and license a boat',
  'Boat safety scheme checks',
  'Flood risk activity permits',
  'Explore the topic',
  'Boating',
];
const gvFeedback = [
  'Is this page useful?',
  'Maybe',
  'Yes',
  'this page is useful',
  'No',
  'this page is not useful',
  'Thank you for your feedback',
  'Report a problem with this page',
  'Help us improve GOV.UK',
  'Don’t include personal or financial information like your National Insurance number or credit card details.',
  'What were you doing?',
  'What went wrong?',
  'Send',
  'Cancel',
];
const gvFooterMeta = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gvFooterText = [
  'Government Digital Service',
  'All content is available under the Open Government Licence v3.0, except where otherwise stated',
  '© Crown copyright',
];
const gvId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const gvPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title lang="en">Apply for a river mooring permit - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="icon" sizes="48x48" href="/assets/static/favicon.ico"><link rel="stylesheet" href="/assets/government-frontend/application-5c1e1f8a.css">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:schema-name" content="detailed_guide"><meta name="govuk:content-id"
content="9b7c3a2e-41f0-4d8a-a1c2-5e6f7a8b9c0d">
<meta name="govuk:primary-publishing-organisation" content="Waterways Licensing Agency"><meta name="govuk:organisations" content="&lt;EA1192&gt;">
<meta name="govuk:first-published-at" content="2022-04-04T09:30:00+01:00"><meta name="govuk:public-updated-at" content="2025-02-12T10:00:00+00:00">
<meta name="description" content="${gvLead[0]}"><link rel="canonical" href="https://www.gov.uk/guidance/apply-for-a-river-mooring-permit">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta property="og:title" content="${gvTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.gov.uk/guidance/apply-for-a-river-mooring-permit"},
"name":"${gvTitle}","datePublished":"2022-04-04T09:30:00+01:00","dateModified":"2025-02-12T10:00:00+00:00","description":"${gvLead[0]}",
"publisher":{"@type":"Organization","name":"GOV.UK","url":"https://www.gov.uk"},"author":{"@type":"Organization","name":"Waterways Licensing Agency"}}</script>
<script type="module" src="/assets/government-frontend/application-1a2b3c4d.js"></script></head>
<body class="gem-c-layout-for-public govuk-template__body"><script
nonce="">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype
? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK"
data-nosnippet="" hidden="">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div
class="gem-c-cookie-banner__message govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2
class="govuk-cookie-banner__heading govuk-heading-m">${gvCookie[0]}</h2>
<div tabindex="-1" class="govuk-cookie-banner__content gem-c-cookie-banner__content">${gvPs(gvCookie.slice(1, 4))}</div></div></div><div
class="js-actions govuk-button-group">
<button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true">${gvCookie[4]}</button><button class="gem-c-button govuk-button"
type="submit"
data-reject-cookies="true">${gvCookie[5]}</button><a class="govuk-link" href="/help/cookies">${gvCookie[6]}</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-layout-super-navigation-header" class="gem-c-layout-super-navigation-header"><div
class="gem-c-layout-super-navigation-header__container
govuk-width-container govuk-clearfix"><div class="gem-c-layout-super-navigation-header__header-logo"><a class="govuk-header__link govuk-header__link--homepage"
href="https://www.gov.uk/" id="logo" aria-label="Go to the GOV.UK homepage"><svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img"
viewBox="0 0 324 60"
height="30" width="162" fill="currentcolor" class="govuk-header__logotype" aria-label="GOV.UK"><title>GOV.UK</title><g></g></svg></a></div>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content" data-module="super-navigation-mega-menu">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2><div class="gem-c-layout-super-navigation-header__navigation-item">
<a class="gem-c-layout-super-navigation-header__navigation-item-link" href="/browse"><span
class="gem-c-layout-super-navigation-header__navigation-item-link-inner">Menu</span></a>
<button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" hidden=""
type="button">
<span class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span></button></div><div id="super-navigation-menu"
class="gem-c-layout-super-navigation-header__navigation-dropdown-menu" hidden=""><div
class="govuk-grid-row gem-c-layout-super-navigation-header__navigation-items">
${gvMenu
  .map(
    ([h, items]) => `<div class="govuk-grid-column-one-half-from-desktop gem-c-layout-super-navigation-header__column--services-and-information"><h3
class="govuk-heading-m gem-c-layout-super-navigation-header__column-header">${h}</h3><ul class="gem-c-layout-super-navigation-header__navigation-second-items">
${links(items, 'gem-c-layout-super-navigation-header__dropdown-list-item')}</ul></div>`,
  )
  .join('\n')}</div></div><div class="gem-c-layout-super-navigation-header__search-item"><button id="super-search-menu-toggle" aria-controls="super-search-menu"
aria-expanded="true" aria-label="Hide search menu" class="gem-c-layout-super-navigation-header__search-toggle-button" hidden="" type="button"><span
class="govuk-visually-hidden">Search GOV.UK</span></button><a class="gem-c-layout-super-navigation-header__search-item-link" href="/search"><span
class="govuk-visually-hidden">
Search GOV.UK</span></a></div></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav
class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile"
aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${gvCrumbs
  .map((t, i) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/${i === 0 ? '' : gvId(t)}">${t}</a></li>`)
  .join('')}</ol></nav></div>
<main role="main" id="content" class="detailed-guide govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none"><div
class="govuk-grid-column-two-thirds">
<div class="gem-c-step-nav-header" data-module="ga4-link-tracker"><span class="gem-c-step-nav-header__part-of">${gvPartOf[0]}</span> <a
href="/keep-a-boat-on-a-river" class="gem-c-step-nav-header__title">${gvPartOf[1]}</a></div>
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span><h1
class="gem-c-heading__text govuk-heading-l">
${gvTitle}</h1></div></div><div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">${gvLead[0]}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/waterways-licensing-agency" class="govuk-link">${gvBylines[0]}</a></dd>
<dt class="gem-c-metadata__term">Published</dt>
<dd class="gem-c-metadata__definition">${gvBylines[1]}</dd>
<dt class="gem-c-metadata__term">Last updated</dt>
<dd class="gem-c-metadata__definition">${gvBylines[2]} <a href="#full-publication-update-history" class="govuk-link">— <span
class="govuk-visually-hidden">Last updated
${gvBylines[2]}</span> See all updates</a></dd></dl></div>
<div class="gem-c-single-page-notification-button" data-module="single-page-notification-button"><form action="/email/subscriptions/single-page/new"
method="POST">
<input type="hidden" name="base_path" value="/guidance/apply-for-a-river-mooring-permit"><button
class="govuk-body-s gem-c-single-page-notification-button__submit"
type="submit"><svg class="gem-c-single-page-notification-button__icon" aria-hidden="true"></svg><span class="gem-c-single-page-notification-button__text">
Get emails about this page</span></button></form></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation" data-module="ga4-link-tracker"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${gvH
  .map(
    (t) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><span class="gem-c-contents-list__list-item-dash"
aria-hidden="true"></span>
<a class="gem-c-contents-list__link govuk-link gem-c-force-print-link-styles" href="#${gvId(t)}">${t}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="${gvId(gvH[0]!)}">${gvH[0]}</h2>
${gvPs(gvWho)}
<div role="note" aria-label="Information" class="application-notice info-notice">${gvPs(gvInfo)}</div>
<h2 id="${gvId(gvH[1]!)}">${gvH[1]}</h2>
${gvPs(gvBefore)}
<ul>${gvNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${gvPs(gvBefore2)}
<h2 id="${gvId(gvH[2]!)}">${gvH[2]}</h2>
${gvPs(gvHow)}
<p><a href="https://apply-mooring-permit.service.gov.uk/start" role="button" draggable="false" class="gem-c-button govuk-button govuk-button--start"
data-module="govuk-button">Start now<svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40"
aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path></svg></a></p>
${gvPs(gvHow2)}
<div class="contact">${gvPs(gvContact)}</div>
<h2 id="${gvId(gvH[3]!)}">${gvH[3]}</h2>
${gvPs(gvFees)}
<table><thead><tr>${gvFeeHead.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>
${gvFeeRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${gvPs(gvFees2)}
<h2 id="${gvId(gvH[4]!)}">${gvH[4]}</h2>
${gvPs(gvAfter)}
</div></div>
<div class="gem-c-published-dates gem-c-published-dates--history" id="full-publication-update-history" data-module="gem-toggle" lang="en">
<h2 class="govuk-visually-hidden">${gvHistory[0]}</h2>Published ${gvBylines[1]}<br>
Last updated ${gvBylines[2]}<br>
<a href="#full-history" class="gem-c-published-dates__toggle govuk-link" data-controls="full-history" data-expanded="false">${gvHistory[1]}</a>
<div class="gem-c-published-dates__change-history js-hidden" id="full-history"><ol class="gem-c-published-dates__list">
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp"
datetime="2025-02-12T10:00:00.000+00:00">${gvBylines[2]}</time>
<p class="gem-c-published-dates__change-note">${gvHistory[2]}</p></li><li class="gem-c-published-dates__change-item"><time
class="gem-c-published-dates__change-date
timestamp" datetime="2023-03-03T10:00:00.000+00:00">${gvBylines[5]}</time><p class="gem-c-published-dates__change-note">${gvHistory[3]}</p></li>
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date timestamp"
datetime="2022-04-04T09:30:00.000+01:00">${gvBylines[1]}</time>
<p class="gem-c-published-dates__change-note">${gvHistory[4]}</p></li></ol></div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this
page</button></div>
</div><div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation" data-module="ga4-link-tracker">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">${gvRelated[0]}</h2><nav class="gem-c-related-navigation__nav-section"
aria-labelledby="related-nav-related_items"><ul
class="gem-c-related-navigation__link-list">${links(gvRelated.slice(1, 4), 'gem-c-related-navigation__link')}</ul></nav>
<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-topics"><h3 id="related-nav-topics"
class="gem-c-related-navigation__sub-heading">
${gvRelated[4]}</h3><ul
class="gem-c-related-navigation__link-list">${links(gvRelated.slice(5), 'gem-c-related-navigation__link')}</ul></nav></div></div></div></div>
</main></div>
<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback ga4-event-tracker"><div
class="gem-c-feedback__prompt
gem-c-feedback__js-show js-prompt" tabindex="-1"><div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<div class="gem-c-feedback__prompt-question-answer"><h2 class="gem-c-feedback__prompt-question">${gvFeedback[0]}</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item govuk-visually-hidden" hidden=""><a class="gem-c-feedback__prompt-link" role="button" hidden="" aria-hidden="true"
href="/contact/govuk">${gvFeedback[1]}</a></li><li class="gem-c-feedback__option-list-item"><button
class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">
${gvFeedback[2]} <span class="govuk-visually-hidden">${gvFeedback[3]}</span></button></li><li class="gem-c-feedback__option-list-item"><button
class="govuk-button
gem-c-feedback__prompt-link js-toggle-form" aria-controls="page-is-not-useful">${gvFeedback[4]} <span
class="govuk-visually-hidden">${gvFeedback[5]}</span></button></li>
</ul></div></div><div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden="">${gvFeedback[6]}</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions"><button
class="govuk-button govuk-button--secondary
gem-c-feedback__prompt-link js-toggle-form" aria-controls="something-is-wrong">${gvFeedback[7]}</button></div></div></div>
<form action="/contact/govuk/problem_reports" id="something-is-wrong" class="gem-c-feedback__form js-feedback-form" method="post" hidden=""><div
class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><h3 class="gem-c-feedback__form-heading">${gvFeedback[8]}</h3><p id="feedback_explanation">${gvFeedback[9]}</p>
<div class="govuk-form-group"><label for="input-7f3a" class="gem-c-label govuk-label">${gvFeedback[10]}</label><input class="gem-c-input govuk-input"
id="input-7f3a"
name="what_doing" type="text"></div><div class="govuk-form-group"><label for="input-8b1c" class="gem-c-label govuk-label">${gvFeedback[11]}</label>
<input class="gem-c-input govuk-input" id="input-8b1c" name="what_wrong" type="text"></div><button class="gem-c-button govuk-button"
type="submit">${gvFeedback[12]}</button>
<button class="govuk-button govuk-button--secondary js-close-form" type="button">${gvFeedback[13]}</button></div></div></form></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">${gvMenu
  .map(
    ([h, items]) => `<div class="govuk-footer__section govuk-grid-column-one-half"><h2 class="govuk-footer__heading govuk-heading-m">${h}</h2><ul
class="govuk-footer__list">
${links(items, 'govuk-footer__list-item')}</ul></div>`,
  )
  .join('\n')}</div><hr class="govuk-footer__section-break"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul
class="govuk-footer__inline-list govuk-!-display-none-print">${links(gvFooterMeta, 'govuk-footer__inline-list-item')}
<li class="govuk-footer__inline-list-item">Built by the <a href="/government/organisations/government-digital-service"
class="govuk-footer__link">${gvFooterText[0]}</a></li></ul>
<svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" viewBox="0 0 483.2 195.7" height="17" width="41"></svg><span
class="govuk-footer__licence-description">
All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
rel="license">Open Government
Licence v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">
${gvFooterText[2]}</a>
</div></div></div></footer></body></html>`;
const govuk: TestPage = {
  html: gvHtml,
  name: 'heldout92-govuk-detailed-guide',
  kind: 'docs',
  // the lead paragraph (the page's description), the information callout and the helpline contact lines are body; table
  // data cells are body, header cells in neither list; the "Guidance" caption is in neither list; the organisation and the
  // dates (metadata, published dates and the hidden change history) are bylines; the contents list repeats the headings
  title: gvTitle,
  headings: gvH,
  body: texts([...gvLead, ...gvWho, ...gvInfo, ...gvBefore, ...gvNeed, ...gvBefore2, ...gvHow, ...gvHow2, ...gvContact, ...gvFees, ...gvFeeRows.flat()]).concat(
    texts([...gvFees2, ...gvAfter]),
  ),
  bylines: gvBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gvCookie, 'Skip to main content', 'Navigation menu', 'Menu', ...gvMenu.flatMap(([h, items]) => [h, ...items]), 'Search GOV.UK', ...gvCrumbs, ...gvPartOf,
    ...gvMeta, 'Start now', ...gvHistory, 'Print this page', ...gvRelated, ...gvFeedback, 'Support links', ...gvFooterMeta, ...gvFooterText,
  ],
};

export const HELDOUT92_E: readonly TestPage[] = [govuk, zendeskPage];
