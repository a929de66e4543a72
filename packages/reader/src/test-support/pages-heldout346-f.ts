import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout346-kit.js';
import { HELDOUT346_F2 } from './pages-heldout346-f2.js';

/**
 * Held-out batch 346, file f: a consumer magazine's investigation on an Arc XP (Fusion) template (the fusion-app root,
 * Fusion.globalContent script, b-/c- class names, kicker, byline with two authors, dateline, share bar, lead image with
 * caption and credit, an inline "Read more" promo, pull quote, membership paywall prompt, "More from" rail, newsletter
 * box, footer) and a Trustpilot-style company page (see file f2).
 */
const iTitle = 'Broken promises: how extended warranties leave buyers paying for repairs twice';
const iH = ['Claims turned down on technicalities', 'Who profits', 'What buyers can do'];
const i1 = [
  j(
    'When Odile Marchetti\u2019s television went dark eleven months after she bought it, she was not worried. She had paid an',
    'extra $129 at the checkout for a three-year protection plan. Six weeks and four phone calls later, she was told the fault',
    'was "cosmetic" and not covered, and paid a local repair shop $210 to replace the power board.',
  ),
  j(
    'Her experience is far from unusual. Our investigation, based on a survey of 4,180 members and a review of 36 plan contracts,',
    'found that almost one in three claims on extended warranties sold by electronics retailers was refused or abandoned.',
  ),
];
const i2 = [
  j(
    'The most common reason given for a refusal was that the fault was "pre-existing" or caused by "misuse", terms the contracts',
    'define so broadly that almost any failure can be fitted into them. Several plans excluded faults in the first year, when the',
    'manufacturer\u2019s own warranty applies, meaning buyers were paying for cover they already had.',
  ),
  'Members who did get a repair waited an average of 23 days, compared with nine days for manufacturer warranty repairs.',
];
const iPull = '"I paid for peace of mind and got a maze of phone menus instead."';
const i3 = [
  j(
    'Retailers typically keep between 40 and 60 percent of the price of a plan as commission. The plans themselves are usually',
    'run by a third-party administrator, and the retailer\u2019s staff are often set targets for how many they sell.',
  ),
  j(
    'Only 12 percent of the plan price, on average, is paid out in repairs, according to filings by two of the largest',
    'administrators. For comparison, most home insurance policies pay out well over half of what they collect.',
  ),
];
const i4 = [
  'Before you buy a plan, check what protection you already have:',
  'the manufacturer\u2019s warranty, which usually lasts one year and sometimes two',
  'your legal rights against the retailer for goods that are not of reasonable quality',
  'extra cover from your credit card, which many cards add at no cost',
  j(
    'If a claim is refused, ask for the reason in writing and check it against the contract wording. Complaints about plans sold',
    'as insurance can go to the state insurance regulator, which our analysis suggests resolves most cases within two months.',
  ),
];
const iNav = ['Cars', 'Home & Garden', 'Appliances', 'Electronics', 'Health', 'Money', 'Magazine'];
const iShare = ['Share on Facebook', 'Share on X', 'Email this article', 'Print'];
const iMore = ['The best TVs for under $500', 'Why your dishwasher fails sooner than it should', 'Are product-protection plans ever worth it?'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${iTitle} - Consumer Ledger</title>
<meta name="description" content="Our investigation found almost one in three extended warranty claims was refused or abandoned.">
<meta property="og:type" content="article"><meta name="author" content="Priya Vantongeren, Marcus Ellery-Dunn">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}","datePublished":"2026-03-02T06:00:00-05:00",
"author":[{"@type":"Person","name":"Priya Vantongeren"},{"@type":"Person","name":"Marcus Ellery-Dunn"}]}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="consumer-ledger";Fusion.deployment="412";
Fusion.globalContent={"_id":"F3KXV2QWZ5","type":"story","headlines":{"basic":"Broken promises"}};</script></head>
<body><div id="fusion-app" class="layout-section wrap-bottom"><div class="c-consent" role="dialog"><p>We and our partners use cookies to personalize
content.</p><button class="c-button">I agree</button><button class="c-button c-button--secondary">Privacy settings</button></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">Consumer Ledger</a>
<a class="c-button b-header-nav-chain__subscribe" href="/join">Become a member</a></div><nav class="b-links-bar" aria-label="Sections">
<ul>${links(iNav, 'b-links-bar__item')}</ul></nav></header>
<main class="b-right-rail"><div class="b-right-rail__main"><article class="b-article-body-wrapper"><div class="b-overline"><a href="/investigations"
class="c-link">Investigation</a></div><h1 class="b-headline">${iTitle}</h1>
<p class="b-subheadline">Retailers push protection plans at the checkout. Our survey found many buyers are refused when they claim.</p>
<div class="b-byline"><span class="c-attribution">By <a href="/people/priya">Priya Vantongeren</a> and <a href="/people/marcus">Marcus Ellery-Dunn</a>
</span></div>
<div class="b-date"><time datetime="2026-03-02T11:00:00Z">March 2, 2026</time></div>
<div class="b-share-bar">${iShare.map((s) => `<button class="c-button b-share-bar__button" aria-label="${s}">${s}</button>`).join('')}</div>
<figure class="b-lead-art"><img src="https://cloudfront.example/resizer/tv-repair.jpg" alt="A television on a repair bench">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">A technician inspects a television returned under a protection plan.</span>
<span class="c-media-item__credit">Photo: Ledger Lab/Ines Harcastle</span></figcaption></figure>
<div class="b-article-body">${ps(i1, ' class="c-paragraph"')}<h2 class="c-heading">${iH[0]}</h2>${ps(i2, ' class="c-paragraph"')}
<div class="b-interstitial-link"><p>Read more: <a href="/electronics/repair-or-replace">Should you repair or replace a broken TV?</a></p></div>
<blockquote class="b-pull-quote"><p>${iPull}</p><cite>Odile Marchetti, Ledger member</cite></blockquote>
<h2 class="c-heading">${iH[1]}</h2>${ps(i3, ' class="c-paragraph"')}<h2 class="c-heading">${iH[2]}</h2><p class="c-paragraph">${i4[0]}</p>
<ul class="c-list">${lis(i4.slice(1, 4))}</ul><p class="c-paragraph">${i4[4]}</p></div>
<div class="b-paywall-prompt"><p>Members get full access to ratings and investigations.</p><a href="/join">Join now</a></div></article>
<section class="b-newsletter"><h2>Get our Money & Rights newsletter</h2><p>Weekly investigations into how companies treat their customers.</p>
<form><input type="email" aria-label="Email"><button>Sign up</button></form></section></div>
<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2 class="c-heading">More from Consumer Ledger</h2><ul>${links(iMore)}</ul></div>
<div class="b-ad" data-ad-name="right_rail_1"><span class="b-ad__label">Advertisement</span></div></aside></main>
<footer class="b-footer"><ul>${links(['About us', 'Careers', 'Privacy policy', 'Terms of use', 'Contact'])}</ul>
<p>© 2026 Consumer Ledger, an invented nonprofit. All rights reserved.</p></footer></div></body></html>`;
const ledger: TestPage = {
  name: 'heldout346-arc-fusion-investigation-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: iH,
  body: texts([
    'Retailers push protection plans at the checkout. Our survey found many buyers are refused when they claim.',
    ...i1,
    ...i2,
    iPull,
    ...i3,
    ...i4,
  ]),
  bylines: ['Priya Vantongeren', 'Marcus Ellery-Dunn', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalize content.', 'I agree', 'Privacy settings', 'Consumer Ledger', 'Become a member', ...iNav, 'Investigation',
    ...iShare, 'A technician inspects a television returned under a protection plan.', 'Photo: Ledger Lab/Ines Harcastle', 'Read more:',
    'Should you repair or replace a broken TV?', 'Odile Marchetti, Ledger member', 'Members get full access to ratings and investigations.', 'Join now',
    'Get our Money & Rights newsletter', 'Weekly investigations into how companies treat their customers.', 'Sign up', 'More from Consumer Ledger', ...iMore,
    'Advertisement', 'About us', 'Careers', 'Privacy policy', 'Terms of use', 'Contact', '© 2026 Consumer Ledger, an invented nonprofit. All rights reserved.',
  ],
};

export const HELDOUT346_F: readonly TestPage[] = [ledger, ...HELDOUT346_F2];
