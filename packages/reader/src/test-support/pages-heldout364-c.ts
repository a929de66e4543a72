import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file c: an analyst's note on a Morningstar-style research platform (mdc- design components, the
 * security header with star rating and fair value, the analyst byline with title, "Key Takeaways" box, a data table,
 * a "Sponsor Center" label, related research, footer) and an annual general meeting notice on a company site built with
 * Elementor (elementor-section / elementor-widget markup, header menu, notice meta line, a proxy download button,
 * the agenda list, contact sidebar, cookie notice, footer).
 */
const mTitle = 'Brightfork Utilities Earnings: Rate Case Win Supports Our Fair Value; Shares Look Slightly Undervalued';
const mTake = [
  'We raise our fair value estimate to $64 per share from $61 after the state commission approved most of the rate request.',
  'Allowed return on equity of 9.7% is above our 9.4% assumption, which adds roughly $2 per share.',
  'We maintain our narrow moat rating; regulated service territories remain the core of the business.',
];
const mBody = [
  j(
    'Brightfork Utilities reported fourth-quarter operating earnings of $0.81 per share, a cent ahead of our estimate, and gave',
    '2026 guidance of $3.52 to $3.62. The bigger news came a week earlier, when regulators in its largest state approved a',
    'settlement that lifts base rates by $212 million, about 85% of the amount the company asked for.',
  ),
  j(
    'We think the outcome removes the main risk we flagged last year. Management had warned that a poor decision would force',
    'it to slow spending on grid hardening, which would in turn slow rate base growth. With the settlement in hand, we now',
    'expect rate base to grow about 7% a year through 2030.',
  ),
];
const mCapex = [
  j(
    'The company raised its five-year capital plan to $18.4 billion, up $1.1 billion, mostly for transmission lines and',
    'substation upgrades. About a third of the plan is covered by riders that allow recovery outside of rate cases, which',
    'shortens the lag between spending and earning a return on it.',
  ),
  j(
    'Funding the plan will require equity. Management expects to issue about $600 million of new shares over three years',
    'through its at-the-market program, which we already assumed. We do not see a need for a block sale.',
  ),
];
const mRows = [
  ['Operating EPS', '$3.41', '$3.57', '$3.82'],
  ['Rate base ($ billion)', '24.1', '25.9', '27.6'],
  ['Dividend per share', '$2.04', '$2.14', '$2.24'],
];
const mRisk = [
  j(
    'The main risk to our thesis is wildfire liability in the company’s western territory, where a single large fire could',
    'cost more than a year of earnings. Brightfork has spent heavily on covered conductors and shut-off procedures, and we',
    'think the state’s liability fund would absorb part of any loss, but the risk cannot be ruled out.',
  ),
  j(
    'At current prices the shares trade about 8% below our fair value estimate and yield 3.6%. We would consider the stock',
    'attractive for income investors willing to accept moderate regulatory risk.',
  ),
];
const mNav = ['Investing Ideas', 'Stocks', 'Funds', 'ETFs', 'Markets', 'Portfolio', 'Sustainability'];
const mRelated = [
  'Utilities Sector Outlook: Interest Rates Still Drive Valuations',
  'Tessaly Power Earnings: Transmission Growth Offsets Weaker Weather',
  'Our Top Picks Among Regulated Utilities',
];
const mFoot = ['Corporate', 'Careers', 'Investor Relations', 'Terms of Use', 'Privacy Center', 'Disclosures', 'Accessibility'];
const mRow = (r: readonly string[]): string => `<tr class="mdc-table__row">${r.map((c) => `<td class="mdc-table__cell">${c}</td>`).join(' ')}</tr>`;
const mHtml = `<!DOCTYPE html>
<html lang="en" data-n-head-ssr><head><meta charset="utf-8"><title>${mTitle} | Morningstar</title>
<meta data-n-head="ssr" name="description" content="We raise our fair value estimate to $64 per share."><meta name="author" content="Noor Abernethy">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${mTitle}","author":{"@type":"Person",
"name":"Noor Abernethy"},"datePublished":"2026-02-20T18:41:00Z"}</script>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:a,type:"analyst-note"}}]}}("1207744",false));</script></head>
<body><div id="__nuxt"><div id="__layout"><div class="mdc-page-shell"><header class="mdc-site-header"><a href="/" class="mdc-site-header__logo">Morningstar</a>
<nav class="mdc-site-header__nav"><ul>${links(mNav, 'mdc-site-header__nav-item')}</ul></nav>
<a href="/sign-in" class="mdc-button mdc-button--secondary">Sign In</a>
<a href="/subscribe" class="mdc-button mdc-button--primary">Start Free Trial</a></header>
<div class="mdc-security-header"><span class="mdc-security-header__name">Brightfork Utilities Inc</span> <span class="mdc-security-header__ticker">BFKU</span>
<span class="mdc-security-header__rating" aria-label="Rated 4 stars">Morningstar Rating ★★★★</span>
<span class="mdc-security-header__fv">Fair Value Estimate $64.00</span> <span class="mdc-security-header__moat">Economic Moat: Narrow</span></div>
<main class="mdc-article-page"><article class="mdc-article"><div class="mdc-article__eyebrow">Analyst Note</div>
<h1 class="mdc-heading mdc-article__headline">${mTitle}</h1>
<div class="mdc-byline"><a class="mdc-byline__name" href="/people/noor-abernethy">Noor Abernethy</a>
<span class="mdc-byline__title">Senior Equity Analyst</span> <time class="mdc-byline__date" datetime="2026-02-20">Feb 20, 2026</time></div>
<div class="mdc-share"><button class="mdc-share__btn">Share</button><button class="mdc-share__btn">Print</button></div>
<div class="mdc-article__body"><section class="mdc-key-takeaways"><h2 class="mdc-heading">Key Takeaways</h2><ul>${lis(mTake)}</ul></section>
${ps(mBody, ' class="mdc-paragraph"')}
<h2 class="mdc-heading">Capital Plan Grows Again</h2>
${ps(mCapex, ' class="mdc-paragraph"')}
<div class="mdc-sponsor"><span class="mdc-sponsor__label">Sponsor Center</span></div>
<table class="mdc-table"><caption class="mdc-table__caption">Morningstar estimates, 2025 to 2027</caption><thead><tr>
<th></th><th>2025</th><th>2026E</th><th>2027E</th></tr></thead><tbody>${mRows.map(mRow).join('\n')}</tbody></table>
<h2 class="mdc-heading">Wildfire Exposure Remains the Key Risk</h2>
${ps(mRisk, ' class="mdc-paragraph"')}</div>
<p class="mdc-article__disclosure">The author or authors do not own shares in any securities mentioned in this article.
Find out about Morningstar’s editorial policies.</p></article>
<aside class="mdc-related"><h2 class="mdc-heading">Related Research</h2><ul>${links(mRelated, 'mdc-related__item')}</ul></aside></main>
<footer class="mdc-site-footer"><ul>${links(mFoot)}</ul><p>© Copyright 2026 Morningstar, Inc. All rights reserved.</p></footer></div></div></div>
<script src="/_nuxt/app.4f1c2e.js" defer></script></body></html>`;
const morningstar: TestPage = {
  name: 'heldout364-morningstar-analyst-note-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['Key Takeaways', 'Capital Plan Grows Again', 'Wildfire Exposure Remains the Key Risk'],
  body: texts([...mTake, ...mBody, ...mCapex, ...mRows.map((r) => r.join(' ')), ...mRisk]),
  bylines: ['Noor Abernethy', 'Senior Equity Analyst', 'Feb 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Sign In', 'Start Free Trial', 'Brightfork Utilities Inc', 'BFKU', 'Morningstar Rating ★★★★', 'Fair Value Estimate $64.00',
    'Economic Moat: Narrow', 'Analyst Note', 'Share', 'Print', 'Sponsor Center', 'Morningstar estimates, 2025 to 2027',
    'The author or authors do not own shares in any securities mentioned in this article.', 'Find out about Morningstar’s editorial policies.',
    'Related Research', ...mRelated, ...mFoot, '© Copyright 2026 Morningstar, Inc. All rights reserved.',
  ],
};

const aTitle = 'Notice of Annual General Meeting 2026';
const aIntro = [
  j(
    'NOTICE IS HEREBY GIVEN that the twenty-third Annual General Meeting of Kestrelmoor Mining plc will be held at the',
    'Carrick Hall Conference Centre, 9 Quayside Lane, Aberlarig, on Thursday 14 May 2026 at 11.00 am, to consider and,',
    'if thought fit, pass the following resolutions.',
  ),
];
const aOrdinary = [
  'To receive the Company’s annual accounts for the year ended 31 December 2025, together with the reports of the directors and the auditor.',
  'To approve the Directors’ Remuneration Report for the year ended 31 December 2025.',
  'To declare a final dividend of 6.4 pence per ordinary share.',
  'To re-elect Fenella Garroway as a director.',
  'To re-elect Idris Pellow as a director.',
  'To elect Marguerite Sowande as a director.',
  'To reappoint Ashcombe Lyle LLP as auditor and to authorise the Audit Committee to set its remuneration.',
  'To authorise the directors to allot shares up to an aggregate nominal amount of £412,000.',
];
const aSpecial = [
  'To disapply pre-emption rights in respect of allotments of up to 5% of the issued share capital.',
  'To authorise the Company to make market purchases of up to 10% of its ordinary shares.',
  'To allow general meetings other than annual general meetings to be called on not less than 14 clear days’ notice.',
];
const aNotes = [
  j(
    'Shareholders are entitled to appoint a proxy to exercise all or any of their rights to attend, speak and vote at the',
    'meeting. A proxy need not be a shareholder. Proxy votes must be received by the registrar no later than 11.00 am on',
    'Tuesday 12 May 2026.',
  ),
  j(
    'Shareholders who cannot attend in person may follow the meeting by live audio webcast and submit questions in advance',
    'by email until 5.00 pm on 8 May 2026. Answers to the most common questions will be published after the meeting.',
  ),
  j(
    'Only shareholders entered on the register at 6.30 pm on Tuesday 12 May 2026 are entitled to vote, in respect of the',
    'number of shares registered in their name at that time.',
  ),
  'By order of the Board, Lachlan Treadwell, Company Secretary.',
];
const aNav = ['About Us', 'Operations', 'Sustainability', 'Investors', 'Media', 'Careers', 'Contact'];
const aSide = ['Annual Report 2025', 'Results Centre', 'Share Price', 'Shareholder Information', 'Regulatory News'];
const aFoot = ['Privacy Notice', 'Cookie Policy', 'Modern Slavery Statement', 'Terms of Use'];
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${aTitle} – Kestrelmoor Mining plc</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:title" content="${aTitle}">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.3" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${aTitle}"},{"@type":"Organization",
"name":"Kestrelmoor Mining plc"}]}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.3","is_rtl":false};</script></head>
<body class="page-template-default page page-id-2241 elementor-default elementor-kit-7 elementor-page elementor-page-2241">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" class="elementor elementor-location-header"><div class="elementor-section elementor-top-section">
${ew('theme-site-logo', '<a href="/">Kestrelmoor Mining</a>')}
${ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul id="menu-main" class="elementor-nav-menu">${links(aNav, 'menu-item')}</ul></nav>`)}
</div></header>
<div data-elementor-type="wp-page" data-elementor-id="2241" class="elementor elementor-2241"><section class="elementor-section elementor-top-section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
${ew('heading', `<h1 class="elementor-heading-title elementor-size-default">${aTitle}</h1>`)}
${ew('text-editor', '<p class="notice-meta">Published 9 April 2026</p>')}
${ew(
  'text-editor',
  `${ps(aIntro)}
<h3>Ordinary resolutions</h3><ol>${lis(aOrdinary)}</ol>
<h3>Special resolutions</h3><ol start="9">${lis(aSpecial)}</ol>
<h3>Notes</h3>${ps(aNotes)}`,
)}
${ew('button', '<a class="elementor-button elementor-size-md" href="/wp-content/uploads/2026/04/agm-2026.pdf">Download Notice of AGM (PDF, 1.2 MB)</a>')}
${ew('button', '<a class="elementor-button elementor-size-md" href="/wp-content/uploads/2026/04/form-of-proxy-2026.pdf">Form of Proxy</a>')}
</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
${ew('heading', '<h4 class="elementor-heading-title">Investor Centre</h4>')}
${ew('icon-list', `<ul class="elementor-icon-list-items">${links(aSide, 'elementor-icon-list-item')}</ul>`)}
${ew('text-editor', '<p>Registrar enquiries: Pinecastle Registrars, 0371 555 0192</p>')}
</div></div></div></section></div>
<footer data-elementor-type="footer" class="elementor elementor-location-footer">${ew('icon-list', `<ul>${links(aFoot)}</ul>`)}
${ew('text-editor', '<p>© 2026 Kestrelmoor Mining plc. Registered in Scotland No. SC284117.</p>')}</footer>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a> <a role="button" class="cli_settings_button">Cookie settings</a></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.3" id="elementor-frontend-js"></script></body></html>`;
const elementorAgm: TestPage = {
  name: 'heldout364-elementor-agm-notice-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: ['Ordinary resolutions', 'Special resolutions', 'Notes'],
  body: texts([...aIntro, ...aOrdinary, ...aSpecial, ...aNotes]),
  bylines: ['Published 9 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Download Notice of AGM (PDF, 1.2 MB)', 'Form of Proxy', 'Investor Centre', ...aSide,
    'Registrar enquiries: Pinecastle Registrars, 0371 555 0192', ...aFoot, '© 2026 Kestrelmoor Mining plc. Registered in Scotland No. SC284117.',
    'We use cookies on our website to give you the most relevant experience.', 'ACCEPT', 'Cookie settings',
  ],
};

export const HELDOUT364_C: readonly TestPage[] = [morningstar, elementorAgm];
