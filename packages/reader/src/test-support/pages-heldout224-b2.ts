import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 224, file b2: a pet insurer's guide on its marketing site (Contentful and Next.js shape: nav with "Get a quote"
 * and "Log in", breadcrumb, category tag, reading time and "Last updated" line, author and "Reviewed by" card, a quote promo
 * banner inside the article body, a comparison table, an FAQ accordion that belongs to the guide, the Trustpilot widget, a
 * sticky quote bar, "More guides" cards, the regulatory small print in the footer and a cookie dialog).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const iTitle = 'Lifetime, maximum benefit or time-limited: which pet insurance is right for you?';
const iP0 = paras(`
Pet insurance policies can look alike at first glance, but the type of cover you choose makes a big difference when your pet has a condition that
needs treatment for more than a year. This guide explains the three main types of cover, what they pay for and who they tend to suit.`);
const iH1 = 'Lifetime cover';
const iP1 = paras(`
A lifetime policy gives you a set amount of vet fee cover each year, for example £4,000 or £8,000. When you renew, that amount is topped up again,
so a long-term condition such as diabetes or arthritis can keep being covered for the rest of your pet's life, as long as you renew without a break.

It is usually the most expensive type of cover, but it is also the one that vets most often recommend for young pets, because conditions that last
for years are exactly the ones that cost the most.`);
const iH2 = 'Maximum benefit cover';
const iP2 = paras(`
A maximum benefit policy pays up to a fixed amount for each condition, with no time limit. Once that amount has been used up for a condition, it
will not be covered again, even if you renew. This can work well for accidents and one-off illnesses, but it may leave you paying for ongoing
treatment yourself.`);
const iH3 = 'Time-limited cover';
const iP3 = paras(`
Time-limited policies cover each condition for a set period, usually 12 months from the first sign of it, up to a limit. After that, the condition
is excluded. These policies are cheaper, and some owners choose them for older pets, but they offer the least protection against long-term costs.`);
const iH4 = 'How the three types compare';
const iRows = [
  ['Lifetime', 'Renews every year', 'Yes', 'Highest'],
  ['Maximum benefit', 'Fixed amount per condition', 'Until the limit is reached', 'Medium'],
  ['Time-limited', '12 months per condition', 'No', 'Lowest'],
];
const iP4 = paras(`
Whichever type you choose, check the excess, whether there is a co-payment once your pet reaches a certain age, and what the policy says about
conditions your pet had before you took it out.`);
const iH5 = 'Frequently asked questions';
const iFaq = [
  [
    'Can I switch from a time-limited policy to lifetime cover?',
    'Yes, but the new insurer will usually treat any condition your pet has already had as pre-existing, so it may not be covered.',
  ],
  [
    'Does lifetime cover mean my pet is insured for life?',
    'Only if you renew every year without a gap. If the policy lapses, conditions your pet has had may be excluded when you buy again.',
  ],
  [
    'Is there an upper age limit?',
    'Most insurers will start a new policy for dogs and cats up to the age of eight or nine, and will keep renewing it after that.',
  ],
];
const iNav = ['Dog insurance', 'Cat insurance', 'Claims', 'Guides', 'Help'];
const iCrumb = ['Home', 'Guides', 'Buying pet insurance'];
const iPromo = ['Get 10% off your first year', 'Buy a lifetime policy online and save on your first 12 months of cover. New customers only.', 'Get a quote'];
const iMore = ['What is a pet insurance excess?', 'Pre-existing conditions explained', 'How to make a claim in five steps'];
const iFoot = ['About us', 'Careers', 'Complaints', 'Privacy notice', 'Cookie notice', 'Accessibility', 'Policy documents'];
const iLegal =
  'Harbourline Pet Insurance is a trading name of Harbourline Insurance Services Limited, which is authorised and regulated by the Financial Conduct ' +
  'Authority, firm reference number 912233.';
const iCookie = [
  'Your cookie choices',
  'We use essential cookies to make our site work. With your consent, we will also use cookies to understand how you use our site and to show you ' +
    'relevant adverts.',
  'Accept all cookies',
  'Reject non-essential',
  'Cookie settings',
];
const iPs = (a: readonly string[]): string => a.map((p) => `<p class="body-text">${p}</p>`).join('\n');
const iH = (t: string): string => `<h2 class="rich-text__h2">${t}</h2>`;
const iHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lifetime vs maximum benefit vs time-limited pet insurance | Harbourline</title>
<meta name="description" content="The three main types of pet insurance explained: lifetime, maximum benefit and time-limited cover.">
<link rel="canonical" href="https://www.harbourlinepets.example/guides/types-of-pet-insurance"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","author":{"@type":"Person","name":
"Priya Mistry"},"dateModified":"2025-04-02","publisher":{"@type":"Organization","name":"Harbourline Pet Insurance"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${iFaq[0]![0]}"}]}</script>
<script src="https://www.googletagmanager.example/gtm.js?id=GTM-K2H7Q9" async></script><link rel="stylesheet" href="/_next/static/css/app-4b1e.css"></head>
<body><div id="__next"><header class="site-header"><a class="site-header__logo" href="/" aria-label="Harbourline Pet Insurance home"><svg></svg></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(iNav, 'site-header__item')}</ul></nav><div class="site-header__actions">
<a class="button button--ghost" href="/account/login">Log in</a><a class="button button--primary" href="/quote/start">Get a quote</a></div></header>
<main><div class="guide-hero"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(iCrumb, 'breadcrumbs__item')}</ol></nav>
<span class="tag tag--category">Buying guide</span><h1 class="guide-hero__title">${iTitle}</h1><ul class="guide-hero__meta"><li>6 min read</li>
<li>Last updated 2 April 2025</li></ul></div>
<div class="guide-layout"><article class="guide-layout__article"><div class="author-strip"><img src="/images/authors/priya.jpg" alt="">
<div><p class="author-strip__name">Written by Priya Mistry</p><p class="author-strip__role">Senior content editor</p></div><div><p class="author-strip__name">
Reviewed by Tom Adeyemi MRCVS</p><p class="author-strip__role">Veterinary surgeon</p></div></div>
<div class="rich-text">
${iPs(iP0)}
${iH(iH1)}
${iPs(iP1)}
<aside class="promo-banner" data-component="QuotePromo"><p class="promo-banner__title">${iPromo[0]}</p><p class="promo-banner__text">${iPromo[1]}</p>
<a class="button button--primary" href="/quote/start?utm_content=guide-banner">${iPromo[2]}</a>
<p class="promo-banner__small">Terms and conditions apply.</p></aside>
${iH(iH2)}
${iPs(iP2)}
${iH(iH3)}
${iPs(iP3)}
${iH(iH4)}
<div class="table-wrapper"><table><thead><tr><th>Type of cover</th><th>Vet fee limit</th><th>Covers long-term conditions?</th><th>Typical price</th></tr>
</thead><tbody>${iRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${iPs(iP4)}
</div>
<section class="faq" data-component="Accordion">${iH(iH5)}
${iFaq
  .map(
    ([q, a], n) => `<div class="faq__item"><h3 class="faq__question"><button aria-expanded="false" aria-controls="faq-${n}">${q}</button></h3>
<div class="faq__answer" id="faq-${n}" hidden><p>${a}</p></div></div>`,
  )
  .join('\n')}</section></article>
<aside class="guide-layout__aside"><div class="trustpilot-widget" data-template-id="5419b6a8b0d04a076446a9ad" data-businessunit-id="5c1f">
<p class="tp-widget-rating">Excellent</p><p class="tp-widget-score">Rated 4.7 out of 5 based on 18,204 reviews</p><p>Trustpilot</p></div></aside></div>
<section class="more-guides"><h2 class="more-guides__title">More guides</h2><ul class="more-guides__list">${links(iMore, 'more-guides__card')}</ul></section>
<div class="sticky-quote-bar" role="complementary"><p>Cover from £9.40 a month</p><a class="button button--primary" href="/quote/start">Start my quote</a>
</div>
</main><footer class="site-footer"><ul class="site-footer__links">${links(iFoot)}</ul><p class="site-footer__legal">${iLegal}</p>
<p class="site-footer__copy">© 2025 Harbourline Insurance Services Limited</p></footer></div>
<div class="cookie-dialog" role="dialog" aria-modal="true" aria-labelledby="cookie-title"><h2 id="cookie-title">${iCookie[0]}</h2><p>${iCookie[1]}</p>
<button class="button button--primary">${iCookie[2]}</button><button class="button">${iCookie[3]}</button><a href="/cookie-settings">${iCookie[4]}</a></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"types-of-pet-insurance","readingTime":6}}}}</script></body></html>`;
export const insurerGuide: TestPage = {
  html: iHtml,
  name: 'heldout224-pet-insurer-guide',
  kind: 'docs',
  // the FAQ accordion is the guide's own section: its h2 and the questions are headings, the answers body (in the DOM but
  // collapsed); table data cells are body; the quote promo inside the body, the category tag, the author strip roles, the
  // Trustpilot widget, the sticky quote bar, more guides, footer and cookie dialog are furniture; reading time, "Last
  // updated" and the "Written by" and "Reviewed by" lines are bylines
  title: iTitle,
  headings: [iH1, iH2, iH3, iH4, iH5, ...iFaq.map((f) => f[0]!)],
  body: [...iP0, ...iP1, ...iP2, ...iP3, ...iRows.flat(), ...iP4, ...iFaq.map((f) => f[1]!)],
  bylines: ['6 min read', 'Last updated 2 April 2025', 'Written by Priya Mistry', 'Reviewed by Tom Adeyemi MRCVS'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iNav, 'Log in', 'Buying pet insurance', 'Buying guide', 'Senior content editor', 'Veterinary surgeon', ...iPromo,
    'Terms and conditions apply.', 'Excellent', 'Rated 4.7 out of 5 based on 18,204 reviews', 'Trustpilot', 'More guides', ...iMore,
    'Cover from £9.40 a month', 'Start my quote', ...iFoot, iLegal, '© 2025 Harbourline Insurance Services Limited', ...iCookie,
  ],
};
