import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file e2: a Fidelity Viewpoints-style brokerage article on an invented brokerage (the header with
 * "Log In" and "Open an Account" and the product menu, the "Viewpoints" eyebrow, the "Key takeaways" list, date and reading
 * time, the Print / Email / LinkedIn share row and the hidden "Email this article" form, the "Next steps to consider" cards,
 * the "Was this article helpful?" vote, the weekly subscribe box, the long legal disclosures with the job number, and the
 * footer).
 */
const fvTitle = 'Four questions to ask before a Roth conversion';
const fvTake = [
  'A Roth conversion means paying income tax now so that future qualified withdrawals are tax-free.',
  'Conversions tend to make the most sense in low-income years, such as early retirement.',
  'Paying the tax from savings outside the IRA makes a conversion more effective.',
];
const fvP1 = [
  'Converting money from a traditional IRA to a Roth IRA is one of the most flexible tax-planning moves available to savers, and ' +
    'one of the easiest to get wrong. You pay ordinary income tax on the amount you convert in the year you do it. In exchange, the ' +
    'money can grow and eventually be withdrawn tax-free, and Roth IRAs have no required minimum distributions for the original owner.',
  'Whether that trade is worth it depends on your situation. These four questions can help you decide.',
];
const fvH = [
  'Will your tax rate be higher or lower later?',
  'Can you pay the tax from other savings?',
  'How long until you need the money?',
  'What else does the extra income affect?',
];
const fvP = [
  [
    'The core of the decision is a comparison of tax rates. If you expect to be in a higher bracket in retirement, or you expect tax ' +
      'rates in general to rise, paying tax now at a lower rate can make sense. Many people find that the years between retiring and ' +
      'starting Social Security are a window when their income, and their tax rate, is unusually low.',
  ],
  [
    'Using money from the IRA itself to pay the conversion tax shrinks the amount that ends up in the Roth and can trigger a 10% ' +
      'penalty if you are under 59½. Paying the bill from a taxable account lets the full converted amount keep growing tax-free.',
  ],
  [
    'Converted amounts have their own five-year clock for penalty-free withdrawals if you are under 59½. More broadly, the longer ' +
      'the money stays invested, the more time tax-free growth has to make up for the tax you paid upfront.',
  ],
  [
    'A conversion adds to your taxable income for the year. That can raise the tax on your Social Security benefits, push you over ' +
      'an income threshold for Medicare premium surcharges two years later, or reduce eligibility for health insurance subsidies. ' +
      'Converting in smaller amounts over several years can keep you under these thresholds.',
    'Tax planning specialist Renata Solberg suggests mapping out your income for the next several years before converting. “The ' +
      'best conversions fill up a low tax bracket without spilling into the next one,” she says.',
  ],
];
const fvClose = ['A Roth conversion cannot be undone, so it is worth running the numbers with a tax professional or financial advisor first.'];
const fvNav = ['Accounts & Trade', 'Planning & Advice', 'News & Research', 'Products', 'Why Larchmont'];
const fvShare = ['Print', 'Email', 'LinkedIn'];
const fvEmail = ['Email this article', 'Your email address', 'Recipient’s email address', 'Send', 'Please enter a valid email address.'];
const fvNext = [
  'Next steps to consider',
  'Open a Roth IRA',
  'Save for retirement with tax-free growth potential.',
  'Convert to a Roth IRA',
  'See how a conversion could work for you.',
  'Talk to a Larchmont advisor',
  'Get help with a plan for your retirement income.',
];
const fvVote = ['Was this article helpful?', 'Yes', 'No', 'Votes are submitted voluntarily and reflect each reader’s opinion of the article.'];
const fvSub = ['Get Viewpoints in your inbox', 'Our weekly email with insights on markets, planning and more.', 'Subscribe'];
const fvLegal = [
  'Information that you input is not stored or reviewed for any purpose other than to provide search results.',
  'Views expressed are as of the date indicated and may change. This information is not tax or legal advice. Consult an attorney or ' +
    'tax professional about your situation.',
  'Investing involves risk, including risk of loss.',
  'Larchmont Brokerage Services LLC, Member NYSE, SIPC, 400 Harbor Point Road, Stamford, CT 06902',
  '1182406.2.0',
];
const fvFoot = ['Careers', 'News Releases', 'About Larchmont', 'Terms of Use', 'Privacy', 'Security', 'Site Map', 'Accessibility', 'Contact Us'];
const fvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Roth conversion: 4 questions to ask | Larchmont Investments</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="What to weigh before converting a traditional IRA.">
<meta property="og:title" content="${fvTitle}"><meta property="og:type" content="article"><meta name="DCSext.contentType" content="Viewpoints">
<link rel="canonical" href="https://www.larchmont.example/learning-center/personal-finance/roth-conversion-questions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fvTitle}","datePublished":"2026-01-13",
"publisher":{"@type":"Organization","name":"Larchmont Investments"}}</script>
<link rel="stylesheet" href="/bin-public/060_www_larchmont_com/css/pvd-viewpoints.css"><script>window.lmAnalytics={contentType:"article"};</script></head>
<body class="pvd3-root"><a class="pvd-skip-link" href="#main">Skip to main content</a>
<header class="pnls-header" role="banner"><a class="pnls-logo" href="/" aria-label="Larchmont Investments"><svg></svg></a>
<nav class="pnls-nav" aria-label="Main"><ul>${links(fvNav, 'pnls-nav__item')}</ul></nav>
<div class="pnls-utility"><a class="pvd-button--primary" href="/open-account">Open an Account</a><a href="/login">Log In</a></div></header>
<main id="main" class="vp-article"><article class="vp-article__content"><header class="vp-article__header">
<a class="vp-eyebrow" href="/learning-center/viewpoints">Larchmont Viewpoints</a><h1 class="vp-article__title">${fvTitle}</h1>
<div class="vp-article__meta"><span class="vp-date">January 13, 2026</span> <span class="vp-readtime">5 min read</span></div>
<div class="vp-share" role="group" aria-label="Share">${fvShare.map((t) => `<button class="vp-share__button">${t}</button>`).join('')}</div>
<div class="vp-email-form" hidden><h2>${fvEmail[0]}</h2><label>${fvEmail[1]}</label><input type="email"><label>${fvEmail[2]}</label><input type="email">
<button>${fvEmail[3]}</button><p class="pvd-error">${fvEmail[4]}</p></div></header>
<section class="vp-key-takeaways"><h2 class="vp-key-takeaways__title">Key takeaways</h2><ul>${fvTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<div class="vp-article__body">
${ps(fvP1)}
${fvH.map((h, i) => `<h2>${h}</h2>\n${ps(fvP[i] ?? [])}`).join('\n')}
${ps(fvClose)}
</div>
<section class="vp-next-steps"><h2>${fvNext[0]}</h2><div class="vp-next-steps__cards">${[1, 3, 5]
  .map((i) => `<div class="pvd-card"><h3><a href="#">${fvNext[i]}</a></h3><p>${fvNext[i + 1]}</p></div>`)
  .join('')}</div></section>
<div class="vp-vote"><p class="vp-vote__q">${fvVote[0]}</p><button>${fvVote[1]}</button><button>${fvVote[2]}</button>
<p class="vp-vote__note">${fvVote[3]}</p></div>
<aside class="vp-subscribe"><h2>${fvSub[0]}</h2><p>${fvSub[1]}</p><a class="pvd-button" href="/subscribe">${fvSub[2]}</a></aside>
<section class="vp-disclosures">${fvLegal.map((t) => `<p class="pvd-disclosure">${t}</p>`).join('\n')}</section></article></main>
<footer class="pnls-footer"><ul>${links(fvFoot, 'pnls-footer__link')}</ul><p>Copyright 1998-2026 Larchmont Investments LLC. All rights reserved.</p></footer>
<script src="/bin-public/060_www_larchmont_com/js/pvd-viewpoints.js" defer></script></body></html>`;
export const viewpoints: TestPage = {
  html: fvHtml,
  name: 'heldout190-fidelity-viewpoints-blog',
  kind: 'blog',
  // "Key takeaways" is the article's own summary (items body, label a heading); the eyebrow, share row, hidden email form,
  // next-steps cards, vote, subscribe box and the disclosures with the job number are furniture; the page names no author
  title: fvTitle,
  headings: ['Key takeaways', ...fvH],
  body: texts([...fvTake, ...fvP1, ...fvP.flat(), ...fvClose]),
  bylines: ['January 13, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fvNav, 'Open an Account', 'Log In', 'Larchmont Viewpoints', ...fvShare, ...fvEmail, ...fvNext, ...fvVote,
    ...fvSub, ...fvLegal, ...fvFoot, 'Copyright 1998-2026 Larchmont Investments LLC. All rights reserved.',
  ],
};
