import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 97, file e2: a US state government agency "how-to" page in a Mayflower style Drupal template on an invented
 * state's site (the "An official website of the State of ..." banner with "Here's how you know" and its hidden panel, the
 * site-wide alert bar with "Show Alerts" / "Hide Alerts", the utility nav with "Translate" and "Log in to...", the main
 * nav, breadcrumbs, the page banner with its category label and "Offered by", the "Table of Contents" jump links, the
 * sections with lists, a "Fees" table and a "Contact" block, "Downloads", "Related", the "Help Us Improve" feedback form
 * and the footer).
 */
const sgTitle = 'Test your private well water';
const sgLede =
  'If your drinking water comes from a private well, you are responsible for making sure it is safe. Testing is the only way to ' +
  'know whether your water has bacteria, nitrate, arsenic or other contaminants.';
const sgH = ['What you need for testing your private well water', 'How to test your private well water', 'When to test more often', 'Fees', 'Next steps'];
const sgWhen = ['Test again, even if your last result was fine, when:'];
const sgWhenList = [
  'the water changes in taste, color or smell',
  'the well has been flooded, or work has been done on the well or pump',
  'someone in the household is pregnant or a baby is being fed formula made with well water',
  'there has been a chemical spill, new construction or heavy pesticide use nearby',
];
const sgNeed = [
  'A sampling kit from a state-certified laboratory. Kits are free from the lab and include bottles and instructions.',
  'Your well’s location and depth, if you know them. The lab uses this to recommend which tests you need.',
  'A cold-water tap that does not pass through a filter or softener.',
];
const sgHowIntro = ['We recommend testing every year for bacteria and every three to five years for a standard chemical panel. To test:'];
const sgHow = [
  'Order a kit from a <a href="/lists/certified-drinking-water-labs">certified laboratory</a> near you.',
  'Let the cold water run for five minutes, then fill the bottles without touching the inside of the cap or bottle.',
  'Return the samples to the lab within 24 hours, keeping them cold on the way.',
  'Review your results. The lab will mark any result above the state drinking water standard.',
];
const sgFeesIntro = ['Each laboratory sets its own prices. The table shows typical costs.'];
const sgFees: [string, string][] = [
  ['Bacteria (total coliform and E. coli)', '$25 to $40'],
  ['Standard chemical panel', '$90 to $150'],
  ['Arsenic and uranium', '$45 to $70'],
];
const sgNext = [
  'If your water fails a test, do not panic. Many problems can be fixed by disinfecting the well or installing a treatment system. ' +
    'Our Private Well Program can help you understand your results and choose a treatment option that fits your home.',
  'Households with an income below 80% of the area median may qualify for a free test through their local board of health.',
];
const sgBanner = [
  'An official website of the State of Westmarch',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure websites use HTTPS certificate',
  'A lock icon or https:// means you’ve safely connected to the official website.',
];
const sgAlert = [
  'Alerts',
  'Show Alerts',
  'Hide Alerts',
  'Department of Environmental Health offices close at noon on Wednesday, November 26, for the Thanksgiving holiday. Online services remain available.',
  'Nov. 24th, 2025, 9:00 am',
  'Read more',
];
const sgUtil = ['Translate', 'State Agencies', 'State Organizations', 'Log in to...'];
const sgNav = ['Living', 'Working', 'Learning', 'Visiting & Exploring', 'Your Government'];
const sgCrumbs = ['Home', 'Environmental Health', 'Drinking Water'];
const sgOffered = 'Department of Environmental Health';
const sgContact = ['Contact', 'Private Well Program', 'Phone', '(555) 292-5500', 'Monday to Friday, 9 a.m. to 5 p.m.', 'Online', 'wells@state.wm.example'];
const sgDownloads = [
  'Downloads',
  'Private well owner’s guide (PDF 1.4 MB)',
  'Sampling instructions (English) (PDF 220 KB)',
  'Sampling instructions (Español) (PDF 231 KB)',
];
const sgRelated = ['Related', 'Private well guidelines', 'Certified drinking water laboratories', 'Arsenic in private wells'];
const sgFeedback = [
  'Help Us Improve Westmarch.gov with your feedback',
  'Did you find what you were looking for on this webpage?',
  'Yes',
  'No',
  'If you need to contact someone at a state agency, please use the Contact section of this page.',
  'Do not include personal information (Social Security numbers, phone numbers, etc.).',
  'Send Feedback',
];
const sgFoot = ['Site Policies', 'Public Records Requests', 'Accessibility', 'Language Access', 'State Jobs'];
const sgCopy = '© 2025 State of Westmarch';
const sgFootAbout = 'Westmarch.gov® is a registered service mark of the State of Westmarch.';
const sgSection = (id: string, h: string, inner: string): string => `<section class="ma__rich-text js-ma-rich-text" id="${id}"><h2 class="ma__comp-heading"
tabindex="-1">${h}</h2>${inner}</section>`;
const sgHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>Test your private well water | Westmarch.gov</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${sgLede}">
<meta name="wm-content-type" content="how_to_page">
<meta property="og:site_name" content="Westmarch.gov"><meta property="og:title" content="${sgTitle}">
<link rel="canonical" href="https://www.westmarch.example/how-to/test-your-private-well-water">
<link rel="stylesheet" media="all" href="/themes/custom/westmarch_theme/overrides/css/index-generated.css?t5b2rc">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"${sgTitle}",
"provider":{"@type":"GovernmentOrganization","name":"${sgOffered}"}}]}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script src="https://www.googletagmanager.example/gtm.js?id=GTM-WM01" async>
</script></head>
<body class="path-node page-node-type-how-to-page"><a href="#main-content" class="ma__skip-link visually-hidden focusable">Skip to main content</a>
<section class="ma__site-banner" aria-label="Official government website"><div class="ma__site-banner__container"><img src="/images/state-seal.png" alt="">
<span class="ma__site-banner__text">${sgBanner[0]}</span><button class="ma__site-banner__button" aria-expanded="false" aria-controls="site-banner-panel">
${sgBanner[1]}</button></div><div id="site-banner-panel" class="ma__site-banner__panel" hidden><div><strong>${sgBanner[2]}</strong><p>${sgBanner[3]}</p></div>
<div><strong>${sgBanner[4]}</strong><p>${sgBanner[5]}</p></div></div></section>
<section class="ma__emergency-alerts ma__emergency-alerts--state" data-alerts="sitewide" aria-label="Site alerts"><div class="ma__emergency-alerts__header">
<h2 class="ma__emergency-alerts__title">${sgAlert[0]}</h2><button class="ma__emergency-alerts__header-toggle js-accordion-link" aria-expanded="true">
<span class="ma__emergency-alerts__show">${sgAlert[1]}</span><span class="ma__emergency-alerts__hide">${sgAlert[2]}</span></button></div>
<div class="ma__emergency-alerts__content js-accordion-content"><div class="ma__emergency-alert"><p class="ma__emergency-alert__message">${sgAlert[3]}</p>
<span class="ma__emergency-alert__time-stamp">${sgAlert[4]}</span><a class="ma__emergency-alert__link" href="/alerts/offices-closed">${sgAlert[5]}</a>
</div></div></section>
<header class="ma__header" id="header"><div class="ma__header__utility-nav"><ul>${links(sgUtil, 'ma__utility-nav__item')}</ul></div>
<div class="ma__header__container"><a class="ma__site-logo" href="/"><img src="/images/logo/westmarch-logo.svg" alt="Westmarch.gov home page"></a>
<form class="ma__header-search" role="search" action="/search"><label for="header-search" class="ma__header-search__label">Search terms</label>
<input id="header-search" type="search" placeholder="Search Westmarch.gov"><button type="submit" class="ma__button-search">Search</button></form></div>
<nav class="ma__main-nav" aria-label="main navigation"><ul class="ma__main-nav__items">${links(sgNav, 'ma__main-nav__item')}</ul></nav></header>
<main id="main-content" class="ma__page"><div class="ma__breadcrumbs"><nav aria-label="breadcrumbs"><ol class="ma__breadcrumbs__container">
${links(sgCrumbs, 'ma__breadcrumbs__item')}</ol></nav></div>
<section class="ma__page-banner ma__page-banner--small"><div class="ma__page-banner__container"><span class="ma__page-banner__category">Guide</span>
<h1 class="ma__page-banner__title">${sgTitle}</h1></div></section>
<div class="ma__page-header__optional-content"><div class="ma__page-intro"><div class="ma__page-intro__description"><p>${sgLede}</p></div></div>
<div class="ma__organization-info"><span class="ma__organization-info__label">Offered by</span><ul><li>
<a href="/orgs/department-of-environmental-health">${sgOffered}</a></li>
</ul></div></div>
<nav class="ma__jump-links" aria-labelledby="jump-links-title"><h2 class="ma__jump-links__title" id="jump-links-title">Table of Contents</h2><ul>
${sgH.map((h, i) => `<li class="ma__jump-links__item"><a href="#s${i}">${h}</a></li>`).join('\n')}<li><a href="#contact">Contact</a></li></ul></nav>
<div class="main-content main-content--two"><div class="page-content">
${sgSection('s0', sgH[0] as string, `<ul>${sgNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${sgSection('s1', sgH[1] as string, `<p>${sgHowIntro[0]}</p><ol>${sgHow.map((t) => `<li>${t}</li>`).join('\n')}</ol>`)}
${sgSection('s2', sgH[2] as string, `<p>${sgWhen[0]}</p><ul>${sgWhenList.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${sgSection(
  's3',
  sgH[3] as string,
  `<p>${sgFeesIntro[0]}</p><div class="ma__table--responsive"><table class="ma__table"><thead><tr><th>Test</th><th>Typical
cost</th></tr></thead><tbody>${sgFees.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div>`,
)}
${sgSection('s4', sgH[4] as string, sgNext.map((t) => `<p>${t}</p>`).join('\n'))}
<section class="ma__contact-list" id="contact"><h2 class="ma__comp-heading">${sgContact[0]}</h2><div class="ma__contact-group"><h3>${sgContact[1]}</h3>
<div class="ma__contact-group__item"><span class="ma__contact-group__label">${sgContact[2]}</span><a href="tel:5552925500">${sgContact[3]}</a>
<p class="ma__contact-group__details">${sgContact[4]}</p></div><div class="ma__contact-group__item">
<span class="ma__contact-group__label">${sgContact[5]}</span>
<a href="mailto:${sgContact[6]}">${sgContact[6]}</a></div></div></section>
<section class="ma__download-links"><h2 class="ma__comp-heading">${sgDownloads[0]}</h2><ul>${links(sgDownloads.slice(1))}</ul></section></div>
<aside class="sidebar"><section class="ma__link-list"><h2 class="ma__comp-heading">${sgRelated[0]}</h2><ul>${links(sgRelated.slice(1))}</ul></section>
</aside></div>
<section class="ma__mass-feedback-form"><h2 class="ma__comp-heading">${sgFeedback[0]}</h2><form class="ma__mass-feedback-form__form"><fieldset>
<legend>${sgFeedback[1]}
</legend><input type="radio" id="fb-yes" name="found"><label for="fb-yes">${sgFeedback[2]}</label><input type="radio" id="fb-no" name="found">
<label for="fb-no">
${sgFeedback[3]}</label></fieldset><p class="ma__mass-feedback-form__note">${sgFeedback[4]}</p><p class="ma__mass-feedback-form__note">${sgFeedback[5]}</p>
<button type="submit">${sgFeedback[6]}</button></form></section></main>
<footer class="ma__footer-new" id="footer"><div class="ma__footer-new__container"><ul class="ma__footer-new__links">${links(sgFoot)}</ul>
<p class="ma__footer-new__copyright">${sgCopy}</p><p>${sgFootAbout}</p></div></footer>
<script src="/themes/custom/westmarch_theme/overrides/js/index-generated.js?t5b2rc"></script></body></html>`;
export const stateAgencyPage: TestPage = {
  html: sgHtml,
  name: 'heldout97-state-agency-how-to-page',
  kind: 'docs',
  // the page intro (lede) is body; "Offered by" with the department is a byline; the official-site banner, the site-wide
  // alert bar (its time stamp too), the "Guide" label, the jump links' title (entries repeat the headings: left out, with
  // "Contact" that heads the contact block), the contact block, downloads, related links, feedback form and footer are
  // furniture; the fee table's data cells are body, its header cells in neither list
  title: sgTitle,
  headings: sgH,
  body: [sgLede, ...sgNeed, ...sgHowIntro, ...texts(sgHow), ...sgWhen, ...sgWhenList, ...sgFeesIntro, ...sgFees.flat(), ...sgNext],
  bylines: ['Offered by', sgOffered],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...sgBanner, ...sgAlert, ...sgUtil, 'Search terms', 'Search', ...sgNav, ...sgCrumbs, 'Guide', 'Table of Contents', ...sgContact,
    ...sgDownloads, ...sgRelated, ...sgFeedback, ...sgFoot, sgCopy, sgFootAbout,
  ],
};
