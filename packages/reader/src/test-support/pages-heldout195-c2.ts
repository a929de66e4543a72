import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 195, file c2: an EUR-Lex "Summaries of EU legislation" page (the EU global banner "An official website of the
 * European Union", the site header with language picker and "My EUR-Lex", the menu, breadcrumb, the left "Summaries of EU
 * legislation" topic tree, the summary with its upper-case question headings, "Summary of" act reference, key terms, main
 * and related documents, the "last update" line, the "Top" link, "Expand all / Collapse all", the cookie consent kit and the
 * footer).
 */
const euTitle = 'Fair terms for short-term residential lettings arranged through online platforms';
const euOf = ['Regulation (EU) 2025/418 on transparency and fair terms in short-term residential lettings arranged through online platforms'];
const euH1 = 'WHAT IS THE AIM OF THE REGULATION?';
const euP1 = [
  'It sets common rules on the information that online platforms and hosts must give to guests before a short-term letting is booked.',
  'It aims to protect guests from hidden charges and to help local authorities check that lettings comply with national and local rules.',
];
const euH2 = 'KEY POINTS';
const euP2 = ['Before a booking is confirmed, the platform must clearly show:'];
const euList = [
  'the total price, including cleaning charges, service fees and any local taxes;',
  'the registration number given to the property by the competent authority, where a registration scheme exists;',
  'the cancellation terms and the date by which a guest may cancel without charge;',
  'whether the host is acting as a private individual or as a trader.',
];
const euP3 = [
  'Platforms must check, with reasonable effort, that registration numbers shown on listings are valid, and must remove listings that ' +
    'a competent authority has identified as unlawful.',
  'Each quarter, platforms must share with competent authorities data on the number of nights booked and the number of guests per ' +
    'listing. Personal data of guests is not shared.',
  'Member States must designate a single digital entry point through which platforms send these data, and must lay down penalties ' +
    'for infringements that are effective, proportionate and dissuasive.',
];
const euH3 = 'FROM WHEN DOES THE REGULATION APPLY?';
const euP4 = ['It applies from 1 September 2026.'];
const euH4 = 'BACKGROUND';
const euP5 = [
  'Short-term letting through online platforms has grown quickly across the EU. Differences between national rules made it hard for ' +
    'platforms to comply and for guests to compare offers. The regulation builds on earlier consumer protection rules and on the ' +
    'Digital Services Act.',
];
const euH5 = 'KEY TERMS';
const euTerms = [
  'Short-term letting: the letting of a furnished unit for one or more short periods, for remuneration, on a professional or non-professional basis.',
  'Competent authority: the authority designated by a Member State to run registration schemes and receive activity data.',
];
const euH6 = 'MAIN DOCUMENT';
const euMain = [
  'Regulation (EU) 2025/418 of the European Parliament and of the Council of 12 March 2025 on transparency and fair terms in short-term ' +
    'residential lettings arranged through online platforms (OJ L, 2025/418, 28.3.2025).',
];
const euUpdate = 'last update 02.06.2025';
const euBanner = ['An official website of the European Union', 'How do you know?'];
const euHeader = ['EUR-Lex', 'Access to European Union law', 'English (en)', 'My EUR-Lex', 'Sign in'];
const euNav = ['Home', 'Quick search', 'Advanced search', 'EU law and case-law', 'Browse by EuroVoc', 'Help'];
const euCrumbs = ['EUR-Lex home', 'Summaries of EU legislation', 'Consumers', 'Consumer safety'];
const euTree = ['Agriculture', 'Consumers', 'Customs', 'Digital single market', 'Employment and social policy', 'Internal market', 'Transport'];
const euTools = ['Expand all', 'Collapse all', 'Print', 'Share', 'Top'];
const euCookie = [
  'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.',
  'Accept all cookies',
  'Accept only essential cookies',
];
const euFoot = ['Contact', 'Legal notice', 'Cookies policy', 'Accessibility', 'Privacy statement', 'Languages on our websites'];
const euHtml = `<!DOCTYPE html>
<html lang="en" xml:lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>Fair terms for short-term residential lettings arranged through online platforms | EUR-Lex</title>
<meta name="WT.z_docType" content="LSU"><meta name="DC.identifier" content="legissum:4749873">
<meta name="description" content="Summary of Regulation (EU) 2025/418 on short-term residential lettings arranged through online platforms.">
<link rel="canonical" href="https://eur-lex.europa.eu/EN/legal-content/summary/fair-terms-for-short-term-residential-lettings.html">
<link rel="stylesheet" href="/eurlex-frontoffice/css/eurlex.css"><script src="https://webtools.europa.example/load.js?globan=1110" defer></script>
<script type="application/json">{"utility":"cck","url":"/cookies-policy"}</script></head>
<body class="eurlex summaries"><div id="globan" class="globan dark"><div class="globan-content"><span>${euBanner[0]}</span>
<button class="globan-switcher" aria-expanded="false">${euBanner[1]}</button></div></div>
<a class="sr-only sr-only-focusable" href="#MainContent">Skip to main content</a>
<header class="Header"><div class="container"><a class="EurlexLogo" href="/homepage.html"><span class="sr-only">${euHeader[0]}</span></a>
<span class="EurlexTitle">${euHeader[1]}</span><div class="LanguageSelector"><button>${euHeader[2]}</button></div>
<div class="MyEurlex"><a href="/protected/my-eurlex.html">${euHeader[3]}</a><a href="/eurlex-frontoffice/login">${euHeader[4]}</a></div></div>
<nav class="Menu" aria-label="Main menu"><ul class="nav navbar-nav">${links(euNav)}</ul></nav></header>
<div class="container"><ol class="breadcrumb">${links(euCrumbs)}</ol>
<div class="row"><div class="col-md-3 LeftMenu"><div class="PanelHeading"><h2>Summaries of EU legislation</h2></div>
<ul class="SummaryTree">${links(euTree, 'SummaryTreeItem')}</ul></div>
<div class="col-md-9" id="MainContent"><div class="EurlexContent"><div class="DocumentTitle pull-left"><p class="summaryDocType">Summary</p></div>
<div class="PageTools">${euTools
  .slice(0, 4)
  .map((t) => `<button class="btn btn-link">${t}</button>`)
  .join('')}</div>
<div id="document1" class="tabContent"><div class="tabContent"><div class="summary">
<h1 class="sum-title-1">${euTitle}</h1>
<p class="sum-title-2">SUMMARY OF:</p>
${ps(euOf, ' class="sum-ref"')}
<h2 class="sum-title-2">${euH1}</h2>
${ps(euP1)}
<h2 class="sum-title-2">${euH2}</h2>
${ps(euP2)}
<ul>${euList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(euP3)}
<h2 class="sum-title-2">${euH3}</h2>
${ps(euP4)}
<h2 class="sum-title-2">${euH4}</h2>
${ps(euP5)}
<h2 class="sum-title-2">${euH5}</h2>
<ul>${euTerms.map((t) => `<li><strong>${t.replace(/^([^:]+:)/, '$1</strong>')}</li>`).join('\n')}</ul>
<h2 class="sum-title-2">${euH6}</h2>
${ps(euMain)}
<p class="sum-update">${euUpdate}</p></div></div></div>
<a class="TopLink" href="#">${euTools[4]}</a></div></div></div></div>
<div class="cck-container" role="dialog" aria-label="Cookie consent"><p>${euCookie[0]}</p><a class="cck-actions-button" href="#accept">${euCookie[1]}</a>
<a class="cck-actions-button" href="#refuse">${euCookie[2]}</a></div>
<footer class="Footer"><ul>${links(euFoot)}</ul><p>Publications Office of the European Union</p></footer>
<script src="/eurlex-frontoffice/js/eurlex.js"></script></body></html>`;
export const eurlexSummary: TestPage = {
  html: euHtml,
  name: 'heldout195-eur-lex-legislation-summary',
  kind: 'docs',
  // the "SUMMARY OF:" act reference, the key terms and the main document citation are part of the summary (body); "SUMMARY OF:"
  // is a label in neither list; "last update" is a byline; the EU banner, tools, topic tree, cookie kit and footer are furniture
  title: euTitle,
  headings: [euH1, euH2, euH3, euH4, euH5, euH6],
  body: texts([...euOf, ...euP1, ...euP2, ...euList, ...euP3, ...euP4, ...euP5, ...euTerms, ...euMain]),
  bylines: [euUpdate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...euBanner, 'Skip to main content', ...euHeader, ...euNav, ...euCrumbs, ...euTree.filter((t) => t !== 'Consumers'), 'Summary', ...euTools,
    ...euCookie, ...euFoot, 'Publications Office of the European Union',
  ],
};
