import { links, ps, type TestPage, texts } from './page-kit.js';
import { whichAdvice } from './pages-heldout190-c2.js';

/**
 * Held-out batch 190, file c: a MoneySavingExpert guide (the header with the channel menu, "Log in" and the Forum link, the
 * affiliate-links notice above the guide, the author and "Updated" line, the "Jump to" list, numbered section headings, an
 * "Important!" callout and a quote box inside the guide, the weekly email sign-up box, "Share this" buttons, the forum
 * discussion link, "Related guides" and the footer with its editorial code text) and, from file c2, a Which? advice page.
 */
const mseTitle = 'Council tax band check: are you paying too much?';
const mseDek =
  'Hundreds of thousands of homes may sit in the wrong council tax band. Checking takes ten minutes and, if you are right, you ' +
  'could get years of overpayments back. Here is how to do it without risking a rise.';
const mseH = [
  '1. Find your band and your neighbours’ bands',
  '2. Work out what your home was worth in 1991',
  '3. Think hard before you challenge',
  '4. How to challenge your band',
];
const mseP = [
  [
    'In England and Scotland bands are based on what a home would have sold for on 1 April 1991; in Wales it is 1 April 2003. ' +
      'Homes built since then were valued as if they had existed on that date. Mistakes were common, especially on streets where ' +
      'valuers drove past and guessed.',
    'Start by looking up your own band on the official valuation website, then check the bands of neighbouring homes that are the ' +
      'same size and type. If yours is higher than most identical homes nearby, it is worth digging further.',
  ],
  [
    'The most reliable way is to find the 1991 sale price of a similar property on your street, if one sold around then, and compare ' +
      'it to the band limits. If you only have a recent price, a house price index calculator can estimate what it would have been ' +
      'worth in 1991, though the result is rough.',
  ],
  [
    'Bands can go up as well as down. If the valuation office reviews your home and decides it was undervalued, your band can rise, ' +
      'and so can your neighbours’. Only go ahead if most of the evidence points the same way.',
  ],
  [
    'You can ask for a review online or by phone. Give the addresses of similar homes in lower bands and any 1991 price evidence ' +
      'you have. Keep paying your current bill while the review is under way. If the band is lowered, the council will refund the ' +
      'overpayment, usually back to when you moved in.',
    'If the valuation office turns you down, you can appeal to the independent valuation tribunal within three months.',
  ],
];
const mseImportant =
  'Important! Do not challenge a band just because your bill feels high. If a review finds your home was undervalued, there ' + 'is no way to undo it.';
const mseQuote =
  'Reader Gwen from Stockport wrote in: “I checked after reading your guide and got our band dropped from D to C. The council ' +
  'refunded £2,140 going back to 2011.”';
const mseNav = ['Banking & Saving', 'Cards & Loans', 'Mortgages & Homes', 'Insurance', 'Shopping', 'Travel', 'Utilities', 'Reclaim', 'Deals'];
const mseAff = 'We may get paid if you click some links in this guide. It never affects what we write. Read more about how MSE makes money.';
const mseEmail = [
  'Get our free weekly MoneySaving email',
  'For all the latest deals, guides and loopholes, simply sign up today. It is spam-free.',
  'Your email address',
  'Sign up now',
];
const mseShare = ['Share this', 'Facebook', 'WhatsApp', 'Email'];
const mseRelated = ['Council tax reduction: who qualifies', 'Single person discount', 'Cut your energy bills'];
const mseFoot = ['About MSE', 'Contact us', 'Privacy Policy', 'Cookie Policy', 'Editorial Code', 'Accessibility', 'Site map'];
const mseCode =
  'We think it is important you understand the strengths and limits of the site. We are a journalistic website and aim to ' +
  'provide the best guides and tools, but we cannot guarantee to be perfect, so do note you use the information at your own risk.';
const mseHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Council tax band check: are you paying too much? - MoneySavingExpert</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Check your council tax band in ten minutes.">
<meta property="og:site_name" content="MoneySavingExpert"><meta property="og:title" content="${mseTitle}"><meta name="twitter:site" content="@MoneySavingExp">
<link rel="canonical" href="https://www.moneysavingexpert.com/reclaim/council-tax-bands-cut/"><link rel="stylesheet" href="/assets/css/mse-guide.9d2e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${mseTitle}","dateModified":"2026-01-09",
"author":{"@type":"Person","name":"Callum Reddy"},"publisher":{"@type":"Organization","name":"MoneySavingExpert"}}</script>
<script>window.mseData={pageType:"guide",channel:"reclaim"};</script></head>
<body class="mse-guide-page"><a class="skip-link" href="#main">Skip to main content</a>
<header class="mse-header"><a class="mse-header__logo" href="/"><img src="/images/mse-logo.svg" alt="MoneySavingExpert"></a>
<nav class="mse-nav" aria-label="Main menu"><ul>${links(mseNav, 'mse-nav__item')}</ul></nav>
<div class="mse-header__actions"><a href="https://forums.moneysavingexpert.com/">Forum</a><a href="/account/login">Log in</a></div></header>
<main id="main" class="guide-layout"><div class="guide-layout__content"><p class="affiliate-notice">${mseAff}</p>
<article class="guide"><header class="guide__header"><h1 class="guide__title">${mseTitle}</h1>
<div class="guide__meta"><span class="guide__author">Callum Reddy</span> <span class="guide__role">Senior Consumer Journalist</span>
<span class="guide__updated">Updated 9 January 2026</span></div><p class="guide__standfirst">${mseDek}</p></header>
<nav class="guide__jump" aria-label="Jump to"><h2 class="guide__jump-title">Jump to</h2>
<ol>${mseH.map((t, i) => `<li><a href="#step${i + 1}">${t.replace(/^\d\. /, '')}</a></li>`).join('\n')}</ol></nav>
<div class="guide__body">
<h2 id="step1">${mseH[0]}</h2>
${ps(mseP[0] ?? [])}
<h2 id="step2">${mseH[1]}</h2>
${ps(mseP[1] ?? [])}
<h2 id="step3">${mseH[2]}</h2>
<div class="callout callout--important"><p>${mseImportant}</p></div>
${ps(mseP[2] ?? [])}
<div class="email-signup email-signup--inline"><h3>${mseEmail[0]}</h3><p>${mseEmail[1]}</p><form><label for="ws-email">${mseEmail[2]}</label>
<input id="ws-email" type="email"><button type="submit">${mseEmail[3]}</button></form></div>
<h2 id="step4">${mseH[3]}</h2>
${ps(mseP[3] ?? [])}
<blockquote class="success-quote"><p>${mseQuote}</p></blockquote>
</div>
<div class="share-bar"><span class="share-bar__label">${mseShare[0]}</span>${mseShare
  .slice(1)
  .map((t) => `<a class="share-bar__link" href="#">${t}</a>`)
  .join('')}</div>
<p class="guide__forum"><a href="https://forums.moneysavingexpert.com/discussion/council-tax-bands">Discuss this guide in the MSE Forum</a></p>
</article></div><aside class="guide-layout__rail"><section><h2>Related guides</h2><ul>${links(mseRelated)}</ul></section></aside></main>
<footer class="mse-footer"><ul>${links(mseFoot, 'mse-footer__link')}</ul><p class="mse-footer__code">${mseCode}</p>
<p>MoneySavingExpert.com Limited (MSE) is a journalistic website. © 2026.</p></footer>
<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>We use cookies to make the site work and, with your consent, to measure how it is used.</p>
<button>Accept all</button><button>Reject non-essential</button></div>
<script src="/assets/js/mse.7f1a.js" defer></script></body></html>`;
const mse: TestPage = {
  html: mseHtml,
  name: 'heldout190-moneysavingexpert-blog',
  kind: 'blog',
  // the standfirst, the "Important!" callout and the reader success quote are the guide's own text (body); the "Jump to" list
  // repeats the headings and is left out; the affiliate notice, email box, share bar and forum link are furniture
  title: mseTitle,
  headings: mseH,
  body: texts([mseDek, ...(mseP[0] ?? []), ...(mseP[1] ?? []), mseImportant, ...(mseP[2] ?? []), ...(mseP[3] ?? []), mseQuote]),
  bylines: ['Callum Reddy', 'Updated 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mseNav, 'Forum', 'Log in', mseAff, 'Jump to', 'Senior Consumer Journalist', ...mseEmail, ...mseShare,
    'Discuss this guide in the MSE Forum', 'Related guides', ...mseRelated, ...mseFoot, mseCode,
    'MoneySavingExpert.com Limited (MSE) is a journalistic website. © 2026.',
    'We use cookies to make the site work and, with your consent, to measure how it is used.', 'Accept all', 'Reject non-essential',
  ],
};

export const HELDOUT190_C: readonly TestPage[] = [mse, whichAdvice];
