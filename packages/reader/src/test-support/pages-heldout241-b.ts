import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file b: an energy regulator's decision summary on the GOV.UK Design System template (cookie banner,
 * header, phase banner, breadcrumbs, "From / Published" metadata, contents list, "Related content" and "Explore the topic"
 * rails, feedback component, footer) and an energy trade news article on an Industry Dive-style template (top nav, topic
 * label, byline with "Published", share tools, figure with caption and credit, inline "Dive Brief" box, inline newsletter
 * sign-up, related "Recommended Reading", "Deeper Dive" promo, footer).
 */
const gTitle = 'Decision on the Northmoor Gas Networks price control reopener';
const gH = ['Summary of our decision', 'What we asked for views on', 'Our reasons', 'Next steps'];
const gSum = [
  j(
    'We have decided to allow Northmoor Gas Networks to recover £41.6 million of the £58.2 million it requested to replace',
    'iron mains in three towns where a survey found a higher rate of fractures than was assumed when the price control was set.',
  ),
  j(
    'The allowance will be added to the network&#39;s revenue from 1 April 2027. We estimate it will add about 60p a year to',
    'a typical domestic gas bill in the area.',
  ),
];
const gViews = [
  'In our consultation of 4 November 2025 we asked stakeholders whether:',
  'the fracture survey provided enough evidence that the work could not wait until the next price control',
  'the unit costs proposed by the network were efficient when compared with other gas distribution networks',
  'the allowance should be tied to delivery of a set number of kilometres of replaced main',
  'We received 14 responses, from consumer groups, two local authorities, other networks and a trade union.',
];
const gReasons = [
  j(
    'We accept that the fracture rate in the three towns is materially above the level assumed in the final determinations, and',
    'that delaying the work would raise safety risks for consumers. We therefore agree that a reopener is justified.',
  ),
  j(
    'We do not accept the full cost. The unit rates proposed for open-cut replacement were on average 18% above those of',
    'comparable networks, and the network did not show why its ground conditions justified the difference. We have used the',
    'median comparator rate instead.',
  ),
  j(
    'We have also attached a delivery condition: if fewer than 212 kilometres of main are replaced by March 2031, the unspent',
    'allowance will be returned to consumers through lower charges.',
  ),
];
const gNext = [
  'We will publish the licence modification notice for statutory consultation in the coming weeks. The consultation will run for 28 days.',
  j('If you have questions about this decision, email the RIIO gas distribution team at', 'gasdistribution@energyregulator.example.'),
];
const gCrumb = ['Home', 'Business and industry', 'Energy', 'Gas distribution'];
const gRelated = ['RIIO-3 final determinations for gas distribution', 'Iron mains risk reduction programme: guidance for networks'];
const gTopics = ['Energy', 'Gas distribution', 'Price controls'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="theme-color" content="#0b0c0c">
<meta name="govuk:format" content="decision"><meta name="govuk:primary-publishing-organisation" content="Energy Markets Authority">
<meta property="og:title" content="${gTitle}"><meta name="description" content="Our decision on Northmoor Gas Networks' request to reopen its price control.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}",
"datePublished":"2026-02-12T09:30:00+00:00","author":{"@type":"Organization","name":"Energy Markets Authority"}}</script></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK and improve our services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><ul>${links(['Menu', 'Search GOV.UK'])}</ul></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">
${links(gCrumb, 'govuk-breadcrumbs__list-item')}</ol></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en">
<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Decision</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">Our decision on Northmoor Gas Networks&#39; request to reopen its price control for iron mains replacement.</p></div></div>
<div class="gem-c-metadata" data-module="gem-toggle"><dl><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/energy-markets-authority" class="govuk-link">Energy Markets Authority</a></dd>
<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">12 February 2026</dd></dl></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${links(gH, 'gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed')}</ol></nav>
<div class="govspeak"><h2 id="summary-of-our-decision">${gH[0]}</h2>
${ps(gSum)}
<h2 id="what-we-asked-for-views-on">${gH[1]}</h2>
<p>${gViews[0]}</p><ul>${lis(gViews.slice(1, 4))}</ul><p>${gViews[4]}</p>
<h2 id="our-reasons">${gH[2]}</h2>
${ps(gReasons)}
<h2 id="next-steps">${gH[3]}</h2>
${ps(gNext)}</div>
<div class="gem-c-print-link"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul>
<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul>${links(gTopics)}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt">
<h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<button class="govuk-button">Maybe</button><button class="govuk-button">Yes this page is useful</button>
<button class="govuk-button">No this page is not useful</button>
<a href="/contact/govuk/problem_reports" class="govuk-link">Report a problem with this page</a></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container">
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span>
<a class="govuk-footer__link govuk-footer__copyright-logo" href="/copyright">© Crown copyright</a></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const regulator: TestPage = {
  name: 'heldout241-govuk-regulator-decision',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([
    'Our decision on Northmoor Gas Networks&#39; request to reopen its price control for iron mains replacement.',
    ...gSum,
    ...gViews,
    ...gReasons,
    ...gNext,
  ]),
  bylines: ['From:', 'Energy Markets Authority', 'Published', '12 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK and improve our services.', 'Accept additional cookies',
    'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', ...gCrumb, 'Decision', 'Contents',
    'Print this page', 'Related content', ...gRelated, 'Explore the topic', 'Price controls', 'Is this page useful?', 'Maybe',
    'Yes this page is useful', 'No this page is not useful', 'Report a problem with this page', 'Support links', ...gFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
  ],
};

const dTitle = 'Midcontinent co-ops file for 1.2 GW of battery storage to firm up winter reliability';
const dBrief = [
  j(
    'A group of seven generation and transmission cooperatives in the Prairie Reach region asked state regulators on Monday to',
    'approve 1.2 GW of four-hour battery storage across 11 sites, the largest storage filing in the region to date.',
  ),
  'The cooperatives say the batteries would cost about $1.4 billion and could be online by the winter of 2028-29.',
];
const dH = ['Winter peaks drive the case', 'Skeptics question the cost'];
const dBody1 = [
  j(
    'The filing, made jointly with the Prairie Reach Public Service Commission, argues that the region&rsquo;s reliability risk has',
    'shifted from summer afternoons to cold winter mornings, when heating load peaks before solar output ramps up.',
  ),
  j(
    '“Our highest-risk hours are now at 7 a.m. in January, not 5 p.m. in July,” said Marisol Dade, vice president of',
    'resource planning at Tallgrass Power Cooperative, which would operate four of the sites. “Storage that charges overnight',
    'from wind and discharges into that morning peak is the cheapest firm capacity we can build in this time frame.”',
  ),
  j(
    'The co-ops modeled winter storms similar to the February 2021 cold snap and found that the batteries would cut expected',
    'unserved energy by roughly 70% compared with a portfolio relying on new gas peakers alone.',
  ),
];
const dBody2 = [
  j(
    'Consumer advocates said they would scrutinize the cost estimate, which works out to about $1,170 per kilowatt, above recent',
    'utility-scale benchmarks. The state&rsquo;s Office of Ratepayer Counsel said it would ask for an independent review of the',
    'cooperatives&rsquo; load forecast.',
  ),
  j(
    'Batteries also face questions about performance in extreme cold. The filing says the sites would use enclosed, heated',
    'containers and that the cooperatives would accept a performance guarantee tied to availability during declared emergencies.',
  ),
  'A procedural schedule is expected next month, with a final order possible by early 2027.',
];
const dNav = ['Topics', 'Events', 'Library', 'Press Releases', 'Topics covered: Generation, Storage, Grid, Policy'];
const dRec = [
  'Grid operators warn of tighter winter reserve margins',
  'Long-duration storage pilots move toward commercial scale',
  'Cooperative utilities lean on federal loans for clean energy buildout',
];
const dFoot = ['About', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const dHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} | Grid Brief</title>
<meta name="description" content="Seven co-ops filed for 1.2 GW of four-hour batteries across 11 sites.">
<meta property="og:type" content="article"><meta property="article:section" content="Storage">
<meta name="parsely-metadata" content='{"authors":["Tobias Wren"],"pub_date":"2026-03-09T15:42:00Z"}'>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dTitle}",
"author":[{"@type":"Person","name":"Tobias Wren"}],"datePublished":"2026-03-09T15:42:00Z","publisher":{"@type":"Organization","name":"Grid Brief"}}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head>
<body class="article-page dive-gridbrief"><header class="header"><div class="header__inner"><a class="header__logo" href="/">Grid Brief</a>
<nav class="header__nav"><ul>${links(dNav, 'header__nav-item')}</ul></nav>
<a class="button header__signup" href="/signup/">Subscribe</a></div></header>
<div class="ad ad--leaderboard"><span class="ad__label">Advertisement</span><div id="dfp-ad-leaderboard"></div></div>
<main id="main-content"><div class="large medium article-wrapper"><section class="article-topics">
<a class="topic-tag" href="/topic/storage/">Storage</a></section>
<h1 class="display-heading-04">${dTitle}</h1>
<p class="article-dek">The filing frames battery storage as winter capacity, a shift for a region long focused on summer peaks.</p>
<div class="article-byline"><span class="byline">Published March 9, 2026</span>
<div class="author-name"><a href="/editors/twren/" rel="author">Tobias Wren</a> <span class="author-title">Reporter</span></div></div>
<div class="social-share"><ul class="share-tools">${links(['Share on Facebook', 'Share on LinkedIn', 'Share on X', 'Print', 'Email'])}</ul></div>
<figure class="article-image inline-image"><img src="/imgproxy/storage-site.jpg" alt="Battery containers at a substation.">
<figcaption class="image-caption"><p>Battery enclosures at a cooperative substation near Larkin, Prairie Reach.</p>
<span class="image-credit">Courtesy of Tallgrass Power Cooperative</span></figcaption></figure>
<div class="large medium article-body"><div class="dive-brief"><h3>Dive Brief:</h3><ul>${lis(dBrief)}</ul></div>
<h3>Dive Insight:</h3>
<h3>${dH[0]}</h3>
${ps(dBody1)}
<div class="inline-newsletter-signup"><p class="signup-title">Get the free daily newsletter read by industry experts</p>
<input type="email" placeholder="Work email"><button>Sign up</button></div>
<p class="inline-promo">Read more: <a href="/news/winter-reserve-margins/">Grid operators warn of tighter winter reserve margins</a></p>
<h3>${dH[1]}</h3>
${ps(dBody2)}</div>
<section class="article-bottom-promo"><h3>Deeper Dive</h3><p>Register for our storage procurement webinar on April 2.</p></section>
<section class="recommended-reading"><h2 class="recommended-reading__title">Recommended Reading</h2><ul>${links(dRec)}</ul></section>
</div></main>
<footer class="footer"><ul class="footer__links">${links(dFoot)}</ul><p class="footer__copyright">© 2026 Fenwick Media, Inc. All rights reserved.</p></footer>
<script src="/static/js/dist/article.js" defer></script></body></html>`;
const dive: TestPage = {
  name: 'heldout241-industrydive-energy-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts(['The filing frames battery storage as winter capacity, a shift for a region long focused on summer peaks.', ...dBrief, ...dBody1, ...dBody2]),
  bylines: ['Published March 9, 2026', 'Tobias Wren', 'Reporter'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Subscribe', 'Advertisement', 'Share on Facebook', 'Share on LinkedIn', 'Share on X', 'Print', 'Email',
    'Battery enclosures at a cooperative substation near Larkin, Prairie Reach.', 'Courtesy of Tallgrass Power Cooperative', 'Dive Brief:',
    'Dive Insight:', 'Get the free daily newsletter read by industry experts', 'Sign up', 'Read more:', 'Deeper Dive',
    'Register for our storage procurement webinar on April 2.', 'Recommended Reading', ...dRec, ...dFoot, '© 2026 Fenwick Media, Inc. All rights reserved.',
  ],
};

export const HELDOUT241_B: readonly TestPage[] = [regulator, dive];
