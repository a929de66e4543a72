import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file e2: a GOV.UK detailed guidance page for an invented scheme (the cookie banner with its hidden
 * confirmation, skip link, the GOV.UK header with the "Menu" and search toggles and the hidden super navigation, the
 * phase-free breadcrumbs, the "Guidance" caption over the h1, the lead paragraph, the metadata block with "From:",
 * "Published" and "Last updated" with "See all updates", "Get emails about this page", the "Contents" list, the govspeak
 * body with an information callout and a call-to-action, the "Print this page" link, the related navigation rail, the
 * "Is this page useful?" bar with its hidden form, and the footer with topic and government activity columns).
 */
const guTitle = 'Register a houseboat for a residential mooring';
const guLead = 'How to register a houseboat you live on, what the registration costs, and what you need to show the mooring authority.';
const guH1 = 'Who needs to register';
const guP1 = [
  'You must register your boat for a residential mooring if it is your main home and it is moored on an inland waterway managed by ' +
    'the Inland Waterways Registration Office (IWRO) for more than 28 days in a row.',
  'You do not need to register if you only use the boat for holidays or weekends, or if you move to a new mooring at least every 14 days ' +
    'under a continuous cruising licence.',
];
const guH2 = 'What you need to register';
const guP2 = ['You’ll need:'];
const guNeed = [
  'your boat’s licence number',
  'a valid boat safety certificate, issued within the last 4 years',
  'proof of third-party insurance of at least £2 million',
  'a letter or agreement from the owner of the mooring confirming you have permission to live there',
  'proof of your identity, such as a passport or driving licence',
];
const guCallout =
  'If your boat safety certificate runs out while your registration is being processed, your application will be paused until you send ' + 'a new certificate.';
const guH3 = 'How much it costs';
const guP3 = [
  'Registration costs £185 a year. You can pay the full amount when you apply or pay in 12 monthly instalments by Direct Debit.',
  'You may be able to get a reduced fee of £95 if you get Pension Credit or Universal Credit. You’ll need to upload a copy of your latest ' +
    'award letter with your application.',
];
const guH4 = 'Apply for registration';
const guP4 = ['You can apply online. It usually takes about 20 minutes.'];
const guCta = 'Apply to register a houseboat';
const guP5 = [
  'If you cannot apply online, you can ask for a paper form by calling the IWRO helpline. Lines are open Monday to Friday, 9am to 5pm.',
  'You’ll usually get a decision within 6 weeks. IWRO may contact your mooring owner or visit the boat before making a decision.',
];
const guH5 = 'After you register';
const guP6 = [
  'You’ll get a registration certificate by email. You must display the registration number on both sides of the boat, in letters at ' +
    'least 50 millimetres high.',
  'You must tell IWRO within 14 days if you move to a different mooring, sell the boat, or stop living on it. You can be fined up to ' +
    '£1,000 if you do not keep your registration up to date.',
];
const guCookie = [
  'Cookies on GOV.UK',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'You can change your cookie settings at any time.',
];
const guCrumbs = ['Home', 'Environment and countryside', 'Boating and inland waterways'];
const guRelated = ['Related content', 'Get a boat safety certificate', 'Boat licences: continuous cruising', 'Apply for a mooring on an inland waterway'];
const guExplore = ['Explore the topic', 'Boating and inland waterways'];
const guUseful = [
  'Is this page useful?',
  'Maybe',
  'Yes this page is useful',
  'No this page is not useful',
  'Thank you for your feedback',
  'Report a problem with this page',
  'Help us improve GOV.UK',
  'Don’t include personal or financial information like your National Insurance number or credit card details.',
];
const guTopics = [
  'Benefits',
  'Births, death, marriages and care',
  'Business and self-employed',
  'Childcare and parenting',
  'Citizenship and living in the UK',
  'Crime, justice and the law',
  'Disabled people',
  'Driving and transport',
  'Education and learning',
  'Employing people',
  'Environment and countryside',
  'Housing and local services',
  'Money and tax',
  'Passports, travel and living abroad',
  'Visas and immigration',
  'Working, jobs and pensions',
];
const guGov = [
  'Departments',
  'News',
  'Guidance and regulation',
  'Research and statistics',
  'Policy papers and consultations',
  'Transparency',
  'How government works',
  'Get involved',
];
const guMeta = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const guLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const guSections = [guH1, guH2, guH3, guH4, guH5];
const guId = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const guPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const guHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title
lang="en">Register a houseboat for a residential mooring - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="stylesheet" href="/assets/static/application-4c8a1e8b.css"><meta name="govuk:format" content="detailed_guide">
<meta name="govuk:content-id" content="b4a7d0f2-1c3e-4d55-9a2b-6f1e0c8d7a31"><meta name="govuk:primary-publishing-organisation"
content="Inland Waterways Registration Office">
<meta name="description" content="${guLead}"><link rel="canonical" href="https://www.gov.uk/guidance/register-a-houseboat-for-a-residential-mooring">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"Article",
"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.gov.uk/guidance/register-a-houseboat"},
"name":"${guTitle}","datePublished":"2024-03-04T09:30:00.000+00:00","dateModified":"2025-10-02T14:15:22.000+01:00","description":"${guLead}",
"publisher":{"@type":"Organization","name":"GOV.UK"},"author":{"@type":"Organization","name":"Inland Waterways Registration Office"}}</script></head>
<body class="gem-c-layout-for-public govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region"
aria-label="Cookies on GOV.UK" data-nosnippet>
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="${guCookie[0]}"><div
class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-cookie-banner__heading govuk-heading-m">${guCookie[0]}</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">${guCookie[1]}</p><p class="govuk-body">${guCookie[2]}</p><p
class="govuk-body">${guCookie[3]}</p>
</div></div></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">${guCookie[4]}</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">${guCookie[5]}</button><a class="govuk-link" href="/help/cookies">${guCookie[6]}</a>
</div></div>
<div class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1" hidden><p class="gem-c-cookie-banner__confirmation-message" role="alert">
${guCookie[7]}</p><div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button"
data-hide-cookie-banner="true">Hide this message</button></div>
</div></div></div><a href="#content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-header" class="gem-c-layout-super-navigation-header"><div
class="gem-c-layout-super-navigation-header__container govuk-clearfix">
<div class="govuk-width-container"><div class="gem-c-layout-super-navigation-header__header-logo"><a class="govuk-header__link govuk-header__link--homepage"
href="https://www.gov.uk/">
<svg xmlns="http://www.w3.org/2000/svg" focusable="false" role="img" viewBox="0 0 324 60" height="30" width="162" fill="currentcolor"
class="govuk-header__logotype"
aria-label="GOV.UK"><title>GOV.UK</title></svg></a></div><nav aria-labelledby="super-navigation-menu-heading"
class="gem-c-layout-super-navigation-header__content"
data-module="super-navigation-mega-menu"><h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<div class="gem-c-layout-super-navigation-header__navigation-item"><button aria-controls="super-navigation-menu" aria-expanded="false"
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button"><span
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button-inner">Menu</span>
</button></div><div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu"><div class="govuk-width-container">
<h3 class="govuk-heading-m">Services and information</h3><ul class="govuk-list">${links(guTopics.slice(0, 8))}</ul>
<h3 class="govuk-heading-m">Government activity</h3><ul class="govuk-list">${links(guGov.slice(0, 4))}</ul></div></div>
<div class="gem-c-layout-super-navigation-header__search-item"><button class="gem-c-layout-super-navigation-header__search-toggle-button"
aria-controls="super-search-menu"
aria-expanded="true" type="button"><span class="govuk-visually-hidden">Search GOV.UK</span></button></div><div id="super-search-menu"
class="gem-c-layout-super-navigation-header__search-items">
<form class="gem-c-layout-super-navigation-header__search-form" action="/search/all" method="get" role="search" aria-label="Site-wide">
<label for="search-main" class="gem-c-search__label">Search GOV.UK</label><input enterkeyhint="search" class="gem-c-search__item gem-c-search__input"
id="search-main"
name="keywords" title="Search" type="search"><button class="gem-c-search__submit" type="submit">Search</button></form></div></nav></div></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav aria-label="Breadcrumb"
class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile">
<ol class="govuk-breadcrumbs__list">${guCrumbs
  .map(
    (t) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link"
href="/${guId(t)}">${t}</a></li>`,
  )
  .join('\n')}
</ol></nav></div><main role="main" id="content" class="detailed-guide" lang="en"><div class="govuk-grid-row gem-print-columns-none"><div
class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-l">${guTitle}</h1></div></div><div class="govuk-grid-column-two-thirds">
<p class="gem-c-lead-paragraph">${guLead}</p></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata gem-c-metadata--inverse-padded"
data-module="metadata">
<dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/iwro"
class="govuk-link">Inland Waterways Registration Office</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">4 March 2024</dd><dt class="gem-c-metadata__term">Last updated</dt>
<dd class="gem-c-metadata__definition">2 October 2025 <span class="gem-c-metadata__definition-link"> — <a href="#full-publication-update-history"
class="govuk-link">See all updates</a></span></dd></dl></div>
<div class="gem-c-single-page-notification-button"><form action="/email/subscriptions/single-page/new" method="POST"><button
class="govuk-body-s gem-c-single-page-notification-button__submit"
type="submit"><svg class="gem-c-single-page-notification-button__icon" aria-hidden="true" viewBox="0 0 18 18"></svg>Get emails about this page</button></form>
</div></div></div>
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents"
role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${guSections
  .map(
    (t) => `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link"
href="#${guId(t)}">${t}</a></li>`,
  )
  .join('\n')}
</ol></nav><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="${guId(guH1)}">${guH1}</h2>${guPs(guP1)}
<h2 id="${guId(guH2)}">${guH2}</h2>${guPs(guP2)}<ul>${guNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div role="note" aria-label="Information" class="application-notice info-notice"><p>${guCallout}</p></div>
<h2 id="${guId(guH3)}">${guH3}</h2>${guPs(guP3)}
<h2 id="${guId(guH4)}">${guH4}</h2>${guPs(guP4)}<div class="call-to-action"><p><a href="https://apply-houseboat-registration.service.gov.uk/start"
class="govuk-link">${guCta}</a></p></div>
${guPs(guP5)}
<h2 id="${guId(guH5)}">${guH5}</h2>${guPs(guP6)}</div></div>
<div class="gem-c-published-dates gem-c-published-dates--history" id="full-publication-update-history" data-module="gem-toggle"><h2
class="govuk-visually-hidden">Updates to this page</h2>
<p>Published 4 March 2024<br>Last updated 2 October 2025 <a href="#full-history" class="govuk-link js-toggle">show all updates</a></p><div
class="gem-c-published-dates__change-history js-hidden"
id="full-history"><ol class="gem-c-published-dates__list"><li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date"
datetime="2025-10-02">2 October 2025</time>
<p class="gem-c-published-dates__change-note">Reduced fee for Universal Credit claimants added.</p></li><li class="gem-c-published-dates__change-item">
<time class="gem-c-published-dates__change-date" datetime="2024-03-04">4 March 2024</time><p class="gem-c-published-dates__change-note">First published.</p>
</li></ol></div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation"><h2 id="related-nav-related_items"
class="gem-c-related-navigation__main-heading">
${guRelated[0]}</h2><nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul
class="gem-c-related-navigation__link-list">
${links(guRelated.slice(1), 'gem-c-related-navigation__link')}</ul></nav><h3 class="gem-c-related-navigation__sub-heading">${guExplore[0]}</h3>
<ul>${links(guExplore.slice(1))}</ul>
</div></div></div></div></main></div>
<div class="govuk-width-container"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"
tabindex="-1">
<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions"><h2
class="gem-c-feedback__prompt-question">${guUseful[0]}</h2>
<ul class="gem-c-feedback__option-list"><li><button class="govuk-button gem-c-feedback__prompt-link"
data-track-category="yesNoFeedbackForm">${guUseful[1]}</button></li>
<li><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
<li><button class="govuk-button gem-c-feedback__prompt-link js-page-is-not-useful">No <span class="govuk-visually-hidden">this page is not useful</span>
</button></li></ul></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success js-prompt-success" role="alert" hidden>${guUseful[4]}</div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions"><button
class="govuk-button gem-c-feedback__prompt-link">
${guUseful[5]}</button></div></div></div><form action="/contact/govuk/problem_reports" class="gem-c-feedback__form js-feedback-form" hidden><h3
class="gem-c-feedback__form-heading">${guUseful[6]}</h3>
<p>${guUseful[7]}</p><label for="input-what-doing">What were you doing?</label><input id="input-what-doing" type="text"><label
for="input-what-wrong">What went wrong?</label>
<input id="input-what-wrong" type="text"><button class="govuk-button" type="submit">Send</button><button class="govuk-button govuk-button--secondary"
type="button">Cancel</button></form></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation"><div
class="govuk-grid-column-two-thirds">
<h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul
class="govuk-footer__list govuk-footer__list--columns-2">${links(guTopics, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2><ul
class="govuk-footer__list">${links(guGov, 'govuk-footer__list-item')}</ul>
</div></div><hr class="govuk-footer__section-break"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(guMeta, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">${guLicence}</span></div><div class="govuk-footer__meta-item"><a
class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">©
Crown copyright</a>
</div></div></div></footer><script src="/assets/static/application-7b2fe9d6.js" type="module"></script></body></html>`;
export const govuk: TestPage = {
  html: guHtml,
  name: 'heldout108-govuk-guidance-docs',
  kind: 'docs',
  // the lead paragraph, the information callout and the call-to-action link are body; "From:" with the organisation,
  // "Published" and "Last updated" dates are bylines (the published-dates block at the foot repeats them); the "Guidance"
  // caption, the contents list (it repeats the headings: left out), the hidden change history and the feedback bar are furniture
  title: guTitle,
  headings: guSections,
  body: texts([guLead, ...guP1, ...guP2, ...guNeed, guCallout, ...guP3, ...guP4, guCta, ...guP5, ...guP6]),
  bylines: [
    'From:',
    'Inland Waterways Registration Office',
    'Published',
    '4 March 2024',
    'Last updated',
    '2 October 2025',
    'Published 4 March 2024',
    'Last updated 2 October 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...guCookie, 'Hide this message', 'Skip to main content', 'Navigation menu', 'Menu', 'Services and information', 'Search GOV.UK', 'Search', ...guCrumbs,
    'Guidance', 'See all updates', 'Get emails about this page', 'Contents', 'Updates to this page', 'show all updates',
    'Reduced fee for Universal Credit claimants added.',
    'First published.', 'Print this page', ...guRelated, ...guExplore, ...guUseful, 'What were you doing?', 'What went wrong?', 'Send', 'Cancel', 'Topics',
    ...guTopics,
    'Government activity', ...guGov, 'Support links', ...guMeta, guLicence, '© Crown copyright',
  ],
};
