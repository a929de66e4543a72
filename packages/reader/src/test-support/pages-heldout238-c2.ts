import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file c2: a Refinery29-style shoppable listicle (React story template): the commerce disclaimer, byline
 * with the contributor and date, share buttons, numbered item sections each with an h2, a paragraph and a product card
 * (retailer, price, "Shop Now"), a mid-story "Read These Stories Next" module, tags, the "Like what you see?" newsletter
 * box, the footer and the consent banner.
 */
const rTitle = 'The 7 Spring Sandals Our Editors Are Actually Wearing This Year';
const rIntro = [
  `There is a particular joy in the first day of the year warm enough to take your socks off. After months in boots, your feet deserve a
sandal that looks good and does not leave blisters by the afternoon, so we asked our fashion team what they have bought, broken in and kept.`,
  `From chunky fisherman styles to a strappy heel you can walk in, these are the seven pairs they keep reaching for.`,
];
const rItems: [string, string, string, string][] = [
  [
    'A Fisherman Sandal That Goes With Everything',
    `Our senior market editor has owned this pair for two summers, and the leather has softened into something close to a slipper. The closed
toe makes it work with cropped trousers at the office and with a slip dress at the weekend.`,
    'Calder & Finch',
    '$128',
  ],
  [
    'The Flat Slide For Hot Commutes',
    `A padded footbed and one wide strap mean nothing rubs, even after a long walk from the station. It comes in eleven colours, but the
butter yellow is the one that sold out first in our office.`,
    'Mireille',
    '$89',
  ],
  [
    'A Sporty Strap Sandal With Real Grip',
    `If your weekend involves anything more rugged than a farmers' market, this is the one. The rubber sole handles wet rocks and the straps
adjust in three places, so it stays put on narrow feet.`,
    'Trailhouse',
    '$75',
  ],
  [
    'The Low Block Heel You Can Dance In',
    `Our beauty director wore these to two weddings last year and danced through both. The heel is barely five centimetres, wide and stable,
and the ankle strap has a hidden elastic panel.`,
    'Osei Studio',
    '$165',
  ],
  [
    'A Woven Mule For Holiday',
    `Hand-woven raffia packs flat into a suitcase and looks right with linen. Size up by half if you are between sizes, because the weave is
snug at first.`,
    'Lanza',
    '$98',
  ],
  [
    'The Platform Flip-Flop, Grown Up',
    `Yes, the platform flip-flop is back, and this version has a moulded suede footbed that makes it far more comfortable than the foam ones of
our teens. Our social editor says it adds height without any wobble.`,
    'Pollen Row',
    '$60',
  ],
  [
    'A Minimal Strappy Sandal For Evenings',
    `Two thin straps and a barely-there sole make this the pair for dinners out. It is not made for miles, but for a few hours it is far kinder
than it looks.`,
    'Vesna',
    '$140',
  ],
];
const rNext = ['We Tested 14 Linen Trousers. These Are The Ones Worth Buying', 'The Swimsuit Trends You Will See Everywhere This Summer'];
const rNav = ['Fashion', 'Beauty', 'Wellness', 'Entertainment', 'Shopping', 'Unbothered', 'Work & Money'];
const rTags = ['Shopping', 'Shoes', 'Sandals', 'Spring Fashion'];
const rFoot = ['About Us', 'Careers', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Info', 'Sitemap'];
const rDisc = `At Plumline, we're here to help you navigate this overwhelming world of stuff. All of our market picks are independently selected and
curated by the editorial team. If you buy or click on something we link to on our site, we may earn a commission.`;
const rCard = (
  i: number,
  it: [string, string, string, string],
): string => `<div class="section-outer-container"><div class="section-container section-text-container">
<div class="section-text"><h2>${i + 1}. ${it[0]}</h2></div><div class="section-text"><p>${it[1]}</p></div></div>
<div class="section-container section-product-container"><div class="product-listing" data-product-id="pl-${4410 + i}"><div class="product-image">
<img src="https://s1.plumline.example/images/2026/03/sandal-${i + 1}.webp" alt="${it[2]} sandal" loading="lazy"></div><div class="product-details">
<span class="product-brand">${it[2]}</span><span class="product-price">${it[3]}</span>
<a class="product-buy-button" href="https://go.plumline-shop.example/${i}" rel="sponsored noopener" target="_blank">Shop Now</a></div></div></div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle}</title>
<meta name="description" content="Our fashion editors share the sandals they bought, broke in and kept wearing."><meta property="og:type" content="article">
<meta property="article:section" content="Fashion"><meta name="author" content="Bea Lindqvist"><link rel="canonical"
href="https://www.plumline.example/en-us/best-spring-sandals-2026">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","datePublished":"2026-03-09T14:15:00.000Z",
"author":[{"@type":"Person","name":"Bea Lindqvist"}],"publisher":{"@type":"Organization","name":"Plumline"}}</script>
<script>window.__INITIAL_STATE__={"entity":{"id":11452210,"type":"article","sponsored":false,"shoppable":true},"edition":"en-us"};</script></head>
<body><div id="r29-app"><div class="ad ad-header" data-ad-slot="leaderboard"><span class="ad-label">Advertisement</span></div>
<header class="header" role="banner"><div class="header-top"><a class="logo" href="/en-us">Plumline</a></div><nav class="main-nav" aria-label="Main">
<ul>${links(rNav, 'nav-item')}</ul></nav></header>
<main id="main-content"><article class="story"><div class="story-header"><div class="story-header-section"><a class="section-link"
href="/en-us/fashion">Fashion</a></div>
<h1 class="title">${rTitle}</h1>
<div class="byline-container"><div class="byline"><span class="contributor">Written by <a href="/en-us/author/bea-lindqvist">Bea Lindqvist</a></span>
<div class="byline-date">Last Updated March 9, 2026, 2:15 PM</div></div>
<div class="share-toolbar"><button class="share-facebook" aria-label="Share on Facebook">Share</button><button class="share-pinterest">Pin</button>
<button class="share-email">Email</button></div></div></div>
<div class="story-content"><div class="section-outer-container"><div class="section-text commerce-disclaimer"><p><em>${rDisc}</em></p></div></div>
<div class="section-outer-container"><div class="section-text">${ps(rIntro)}</div></div>
${rItems
  .slice(0, 3)
  .map((it, i) => rCard(i, it))
  .join('\n')}
<div class="inline-recirc"><h3 class="recirc-title">Read These Stories Next</h3><ul>${links(rNext, 'recirc-item')}</ul></div>
<div class="ad ad-inline" data-ad-slot="mid-article"><span class="ad-label">Advertisement</span></div>
${rItems
  .slice(3)
  .map((it, i) => rCard(i + 3, it))
  .join('\n')}
<div class="section-outer-container"><div class="section-text"><p class="product-disclaimer"><em>All product details reflect the price and availability
at the time of publication.</em></p></div></div></div>
<div class="story-tags"><ul>${links(rTags, 'tag')}</ul></div>
<div class="newsletter-signup"><h3>Like what you see? How about some more Plumline goodness, right here?</h3><form><input type="email"
placeholder="Enter your email"
aria-label="Email"><button type="submit">Sign Up</button></form></div></article></main>
<footer class="footer"><ul class="footer-links">${links(rFoot, 'footer-link')}</ul><p class="copyright">© 2026 Plumline Inc. All Rights Reserved.</p></footer>
<div id="consent-banner" class="fc-consent-root" role="dialog"><p class="fc-dialog-headline">Plumline asks for your consent to use your personal data to:</p>
<p class="fc-stacks">Personalised advertising and content, advertising and content measurement, audience research and services development</p>
<button class="fc-cta-consent">Consent</button><button class="fc-cta-manage-options">Manage options</button></div></div>
<script src="https://www.plumline.example/assets/story.7f3c2d.js" async></script></body></html>`;
export const listicle: TestPage = {
  name: 'heldout238-refinery29-style-shoppable-listicle',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rItems.map((it, i) => `${i + 1}. ${it[0]}`),
  body: texts([...rIntro, ...rItems.map((it) => it[1])]),
  bylines: ['Written by Bea Lindqvist', 'Last Updated March 9, 2026, 2:15 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Plumline', ...rNav, 'Share', 'Pin', 'Email', rDisc, ...rItems.flatMap((it) => [it[2], it[3]]), 'Shop Now', 'Read These Stories Next',
    ...rNext, 'All product details reflect the price and availability at the time of publication.', ...rTags,
    'Like what you see? How about some more Plumline goodness, right here?', 'Sign Up', ...rFoot, '© 2026 Plumline Inc. All Rights Reserved.',
    'Plumline asks for your consent to use your personal data to:',
    'Personalised advertising and content, advertising and content measurement, audience research and services development', 'Consent', 'Manage options',
  ],
};
