import { links, ps, type TestPage, texts } from './page-kit.js';
import { opssReport } from './pages-heldout411-b2.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file b: an NHTSA-style vehicle recall detail page, a data page rendered by the site's React recall
 * app inside the Drupal shell (gov banner, menu, breadcrumbs, campaign number and dates, the recall cards for Summary,
 * Safety Risk, Remedy and Notes, the affected vehicles table, associated documents, "Check for recalls" widget, survey
 * prompt and footer) and, from file b2, a UK OPSS product safety report on GOV.UK.
 */
const nTitle = 'Hallmont Motors: Brake Fluid Leak May Cause Loss of Braking Assist';
const nFacts = ['Hallmont Motors, LLC', 'Service Brakes, Hydraulic: Power Assist: Vacuum', '48,212'];
const nSummary = [
  j(
    'Hallmont Motors, LLC (Hallmont) is recalling certain 2024-2025 Hallmont Corvane and 2025 Hallmont Corvane Sport vehicles. The',
    'brake master cylinder seal may have been damaged during assembly, which can allow brake fluid to leak into the brake booster.',
  ),
];
const nRisk = [
  j(
    'A brake fluid leak into the booster can reduce power assist and increase the distance needed to stop the vehicle, increasing',
    'the risk of a crash. Drivers may notice a soft brake pedal or the red brake warning lamp before braking is reduced.',
  ),
];
const nRemedy = [
  j(
    'Dealers will inspect the master cylinder and brake booster and replace the master cylinder, and the booster if fluid is found',
    'inside it, free of charge. Owner notification letters are expected to be mailed April 20, 2026. Owners may contact Hallmont',
    'customer service at 1-800-555-0163. Hallmont’s number for this recall is R2611.',
  ),
];
const nNotes = [
  j(
    'Owners may also contact the National Highway Traffic Safety Administration Vehicle Safety Hotline at 1-888-555-0149 or go to',
    'the recall lookup to check a vehicle identification number.',
  ),
];
const nVehicles = ['2024 Hallmont Corvane', '2025 Hallmont Corvane', '2025 Hallmont Corvane Sport'];
const nDocs = ['Recall Acknowledgement', 'Part 573 Safety Recall Report', 'Remedy Instructions and TSB', 'Manufacturer Notices (to Dealers, etc.)'];
const nNav = ['Ratings', 'Recalls', 'Risky Driving', 'Road Safety', 'Equipment', 'Technology & Innovation', 'Vehicle Manufacturers'];
const nFoot = ['About NHTSA', 'Careers', 'Contact Us', 'Privacy Policy', 'FOIA', 'Accessibility', 'Vulnerability Disclosure Policy', 'Budget & Performance'];
const card = (id: string, label: string, paras: readonly string[]): string => `<div class="recall-card" id="${id}">
<h2 class="recall-card__title">${label}</h2><div class="recall-card__body">${ps(paras, ' class="recall-card__text"')}</div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Recall 26V118 | NHTSA</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${nSummary[0] ?? ''}">
<meta property="og:title" content="${nTitle}"><link rel="canonical" href="https://www.nhtsa.gov/recalls?nhtsaId=26V118000">
<script>window.drupalSettings={"path":{"currentPath":"recalls"},"nhtsa_recalls":{"apiBase":"https://api.nhtsa.example/recalls"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Recall 26V118","publisher":"NHTSA"}</script>
<link rel="stylesheet" href="/themes/nhtsa/dist/styles.css"></head>
<body class="path-recalls"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner"><div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button class="usa-banner__button">Here’s how you know</button></div></section>
<header class="usa-header nhtsa-header"><div class="usa-logo"><a href="/"><span>NHTSA</span>
<span class="usa-logo__sub">United States Department of Transportation</span></a></div>
<nav class="usa-nav" aria-label="Primary"><ul class="usa-nav__primary">${links(nNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content"><nav class="usa-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/recalls">Recalls</a></li>
<li aria-current="page">Recall 26V118</li></ol></nav>
<div id="nhtsa-recalls-app" data-reactroot=""><div class="recall-detail grid-container">
<div class="recall-detail__header"><p class="recall-detail__eyebrow">NHTSA Campaign Number: <span>26V118000</span></p>
<h1 class="recall-detail__title">${nTitle}</h1>
<ul class="recall-detail__dates"><li>Report Receipt Date <strong>March 4, 2026</strong></li><li>Recall Status <strong>Open</strong></li></ul>
<div class="recall-detail__actions"><button class="usa-button usa-button--outline">Print</button>
<button class="usa-button usa-button--outline">Share this recall</button></div></div>
<dl class="recall-detail__facts"><dt>Manufacturer</dt><dd>${nFacts[0] ?? ''}</dd><dt>Components</dt><dd>${nFacts[1] ?? ''}</dd>
<dt>Potential Number of Units Affected</dt><dd>${nFacts[2] ?? ''}</dd></dl>
${card('summary', 'Summary', nSummary)}
${card('risk', 'Safety Risk', nRisk)}
${card('remedy', 'Remedy', nRemedy)}
${card('notes', 'Notes', nNotes)}
<section class="recall-vehicles"><h2>Affected Vehicles</h2><table class="usa-table usa-table--borderless"><thead><tr><th>Year, Make, Model</th></tr>
</thead><tbody>${nVehicles.map((v) => `<tr><td>${v}</td></tr>`).join('\n')}</tbody></table></section>
<section class="recall-documents"><h3 class="recall-documents__title">Associated Documents</h3>
<ul>${links(nDocs, 'recall-documents__item')}</ul></section></div></div>
<aside class="recall-lookup"><h2>Check for Recalls</h2><p>Enter your 17-character Vehicle Identification Number to see if your vehicle
has an open recall.</p><form><input class="usa-input" placeholder="Enter VIN"><button class="usa-button">Check</button></form>
<p class="recall-lookup__app">Get recall alerts on your phone with the SaferCar app.</p></aside>
<div class="survey-prompt"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div></main>
<footer class="usa-footer"><ul class="usa-footer__nav">${links(nFoot, 'usa-footer__primary-link')}</ul>
<p class="usa-footer__address">National Highway Traffic Safety Administration · 1200 New Jersey Avenue SE, Washington, DC 20590</p></footer>
<script src="/modules/custom/nhtsa_recalls/build/main.4f1c2e.js"></script></body></html>`;
const nhtsa: TestPage = {
  name: 'heldout411-nhtsa-vehicle-recall',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Summary', 'Safety Risk', 'Remedy', 'Notes', 'Affected Vehicles'],
  body: texts([...nFacts, ...nSummary, ...nRisk, ...nRemedy, ...nNotes, ...nVehicles]),
  bylines: ['Report Receipt Date', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'United States Department of Transportation',
    ...nNav, 'Home', 'Recall 26V118', 'NHTSA Campaign Number:', 'Recall Status', 'Print', 'Share this recall', 'Associated Documents', ...nDocs,
    'Check for Recalls', 'Enter your 17-character Vehicle Identification Number to see if your vehicle has an open recall.', 'Check',
    'Get recall alerts on your phone with the SaferCar app.', 'Was this page helpful?', ...nFoot,
    'National Highway Traffic Safety Administration · 1200 New Jersey Avenue SE, Washington, DC 20590',
  ],
};

export const HELDOUT411_B: readonly TestPage[] = [nhtsa, opssReport];
