import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file e: a municipal bond offering notice on a Next.js investor-relations site with CSS-module class
 * names (the issuer header, tabs, the key-terms data list, the documents list, the "Sign up for bond alerts" box, the
 * disclaimer modal text and the __NEXT_DATA__ script) and a council tax explainer on a LocalGov Drupal council site
 * (the alert banner, the service landing breadcrumbs, the guide navigation, the band table, "Was this page helpful?"
 * and the footer).
 */
const bTitle = 'Notice of Sale: $86,400,000 General Obligation Bonds, Series 2026A';
const bBody = [
  j(
    'The City of Calloway Springs will receive electronic bids for its General Obligation Bonds, Series 2026A, through the',
    'BidPortal platform until 10:30 a.m. Central Time on Tuesday, May 12, 2026. Bids will be considered by the City Council',
    'at its meeting the same evening.',
  ),
  j(
    'Proceeds will fund street reconstruction, a new fire station on Mesquite Avenue and the second phase of the downtown',
    'stormwater project. The bonds are payable from an ad valorem tax levied without limit as to rate or amount on all',
    'taxable property in the city.',
  ),
  'Bidders must submit a good faith deposit of $1,728,000 by wire transfer before the bid deadline.',
  'The bonds will be awarded on the basis of the lowest true interest cost.',
  'The city reserves the right to adjust principal amounts by up to 15 percent after the bids are opened.',
  j(
    'The Preliminary Official Statement is deemed final by the city for purposes of SEC Rule 15c2-12, except for the',
    'omission of information permitted by the rule.',
  ),
];
const bTerms: readonly (readonly [string, string])[] = [
  ['Par amount', '$86,400,000'],
  ['Sale date', 'May 12, 2026'],
  ['Dated date', 'June 1, 2026'],
  ['Ratings', 'Aa2 / AA+'],
  ['Maturities', '2027-2046 (serial)'],
  ['Municipal advisor', 'Redbank Public Finance LLC'],
];
const bDocs = ['Preliminary Official Statement (PDF)', 'Official Notice of Sale (PDF)', 'Annual Comprehensive Financial Report 2025'];
const bTabs = ['Overview', 'Bond Offerings', 'Financial Documents', 'Ratings', 'News'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${bTitle} | City of Calloway Springs Investor Relations</title>
<meta name="description" content="Electronic bids for the City of Calloway Springs General Obligation Bonds, Series 2026A.">
<meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/5b1d0c2a.css" as="style"><link rel="stylesheet" href="/_next/static/css/5b1d0c2a.css" data-n-g="">
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-1f3b.js" defer></script><script src="/_next/static/chunks/pages/offerings/%5Bslug%5D-8a2c.js" defer></script></head>
<body><div id="__next"><div class="Layout_root__kQ2nP"><header class="Header_header__b3Xw1"><div class="Header_issuer__x9LmA">
<a class="Header_issuerName__Zr7qE" href="/">City of Calloway Springs</a><span class="Header_issuerType__P0oQe">Investor Relations</span></div>
<nav class="Tabs_tabs__H1s8d" aria-label="Issuer">
${bTabs.map((t) => `<a class="Tabs_tab__Q2yWv" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav></header>
<main class="Offering_main__3pFzR"><div class="Offering_badgeRow__LrT8u"><span class="Badge_badge__Tq1aM Badge_upcoming__6Jx0N">Upcoming Sale</span>
<span class="Offering_posted__Cw8s2">Posted April 21, 2026</span></div>
<h1 class="Offering_title__Nf0kd">${bTitle}</h1>
<div class="Offering_grid__e7KfQ"><section class="Offering_content__Yy4Gh"><div class="RichText_richText__oN9z2">
${ps(bBody.slice(0, 2))}
<ul>${bBody
  .slice(2, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(bBody.slice(5))}
</div>
<div class="Documents_documents__f1Ga4"><h2 class="Documents_heading__vB8o2">Offering Documents</h2>
<ul class="Documents_list__Mz0sE">${links(bDocs, 'Documents_item__Kd3Hr')}</ul></div>
</section><aside class="Offering_aside__Rt5vN"><div class="KeyTerms_card__Gg2b7"><h2 class="KeyTerms_heading__Tt8xQ">Key Terms</h2>
<dl class="KeyTerms_list__Pe9aL">
${bTerms.map(([k, v]) => `<div class="KeyTerms_row__aY3o1"><dt>${k}</dt><dd>${v}</dd></div>`).join('\n')}</dl></div>
<div class="Alerts_card__nW2qB"><h2 class="Alerts_heading__sQ5oP">Sign up for bond alerts</h2>
<p class="Alerts_copy__Y6g3d">Get notified when the city posts new offerings and disclosures.</p>
<form class="Alerts_form__Lh8zJ"><input type="email" placeholder="Your email address" class="Alerts_input__o0Fv3">
<button class="Button_primary__R7bEw">Subscribe</button></form></div>
</aside></div></main>
<div class="Disclaimer_modal__uV0sS" role="dialog" aria-modal="true" hidden><h2 class="Disclaimer_title__K8s1m">Important Notice</h2>
<p class="Disclaimer_text__g2Rr9">The information on this site is provided for convenience only and does not constitute an offer to sell or a solicitation of an
offer to buy any securities.</p><button class="Button_primary__R7bEw">I Agree</button></div>
<footer class="Footer_footer__J5eQs"><p class="Footer_copy__qW4mF">© 2026 City of Calloway Springs. Investor site powered by BondLink.</p>
<a class="Footer_link__a2Z0t" href="/privacy">Privacy</a><a class="Footer_link__a2Z0t" href="/disclaimer">Disclaimer</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"offering":{"id":2291,"name":"General Obligation Bonds, Series 2026A","par":86400000,
"saleDate":"2026-05-12"}},"__N_SSP":true},"page":"/offerings/[slug]","query":{"slug":"go-2026a"},"buildId":"xK2m8QpZ","isFallback":false,"gssp":true}</script>
</body></html>`;
const bondlink: TestPage = {
  name: 'heldout396-nextjs-bond-notice-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: ['Posted April 21, 2026'],
  furniture: [
    'Investor Relations',
    ...bTabs,
    'Upcoming Sale',
    'Offering Documents',
    ...bDocs,
    'Key Terms',
    ...bTerms.flat().filter((t) => t !== 'May 12, 2026'),
    'Sign up for bond alerts',
    'Get notified when the city posts new offerings and disclosures.',
    'Subscribe',
    'Important Notice',
    j(
      'The information on this site is provided for convenience only and does not constitute an offer to sell or a',
      'solicitation of an offer to buy any securities.',
    ),
    'I Agree',
    '© 2026 City of Calloway Springs. Investor site powered by BondLink.',
    'Privacy',
    'Disclaimer',
  ],
};

const kTitle = 'How your council tax is worked out';
const kH = ['Valuation bands', 'Where your council tax goes', 'Why the bill went up this year', 'Discounts and reductions'];
const k1 = [
  j(
    'Council tax is a charge on domestic properties that helps pay for local services. The amount you pay depends on which',
    'valuation band your home is in and on the charges set each February by the borough council, the county fire authority',
    'and the police and crime commissioner.',
  ),
  j(
    'Bands are set by the Valuation Office, not the council, and are based on what your home would have sold for on 1 April',
    '1991. If you think your band is wrong you can challenge it with the Valuation Office free of charge.',
  ),
];
const kRows: readonly (readonly string[])[] = [
  ['A', 'up to £40,000', '£1,402.18'],
  ['B', '£40,001 to £52,000', '£1,635.88'],
  ['C', '£52,001 to £68,000', '£1,869.58'],
  ['D', '£68,001 to £88,000', '£2,103.27'],
  ['E', '£88,001 to £120,000', '£2,570.66'],
];
const k2 = [
  'For a Band D home in 2026-27, the charge of £2,103.27 is shared out as follows:',
  'Ashcombe Borough Council: £312.40, for bins, parks, planning, housing and leisure centres.',
  'Westmarch County Council: £1,521.66, including £284.10 ring-fenced for adult social care.',
  'Westmarch Fire and Rescue Authority: £96.12.',
  'Police and Crime Commissioner: £173.09.',
];
const k3 = [
  j(
    'Bills for a Band D home rose by 4.99 per cent. Councils can raise council tax by up to 2.99 per cent each year without a',
    'local referendum, plus 2 per cent more that must be spent on adult social care. The borough’s own share rose by £8.91,',
    'or about 17p a week.',
  ),
];
const k4 = [
  'You may pay less if you live alone (a 25 per cent single person discount), if you are on a low income, or if someone in your home has a disability.',
  'Full-time students and apprentices are not counted when working out the bill.',
];
const kCrumbs = ['Home', 'Council tax'];
const kGuide = ['Overview', 'How your council tax is worked out', 'Pay your council tax', 'Discounts and exemptions', 'Appeals'];
const kFoot = ['Contact us', 'Accessibility statement', 'Privacy and cookies', 'Jobs', 'Newsroom'];
const kHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${kTitle} | Ashcombe Borough Council</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.ashcombe.example/council-tax/how-your-council-tax-worked-out">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/2207"},"localgov_guides":{"guide":2201}}</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css">
<link rel="stylesheet" media="all" href="/themes/custom/ashcombe/css/ashcombe.css"></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="lgd-region lgd-region--pre-header"><div class="localgov-alert-banner localgov-alert-banner--minor">
<div class="localgov-alert-banner__content"><h2 class="localgov-alert-banner__title">Annual bills</h2>
<p>Council tax bills for 2026-27 were posted on 9 March. Your first instalment is due on 1 April.</p></div>
<button class="js-localgov-alert-banner__close">Hide alert</button></div></div>
<header class="lgd-header"><div class="lgd-container"><div class="lgd-header__inner">
<a href="/" rel="home" class="lgd-header__logo">Ashcombe Borough Council</a>
<button class="lgd-header__toggle" aria-expanded="false">Menu</button><nav class="lgd-header__nav"><ul class="lgd-header__nav-list">
${links(
  ['Bins and recycling', 'Council tax', 'Housing and homelessness', 'Planning and building control', 'Parking'],
  'lgd-header__nav-item',
)}</ul></nav></div></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(kCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container"><div class="lgd-row">
<aside class="lgd-row__one-third"><nav class="lgd-guide-nav" aria-label="Guide contents"><h2 class="lgd-guide-nav__title">Council tax guide</h2><ol>
${kGuide.map((t, i) => (i === 1 ? `<li class="is-current"><span>${t}</span></li>` : `<li><a href="#">${t}</a></li>`)).join('\n')}</ol></nav></aside>
<div class="lgd-row__two-thirds"><article class="localgov-guides-page"><div class="lgd-page-title-block">
<p class="lgd-page-title-block__subheading">Council tax</p>
<h1 class="lgd-page-title-block__title">${kTitle}</h1></div>
<div class="localgov-paragraphs"><div class="paragraph paragraph--type--localgov-text"><div class="field field--name-localgov-text">
${ps(k1.slice(0, 1))}
<h2>${kH[0]}</h2>
${ps(k1.slice(1))}
<table class="table"><caption>Total council tax charges 2026-27 by band</caption><thead><tr><th>Band</th><th>Value in 1991</th><th>Annual charge</th></tr>
</thead>
<tbody>${kRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}</tbody></table>
<h2>${kH[1]}</h2>
${ps(k2.slice(0, 1))}
<ul>${k2
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2>${kH[2]}</h2>
${ps(k3)}
<h2>${kH[3]}</h2>
${ps(k4)}
</div></div></div>
<nav class="lgd-prev-next" aria-label="Guide"><a class="lgd-prev-next__link lgd-prev-next__link--prev" href="#">Previous <span>Overview</span></a>
<a class="lgd-prev-next__link lgd-prev-next__link--next" href="#">Next <span>Pay your council tax</span></a></nav>
<div class="lgd-page-updated">Last updated: 10 March 2026</div></article>
<div class="page-feedback"><h2>Was this page helpful?</h2><a href="/feedback?page=2207&amp;r=yes">Yes</a> <a href="/feedback?page=2207&amp;r=no">No</a></div>
</div>
</div></div></main>
<footer class="lgd-footer"><div class="lgd-container"><ul class="lgd-footer__nav">${links(kFoot)}</ul>
<p class="lgd-footer__address">Ashcombe Borough Council, Civic Offices, Lower Mill Street, Ashcombe</p><p>© 2026 Ashcombe Borough Council</p></div></footer>
</div>
<script src="/core/misc/drupal.js?v=10.3.1"></script></body></html>`;
const localgov: TestPage = {
  name: 'heldout396-localgov-drupal-council-tax-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...k1, ...kRows.flat().filter((c) => c.length > 2), ...k2, ...k3, ...k4]),
  bylines: ['Last updated: 10 March 2026'],
  furniture: [
    'Skip to main content',
    'Annual bills',
    'Council tax bills for 2026-27 were posted on 9 March. Your first instalment is due on 1 April.',
    'Hide alert',
    'Menu',
    'Bins and recycling',
    'Housing and homelessness',
    'Planning and building control',
    'Parking',
    'Breadcrumb',
    'Council tax guide',
    'Overview',
    'Pay your council tax',
    'Discounts and exemptions',
    'Appeals',
    'Previous',
    'Next',
    'Was this page helpful?',
    ...kFoot,
    'Ashcombe Borough Council, Civic Offices, Lower Mill Street, Ashcombe',
    '© 2026 Ashcombe Borough Council',
  ],
};

export const HELDOUT396_E: readonly TestPage[] = [bondlink, localgov];
