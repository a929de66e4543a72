import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 253, file f: an easy-read HTML publication on GOV.UK (cookie banner, govuk-header with Menu and search,
 * breadcrumbs, the html-publication header with its document type, title, "Published" line and the "Contents" list, a
 * govspeak body of short sentences beside pictures with captions, "Print this page", the feedback component and the
 * govuk-footer with the licence lines). Every short sentence is its own paragraph, as easy read is written.
 */
const title = 'Easy read: Getting help to pay for care at home';
type Part = { h: string; items: { pic: string; lines: string[] }[] };
const parts: Part[] = [
  {
    h: 'About this booklet',
    items: [
      { pic: 'Picture of a booklet', lines: ['This booklet is from the government.', 'It tells you about help to pay for care at home.'] },
      { pic: 'Picture of a person reading with a helper', lines: ['You can ask someone you trust to help you read it.'] },
    ],
  },
  {
    h: 'What is care at home?',
    items: [
      {
        pic: 'Picture of a carer helping a man put on his coat',
        lines: [
          'Care at home is when a carer comes to your home to help you.',
          'They can help you get washed and dressed.',
          'They can help you cook a meal or take your medicine.',
        ],
      },
    ],
  },
  {
    h: 'Who can get help to pay?',
    items: [
      {
        pic: 'Picture of a calendar and a house',
        lines: [
          'You might get help if you need care every day.',
          'You might get help if you have less than \u00A323,250 in savings.',
          'Your house does not count as savings if you live in it.',
        ],
      },
    ],
  },
  {
    h: 'How to ask for help',
    items: [
      {
        pic: 'Picture of a telephone',
        lines: ['Phone your local council.', 'Say you want a care needs assessment.', 'An assessment is a talk about what help you need.'],
      },
      {
        pic: 'Picture of two people talking at a table',
        lines: ['Someone from the council will meet you.', 'They will ask you questions about your day.', 'You can have a friend or family member with you.'],
      },
    ],
  },
  {
    h: 'What happens next',
    items: [
      {
        pic: 'Picture of a letter',
        lines: [
          'The council will send you a letter.',
          'The letter will say what help you can get.',
          'It will say how much you need to pay, if anything.',
          'If you do not agree, you can ask them to look again.',
        ],
      },
    ],
  },
];
const headings = parts.map((p) => p.h);
const lines = parts.flatMap((p) => p.items.flatMap((i) => i.lines));
const pics = parts.flatMap((p) => p.items.map((i) => i.pic));
const crumbs = ['Home', 'Health and social care', 'Social care'];
const foot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const html = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${title} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="stylesheet" href="/assets/government-frontend/application-4e1d.css"><link rel="canonical"
href="https://www.gov.uk/government/publications/help-paying-for-care-at-home/easy-read-getting-help-to-pay-for-care-at-home">
<meta name="govuk:format" content="html_publication"><meta name="govuk:primary-publishing-organisation" content="Department for Pensions and Care">
<meta name="description" content="An easy read guide to getting help to pay for care at home.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${title}","datePublished":"2026-03-03T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script></head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
</script><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some
essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your
settings and improve government services.</p></div><div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept
additional cookies</button><button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link"
href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="gem-c-layout-super-navigation-header" role="banner" data-module="super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container
govuk-width-container"><a class="gem-c-layout-super-navigation-header__header-logo-link" href="/" id="logo"><span class="govuk-visually-hidden">GOV.UK</span>
</a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-expanded="false">Menu
</button><button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-expanded="false"><span class="govuk-visually-hidden">Search GOV.UK
</span></button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="ga4-link-tracker"><ol class="govuk-breadcrumbs__list">
${links(crumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="content" class="html-publication" lang="en"><div class="publication-external"><ul class="organisation-logos"><li
class="organisation-logos__logo"><div class="gem-c-organisation-logo"><a class="gem-c-organisation-logo__link" href="/government/organisations/dpc"><span
class="gem-c-organisation-logo__name">Department for Pensions and Care</span></a></div></li></ul></div>
<div class="gem-c-inverse-header"><div class="gem-c-title gem-c-title--inverse"><span class="govuk-caption-xl gem-c-title__context">Guidance</span><h1
class="gem-c-title__text govuk-heading-xl">${title}</h1></div><p class="publication-header__last-changed">Published 3 March 2026</p></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-one-quarter-from-desktop contents-list-container"><nav class="gem-c-contents-list"
aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${headings
  .map(
    (h, i) => `<li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link govuk-link" href="#s${i + 1}">${h}</a>
</li>`,
  )
  .join('\n')}
</ol></nav><div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button>
</div>
</div><div class="print-wrapper govuk-grid-column-three-quarters-from-desktop"><div class="govuk-grid-row"><div class="govuk-grid-column-full"><div
class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak"><div class="govspeak">
${parts
  .map(
    (p, i) => `<h2 id="s${i + 1}">${p.h}</h2>
${p.items
  .map(
    (it, k) => `<figure class="image embedded" id="figure-${i}-${k}"><div class="img"><img src="https://assets.publishing.service.gov.uk/media/er${i}${k}.png"
alt=""></div><figcaption><p>${it.pic}</p></figcaption></figure>
${it.lines.map((l) => `<p>${l}</p>`).join('\n')}`,
  )
  .join('\n')}`,
  )
  .join('\n')}
</div></div></div></div></div></div></main>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt gem-c-feedback__js-show js-prompt"><div
class="gem-c-feedback__prompt-content"><div class="gem-c-feedback__prompt-questions js-prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this
page useful?</h2><ul class="gem-c-feedback__option-list"><li><button class="govuk-button gem-c-feedback__prompt-link">Yes <span
class="govuk-visually-hidden">this page is useful</span></button></li><li><button class="govuk-button gem-c-feedback__prompt-link">No <span
class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div><div class="gem-c-feedback__prompt-questions"><button class="govuk-button
gem-c-feedback__prompt-link">Report a problem with this page</button></div></div></div></div></div>
<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item
govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(foot, 'govuk-footer__inline-list-item')}</ul>
<div class="govuk-footer__meta-custom">Built by the <a href="/government/organisations/government-digital-service" class="govuk-footer__link">Government Digital
Service</a></div><span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link"
href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise
stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">©
Crown copyright</a></div></div></div></footer>
<script src="/assets/government-frontend/application-9a2c.js" type="module"></script></body></html>`;
export const easyRead: TestPage = {
  name: 'heldout253-govuk-easy-read-publication',
  kind: 'docs',
  html,
  title,
  headings,
  body: texts(lines),
  bylines: ['Published 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK', ...crumbs,
    'Department for Pensions and Care', 'Guidance', 'Contents', 'Print this page', ...pics, 'Is this page useful?', 'this page is useful',
    'this page is not useful', 'Report a problem with this page', 'Support links', ...foot, 'Built by the Government Digital Service',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};
