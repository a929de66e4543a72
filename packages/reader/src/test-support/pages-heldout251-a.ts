import { links, ps, type TestPage, texts } from './page-kit.js';
import { dvids } from './pages-heldout251-a2.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file a: a state veterans' benefits explainer on the VA.gov Formation / USWDS template (official
 * government banner, header mega menu, va-breadcrumbs, "On this page" jump links, va-alert, accordions, "Last updated"
 * line, "Need help?" box, back-to-top, the Veterans Crisis Line modal and footer) and, from file a2, a DVIDS news story.
 */
const vTitle = 'Property tax exemption for disabled Veterans in Ostmark';
const vIntro = [
  j(
    'If you have a service-connected disability rating of 70% or higher, you may be able to pay less property tax on the home you live in.',
    'Surviving spouses of Veterans who died in the line of duty may also qualify. Learn who is eligible and how to apply through your county assessor.',
  ),
];
const vElig = [
  'You may qualify for a full or partial exemption if you meet all of these requirements:',
  'You own the home and live in it as your primary residence on January 1 of the tax year, <strong>and</strong>',
  'You have a service-connected disability rating of at least 70% from the VA, <strong>and</strong>',
  'You were discharged under conditions other than dishonorable.',
  j(
    '<strong>Note:</strong> If you are the surviving spouse of a Veteran who died on active duty or from a service-connected condition,',
    'you may qualify even if the',
    'Veteran never owned the home. You must not have remarried before the age of 57.',
  ),
];
const vTable = [
  '70% to 89%: up to $85,000 of assessed value is exempt',
  '90% to 99%: up to $140,000 of assessed value is exempt',
  '100% or individual unemployability: the full assessed value of the home and up to 2 acres is exempt',
];
const vAmounts = [
  'The amount of the exemption depends on your disability rating on January 1 of the tax year:',
  ...vTable,
  j(
    'The exemption applies to county, city and school district taxes. It does not cover special assessments such as sewer or street lighting',
    'charges, and it does not carry over to a second home or a rental property.',
  ),
];
const vApply = [
  'You can apply in person or by mail at the assessor’s office in the county where your home is located. You will need to bring or send:',
  'A completed Form OSV-1182 (Application for Disabled Veteran Exemption)',
  'Your VA benefit summary letter showing your combined rating',
  'A copy of your DD214 or other separation document',
  'Proof that you live in the home, such as a driver’s license or a utility bill with the property address',
  j(
    'You must file by April 1 to get the exemption for the current tax year. If you file late, your exemption will start the following year.',
    'Once you are approved, you don’t need to reapply unless your rating changes, you move or you sell the home.',
  ),
];
const vAfter = [
  j(
    'Your county assessor will review your application and mail you a decision within 60 days. If the assessor denies your application, you can',
    'appeal to the county board of equalization within 30 days of the date on the letter.',
  ),
  j(
    'If your rating increases later in the year, contact your assessor. You may be able to get a refund for part of the taxes you already paid',
    'for that year.',
  ),
];
const vHeads = ['Who’s eligible for this exemption?', 'How much can I save?', 'How do I apply?', 'What happens after I apply?'];
const vMenu = ['VA Benefits and Health Care', 'About Ostmark Veterans Services', 'Find a location', 'Contact us', 'Search'];
const vCrumbs = ['Home', 'Housing assistance', 'State tax benefits', 'Property tax exemption'];
const vHelp = ['Call us at 555-014-2280 (TTY: 711). We’re here Monday through Friday, 8:00 a.m. to 4:30 p.m. CT.', 'Find a county Veteran service officer'];
const vRelated = ['Vehicle registration fee waiver for Veterans', 'State income tax exclusion for military retirement pay', 'Homestead credit for seniors'];
const vFoot = ['Veteran programs and services', 'Homeless Veterans', 'Women Veterans', 'Accessibility', 'Privacy policy', 'Freedom of Information Act (FOIA)'];
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${vTitle} | Ostmark Veterans Services</title>
<meta name="description" content="Find out if you can get a property tax exemption on your home if you have a service-connected disability.">
<meta property="og:title" content="${vTitle}"><meta property="og:site_name" content="Ostmark Veterans Services">
<meta name="DC.Date.Modified" content="2026-02-11"><link rel="stylesheet" href="/generated/style.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","name":"${vTitle}","dateModified":"2026-02-11",
"publisher":{"@type":"GovernmentOrganization","name":"Ostmark Veterans Services"}}</script>
<script nonce="**CSP_NONCE**">window.VetsGov = window.VetsGov || {}; window.VetsGov.headerFooter = {"megaMenuData":[]};</script>
<script src="/generated/vendor.entry.js" defer></script><script src="/generated/static-pages.entry.js" defer></script></head>
<body class="merger"><div class="header" role="banner"><va-official-gov-banner class="hydrated">
<section class="usa-banner" aria-label="Official government website"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto"><p class="usa-banner__header-text">An official website of the State of
Ostmark</p><p class="usa-banner__header-action" aria-hidden="true">Here’s how you know</p></div></div></header></div></section></va-official-gov-banner>
<div id="legacy-header" class="vads-u-display--none"><div class="row va-flex"><a href="/" class="va-header-logo"><img src="/img/header-logo.png"
alt="Ostmark Veterans Services logo and Seal"></a>
<div id="va-nav-controls"></div><div class="menu-rule"></div><div class="mega-menu" id="mega-menu"><nav aria-label="Main menu" id="vetnav">
<ul id="vetnav-menu" role="menubar">${links(vMenu, 'vetnav-level1')}</ul></nav></div></div></div>
<div class="va-crisis-line-container"><button data-show="#modal-crisisline" class="va-crisis-line va-overlay-trigger" type="button">
<div class="va-crisis-line-inner"><span class="va-crisis-line-text">Talk to the <strong>Veterans Crisis Line</strong> now</span></div></button></div></div>
<main class="va-l-detail-page"><div class="usa-grid usa-grid-full"><va-breadcrumbs class="va-nav-breadcrumbs" label="Breadcrumb">
<nav aria-label="Breadcrumb"><ol class="usa-breadcrumb__list">${links(vCrumbs, 'usa-breadcrumb__list-item')}</ol></nav></va-breadcrumbs>
<div class="usa-width-three-fourths"><article class="usa-content va-l-detail-page__content">
<h1 id="article-heading">${vTitle}</h1>
<div class="va-introtext">${ps(vIntro)}</div>
<va-on-this-page class="hydrated"><nav aria-labelledby="on-this-page"><h2 id="on-this-page" class="vads-u-margin-top--0 vads-u-font-size--lg">On this page
</h2><dl class="va-on-this-page">${vHeads.map((h, i) => `<dd role="definition"><a href="#s${i}">${h}</a></dd>`).join('')}</dl></nav></va-on-this-page>
<va-alert status="info" visible="true" class="hydrated"><h2 slot="headline">Renting or living with family?</h2>
<p class="vads-u-margin-y--0">This exemption is only for homes you own. If you rent, you may qualify for the Veterans rent credit instead.</p></va-alert>
<section class="processed-content"><h2 id="s0">${vHeads[0]}</h2><p>${vElig[0]}</p><ul class="usa-unstyled-list">
${vElig
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<p>${vElig[4]}</p>
<h2 id="s1">${vHeads[1]}</h2><p>${vAmounts[0]}</p><ul>${vTable.map((t) => `<li>${t}</li>`).join('')}</ul><p>${vAmounts[4]}</p>
<h2 id="s2">${vHeads[2]}</h2><p>${vApply[0]}</p><ul>${vApply
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${vApply[5]}</p>
<va-link download filetype="PDF" href="/forms/OSV-1182.pdf" text="Download Form OSV-1182 (PDF)"><a href="/forms/OSV-1182.pdf">Download Form OSV-1182
(PDF)</a></va-link>
<h2 id="s3">${vHeads[3]}</h2>${ps(vAfter)}</section>
<va-back-to-top class="hydrated"><a href="#top" class="va-top-button">Back to top</a></va-back-to-top>
<va-need-help class="hydrated"><section class="help-desk"><h2 class="vads-u-font-size--h3">Need help?</h2>
<ul class="usa-unstyled-list">${vHelp.map((t) => `<li>${t}</li>`).join('')}</ul></section></va-need-help>
<section class="merger-r-related-links"><h2 class="va-nav-linkslist-heading">Related tax benefits</h2><ul class="va-nav-linkslist-list">${links(vRelated)}
</ul></section>
<div class="last-updated usa-content vads-u-padding-x--1 large-screen:vads-u-padding-x--0"><div class="vads-u-display--flex">
<div class="vads-u-margin-right--1"><va-button secondary text="Feedback" id="mdFormButton"><button>Feedback</button></va-button></div>
<p class="vads-u-margin--0">Last updated: <time datetime="2026-02-11">February 11, 2026</time></p></div></div></article></div></div></main>
<footer><div id="footerNav" class="footer-inner"><ul class="va-footer-links">${links(vFoot)}</ul>
<p class="footer-copy">Ostmark Veterans Services, 400 Cedar Row, Halden, OS 60901</p></div></footer>
<va-crisis-line-modal class="hydrated"><div id="modal-crisisline" class="va-overlay va-modal" role="alertdialog"><h3>We’re here anytime, day or night –
24/7</h3>
<p>If you are a Veteran in crisis or concerned about one, connect with our caring, qualified responders for confidential help.</p>
<ul><li><a href="tel:988">Call 988 and select 1</a></li><li><a href="sms:838255">Text 838255</a></li><li><a href="/chat">Start a confidential chat</a></li>
</ul></div></va-crisis-line-modal>
<script nonce="**CSP_NONCE**">window.contentData = {"entityUrl":{"path":"/housing-assistance/property-tax-exemption"}};</script></body></html>`;
const vaStyle: TestPage = {
  name: 'heldout251-va-formation-benefit-explainer',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([...vIntro, ...vElig, ...vAmounts, ...vApply, ...vAfter]),
  bylines: ['Last updated: February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the State of Ostmark', 'Here’s how you know', ...vMenu, 'Talk to the Veterans Crisis Line now', ...vCrumbs, 'On this page',
    'Renting or living with family?', 'This exemption is only for homes you own. If you rent, you may qualify for the Veterans rent credit instead.',
    'Download Form OSV-1182 (PDF)', 'Back to top', 'Need help?', ...vHelp, 'Related tax benefits', ...vRelated, 'Feedback', ...vFoot,
    'Ostmark Veterans Services, 400 Cedar Row, Halden, OS 60901', 'We’re here anytime, day or night – 24/7',
    'If you are a Veteran in crisis or concerned about one, connect with our caring, qualified responders for confidential help.', 'Call 988 and select 1',
    'Text 838255', 'Start a confidential chat',
  ],
};

export const HELDOUT251_A: readonly TestPage[] = [vaStyle, dvids];
