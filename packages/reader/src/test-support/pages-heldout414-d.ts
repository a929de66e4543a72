import { ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file d: a tenancy deposit protection scheme's page built with Wix (wixui rich-text components with
 * generated comp- ids, horizontal menu, button components, a strip of "Protect a deposit" and "Raise a dispute" boxes, footer,
 * consent banner) and a housing ombudsman's decision summary on GOV.UK Frontend (cookie banner, super navigation header,
 * breadcrumbs, title with context, metadata, summary list, contents list, related navigation, feedback component, footer).
 */
const wId = (n: number): string => `comp-lt${(n * 7919).toString(36)}`;
const wRich = (n: number, inner: string): string =>
  `<div id="${wId(n)}" class="HcOXKn SxM0TO QxJLC3 ${wId(n)} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wBtn = (n: number, t: string): string => `<div class="comp-${n} R6ex7N wixui-button" id="${wId(n)}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.safekeepdeposits.co.uk/x" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">${t}</span></a></div>`;
const dTitle = 'How deposit protection works';
const dHeads = ['What landlords must do', 'At the end of your tenancy', 'If you cannot agree'];
const dIntro = [
  j(
    'SafeKeep is a government-approved scheme that holds tenancy deposits safely and offers a free, impartial way to settle',
    'disagreements about how much should be returned.',
  ),
];
const dS1 = [
  'When a landlord or agent takes a deposit for an assured shorthold tenancy, they must:',
  'protect it with an approved scheme within 30 days of receiving it',
  "give the tenant the scheme's prescribed information within the same 30 days",
  'tell the tenant how to get the deposit back and what to do if there is a dispute',
  j(
    'Anyone renting can check that their deposit is protected on our website using their postcode, surname and deposit amount. If it is not',
    'protected, the landlord may be ordered to pay the tenant between one and three times the deposit.',
  ),
];
const dS2 = [
  j(
    'Either party can ask for the deposit to be released. The other party then has 14 days to agree or to say they want to use the',
    "dispute service. Agreed amounts are paid into the tenant's bank account within five working days.",
  ),
  j(
    'A landlord can only keep money for unpaid rent, damage beyond fair wear and tear, missing items or cleaning needed to return the',
    'home to the condition it was in at the start. A carpet that has thinned after five years of normal use is wear and tear.',
  ),
];
const dS3 = [
  j(
    'Our adjudicators decide disputes on the written evidence from both sides, such as the check-in and check-out inventories,',
    'photos, invoices and messages. There is no charge and no hearing, and most decisions are made within 28 days.',
  ),
  j(
    "Disputes must be raised within three months of the tenancy ending. Both sides are sent each other's evidence and can comment on it",
    'once before the adjudicator decides. The decision is final and the money is paid out within ten working days.',
  ),
  '“The adjudicator starts from the position that the deposit belongs to the tenant,” says our lead adjudicator, Marisol Eke.',
];
const dNav = ['Home', 'Tenants', 'Landlords', 'Agents', 'Check a deposit', 'Contact'];
const dBoxes = ['Protect a deposit', 'Check your deposit', 'Raise a dispute'];
const dHtml = `<!DOCTYPE html><html lang="en" class="fontFaceMode"><head><meta charset='utf-8'><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>How it works | SafeKeep Deposits</title>
<meta name="description" content="How tenancy deposit protection works, what landlords must do and how disputes are settled.">
<meta property="og:title" content="How it works | SafeKeep Deposits"><meta property="og:site_name" content="SafeKeep Deposits">
${ld({ '@context': 'https://schema.org/', '@type': 'LocalBusiness', name: 'SafeKeep Deposits', telephone: '0330 555 0199' })}
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"b7a0c2e1","isPremiumDomain":true},
"language":{"userLanguage":"en"},"mode":{"qa":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent); var bodyCacheable = true;</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lt0logo" class="comp-lt0logo wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><a href="/">SafeKeep Deposits</a></p></div>
<nav aria-label="Site" id="comp-lt0menu" class="wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">${dNav
  .map(
    (t) => `<li class="itemDepth02233374943__item wixui-horizontal-menu__item"><a data-testid="linkElement" href="/x" class="itemDepth02233374943__itemWrapper">
<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>${wBtn(9, 'Log in')}</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lt0sec1" class="comp-lt0sec1 wixui-section" tabindex="-1"><div data-testid="columns" class="comp-lt0sec1-container">
${wRich(1, `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${dTitle}</span></h1>`)}
${wRich(2, dIntro.map(wP).join(''))}
<div class="wixui-image"><img src="https://static.wixstatic.com/media/8a1c3e_4f1d.jpg/v1/fill/w_980,h_420/keys.jpg" alt="A set of house keys on a table"></div>
${wRich(3, '<p class="font_9 wixui-rich-text__text">Photo: SafeKeep Deposits</p>')}
</div></section><section id="comp-lt0sec2" class="comp-lt0sec2 wixui-section"><div data-testid="columns" class="comp-lt0sec2-container">
${wRich(
  4,
  `<h2 class="font_2 wixui-rich-text__text">${dHeads[0]}</h2>${wP(dS1[0] ?? '')}<ul class="font_8 wixui-rich-text__text">${lis(
    dS1.slice(1, 4),
    'wixui-rich-text__text',
  )}</ul>${wP(dS1[4] ?? '')}`,
)}
${wRich(5, `<h2 class="font_2 wixui-rich-text__text">${dHeads[1]}</h2>${dS2.map(wP).join('')}`)}
${wRich(
  6,
  `<h2 class="font_2 wixui-rich-text__text">${dHeads[2]}</h2>${dS3.slice(0, 2).map(wP).join('')}<blockquote
class="font_8 wixui-rich-text__text">${dS3[2]}</blockquote>`,
)}
</div></section><section id="comp-lt0sec3" class="comp-lt0sec3 wixui-section"><div data-testid="columns" class="comp-lt0sec3-container">
${dBoxes
  .map(
    (t, i) =>
      `<div class="wixui-column-strip__column">${wRich(
        20 + i,
        `<h3
class="font_4 wixui-rich-text__text">${t}</h3>`,
      )}${wBtn(30 + i, 'Start now')}</div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="Gqx3UT SITE_FOOTER wixui-footer" tabindex="-1">
${wRich(40, '<p class="font_9 wixui-rich-text__text">SafeKeep Deposits Ltd is authorised by the Department for Housing to run a tenancy deposit scheme.</p>')}
${wRich(41, '<p class="font_9 wixui-rich-text__text">Call us on 0330 555 0199, Monday to Friday, 9am to 5pm</p>')}
${wRich(42, '<p class="font_9 wixui-rich-text__text">© 2026 SafeKeep Deposits Ltd. All rights reserved.</p>')}</footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to analyse traffic and improve your experience.</p>
<button data-hook="ccsu-banner-decline-all">Reject all</button><button data-hook="ccsu-banner-accept-all">Accept</button>
<button data-hook="ccsu-banner-settings">Settings</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout414-wix-deposit-scheme-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, ...dS1, ...dS2, ...dS3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SafeKeep Deposits', ...dNav, 'Log in', 'Photo: SafeKeep Deposits', ...dBoxes, 'Start now',
    'SafeKeep Deposits Ltd is authorised by the Department for Housing to run a tenancy deposit scheme.',
    'Call us on 0330 555 0199, Monday to Friday, 9am to 5pm', '© 2026 SafeKeep Deposits Ltd. All rights reserved.',
    'This website uses cookies. We use cookies to analyse traffic and improve your experience.', 'Reject all', 'Accept', 'Settings',
  ],
};

const gTitle = 'Decision summary: Northgate Living Ltd, complaint 202511874';
const gSummaryKeys = ['Landlord', 'Complaint about', 'Determination', 'Orders'];
const gSummary = [
  'Northgate Living Ltd',
  'Damp and mould; complaint handling',
  'Severe maladministration',
  'Compensation of £1,450; repairs survey within 28 days',
];
const gHeads = ['Background', 'What we found', 'Complaint handling', 'What the landlord must do'];
const gS1 = [
  j(
    'The resident rents a two-bedroom flat from the landlord, a housing association, and lives there with her two young children.',
    'In October 2024 she reported black mould in both bedrooms and water coming through the kitchen ceiling.',
  ),
  j(
    'A contractor visited in December 2024 and treated the mould with a wash, but no survey was carried out. The resident reported',
    'the mould returning four more times over the following eight months.',
  ),
];
const gS2 = [
  j(
    'The landlord did not investigate the cause of the damp, even after its own contractor recommended a survey of the roof. It',
    'treated each report as a new, separate job and closed them once the walls had been washed.',
  ),
  j(
    "It also failed to consider the resident's children, one of whom has asthma, despite the resident telling the landlord this in",
    "writing on three occasions. The landlord's damp and mould policy says vulnerable households should be prioritised.",
  ),
  "We found severe maladministration in the landlord's handling of the damp and mould reports.",
];
const gS3 = [
  j(
    'The landlord took 71 working days to send its stage 1 response, against a target of 10, and the response did not answer the',
    "resident's main points. We found maladministration in its complaint handling.",
  ),
  j(
    'The stage 2 response accepted that the repairs had been delayed and offered £150. This did not reflect the length of time the',
    'family had lived with the mould or the distress it caused.',
  ),
];
const gS4 = [
  'Within four weeks of this decision the landlord must:',
  'apologise to the resident in writing, through a senior manager',
  'pay the resident £1,450 in compensation, including £250 for complaint handling failures',
  'carry out a full survey of the flat and the roof above it, and share a schedule of works with the resident',
  'review how its repairs system links repeated reports at the same address',
];
const gCrumbs = ['Home', 'Housing, local and community', 'Housing complaints', 'Ombudsman decisions'];
const gRelated = ['Damp and mould: spotlight report', 'Complaint Handling Code', 'How we investigate complaints'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title lang="en">${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#1d70b8">
<link rel="canonical" href="https://www.gov.uk/government/decisions/northgate-living-ltd-202511874">
<meta name="govuk:format" content="decision"><meta name="govuk:schema-name" content="publication">
<meta name="govuk:primary-publishing-organisation" content="Tenancy Ombudsman"><meta property="og:site_name" content="GOV.UK">
${ld({
  '@context': 'http://schema.org',
  '@type': 'Article',
  headline: gTitle,
  datePublished: '2026-03-12T09:30:00+00:00',
  publisher: { '@type': 'Organization', name: 'GOV.UK' },
})}
<link rel="stylesheet" href="/assets/static/application-7b1d0e.css"></head>
<body class="govuk-template__body gem-c-layout-for-public__body"><script nonce="x">document.body.className += ' js-enabled' + ('noModule' in
HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div
class="gem-c-cookie-banner__message govuk-cookie-banner__message
govuk-width-container"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how
you use GOV.UK, remember your settings and improve government services.</p></div><div class="govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button><button class="govuk-button" type="submit"
data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" data-module="ga4-event-tracker" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container">
<a class="gem-c-layout-super-navigation-header__header-logo-link" href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" type="button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" data-module="ga4-link-tracker">
<ol class="govuk-breadcrumbs__list">${gCrumbs
  .map(
    (t) => `<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link"
href="/x">${t}</a></li>`,
  )
  .join('')}
</ol></div><main role="main" id="content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Decision</span><h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div></div>
<div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle metadata"><dl>
<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/tenancy-ombudsman"
class="govuk-link">Tenancy Ombudsman</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 March 2026</dd></dl></div></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">${gHeads
  .map((t, i) => `<li class="gem-c-contents-list__list-item"><a class="govuk-link gem-c-contents-list__link" href="#s${i}">${t}</a></li>`)
  .join('')}</ol></nav>
<dl class="govuk-summary-list">${gSummaryKeys
  .map(
    (k, i) =>
      `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${gSummary[i]}</dd></div>`,
  )
  .join('\n')}</dl>
<div class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak"><div class="govspeak">
<h2 id="s0">${gHeads[0]}</h2>${ps(gS1)}
<h2 id="s1">${gHeads[1]}</h2>${ps(gS2)}
<h2 id="s2">${gHeads[2]}</h2>${ps(gS3)}
<h2 id="s3">${gHeads[3]}</h2><p>${gS4[0]}</p><ul>${lis(gS4.slice(1))}</ul></div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><div class="gem-c-related-navigation"><h2 id="related-nav-related_items"
class="gem-c-related-navigation__main-heading">
Related content</h2><nav role="navigation" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">${gRelated
  .map((t) => `<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/x">${t}</a></li>`)
  .join('')}</ul></nav></div></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2
class="gem-c-feedback__prompt-question">Is this
page useful?</h2><button class="govuk-button gem-c-feedback__prompt-link">Maybe</button><button class="govuk-button">Yes this page is useful</button>
<button class="govuk-button">No this page is not useful</button><a href="/contact/govuk" class="govuk-link">Report a problem with this page</a></div></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><div class="govuk-footer__meta">
<div class="govuk-footer__meta-item govuk-footer__meta-item--grow"><h2 class="govuk-visually-hidden">Support links</h2><ul
class="govuk-footer__inline-list">${gFoot
  .map((t) => `<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/x">${t}</a></li>`)
  .join('')}</ul><span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise
stated</span></div><div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="/x">© Crown
copyright</a></div></div></div>
</footer><script type="module" src="/assets/static/application-2c3a61.js"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout414-govuk-ombudsman-decision-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gSummary, ...gS1, ...gS2, ...gS3, ...gS4]),
  bylines: ['Tenancy Ombudsman', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies', 'View cookies',
    'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK', ...gCrumbs, 'From:', 'Published', 'Contents', 'Print this page',
    'Related content', ...gRelated, 'Is this page useful?', 'Maybe', 'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page',
    'Support links', ...gFoot, 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

export const HELDOUT414_D: readonly TestPage[] = [wix, govuk];
