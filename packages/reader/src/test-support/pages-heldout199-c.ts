import { links, ps, type TestPage, texts } from './page-kit.js';
import { pib } from './pages-heldout199-c2.js';

/**
 * Held-out batch 199, file c: a Singapore government agency explainer on an Isomer site (the "A Singapore Government Agency
 * Website" masthead with its collapsed "How to identify" panel, the Bulma navbar with dropdowns and search, the page-title
 * hero with breadcrumb, the left side nav of the section's pages, the content with a table and an info callout, and the
 * footer with "Contact Us", "Feedback", "Report Vulnerability", "Privacy Statement", "Terms of Use", the REACH link,
 * social icons and the copyright and "Last Updated" line) and, from file c2, an Indian PIB press release.
 */
const sgTitle = 'How the Community Energy Rebate works';
const sgIntro = [
  'The Community Energy Rebate helps households in older flats offset part of the cost of replacing inefficient appliances and ' +
    'lighting. This page explains who qualifies, how much you can receive and how the rebate is credited to you.',
];
const sgH1 = 'Who qualifies';
const sgP1 = ['Your household qualifies if all of the following apply:'];
const sgL1 = [
  'At least one member of the household is a Singapore Citizen.',
  'You live in a flat that was completed before 2000.',
  'Your household’s average monthly electricity consumption over the past 12 months was above 300 kWh.',
];
const sgP1b = [
  'You do not need to apply. Eligible households are identified using utilities and residential address records, and will receive ' +
    'a letter in the mail with a unique rebate code.',
];
const sgH2 = 'How much you can receive';
const sgP2 = ['The rebate amount depends on your flat type:'];
const sgRows = [
  ['1- and 2-room', '$200'],
  ['3-room', '$250'],
  ['4-room', '$300'],
  ['5-room and Executive', '$350'],
];
const sgNote = 'Note: The rebate can only be used on appliances with at least 3 ticks under the Energy Label Scheme, and on LED lighting.';
const sgH3 = 'How to use your rebate';
const sgL3 = [
  'Buy a qualifying appliance at any participating retailer. Participating retailers display a Community Energy Rebate decal.',
  'Present your rebate code and NRIC at the point of payment.',
  'The rebate will be deducted from the price immediately. You pay the remaining amount.',
];
const sgP3 = [
  'The rebate is valid until 31 December 2026. Any unused balance after that date will lapse and cannot be carried forward or ' + 'exchanged for cash.',
  'Each rebate code can be used for more than one purchase until the full amount is used up. The remaining balance is shown on your ' +
    'receipt after each purchase, and you can also check it on our eServices portal.',
  'If you move to another flat before using your rebate, the code stays valid for the household named on the letter.',
];
const sgH4 = 'If you did not receive a letter';
const sgP4 = [
  'If you believe your household qualifies but you have not received a letter by 30 November 2025, you can check your eligibility ' +
    'using Singpass on our eServices portal. You may also call our hotline at 1800 555 0123 from Monday to Friday, 8.30am to 5.30pm.',
];
const sgMast = [
  'A Singapore Government Agency Website',
  'How to identify',
  'Official website links end with .gov.sg',
  'Government agencies communicate via .gov.sg websites (e.g. go.gov.sg/open).',
  'Trusted websites',
  'Secure websites use HTTPS',
  'Look for a lock or https:// as an added precaution. Share sensitive information only on official, secure websites.',
];
const sgNav = ['About Us', 'Schemes', 'Energy Efficiency', 'Resources', 'Media', 'Contact Us'];
const sgDrop = ['Community Energy Rebate', 'Appliance Replacement Grant', 'Business Energy Audit'];
const sgSide = ['Overview', 'How the Community Energy Rebate works', 'Participating retailers', 'Frequently asked questions'];
const sgFoot = ['Contact Us', 'Feedback', 'Report Vulnerability', 'Privacy Statement', 'Terms of Use', 'REACH'];
const sgHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${sgTitle}</title>
<meta property="og:title" content="${sgTitle}"><meta property="og:description" content="Who qualifies for the Community Energy Rebate and how to use it.">
<meta property="og:image" content="https://www.emb.gov.sg/images/isomer-logo.svg"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://www.emb.gov.sg/schemes/community-energy-rebate/how-it-works/">
<link rel="stylesheet" href="/assets/css/styles.css"><link rel="stylesheet" href="/misc/custom.css">
<script src="https://assets.wogaa.example/scripts/wogaa.js" defer></script>
<script src="https://www.googletagmanager.example/gtag/js?id=UA-1234567-1" async></script></head>
<body><div class="masthead-container" id="navbar"><section class="bp-masthead"><div class="masthead-layout">
<img class="masthead-icon" src="/assets/img/icons/sg-crest.svg" alt="Singapore Government Crest">
<div class="masthead-text"><span>${sgMast[0]}</span><button class="is-hidden-mobile is-flex bp-masthead-button" id="masthead-button"
aria-expanded="false"><span class="bp-masthead-button-text">${sgMast[1]}</span><i class="sgds-icon sgds-icon-chevron-down"></i></button></div></div>
<div class="masthead-divider is-hidden" id="masthead-divider"><div class="bp-container"><div class="columns"><div class="column">
<div class="banner-content-layout"><img class="banner-icon" src="/assets/img/icons/building.svg" alt="">
<div class="banner-content"><strong class="banner-content-title">${sgMast[2]}</strong><p>${sgMast[3]}<br><a href="https://www.gov.sg/trusted-sites"
class="banner-content-text bp-masthead-button-link bp-masthead-button-text">${sgMast[4]}</a></p></div></div></div>
<div class="column"><div class="banner-content-layout"><img class="banner-icon" src="/assets/img/icons/lock.svg" alt="">
<div class="banner-content"><strong class="banner-content-title">${sgMast[5]}</strong><p>${sgMast[6]}</p></div></div></div></div></div></div>
</section><nav class="navbar is-transparent"><div class="bp-container"><div class="navbar-brand"><a class="navbar-item" href="/">
<img src="/images/emb-logo.png" alt="Energy Market Bureau" class="logo"></a><div class="navbar-burger" data-target="navbarExampleTransparentExample">
<span></span><span></span><span></span></div></div><div id="navbarExampleTransparentExample" class="bp-container is-fluid margin--none navbar-menu">
<div class="navbar-start">
${sgNav
  .map((t) =>
    t === 'Schemes'
      ? `<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link is-uppercase" href="/schemes/">${t}</a>
<div class="navbar-dropdown">${sgDrop.map((d) => `<a class="navbar-item sub-link" href="/schemes/${d.length}/">${d}</a>`).join('\n')}</div></div>`
      : `<div class="navbar-item"><a class="navbar-item is-uppercase" href="/${t.length}/">${t}</a></div>`,
  )
  .join('\n')}</div><div class="navbar-end is-hidden-touch"><div class="navbar-item"><a class="button bp-button is-text is-large bp-search-button"
id="search-activate" aria-label="Search"><span class="sgds-icon sgds-icon-search is-size-4"></span></a></div></div></div></nav>
<div class="bp-container hide" id="search-box"><form action="/search/" method="get"><div class="field has-addons"><div class="control has-icons-left">
<input class="input is-fullwidth is-medium" id="search-box-input" type="text" placeholder="What are you looking for?" name="query"></div>
<div class="control"><button type="submit" class="button is-secondary is-medium">Search</button></div></div></form></div></div>
<div id="main-content" role="main"><section class="bp-section is-small bp-section-pagetitle"><div class="bp-container"><div class="row">
<div class="col"><nav class="bp-breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/"><small>HOME</small></a></li>
<li><a href="/schemes/"><small>SCHEMES</small></a></li><li><a href="/schemes/community-energy-rebate/"><small>COMMUNITY ENERGY REBATE</small></a></li>
</ul></nav></div></div></div><div class="bp-container"><div class="row"><div class="col"><h1 class="has-text-white"><b>${sgTitle}</b></h1></div></div></div>
</section><section class="bp-section"><div class="bp-container padding--top--lg padding--bottom--xl"><div class="row">
<div class="col is-2 is-position-relative has-side-nav is-hidden-touch"><div class="sidenav"><aside class="bp-menu is-gt sidebar__inner">
<ul class="bp-menu-list">${sgSide
  .map((t, i) => `<li><a class="${i === 1 ? 'is-active' : ''}" href="/schemes/community-energy-rebate/${i}/">${t}</a></li>`)
  .join('\n')}</ul></aside></div></div>
<div class="col is-8 is-offset-1-desktop is-12-touch print-content"><div class="content">${ps(sgIntro)}<h2>${sgH1}</h2>${ps(sgP1)}
<ul>${sgL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>${ps(sgP1b)}<h2>${sgH2}</h2>${ps(sgP2)}
<div class="horizontal-scroll"><table><thead><tr><th>Flat type</th><th>Rebate amount</th></tr></thead><tbody>
${sgRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div>
<div class="bp-notification is-info"><div class="bp-container"><div class="row"><div class="col is-1"><span class="sgds-icon sgds-icon-info"></span></div>
<div class="col banner-content"><p>${sgNote}</p></div></div></div></div>
<h2>${sgH3}</h2><ol>${sgL3.map((t) => `<li>${t}</li>`).join('\n')}</ol>${ps(sgP3)}<h2>${sgH4}</h2>${ps(sgP4)}</div></div></div></div></section></div>
<footer class="bp-footer top-section" id="footer"><div class="bp-container"><div class="row"><div class="col footer-header">
<h3 class="col is-flex is-vcentered is-paddingless">Energy Market Bureau</h3></div></div><div class="row is-hidden-mobile">
<ul class="col footer-nav">${links(sgNav.slice(0, 5), 'footer-nav__item')}</ul></div>
<div class="row"><div class="col footer-subsection"><ul class="footer-links">${links(sgFoot, 'footer-link')}</ul>
<div class="footer-social"><a href="https://www.facebook.example/emb" aria-label="Facebook"><span class="sgds-icon sgds-icon-facebook"></span></a>
<a href="https://www.linkedin.example/company/emb" aria-label="LinkedIn"><span class="sgds-icon sgds-icon-linkedin"></span></a></div></div></div>
<div class="row"><div class="col"><p class="footer-copyright">© 2025 Government of Singapore, Last Updated 14 Oct 2025</p>
<p class="footer-made-by">Made with <img src="/assets/img/isomer-logo.svg" alt="Isomer"> Built by
<img src="/assets/img/ogp-logo.svg" alt="Open Government Products"></p></div></div></div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/masthead.js"></script><script src="/assets/js/main.js"></script></body></html>`;
const singapore: TestPage = {
  html: sgHtml,
  name: 'heldout199-isomer-gov-sg-explainer',
  kind: 'docs',
  // table data cells and the info note are body; the masthead (with its collapsed panel), navbar, breadcrumb, side nav,
  // footer and the "Last Updated" copyright line are furniture
  title: sgTitle,
  headings: [sgH1, sgH2, sgH3, sgH4],
  body: texts([...sgIntro, ...sgP1, ...sgL1, ...sgP1b, ...sgP2, ...sgRows.flat(), sgNote, ...sgL3, ...sgP3, ...sgP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sgMast, ...sgNav, ...sgDrop.slice(1), 'Search', 'HOME', 'SCHEMES', 'Overview',
    'Participating retailers', 'Frequently asked questions', 'Energy Market Bureau', ...sgFoot, '© 2025 Government of Singapore, Last Updated 14 Oct 2025',
    'Made with', 'Built by',
  ],
};

export const HELDOUT199_C: readonly TestPage[] = [singapore, pib];
