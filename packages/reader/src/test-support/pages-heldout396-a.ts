import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';
import { civicplus } from './pages-heldout396-a2.js';

/**
 * Held-out batch 396, file a: a GOV.UK speech page (a finance ministry's budget statement) with the cookie banner, the
 * crown header, breadcrumbs, the "From / Published / Delivered on" metadata, the contents list, share links, the
 * "Is this page useful?" form, the related-content rail and the footer; and, from file a2, a city's budget explainer on
 * CivicPlus.
 */
const gTitle = 'Budget Statement 2026: Minister Castell’s speech to the Assembly';
const gLead = ['The Minister for Public Finance set out the government’s tax and spending plans for the coming financial year.'];
const gH = ['Where the public finances stand', 'A rule we will keep', 'Investing in the towns that pay for it', 'Tax changes', 'Conclusion'];
const g1 = [
  j(
    'Madam Deputy Speaker, a year ago I stood at this despatch box and promised a budget that would be dull in the best sense of',
    'the word: one that households and businesses could plan around. Today I can report that borrowing came in at 3.1 per cent',
    'of national income, four tenths of a point below the forecast we published last spring.',
  ),
  j(
    'That is not a reason to relax. Debt interest still costs us more than the whole of the courts and prisons budget combined,',
    'and the independent Fiscal Council has told us that an ageing population will add pressure every year this decade.',
  ),
];
const g2 = [
  j(
    'So I confirm today that the fiscal rule stays exactly as it is. Day-to-day spending will be met from receipts by the third',
    'year of the forecast, and debt will be falling as a share of the economy by the fifth. The Fiscal Council judges that we',
    'meet both tests, with headroom of 9.4 billion crowns.',
  ),
  'I have heard the calls to spend that headroom now. I will not, because headroom that is spent in March is not there when the storm comes in November.',
];
const g3 = [
  'Within the rule, there is room to invest. I am announcing three measures for the towns outside the capital.',
  'A 1.2 billion crown Regional Transport Fund, allocated by formula so that no town has to bid against its neighbour.',
  'Multi-year settlements for the forty largest district councils, so they can plan road repairs over five years rather than one.',
  'A doubling of the apprenticeship levy transfer allowance, letting large firms pass more of their unspent levy to small suppliers.',
];
const g4 = [
  j(
    'On tax, the personal allowance will rise with inflation from April, ending the freeze that my predecessor introduced. A basic',
    'rate taxpayer will keep around 140 crowns more each year. Fuel duty will rise by the rate of inflation, and I am closing',
    'the loophole that let holiday lets register as small businesses to avoid council rates.',
  ),
  j(
    '“We will not balance the books on the backs of people who cannot move their income offshore,” I said last year. The',
    'measures in the Finance Bill published tomorrow raise 2.3 billion crowns from offshore trusts and share buybacks by 2029.',
  ),
];
const g5 = [
  j(
    'A steady rule, honest forecasts and investment where it is most needed. That is the budget of a government',
    'that plans. I commend this statement to the House.',
  ),
];
const gNav = ['Departments', 'Worldwide', 'Services', 'Guidance and regulation', 'News and communications', 'Research and statistics'];
const gCrumbs = ['Home', 'Money', 'Public spending', 'Budgets'];
const gRelated = ['Budget 2026: policy costings', 'Economic and fiscal outlook: March 2026', 'Budget 2026 documents'];
const gExplore = ['Government spending', 'Tax policy'];
const gFootTopics = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Childcare and parenting', 'Driving and transport'];
const gFootLinks = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8"><link rel="stylesheet" href="/assets/static/application-4f1c.css">
<meta name="govuk:format" content="speech"><meta name="govuk:schema-name" content="speech">
<meta name="govuk:primary-publishing-organisation" content="Ministry of Public Finance">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta name="description" content="${gLead[0]}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-03-11T12:41:00+00:00",
"author":{"@type":"Organization","name":"Ministry of Public Finance"},"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script nonce="n0Xa">document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
</head><body class="gem-c-layout-for-public govuk-template__body">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo"
href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu">Menu</button>
<ul class="govuk-list gem-c-layout-super-navigation-header__navigation-items"
id="super-navigation-menu">${links(gNav, 'gem-c-layout-super-navigation-header__dropdown-list-item')}</ul>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav data-module="ga4-link-tracker" aria-label="Breadcrumb"
class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile"><ol class="govuk-breadcrumbs__list">
${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Speech</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead[0]}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/ministry-of-public-finance"
class="govuk-link">Ministry of Public Finance</a> and <a href="/government/people/maren-castell" class="govuk-link">The Rt Hon Maren Castell MP</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">11 March 2026</dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="important-metadata inverse-background"><div class="gem-c-important-metadata">
<dl class="gem-c-important-metadata__list"><dt class="gem-c-important-metadata__term">Location:</dt>
<dd class="gem-c-important-metadata__definition">The National Assembly, Port Seward</dd>
<dt class="gem-c-important-metadata__term">Delivered on:</dt>
<dd class="gem-c-important-metadata__definition">11 March 2026 (Original script, may differ from delivered version)</dd></dl>
</div></div>
<div class="gem-c-contents-list" role="navigation" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">
${gH
  .map(
    (h) => `<li class="gem-c-contents-list__list-item">
<a class="govuk-link gem-c-contents-list__link" href="#${h.toLowerCase().replace(/\W+/g, '-')}">${h}</a></li>`,
  )
  .join('\n')}
</ol></div>
<div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="where-the-public-finances-stand">${gH[0]}</h2>
${ps(g1)}
<h2 id="a-rule-we-will-keep">${gH[1]}</h2>
${ps(g2)}
<h2 id="investing-in-the-towns-that-pay-for-it">${gH[2]}</h2>
${ps(g3.slice(0, 1))}
<ul>${g3
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2 id="tax-changes">${gH[3]}</h2>
${ps(g4)}
<h2 id="conclusion">${gH[4]}</h2>
${ps(g5)}
</div></div></div>
<div class="gem-c-published-dates" lang="en"><p class="gem-c-published-dates__text">Published 11 March 2026</p></div>
<div class="gem-c-share-links govuk-!-display-none-print"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list">
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a>
</li>
<li class="gem-c-share-links__list-item"><a class="govuk-link gem-c-share-links__link" href="https://x.com/share">Share on X</a></li></ul></div>
</div><div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul class="gem-c-related-navigation__link-list">${links(gExplore)}</ul></div></div>
</div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button gem-c-feedback__prompt-link">Yes</button>
<button class="govuk-button gem-c-feedback__prompt-link">No</button>
<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button>
</div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list">${links(gFootTopics, 'govuk-footer__list-item')}</ul></div></div>
<div class="govuk-footer__meta"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(gFootLinks, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></div></footer>
<script src="/assets/static/application-9a2e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout396-govuk-speech-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gLead, ...g1, ...g2, ...g3, ...g4, ...g5]),
  bylines: [
    'Ministry of Public Finance and The Rt Hon Maren Castell MP',
    '11 March 2026',
    'Published 11 March 2026',
    '11 March 2026 (Original script, may differ from delivered version)',
  ],
  furniture: [
    'Cookies on GOV.UK',
    'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies',
    'Reject additional cookies',
    'View cookies',
    'Skip to main content',
    'Navigation menu',
    'Menu',
    ...gNav,
    'Search GOV.UK',
    ...gCrumbs,
    'Speech',
    'From:',
    'Location:',
    'The National Assembly, Port Seward',
    'Delivered on:',
    'Contents',
    'Share this page',
    'Share on Facebook',
    'Share on X',
    'Related content',
    ...gRelated,
    'Explore the topic',
    ...gExplore,
    'Is this page useful?',
    'Report a problem with this page',
    'Services and information',
    ...gFootTopics,
    'Support links',
    ...gFootLinks,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};

export const HELDOUT396_A: readonly TestPage[] = [govuk, civicplus];
