import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file e2: a health savings account explainer in a community bank's learning center, a Gatsby site
 * fed from Contentful (the ___gatsby and gatsby-focus-wrapper roots, styled-components class names, the bank's top bar with
 * routing number and sign-in, the mega nav, "Learning Center" breadcrumb, author and reviewer line with the date and
 * reading time, a pull quote, a product promo card, the FDIC line, the "Keep learning" rail, footer and the consent banner).
 */
const mTitle = 'What is a health savings account, and is it worth opening one?';
const mIntro = [
  j(
    'A health savings account, or HSA, is a savings account you can open if you are covered by a high-deductible health plan. Money you put',
    'in is tax-deductible, it grows without being taxed, and you can take it out tax-free for qualified medical expenses. No other account',
    'gives you all three of those breaks at once.',
  ),
];
const mWho = [
  j(
    'To contribute, you must be enrolled in an HSA-eligible health plan, have no other health coverage such as a general-purpose flexible',
    "spending account, not be enrolled in Medicare, and not be claimed as a dependant on someone else's tax return.",
  ),
  j(
    'For 2027, a plan counts as high-deductible if its deductible is at least $1,700 for self-only coverage or $3,400 for a family. Your',
    'insurer or employer will usually label eligible plans clearly.',
  ),
];
const mLimits = ['$4,400 if you have self-only coverage', '$8,750 if you have family coverage', 'An extra $1,000 catch-up contribution if you are 55 or older'];
const mQuote = j(
  "Think of an HSA as two accounts in one: a checking account for this year's doctor bills, and a retirement account for the medical",
  'costs you will have later.',
);
const mUse = [
  j(
    'You can pay for doctor visits, prescriptions, dental and vision care, and many over-the-counter items with your HSA debit card. If you',
    'pay out of pocket instead, keep the receipt: you can reimburse yourself years later, as long as the expense came after you opened the',
    'account.',
  ),
  j(
    'Money you do not spend rolls over every year, and the account stays yours if you change jobs or health plans. Once your balance passes',
    '$1,000, you can invest part of it in mutual funds through our HSA investment option.',
  ),
];
const mCatch = [
  j(
    'If you take money out for something that is not a qualified medical expense before age 65, you will owe income tax plus a 20% penalty.',
    'After 65, the penalty goes away and non-medical withdrawals are taxed like income from a traditional IRA.',
  ),
  j(
    'An HSA is usually worth opening if you can afford the higher deductible and put something aside each month. If a large deductible would',
    'keep you from getting care you need, a lower-deductible plan may be the better choice.',
  ),
];
const mNav = ['Personal', 'Business', 'Borrow', 'Save & Invest', 'Learning Center'];
const mKeep = ['HSA vs. FSA: how the two accounts differ', 'How to invest your HSA balance', 'Paying for care before you meet your deductible'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>
<title data-gatsby-head="true">What is a health savings account? | Granite Ridge Savings Bank</title>
<meta name="description" content="How an HSA works, who can open one and what the 2027 limits are." data-gatsby-head="true"/>
<script type="application/ld+json" data-gatsby-head="true">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}",
"author":{"@type":"Person","name":"Corinne Adeyemi"},"datePublished":"2026-09-22"}</script>
<style data-styled="true" data-styled-version="6.1.8">.sc-bdVaJa{display:flex}.sc-htpNat{max-width:720px}</style></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="TopBar__Wrap-sc-1x2y3z-0 hGtRqa"><span>Routing number 011200365</span><a href="/locations">Find a branch</a>
<a href="https://online.graniteridge.example"
class="TopBar__SignIn-sc-1x2y3z-1">Sign in</a></div>
<header class="Header__Wrap-sc-4k5l6m-0 bXyZpq"><a href="/" aria-label="Granite Ridge Savings Bank home" class="Header__Logo-sc-4k5l6m-1">Granite Ridge</a>
<nav class="MegaNav__Nav-sc-7n8o9p-0"><ul>${links(mNav, 'MegaNav__Item-sc-7n8o9p-1 dEfGhI')}</ul></nav>
<a class="Button__Primary-sc-9q0r1s-0" href="/open">Open an account</a></header>
<main class="sc-bdVaJa"><nav aria-label="Breadcrumb" class="Breadcrumb__List-sc-2t3u4v-0"><a href="/learn">Learning Center</a> <span>/</span>
<a href="/learn/health">Health &amp; Wellness</a></nav>
<article class="sc-htpNat ArticleTemplate__Article-sc-5w6x7y-0"><span class="ArticleTemplate__Eyebrow-sc-5w6x7y-1">HEALTH &amp; WELLNESS</span>
<h1 class="ArticleTemplate__Title-sc-5w6x7y-2">${mTitle}</h1>
<div class="ArticleMeta__Wrap-sc-8z9a0b-0"><span class="ArticleMeta__Author-sc-8z9a0b-1">By Corinne Adeyemi</span>
<span class="ArticleMeta__Reviewer-sc-8z9a0b-2">Reviewed by Mateo Lindgren, CFP®</span><time dateTime="2026-09-22">September 22, 2026</time>
<span class="ArticleMeta__Read-sc-8z9a0b-3">6 min read</span></div>
<div class="RichText__Body-sc-1c2d3e-0">
${ps(mIntro)}
<h2>Who can open an HSA</h2>${ps(mWho)}
<h2>How much you can put in</h2><p>The IRS sets yearly limits that include money your employer adds. For 2027 you can contribute up to:</p>
<ul>${lis(mLimits)}</ul>
<blockquote class="RichText__Quote-sc-1c2d3e-1"><p>${mQuote}</p></blockquote>
<h2>Spending and saving the money</h2>${ps(mUse)}
<div class="PromoCard__Card-sc-6f7g8h-0"><p class="PromoCard__Title-sc-6f7g8h-1">Granite Ridge Health Savings</p><p>No monthly fee, a free debit card and
investment options once you reach $1,000.</p><a href="/hsa">Start your HSA</a></div>
<h2>The catch, and who should skip it</h2>${ps(mCatch)}
</div>
<p class="Disclaimer__Text-sc-3i4j5k-0">This article is for general information and is not tax advice. Member FDIC.</p></article>
<section class="KeepLearning__Wrap-sc-9l0m1n-0"><h2>Keep learning</h2><ul>${links(mKeep)}</ul></section></main>
<footer class="Footer__Wrap-sc-2o3p4q-0"><ul>${links(['About us', 'Careers', 'Rates', 'Privacy & security', 'Accessibility'])}</ul>
<p>© 2026 Granite Ridge Savings Bank. Member FDIC. Equal Housing Lender.</p></footer>
<div role="dialog" class="ConsentBanner__Wrap-sc-5r6s7t-0"><p>We use cookies and similar tools to understand how you use our site.</p>
<button>Accept all</button><button>Manage choices</button></div></div>
<div id="gatsby-announcer" aria-live="assertive" aria-atomic="true"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/learn/health/what-is-an-hsa/";/*]]>*/</script>
<script src="/app-8e1f2a3b.js" async></script></body></html>`;
export const gatsbyHsa: TestPage = {
  name: 'heldout444-gatsby-bank-hsa-explainer-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Who can open an HSA', 'How much you can put in', 'Spending and saving the money', 'The catch, and who should skip it'],
  body: texts([
    ...mIntro,
    ...mWho,
    'The IRS sets yearly limits that include money your employer adds. For 2027 you can contribute up to:',
    ...mLimits,
    mQuote,
    ...mUse,
    ...mCatch,
  ]),
  bylines: ['By Corinne Adeyemi', 'Reviewed by Mateo Lindgren, CFP®', 'September 22, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Routing number 011200365', 'Find a branch', 'Sign in', 'Granite Ridge', ...mNav, 'Open an account', 'Health & Wellness', 'HEALTH & WELLNESS',
    'Granite Ridge Health Savings', 'No monthly fee, a free debit card and investment options once you reach $1,000.', 'Start your HSA',
    'This article is for general information and is not tax advice. Member FDIC.', 'Keep learning', ...mKeep, 'About us', 'Careers', 'Rates',
    'Privacy & security', 'Accessibility', '© 2026 Granite Ridge Savings Bank. Member FDIC. Equal Housing Lender.',
    'We use cookies and similar tools to understand how you use our site.', 'Accept all', 'Manage choices',
  ],
};
