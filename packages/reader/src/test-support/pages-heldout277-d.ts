import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';
import { irs } from './pages-heldout277-d2.js';

/**
 * Held-out batch 277, file d: a CDC-style health topic page on the agency's TemplatePackage (official-site banner,
 * header with search and "Español", the topic's left navigation, "Key points" callout, "On this page" list, a data
 * table with its caption, "Resources" promos, "Sources" / "Content Source:" lines, share and print buttons, the
 * "last reviewed" date and the agency footer) and, from file d2, an IRS-style form instructions page.
 */
const dTitle = 'Preventing Carbon Monoxide Poisoning While Camping';
const dKey = [
  'Carbon monoxide (CO) is a gas you cannot see or smell. It can kill you in minutes in a tent, camper or cabin.',
  'Never use a gas stove, grill, lantern or heater inside a tent or other closed space.',
  'Bring a battery-powered CO alarm when you camp in an RV or cabin.',
];
const dOverview = [
  j(
    'Every year, people on camping trips become sick or die from carbon monoxide poisoning. Most cases happen on cold nights,',
    'when campers bring fuel-burning equipment inside to stay warm or cook out of the rain.',
  ),
  j(
    'Carbon monoxide builds up quickly in small spaces, even if a tent flap or window is partly open. People who are asleep or',
    'who have been drinking alcohol can die before they notice any symptoms.',
  ),
];
const dSymptoms = ['The most common symptoms of CO poisoning are:'];
const dSymptomList = ['Headache', 'Dizziness', 'Weakness', 'Upset stomach or vomiting', 'Chest pain', 'Confusion'];
const dSymptoms2 = [
  j(
    'Because the symptoms are like the flu, CO poisoning is often missed. If several people in the same tent or camper feel sick',
    'at the same time, get everyone into fresh air right away and call 911.',
  ),
];
const dCases = [
  j(
    'A review of emergency department visits in four states found that most camping-related CO cases happened in the colder',
    'months, even though fewer people camp then.',
  ),
];
const dTable = 'Table 1. Camping-related CO poisoning visits by season, four-state review, 2021–2025';
const dCells = ['Winter', '212', '38%', 'Spring', '119', '21%', 'Summer', '71', '13%', 'Fall', '157', '28%'];
const dPrevent = [
  'Use camp stoves, grills and lanterns outdoors only, at least 20 feet away from tents and windows.',
  'Keep generator exhaust pointed away from your campsite and never run a generator inside a camper.',
  'Have the gas appliances and exhaust system of your RV checked every year.',
  'Test your CO alarm before each trip and carry spare batteries.',
];
const dNav = ['Carbon Monoxide Poisoning', 'About', 'Prevention', 'Signs and Symptoms', 'Camping and Outdoors', 'Data and Statistics', 'Resources'];
const dRes = ['Carbon Monoxide Poisoning Basics', 'Generator Safety', 'Staying Safe in Winter Weather'];
const dFoot = ['About CDC', 'Contact Us', '800-232-4636', 'Policies', 'FOIA', 'Accessibility', 'Privacy', 'No FEAR Act', 'Inspector General', 'USA.gov'];
const dHtml = `<!DOCTYPE html>
<html lang="en-us" class="theme-cyan"><head><meta charset="utf-8"><title>${dTitle} | Carbon Monoxide Poisoning | CDC</title>
<meta name="description" content="How to prevent carbon monoxide poisoning on camping trips."><meta property="og:site_name" content="Centers for Disease
Control and Prevention">
<meta name="cdc:last_published" content="2026-03-03"><meta name="cdc:content_source" content="National Center for Environmental Health">
<meta name="cdc:maintained_by" content="National Center for Environmental Health"><link rel="canonical" href="https://www.cdc.gov/carbon-monoxide/camping/">
<script>window.CDC = window.CDC || {}; window.CDC.Policy = window.CDC.Policy || {}; window.CDC.Policy.Analytics = {"channel":"NCEH"};</script>
<link rel="stylesheet" href="/TemplatePackage/5.0/css/app.min.css"></head>
<body class="cdc-2022 sitelevel-t"><section class="usa-banner" aria-label="Official website of the United States government"><header class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-banner__button">Here's how you know</button>
</header></section>
<a href="#content" class="skippy sr-only-focusable">Skip directly to site content</a>
<header class="container-fluid header-wrapper"><div class="container"><div id="header" class="header"><div class="cdc-logo">
<a href="https://www.cdc.gov"><span class="sr-only">Centers for Disease Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People</span>
</a></div>
<div class="cdc-header-search-form"><form id="cdc-search-form" role="search"><label for="cdc-search__input" class="sr-only">Search</label>
<input id="cdc-search__input" type="search" placeholder="Search"><button type="submit" class="btn">Submit</button></form></div>
<div class="cdc-header-lang"><a href="/es/carbon-monoxide/camping/" lang="es">Español</a></div></div></div></header>
<div class="container d-flex flex-wrap body-wrapper bg-white"><div class="container-fluid site-title"><div class="display-6 text-white fs-4">
<a href="/carbon-monoxide/">Carbon Monoxide Poisoning</a></div></div>
<nav class="cdc-dfe-body__left col-3" aria-label="Left navigation"><ul class="list-group">${links(dNav.slice(1), 'list-group-item')}</ul></nav>
<main class="col-xl-9 container-fluid" role="main" aria-label="Main Content Area"><div class="cdc-dfe-body__center">
<h1 id="content" class="cdc-page-title">${dTitle}</h1>
<div class="cdc-page-offset"><div class="dfe-section dfe-section--callout"><div class="cdc-callout"><h2 class="cdc-callout__heading">Key points</h2>
<ul class="cdc-callout__list">${lis(dKey)}</ul></div></div>
<div class="dfe-section"><div class="cdc-otp" aria-label="On this page"><p class="cdc-otp__title">On this page</p>
<ul><li><a href="#overview">Overview</a></li><li><a href="#symptoms">Symptoms</a></li><li><a href="#cases">When cases happen</a></li>
<li><a href="#prevention">Prevention</a></li></ul></div>
<h2 id="overview">Overview</h2>
${ps(dOverview)}
<h2 id="symptoms">Symptoms</h2>
${ps(dSymptoms)}
<ul>${lis(dSymptomList)}</ul>
${ps(dSymptoms2)}
<h2 id="cases">When cases happen</h2>
${ps(dCases)}
<div class="table-responsive"><table class="table table-striped"><caption>${dTable}</caption>
<thead><tr><th scope="col">Season</th><th scope="col">Visits</th><th scope="col">Share of visits</th></tr></thead><tbody>
${[0, 3, 6, 9].map((i) => `<tr><th scope="row">${dCells[i]}</th><td>${dCells[i + 1]}</td><td>${dCells[i + 2]}</td></tr>`).join('\n')}</tbody></table></div>
<h2 id="prevention">Prevention</h2>
<ul>${lis(dPrevent)}</ul></div>
<div class="dfe-section"><h2 class="cdc-resources__heading">Resources</h2><div class="cdc-promo-list">${dRes
  .map((r) => `<div class="cdc-promo"><a href="#" class="cdc-promo__link">${r}</a></div>`)
  .join('\n')}</div></div>
<div class="dfe-section cdc-sources"><div class="cdc-page-date"><span class="cdc-page-date__label">Last Reviewed:</span> March 3, 2026</div>
<div class="cdc-page-source"><p><strong>Source:</strong> National Center for Environmental Health</p></div></div>
<div class="cdc-share"><button class="cdc-share__button" aria-label="Share">Share</button> <button class="cdc-print" onclick="window.print()">Print</button>
</div></div></div></main></div>
<footer class="footer-wrapper"><div class="container"><div class="row"><div class="col"><h4>Contact CDC</h4><ul>${links(dFoot.slice(0, 3))}</ul></div>
<div class="col"><h4>About CDC</h4><ul>${links(dFoot.slice(3))}</ul></div></div>
<p class="footer-hhs">U.S. Department of Health &amp; Human Services</p></div></footer>
<script src="/TemplatePackage/5.0/js/app.min.js"></script><script src="/JScript/metrics/adobe/launch/launch.js" async></script></body></html>`;
const cdc: TestPage = {
  name: 'heldout277-cdc-health-topic-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Key points', 'Overview', 'Symptoms', 'When cases happen', 'Prevention'],
  body: texts([...dKey, ...dOverview, ...dSymptoms, ...dSymptomList, ...dSymptoms2, ...dCases, dTable, ...dCells, ...dPrevent]),
  bylines: ['Last Reviewed: March 3, 2026', 'Source: National Center for Environmental Health'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'Skip directly to site content',
    'Centers for Disease Control and Prevention. CDC twenty four seven. Saving Lives, Protecting People', 'Search', 'Submit', 'Español',
    'Carbon Monoxide Poisoning', 'About', 'Signs and Symptoms', 'Camping and Outdoors', 'Data and Statistics', 'On this page', 'Resources', ...dRes,
    'Share', 'Print',
    'Contact CDC', ...dFoot, 'U.S. Department of Health & Human Services',
  ],
};

export const HELDOUT277_D: readonly TestPage[] = [cdc, irs];
