import { links, ps, type TestPage, texts } from './page-kit.js';
import { transitAlert } from './pages-heldout215-e2.js';

/**
 * Held-out batch 215, file e: a travel insurer's guide page (the "Get a quote" header, the Trustpilot widget, breadcrumb,
 * the "Written by", "Reviewed by" and "Updated" lines, the "Key points" box at the top of the guide, the quote panel
 * between sections, the regulatory disclaimer, "Was this guide helpful?", "Related guides", the OneTrust banner and the
 * footer with the firm's authorisation text) and, from file e2, a city transit agency's service alert page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const iTitle = 'Does travel insurance cover cancelled and delayed flights?';
const iKeyHead = 'Key points';
const iKey = paras(`
Your airline must refund or rebook you if it cancels your flight, so insurance usually only pays for costs the airline does not.

Most policies pay a fixed amount for long delays, typically after 12 hours.

Strikes and bad weather are only covered if they were not announced before you bought your policy.`);
const iIntro = paras(`
A cancelled flight can unravel a whole trip: a missed hotel night, a car hire you cannot collect, a connection on a separate
ticket. Whether your travel insurance helps depends on why the flight was cancelled, when you bought your cover and what the
airline has already done for you.`);
const iH1 = 'What the airline owes you first';
const iP1 = paras(`
When an airline cancels a flight, it has to offer you a choice between a refund and an alternative flight. If you are stranded
overnight it must also provide meals and a hotel. Travel insurance is designed to sit behind these rights, so an insurer will
ask what the airline offered before it pays anything.

Keep every email and text from the airline, and ask at the desk for written confirmation of the reason for the cancellation.
You will need both if you claim.`);
const iH2 = 'What travel insurance can cover';
const iP2 = ['Depending on your level of cover, a policy may pay for:'];
const iL2 = paras(`
Prepaid accommodation, tours and car hire you could not use because your outbound flight was cancelled.

A fixed delay payment, often £25 to £50 for each 12 hours you are held up, up to a limit.

The cost of abandoning your trip if the outbound flight is delayed by more than 24 hours.

Extra travel costs to reach your destination or get home if you miss a departure because of a problem on the way to the
airport.`);
const iH3 = 'When you are not covered';
const iP3 = paras(`
Insurers exclude events that were already known about when you bought the policy. If a strike had been announced, or a storm
had been named, before you took out cover, you will not be able to claim for it. This is why we recommend buying cover as soon
as you book.

Policies also do not cover a change of mind, missing a flight because you arrived late at the airport without a good reason, or
missed connections on separate tickets unless you bought a policy that names this cover.`);
const iH4 = 'How to make a claim';
const iP4 = paras(`
Claim online within 31 days of returning home. Upload your booking confirmations, the airline's written reason for the
cancellation or delay, and receipts for any costs you paid yourself. Most straightforward claims are settled within ten
working days.`);
const iNav = 'Travel insurance|Single trip|Annual multi-trip|Winter sports|Help and guides|Make a claim'.split('|');
const iCrumbs = ['Home', 'Travel insurance guides', 'Flights'];
const iTrust = ['Excellent', '4.6 out of 5', 'based on 18,204 reviews', 'Trustpilot'];
const iQuote = ['Cover from £9.81 for a week in Europe', 'Get a quote in under three minutes.', 'Get a quote'];
const iDisc =
  'This guide is for general information only and does not form part of any policy. Always check your policy wording for ' +
  'the cover, limits and exclusions that apply to you.';
const iRelated = [
  'Travel insurance for pre-existing medical conditions',
  'What to do if your luggage is lost or delayed',
  'Do I need travel insurance for a trip in the UK?',
];
const iCookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyse ' +
    'site usage, and assist in our marketing efforts.',
  'Accept All Cookies',
  'Cookies Settings',
];
const iFoot = 'About us|Contact us|Complaints|Accessibility|Privacy notice|Cookie policy|Terms of business|Sitemap'.split('|');
const iReg = 'Harbourline Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority, firm reference number 502114.';
const iHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Does travel insurance cover cancelled flights? | Harbourline</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta
name="description" content="What travel insurance pays for when a flight is cancelled.">
<link rel="canonical" href="https://www.harbourline.example/travel-insurance/guides/cancelled-flights"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","dateModified":"2026-01-28",
"author":{"@type":"Person","name":"Sophie Lindqvist"},"reviewedBy":{"@type":"Person","name":"Marcus Obi"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="hl-2291" async></script>
<script src="//widget.trustpilot.example/bootstrap/v5/tp.widget.bootstrap.min.js" async></script><link rel="stylesheet" href="/assets/main.3c1f.css"></head>
<body class="guide-page"><a class="skip" href="#content">Skip to content</a>
<header class="hl-header"><a class="hl-header__logo" href="/"><img src="/assets/harbourline.svg" alt="Harbourline"></a>
<nav class="hl-nav" aria-label="Main"><ul>${links(iNav, 'hl-nav__item')}</ul></nav><a class="hl-btn hl-btn--cta" href="/quote">Get a quote</a></header>
<div class="trustpilot-widget" data-template-id="5419b6a8" data-businessunit-id="hl"><a href="https://uk.trustpilot.example/review/harbourline.example">
<span class="tp-score">${iTrust[0]}</span> <span class="tp-stars">${iTrust[1]}</span> <span class="tp-count">${iTrust[2]}</span>
<span class="tp-logo">${iTrust[3]}</span></a></div>
<main id="content"><nav class="hl-breadcrumb" aria-label="Breadcrumb"><ol>${links(iCrumbs)}</ol></nav>
<article class="guide"><header class="guide__header"><h1>${iTitle}</h1><div class="guide__meta"><p class="guide__author">Written by Sophie Lindqvist</p>
<p class="guide__reviewer">Reviewed by Marcus Obi, claims manager</p><p class="guide__date">Updated 28 January 2026</p></div></header>
<aside class="key-points"><h2 class="key-points__title">${iKeyHead}</h2><ul>${iKey.map((t) => `<li>${t}</li>`).join('\n')}</ul></aside>
<div class="guide__body rich-text">
${ps(iIntro)}
<h2 id="airline">${iH1}</h2>
${ps(iP1)}
<h2 id="cover">${iH2}</h2>
${ps(iP2)}
<ul>${iL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="quote-panel" data-component="QuotePanel"><p class="quote-panel__title">${iQuote[0]}</p><p>${iQuote[1]}</p>
<a class="hl-btn hl-btn--cta" href="/quote?src=guide">${iQuote[2]}</a></div>
<h2 id="not-covered">${iH3}</h2>
${ps(iP3)}
<h2 id="claim">${iH4}</h2>
${ps(iP4)}
<p class="guide__disclaimer"><small>${iDisc}</small></p></div>
<div class="feedback"><p>Was this guide helpful?</p><button>Yes</button><button>No</button></div></article>
<section class="related-guides"><h2>Related guides</h2><ul>${links(iRelated, 'related-guides__item')}</ul></section></main>
<footer class="hl-footer"><ul>${links(iFoot)}</ul><p class="hl-footer__reg">${iReg}</p><p>© Harbourline Insurance Services Ltd 2026</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><div id="onetrust-policy-text">${iCookie[0]}</div>
<button id="onetrust-accept-btn-handler">${iCookie[1]}</button><button id="onetrust-pc-btn-handler">${iCookie[2]}</button></div></div>
<script src="/assets/main.3c1f.js" defer></script></body></html>`;
const insurer: TestPage = {
  html: iHtml,
  name: 'heldout215-travel-insurer-guide-docs',
  kind: 'docs',
  // the "Key points" box at the top of the guide is part of it (its h2 a heading, its items body); the quote panel and
  // the disclaimer under the text are furniture
  title: iTitle,
  headings: [iKeyHead, iH1, iH2, iH3, iH4],
  body: [...iKey, ...iIntro, ...iP1, ...iP2, ...iL2, ...iP3, ...texts(iP4)],
  bylines: ['Written by Sophie Lindqvist', 'Reviewed by Marcus Obi, claims manager', 'Updated 28 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...iNav, 'Get a quote', ...iTrust, ...iCrumbs, ...iQuote.slice(0, 2), iDisc, 'Was this guide helpful?', 'Related guides', ...iRelated,
    ...iFoot, iReg, '© Harbourline Insurance Services Ltd 2026', ...iCookie,
  ],
};

export const HELDOUT215_E: readonly TestPage[] = [insurer, transitAlert];
