import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file c2: a European Commission press corner release (the Europa Component Library header with the
 * "official website" banner, language selector and search, the "Press corner" site name and menu, breadcrumb, the meta line
 * "Press release | date | Brussels", title, available languages, the bold lead, body with a list and a commissioner's quote,
 * "Next Steps", "Background", "For More Information" links, the "Quote(s)" box repeating the quote, related topics, the print
 * friendly PDF with the IP number, press contacts, general public inquiries, the ECL footer and the cookie consent kit).
 */
const ecTitle = 'Commission proposes targeted support for farmers to modernise irrigation and cut water losses';
const ecLead =
  'The Commission has today proposed a package of measures to help farmers invest in efficient irrigation and to reduce the water ' +
  'lost from Europe’s ageing distribution networks. The package mobilises up to €1.2 billion from the EU budget and sets out how ' +
  'Member States can give priority to water-saving projects in their rural development plans.';
const ecBody1 = [
  'Farming accounts for around a quarter of the water abstracted in the EU, and for far more in southern Member States during the ' +
    'summer. In some irrigation districts, more than a third of the water taken from rivers is lost through leaking canals before it reaches a field.',
  'The package has three strands:',
];
const ecList = [
  'a new investment window under the European Agricultural Fund for Rural Development for drip and precision irrigation, metering ' +
    'and the repair of collective networks;',
  'guidance for Member States on how to count water savings, so that efficiency projects do not simply allow more land to be irrigated;',
  'an advisory service, run with national authorities, to help small farms prepare projects and apply for funding.',
];
const ecQuote =
  'Farmers are on the front line of drought. Every litre that leaks from a canal is a litre that neither the farm nor the river ' +
  'can use. With this package we help farmers to invest in modern irrigation, and we make sure that the water they save stays in our rivers and aquifers.';
const ecSaid = 'Marta Kovačević, Commissioner for Agriculture and Food Security, said:';
const ecNextH = 'Next Steps';
const ecNext =
  'The proposal will now be discussed by the European Parliament and the Council. The Commission will present its guidance on ' +
  'water savings to Member States at the Agriculture and Fisheries Council in July.';
const ecBackH = 'Background';
const ecBack = [
  'The package follows a public consultation that drew more than 2,400 responses, most of them from farmers and water managers in ' +
    'southern and central Europe.',
  'It forms part of the Commission’s wider work on water resilience, which aims to improve water efficiency in the EU by at least ' +
    '10% by 2030, and complements existing EU rules on the reuse of treated wastewater for irrigation.',
];
const ecMoreH = 'For More Information';
const ecMore = ['Proposal for a Regulation on support for water-efficient irrigation', 'Questions and answers', 'Factsheet'];
const ecNav = ['Home', 'Daily news', 'Press releases', 'Speeches', 'Statements', 'Audiovisual service', 'Contacts'];
const ecLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'polski', 'português'];
const ecTopics = ['Agriculture', 'Environment', 'Water'];
const ecContacts: [string, string, string][] = [
  ['Olivier BAUDRY', '+32 2 295 71 43', 'olivier.baudry@ec.europa.example'],
  ['Ana ZORIĆ', '+32 2 296 18 05', 'ana.zoric@ec.europa.example'],
];
const ecPublic = 'Europe Direct by phone 00 800 67 89 10 11 or by email';
const ecFootCols: [string, string[]][] = [
  ['Contact the European Commission', ['Follow the European Commission on social media', 'Resources for partners', 'Report an IT vulnerability']],
  ['Legal', ['Languages on our websites', 'Cookies', 'Privacy policy', 'Legal notice', 'Accessibility']],
];
const ecCookie = 'This site uses cookies. Visit our cookies policy page or click the link in any footer for more information and to change your preferences.';
const ecHtml = `<!DOCTYPE html>
<html lang="en" class="ecl-typography"><head><meta charset="utf-8"><title>Press corner | European Commission</title>
<meta name="description" content="${ecLead.slice(0, 155)}"><base href="/commission/presscorner/">
<script type="application/json">{"utility":"cck","url":"https://commission.europa.example/cookies-policy_en"}</script>
<script defer src="https://webtools.europa.example/load.js?globan=1110"></script></head>
<body class="ecl-u-type-paragraph"><div class="globan" id="globan" role="region" aria-label="Official website of the European Union">
<span class="globan-center">An official website of the European Union</span> <button class="globan-dropdown-toggle"
aria-expanded="false">How do you know?</button></div>
<app-root _nghost-ng-c1874512271="" ng-version="17.3.12"><header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header">
<a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.example/index_en" aria-label="Home - European Commission">
<img alt="European Commission logo" title="European Commission" class="ecl-site-header__logo-image" src="#"></a>
<div class="ecl-site-header__action"><button class="ecl-button ecl-site-header__language-selector" aria-label="Change language, current language is English">
<span class="ecl-site-header__language-code">en</span>English</button><form class="ecl-search-form" role="search">
<label class="ecl-form-label" for="q">Search</label>
<input id="q" class="ecl-text-input" type="search" placeholder="Search"><button class="ecl-button ecl-button--ghost" type="submit">Search</button></form>
</div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div>
<nav class="ecl-menu" aria-label="Main navigation" data-ecl-menu><ul class="ecl-menu__list">${links(ecNav, 'ecl-menu__item')}</ul></nav></header>
<main class="ecl-container"><app-detail-page _ngcontent-ng-c1874512271=""><nav class="ecl-breadcrumb" aria-label="You are here:">
<ol class="ecl-breadcrumb__container">
<li class="ecl-breadcrumb__segment"><a class="ecl-link" href="https://commission.europa.example/index_en">European Commission</a></li>
<li class="ecl-breadcrumb__segment"><a class="ecl-link" href="home/en">Press corner</a></li>
<li class="ecl-breadcrumb__segment ecl-breadcrumb__current-page" aria-current="page">IP/25/1534</li></ol></nav>
<div class="ecl-page-header"><div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">Press release</span>
<span class="ecl-page-header__meta-item">18 June 2025</span> <span class="ecl-page-header__meta-item">Brussels</span>
<span class="ecl-page-header__meta-item">4 min read</span></div><h1 class="ecl-page-header__title">${ecTitle}</h1></div>
<div class="ecl-row"><div class="ecl-col-l-8"><div class="language-selector"><label class="ecl-form-label">Available languages:</label>
<select class="ecl-select">${ecLangs.map((l) => `<option${l === 'English' ? ' selected' : ''}>${l}</option>`).join('')}</select></div>
<div class="ecl-paragraph detail-content" ng-reflect-html="true"><p><strong>${ecLead}</strong></p>
${ecBody1.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${ecList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${ecSaid} “<em>${ecQuote}</em>”</p>
<h3>${ecNextH}</h3><p>${ecNext}</p>
<h3>${ecBackH}</h3>${ecBack.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${ecMoreH}</h3>${ecMore.map((t) => `<p><a href="https://ec.europa.example/info/${t.length}" target="_blank">${t}</a></p>`).join('\n')}</div></div>
<div class="ecl-col-l-4"><section class="quote-box"><h2 class="ecl-u-type-heading-3">Quote(s)</h2><figure class="ecl-blockquote">
<blockquote class="ecl-blockquote__body">
<p class="ecl-blockquote__quote">${ecQuote}</p></blockquote><figcaption class="ecl-blockquote__attribution"><cite class="ecl-blockquote__author">
Marta Kovačević, Commissioner for Agriculture and Food Security</cite></figcaption></figure></section>
<section class="related-topics"><h2 class="ecl-u-type-heading-3">Related topics</h2><ul class="ecl-tag-set">${ecTopics
  .map((t) => `<li class="ecl-tag-set__item"><a class="ecl-tag" href="#">${t}</a></li>`)
  .join('')}</ul></section>
<section class="print-pdf"><a class="ecl-file__download" href="api/files/document/print/en/ip_25_1534/IP_25_1534_EN.pdf"><span>Print friendly pdf</span></a>
<span class="ecl-file__detail-meta">IP/25/1534</span></section></div></div>
<section class="press-contacts"><h2 class="ecl-u-type-heading-3">Press contacts:</h2><div class="ecl-row">${ecContacts
  .map(
    ([n, ph, m]) => `<div class="ecl-contact"><p class="ecl-contact__name">${n}</p><p>Phone <a href="tel:${ph.replace(/ /g, '')}">${ph}</a></p>
<p>Mail <a href="mailto:${m}">${m}</a></p></div>`,
  )
  .join('\n')}</div><h2 class="ecl-u-type-heading-3">General public inquiries:</h2><p><a href="#">${ecPublic}</a></p></section>
</app-detail-page></main>
<footer class="ecl-site-footer"><div class="ecl-site-footer__container"><div class="ecl-site-footer__section ecl-site-footer__section--site-info">
<a class="ecl-site-footer__title-link" href="#">European Commission website</a><p class="ecl-site-footer__description">This site is managed by the
Directorate-General for Communication</p></div>${ecFootCols
  .map(
    ([h, items]) =>
      `<div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">${h}</h2><ul class="ecl-site-footer__list">${links(items)}</ul></div>`,
  )
  .join('\n')}</div></footer></app-root>
<div class="cck-container" role="alertdialog" aria-label="Cookies consent banner"><p>${ecCookie}</p><button class="cck-actions-button" href="#accept">Accept all
cookies</button> <button class="cck-actions-button" href="#refuse">Accept only essential cookies</button></div></body></html>`;
export const ecPress: TestPage = {
  html: ecHtml,
  name: 'heldout28-ec-press-release',
  kind: 'news',
  // the bold lead, the paragraphs, the three list items, the paragraph with the commissioner's quote (its attribution "…, said:"
  // is part of that paragraph), "Next Steps", "Background" and the "For More Information" links are the release: body, under the
  // three h3 headings; the links are the release's own annexes (its Q&A and factsheet), as batch 19's "Links from the episode"
  // are body; the date and "Brussels" in the meta line are the dateline: bylines; "Press release", the reading time, the
  // "Quote(s)" box (its quote and its attribution line repeat the body word for word: in neither list), related topics,
  // the PDF link and IP number (breadcrumb and box, once), press contacts, general public inquiries, the available languages,
  // globan, header, site name, menu, breadcrumb, footer and cookie banner are furniture ("English" in the header and the
  // language list, once)
  title: ecTitle,
  headings: [ecNextH, ecBackH, ecMoreH],
  body: [ecLead, ...texts(ecBody1), ...ecList, `${ecSaid} “${ecQuote}”`, ecNext, ...texts(ecBack), ...ecMore],
  bylines: ['18 June 2025', 'Brussels'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the European Union', 'How do you know?', 'English', 'Search', 'Press corner', ...ecNav,
    'European Commission', 'IP/25/1534', 'Press release', '4 min read', 'Available languages:', ...ecLangs.filter((t) => t !== 'English'),
    'Quote(s)', 'Related topics', ...ecTopics,
    'Print friendly pdf', 'Press contacts:', ...ecContacts.flat(), 'General public inquiries:', ecPublic,
    'European Commission website', 'This site is managed by the Directorate-General for Communication', ...ecFootCols.flatMap(([h, i]) => [h, ...i]),
    ecCookie, 'Accept all cookies', 'Accept only essential cookies',
  ],
};
