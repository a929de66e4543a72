import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file a: a retirement-planning guide on a members' association site built on Adobe Experience
 * Manager (AEM grid, cmp-* components), with a member-prompt bar, a "Join today" inline box, share bar, a figure with
 * caption and credit, "Read more" promos, a newsletter sign-up, a "You may also like" rail and the consent banner.
 */
const title = 'How Much Do You Really Need at 62? A Guide to Your Last Five Working Years';
const intro = [
  j(
    'The five years before you stop working are the most powerful planning window you will ever have. Your earnings are usually at',
    'their peak, the children have often left home, and every decision you make now echoes for the next twenty or thirty years.',
  ),
  j(
    'Yet most people we surveyed at the Association for Mature Living said they had never written down a retirement budget. Here is a',
    'practical way to start, whether you plan to leave work at 62, 67 or somewhere in between.',
  ),
];
const h1 = 'Start with what you spend, not what you earn';
const s1 = [
  j(
    'Planners often quote a rule that you will need 70 to 80 percent of your pre-retirement income. That rule is a guess. A far better',
    'starting point is three months of your own bank and card statements, sorted into essentials and extras.',
  ),
  j(
    'Essentials are the bills that keep arriving whatever happens: housing, utilities, food, insurance and transport. Extras are the',
    'trips, the gifts and the dinners out. Your guaranteed income should ideally cover the first group on its own.',
  ),
];
const h2 = 'Count every source of income';
const s2 = ['Write down what you can expect each month from:'];
const l2 = [
  'your state or federal retirement benefit, using the estimate on your latest statement',
  'any workplace pension, including small ones from jobs you left years ago',
  'savings and investment accounts, at a withdrawal rate of no more than four percent a year',
  'part-time work, rent from a property or an annuity you already hold',
];
const s2b = [
  j(
    'Lost pensions are more common than you might think. In our members\u2019 survey, one in seven people over 55 had at least one old',
    'workplace plan they had not checked in a decade.',
  ),
];
const h3 = 'Why the claiming age matters so much';
const s3 = [
  j(
    'Each year you delay your retirement benefit beyond the earliest age raises the monthly payment, and the increase lasts for life.',
    'The table below shows an invented example for a worker whose full-age benefit would be $2,000 a month.',
  ),
];
const rows = [
  ['62', '$1,400', '70%'],
  ['65', '$1,733', '87%'],
  ['67', '$2,000', '100%'],
  ['70', '$2,480', '124%'],
];
const tableCells = rows.flat();
const s3b = [
  j(
    'Claiming early is not always a mistake. If your health is poor, or you have no other way to cover essentials, an earlier start',
    'can be the right call. What matters is that it is a decision rather than a default.',
  ),
];
const h4 = 'Three moves to make this year';
const l4 = [
  'Ask for a benefit estimate and a pension statement, and put both figures in one place.',
  'Use any catch-up contribution allowance, which lets savers over 50 put away more each year.',
  'Pay down high-interest debt before you stop work, while your salary can absorb the payments.',
];
const quote = j(
  '\u201CThe people who retire with the least stress are not the ones with the most money,\u201D says planner Odile Marchetti.',
  '\u201CThey are the ones who know their numbers.\u201D',
);
const outro = [
  j(
    'None of this needs to be done in a weekend. Pick one task a month, and by the time you reach your chosen date you will know',
    'exactly how much is enough for you.',
  ),
];
const nav = ['Money', 'Health', 'Work & Jobs', 'Caregiving', 'Travel', 'Entertainment', 'Home & Family'];
const crumbs = ['Home', 'Money', 'Retirement Planning'];
const share = ['Facebook', 'X', 'Email', 'Print'];
const related = [
  'Five Pension Mistakes That Cost Retirees Thousands',
  'Should You Pay Off Your Mortgage Before You Retire?',
  'What Happens to Your Benefits If You Keep Working?',
  'A Simple Budget Worksheet for Your First Year of Retirement',
];
const foot = ['About Us', 'Careers', 'Contact Us', 'Press Center', 'Privacy Policy', 'Terms of Service', 'Accessibility', 'Your Privacy Choices'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${title} | AML</title>
<meta name="description" content="A step-by-step retirement budget for the five years before you stop working.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="template" content="article-page">
<link rel="canonical" href="https://www.aml.example/money/retirement-planning/how-much-need-at-62/">
<link rel="stylesheet" href="/etc.clientlibs/aml/clientlibs/clientlib-site.lc-5d1e-lc.min.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Renata Holloway"}],"datePublished":"2026-02-18T09:00:00-05:00","publisher":{"@type":"Organization","name":"AML"}}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"pageInfo":{"pageName":"aml:money:retirement-planning"}}});</script>
<script src="https://assets.adobedtm.example/launch-ENa1b2c3.min.js" async></script></head>
<body class="page basicpage article-page"><div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="header experiencefragment aem-GridColumn aem-GridColumn--default--12"><header class="aml-c-header">
<div class="aml-c-member-bar"><p class="aml-c-member-bar__text">Members save on insurance, travel and more.</p>
<a class="aml-c-btn aml-c-btn--primary" href="/join">Join for $12</a> <a class="aml-c-member-bar__login" href="/login">Log In</a>
<a class="aml-c-member-bar__renew" href="/renew">Renew</a></div>
<a class="aml-c-header__logo" href="/"><span class="u-visually-hidden">Association for Mature Living</span></a>
<nav class="aml-c-nav" aria-label="Main"><ul class="aml-c-nav__list">${links(nav, 'aml-c-nav__item')}</ul></nav>
<form class="aml-c-search" role="search"><input type="search" placeholder="Search" aria-label="Search"></form></header></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb">
<ol class="cmp-breadcrumb__list">${links(crumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<main class="aem-GridColumn aem-GridColumn--default--8"><article class="aml-c-article">
<div class="title cmp-title"><h1 class="cmp-title__text">${title}</h1></div>
<div class="aml-c-article__dek cmp-text"><p>Build a realistic budget before you hand in your notice</p></div>
<div class="aml-c-byline"><span class="aml-c-byline__author">By Renata Holloway</span>,
<span class="aml-c-byline__role">AML Money</span><time class="aml-c-byline__date" datetime="2026-02-18">February 18, 2026</time>
<span class="aml-c-byline__readtime">6 min read</span></div>
<div class="aml-c-share" role="group" aria-label="Share">${share.map((s) => `<button class="aml-c-share__btn" data-share="${s}">${s}</button>`).join('')}</div>
<div class="image cmp-image"><figure><img class="cmp-image__image" src="/content/dam/aml/money/couple-budget.jpg"
alt="A couple looks at paperwork at a kitchen table">
<figcaption class="cmp-image__title">Sorting statements into essentials and extras is the first step.</figcaption>
<span class="aml-c-credit">Getty Images / Lise Aubert</span></figure></div>
<div class="text cmp-text">${ps(intro)}</div>
<div class="aml-c-member-prompt"><h3 class="aml-c-member-prompt__title">Join AML today</h3>
<p class="aml-c-member-prompt__text">Get member-only retirement calculators and a free benefits check.</p>
<a href="/join" class="aml-c-btn">Join Now</a></div>
<div class="text cmp-text"><h2>${h1}</h2>${ps(s1)}<h2>${h2}</h2>${ps(s2)}<ul>${lis(l2)}</ul>${ps(s2b)}</div>
<div class="aml-c-readmore"><p><strong>Read more:</strong> <a href="/money/lost-pensions">How to track down a pension from an old job</a></p></div>
<div class="text cmp-text"><h2>${h3}</h2>${ps(s3)}
<table class="aml-c-table"><caption>Example monthly benefit by claiming age</caption>
<thead><tr><th>Claiming age</th><th>Monthly benefit</th><th>Share of full benefit</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<p class="aml-c-table__note">Source: AML illustration, not an estimate of your benefit.</p>
${ps(s3b)}<h2>${h4}</h2><ol>${lis(l4)}</ol><blockquote class="aml-c-quote"><p>${quote}</p></blockquote>${ps(outro)}</div>
<div class="aml-c-readmore"><p><strong>Read more:</strong> <a href="/money/catch-up">Catch-up contributions explained</a></p></div>
<div class="aml-c-tags"><span>Topics:</span> <a href="/tags/retirement">Retirement</a> <a href="/tags/pensions">Pensions</a></div>
</article></main>
<aside class="aem-GridColumn aem-GridColumn--default--4 aml-c-rail"><div class="aml-c-ad"><span class="aml-c-ad__label">Advertisement</span>
<div id="div-gpt-ad-rail-1"></div></div>
<div class="aml-c-newsletter"><h3>Get the Money newsletter</h3><p>Weekly tips on saving, spending and retiring well.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign Up</button></form></div></aside>
<div class="aml-c-related aem-GridColumn aem-GridColumn--default--12"><h2 class="aml-c-related__title">You may also like</h2>
<ul>${links(related, 'aml-c-related__item')}</ul></div>
<div class="footer experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="aml-c-footer">
<ul class="aml-c-footer__links">${links(foot)}</ul><p class="aml-c-footer__copy">© 2026 Association for Mature Living. All rights reserved.</p></footer></div>
</div></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog"><p id="onetrust-policy-text">We use cookies to personalize content and
ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Manage Cookies</button>
</div>
<script src="/etc.clientlibs/aml/clientlibs/clientlib-site.lc-8f2a-lc.min.js"></script></body></html>`;
export const amlGuide: TestPage = {
  name: 'heldout253-aem-association-retirement-guide',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...s1, ...s2, ...l2, ...s2b, ...s3, ...tableCells, ...s3b, ...l4, quote, ...outro]),
  bylines: ['By Renata Holloway', 'February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Members save on insurance, travel and more.', 'Join for $12', 'Log In', 'Renew', ...nav, 'Home', 'Retirement Planning',
    'Build a realistic budget before you hand in your notice',
    'AML Money', '6 min read', ...share.filter((s) => s.length > 2), 'Sorting statements into essentials and extras is the first step.',
    'Getty Images / Lise Aubert', 'Join AML today',
    'Get member-only retirement calculators and a free benefits check.', 'Join Now', 'Read more:', 'How to track down a pension from an old job',
    'Example monthly benefit by claiming age', 'Source: AML illustration, not an estimate of your benefit.', 'Catch-up contributions explained', 'Topics:',
    'Retirement', 'Pensions', 'Advertisement', 'Get the Money newsletter', 'Weekly tips on saving, spending and retiring well.', 'Sign Up',
    'You may also like', ...related, ...foot, '© 2026 Association for Mature Living. All rights reserved.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All', 'Manage Cookies',
  ],
};
