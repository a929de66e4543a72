import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';

/**
 * Held-out batch 346, file a: a Which?-style consumer rights guide (consent banner, mega menu, breadcrumbs, author and
 * "Last updated" line, share bar, key-points box, a "Read more" promo, newsletter sign-up, related guides, footer).
 */
const wTitle = 'Your rights when a delivery arrives late or never turns up';
const wKey = [
  'The retailer, not the courier, is responsible for the goods until they reach you.',
  'If you agreed a delivery date that was essential, you can cancel and get a full refund when it is missed.',
  'Keep screenshots of the order confirmation and any tracking updates.',
];
const wP1 = [
  j(
    'Few things are as frustrating as waiting in all day for a parcel that never comes. The good news is that the law is firmly',
    'on your side: when you buy something online, the retailer you paid is responsible for getting it to you in good condition.',
  ),
  j(
    'That means you should never be told to chase the courier yourself. Under the Consumer Rights Act, goods remain at the',
    "seller's risk until they are in your hands, or in the hands of someone you have nominated, such as a neighbour.",
  ),
];
const wH = ['When does a late delivery become a breach?', 'What if the parcel says delivered but it is not there?', 'How to complain step by step'];
const wP2 = [
  j(
    'If no date was agreed, the retailer must deliver within 30 days of the order. If you agreed a date and it was essential, for',
    'example a dress for a wedding, you can treat the contract as ended straight away and ask for your money back.',
  ),
  j(
    'If the date was not essential, you can set a new, reasonable deadline in writing. If the retailer misses that one too, you',
    'are entitled to cancel and receive a refund of everything you paid, including the delivery charge.',
  ),
];
const wP3 = [
  j(
    'Tracking systems are not proof that you received anything. If the courier left your parcel in a bin, a porch or with someone',
    'you did not name, the retailer is still liable. Contact them, explain what happened and ask for a replacement or a refund.',
  ),
  j(
    'A photo taken by the driver can help, but only if it clearly shows your own front door. Our researchers found that one in',
    'seven "proof of delivery" photos sent to members showed a different address.',
  ),
];
const wSteps = [
  'Contact the retailer in writing, quoting your order number and the date you expected the goods.',
  'Say clearly what you want: a redelivery by a fixed date, or a full refund.',
  'Give them 14 days to reply before you escalate the complaint.',
  'If you paid by card, ask your card provider about a chargeback, or a section 75 claim for items over £100.',
];
const wQuote = j(
  '"Retailers sometimes tell customers the courier is to blame, but that is simply wrong," said our consumer law adviser.',
  '"Your contract is with the shop, and it is the shop that has to put things right."',
);
const wNav = ['Reviews', 'News', 'Advice', 'Money', 'Tech Support', 'Legal', 'Campaigns', 'Join Which?'];
const wCrumbs = ['Home', 'Your rights', 'Shopping', 'Deliveries'];
const wShare = ['Share on Facebook', 'Share on X', 'Share by email', 'Copy link'];
const wRelated = ['Faulty goods: how to get a refund', 'Cancelling an online order', 'Section 75: what it covers', 'Chargeback explained'];
const wFoot = ['About Which?', 'Contact us', 'Careers', 'Privacy notice', 'Cookie settings', 'Accessibility', 'Terms & conditions'];
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${wTitle} - Which? Consumer Rights</title>
<meta name="description" content="Find out your legal rights if your delivery is late, lost or left in a safe place without your agreement.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Which?">
<link rel="canonical" href="https://www.which.example/consumer-rights/advice/late-deliveries">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","author":{"@type":"Person","name":"Harriet
Lomond"},
"dateModified":"2026-02-11","publisher":{"@type":"Organization","name":"Which?"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:"consumer-rights-advice",topic:"deliveries"});</script></head>
<body class="consumer-rights"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and to show you relevant advertising. You can choose which cookies we use.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-pc-btn-handler">Manage cookies</button></div></div>
<a class="skip-link" href="#main-content">Skip to content</a>
<header class="gn-header" data-testid="global-header"><div class="gn-header__logo"><a href="/" aria-label="Which? home"><svg aria-hidden="true"></svg></a></div>
<nav class="gn-primary-nav" aria-label="Main"><ul class="gn-primary-nav__list">${links(wNav, 'gn-primary-nav__item')}</ul></nav>
<div class="gn-header__actions"><a class="gn-header__login" href="/login">Log in</a><form class="gn-search" role="search"><input type="search"
placeholder="Search Which?" aria-label="Search"></form></div></header>
<main id="main-content" class="cr-article-page"><nav class="sb-breadcrumb" aria-label="Breadcrumb"><ol>${links(wCrumbs, 'sb-breadcrumb__item')}</ol></nav>
<article class="cr-article" data-content-type="advice"><header class="cr-article__header"><h1 class="sb-heading cr-article__title">${wTitle}</h1>
<p class="cr-article__standfirst">Know where you stand when a parcel is late, lost or left somewhere odd.</p>
<div class="cr-article__meta"><span class="cr-article__author">By <a href="/author/harriet-lomond">Harriet Lomond</a></span>
<span class="cr-article__date">Last updated: 11 Feb 2026</span></div>
<ul class="sb-share" aria-label="Share this page">${wShare.map((s) => `<li><button class="sb-share__btn">${s}</button></li>`).join('')}</ul></header>
<aside class="cr-key-points"><h2 class="cr-key-points__title">Key information</h2><ul>${lis(wKey)}</ul></aside>
<div class="cr-article__body rich-text">${ps(wP1)}
<h2 id="breach">${wH[0]}</h2>${ps(wP2)}
<div class="cr-promo-inline"><p><strong>Read more:</strong> <a href="/consumer-rights/advice/section-75">Section 75: how your credit card protects you</a>
</p></div>
<h2 id="delivered">${wH[1]}</h2>${ps(wP3)}
<blockquote class="cr-quote"><p>${wQuote}</p></blockquote>
<h2 id="complain">${wH[2]}</h2><ol>${lis(wSteps)}</ol>
<figure class="cr-figure"><img src="https://media.which.example/images/parcel-doorstep.jpg" alt="A parcel left on a doorstep">
<figcaption>Parcels left on doorsteps remain the retailer's responsibility. <span class="cr-figure__credit">Photo: Which?/Ellis Carrow</span></figcaption>
</figure>
</div>
<section class="cr-newsletter" aria-labelledby="nl-title"><h2 id="nl-title">Get our free Consumer Rights newsletter</h2>
<p>Practical advice every fortnight on refunds, scams and your rights.</p><form><input type="email" aria-label="Email address"><button>Sign up</button>
</form></section>
</article>
<aside class="cr-related" aria-labelledby="related-title"><h2 id="related-title">Related guides</h2><ul>${links(wRelated)}</ul></aside></main>
<footer class="gn-footer"><ul class="gn-footer__links">${links(wFoot)}</ul>
<p class="gn-footer__legal">© Which? 2026. Which? is a registered charity in an invented land, number 000000.</p></footer></body></html>`;
const which: TestPage = {
  name: 'heldout346-which-consumer-rights-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts(['Know where you stand when a parcel is late, lost or left somewhere odd.', ...wKey, ...wP1, ...wP2, ...wP3, wQuote, ...wSteps]),
  bylines: ['Harriet Lomond', 'Last updated: 11 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and to show you relevant advertising. You can choose which cookies we use.', 'Accept all cookies',
    'Manage cookies', 'Skip to content', ...wNav, 'Log in', ...wCrumbs, ...wShare, 'Key information', 'Read more:',
    'Section 75: how your credit card protects you', "Parcels left on doorsteps remain the retailer's responsibility.", 'Photo: Which?/Ellis Carrow',
    'Get our free Consumer Rights newsletter', 'Practical advice every fortnight on refunds, scams and your rights.', 'Sign up', 'Related guides', ...wRelated,
    ...wFoot, '© Which? 2026. Which? is a registered charity in an invented land, number 000000.',
  ],
};

/**
 * A Citizens Advice-style page on faulty goods (Citizens Advice Design System classes: cookie banner, header with the
 * nations switcher, breadcrumbs, "This advice applies to England" notice, on-this-page list, callout, the "Was this advice
 * helpful?" widget, "Page last reviewed" line, footer).
 */
const cTitle = 'If something you bought is faulty';
const cIntro = [
  j(
    'If you bought something that is broken, does not work properly or is not as described, you might be able to get a refund,',
    'a repair or a replacement. What you can get depends on how long ago you bought it.',
  ),
  'You have the same rights if you bought the item in a shop, online or on the phone, as long as you bought it from a business.',
];
const cH = ['Within 30 days of buying', 'After 30 days and within 6 months', 'After 6 months', 'If the seller refuses to help'];
const c1 = [
  j(
    'You have the right to reject the item and get a full refund. You need to tell the seller that you want to reject it, and you',
    'should do this in writing if you can. You do not have to accept a repair or a credit note.',
  ),
];
const c2 = [
  j(
    'You have to give the seller one chance to repair or replace the item. If the repair fails, or a replacement is also faulty,',
    'you can ask for a refund. The seller is allowed to take a small amount off for the use you have had, except for cars.',
  ),
  'It is up to the seller to prove the fault was not there when you bought it.',
];
const c3 = [
  j(
    'You can still ask for a repair or replacement, but now it is usually up to you to show the fault was there when you',
    'bought it. An independent report from a repairer can help. How long goods should last depends on what they are and the price.',
  ),
];
const c4 = [
  'You could:',
  'ask your card provider for a chargeback if you paid by debit card',
  'claim from your credit card company if the item cost between £100 and £30,000',
  'use an alternative dispute resolution scheme if the seller belongs to one',
  'take the seller to the small claims court as a last resort',
];
const cCallout = j(
  'If the seller goes out of business, you might still get your money back through your card provider. Keep your receipt and',
  'any emails about the fault.',
);
const cNav = ['Benefits', 'Work', 'Debt and money', 'Consumer', 'Housing', 'Family', 'Law and courts', 'Immigration', 'Health'];
const cCrumbs = ['Home', 'Consumer', 'Somethings gone wrong with a purchase'];
const cToc = ['Within 30 days', 'After 30 days', 'After 6 months', 'If the seller refuses'];
const cFoot = ['About us', 'Contact us', 'Donate', 'Volunteer', 'Accessibility', 'Privacy and cookies', 'Terms and conditions'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle} - Citizens Advice</title>
<meta name="description" content="Find out what to do if something you bought is faulty - you might be able to get a refund, repair or replacement.">
<meta property="og:site_name" content="Citizens Advice"><link rel="stylesheet" href="/assets/cads-styles.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}","lastReviewed":"2025-11-20"}</script>
<script>window.CA={contentType:"advice",region:"england"};</script></head>
<body class="cads-body"><div class="cads-cookie-banner" role="region" aria-label="Cookies on Citizens Advice">
<h2 class="cads-cookie-banner__heading">Cookies on Citizens Advice</h2><p>We use some essential cookies to make this website work. We'd like to set
additional cookies to understand how you use the site.</p><button class="cads-button">Accept additional cookies</button>
<button class="cads-button cads-button--secondary">Reject additional cookies</button></div>
<a href="#cads-main-content" class="cads-skip-link">Skip to main content</a>
<header class="cads-header"><div class="cads-header__logo"><a href="/">Citizens Advice</a></div>
<ul class="cads-header__nations">${lis(['England', 'Scotland', 'Wales', 'Northern Ireland'], 'cads-header__nation')}</ul>
<form class="cads-search" role="search"><input type="search" aria-label="Search through site content"><button>Search</button></form>
<nav class="cads-navigation" aria-label="Main"><ul>${links(cNav, 'cads-navigation__item')}</ul></nav></header>
<div class="cads-grid-container"><nav class="cads-breadcrumbs" aria-label="Breadcrumbs"><ol>${links(cCrumbs, 'cads-breadcrumbs__item')}</ol></nav>
<main id="cads-main-content" class="cads-grid-row"><div class="cads-grid-col-md-8"><h1 class="cads-page-title">${cTitle}</h1>
<div class="cads-targeted-content cads-callout--notice"><p>This advice applies to England</p></div>
<nav class="cads-on-this-page" aria-labelledby="on-this-page"><h2 id="on-this-page" class="cads-on-this-page__title">On this page</h2>
<ol>${cToc.map((t, i) => `<li><a href="#h-${i}">${t}</a></li>`).join('')}</ol></nav>
<div class="cads-prose">${ps(cIntro)}
<h2 id="h-0">${cH[0]}</h2>${ps(c1)}
<h2 id="h-1">${cH[1]}</h2>${ps(c2)}
<section class="cads-callout cads-callout--important"><span class="cads-badge">Important</span><p>${cCallout}</p></section>
<h2 id="h-2">${cH[2]}</h2>${ps(c3)}
<h2 id="h-3">${cH[3]}</h2><p>${c4[0]}</p><ul class="cads-list">${lis(c4.slice(1))}</ul>
</div>
<div class="cads-page-review"><p>Page last reviewed on 20 November 2025</p></div>
<section class="cads-feedback" aria-label="Feedback"><h2 class="cads-feedback__title">Was this advice helpful?</h2>
<button class="cads-button">Yes</button><button class="cads-button">No</button></section></div>
<aside class="cads-grid-col-md-4"><div class="cads-related"><h2>Related advice</h2>
<ul>${links(['Check if you can get a refund for a faulty car', 'Using the small claims court', 'Cancelling a service'])}</ul></div></aside></main></div>
<footer class="cads-footer"><ul class="cads-footer__links">${links(cFoot)}</ul><p>Citizens Advice is an operating name of an invented charity.</p></footer>
</body></html>`;
const citizens: TestPage = {
  name: 'heldout346-citizens-advice-faulty-goods-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...c1, ...c2, cCallout, ...c3, ...c4]),
  bylines: ['Page last reviewed on 20 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Citizens Advice', 'Accept additional cookies', 'Reject additional cookies', 'Skip to main content', 'Scotland', 'Wales',
    'Northern Ireland', 'Search', ...cNav, ...cCrumbs, 'This advice applies to England', 'On this page', ...cToc, 'Important', 'Was this advice helpful?',
    'Related advice', 'Check if you can get a refund for a faulty car', 'Using the small claims court', 'Cancelling a service', ...cFoot,
    'Citizens Advice is an operating name of an invented charity.',
  ],
};

export const HELDOUT346_A: readonly TestPage[] = [which, citizens];
