import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 122, file e2: a European Commission press release on the Press Corner as the browser saves the rendered
 * page (the cookie consent kit banner, the ECL site header with the language selector and search, the "Press corner" site
 * name and menu, the breadcrumb, the type / date / place line, the h1, the lead, the text with quotes, "Background", "Next
 * steps" and "For More Information" with its links, the "Quote(s)" block, the "Details" box with reference and print link,
 * "Press contacts" and the general enquiries line, and the ECL footer).
 */
const ecTitle = 'Commission proposes single booking rules to make cross-border rail journeys simpler for passengers';
const ecLead =
  'Today, the Commission has proposed new rules that will allow passengers to buy one ticket for a journey that uses trains from more than ' +
  'one rail company, and to keep their rights if a connection is missed.';
const ecP1 = [
  'Currently, a traveller who wants to go by train from one Member State to another often has to buy separate tickets from each operator. If ' +
    'a delay on the first train causes them to miss the next one, they may have no right to rebooking, assistance or compensation. According ' +
    'to a Commission survey of 9,000 travellers, more than one in three people who considered a cross-border rail trip in the past two years ' +
    'chose to fly or drive instead because booking was too complicated.',
  'Under the proposal, rail companies will have to share timetable, fare and real-time data with ticket vendors on fair and non-discriminatory ' +
    'terms. Ticket vendors and operators will be able to combine journeys from different companies into a single through-ticket. Passengers ' +
    'holding such a ticket will be protected for the whole trip.',
];
const ecH1 = 'Main elements of the proposal';
const ecL = [
  '<strong>Through-tickets:</strong> passengers who miss a connection because of a delay will be re-routed at no extra cost and, where the ' +
    'delay at the final destination is more than 60 minutes, compensated.',
  '<strong>Clear information:</strong> before buying, passengers must be told whether their ticket is a through-ticket and what rights it gives them.',
  '<strong>Fair access for vendors:</strong> independent ticket vendors will have access to the same fares and data as the operators’ own websites.',
  '<strong>Enforcement:</strong> national bodies will be able to fine companies that do not share data or that mislead passengers.',
];
const ecP2 = [
  'Executive Vice-President Marta Lindqvist-Aranda said: “Europeans should be able to plan a train trip from Lisbon to Tallinn as easily ' +
    'as a flight. Today we are removing one of the biggest obstacles: the fear of being stranded between two tickets.”',
  'Commissioner for Sustainable Transport Jonas Petrauskas said: “Rail is the cleanest way to travel between our cities. With one ticket ' +
    'and one set of rights for the whole journey, more people will choose the train.”',
];
const ecH2 = 'Next steps';
const ecP3 = [
  'The proposal will now be discussed by the European Parliament and the Council. Once adopted, the rules will apply 18 months after their ' +
    'entry into force, giving operators and vendors time to adapt their systems.',
];
const ecH3 = 'Background';
const ecP4 = [
  'International rail passenger numbers in the EU grew by 14% between 2019 and 2024, but rail still accounts for less than 8% of trips ' +
    'between Member States. The Commission committed in its Sustainable Mobility Action Plan to double cross-border rail traffic by 2035.',
  'Today’s proposal follows a public consultation that drew more than 3,200 responses from passengers, operators, vendors and consumer groups.',
];
const ecMoreLinks = ['Proposal for a Regulation on single booking and ticketing', 'Questions and answers', 'Factsheet'];
const ecCookie = [
  'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.',
  'Accept all cookies',
  'Accept only essential cookies',
];
const ecMenu = ['Home', 'Latest', 'Press material', 'Commissioners’ agendas', 'Audiovisual service', 'Contacts'];
const ecContacts = [
  ['Ana-Lucía Brenner', '+32 2 29 84412'],
  ['Pieter Vanhoutte', '+32 2 29 63081'],
];
const ecFoot = [
  'European Commission website',
  'This site is managed by the Directorate-General for Communication',
  'Strategy',
  'About the European Commission’s web presence',
  'Contact the European Commission',
  'Follow the European Commission on social media',
  'Resources for partners',
  'Report an IT vulnerability',
  'Languages on our websites',
  'Cookies',
  'Privacy policy',
  'Legal notice',
  'Accessibility',
];
const ecHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Press corner | European Commission</title><base href="/commission/presscorner/">
<meta name="description" content="${ecLead}"><meta property="og:title" content="${ecTitle}"><meta property="og:type" content="article">
<meta property="og:url" content="https://ec.europa.eu/commission/presscorner/detail/en/ip_25_2311"><meta property="og:site_name" content="European Commission">
<link rel="stylesheet" href="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v4.9.1/ec/styles/ecl-ec.css" media="screen">
<link rel="stylesheet" href="styles.8f1c2b7e.css"><script defer src="//europa.eu/webtools/load.js?globan=1110" type="text/javascript"></script>
<script type="application/json">{"utility":"cck","url":"https://commission.europa.eu/cookies-policy_en"}</script></head>
<body class="ecl-typography"><app-root ng-version="17.3.12">
<div class="cck-container" role="dialog" aria-live="polite" aria-label="Cookie consent banner"><div class="cck-content"><p>${ecCookie[0]}</p>
<div class="cck-actions"><a href="#accept" class="cck-actions-button" role="button">${ecCookie[1]}</a>
<a href="#refuse" class="cck-actions-button" role="button">${ecCookie[2]}</a></div></div></div>
<a class="ecl-skip-link ecl-link ecl-link--standalone" href="#main-content">Skip to main content</a>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__container ecl-container">
<div class="ecl-site-header__top"><a class="ecl-link ecl-link--standalone ecl-site-header__logo-link" href="https://commission.europa.eu/index_en"
aria-label="Home - European Commission"><picture class="ecl-picture ecl-site-header__picture" title="European Commission">
<img class="ecl-site-header__logo-image" src="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v4.9.1/ec/images/logo/positive/logo-ec--en.svg"
alt="European Commission logo"></picture></a><div class="ecl-site-header__action"><div class="ecl-site-header__language">
<a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector" href="#" role="button" aria-label="Change language, current language is English"
aria-controls="language-list-overlay"><span class="ecl-site-header__language-icon"><span class="ecl-site-header__language-code">en</span></span>English</a>
<div class="ecl-site-header__language-container" id="language-list-overlay" hidden><div class="ecl-site-header__language-header">
<div class="ecl-site-header__language-title">Select your language</div><button class="ecl-button ecl-button--tertiary ecl-site-header__language-close"
type="submit">Close</button></div><div class="ecl-site-header__language-content"><ul class="ecl-site-header__language-list">
${links(['български', 'español', 'Deutsch', 'English', 'français', 'italiano', 'polski'], 'ecl-site-header__language-item')}</ul></div></div></div>
<div class="ecl-site-header__search-container" role="search"><a class="ecl-button ecl-button--tertiary ecl-site-header__search-toggle" href="#"
aria-controls="search-form-id" aria-expanded="false">Search</a><form class="ecl-search-form ecl-site-header__search" role="search" id="search-form-id">
<div class="ecl-form-group"><label for="search-input-id" class="ecl-form-label ecl-search-form__label">Search</label>
<input id="search-input-id" class="ecl-text-input ecl-text-input--m ecl-search-form__text-input" type="search" placeholder="Search"></div>
<button class="ecl-button ecl-button--search ecl-search-form__button" type="submit" aria-label="Search"><span class="ecl-button__label">Search</span>
</button></form></div></div></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div>
<nav class="ecl-menu" data-ecl-menu aria-expanded="false" role="navigation" aria-label="Site navigation"><div class="ecl-container ecl-menu__container">
<ul class="ecl-menu__list">${links(ecMenu, 'ecl-menu__item')}</ul></div></nav></header>
<div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb ecl-page-header__breadcrumb" aria-label="You are here:">
<ol class="ecl-breadcrumb__container">${links(['European Commission', 'Press corner'], 'ecl-breadcrumb__segment')}</ol></nav></div></div>
<main id="main-content" class="ecl-container"><div class="ecl-row"><div class="ecl-col-m-9"><div class="ecl-u-type-paragraph-m ecl-u-mb-m ecl-meta">
<span class="ecl-meta__item">Press release</span><span class="ecl-meta__item">3 October 2025</span><span class="ecl-meta__item">Brussels</span></div>
<h1 class="ecl-u-type-heading-1">${ecTitle}</h1>
<div class="ecl-paragraph ecl-paragraph--l"><p><strong>${ecLead}</strong></p></div>
<div class="ecl-paragraph">
${ps(ecP1)}
<h2>${ecH1}</h2>
<ul class="ecl-unordered-list">${ecL.map((t) => `<li class="ecl-unordered-list__item">${t}</li>`).join('\n')}</ul>
${ps(ecP2)}
<h2>${ecH2}</h2>
${ps(ecP3)}
<h2>${ecH3}</h2>
${ps(ecP4)}
<h2>For More Information</h2>
<ul>${links(ecMoreLinks)}</ul>
</div>
<div class="ecl-featured-item quote-block"><h3 class="ecl-u-type-heading-3">Quote(s)</h3><blockquote class="ecl-blockquote"><p>Europeans should be able to
plan a train trip from Lisbon to Tallinn as easily as a flight.</p><footer>Marta Lindqvist-Aranda, Executive Vice-President</footer></blockquote></div></div>
<aside class="ecl-col-m-3"><div class="ecl-u-bg-grey-5 ecl-u-pa-m details-box"><h3 class="ecl-u-type-heading-4">Details</h3><dl class="ecl-description-list">
<dt class="ecl-description-list__term">Publication date</dt><dd class="ecl-description-list__definition">3 October 2025</dd>
<dt class="ecl-description-list__term">Location</dt><dd class="ecl-description-list__definition">Brussels</dd>
<dt class="ecl-description-list__term">Reference</dt><dd class="ecl-description-list__definition">IP/25/2311</dd></dl>
<a class="ecl-link ecl-link--standalone" href="https://ec.europa.eu/commission/presscorner/api/files/document/print/en/ip_25_2311/IP_25_2311_EN.pdf">
Print friendly pdf</a></div><div class="press-contacts"><h3 class="ecl-u-type-heading-4">Press contacts</h3>
<ul class="ecl-unordered-list ecl-unordered-list--no-bullet">
${ecContacts
  .map(
    ([n, t]) => `<li><span class="contact-name">${n}</span><br>
<a href="tel:${t!.replace(/ /g, '')}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<p class="general-enquiries">General public inquiries: <a href="https://european-union.europa.eu/contact-eu/call-us_en">Europe Direct</a> by phone
<a href="tel:0080067891011">00 800 67 89 10 11</a> or by <a href="https://european-union.europa.eu/contact-eu/write-us_en">email</a></p></div></aside></div>
</main>
<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row"><div class="ecl-site-footer__column">
<div class="ecl-site-footer__section ecl-site-footer__section--site-info"><h2 class="ecl-site-footer__title">${ecFoot[0]}</h2>
<div class="ecl-site-footer__description">${ecFoot[1]}</div></div></div><div class="ecl-site-footer__column">
<ul class="ecl-site-footer__list">${links(ecFoot.slice(2), 'ecl-site-footer__list-item')}</ul></div></div></div></footer>
</app-root><script src="runtime.1b2c3d4e.js" type="module"></script><script src="main.5f6a7b8c.js" type="module"></script></body></html>`;
export const ecPressRelease: TestPage = {
  html: ecHtml,
  name: 'heldout122-european-commission-press-release',
  kind: 'news',
  // the bold lead and the quotes inside the text are body; the "For More Information" heading and its document links are
  // in neither list, nor are the press contacts' names and numbers; the closing "Quote(s)" block's label and attribution
  // are furniture, its quote (a sentence of the text) is left out; the type / place labels, the Details box, print link and enquiries line are furniture; the
  // date is a byline
  title: ecTitle,
  headings: [ecH1, ecH2, ecH3],
  body: texts([ecLead, ...ecP1, ...ecL, ...ecP2, ...ecP3, ...ecP4]),
  bylines: ['3 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ecCookie, 'Skip to main content', 'English', 'Select your language', 'Close', 'български', 'español', 'Deutsch', 'français', 'italiano',
    'polski',
    'Search', 'Press corner', ...ecMenu, 'European Commission', 'Press release', 'Brussels', 'Quote(s)', 'Marta Lindqvist-Aranda, Executive Vice-President',
    'Details', 'Publication date', 'Location', 'Reference', 'IP/25/2311', 'Print friendly pdf', 'Press contacts',
    'General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email', ...ecFoot,
  ])],
};
