import { links, ps, type TestPage, texts } from './page-kit.js';
import { universityRelease } from './pages-heldout75-d2.js';

/**
 * Held-out batch 75, file d: a government guidance page on the GOV.UK publishing template (cookie banner, skip link, the
 * super-navigation header with "Menu" and search, breadcrumbs, the "Guidance" caption over the h1, the lead paragraph, the
 * "From / Published / Last updated — See all updates" metadata, "Get emails about this page", the contents list, a
 * govspeak body with an information call-out and a fees table, "Print this page", the published dates with update history,
 * "Back to top", the related-content sidebar, the "Is this page useful?" bar and the footer with topic lists and licence),
 * and a university press release (file d2).
 */
const gvTitle = 'Licensing and registering a boat on inland waterways';
const gvLead =
  'How to get a licence for a boat you keep or use on rivers and canals managed by the Westmark Waterways Authority, what it costs, and what you need to show.';
const gvWho = [
  'You need a licence or registration for any boat you keep or use on a waterway managed by the Authority. This includes narrowboats, ' +
    'cruisers, dinghies with an engine and powered inflatables.',
  'You do not need a licence for:',
];
const gvWhoList = [
  'unpowered canoes and kayaks if you’re a member of a recognised paddling club that holds a group licence',
  'a boat kept on a private mooring that never enters an Authority waterway',
  'rescue boats used by the emergency services',
];
const gvBefore = ['You must have:'];
const gvBeforeList = [
  'a valid Boat Safety Certificate if your boat has an engine, cooking or heating appliances, or a toilet',
  'third-party insurance covering at least £2 million',
  'proof of a home mooring, or a declaration that you’ll move every 14 days (continuous cruising)',
];
const gvBefore2 = ['Boats less than 4 years old do not need a safety certificate if they were sold with a recreational craft declaration of conformity.'];
const gvApply = [
  'Apply online using the <a href="https://licensing.waterways.gov.wm">boat licensing service</a>. You’ll need your boat’s length, its ' +
    'safety certificate number and your insurance details. It usually takes 5 working days to process an application.',
  'You can also apply by post using <a href="/government/publications/form-wwa-bl1">form WWA-BL1</a>. Allow at least 20 working days. If ' +
    'your licence will expire before your new one arrives, you can ask for a temporary 14-day permit.',
];
const gvNotice = [
  'If you’re buying a boat with an existing licence, the licence does not transfer to you. You must apply for a new one within 28 days of the sale.',
];
const gvFees = ['The fee depends on the length of your boat and how long you want the licence to last. Annual licences for 2025 to 2026 cost:'];
const gvTable = [
  ['Up to 7 metres', '£640'],
  ['7 to 15 metres', '£980'],
  ['Over 15 metres', '£1,260'],
];
const gvFees2 = [
  'You get a 10% discount if you pay for 12 months in one payment online. Short-term licences for 1, 7 or 30 days are also available for visiting boats.',
];
const gvDisplay = [
  'You must display your licence on both sides of your boat so it can be read from the towpath. Your boat’s name and index number must ' +
    'also be shown on both sides in letters at least 10cm high.',
  'Enforcement officers check boats regularly. If your boat is unlicensed you may be fined up to £1,000 and your boat may be removed from the waterway.',
];
const gvHeads = ['Who needs a licence', 'What you need before you apply', 'How to apply', 'Fees', 'Display your licence'];
const gvCookie = [
  'Cookies on GOV.WM',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.WM, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const gvCrumbs = ['Home', 'Transport', 'Inland waterways and boating'];
const gvUpdates = ['Fees updated for 2025 to 2026.', 'Added information on temporary 14-day permits.', 'First published.'];
const gvRelated = ['Boat Safety Certificate: what you need to know', 'Mooring on Authority waterways', 'Apply for a boat licence'];
const gvUseful = ['Is this page useful?', 'Maybe', 'Yes', 'this page is useful', 'No', 'this page is not useful', 'Report a problem with this page'];
const gvTopics = [
  'Benefits',
  'Business and self-employed',
  'Childcare and parenting',
  'Driving and transport',
  'Education and learning',
  'Housing and local services',
];
const gvGov = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations', 'Transparency'];
const gvSupport = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gvLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const gvDates = (cls: string): string => `<div class="gem-c-published-dates ${cls}" lang="en" data-module="gem-toggle">
<p class="gem-c-published-dates__text">Published 14 May 2023<br>
Last updated 2 June 2025</p>`;
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gvTitle} - GOV.WM</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation" content="Westmark Waterways Authority">
<meta property="og:site_name" content="GOV.WM"><link rel="canonical" href="https://www.gov.wm/guidance/licensing-and-registering-a-boat">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${gvTitle}","datePublished":"2023-05-14T09:30:00+01:00",
"dateModified":"2025-06-02T11:04:00+01:00","author":{"@type":"Organization","name":"Westmark Waterways Authority"},"publisher":{"@type":"Organization",
"name":"GOV.WM"}}</script>
<link rel="stylesheet" href="/assets/static/application-6d2a.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ?
' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.WM">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.WM"><div class="gem-c-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">${gvCookie[0]}</h2><div class="govuk-cookie-banner__content">
${ps(gvCookie.slice(1, 4), ' class="govuk-body"')}</div>
<div class="govuk-button-group"><button class="gem-c-button govuk-button" type="submit" data-accept-cookies="true">${gvCookie[4]}</button>
<button class="gem-c-button govuk-button" type="submit" data-reject-cookies="true">${gvCookie[5]}</button>
<a class="govuk-link" href="/help/cookies">${gvCookie[6]}</a></div></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="gem-toggle"><div class="gem-c-layout-super-navigation-header__container">
<a href="/" class="gem-c-layout-super-navigation-header__header-logo" aria-label="Go to the GOV.WM homepage"><span
class="govuk-header__logotype">GOV.WM</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button aria-controls="super-navigation-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__navigation-top-toggle-button"
type="button">Menu</button>
<button aria-controls="super-search-menu" aria-expanded="false" class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">
<span class="govuk-visually-hidden">Show or hide search</span></button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span><h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1>
</div><p class="gem-c-lead-paragraph">${gvLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/westmark-waterways-authority"
class="govuk-link">Westmark Waterways Authority</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">14 May 2023</dd>
<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">2 June 2025 <span class="gem-c-metadata__definition-link">— <a
href="#full-publication-update-history" class="govuk-link">See all updates</a></span></dd></dl></div>
<div class="gem-c-single-page-notification-button"><button class="govuk-body-s gem-c-single-page-notification-button__submit" type="submit">Get emails about
this page</button></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">${links(gvHeads, 'gem-c-contents-list__list-item')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="who-needs-a-licence">${gvHeads[0]}</h2>${ps(gvWho)}<ul>${gvWhoList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="what-you-need-before-you-apply">${gvHeads[1]}</h2>${ps(gvBefore)}<ul>${gvBeforeList.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(gvBefore2)}
<h2 id="how-to-apply">${gvHeads[2]}</h2>${ps(gvApply)}
<div role="note" aria-label="Information" class="application-notice info-notice">${ps(gvNotice)}</div>
<h2 id="fees">${gvHeads[3]}</h2>${ps(gvFees)}
<table><thead><tr><th scope="col">Boat length</th><th scope="col">Annual fee</th></tr></thead><tbody>
${gvTable.map((r) => `<tr><td>${r[0]}</td>\n<td>${r[1]}</td></tr>`).join('\n')}</tbody></table>${ps(gvFees2)}
<h2 id="display-your-licence">${gvHeads[4]}</h2>${ps(gvDisplay)}
</div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div>
${gvDates('gem-c-published-dates--history')}<div id="full-publication-update-history"><p>+ show all updates</p><ol class="gem-c-published-dates__list">
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date" datetime="2025-06-02T11:04:00.000+01:00">2 June 2025</time>
<p class="gem-c-published-dates__change-note">${gvUpdates[0]}</p></li>
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date" datetime="2024-03-11T10:00:00.000+00:00">11 March 2024</time>
<p class="gem-c-published-dates__change-note">${gvUpdates[1]}</p></li>
<li class="gem-c-published-dates__change-item"><time class="gem-c-published-dates__change-date" datetime="2023-05-14T09:30:00.000+01:00">14 May 2023</time>
<p class="gem-c-published-dates__change-note">${gvUpdates[2]}</p></li></ol></div></div>
<div class="gem-c-back-to-top-link"><a class="govuk-link" href="#contents">Back to top</a></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related
content</h2><ul>${links(gvRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(['Inland waterways and boating'])}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">
${gvUseful[0]}</h2><button class="govuk-button" type="button">${gvUseful[1]}</button>
<button class="govuk-button" type="button">${gvUseful[2]} <span class="govuk-visually-hidden">${gvUseful[3]}</span></button>
<button class="govuk-button" type="button">${gvUseful[4]} <span class="govuk-visually-hidden">${gvUseful[5]}</span></button>
<button class="govuk-button govuk-button--secondary" type="button">${gvUseful[6]}</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2><ul class="govuk-footer__list">${links(gvTopics)}</ul></div>
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2><ul class="govuk-footer__list">${links(gvGov)}</ul>
</div></div><div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gvSupport)}</ul>
<span class="govuk-footer__licence-description">${gvLicence}</span><a class="govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div>
</div></footer><script src="/assets/static/application-7f3c.js" type="module"></script></body></html>`;
const govGuidance: TestPage = {
  html: gvHtml,
  name: 'heldout75-gov-guidance',
  kind: 'docs',
  // the lead paragraph, the five govspeak sections (lists, the information call-out and the fee table's cells) are the article;
  // the table header cells are in neither list; the "Guidance" caption is furniture; the metadata labels "Published" and "Last
  // updated" on their own are left out, "From:", the organisation and the dates are bylines; the contents list repeats the headings and is left out; the cookie
  // banner, header, breadcrumbs, "Get emails about this page", "Print this page", the update history, "Back to top", related
  // content, the feedback bar and footer are furniture
  title: gvTitle,
  headings: gvHeads,
  body: texts([
    gvLead,
    ...gvWho,
    ...gvWhoList,
    ...gvBefore,
    ...gvBeforeList,
    ...gvBefore2,
    ...gvApply,
    ...gvNotice,
    ...gvFees,
    ...gvTable.flat(),
    ...gvFees2,
    ...gvDisplay,
  ]),
  bylines: ['From:', 'Westmark Waterways Authority', '14 May 2023', '2 June 2025', 'Published 14 May 2023', 'Last updated 2 June 2025', '11 March 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gvCookie, 'Skip to main content', 'GOV.WM', 'Navigation menu', 'Menu', 'Show or hide search', ...gvCrumbs, 'Guidance', 'See all updates',
    'Get emails about this page', 'Contents', 'Print this page', '+ show all updates', ...gvUpdates, 'Back to top', 'Related content', ...gvRelated,
    'Explore the topic', ...gvUseful, 'Topics', ...gvTopics, 'Government activity', ...gvGov, 'Support links', ...gvSupport, gvLicence, '© Crown copyright',
  ],
};

export const HELDOUT75_D: readonly TestPage[] = [govGuidance, universityRelease];
