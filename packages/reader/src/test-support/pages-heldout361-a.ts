import { links, ps, type TestPage, texts } from './page-kit.js';
import { ledger } from './pages-heldout361-a2.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file a: a GOV.UK-style multi-part guide page (cookie banner, super navigation header, breadcrumbs,
 * guide contents list, part title, pagination, contextual sidebar, feedback component, footer) and a news story on a
 * visa rule change in the Guardian's DCR markup (consent frame, pillar navigation, standfirst, figure, meta with byline,
 * rich link, support epic, most viewed rail, footer).
 */
const gTitle = 'Seasonal Orchard Worker visa';
const gIntro = [
  j(
    'You can apply for a Seasonal Orchard Worker visa if you have been offered a job picking, grading or packing fruit by an',
    'approved scheme operator. You must be 18 or over when you apply.',
  ),
  'You must also meet the English language and savings requirements set out on this page, unless you are exempt.',
];
const gJob = [
  'Your job offer must come from one of the 4 licensed scheme operators. The farm you work on does not need its own licence.',
  'Your scheme operator will give you a certificate of sponsorship reference number. You need this number to apply.',
];
const gJobList = [
  'the name of the farm or packhouse where you will work',
  'the dates your work will start and finish',
  'the hourly rate you will be paid, which must be at least £11.90',
  'the number of hours you are guaranteed each week, which must be at least 32',
];
const gMoney = [
  j(
    'You must have at least £1,270 in savings to show you can support yourself when you arrive. You must have held this money',
    'for 28 days in a row, and day 28 must be within 31 days of the date you apply.',
  ),
  j(
    'You do not need to prove your savings if your scheme operator certifies your maintenance. This means they agree to cover',
    'your costs during your first month, up to £1,270. They will confirm this on your certificate of sponsorship.',
  ),
];
const gBefore = [
  'You cannot apply if you have held a Seasonal Orchard Worker visa in the last 6 months.',
  j(
    'If you have been refused a visa in the last 12 months because you broke the conditions of an earlier visa, you will not',
    'usually be able to get this visa.',
  ),
];
const gNav = ['Menu', 'Search GOV.UK'];
const gCrumbs = ['Home', 'Entering and staying in the UK', 'Visas and visa applications', 'Work visas'];
const gParts = ['Overview', 'Eligibility', 'Your employer', 'Documents you must provide', 'Apply', 'Family members', 'Extend your visa'];
const gRelated = ['Check if you need a visa', 'Prove your English language abilities', 'Find a licensed scheme operator'];
const gFootServices = [
  'Benefits',
  'Births, death, marriages and care',
  'Business and self-employed',
  'Childcare and parenting',
  'Citizenship and living in the UK',
  'Crime, justice and the law',
  'Disabled people',
  'Driving and transport',
];
const gFootGov = ['Departments', 'News', 'Guidance and regulation', 'Research and statistics', 'Policy papers and consultations'];
const gFootMeta = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title lang="en">${gTitle}: Eligibility - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8"><link rel="canonical" href="https://www.gov.example/seasonal-orchard-worker-visa/eligibility">
<meta name="govuk:format" content="guide"><meta name="govuk:schema-name" content="guide"><meta name="govuk:content-id" content="7c1f0d2e-4a11">
<meta name="govuk:primary-publishing-organisation" content="Home Office"><meta property="og:site_name" content="GOV.UK">
<meta property="og:title" content="${gTitle}"><meta name="description" content="Apply to come to the UK for seasonal fruit work.">
<link rel="stylesheet" href="/assets/static/application-5a3b.css"><script type="application/ld+json">
{"@context":"http://schema.org","@type":"FAQPage","headline":"${gTitle}","name":"${gTitle}","url":"https://www.gov.example/seasonal-orchard-worker-visa"}
</script>
<script src="/assets/static/govuk_publishing_components/load-analytics-2c4.js" type="module"></script></head>
<body class="govuk-template__body gem-c-layout-for-public__body"><script nonce="aGk9">document.body.className += ' js-enabled' +
('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message
govuk-cookie-banner__message
govuk-width-container"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div tabindex="-1" class="govuk-cookie-banner__content
gem-c-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p></div></div></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="gem-c-skip-link govuk-skip-link govuk-!-display-none-print" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="gem-toggle" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container
govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.example"><span
class="govuk-visually-hidden">GOV.UK</span>
</a><nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">${gNav[0]}</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button"><span class="govuk-visually-hidden">${gNav[1]}</span></button>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav data-module="ga4-link-tracker" class="gem-c-breadcrumbs govuk-breadcrumbs"
aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8">
<h1 class="gem-c-title__text govuk-heading-xl">${gTitle}</h1></div>
<aside class="part-navigation-container" role="complementary"><nav aria-label="Pages in this guide" class="gem-c-contents-list" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${gParts
  .map((p, i) =>
    i === 1
      ? `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed gem-c-contents-list__list-item--active" aria-current="true">${p}</li>`
      : `<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed"><a class="gem-c-contents-list__link govuk-link"
href="/p${i}">${p}</a></li>`,
  )
  .join('\n')}
</ol></nav></aside>
<div class="govuk-grid-row"><div class="govuk-grid-column-full"><h1 class="part-title">Eligibility</h1>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
${ps(gIntro)}
<h2 id="your-job-offer">Your job offer</h2>
${ps(gJob)}
<p>Your certificate of sponsorship must show:</p>
<ul>${lis(gJobList)}</ul>
<h2 id="money-to-support-yourself">Money to support yourself</h2>
${ps(gMoney)}
<h2 id="if-you-have-been-in-the-uk-before">If you have been in the UK before</h2>
${ps(gBefore)}
</div></div>
<nav class="govuk-pagination govuk-pagination--block" aria-label="Pagination"><div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link"
href="/p0" rel="prev"><span class="govuk-pagination__link-title">Previous</span><span class="govuk-visually-hidden">:</span>
<span class="govuk-pagination__link-label">Overview</span></a></div><div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="/p2"
rel="next"><span class="govuk-pagination__link-title">Next</span><span class="govuk-visually-hidden">:</span>
<span class="govuk-pagination__link-label">Your employer</span></a></div></nav>
<div class="gem-c-print-link govuk-!-display-none-print"><a class="govuk-link" href="/print">View a printable version of the whole guide</a></div>
</div></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<nav role="navigation" class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items">
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></nav>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul class="gem-c-related-navigation__link-list">
<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/work-visas">Work in the UK</a></li></ul></div></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt"
tabindex="-1"><div class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul class="gem-c-feedback__option-list">
<li class="gem-c-feedback__option-list-item"><a class="govuk-button gem-c-feedback__prompt-link" href="/contact/govuk">Maybe</a></li>
<li class="gem-c-feedback__option-list-item"><button class="govuk-button gem-c-feedback__prompt-link js-page-is-useful">Yes
<span class="govuk-visually-hidden">this page is useful</span></button></li></ul></div>
<div class="gem-c-feedback__prompt-questions gem-c-feedback__prompt-questions--something-is-wrong js-prompt-questions">
<button class="govuk-button gem-c-feedback__prompt-link js-something-is-wrong">Report a problem with this page</button></div></div></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2">${links(gFootServices, 'govuk-footer__list-item')}</ul></div>
<div class="govuk-grid-column-one-third govuk-!-display-none-print"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list">${links(gFootGov, 'govuk-footer__list-item')}</ul></div></div>
<hr class="govuk-footer__section-break"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gFootMeta, 'govuk-footer__inline-list-item')}</ul>
<div class="govuk-footer__meta-custom">Built by the <a href="/gds" class="govuk-footer__link">Government Digital Service</a></div>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="/ogl" rel="license">Open Government
Licence v3.0</a>, except where otherwise stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link
govuk-footer__copyright-logo" href="/crown-copyright">© Crown copyright</a></div></div></div></footer>
<script src="/assets/static/application-9d1e.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout361-govuk-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Eligibility', 'Your job offer', 'Money to support yourself', 'If you have been in the UK before'],
  body: texts([...gIntro, ...gJob, 'Your certificate of sponsorship must show:', ...gJobList, ...gMoney, ...gBefore]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'We also use cookies set by other sites to help us deliver content from their services.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', ...gNav, ...gCrumbs, 'Contents', 'Overview', 'Your employer', 'Documents you must provide', 'Family members',
    'Extend your visa', 'Previous', 'Next', 'View a printable version of the whole guide', 'Related content', ...gRelated, 'Explore the topic',
    'Work in the UK', 'Is this page useful?', 'Maybe', 'Report a problem with this page', 'Services and information', ...gFootServices,
    'Government activity', ...gFootGov, ...gFootMeta, 'Built by the Government Digital Service',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT361_A: readonly TestPage[] = [govuk, ledger];
