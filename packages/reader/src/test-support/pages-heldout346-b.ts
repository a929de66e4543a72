import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file b: a GOV.UK multi-part guide on the small claims court (govuk-frontend cookie banner, header,
 * phase banner, breadcrumbs, part navigation "Contents", print link, previous / next pagination, related-content rail,
 * "Is this page useful?" feedback, footer) and a Financial Ombudsman Service-style published decision page.
 */
const gTitle = 'Make a court claim for money';
const gPart = 'Before you claim';
const gH = ['Try to settle the dispute first', 'Check the claim limit', 'Court fees'];
const g1 = [
  j(
    'You can make a claim to a county court if someone owes you money and will not pay it back. This is sometimes called',
    'going to the small claims court. You must try to settle the dispute before you make a claim.',
  ),
];
const g2 = [
  'You should write to the person or business you are claiming from. Tell them:',
  'how much money you think they owe you',
  'why you think they owe it',
  'what you will do if they do not pay, for example make a court claim',
  j(
    'Keep copies of any letters or emails you send and receive. You may need them as evidence. You could also use a mediation',
    'service, which is usually cheaper and quicker than going to court.',
  ),
  j(
    'If the dispute is with a business, check whether it belongs to an ombudsman or an approved dispute resolution scheme. The',
    'court may ask why you did not use one, and you could be ordered to pay some costs if you refused to try mediation.',
  ),
];
const g3 = [
  j(
    'Claims for £10,000 or less are usually dealt with in the small claims track. The process is simpler and you usually do not',
    'need a solicitor. If you lose, you will not normally have to pay the other side\u2019s legal costs.',
  ),
  'Personal injury claims are only dealt with as small claims if the injury part is worth £1,500 or less.',
];
const gFees = [
  ['Up to £300', '£35'],
  ['£300.01 to £500', '£50'],
  ['£500.01 to £1,000', '£70'],
  ['£1,000.01 to £1,500', '£80'],
  ['£1,500.01 to £3,000', '£115'],
] as const;
const g4 = [
  'The court fee is based on the amount you are claiming, plus interest. Fees are lower if you claim online.',
  'You might be able to get help with court fees if you are on benefits or have a low income.',
  j(
    'If the claim goes to a hearing, you will have to pay a hearing fee as well, which depends on the amount claimed. You will',
    'usually get the fees back from the other side if you win, but you may not recover all your costs if they cannot pay.',
  ),
];
const gParts = ['Before you claim', 'Make a claim', 'If your claim is defended', 'Going to a court hearing', 'Getting your money'];
const gCrumbs = ['Home', 'Crime, justice and the law', 'Courts, sentencing and tribunals'];
const gRelated = ['Money claim online: sign in', 'Apply for help with fees', 'Mediation: find a service'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Government Digital Service'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle}: ${gPart} - GOV.UK</title>
<meta name="description" content="How to make a court claim for money, including court fees and what happens if the claim is defended.">
<meta name="govuk:format" content="guide"><meta name="govuk:content-id" content="4a2b0c7e-0000-4000-8000-000000000346">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${gTitle}","datePublished":"2014-05-01",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<script nonce="x">document.body.className+=' js-enabled'+('noModule' in HTMLScriptElement.prototype?' govuk-frontend-supported':'');</script></head>
<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content"><p class="govuk-body">We use some essential cookies to make this website work.</p></div>
<button class="govuk-button" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a>
</div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="govuk-header__link govuk-header__link--homepage" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-phase-banner govuk-phase-banner"><p class="govuk-phase-banner__content">
<strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong><span class="govuk-phase-banner__text">This part of GOV.UK is being rebuilt</span>
</p></div>
<div class="gem-c-breadcrumbs govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading"><h1 class="gem-c-heading__text govuk-heading-xl">${gTitle}</h1></div>
<aside class="part-navigation-container" role="complementary"><nav class="gem-c-contents-list" aria-label="Pages in this guide">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${gParts
  .map((p, i) =>
    i === 0
      ? `<li class="gem-c-contents-list__list-item--active" aria-current="true">${p}</li>`
      : `<li>
<a href="/make-court-claim-for-money/p${i}">${p}</a></li>`,
  )
  .join('\n')}
</ol></nav></aside>
<h1 class="part-title">${gPart}</h1>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">${ps(g1)}
<h2 id="settle">${gH[0]}</h2><p>${g2[0]}</p><ul>${lis(g2.slice(1, 4))}</ul>${ps(g2.slice(4))}
<h2 id="limit">${gH[1]}</h2>${ps(g3)}
<h2 id="fees">${gH[2]}</h2>${ps(g4)}
<table><thead><tr><th scope="col">Claim amount</th><th scope="col">Fee if you claim online</th></tr></thead>
<tbody>${gFees.map(([a, f]) => `<tr><td>${a}</td><td>${f}</td></tr>`).join('')}</tbody></table></div>
<nav class="govuk-pagination govuk-pagination--block" role="navigation" aria-label="Pagination"><div class="govuk-pagination__next">
<a class="govuk-link govuk-pagination__link" href="/make-court-claim-for-money/p1"><span class="govuk-pagination__link-title">Next</span>
<span class="govuk-pagination__link-label">Make a claim</span></a></div></nav>
<div class="gem-c-print-link"><a class="govuk-link" href="/make-court-claim-for-money/print">View a printable version of the whole guide</a></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul>${links(gRelated, 'gem-c-related-navigation__link')}</ul></aside></div></div>
<div class="gem-c-feedback"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><a href="#">Report a problem with this page</a></div>
</main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer></body></html>`;
const govuk: TestPage = {
  name: 'heldout346-govuk-guide-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gPart, ...gH],
  body: texts([...g1, ...g2, ...g3, ...g4, ...gFees.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', 'Beta', 'This part of GOV.UK is being rebuilt', ...gCrumbs, 'Contents',
    ...gParts.slice(1), 'Next', 'View a printable version of the whole guide', 'Related content', ...gRelated, 'Is this page useful?',
    'Report a problem with this page', ...gFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};

/**
 * A Financial Ombudsman Service-style published decision: the decision reference and business name in a header table,
 * the ombudsman's name and the decision date, the complaint / what happened / my findings / my final decision sections,
 * the "Decisions are published" disclaimer, search-again link, cookie banner and footer.
 */
const fTitle = 'Final decision: Mr K complains about Harrowgate Motor Finance Ltd';
const fH = ['The complaint', 'What happened', "What I've decided - and why", 'Putting things right', 'My final decision'];
const f1 = ['Mr K complains that Harrowgate Motor Finance Ltd supplied him with a car that was not of satisfactory quality.'];
const f2 = [
  j(
    'In March 2025 Mr K took out a hire purchase agreement with Harrowgate to buy a used hatchback. The cash price was £9,480',
    'and the car had covered around 61,000 miles. Within three weeks the engine management light came on and the car lost power.',
  ),
  j(
    'A garage found that the turbocharger had failed. Mr K asked to reject the car. Harrowgate arranged an inspection by an',
    'independent engineer, who said the fault was due to wear and tear and would not have been present at the point of sale.',
  ),
  'Our investigator upheld the complaint. Harrowgate did not agree, so the complaint has come to me for a final decision.',
];
const f3 = [
  j(
    'The agreement is a regulated credit agreement, so I can consider it. Under the Consumer Rights Act 2015 there is an implied',
    'term that goods supplied will be of satisfactory quality, taking into account the price, age and mileage.',
  ),
  j(
    'I accept that a car of this age would be expected to show some wear. But a turbocharger failing after fewer than 700 miles',
    'of use is not what a reasonable person would expect. The engineer did not examine the car until two months after the fault',
    'appeared, and his report does not explain why he concluded the fault could not have been developing at the point of sale.',
  ),
  j(
    'Because the fault appeared within six months, it is presumed to have been present at delivery unless Harrowgate can show',
    'otherwise. I am not persuaded it has done so, and I think Mr K should be allowed to reject the car.',
  ),
];
const f4 = [
  'To put things right Harrowgate Motor Finance Ltd should:',
  'end the agreement with nothing further to pay and collect the car at no cost to Mr K',
  'refund the deposit of £1,000, with 8% simple interest a year from the date of payment to the date of settlement',
  'refund one monthly payment of £214 to reflect the time Mr K could not use the car',
  'pay Mr K £150 for the distress and inconvenience caused',
  'remove any adverse information about the agreement from Mr K\u2019s credit file',
];
const f5 = [
  j(
    'For the reasons I have given, I uphold this complaint. Under the rules of the Financial Ombudsman Service, I am required to',
    'ask Mr K to accept or reject my decision before 14 May 2026.',
  ),
];
const fNav = ['Consumers', 'Businesses', 'Decisions and case studies', 'Data insight', 'About us', 'Contact us'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ombudsman decision DRN-5238114 - Financial Ombudsman Service</title>
<meta name="robots" content="index,follow"><meta name="description" content="Published ombudsman decision about a complaint against a business.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Decision DRN-5238114"}</script>
<script>var ombDecision={ref:"DRN-5238114",outcome:"upheld",sector:"consumer credit"};</script></head>
<body class="decisions-page"><div class="cookie-consent" id="cookieConsent"><p>We use cookies to give you the best experience on our website.</p>
<a href="/cookies" class="btn">Cookie preferences</a><button class="btn btn-primary">Accept cookies</button></div>
<header class="site-header"><a href="/" class="site-header__logo">Financial Ombudsman Service</a><nav class="site-nav">
<ul>${links(fNav, 'site-nav__item')}</ul></nav>
<a class="site-header__cta" href="/complain">Make a complaint</a></header>
<main class="decision-detail container"><p class="decision-detail__back">
<a href="/decisions-case-studies/ombudsman-decisions/search">Back to search results</a></p>
<div class="decision-detail__summary"><table class="decision-meta"><tbody><tr><th>Decision reference</th><td>DRN-5238114</td></tr>
<tr><th>Business name</th><td>Harrowgate Motor Finance Ltd</td></tr><tr><th>Outcome</th><td>Upheld</td></tr></tbody></table>
<a class="decision-detail__pdf" href="/decision/DRN-5238114.pdf">Download PDF (112KB)</a></div>
<article class="decision-document"><h1 class="decision-document__title">${fTitle}</h1>
<h2>${fH[0]}</h2>${ps(f1)}<h2>${fH[1]}</h2>${ps(f2)}<h2>${fH[2]}</h2>${ps(f3)}
<h2>${fH[3]}</h2><p>${f4[0]}</p><ul>${lis(f4.slice(1))}</ul><h2>${fH[4]}</h2>${ps(f5)}
<p class="decision-document__signature"><span class="decision-document__ombudsman">Tamsin Oyelaran-Brook</span><br>
<span class="decision-document__role">Ombudsman</span></p><p class="decision-document__date">16 April 2026</p></article>
<aside class="decision-disclaimer"><p>Decisions are published in line with our approach to publishing ombudsman decisions. Names of consumers are
removed.</p></aside></main>
<footer class="site-footer"><ul>${links(['Accessibility', 'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Careers'])}</ul>
<p>© Financial Ombudsman Service 2026</p></footer></body></html>`;
const fos: TestPage = {
  name: 'heldout346-financial-ombudsman-decision-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...f1, ...f2, ...f3, ...f4, ...f5]),
  bylines: ['Tamsin Oyelaran-Brook', '16 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website.', 'Cookie preferences', 'Accept cookies', ...fNav, 'Make a complaint',
    'Back to search results', 'Decision reference', 'DRN-5238114', 'Business name', 'Outcome', 'Download PDF (112KB)',
    'Decisions are published in line with our approach to publishing ombudsman decisions. Names of consumers are removed.', 'Accessibility',
    'Privacy notice', 'Cookie policy', 'Modern slavery statement', 'Careers', '© Financial Ombudsman Service 2026',
  ],
};

export const HELDOUT346_B: readonly TestPage[] = [govuk, fos];
