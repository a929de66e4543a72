import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 199, file d2: a European Commission press corner release as the Angular app renders it on the Europa
 * Component Library (the cookie consent kit banner, the "An official website of the European Union" globan with its hidden
 * "How do you know?" panel, the ECL site header with language and search, the "Press corner" site name and menu, the
 * breadcrumb, the page header meta "Press release | date | Brussels", the release text with quotes and sections, the
 * document number, press contacts and "General public inquiries" line, the side "Print friendly pdf" and related links, and
 * the ECL footer).
 */
const ecTitle = 'Commission proposes simpler rules for cross-border repair of household appliances';
const ecLead =
  'Today, the Commission has proposed new rules to make it easier and cheaper for consumers to have household appliances repaired ' +
  'in another Member State. The proposal would require manufacturers to make spare parts and repair information available to ' +
  'independent repairers across the single market, and would create a common online platform to find repair services.';
const ecP1 = [
  'Around 35 million tonnes of household appliances are thrown away in the EU every year, many of which could have been repaired. ' +
    'Consumers living near internal borders report that repairers in a neighbouring country often refuse to work on products bought ' +
    'elsewhere, because they cannot obtain parts or technical documentation.',
  'Under the proposal, manufacturers of washing machines, dishwashers, refrigerators, vacuum cleaners and smartphones would have to ' +
    'supply spare parts to any repairer established in the EU within 15 working days, at a reasonable price, and without requiring ' +
    'the repairer to be part of their authorised network.',
];
const ecQuote =
  '“A repair should not stop at a border. Today’s proposal gives every European the right to have their washing machine or phone ' +
  'fixed by the repairer of their choice, wherever they live. It is good for consumers, good for small businesses and good for the ' +
  'planet.”';
const ecQuoteBy = 'Executive Vice-President Lena Sørensen';
const ecH1 = 'Main elements of the proposal';
const ecL1 = [
  'Access to spare parts and repair manuals for all independent repairers in the EU, for at least ten years after a model is last sold.',
  'A European Repair Platform, listing repair services by product and location, available in all official EU languages.',
  'A ban on software practices that prevent the installation of compatible or second-hand parts.',
  'Simplified guarantee rules when a product is repaired in a Member State other than the one where it was bought.',
];
const ecH2 = 'Next steps';
const ecP2 = [
  'The proposal will now be discussed by the European Parliament and the Council. Once adopted, Member States will have 24 months to ' + 'apply the new rules.',
];
const ecH3 = 'Background';
const ecP3 = [
  'The proposal builds on the Right to Repair Directive adopted in 2024 and on the Ecodesign for Sustainable Products Regulation. ' +
    'A public consultation held in spring 2025 received more than 4,200 replies, over 70% of which came from individual consumers.',
];
const ecCookie = [
  'This site uses cookies',
  'We use cookies to give you the best possible online experience. If you do not agree, only essential cookies will be used.',
  'Accept all cookies',
  'Accept only essential cookies',
  'See our cookie policy',
];
const ecGloban = [
  'An official website of the European Union',
  'How do you know?',
  'All official European Union website addresses are in the europa.eu domain.',
  'See all EU institutions and bodies',
];
const ecMenu = ['Home', 'Latest', 'Search', 'Calendar', 'Contacts', 'Daily news'];
const ecSide = ['Print friendly pdf', 'Questions and answers on cross-border repair', 'Proposal for a Regulation on cross-border repair'];
const ecContacts = ['Anna Kowalczyk-Berg', '+32 2 295 00 00', 'Tomás Ferreira', '+32 2 298 00 00'];
const ecPublic = 'General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email';
const ecFoot1 = ['Contact the European Commission', 'Follow the European Commission on social media', 'Resources for partners', 'Report an IT vulnerability'];
const ecFoot2 = ['Languages on our websites', 'Cookies', 'Privacy policy', 'Legal notice', 'Accessibility'];
const ecHtml = `<!DOCTYPE html>
<html lang="en" class="ecl-theme-ec"><head><meta charset="utf-8"><title>Press corner | European Commission</title><base href="/commission/presscorner/">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ecTitle}">
<meta property="og:title" content="${ecTitle}"><meta property="og:site_name" content="European Commission - European Commission">
<meta name="twitter:site" content="@EU_Commission"><link rel="icon" type="image/x-icon" href="https://ec.europa.eu/wel/template-2023/images/favicon.ico">
<link rel="stylesheet" href="styles.8f2c1a.css"><script defer src="https://europa.eu/webtools/load.js?globan=1110" type="text/javascript"></script>
<script type="application/json">{"utility":"cck"}</script><script type="application/json">{"utility":"analytics","siteID":"d3a8e"}</script></head>
<body><app-root ng-version="17.3.12"><div id="cookie-consent-banner" class="cck-container" role="dialog" aria-labelledby="cck-title">
<div class="cck-content"><h2 id="cck-title">${ecCookie[0]}</h2><p>${ecCookie[1]}</p><div class="cck-actions">
<a href="#accept" class="ecl-button ecl-button--primary">${ecCookie[2]}</a><a href="#refuse" class="ecl-button ecl-button--primary">${ecCookie[3]}</a>
<a href="https://commission.europa.eu/cookies-policy_en" class="ecl-link">${ecCookie[4]}</a></div></div></div>
<div class="globan dark logo-flag" id="globan"><div class="globan-center"><div class="globan-content"><span>${ecGloban[0]}</span>
<a href="#globan-dropdown" class="globan-dropdown-toggle" aria-expanded="false">${ecGloban[1]}</a></div>
<div id="globan-dropdown" class="globan-dropdown" hidden><p>${ecGloban[2]}</p><ul><li><a href="https://european-union.europa.eu/institutions_en">
${ecGloban[3]}</a></li></ul></div></div></div>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__inner">
<div class="ecl-site-header__background"><div class="ecl-site-header__header-container ecl-container"><div class="ecl-site-header__top">
<a class="ecl-link ecl-link--standalone ecl-site-header__logo-link" href="https://commission.europa.eu/index_en" aria-label="Home - European Commission">
<picture class="ecl-picture ecl-site-header__picture" title="European Commission"><img class="ecl-site-header__logo-image"
src="https://ec.europa.eu/wel/template-2023/images/logo-ec--en.svg" alt="European Commission logo"></picture></a>
<div class="ecl-site-header__action"><div class="ecl-site-header__language"><a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector"
href="#" aria-expanded="false"><span class="ecl-site-header__language-icon"></span>English</a></div>
<div class="ecl-site-header__search-container"><a class="ecl-button ecl-button--tertiary ecl-site-header__search-toggle" href="#">Search</a>
<form class="ecl-search-form ecl-site-header__search" role="search"><div class="ecl-form-group"><label for="search-input" class="ecl-form-label
ecl-search-form__label">Search</label><input id="search-input" class="ecl-text-input ecl-search-form__text-input" type="search"
placeholder="Search this site"></div><button class="ecl-button ecl-button--search ecl-search-form__button" type="submit">
<span class="ecl-button__label">Search</span></button></form></div></div></div></div></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div>
<nav class="ecl-menu" aria-expanded="false" data-ecl-menu><div class="ecl-container"><ul class="ecl-menu__list">${links(ecMenu, 'ecl-menu__item')}</ul>
</div></nav></header>
<main class="ecl-u-pb-xl" id="main-content"><div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb" aria-label="You are here:">
<ol class="ecl-breadcrumb__container"><li class="ecl-breadcrumb__segment">
<a class="ecl-link" href="https://commission.europa.eu/index_en">European Commission</a></li>
<li class="ecl-breadcrumb__segment"><a class="ecl-link" href="home/en">Press corner</a></li></ol></nav>
<div class="ecl-page-header__info"><ul class="ecl-page-header__meta"><li class="ecl-page-header__meta-item">Press release</li>
<li class="ecl-page-header__meta-item"><time datetime="2025-10-14">14 October 2025</time></li><li class="ecl-page-header__meta-item">Brussels</li></ul>
<h1 class="ecl-page-header__title">${ecTitle}</h1></div></div></div>
<div class="ecl-container"><div class="ecl-row"><div class="ecl-col-m-8"><app-detail-content><div class="ecl-paragraph">
<p><strong>${ecLead}</strong></p>${ps(ecP1)}<p>${ecQuoteBy} said:</p><blockquote class="ecl-blockquote"><p>${ecQuote}</p></blockquote>
<h2>${ecH1}</h2><ul>${ecL1.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${ecH2}</h2>${ps(ecP2)}<h2>${ecH3}</h2>${ps(ecP3)}</div>
<div class="ecl-u-mt-l ecl-u-type-s">IP/25/2417</div><div class="press-contacts"><h3 class="ecl-u-type-heading-3">Press contacts:</h3><ul>
<li><span class="name">${ecContacts[0]}</span> <span class="phone">${ecContacts[1]}</span></li>
<li><span class="name">${ecContacts[2]}</span> <span class="phone">${ecContacts[3]}</span></li></ul><p class="public-inquiries">General public inquiries:
<a href="https://european-union.europa.eu/contact-eu_en">Europe Direct</a> by phone <a href="tel:0080067891011">00 800 67 89 10 11</a> or by
<a href="https://european-union.europa.eu/contact-eu/write-us_en">email</a></p></div>
</app-detail-content></div><div class="ecl-col-m-4"><aside class="side-content"><ul class="ecl-unordered-list ecl-unordered-list--no-bullet">
${links(ecSide)}</ul></aside></div></div></div></main>
<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row">
<div class="ecl-site-footer__column"><div class="ecl-site-footer__section ecl-site-footer__section--site-info">
<a href="https://commission.europa.eu/index_en" class="ecl-link ecl-link--standalone ecl-site-footer__logo-link" aria-label="Home - European Commission">
<img alt="European Commission logo" src="https://ec.europa.eu/wel/template-2023/images/logo-ec--en.svg"></a>
<p class="ecl-site-footer__description">This site is managed by the Directorate-General for Communication</p></div></div>
<div class="ecl-site-footer__column"><ul class="ecl-site-footer__list">${links(ecFoot1, 'ecl-site-footer__list-item')}</ul></div>
<div class="ecl-site-footer__column"><ul class="ecl-site-footer__list">${links(ecFoot2, 'ecl-site-footer__list-item')}</ul></div></div></div></footer>
</app-root><script src="runtime.2b1f.js" type="module"></script><script src="main.7c91e4.js" type="module"></script></body></html>`;
export const ecPress: TestPage = {
  html: ecHtml,
  name: 'heldout199-ec-presscorner-release',
  kind: 'news',
  // the bold lead, the speaker's "said:" line and the quote are body; the meta line (type, date, place) is bylines and
  // furniture; the document number and the press contacts are in neither list; the public inquiries line, the side links
  // ("Print friendly pdf"), globan, cookie kit banner, header, menu and footer are furniture
  title: ecTitle,
  headings: [ecH1, ecH2, ecH3],
  body: texts([ecLead, ...ecP1, `${ecQuoteBy} said:`, ecQuote, ...ecL1, ...ecP2, ...ecP3]),
  bylines: ['14 October 2025', 'Brussels'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ecCookie, ...ecGloban, 'English', 'Search', 'Press corner',
    ...ecMenu.filter((t) => t !== 'Search'), 'European Commission', 'Press release', 'Press contacts:', ecPublic, ...ecSide,
    'This site is managed by the Directorate-General for Communication', ...ecFoot1, ...ecFoot2,
  ],
};
