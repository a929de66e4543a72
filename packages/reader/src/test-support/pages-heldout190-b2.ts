import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 190, file b2: a Kiplinger article on Future plc's Vanilla platform (the magazine subscription strip, the
 * header menu, breadcrumbs, the strapline under the headline, "By ... published ..." byline, the hero image credit, the
 * in-body newsletter sign-up with its consent lines, an in-body "Related Content" link list, the author bio with social links,
 * the "Latest" rail, "You might also like" and the Future footer).
 */
const kpTitle = 'Five Things Retirees Should Know About Required Minimum Distributions This Year';
const kpDek = 'New rules, a bigger penalty waiver and an easy mistake with inherited IRAs: here’s what to check before December.';
const kpP1 = [
  'If you are 73 or older, the IRS expects you to start drawing down your tax-deferred retirement accounts whether you need the ' +
    'money or not. These required minimum distributions, or RMDs, are one of the few parts of retirement planning with a hard ' +
    'deadline and a real penalty, and the rules have shifted several times in the past few years.',
  'Here are five things to get right this year.',
];
const kpH = [
  '1. Your first RMD can wait, but maybe it shouldn’t',
  '2. The penalty is smaller than it used to be',
  '3. Inherited IRAs have their own clock',
  '4. You can give it away instead',
  '5. Withholding can cover your estimated taxes',
];
const kpP = [
  [
    'The first distribution is due by April 1 of the year after you turn 73. Every later one is due by December 31. Delaying the ' +
      'first one means taking two distributions in the same calendar year, which can push you into a higher tax bracket and raise ' +
      'your Medicare premiums two years later. For many people, taking the first RMD in the year they turn 73 is the cheaper choice.',
  ],
  [
    'Miss a distribution and the penalty is 25% of the amount you should have taken, down from 50% under the old rules. If you ' +
      'correct the mistake within two years, it drops to 10%. You can also ask the IRS to waive it entirely by filing Form 5329 ' +
      'with a short explanation, as long as the shortfall was a reasonable error and you have fixed it.',
  ],
  [
    'If you inherited an IRA from someone other than your spouse after 2019, you generally have to empty it within 10 years. And ' +
      'if the original owner had already started taking RMDs, you must also take annual distributions in years one through nine. ' +
      'This second requirement caught many heirs off guard, and the IRS waived the penalty for several years while it finalized the ' +
      'rules. That grace period is now over.',
  ],
  [
    'A qualified charitable distribution lets you send up to $108,000 a year directly from your IRA to a charity. The gift counts ' +
      'toward your RMD but is not included in your taxable income, which can be worth more than an itemized deduction, especially ' +
      'if you take the standard deduction.',
    'The money must go straight from the IRA custodian to the charity. If the check is made out to you, it counts as a regular ' + 'distribution.',
  ],
  [
    'Retirees who owe tax on investment income often make quarterly estimated payments. An alternative is to have tax withheld from ' +
      'your RMD. The IRS treats withholding as if it were paid evenly through the year, even if it comes out in December, so a ' +
      'large year-end withholding can cover an entire year of estimated tax and spare you four separate payments.',
    'Planner Hollis Avery of Briarwood Wealth in Columbus, Ohio, suggests a simple routine: “Take the RMD in early December, withhold ' +
      'enough to cover the year, and you have one less thing to track.”',
  ],
];
const kpNav = ['Investing', 'Retirement', 'Personal Finance', 'Taxes', 'Real Estate', 'Kiplinger Advisor Collective', 'Newsletters'];
const kpCrumbs = ['Retirement', 'Retirement Planning'];
const kpNews = [
  'Sign up for Kiplinger’s Free Newsletters',
  'Profit and prosper with expert advice on investing, taxes, retirement and more, delivered to your inbox.',
  'Contact me with news and offers from other Future brands',
  'Receive email from us on behalf of our trusted partners or sponsors',
  'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
];
const kpRelated = ['What Is the 10-Year Rule for Inherited IRAs?', 'How Qualified Charitable Distributions Work'];
const kpBio =
  'Nadia Fairbrook is a retirement editor at Kiplinger. She has covered Social Security, Medicare and retirement income for more ' + 'than 15 years.';
const kpLatest = ['Three Ways to Cut Your Tax Bill Before Filing Season', 'Are Annuities Worth It in 2026?', 'Medicare Open Enrollment: What Changed'];
const kpAlso = ['The Best Places to Retire on a Budget', 'How to Claim Social Security Early Without Regret'];
const kpFoot = ['About Us', 'Contact Us', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Accessibility Statement', 'Advertise with us'];
const kpFootLegal = 'Kiplinger is part of Future US LLC, an international media group and leading digital publisher. Visit our corporate site.';
const kpHtml = `<!DOCTYPE html>
<html lang="en-US" class="kiplinger"><head><meta charset="utf-8"><title>${kpTitle} | Kiplinger</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${kpDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Kiplinger"><meta name="parsely-author" content="Nadia Fairbrook">
<meta property="article:published_time" content="2026-01-12T13:00:00Z"><link rel="canonical" href="https://www.kiplinger.com/retirement/rmds-five-things">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kpTitle}","datePublished":"2026-01-12T13:00:00Z",
"author":[{"@type":"Person","name":"Nadia Fairbrook","url":"https://www.kiplinger.com/author/nadia-fairbrook"}],
"publisher":{"@type":"Organization","name":"Kiplinger"}}</script>
<script>var ffte={"platform":"vanilla","channel":"retirement","contentType":"article"};</script>
<script async src="https://cdn.privacy-mgmt.example/unified/wrapperMessagingWithoutDetection.js"></script></head>
<body class="is-article kiplinger"><div class="subscribe-strip"><a href="/subscribe">Subscribe to Kiplinger’s Personal Finance</a>
<span>Be a smarter, better informed investor.</span></div>
<header class="header" id="header"><a class="logo" href="/" aria-label="Kiplinger"><svg></svg></a><nav class="primary-nav" aria-label="Main">
<ul class="menu">${links(kpNav, 'menu-item')}</ul></nav><a class="header-subscribe" href="/subscribe">Subscribe</a><a href="/login">Sign in</a></header>
<div id="main" class="page-content"><div class="content-wrapper"><nav class="breadcrumb" aria-label="breadcrumb"><ol>${links(kpCrumbs)}</ol></nav>
<article class="news-article" data-id="kp-rmd-2026"><header><h1>${kpTitle}</h1><p class="strapline">${kpDek}</p>
<div class="byline"><span class="by-author">By <span class="author-byline__author-name"><a href="/author/nadia-fairbrook">Nadia Fairbrook</a></span>
</span> <span class="author-byline__date">published <time datetime="2026-01-12T13:00:00Z">January 12, 2026</time></span></div></header>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="van-image-figure"><img src="/rmd-hero.jpg"
alt="Retired couple reviewing paperwork"><figcaption><span class="credit">(Image credit: Getty Images)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(kpP1)}
<h2 id="section-1">${kpH[0]}</h2>
${ps(kpP[0] ?? [])}
<div class="newsletter-form__wrapper" data-component="newsletter-inbodyContent"><p class="newsletter-form__strapline">${kpNews[0]}</p>
<p class="newsletter-form__description">${kpNews[1]}</p><form><input type="email" aria-label="Your Email Address" placeholder="Your Email Address">
<label><input type="checkbox">${kpNews[2]}</label><label><input type="checkbox">${kpNews[3]}</label><button>Sign up</button>
<p class="newsletter-form__terms">${kpNews[4]}</p></form></div>
<h2 id="section-2">${kpH[1]}</h2>
${ps(kpP[1] ?? [])}
<h2 id="section-3">${kpH[2]}</h2>
${ps(kpP[2] ?? [])}
<div class="fancy-box"><div class="fancy_box-title">Related Content</div><ul>${links(kpRelated)}</ul></div>
<h2 id="section-4">${kpH[3]}</h2>
${ps(kpP[3] ?? [])}
<div class="ad-unit" id="ad-unit-2"><span class="ad-unit__label">Advertisement</span></div>
<h2 id="section-5">${kpH[4]}</h2>
${ps(kpP[4] ?? [])}
</div>
<div class="author-bio"><div class="author-bio__name"><a href="/author/nadia-fairbrook">Nadia Fairbrook</a></div>
<div class="author-bio__role">Retirement Editor</div><p>${kpBio}</p><ul class="social-links"><li><a href="#">LinkedIn</a></li></ul></div>
</section></article>
<aside class="sidebar"><section class="latest"><h3>Latest</h3><ul>${links(kpLatest, 'latest-item')}</ul></section></aside></div>
<section class="related-articles-block"><h3>You might also like</h3><ul>${links(kpAlso)}</ul></section></div>
<footer class="footer"><ul>${links(kpFoot, 'footer-link')}</ul><p class="footer__legal">${kpFootLegal}</p>
<p>© Future US LLC, 1100 13th Street NW, Suite 1000, Washington, DC 20005.</p></footer>
<script src="/vanilla/js/main.2f4d.js" async></script></body></html>`;
export const kiplingerArticle: TestPage = {
  html: kpHtml,
  name: 'heldout190-kiplinger-news',
  kind: 'news',
  // the strapline (dek) is body; the in-body newsletter form and "Related Content" box, the author bio and rails are furniture;
  // the "Taxes" menu item is left out (a word of a heading)
  title: kpTitle,
  headings: kpH,
  body: texts([kpDek, ...kpP1, ...kpP.flat()]),
  bylines: ['By Nadia Fairbrook', 'published January 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe to Kiplinger’s Personal Finance', 'Be a smarter, better informed investor.', ...kpNav.filter((t) => t !== 'Taxes'), 'Subscribe', 'Sign in',
    'Retirement Planning', '(Image credit: Getty Images)', ...kpNews, 'Sign up', 'Related Content', ...kpRelated, 'Advertisement',
    'Retirement Editor', kpBio, 'LinkedIn', 'Latest', ...kpLatest, 'You might also like', ...kpAlso, ...kpFoot, kpFootLegal,
    '© Future US LLC, 1100 13th Street NW, Suite 1000, Washington, DC 20005.',
  ],
};
