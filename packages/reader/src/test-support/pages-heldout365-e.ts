import { links, type TestPage, texts } from './page-kit.js';
import { clarifications } from './pages-heldout365-e2.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file e: a framework agreement page of a central purchasing body built with Next.js (the __next root,
 * CSS-module class names, the agreement header with its reference and status tag, a key facts panel, tabs, the lot cards,
 * the "Ask a question" contact panel, the newsletter form, the cookie dialog and the __NEXT_DATA__ script). The lots' names
 * are headings and their descriptions body.
 */
const fTitle = 'Building Materials and Components (RM7104)';
const fHeads = ['Description', 'Benefits', 'How to buy', 'Lot 1: Heavy building materials', 'Lot 2: Timber and sheet materials', 'Lot 3: Plumbing and heating'];
const fDesc = [
  j(
    'This commercial agreement lets public sector bodies buy building materials, components and associated services from a',
    'panel of national and regional merchants. It covers day-to-day repairs and maintenance as well as planned works and new',
    'build projects, with delivery to site, click and collect from branches, and managed stores on larger sites.',
  ),
  j(
    'The agreement replaces RM6922, which expires in September 2026. Customers with call-off contracts under the old agreement',
    'can continue to use them until they expire, but any new contract must be placed under this agreement.',
  ),
];
const fBenefits = [
  'Discounts on list prices that are fixed for the first 12 months and then reviewed against published material price indices.',
  'Free delivery on orders above £250 to any site on the UK mainland within two working days.',
  'Management information each quarter showing your spend, carbon data for key products and savings achieved.',
  'Suppliers committed to paying their own supply chains within 30 days.',
];
const fHow = [
  j(
    'You can place an order directly with a supplier on the relevant lot if your requirement can be met from the published',
    'catalogue and price list. For larger or more complex requirements you should run a further competition among the suppliers',
    'on the lot, using the standard template in the customer guidance.',
  ),
  j(
    'Before you buy, register your interest so that we can send you the customer pack, including the call-off order form and the',
    'list of supplier contacts.',
  ),
  j(
    'Customers in Scotland, Wales and Northern Ireland can use the agreement, but should check whether their own national',
    'arrangements already cover their requirement. Local authorities, schools, housing associations and health bodies are all',
    'eligible, as are charities that receive public funding for the works being supplied.',
  ),
];
const fLots = [
  j('Aggregates, cement, concrete blocks, bricks, drainage products, landscaping materials and insulation, delivered by crane', 'offload where needed.'),
  j('Softwood and hardwood timber, sheet materials, doors, windows, staircases and joinery, including products with chain of custody certification.'),
  j('Pipes and fittings, boilers, heat pumps, radiators, sanitary ware and spare parts, with technical advice on low carbon heating', 'replacements.'),
];
const fFacts: [string, string][] = [
  ['Start date', '01/10/2026'],
  ['End date', '30/09/2030'],
  ['Status', 'Live'],
  ['Regulation', 'Procurement Act 2023'],
];
const fNav = ['Agreements', 'Products and services', 'Buy and supply', 'News and events', 'About us'];
const fFoot = ['Accessibility', 'Cookies', 'Privacy notice', 'Terms and conditions', 'Modern slavery statement', 'Freedom of information'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${fTitle} | Civic Commercial Agency</title><meta name="description" content="Buy building materials, components and related services."/>
<meta property="og:title" content="${fTitle}"/><link rel="preload" href="/_next/static/css/7e1b2c9a4f0d.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7e1b2c9a4f0d.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4a0e1c2b.js" defer=""></script><script src="/_next/static/chunks/pages/agreements/%5Bid%5D-9d2f.js"
defer=""></script>
</head><body><div id="__next"><a class="SkipLink_skip__Qw3rT" href="#main">Skip to main content</a>
<header class="Header_header__a8XyP"><div class="Header_inner__2LmQz"><a href="/" class="Header_logo__kP0sD">Civic Commercial Agency</a>
<nav class="Header_nav__x1Rt9" aria-label="Main"><ul>${links(fNav, 'Header_item__b7Hc2')}</ul></nav>
<a class="Button_button__3kVnE Button_secondary__Ys6Rm" href="/login">Sign in</a></div></header>
<main id="main" class="Agreement_page__u0Hq1"><nav aria-label="Breadcrumb"
class="Breadcrumbs_wrap__Lq4Zd"><ol>${links(['Home', 'Agreements', 'RM7104'])}</ol></nav>
<div class="AgreementHeader_header__Zt7Lk"><span class="Tag_tag__pN2sV Tag_live__e3R0c">Live</span><p class="AgreementHeader_ref__J8vX1">Agreement
reference RM7104</p>
<h1 class="AgreementHeader_title__yD2kC">${fTitle}</h1><p class="AgreementHeader_updated__m0Gc4">Page updated 12 June 2026</p></div>
<div class="Agreement_grid__d4S7h"><div class="Agreement_main__Yy3nP"><div role="tablist" class="Tabs_list__fA9cT"><button role="tab" aria-selected="true"
class="Tabs_tab__Gh1qL">Overview</button><button role="tab" aria-selected="false" class="Tabs_tab__Gh1qL">Lots and suppliers</button><button role="tab"
aria-selected="false" class="Tabs_tab__Gh1qL">Documents</button></div>
<section class="Prose_prose__Kc8Jq"><h2>${fHeads[0]}</h2>${fDesc.map((p) => `<p>${p}</p>`).join('')}
<h2>${fHeads[1]}</h2><ul>${fBenefits.map((b) => `<li>${b}</li>`).join('')}</ul>
<h2>${fHeads[2]}</h2>${fHow.map((p) => `<p>${p}</p>`).join('')}</section>
<section class="Lots_lots__Rr5Vw" aria-label="Lots">${fLots
  .map(
    (d, i) => `<div class="LotCard_card__oP2mA"><h3 class="LotCard_title__Nn8Wd">${fHeads[i + 3]}</h3><p class="LotCard_desc__t6Ubk">${d}</p>
<a class="LotCard_link__bV0eS" href="/agreements/RM7104/lots/${i + 1}">View suppliers</a><span
class="LotCard_count__Vx4Ks">${[9, 7, 11][i]} suppliers</span></div>`,
  )
  .join('\n')}</section></div>
<aside class="Agreement_aside__Ui2cB"><div class="KeyFacts_panel__qE5Lw"><h2 class="KeyFacts_title__Pw8oZ">Key facts</h2><dl>${fFacts
  .map(([k, v]) => `<div class="KeyFacts_row__Tt1bS"><dt>${k}</dt><dd>${v}</dd></div>`)
  .join('')}</dl></div>
<div class="Contact_panel__Fm2wQ"><h2>Ask a question</h2><p>Call 0345 555 0171 or email rm7104@civiccommercial.example and quote the agreement reference.</p>
<a class="Button_button__3kVnE" href="/register-interest/RM7104">Register your interest</a></div></aside></div>
<section class="Newsletter_box__Hw7eG"><h2>Stay up to date</h2><p>Get our monthly bulletin about new agreements and events.</p><form><label
for="nl-email">Email address</label>
<input id="nl-email" type="email"/><button type="submit" class="Button_button__3kVnE">Sign up</button></form></section></main>
<footer class="Footer_footer__c3Lp8"><ul>${links(fFoot, 'Footer_item__uM1s0')}</ul><p>© Civic Commercial Agency 2026</p></footer>
<div role="dialog" aria-modal="true" aria-labelledby="cookie-title" class="CookieBanner_banner__Qz4eR"><h2 id="cookie-title">Cookies on our website</h2>
<p>We use necessary cookies to make our site work and optional cookies to understand how you use it.</p><button class="Button_button__3kVnE">Accept
optional cookies</button><button class="Button_button__3kVnE Button_secondary__Ys6Rm">Reject optional cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"agreement":{"id":"RM7104","title":"${fTitle}","status":"live"}},"__N_SSG":true},
"page":"/agreements/[id]","query":{"id":"RM7104"},"buildId":"Xb2mq9Qe1rLk","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextFramework: TestPage = {
  name: 'heldout365-nextjs-framework-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fDesc, ...fBenefits, ...fHow, ...fLots]),
  bylines: ['Page updated 12 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Civic Commercial Agency', ...fNav, 'Sign in', 'Live', 'Agreement reference RM7104', 'Overview', 'Lots and suppliers',
    'Documents', 'View suppliers', '9 suppliers', '7 suppliers', '11 suppliers', 'Key facts', ...fFacts.flat(), 'Ask a question',
    'Call 0345 555 0171 or email rm7104@civiccommercial.example and quote the agreement reference.', 'Register your interest', 'Stay up to date',
    'Get our monthly bulletin about new agreements and events.', 'Email address', 'Sign up', ...fFoot, '© Civic Commercial Agency 2026',
    'Cookies on our website', 'We use necessary cookies to make our site work and optional cookies to understand how you use it.',
    'Accept optional cookies', 'Reject optional cookies',
  ],
};

export const HELDOUT365_E: readonly TestPage[] = [nextFramework, clarifications];
