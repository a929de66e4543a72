import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';

/**
 * Held-out batch 246, file d2: a central bank's press release on Drupal 10 (government banner, language switcher, main menu,
 * breadcrumb, release type and number, release date, the body with the committee's decision, a quote and a table, the media
 * contact block, downloads, "Related" links, social links, footer and the cookie notice).
 */
const bTitle = 'Monetary Policy Committee holds the policy rate at 4.25% and slows balance sheet reduction';
const bA = [
  j(
    'At its meeting ending on 11 March 2026, the Monetary Policy Committee of the Bank of Velmora voted by six votes to one to keep the',
    'policy rate at 4.25%. One member preferred a reduction of 0.25 percentage points.',
  ),
  j(
    'The Committee also decided to reduce the pace at which it runs down its holdings of government bonds, from 1.2 billion korun a',
    'month to 800 million korun a month, starting in April.',
  ),
];
const bH1 = 'Inflation and activity';
const bB = [
  j(
    'Consumer price inflation fell to 3.1% in February, from 3.6% in January, mainly because of lower energy prices. Services inflation',
    'remains higher, at 4.4%, and wage growth has eased only slowly.',
  ),
  j(
    'Output grew by 0.2% in the fourth quarter of 2025. Surveys point to modest growth in the first half of this year, with household',
    'spending supported by rising real incomes.',
  ),
];
const bRows = [
  ['Headline inflation', '3.1%', '2.6%', '2.2%'],
  ['GDP growth', '0.9%', '1.2%', '1.4%'],
  ['Unemployment rate', '5.3%', '5.4%', '5.2%'],
];
const bQuote = j(
  '\u201cInflation is moving in the right direction, but not yet far enough or fast enough for us to be confident it will stay at our',
  'target,\u201d said Governor Halvard Rennick. \u201cWe will continue to set policy meeting by meeting.\u201d',
);
const bH2 = 'Balance sheet';
const bC = [
  j(
    'The slower reduction in bond holdings reflects the Committee\u2019s judgement that reserves in the banking system are approaching',
    'the level at which money market rates could become volatile. The Bank will keep the following facilities unchanged:',
  ),
];
const bList = ['the standing lending facility at the policy rate plus 0.25 percentage points;', 'the weekly short-term repo operation.'];
const bE = [
  j(
    'Committee members noted that the exchange rate of the koruna had been stable since the last meeting, and that import prices were',
    'no longer adding to inflation. Risks to the outlook were judged to be broadly balanced, with energy prices and wage settlements',
    'in the spring as the main sources of uncertainty. The member who voted for a reduction argued that policy was restrictive enough',
    'to bring inflation to target even with a lower rate.',
  ),
];
const bD = ['The minutes of the meeting will be published on 25 March 2026. The next policy decision will be announced on 6 May 2026.'];
const bMenu = ['Monetary policy', 'Financial stability', 'Banknotes and coins', 'Statistics', 'Research', 'News and media'];
const bCrumbs = ['Home', 'News and media', 'Press releases'];
const bRel = ['Monetary Policy Report – February 2026', 'Statement on the review of the operational framework'];
const bFoot = ['Contact us', 'Careers', 'Accessibility', 'Privacy notice', 'Legal notice', 'Sitemap'];
const bHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" />
<meta name="description" content="The Monetary Policy Committee voted by six votes to one to keep the policy rate at 4.25%." />

<link rel="canonical" href="https://www.bankofvelmora.example/en/news/press-releases/2026/mpc-march" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta property="og:type" content="article" /><title>${bTitle} | Bank of Velmora</title>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"},"ajaxTrustedUrl":[]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q1f0.css" /></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="gov-banner">Official website of the Bank of Velmora</div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block">
<a href="/en" rel="home" class="site-logo"><img src="/themes/custom/bov/logo.svg" alt="Home" /></a></div>
<div class="language-switcher-language-url block block-language" id="block-languageswitcher" role="navigation"><ul class="links">
<li hreflang="en" class="is-active"><a href="/en" class="language-link is-active">English</a></li>
<li hreflang="vl"><a href="/vl" class="language-link">Velmorski</a>
</li></ul></div><div class="search-block-form block block-search" role="search"><form action="/en/search"><input type="search" placeholder="Search" />
</form></div></div><div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main">
<ul class="menu">${links(bMenu, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(bCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-bov-content" class="block block-system block-system-main-block"><article data-history-node-id="4127" class="node node--type-press-release
node--view-mode-full"><div class="node__meta"><div class="field field--name-field-release-type field--type-entity-reference field__item">Press release</div>
<div class="field field--name-field-release-number field__item">No. 14/2026</div></div>
<h1 class="page-title"><span class="field field--name-title field--type-string">${bTitle}</span></h1>
<div class="field field--name-field-release-date field--type-datetime"><time datetime="2026-03-12T12:00:00Z">12 March 2026, 13:00</time></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(bA)}
<h2>${bH1}</h2>
${ps(bB)}
<table class="table"><caption>Staff projections (annual averages)</caption><thead><tr><th>Indicator</th><th>2026</th><th>2027</th><th>2028</th></tr></thead>
<tbody>${bRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p>${bQuote}</p>
<h2>${bH2}</h2>
${ps(bC)}
<ul>${lis(bList)}</ul>
${ps(bE)}
${ps(bD)}
</div><div class="field field--name-field-media-contact"><h3>Media contact</h3><p>Communications Department, +000 21 555 0140, press@bankofvelmora.example
</p></div><div class="field field--name-field-downloads"><h3>Downloads</h3><ul><li><span class="file file--mime-application-pdf"><a
href="/sites/default/files/mpc-statement-2026-03.pdf">Monetary policy statement, March 2026 (PDF, 412 KB)</a></span></li></ul></div></div></article>
</div><div class="views-element-container block block-views" id="block-related-releases"><h2 class="block-title">Related</h2><ul>${links(bRel)}</ul></div>
<div class="block block-social"><span>Follow us</span><a href="#">LinkedIn</a> <a href="#">YouTube</a></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu">${links(bFoot, 'menu-item')}</ul>
</nav><p class="footer-copy">© Bank of Velmora 2026. Reproduction is permitted provided the source is acknowledged.</p></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div
class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>We use only the cookies needed for
this website to work, and, with your consent, cookies that measure how it is used.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">Decline</button></div></div></div></div></div>
<script src="/sites/default/files/js/js_x91b.js"></script></body></html>`;
export const centralBank: TestPage = {
  name: 'heldout246-drupal-central-bank-press-release',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2],
  body: texts([...bA, ...bB, ...bRows.flat(), bQuote, ...bC, ...bList, ...bE, ...bD]),
  bylines: ['12 March 2026, 13:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Official website of the Bank of Velmora', 'English', 'Velmorski', ...bMenu, 'Breadcrumb', 'Home',
    'Press releases', 'Press release', 'No. 14/2026', 'Staff projections (annual averages)', 'Media contact',
    'Communications Department, +000 21 555 0140, press@bankofvelmora.example', 'Downloads', 'Monetary policy statement, March 2026 (PDF, 412 KB)',
    'Related', ...bRel, 'Follow us', 'LinkedIn', 'YouTube', ...bFoot, '© Bank of Velmora 2026. Reproduction is permitted provided the source is acknowledged.',
    'We use only the cookies needed for this website to work, and, with your consent, cookies that measure how it is used.', 'Accept', 'Decline',
  ],
};
