import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file d2: a bank's service-disruption notice built with Adobe Experience Manager core components (the
 * `cmp-` classes, the "Personal / Business" audience switch, the mega-menu, "Log in" button, the alert banner, breadcrumbs,
 * the cmp-title h1, the "Last updated" line, cmp-text blocks, an accordion "What you can do now" box, a "Need help?" teaser,
 * related-links list, the security reminder, the app promo, the footer with regulatory text and the OneTrust banner).
 */
const bTitle = 'Service disruption to card payments and mobile banking on 4 March';
const bIntro = [
  j(
    'On Wednesday 4 March, between 07:40 and 13:15, some customers were unable to make card payments, withdraw cash or log in to',
    'the Caldermoor Bank app. We are very sorry for the inconvenience this caused, and we want to explain what happened and what we',
    'are doing to put things right.',
  ),
];
const bH = ['What happened', 'Who was affected', 'Putting things right', 'If you need more help'];
const bS: readonly string[][] = [
  [
    j(
      'During planned work to move our card authorisation system to new hardware, a fault in a network switch caused some payment',
      'requests to be sent to the old system, which had already been switched to read-only. Those payments were declined. Our teams',
      'moved all traffic back to the original system at 12:50, and services were fully restored by 13:15.',
    ),
    j(
      'This was not a cyber attack, and your money and personal information were safe at all times. No payments were taken twice, and',
      'no balances were changed incorrectly.',
    ),
  ],
  [
    j(
      'Around one in five card payments made during the disruption were declined. Some customers also saw an error when they logged',
      'in to the app or online banking, because these services check recent card activity when you sign in. Cash machines operated by',
      'other banks may have shown a "transaction not possible" message. Direct Debits, standing orders and salary payments ran as normal.',
    ),
  ],
  [
    'If you were affected, here is what we are doing:',
    '<li>Any fees or interest charged because a payment was declined on 4 March will be refunded automatically by 20 March.</li>',
    j(
      '<li>If you had to pay extra costs, for example because you could not pay for fuel or a train ticket, you can claim them back',
      'using our online form. Please keep your receipts.</li>',
    ),
    '<li>If a declined payment caused you to miss a bill, we will write to the company to explain that it was our fault, if you ask us to.</li>',
  ],
  [
    j(
      'Our phone lines are busier than usual this week. If your question is about this disruption, the quickest way to reach us is through',
      'the chat in the app. We will never ask you to move money or share a one-time passcode because of this incident.',
    ),
  ],
];
const isLi = (s: string): boolean => s.startsWith('<li>');
const bNav = ['Current accounts', 'Savings', 'Mortgages', 'Credit cards', 'Loans', 'Insurance', 'Help & support'];
const bCrumb = ['Home', 'Help & support', 'Service status'];
const bRel = ['Check our service status', 'How we protect you from fraud', 'Make a complaint', 'Claim back extra costs'];
const bFoot = ['About us', 'Careers', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Sitemap'];
const bHtml = `<!DOCTYPE HTML>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${bTitle} | Caldermoor Bank</title>
<meta name="description" content="What happened during the card payments disruption on 4 March and how we are putting things right.">
<meta name="template" content="article-page"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Caldermoor Bank">
<link rel="canonical" href="https://www.caldermoor.example/help/service-status/disruption-4-march.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bTitle}","dateModified":"2026-03-06T09:00:00Z",
"publisher":{"@type":"BankOrCreditUnion","name":"Caldermoor Bank plc"}}</script>
<link rel="stylesheet" href="/etc.clientlibs/caldermoor/clientlibs/clientlib-site.lc-7f3e-lc.min.css" type="text/css">
<script src="/etc.clientlibs/core/wcm/components/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0e-lc.min.js"></script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"pageType":"article","section":"help"}});</script></head>
<body class="page basicpage" id="page-4c1d2e"><div class="root container responsivegrid"><div id="container-1" class="cmp-container">
<div class="experiencefragment header"><div class="cmp-experiencefragment cmp-experiencefragment--header"><header class="cmp-header">
<a class="cmp-header__skip" href="#main">Skip to main content</a><ul class="cmp-header__audience"><li><a href="/">Personal</a></li>
<li><a href="/business/">Business</a></li></ul><div class="cmp-image cmp-header__logo"><a href="/"><img src="/content/dam/caldermoor/logo.svg"
alt="Caldermoor Bank"></a></div><nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(bNav, 'cmp-navigation__item')}</ul>
</nav>
<a class="cmp-button cmp-header__login" href="https://online.caldermoor.example/login"><span class="cmp-button__text">Log in</span></a></header></div></div>
<div class="alertbanner"><div class="cmp-alert cmp-alert--info" role="status"><p>Beware of scam calls claiming to be from Caldermoor about this
disruption.</p></div></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">${links(bCrumb, 'cmp-breadcrumb__item')}</ol>
</nav></div>
<main id="main" class="container responsivegrid"><div class="cmp-container cmp-container--article">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${bTitle}</h1></div></div>
<div class="text cmp-text--meta"><div class="cmp-text"><p>Last updated: 6 March 2026, 09:00</p></div></div>
<div class="text"><div class="cmp-text">${ps(bIntro)}</div></div>
${bS
  .map((items, i) => {
    const list = items.filter(isLi);
    return `<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${bH[i] ?? ''}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(items.filter((x) => !isLi(x)))}${list.length > 0 ? `<ul>${list.join('\n')}</ul>` : ''}</div></div>`;
  })
  .join('\n')}
<div class="teaser cmp-teaser--help"><div class="cmp-teaser"><div class="cmp-teaser__content"><h3 class="cmp-teaser__title">Need help?</h3>
<div class="cmp-teaser__description"><p>Chat with us in the app, 24 hours a day.</p></div><div class="cmp-teaser__action-container">
<a class="cmp-teaser__action-link" href="/help/contact/">Contact us</a></div></div></div></div>
<div class="list"><h2 class="cmp-list__heading">Related links</h2><ul class="cmp-list">${links(bRel, 'cmp-list__item')}</ul></div>
</div></main>
<div class="teaser cmp-teaser--app"><div class="cmp-teaser"><h3 class="cmp-teaser__title">Bank on the go with the Caldermoor app</h3>
<p>Download on the App Store</p><p>Get it on Google Play</p></div></div>
<div class="experiencefragment footer"><footer class="cmp-footer"><ul class="cmp-footer__links">${links(bFoot)}</ul>
<p class="cmp-footer__legal">Caldermoor Bank plc. Registered in England and Wales no. 0418822. Authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the Prudential Regulation Authority.</p></footer></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to make
our website work and to understand how you use it.</p><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script src="/etc.clientlibs/caldermoor/clientlibs/clientlib-site.lc-9a0b-lc.min.js"></script></body></html>`;
export const bankNotice: TestPage = {
  name: 'heldout354-aem-bank-service-disruption',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bS.flat()]),
  bylines: ['Last updated: 6 March 2026, 09:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Personal', 'Business', ...bNav, 'Log in', 'Beware of scam calls claiming to be from Caldermoor about this disruption.', 'Home',
    'Service status', 'Need help?', 'Chat with us in the app, 24 hours a day.', 'Contact us', 'Related links', ...bRel,
    'Bank on the go with the Caldermoor app', 'Download on the App Store', 'Get it on Google Play', ...bFoot,
    'Caldermoor Bank plc. Registered in England and Wales no. 0418822.', 'We use cookies to make our website work and to understand how you use it.',
    'Accept all', 'Reject all', 'Cookie settings',
  ],
};
