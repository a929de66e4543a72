import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file f2: a UK price-comparison site's energy guide (the header with the product menu and "Sign in",
 * breadcrumbs, the author card with role and "Last updated", the share buttons, the "In this guide" list, the postcode
 * comparison box inside the guide, a table, the FAQ accordion with its answers in collapsed panels, the Trustpilot widget,
 * "Related guides", the regulatory footer and the consent banner).
 */
const cgTitle = 'Energy price cap explained: what it means for your bill';
const cgP1 = [
  'The energy price cap limits what suppliers can charge for each unit of gas and electricity and for the daily standing charge ' +
    'on a standard variable tariff. It does not cap your total bill: if you use more energy, you still pay more.',
  'The regulator reviews the cap every three months. The latest change takes effect on 1 April, when the typical household bill ' +
    'will fall by about 4% compared with the winter quarter.',
];
const cgH1 = 'How the cap works';
const cgP2 = [
  'The cap is calculated from wholesale prices, network costs, government schemes and an allowance for supplier profit. When ' +
    'wholesale prices fall, the cap usually follows a few months later. The “typical bill” figure you see in the news is based on ' +
    'an average household paying by direct debit, so your own bill may be higher or lower.',
];
const cgH2 = 'What the new rates are';
const cgP3 = ['These are the average unit rates and standing charges for customers paying by direct debit from 1 April:'];
const cgTable = [
  ['Electricity', '24.1p per kWh', '53.8p per day'],
  ['Gas', '5.9p per kWh', '31.2p per day'],
];
const cgH3 = 'Should you fix your energy deal?';
const cgP4 = [
  'A fixed tariff locks in your unit rates and standing charges for a set period, usually 12 or 24 months. Fixing can make sense ' +
    'if you find a deal priced at or below the cap and you want certainty. If prices are expected to fall further, staying on the ' +
    'capped tariff keeps you free to switch later without exit fees.',
  'Before you fix, check the exit fee, the length of the deal and whether the price is actually lower than the capped rates for ' + 'your region.',
];
const cgH4 = 'Frequently asked questions';
const cgFaq = [
  {
    q: 'Does the price cap apply to prepayment meters?',
    a: 'Yes. Prepayment customers have their own cap level, which is now slightly lower than the direct debit rate.',
  },
  {
    q: 'Can my supplier charge more than the cap?',
    a: 'Not on a standard variable tariff. Fixed deals are not covered by the cap, so they can be priced above or below it.',
  },
  {
    q: 'Will my direct debit change automatically?',
    a:
      'Your supplier should review your payments after the cap changes. If you think your direct debit is too high, ask them ' +
      'to recalculate it based on your meter readings.',
  },
];
const cgNav = ['Energy', 'Broadband', 'Mobiles', 'Car insurance', 'Credit cards', 'Loans'];
const cgCrumbs = ['Home', 'Gas and electricity', 'Guides'];
const cgAuthor = ['Written by Tamsin Achebe', 'Energy expert', 'Last updated: 8 January 2026'];
const cgShare = ['Share', 'Facebook', 'X', 'Copy link'];
const cgToc = [cgH1, cgH2, cgH3, cgH4];
const cgBox = ['Compare energy deals', 'Enter your postcode to see tariffs available in your area.', 'Postcode', 'Compare now'];
const cgTrust = ['Excellent', 'Rated 4.7 out of 5 based on 31,208 reviews', 'Trustpilot'];
const cgRelated = ['How to read your energy bill', 'What is a standing charge?', 'Smart meters: pros and cons'];
const cgFoot = ['About us', 'Careers', 'Press', 'How we make money', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Complaints'];
const cgReg =
  'Switchwise Limited is authorised and regulated by the Financial Conduct Authority for insurance distribution and credit ' +
  'broking. Registered in England and Wales.';
const cgCookie = ['We use cookies to make our site work, to personalise content and to analyse traffic.', 'Accept all', 'Reject all', 'Manage settings'];
const cgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Energy price cap explained | Switchwise</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="What the energy price cap means for your bill.">
<meta property="og:site_name" content="Switchwise"><meta property="og:title" content="${cgTitle}">
<link rel="canonical" href="https://www.switchwise.example/gas-electricity/guides/price-cap/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${cgTitle}","dateModified":"2026-01-08",
"author":{"@type":"Person","name":"Tamsin Achebe"}},{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${cgFaq[0]?.q}"}]}]}</script>
<link rel="stylesheet" href="/_next/static/css/guide.3c9a.css"><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" async></script></head>
<body><div id="__next"><a class="sr-only focus:not-sr-only" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/" aria-label="Switchwise"><svg></svg></a><nav class="site-header__nav" aria-label="Main">
<ul>${links(cgNav, 'site-header__nav-item')}</ul></nav><a class="site-header__signin" href="/account">Sign in</a></header>
<main id="main" class="guide"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(cgCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="guide__grid"><article class="guide__article"><header class="guide__header"><h1 class="guide__title">${cgTitle}</h1>
<div class="author-card"><img src="/authors/tamsin.jpg" alt=""><div><p class="author-card__name">${cgAuthor[0]}</p>
<p class="author-card__role">${cgAuthor[1]}</p>
<p class="author-card__date">${cgAuthor[2]}</p></div></div><div class="share-buttons"><span>${cgShare[0]}</span>${cgShare
  .slice(1)
  .map((t) => `<button class="share-buttons__btn">${t}</button>`)
  .join('')}</div></header>
<nav class="guide__toc" aria-label="In this guide"><p class="guide__toc-title">In this guide</p>
<ul>${cgToc.map((t, i) => `<li><a href="#h${i}">${t}</a></li>`).join('\n')}</ul></nav>
<div class="guide__body rich-text">
${ps(cgP1)}
<div class="postcode-box" data-component="CompareCTA"><h3 class="postcode-box__title">${cgBox[0]}</h3><p>${cgBox[1]}</p>
<form><label for="pc">${cgBox[2]}</label><input id="pc" autocomplete="postal-code"><button type="submit">${cgBox[3]}</button></form></div>
<h2 id="h0">${cgH1}</h2>
${ps(cgP2)}
<h2 id="h1">${cgH2}</h2>
${ps(cgP3)}
<table class="rich-text__table"><thead><tr><th>Fuel</th><th>Unit rate</th><th>Standing charge</th></tr></thead>
<tbody>${cgTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2 id="h2">${cgH3}</h2>
${ps(cgP4)}
<h2 id="h3">${cgH4}</h2>
<div class="accordion" data-component="FAQ">${cgFaq
  .map(
    (f, i) => `<div class="accordion__item"><h3 class="accordion__heading"><button aria-expanded="false" aria-controls="faq-${i}">${f.q}</button></h3>
<div class="accordion__panel" id="faq-${i}" hidden><p>${f.a}</p></div></div>`,
  )
  .join('\n')}</div>
</div></article>
<aside class="guide__aside"><div class="trustpilot-widget" data-template-id="5419b6a8b0d04a076446a9ad"><span class="tp-score">${cgTrust[0]}</span>
<span class="tp-rating">${cgTrust[1]}</span><span class="tp-logo">${cgTrust[2]}</span></div>
<section class="related-guides"><h2>Related guides</h2><ul>${links(cgRelated)}</ul></section></aside></div></main>
<footer class="site-footer"><ul>${links(cgFoot, 'site-footer__link')}</ul><p class="site-footer__reg">${cgReg}</p>
<p>© Switchwise Limited 2026</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cgCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${cgCookie[1]}</button><button id="onetrust-reject-all-handler">${cgCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${cgCookie[3]}</button></div>
<script src="/_next/static/chunks/pages/guide-7b1e.js" defer></script></body></html>`;
export const comparisonGuide: TestPage = {
  html: cgHtml,
  name: 'heldout190-pricecomparison-blog',
  kind: 'blog',
  // the FAQ questions are headings and their answers (in collapsed panels) body; table data cells are body; the "In this
  // guide" list repeats the headings and is left out; the postcode box inside the guide and the Trustpilot widget are furniture;
  // the "Energy" menu item is left out (a word of the title)
  title: cgTitle,
  headings: [cgH1, cgH2, cgH3, cgH4, ...cgFaq.map((f) => f.q)],
  body: [...texts([...cgP1, ...cgP2, ...cgP3]), ...cgTable.flat(), ...texts(cgP4), ...cgFaq.map((f) => f.a)],
  bylines: cgAuthor.filter((t) => t !== 'Energy expert'),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cgNav.filter((t) => t !== 'Energy'), 'Sign in', 'Home', 'Gas and electricity', 'Guides', 'Energy expert', ...cgShare,
    'In this guide', ...cgBox, ...cgTrust, 'Related guides', ...cgRelated, ...cgFoot, cgReg, '© Switchwise Limited 2026', ...cgCookie,
  ],
};
