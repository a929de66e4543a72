import { links, ps, type TestPage, texts } from './page-kit.js';
import { cells, j, lis, rows } from './pages-heldout444-kit.js';
import { medicareGov } from './pages-heldout444-a2.js';

/**
 * Held-out batch 444, file a: an insurer's plan page on Adobe Experience Manager (core components: cmp-title, cmp-text,
 * cmp-table in a responsive grid, the OneTrust banner, breadcrumb, plan hero with "Shop this plan" and "Find a doctor"
 * buttons, the footnotes, disclaimer and "Related plans" teaser cards, the footer with its legal lines) and, from file
 * a2, a Medicare-style explainer on a U.S. Web Design System site.
 */
const aTitle = 'Harbor Silver 2500 PPO: your 2027 benefits at a glance';
const aIntro = [
  j(
    'The Harbor Silver 2500 PPO is our mid-tier plan for individuals and families who want a predictable deductible and the freedom to',
    'see specialists without a referral. It is sold on and off the state marketplace in all fourteen counties of our Lakeshore service area.',
  ),
  j(
    'Below you will find what the plan pays for the services members use most, how the deductible and out-of-pocket maximum work together,',
    'and which costs do not count toward either of them.',
  ),
];
const aTable: string[][] = [
  ['Annual deductible', '$2,500 individual / $5,000 family', '$5,000 individual / $10,000 family'],
  ['Out-of-pocket maximum', '$7,200 individual / $14,400 family', 'No limit'],
  ['Primary care visit', '$30 copay, deductible waived', '50% coinsurance after deductible'],
  ['Specialist visit', '$60 copay, deductible waived', '50% coinsurance after deductible'],
  ['Urgent care', '$75 copay', '50% coinsurance after deductible'],
  ['Emergency room', '$450 copay, then 20%', '$450 copay, then 20%'],
  ['Generic drugs (tier 1)', '$15 copay', 'Not covered'],
  ['Inpatient hospital stay', '20% coinsurance after deductible', '50% coinsurance after deductible'],
];
const aHow = [
  j(
    'Copays for office visits and generic drugs apply from your first day of coverage, even before you meet the deductible. For most other',
    'services, such as imaging, surgery and hospital stays, you pay the full negotiated rate until the deductible is met, and then share the cost',
    'with us through coinsurance.',
  ),
  j(
    'Everything you pay for covered in-network care, including copays, counts toward the out-of-pocket maximum. Once you reach it, the plan',
    'pays 100% of covered in-network services for the rest of the calendar year.',
  ),
];
const aNot = [
  'Your monthly premium.',
  'Charges for services the plan does not cover, such as cosmetic surgery or adult hearing aids.',
  'Amounts an out-of-network provider bills above our allowed amount.',
  'Costs for brand-name drugs when a generic equivalent is available and your doctor did not mark the prescription "dispense as written".',
];
const aPrev = [
  j(
    'Annual checkups, recommended screenings, well-child visits and routine immunizations are covered at no cost when you use an in-network',
    'provider. If your doctor treats a new problem during a preventive visit, that part of the visit may have a copay.',
  ),
  j(
    'Members also get 24/7 virtual visits with a $0 copay through the Harbor Care app, and up to six free sessions a year with a licensed',
    'counselor through our behavioral health line.',
  ),
];
const aNav = ['Individual & Family', 'Medicare', 'Employers', 'Providers', 'Brokers'];
const aUtil = ['Find a Doctor', 'Member Login', 'Español'];
const aCrumb = ['Home', 'Individual & Family Plans', 'Silver Plans'];
const aRelated = ['Harbor Bronze 6000 HSA', 'Harbor Gold 1000 PPO', 'Harbor Silver 3500 HMO'];
const aFoot = ['About Harbor Health Mutual', 'Careers', 'Newsroom', 'Contact Us', 'Nondiscrimination Notice', 'Privacy Practices', 'Terms of Use'];
const aFootnotes = [
  'Benefits shown are for in-network providers unless stated otherwise. See the Summary of Benefits and Coverage for full details.',
  'Harbor Health Mutual is an independent licensee of the Lakeshore Health Plans Association.',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Harbor Silver 2500 PPO | Individual Plans | Harbor Health Mutual</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="See the 2027 benefits of the Harbor Silver 2500 PPO.">
<meta name="template" content="plan-detail-page"><meta property="og:title" content="Harbor Silver 2500 PPO">
<link rel="canonical" href="https://www.harborhealthmutual.example/individual/plans/silver-2500-ppo.html">
<link rel="stylesheet" href="/etc.clientlibs/hhm/clientlibs/clientlib-site.lc-8c1f0e-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Harbor Silver 2500 PPO",
"brand":{"@type":"Organization","name":"Harbor Health Mutual"}}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"template":"plan-detail-page","lang":"en"}});</script>
<script src="https://assets.adobedtm.example/launch-ENa1b2c3.min.js" async></script></head>
<body class="page basicpage" id="page-4f1e2a7b0c"><div class="root container responsivegrid"><div id="container-9d0a" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" class="cmp-experiencefragment
cmp-experiencefragment--header"><header class="hhm-header"><a class="hhm-header__skip" href="#main">Skip to content</a>
<ul class="hhm-header__utility">${links(aUtil, 'hhm-header__utility-item')}</ul>
<nav class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" aria-label="Main"><ul class="cmp-navigation__group">
${links(aNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<form class="cmp-search" role="search"><input class="cmp-search__input" type="text" name="fulltext" placeholder="Search"
aria-label="Search"></form></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-1" class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">${links(aCrumb, 'cmp-breadcrumb__item')}
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Silver 2500 PPO</li></ol></nav></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container"><div class="aem-Grid">
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h1 class="cmp-title__text">${aTitle}</h1></div></div>
<div class="teaser hhm-plan-hero aem-GridColumn aem-GridColumn--default--12"><div class="cmp-teaser"><div class="cmp-teaser__content">
<p class="cmp-teaser__pretitle">2027 Individual &amp; Family</p><div class="cmp-teaser__action-container">
<a class="cmp-teaser__action-link" href="/shop">Shop this plan</a><a class="cmp-teaser__action-link" href="/find-a-doctor">Find a doctor</a>
<a class="cmp-teaser__action-link" href="/sbc/silver-2500.pdf">Summary of Benefits (PDF)</a></div></div></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${ps(aIntro)}</div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">Benefits summary</h2></div></div>
<div class="table aem-GridColumn aem-GridColumn--default--12"><div class="cmp-table"><table class="cmp-table__table">
<thead><tr><th scope="col">Service</th><th scope="col">In-network</th><th scope="col">Out-of-network</th></tr></thead>
<tbody>${rows(aTable)}</tbody></table></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">How your costs add up</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text">${ps(aHow)}</div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h3 class="cmp-title__text">What does not count toward your out-of-pocket maximum</h3></div></div>
<div class="text aem-GridColumn"><div class="cmp-text"><ul>${lis(aNot)}</ul></div></div>
<div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">Preventive care and extras</h2></div></div>
<div class="text aem-GridColumn"><div class="cmp-text">${ps(aPrev)}</div></div>
<div class="text hhm-footnotes aem-GridColumn"><div class="cmp-text"><p><small>${aFootnotes[0]}</small></p>
<p><small>${aFootnotes[1]}</small></p></div></div>
<div class="list hhm-related aem-GridColumn"><h2 class="hhm-related__title">Related plans</h2><ul class="cmp-list">${links(aRelated, 'cmp-list__item')}</ul>
</div></div></div></main>
<div class="experiencefragment aem-GridColumn"><footer class="hhm-footer"><ul class="hhm-footer__links">${links(aFoot, 'hhm-footer__item')}</ul>
<p class="hhm-footer__legal">© 2027 Harbor Health Mutual. All rights reserved.</p>
<p class="hhm-footer__legal">Last updated: October 1, 2026 · Y0093_HHM27_1183_M</p></footer></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and to analyze how our site is used. You can manage your preferences at any time.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="/etc.clientlibs/hhm/clientlibs/clientlib-site.lc-31a9d2-lc.min.js"></script></body></html>`;
const aemPlan: TestPage = {
  name: 'heldout444-aem-insurer-plan-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Benefits summary', 'How your costs add up', 'What does not count toward your out-of-pocket maximum', 'Preventive care and extras'],
  body: texts([...aIntro, ...cells(aTable), ...aHow, ...aNot, ...aPrev]),
  bylines: ['Last updated: October 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aUtil, ...aNav, ...aCrumb, '2027 Individual & Family', 'Shop this plan', 'Find a doctor',
    'Summary of Benefits (PDF)', ...aFootnotes, 'Related plans', ...aRelated, ...aFoot, '© 2027 Harbor Health Mutual. All rights reserved.',
    'Y0093_HHM27_1183_M', 'We use cookies to improve your experience and to analyze how our site is used. You can manage your preferences at any time.',
    'Accept Cookies', 'Cookie Settings',
  ],
};

export const HELDOUT444_A: readonly TestPage[] = [aemPlan, medicareGov];
