import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file b2: a gov.scot news release on the Scottish Government Design System (the cookie banner, skip
 * link, site header with search and the nav, breadcrumb, the "News" label, the ds_metadata list with "Published", "Part of"
 * and "Directorate", the lead image, the release with a minister's quote and a "Background" section, the "Related news"
 * aside, the "Was this helpful?" feedback form and the footer with the Open Government Licence line and Crown copyright).
 */
const scTitle = 'Ferry ticket discount extended to island apprentices';
const scLead =
  'Apprentices who live on Scotland’s islands will be able to travel free on lifeline ferry services to reach college and training ' +
  'placements from January, under an extension of the Island Travel Discount Scheme.';
const scP1 = [
  'The change will benefit around 1,900 apprentices and trainees aged 16 to 24, who currently pay the adult fare when travelling to ' +
    'the mainland for block-release courses. Students in full-time further education already travel free.',
  'Passengers will show their apprentice card at the ticket office or on board, and the operators will claim the cost back from the ' +
    'scheme. No separate application will be needed.',
  'Announcing the extension during a visit to Kilbrannan Marine Training Centre, Islands Minister Fiona Drummond said:',
];
const scQuote =
  '“Young people on our islands should not have to choose between the career they want and the cost of getting to it. Too many ' +
  'apprentices have told us that the ferry fare eats up a large share of their wage in the weeks they are at college. ' +
  'This change puts them on the same footing as their friends in full-time education.”';
const scP2 = ['Euan Mackinnon, chair of the Island Skills Partnership, said the change would help employers on the islands keep young staff:'];
const scQuote2 =
  '“Every year we lose a few apprentices in their first term, and travel costs come up again and again when we ask why. This will ' +
  'make a real difference to small firms who want to train local people.”';
const scH1 = 'Background';
const scL1 = [
  'The extension applies to modern apprentices and foundation apprentices on approved programmes who are resident on an island.',
  'Free travel covers journeys on the Clyde and Hebrides and Northern Isles ferry networks between home and a college or training provider.',
  'The scheme will cost an estimated £1.2 million a year and will be reviewed after 18 months.',
  'Further details for apprentices and employers will be published on the Transport Scotland website in December.',
];
const scCookie = [
  'Tell us whether you accept cookies',
  'We use essential cookies to make this site work.',
  'We would also like to use analytics cookies to understand how you use our site and to improve our services.',
];
const scNav = ['About', 'Topics', 'Publications', 'Statistics and research', 'Consultations', 'News', 'Contact'];
const scRelated = ['Funding for new island housing for key workers', 'Consultation opens on Islands Plan review', 'Ferry timetable changes for winter 2025'];
const scFeedback = ['Was this helpful?', 'Yes', 'No', 'Yes, but', 'What were you looking for?', 'Do not include any personal information.', 'Send feedback'];
const scFoot = ['Accessibility', 'Contact', 'Cookies', 'Crown Copyright', 'Jobs and vacancies', 'Privacy'];
const scOgl = 'All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated';
const scHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${scTitle} - gov.scot</title><meta name="description" content="${scLead}">
<meta property="og:title" content="${scTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="gov.scot">
<meta name="dc.date.issued" content="2025-10-14"><meta name="dc.format" content="News"><meta name="dc.creator" content="Transport Scotland Directorate">
<link rel="canonical" href="https://www.gov.scot/news/ferry-ticket-discount-extended-to-island-apprentices/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${scTitle}","datePublished":"2025-10-14T10:00:00Z",
"publisher":{"@type":"GovernmentOrganization","name":"The Scottish Government"}}</script>
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.21.0"><script>document.documentElement.classList.add('js');</script></head>
<body><div class="ds_page"><div class="ds_page__top"><div id="cookie-notice" class="ds_notification ds_notification--cookie" role="region"
aria-label="Cookie banner"><div class="ds_wrapper"><div class="ds_notification__content"><h2 class="visually-hidden">${scCookie[0]}</h2>
<div class="ds_notification__text"><p>${scCookie[1]}</p><p>${scCookie[2]}</p></div><div class="ds_button-group">
<button class="ds_button ds_button--small js-accept-all-cookies" type="button">Accept all cookies</button>
<button class="ds_button ds_button--small ds_button--secondary js-accept-essential-cookies" type="button">Use essential cookies only</button>
<a class="ds_link" href="/cookies/">Set cookie preferences</a></div></div></div></div>
<div class="ds_skip-links"><ul class="ds_skip-links__list"><li class="ds_skip-links__item"><a class="ds_skip-links__link" href="#main-content">
Skip to main content</a></li></ul></div><header class="ds_site-header ds_site-header--gradient" role="banner"><div class="ds_wrapper">
<div class="ds_site-header__content"><div class="ds_site-branding"><a class="ds_site-branding__logo ds_site-branding__link" href="/">
<img class="ds_site-branding__logo-image" src="/assets/images/logos/scotgovlogo.svg" alt="The Scottish Government"></a></div>
<div class="ds_site-header__controls"><label aria-controls="mobile-navigation" class="ds_site-header__control js-toggle-menu" for="menu">
<span class="ds_site-header__control-text">Menu</span></label></div>
<div class="ds_site-header__search"><div class="ds_site-search"><form action="/search/" role="search" class="ds_site-search__form" method="GET">
<label class="ds_label visually-hidden" for="site-search">Search</label><div class="ds_input__wrapper ds_input__wrapper--has-icon">
<input name="q" required id="site-search" class="ds_input ds_site-search__input" type="search" placeholder="Search site" autocomplete="off">
<button type="submit" class="ds_button js-site-search-button"><span class="visually-hidden">Submit search</span></button></div></form></div></div></div></div>
<div class="ds_site-header__navigation"><div class="ds_wrapper"><nav class="ds_site-navigation" aria-label="Main navigation">
<ul class="ds_site-navigation__list">${links(scNav, 'ds_site-navigation__item')}</ul></nav></div></div></header></div>
<div id="main-content" class="ds_page__middle"><div class="ds_wrapper"><nav aria-label="Breadcrumb"><ol class="ds_breadcrumbs">
<li class="ds_breadcrumbs__item"><a class="ds_breadcrumbs__link" href="/">Home</a></li><li class="ds_breadcrumbs__item">
<a class="ds_breadcrumbs__link" href="/news/">News</a></li></ol></nav>
<main class="ds_layout ds_layout--article" id="page-content"><div class="ds_layout__header"><header class="ds_page-header">
<span class="ds_page-header__label ds_content-label">News</span><h1 class="ds_page-header__title">${scTitle}</h1>
<dl class="ds_page-header__metadata ds_metadata"><div class="ds_metadata__item"><dt class="ds_metadata__key">Published</dt>
<dd class="ds_metadata__value">14 October 2025</dd></div><div class="ds_metadata__item"><dt class="ds_metadata__key">Part of</dt>
<dd class="ds_metadata__value"><a href="/policies/ferries/">Ferries</a>, <a href="/policies/young-people/">Young people</a></dd></div>
<div class="ds_metadata__item"><dt class="ds_metadata__key">Directorate</dt><dd class="ds_metadata__value">Transport Scotland Directorate</dd></div>
</dl></header></div><div class="ds_layout__content"><div class="body-content"><div class="leader leader--first-para"><p>${scLead}</p></div>
<figure class="ds_image"><img src="/binaries/content/gallery/news/2025/10/ferry-apprentice.jpg" alt="" class="ds_image__image" loading="lazy"></figure>
${ps(scP1)}<blockquote><p>${scQuote}</p></blockquote>${ps(scP2)}<blockquote><p>${scQuote2}</p></blockquote>
<h2>${scH1}</h2><ul>${scL1.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="ds_layout__sidebar"><aside class="ds_article-aside" aria-labelledby="related-news"><h2 id="related-news" class="gamma">Related news</h2>
<ul class="ds_no-bullets">${links(scRelated)}</ul></aside></div>
<div class="ds_layout__feedback"><section class="ds_feedback" id="feedback"><form class="ds_feedback__form" action="/feedback/" method="post">
<fieldset><legend class="ds_feedback__title">${scFeedback[0]}</legend><div class="ds_field-group ds_field-group--inline">
<div class="ds_radio ds_radio--small"><input class="ds_radio__input" id="yes" name="type" type="radio" value="yes">
<label class="ds_radio__label" for="yes">${scFeedback[1]}</label></div><div class="ds_radio ds_radio--small">
<input class="ds_radio__input" id="no" name="type" type="radio" value="no"><label class="ds_radio__label" for="no">${scFeedback[2]}</label></div>
<div class="ds_radio ds_radio--small"><input class="ds_radio__input" id="yesbut" name="type" type="radio" value="yesbut">
<label class="ds_radio__label" for="yesbut">${scFeedback[3]}</label></div></div></fieldset><div class="ds_question" hidden>
<label class="ds_label" for="comments">${scFeedback[4]}</label><p class="ds_hint-text">${scFeedback[5]}</p><textarea id="comments" class="ds_input"></textarea>
</div><button type="submit" class="ds_button">${scFeedback[6]}</button></form></section></div></main></div></div>
<footer class="ds_site-footer"><div class="ds_wrapper"><div class="ds_site-footer__content"><ul class="ds_site-footer__site-items">
${links(scFoot, 'ds_site-items__item')}</ul><div class="ds_site-footer__copyright"><a class="ds_site-footer__copyright-logo"
href="https://www.nationalarchives.example/doc/open-government-licence/"><img src="/assets/images/logos/ogl.svg" alt="Open Government License"></a>
<p>${scOgl}</p></div><div class="ds_site-footer__org"><a class="ds_site-footer__org-link" href="/">
<img class="ds_site-footer__org-logo" src="/assets/images/logos/scotgovlogo.svg" alt="The Scottish Government" width="300"></a></div>
<p class="ds_site-footer__copy">© Crown Copyright</p></div></div></footer></div>
<script src="/assets/scripts/global.js?v=3.21.0"></script><script src="/assets/scripts/feedback.js"></script></body></html>`;
export const govScot: TestPage = {
  html: scHtml,
  name: 'heldout199-gov-scot-news-release',
  kind: 'news',
  // the lead paragraph and the quotes are body; "Published" with its date is a byline; the label, the metadata keys and
  // values ("Part of", the policies, "Directorate"), the related news aside, feedback form, cookie banner and footer are furniture
  title: scTitle,
  headings: [scH1],
  body: texts([scLead, ...scP1, scQuote, ...scP2, scQuote2, ...scL1]),
  bylines: ['Published', '14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...scCookie, 'Accept all cookies', 'Use essential cookies only', 'Set cookie preferences', 'Skip to main content', 'Menu', 'Search', 'Submit search',
    ...scNav, 'Home', 'Part of', 'Ferries', 'Young people', 'Directorate', 'Transport Scotland Directorate', 'Related news', ...scRelated,
    ...scFeedback, ...scFoot, scOgl, '© Crown Copyright',
  ],
};
