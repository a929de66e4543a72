import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout332-e2.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file e: a Crunchbase-style company page, a data page (Angular markup with mat-toolbar, profile header,
 * action buttons, tabs, "About" and "Details" tiles, the highlights cards, the funding rounds grid with its summary sentence,
 * the Pro upsell, "Similar Companies" and the footer) and, from file e2, an accelerator's demo-day recap built with Elementor.
 */
const bTitle = 'Ostrava Freight Labs';
const bAbout = 'Ostrava Freight Labs develops route-planning software for rail freight operators in Central Europe.';
const bDesc = [
  j(
    'Ostrava Freight Labs builds scheduling and wagon-allocation software for private rail freight operators. Its planning tool',
    'combines track access slots, locomotive availability and customer bookings to propose weekly train plans that operators can',
    'adjust by hand.',
  ),
  j(
    'The company was founded in 2022 by former dispatchers and operations researchers and works with eleven operators in Czechia,',
    'Poland and Slovakia. It also sells a capacity forecasting module to terminal owners.',
  ),
];
const bSummary = j(
  'Ostrava Freight Labs has raised a total of €17.8M over 3 funding rounds. Their latest funding was raised on Feb 18, 2026 from',
  'a Series A round. Ostrava Freight Labs is funded by 7 investors. Danube Rail Fund and Moravia Tech Partners are the most recent investors.',
);
const bRounds: Array<[string, string, string, string, string]> = [
  ['Feb 18, 2026', 'Series A - Ostrava Freight Labs', '4', '€14M', 'Danube Rail Fund'],
  ['Jun 6, 2024', 'Seed Round - Ostrava Freight Labs', '3', '€3.2M', 'Moravia Tech Partners'],
  ['Nov 2, 2022', 'Pre Seed Round - Ostrava Freight Labs', '1', '€600K', 'Silesia Angels'],
];
const bHigh: Array<[string, string]> = [
  ['Total Funding Amount', '€17.8M'],
  ['Number of Investors', '7'],
  ['Number of Employees', '11-50'],
  ['CB Rank (Company)', '41,207'],
];
const bDetails: Array<[string, string]> = [
  ['Industries', 'Logistics, Rail, Software'],
  ['Headquarters Regions', 'European Union (EU), Central Europe'],
  ['Founded Date', '2022'],
  ['Operating Status', 'Active'],
  ['Last Funding Type', 'Series A'],
  ['Company Type', 'For Profit'],
];
const bTabs = ['Summary', 'Financials', 'People', 'Technology', 'Signals & News'];
const bSimilar = ['Railbridge Analytics', 'Wagonly', 'Corridor Logistics AI'];
const bFoot = ['About Crunchbase', 'Careers', 'Contact', 'Terms of Service', 'Privacy Policy', 'Cookie Policy', 'Sitemap'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ostrava Freight Labs - Crunchbase Company Profile &amp; Funding</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${bAbout}">
<meta property="og:site_name" content="Crunchbase"><link rel="canonical" href="https://www.crunchbase.com/organization/ostrava-freight-labs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Ostrava Freight Labs","foundingDate":"2022"}</script>
<link rel="stylesheet" href="styles.3f9a1c27e8.css"></head>
<body><app-root ng-version="17.3.4"><mat-sidenav-container class="mat-drawer-container mat-sidenav-container">
<mat-sidenav-content class="mat-drawer-content mat-sidenav-content"><mat-toolbar class="mat-toolbar mat-primary">
<a href="/" class="cb-logo" aria-label="Crunchbase">Crunchbase</a><search-bar><input placeholder="Search Crunchbase" aria-label="Search"></search-bar>
<a mat-button href="/discover/organization.companies">Search</a><a mat-button href="/lists">My Lists</a>
<a mat-flat-button href="/login">Log In</a><a mat-flat-button color="accent" href="/register">Start Free Trial</a></mat-toolbar>
<route-outlet><profile-page><page-layout><profile-header class="profile-header"><div class="identifier-nav">
<h1 class="profile-name">${bTitle}</h1><span class="entity-type">Organization</span>
<div class="action-buttons"><button mat-stroked-button>Follow</button><button mat-stroked-button>Add to List</button></div></div>
<nav mat-tab-nav-bar class="mat-mdc-tab-nav-bar">${bTabs
  .map((t) => `<a mat-tab-link class="mat-mdc-tab-link" href="#">${t.replace(/&/g, '&amp;')}</a>`)
  .join('')}</nav></profile-header>
<div class="main-content"><row-card><profile-section><section-card><div class="section-card-header"><h2 class="section-title">About</h2></div>
<div class="section-content"><description-card><span class="description">${bAbout}</span></description-card>
<ul class="icon-and-value">${links(['Ostrava, Moravskoslezsky Kraj, Czech Republic', 'ostravafreight.example'], 'text_and_value')}</ul>
</div></section-card></profile-section></row-card>
<row-card><profile-section><section-card><div class="section-card-header"><h2 class="section-title">Highlights</h2></div>
<anchored-values class="mat-card">${bHigh
  .map(([k, v]) => `<a class="accent highlight"><div class="info"><span class="field-label">${k}</span><span class="field-value">${v}</span></div></a>`)
  .join('\n')}</anchored-values></section-card></profile-section></row-card>
<row-card><profile-section><section-card><div class="section-card-header"><h2 class="section-title">Details</h2></div>
<tile-fields><ul class="text_and_value">${bDetails
  .map(([k, v]) => `<li><label-with-info class="wrappable-label">${k}</label-with-info><field-formatter>${v}</field-formatter></li>`)
  .join('\n')}</ul></tile-fields>
<description-card class="expanded">${ps(bDesc)}</description-card></section-card></profile-section></row-card>
<row-card><profile-section><section-card><div class="section-card-header"><h2 class="section-title">Funding Rounds</h2></div>
<phrase-list-card><p class="summary-text">${bSummary}</p></phrase-list-card>
<table class="card-grid"><thead><tr><th>Announced Date</th><th>Transaction Name</th><th>Number of Investors</th><th>Money Raised</th>
<th>Lead Investors</th></tr></thead><tbody>${bRounds
  .map((r) => `<tr>${r.map((c) => `<td><field-formatter>${c}</field-formatter></td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><a class="view-all" href="#">View All</a></section-card></profile-section></row-card>
<div class="pro-upsell mat-card"><h3>Unlock even more with Crunchbase Pro</h3><p>See full funding history, revenue estimates and contacts.</p>
<a href="/buy/select-product">Start Your Free Trial</a></div>
<row-card><profile-section><section-card><h2 class="section-title">Similar Companies</h2><ul>${links(bSimilar)}</ul></section-card></profile-section>
</row-card></div></page-layout></profile-page></route-outlet>
<footer class="cb-footer"><ul>${links(bFoot)}</ul><p>© 2026 Crunchbase Inc. All Rights Reserved.</p></footer>
</mat-sidenav-content></mat-sidenav-container></app-root>
<div id="onetrust-banner-sdk" role="alertdialog"><p id="onetrust-policy-text">We use cookies to give you the best experience on our website.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="main.7c2e91a.js" type="module"></script></body></html>`;
const crunchbase: TestPage = {
  name: 'heldout332-crunchbase-company-data',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: ['About', 'Details', 'Funding Rounds'],
  body: texts([bAbout, ...bDesc, bSummary, ...bRounds.flat().filter((c) => c.length > 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crunchbase', 'Search', 'My Lists', 'Log In', 'Start Free Trial', 'Organization', 'Follow', 'Add to List', ...bTabs,
    'Ostrava, Moravskoslezsky Kraj, Czech Republic',
    'ostravafreight.example', 'Highlights', ...bHigh.flat().filter((t) => t.length > 2 && t !== '€17.8M'),
    ...bDetails.flat().filter((t) => t !== '2022' && t !== 'Series A'), 'Announced Date', 'Transaction Name',
    'Number of Investors', 'Money Raised', 'Lead Investors', 'View All', 'Unlock even more with Crunchbase Pro',
    'See full funding history, revenue estimates and contacts.', 'Start Your Free Trial', 'Similar Companies', ...bSimilar, ...bFoot,
    '© 2026 Crunchbase Inc. All Rights Reserved.', 'We use cookies to give you the best experience on our website.', 'Accept All Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT332_E: readonly TestPage[] = [crunchbase, elementor];
