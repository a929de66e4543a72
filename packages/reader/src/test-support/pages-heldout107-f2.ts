import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 107, file f2: a GOV.UK press release (the cookie banner with its hidden confirmation messages, "Skip to
 * main content", the header with "Menu", the super navigation with its hidden "Topics" and "Government activity" lists and
 * search label, breadcrumbs, the "Press release" context, title and lead paragraph, the metadata block with "From:" and
 * "Published", the image caption, the govspeak body with bullets, quotes and "Notes to editors", "Share this page", the
 * "Related content" and "Explore the topic" sidebars, the "Is this page useful?" feedback form with its hidden fields, and
 * the footer with its licence and crown copyright lines).
 */
const gvTitle = 'New funding to protect 3,000 coastal homes from erosion';
const gvLead = 'Fourteen coastal councils will share £48 million to trial new ways of protecting homes and roads at risk from coastal erosion.';
const gvBullets = [
  '£48 million for 14 councils to trial new approaches to coastal erosion',
  'around 3,000 homes and 40 miles of road expected to benefit by 2030',
  'councils to work with communities on long-term plans, including moving key services inland where needed',
];
const gvP1 = [
  'Communities on some of the fastest-eroding stretches of England’s coastline will be better protected thanks to new government funding ' +
    'announced today (12 November 2025).',
  'The Coastal Resilience Programme will give 14 councils a share of £48 million over the next five years to test new ways of managing erosion ' +
    'where traditional sea defences are too costly or would simply move the problem along the coast.',
  'Projects include beach recharge schemes that top up eroding shorelines with sand and shingle, new drainage to slow cliff falls, and support ' +
    'for households whose homes are at risk of being lost within the next 20 years.',
];
const gvQuote1 =
  '“For families living on the edge of a crumbling cliff, the threat of losing their home is frightening and very real. This funding will help ' +
  'councils and communities plan ahead, rather than waiting for the next storm.”';
const gvP2 = [
  'Coastal Communities Minister Rachel Penhale said:',
  gvQuote1,
  'The programme will also fund advice and practical help for residents, including valuations, help finding new homes and the cost of ' +
    'demolishing properties that become unsafe.',
  'Chair of the Coastal Councils Group, Cllr Martin Abbot, said:',
  '“Councils on the coast have been asking for this kind of flexible funding for years. It recognises that there is no single answer to erosion ' +
    'and that every stretch of coast is different.”',
];
const gvH1 = 'Notes to editors';
const gvNotes = [
  'The 14 councils taking part were selected following an open bidding process that closed in June 2025.',
  'Funding will be released in stages, with the first £9 million available from April 2026.',
  'An independent evaluation will report on the results of the programme in 2031.',
];
const gvCookie = [
  'Cookies on GOV.UK',
  'We use some essential cookies to make this website work.',
  'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
  'We also use cookies set by other sites to help us deliver content from their services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
  'You have accepted additional cookies. You can change your cookie settings at any time.',
  'Hide this message',
];
const gvTopics = [
  'Benefits',
  'Business and self-employed',
  'Childcare and parenting',
  'Driving and transport',
  'Education and learning',
  'Environment and countryside',
  'Housing and local services',
  'Money and tax',
  'Working, jobs and pensions',
];
const gvGov = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations', 'Transparency'];
const gvCrumbs = ['Home', 'Environment', 'Flooding and coastal change'];
const gvFrom = 'Department for Coastal Communities';
const gvMinister = 'Rachel Penhale MP';
const gvCaption = 'Cliffs at Eastholme, one of the areas that will benefit from the programme.';
const gvShare = ['Share this page', 'Facebook', 'Twitter'];
const gvRelated = ['Coastal erosion risk map: 2025 update', 'Shoreline management plans: guidance for councils', 'Flood and coastal erosion funding'];
const gvFeedback = [
  'Is this page useful?',
  'Maybe',
  'Yes this page is useful',
  'No this page is not useful',
  'Report a problem with this page',
  'Thank you for your feedback',
  'Help us improve GOV.UK',
  'Don’t include personal or financial information like your National Insurance number or credit card details.',
  'What were you doing?',
  'What went wrong?',
  'Send',
  'Cancel',
];
const gvSupport = [
  'Help',
  'Privacy',
  'Cookies',
  'Accessibility statement',
  'Contact',
  'Terms and conditions',
  'Rhestr o Wasanaethau Cymraeg',
  'Government Digital Service',
];
const gvLicence = 'All content is available under the Open Government Licence v3.0, except where otherwise stated';
const gvLicenceHtml = gvLicence.replace('Open Government Licence v3.0', '<a class="govuk-footer__link" href="/ogl">Open Government Licence v3.0</a>');
const gvHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${gvTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<meta name="description" content="${gvLead}"><meta name="govuk:format" content="press_release"><meta name="govuk:schema-name" content="news_article">
<meta name="govuk:primary-publishing-organisation" content="${gvFrom}"><meta property="og:title" content="${gvTitle}">
<link rel="canonical" href="https://www.gov.uk/government/news/new-funding-to-protect-3000-coastal-homes-from-erosion">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gvTitle}","datePublished":"2025-11-12T00:01:00+00:00",
"author":{"@type":"Organization","name":"${gvFrom}"},"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<link rel="stylesheet" href="/assets/frontend/application-1f2e3d4c.css"></head>
<body class="govuk-template__body">
<script nonce="abc">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="${gvCookie[0]}">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="${gvCookie[0]}">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">${gvCookie[0]}</h2>
<div class="govuk-cookie-banner__content">${ps(gvCookie.slice(1, 4), ' class="govuk-body"')}</div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">${gvCookie[4]}</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">${gvCookie[5]}</button><a class="govuk-link" href="/help/cookies">${gvCookie[6]}</a>
</div></div>
<div class="gem-c-cookie-banner__confirmation govuk-width-container" tabindex="-1" hidden>
<p class="gem-c-cookie-banner__confirmation-message">${gvCookie[7]}</p>
<div class="govuk-button-group"><button class="gem-c-cookie-banner__hide-button govuk-button" data-hide-cookie-banner="true">${gvCookie[8]}</button></div>
</div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-layout-super-navigation-header" class="gem-c-layout-super-navigation-header">
<div class="gem-c-layout-super-navigation-header__container">
<a class="gem-c-layout-super-navigation-header__header-logo-link" href="/" aria-label="Go to the GOV.UK homepage"><svg class="govuk-header__logotype"></svg></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">
Navigation menu</h2><button aria-controls="super-navigation-menu" aria-expanded="false"
class="gem-c-layout-super-navigation-header__navigation-top-toggle-button"
type="button">Menu</button><div id="super-navigation-menu" hidden class="gem-c-layout-super-navigation-header__navigation-dropdown-menu">
<div class="govuk-grid-row"><div class="govuk-grid-column-one-third"><h3 class="govuk-heading-m">Topics</h3>
<ul class="govuk-list">${links(gvTopics, 'govuk-list__item')}</ul></div>
<div class="govuk-grid-column-one-third"><h3 class="govuk-heading-m">Government activity</h3>
<ul class="govuk-list">${links(gvGov, 'govuk-list__item')}</ul></div></div></div>
<div id="super-search-menu" hidden><form action="/search/all" method="get" role="search"><label for="search-main" class="govuk-label">Search GOV.UK</label>
<input id="search-main" name="keywords" type="search"><button class="gem-c-search__submit" type="submit">Search</button></form></div></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gvCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading gem-c-heading--mobile-top-margin govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Press release</span><h1 class="gem-c-heading__text govuk-heading-l">${gvTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gvLead}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/department-for-coastal-communities" class="govuk-link">${gvFrom}</a>
and <a href="/government/people/rachel-penhale" class="govuk-link">${gvMinister}</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 November 2025</dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><figure class="gem-c-figure" lang="en">
<img class="gem-c-figure__image" src="/cliffs.jpg" alt="Eroding cliffs">
<figcaption class="gem-c-figure__figcaption"><p class="gem-c-figure__figcaption-text">${gvCaption}</p></figcaption></figure>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<ul>${gvBullets.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(gvP1)}
${ps(gvP2.slice(0, 1))}
<blockquote><p>${gvQuote1}</p></blockquote>
${ps(gvP2.slice(2))}
<h2 id="notes-to-editors">${gvH1}</h2>
<ul>${gvNotes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">${gvShare[0]}</h2><ul class="gem-c-share-links__list">
${gvShare
  .slice(1)
  .map(
    (t) =>
      `<li class="gem-c-share-links__list-item"><a class="govuk-link" href="/share/${t}"><span class="govuk-visually-hidden">Share on </span>${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul>${links(gvRelated, 'gem-c-related-navigation__link')}</ul><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3>
<ul>${links(['Flooding and coastal change'], 'gem-c-related-navigation__link')}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt" tabindex="-1">
<div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<h2 class="gem-c-feedback__prompt-question">${gvFeedback[0]}</h2>
<a href="/contact/govuk" class="gem-c-feedback__prompt-link" hidden>${gvFeedback[1]}</a><button class="govuk-button gem-c-feedback__prompt-link">Yes
<span class="govuk-visually-hidden">this page is useful</span></button><button class="govuk-button gem-c-feedback__prompt-link">No
<span class="govuk-visually-hidden">this page is not useful</span></button></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-success" hidden>${gvFeedback[5]}</div>
<button class="govuk-button govuk-button--secondary gem-c-feedback__prompt-link">${gvFeedback[4]}</button></div></div>
<form action="/contact/govuk/problem_reports" class="gem-c-feedback__form" id="something-is-wrong" hidden><h3 class="govuk-heading-m">${gvFeedback[6]}</h3>
<p class="govuk-body">${gvFeedback[7]}</p><label class="govuk-label" for="input-1">${gvFeedback[8]}</label>
<input class="govuk-input" id="input-1" name="what_doing">
<label class="govuk-label" for="input-2">${gvFeedback[9]}</label><input class="govuk-input" id="input-2" name="what_wrong">
<button class="govuk-button" type="submit">${gvFeedback[10]}</button><button class="govuk-button govuk-button--secondary"
type="button">${gvFeedback[11]}</button></form></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2>
<ul class="govuk-footer__list">${links(gvTopics, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-footer__section"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul>${links(gvGov, 'govuk-footer__list-item')}</ul></div></div>
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gvSupport, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">${gvLicenceHtml}</span>
<a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/">© Crown copyright</a>
</div></footer><script src="/assets/frontend/application-9a8b7c6d.js" type="module"></script></body></html>`;
export const govukRelease: TestPage = {
  html: gvHtml,
  name: 'heldout107-govuk-press-release',
  kind: 'news',
  // the lead paragraph and the summary bullets are body, and "Notes to editors" is a heading of the release; the quotes are
  // body (the blockquoted one too); "From:", the department, the minister and "Published" with its date are bylines; the
  // "Press release" context label is furniture
  title: gvTitle,
  headings: [gvH1],
  body: texts([gvLead, ...gvBullets, ...gvP1, ...gvP2, ...gvNotes]),
  bylines: ['From:', gvFrom, gvMinister, 'Published', '12 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gvCookie, 'Skip to main content', 'Navigation menu', 'Menu', 'Topics', ...gvTopics, 'Government activity', ...gvGov, 'Search GOV.UK', 'Search',
    ...gvCrumbs.slice(0, 2), 'Press release', gvCaption, ...gvShare, 'Related content', ...gvRelated, 'Explore the topic', 'Flooding and coastal change',
    ...gvFeedback, 'Support links',
    ...gvSupport, gvLicence, '© Crown copyright',
  ],
};
