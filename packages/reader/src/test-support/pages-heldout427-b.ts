import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout427-kit.js';
/**
 * Held-out batch 427, file b: a research council's funding opportunity page on a UKRI-style WordPress template (GOV.UK
 * summary list of key facts, "On this page" contents, sections with h2s, a funding table, "Print this page", feedback
 * banner) and a scholarship aggregator's award detail page built with Next.js (emotion class names, key facts grid,
 * "Similar scholarships" sidebar, sign-up prompt, __NEXT_DATA__).
 */
const rTitle = 'Coastal communities and climate adaptation: research networks';
type Row = readonly [string, string];
const rFacts: readonly Row[] = [
  ['Opportunity status:', 'Open'],
  ['Funders:', 'Northmere Environmental Research Council (NERC-N)'],
  ['Funding type:', 'Grant'],
  ['Total fund:', '£4,800,000'],
  ['Award range:', '£600,000 - £950,000'],
  ['Publication date:', '2 February 2026'],
  ['Opening date:', '16 February 2026 9:00am UK time'],
  ['Closing date:', '21 May 2026 4:00pm UK time'],
];
const rSummary = [
  j(
    'You can apply for funding to establish a research network that brings together researchers, coastal councils and community',
    'organisations to study how towns and villages on eroding coastlines can adapt to climate change.',
  ),
  'You must be based at a UK research organisation eligible for Northmere funding. Networks will last up to four years.',
];
const rWho = [
  j(
    'Standard eligibility rules apply. The project lead must hold a permanent post, or a fixed-term contract that extends',
    'beyond the end of the proposed network, at an eligible research organisation.',
  ),
  'Each network must include at least one partner from outside academia. Partners do not receive funding directly.',
];
const rLooking = [
  j(
    'Coastal change is happening faster than many local plans assumed. Communities need evidence about what works: managed',
    'retreat, nature-based defences, relocating services and supporting people through the loss of homes and livelihoods.',
  ),
  'We expect each network to:',
];
const rExpect = [
  'co-design its research questions with the communities it studies',
  'combine environmental science with social, economic or health research',
  'run a flexible fund of at least 20% of the budget for pilot projects',
  'share data openly through the Northmere Coastal Data Service',
];
const rTableCaption = 'Indicative funding by network size';
const rTable: readonly (readonly [string, string, string])[] = [
  ['Small network', 'up to 6', '£600,000'],
  ['Medium network', '7 to 12', '£800,000'],
  ['Large network', '13 or more', '£950,000'],
];
const rHow = [
  j(
    'You must apply using the Funding Service. Only the project lead can start an application, but they can invite',
    'co-leads to contribute. We recommend you start at least six weeks before the closing date.',
  ),
  'Applications will be assessed by an expert panel in July 2026. We aim to tell all applicants the outcome by September 2026.',
];
const rContact = 'Ask about this funding opportunity: coastalnetworks@nerc-n.example.org. We aim to respond within three working days.';
const rToc = ['Summary', 'Who can apply', 'What we’re looking for', 'How to apply', 'Contact details'];
const rMenu = ['Apply for funding', 'Manage your award', 'What we do', 'News, events and publications', 'About us'];
const rCrumbs = ['Home', 'Apply for funding', 'Funding finder'];
const rFoot = ['Accessibility', 'Contact us', 'Privacy notice', 'Terms of use', 'Cookies', 'Freedom of information'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rTitle} – NERC-N</title><meta name="robots" content="index, follow, max-snippet:-1">
<meta property="og:type" content="article"><meta property="og:site_name" content="Northmere Research">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${rTitle}","datePublished":"2026-02-02"}]}</script>
<link rel="stylesheet" id="ukri-style-css" href="/wp-content/themes/ukri/dist/css/main.css?ver=4.2.1" media="all"></head>
<body class="opportunity-template-default single single-opportunity postid-88142"><a class="govuk-skip-link" href="#main">Skip to main content</a>
<header class="ukri-header" role="banner"><div class="ukri-header__container"><a href="/" class="ukri-header__logo">Northmere Research</a>
<nav class="ukri-nav" aria-label="Main menu"><ul id="menu-main" class="ukri-nav__list">${links(rMenu, 'menu-item menu-item-type-post_type')}</ul>
</nav></div></header>
<div class="govuk-width-container"><div class="govuk-breadcrumbs ukri-breadcrumbs"><ol class="govuk-breadcrumbs__list">
${links(rCrumbs, 'govuk-breadcrumbs__list-item')}</ol></div>
<main id="main" class="govuk-main-wrapper" role="main"><article class="opportunity post-88142 type-opportunity status-publish">
<header class="entry-header"><h1 class="entry-title govuk-heading-xl">${rTitle}</h1></header>
<div class="opportunity__summary"><dl class="govuk-table opportunity-cells">
${rFacts
  .map(
    ([k, v]) => `<div class="govuk-table__row"><dt class="govuk-table__header opportunity-cells">${k}</dt><dd
class="govuk-table__cell">${v}</dd></div>`,
  )
  .join('\n')}
</dl></div>
<div class="ukri-opportunity-columns"><nav class="ukri-toc" aria-labelledby="toc-title"><h2 id="toc-title" class="govuk-heading-s">On this page</h2>
<ol class="ukri-toc__list">${rToc.map((t, i) => `<li><a href="#contents-${i}">${t}</a></li>`).join('\n')}</ol>
<a href="javascript:window.print()" class="ukri-print-link">Print this page</a></nav>
<div class="entry-content ukri-opportunity-sections">
<section id="contents-0" class="ukri-funding-opp__section"><h2 class="govuk-heading-l">Summary</h2>${ps(rSummary, ' class="govuk-body"')}</section>
<section id="contents-1" class="ukri-funding-opp__section"><h2 class="govuk-heading-l">Who can apply</h2>${ps(rWho, ' class="govuk-body"')}</section>
<section id="contents-2" class="ukri-funding-opp__section"><h2 class="govuk-heading-l">What we’re looking for</h2>
${ps(rLooking, ' class="govuk-body"')}<ul class="govuk-list govuk-list--bullet">${lis(rExpect)}</ul>
<table class="govuk-table"><caption class="govuk-table__caption">${rTableCaption}</caption><thead><tr>
<th scope="col">Network size</th><th scope="col">Partner organisations</th><th scope="col">Maximum award (FEC)</th></tr></thead><tbody>
${rTable.map((r) => `<tr>${r.map((c) => `<td class="govuk-table__cell">${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></section>
<section id="contents-3" class="ukri-funding-opp__section"><h2 class="govuk-heading-l">How to apply</h2>${ps(rHow, ' class="govuk-body"')}</section>
<section id="contents-4" class="ukri-funding-opp__section"><h2 class="govuk-heading-l">Contact details</h2><p class="govuk-body">${rContact}</p>
</section></div></div>
<div class="ukri-last-updated"><p>This is the website for Northmere Research. Last updated: 9 February 2026</p></div></article></main></div>
<div class="ukri-feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button><a href="/feedback">Report a problem with this page</a></div>
<footer class="ukri-footer" role="contentinfo"><div class="ukri-footer__container"><ul class="ukri-footer__links">${links(rFoot)}</ul>
<p class="ukri-footer__licence">All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></div></footer>
<div id="ukri-cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on Northmere Research"><h2>Cookies on Northmere Research</h2>
<p>We use some essential cookies to make this service work. We’d also like to use analytics cookies so we can understand how you use the service.</p>
<button class="govuk-button">Accept analytics cookies</button><button class="govuk-button">Reject analytics cookies</button></div>
<script src="/wp-content/themes/ukri/dist/js/main.js?ver=4.2.1" id="ukri-main-js"></script></body></html>`;
const council: TestPage = {
  name: 'heldout427-ukri-opportunity-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rToc,
  body: [...rFacts.map((r) => r[1]), ...texts([...rSummary, ...rWho, ...rLooking, ...rExpect]), rTableCaption, ...rTable.flat(), ...texts([...rHow, rContact])],
  bylines: ['Last updated: 9 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Northmere Research', ...rMenu, 'Home', 'Funding finder', 'On this page', 'Print this page',
    'This is the website for Northmere Research.', 'Is this page useful?', 'Report a problem with this page', ...rFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated.', 'Cookies on Northmere Research',
    'We use some essential cookies to make this service work. We’d also like to use analytics cookies so we can understand how you use the service.',
    'Accept analytics cookies', 'Reject analytics cookies',
  ],
};
/* A scholarship aggregator's detail page on Next.js. */
const sTitle = 'Hollis Marine Engineering Scholarship';
const sFacts: readonly Row[] = [
  ['Award amount', '$5,000'],
  ['Deadline', 'April 15, 2026'],
  ['Number of awards', '4'],
  ['Education level', 'College sophomore or junior'],
];
const sAbout = [
  j(
    'The Hollis Marine Engineering Scholarship is funded by the Hollis Shipyard Trust in Port Averill, Maine, and supports',
    'students preparing for careers in naval architecture, marine engineering and offshore renewable energy.',
  ),
  j(
    'Four awards of $5,000 are made each year. Recipients are also offered a paid ten-week summer placement at the Hollis',
    'yard, where previous scholars have worked on hull surveys, propulsion retrofits and the design of a floating wind platform.',
  ),
];
const sElig = [
  'Enrolled full time at an accredited four-year college in the United States',
  'Majoring in marine, mechanical, ocean or electrical engineering, or naval architecture',
  'Cumulative GPA of 3.0 or higher',
  'U.S. citizen or permanent resident',
];
const sCriteria = [
  j(
    'A committee of three engineers from the Hollis yard and one faculty member from a partner college reads every complete',
    'application. They look for evidence of hands-on work, such as a design team, a boatbuilding club or a summer job on the',
    'water, as much as for grades.',
  ),
  j(
    'The essay carries the most weight. The committee has said it prefers a clearly explained small problem, like reducing',
    'fouling on a harbor buoy, to an ambitious plan that is hard to follow. Financial need is considered only to break a tie.',
  ),
  j('Recipients may reapply once in a later year, and a second award is made if they remain in good academic standing and', 'complete the summer placement.'),
];
const sApply = [
  j(
    'Apply through the Hollis Shipyard Trust website. You will need an unofficial transcript, one recommendation from a',
    'faculty member and an essay of no more than 600 words on a problem in marine engineering you would like to help solve.',
  ),
  'Finalists are interviewed by video in May, and winners are announced on June 1. Awards are paid directly to your college.',
];
const sSimilar: readonly Row[] = [
  ['Tidewater Women in Engineering Award', '$2,500 · Due Mar 31, 2026'],
  ['Gulf Coast Ports Scholarship', '$3,000 · Due May 1, 2026'],
  ['Offshore Futures Grant', '$1,000 · Due Apr 20, 2026'],
];
const sNav = ['Find scholarships', 'Scholarships by major', 'Student loans', 'Guides'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${sTitle} | ScholarRoute</title><meta name="description" content="$5,000 scholarship for marine engineering students. Deadline April 15, 2026.">
<meta property="og:title" content="${sTitle}"><link rel="canonical" href="https://www.scholarroute.example/scholarships/hollis-marine-engineering">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/4c1b9e2d.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MonetaryGrant","name":"${sTitle}","amount":{"@type":"MonetaryAmount",
"value":5000}}</script>
<style data-emotion="css 1k9x2 7yq1rt">.css-1k9x2{display:flex;gap:24px}</style></head>
<body><div id="__next"><div class="css-1n5c0ae"><header class="css-1k9x2 eh9gq0"><a href="/" class="css-v1b0ow">ScholarRoute</a>
<nav aria-label="Primary" class="css-7yq1rt"><ul class="css-0">${links(sNav, 'css-1q2w3e4')}</ul></nav>
<a href="/login" class="chakra-button css-1vh9x8">Log in</a><a href="/signup" class="chakra-button css-ez23ye">Sign up free</a></header>
<main class="css-1wnowod"><nav aria-label="breadcrumb" class="chakra-breadcrumb css-1g6ov6n"><ol class="chakra-breadcrumb__list css-0">
<li class="chakra-breadcrumb__list-item css-18biwo"><a class="chakra-breadcrumb__link css-10vx8hu" href="/scholarships">Scholarships</a></li>
<li class="chakra-breadcrumb__list-item css-18biwo"><a class="chakra-breadcrumb__link css-10vx8hu" href="/scholarships/engineering">Engineering
scholarships</a></li>
</ol></nav><div class="css-1k9x2"><div class="css-1r2f04i" data-testid="scholarship-detail">
<p class="chakra-text css-1c2kcgb">Offered by Hollis Shipyard Trust</p><h1 class="chakra-heading css-1dklj6k">${sTitle}</h1>
<div class="chakra-stack css-1oeb4ru"><button class="chakra-button css-1xq4w1s">Apply now</button><button class="chakra-button css-1wvkq5">Save</button>
<button class="chakra-button css-1wvkq5" aria-label="Share">Share</button></div>
<div class="css-1v5s0ax" data-testid="key-facts">
${sFacts.map(([k, v]) => `<div class="css-1ujgqr"><p class="chakra-text css-18qiyuq">${k}</p><p class="chakra-text css-1fttcpj">${v}</p></div>`).join('\n')}
</div><div class="css-9s5hw4"><h2 class="chakra-heading css-2hj1yu">About this scholarship</h2>${ps(sAbout, ' class="chakra-text css-0"')}
<h2 class="chakra-heading css-2hj1yu">Eligibility requirements</h2><ul role="list" class="css-1xxr0ls">${lis(sElig, 'css-0')}</ul>
<h2 class="chakra-heading css-2hj1yu">Selection criteria</h2>${ps(sCriteria, ' class="chakra-text css-0"')}
<h2 class="chakra-heading css-2hj1yu">How to apply</h2>${ps(sApply, ' class="chakra-text css-0"')}</div>
<p class="chakra-text css-1oun6pj">Listing verified by ScholarRoute editors on Jan 12, 2026</p>
<div class="css-q2s1mb" role="note"><p class="chakra-text css-0">ScholarRoute is not affiliated with this award provider.
Always confirm details on the provider’s website.</p></div></div>
<aside class="css-1tqq0xw" aria-label="Similar scholarships"><h2 class="chakra-heading css-1n0zq8p">Similar scholarships</h2>
${sSimilar
  .map(
    ([n, d]) => `<a class="css-mzqkpw" href="/scholarships/${n.length}"><p class="chakra-text css-1ky5bbt">${n}</p><p class="chakra-text
css-gyz3rz">${d}</p></a>`,
  )
  .join('\n')}
<div class="css-wa1xq4"><p class="chakra-text css-0">Get matched to scholarships you qualify for</p>
<a href="/signup" class="chakra-button css-ez23ye">Create free profile</a></div></aside></div></main>
<footer class="css-1a2f9wu"><p>© 2026 ScholarRoute, Inc.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a>
<a href="/do-not-sell">Do Not Sell My Personal Information</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"hollis-marine-engineering","amount":5000}},"page":"/scholarships/[slug]",
"buildId":"r7Tq0b1x","isFallback":false,"gssp":true}</script></body></html>`;
const aggregator: TestPage = {
  name: 'heldout427-nextjs-scholarship-aggregator-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['About this scholarship', 'Eligibility requirements', 'Selection criteria', 'How to apply'],
  body: [...sFacts.map((r) => r[1]), ...texts([...sAbout, ...sElig, ...sCriteria, ...sApply])],
  bylines: ['Listing verified by ScholarRoute editors on Jan 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ScholarRoute', ...sNav, 'Log in', 'Sign up free', 'Scholarships', 'Engineering scholarships', 'Offered by Hollis Shipyard Trust', 'Apply now', 'Save',
    'Share',
    'ScholarRoute is not affiliated with this award provider. Always confirm details on the provider’s website.', 'Similar scholarships',
    ...sSimilar.flat(), 'Get matched to scholarships you qualify for', 'Create free profile', '© 2026 ScholarRoute, Inc.', 'Privacy', 'Terms',
    'Do Not Sell My Personal Information',
  ],
};
export const HELDOUT427_B: readonly TestPage[] = [council, aggregator];
