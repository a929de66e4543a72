import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file d: a phone buyback "how it works" page on Webflow (hero, step grid, testimonials) and a pawnshop's
 * blog post on HubSpot CMS (Growth theme) with tags, related posts, a subscribe form and the HubSpot cookie banner.
 */
const fTitle = 'Sell your old phone in three easy steps';
const fDek = 'No haggling, no meetups with strangers. Get a fixed price online, ship for free and get paid fast.';
const fSteps: [string, string][] = [
  ['Get your price', 'Pick your model, storage and condition and we show you our offer straight away. The price is locked for 14 days while you send it in.'],
  [
    'Ship it free',
    j(
      'Print the prepaid label we email you, or ask for a padded mailer and we will post one the next working day. Back up your',
      'phone, sign out of iCloud or Google, and remove your SIM card first.',
    ),
  ],
  [
    'Get paid',
    j(
      'Our technicians check your phone within one business day of it arriving. If it matches your description, the money is in',
      'your bank account or PayPal the same day.',
    ),
  ],
];
const fAccH = 'What we accept';
const fAcc = [
  'iPhone 11 and newer, any carrier',
  'Samsung Galaxy S and Z series from 2021 onwards',
  'Google Pixel 6 and newer',
  'iPads and Apple Watches made in the last five years',
];
const fAccP = 'Phones that are blacklisted, still under finance or activation locked will be returned to you at no cost.';
const fNav = ['How it works', 'Prices', 'Bulk & business', 'Help centre'];
const fQuotes: [string, string][] = [
  ['"Paid the morning after it arrived. Easiest sale I have made."', 'Priya, Leeds'],
  ['"They found a tiny crack I had missed and still paid more than the shop offered."', 'Tom, Cardiff'],
];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 24 2026 10:12:40 GMT+0000 -->
<html data-wf-domain="www.loopbuyback.co.uk" data-wf-page="65c1e0a4f2b7d21c9a1e44b8" data-wf-site="65c1e0a4f2b7d21c9a1e4471" lang="en">
<head><meta charset="utf-8"><title>How it works | Loop Buyback</title><meta content="${fDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1e0a4f2b7d21c9a1e4471/css/loop-buyback.webflow.7a1c9e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){
var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://assets-global.website-files.com/65c1/logo.svg"
loading="lazy" alt="Loop Buyback" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="nav-link w-nav-link">${t.replace('&', '&amp;')}</a>`).join('\n')}
<a href="/quote" class="button nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fDek}</p>
<a href="/quote" class="button w-button">Check my phone&#39;s value</a></div></section>
<section class="section steps"><div class="container w-container"><div class="w-layout-grid grid-steps">
${fSteps
  .map(
    ([h, p], i) => `<div id="w-node-step-${i}" class="step-card"><img src="https://assets-global.website-files.com/65c1/step-${i + 1}.svg" loading="lazy" alt=""
class="step-icon"><h3 class="heading-step">${h}</h3><p class="paragraph">${p}</p></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section accept"><div class="container w-container"><div class="w-richtext"><h2>${fAccH}</h2><ul
role="list">${lis(fAcc)}</ul><p>${fAccP}</p></div>
</div></section>
<section class="section testimonials"><div class="container w-container"><h2 class="heading-centre">What sellers say</h2>
<div data-delay="4000" data-animation="slide" class="slider w-slider" data-autoplay="true"><div class="w-slider-mask">
${fQuotes.map(([q, n]) => `<div class="slide w-slide"><p class="quote-text">${q}</p><div class="quote-name">${n}</div></div>`).join('\n')}
</div><div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-arrow-right"><div
class="w-icon-slider-right"></div></div>
<div class="w-slider-nav w-round"></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Loop Buyback</div>
<p class="footer-text">Loop Buyback Ltd, Unit 4 Canal Works, Salford M5 9QX. Registered in England No. 14882031.</p></div>
<div class="footer-col"><a href="/privacy" class="footer-link">Privacy</a><a href="/terms" class="footer-link">Terms of sale</a><a href="/contact"
class="footer-link">Contact</a>
</div></div><div class="footer-copyright">© 2026 Loop Buyback Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1e0a4f2b7d21c9a1e4471" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c1e0a4f2b7d21c9a1e4471/js/webflow.3b0c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout554-webflow-phone-how-it-works',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fSteps.map(([h]) => h), fAccH],
  body: [fDek, ...fSteps.map(([, p]) => p), ...fAcc, fAccP],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a quote', "Check my phone's value", 'What sellers say', ...fQuotes.flat(), 'Loop Buyback',
    'Loop Buyback Ltd, Unit 4 Canal Works, Salford M5 9QX. Registered in England No. 14882031.', 'Privacy', 'Terms of sale', 'Contact',
    '© 2026 Loop Buyback Ltd',
  ],
};

const hTitle = 'Pawn loan or payday loan? What $300 really costs you';
const hSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'When the car needs a new alternator two weeks before payday, most people in Pueblo Verde have two places to turn without',
        'a credit check: a payday lender or a pawnshop. Both are fast. Both are expensive compared with a bank. But they work in very',
        'different ways, and the difference matters most when things do not go to plan.',
      ),
    ],
  ],
  [
    'How a payday loan works',
    [
      j(
        'A payday lender gives you cash against your next paycheck. You write a post-dated check or authorize a debit from your bank',
        'account for the loan plus a fee, usually due in two weeks. In our state the fee on a $300 loan is typically $45.',
      ),
      j(
        'If you cannot repay on the due date, the lender can try to take the money from your account, which may trigger overdraft',
        'fees from your bank. Many borrowers roll the loan over, paying another $45 each time without reducing what they owe.',
      ),
    ],
  ],
  [
    'How a pawn loan works',
    [
      j(
        'A pawn loan is secured by something you own. You leave the item with us, we give you cash, and you have 30 days to pay back',
        'the loan plus the finance charge. On a $300 loan that charge is $30 a month under state rules.',
      ),
      j(
        'If you cannot pay, you can renew for another month by paying the $30, or you can walk away. We keep the item, and that is',
        'the end of it: no calls, no bank debits, no collection agency and nothing on your credit report.',
      ),
    ],
  ],
  [
    'Side by side over three months',
    [
      'Here is what happens to a $300 loan that takes three months to pay off:',
      'Payday loan, rolled over every two weeks: about $270 in fees, and you still owe the $300.',
      'Pawn loan, renewed twice: $90 in finance charges, and you pay back the $300 to collect your item.',
      'Pawn loan, not repaid: you keep the $300, owe nothing, and lose the item you pawned.',
    ],
  ],
  [
    'Which one is right for you?',
    [
      j(
        'If you have something of value you can do without for a month, a pawn loan puts a hard limit on what the loan can cost you.',
        'If you have nothing to pawn, a payday loan may be the only option, but read the rollover terms before you sign.',
      ),
      j(
        'Better still, ask your employer about a pay advance, or call your credit union. Several in the county now offer small',
        'emergency loans at a fraction of either cost. We would rather see you there than stuck in a cycle of fees.',
      ),
    ],
  ],
];
const hList = (h: string, p: string[]): string => (h.startsWith('Side') ? `${ps(p.slice(0, 1))}<ul>${lis(p.slice(1))}</ul>` : ps(p));
const hNav = ['Pawn', 'Buy', 'Sell', 'Gold & Silver', 'Blog', 'Locations'];
const hRel = ['Five things we will never take in pawn', 'What happens to an item after the grace period?', 'Gold prices are up. Should you sell now?'];
const hTags = ['Pawn loans', 'Money tips'];
const hw = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_${type}" style="" data-hs-cos-general-type="${type}">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.silverdollarpawn.com/hubfs/favicon.png"><meta name="description" content="Pawn vs. payday: the real cost of a
$300 loan.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/hs-fs/hub/4418210/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Marisol Ortega"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.silverdollarpawn.com/blog/pawn-loan-or-payday-loan">
<script>var hsVars = {"portal_id":4418210,"app_hs_base_url":"https://app.hubspot.com",
"cp_hs_base_url":"https://cp.hubspot.com","language":"en"};</script></head>
<body><div class="body-wrapper hs-content-id-15120934221 hs-blog-post hs-blog-id-10288341011">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo
header__logo--main">${hw(
  'site_logo',
  'widget',
  '<a href="/" class="header__logo-link">' + '<img src="/hubfs/logo.svg" alt="Silver Dollar Pawn &amp; Loan" class="header__logo-image"></a>',
)}</div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation
header--element">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper
no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hw('name', 'meta_field', hTitle)}</h1><div class="blog-post__meta"><a href="/blog/author/marisol-ortega">Marisol Ortega</a>
<time datetime="2026-10-03 15:15:00" class="blog-post__timestamp">Oct 3, 2026 9:15:00 AM</time></div>
<div class="blog-post__body">${hw(
  'post_body',
  'meta_field',
  hSecs.map(([h, p]) => `${h === '' ? '' : `<h2>${h}</h2>`}${hList(h, p)}`).join('\n') +
    '\n<!--more--><p><em>Silver Dollar Pawn &amp; Loan is licensed by the state Department of Banking. ' +
    'This article is general information, not financial advice.</em></p>',
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel.map((t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/x"><h3>${t}</h3></a></article>`).join('\n')}
</div></section>
<section class="blog-comments">${hw(
  'blog_comments',
  'module',
  '<div class="section post-footer">' + '<div id="comments-listing" class="new-comments"></div></div>',
)}</section>
<div class="blog-subscribe"><h3>Get money tips and new arrivals in your inbox</h3><form class="hs-form" action="/_hcms/forms/submit"><div class="hs_email
hs-form-field">
<label for="email-4418210"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-4418210" name="email" type="email"></div>
<div class="hs_submit hs-submit"><input type="submit" value="Subscribe" class="hs-button primary large"></div></form></div>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Silver Dollar Pawn &amp; Loan · 3 locations in Pueblo Verde and Las Cruces</p><p>© 2026 Silver Dollar Pawn &amp; Loan, Inc.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/4418210.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout554-hubspot-pawn-vs-payday',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h).filter((h) => h !== ''),
  body: [
    ...hSecs.flatMap(([, p]) => p),
    'Silver Dollar Pawn & Loan is licensed by the state Department of Banking. This article is general information, not financial advice.',
  ],
  bylines: ['Marisol Ortega', 'Oct 3, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Pawn'), ...hTags, 'Related posts', ...hRel, 'Get money tips and new arrivals in your inbox', 'Email',
    'Silver Dollar Pawn & Loan · 3 locations in Pueblo Verde and Las Cruces', '© 2026 Silver Dollar Pawn & Loan, Inc.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT554_D: readonly TestPage[] = [webflow, hubspot];
