import { links, type TestPage, texts } from './page-kit.js';
import { kickstarter } from './pages-heldout282-e2.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file e: an App Store listing as the web store saves it (global nav, local nav "App Store Preview", the
 * product header with the h1 carrying the age-rating badge, subtitle, developer, chart rank and rating, screenshots, the
 * description as one paragraph cut by line breaks with its "more" toggle, "What’s New" with version and date, ratings and
 * reviews, app privacy cards, the information list, "More By This Developer", "You Might Also Like" and the footer) and, from
 * file e2, a Kickstarter project page.
 */
const pTitle = 'Tidepool: Field Journal';
const pDesc = pp(`
Tidepool is a quiet, offline field journal for people who walk the shore. Log what you see, when you saw it and what the tide
was doing, and build a private record of your favourite coastline season by season.

Every entry is tied to the tide. Tidepool predicts high and low water for more than four thousand harbours, so your notes
automatically show whether you were out at a spring low or on a neap, and you can find the best days for your next walk.

We built Tidepool for ourselves after years of keeping soggy paper notebooks in our coat pockets. It is designed to be used with
cold fingers: big buttons, a dark mode for dawn walks, and an entry screen that opens in under a second, straight from the lock
screen widget.

FEATURES

• Quick entries with photos, sketches and voice notes, even with no signal

• Tide curves, sunrise and moonrise for every saved place

• A species list you can build yourself, with no crowd-sourced guesses

• Export your journal as PDF or plain text whenever you like

Tidepool has no ads and never sells your data. The app is free to use with up to three saved places; Tidepool Plus unlocks
unlimited places, tide alerts and yearly summaries.
`);
const pNew = pp(`
Tide predictions now cover the full winter season for harbours in the southern hemisphere.

Sketches in an entry can be reordered by dragging, and the pencil keeps its colour between entries.

Fixed an issue where a voice note recorded in airplane mode could be saved without sound.
`);
const pNav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const pInfo = [
  ['Seller', 'Lanternfish Labs Ltd'],
  ['Size', '48.3 MB'],
  ['Category', 'Travel'],
  ['Compatibility', 'Requires iOS 16.0 or later.'],
  ['Languages', 'English, French, German'],
  ['Age Rating', '4+'],
  ['Copyright', '© 2026 Lanternfish Labs Ltd'],
];
const pMore = ['Moonwatch: Night Sky Log', 'Rockpool Atlas'];
const pLike = ['Shoreline Tides Pro', 'Birdsong Notebook', 'Trailmark Offline Maps'];
const pFoot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const pRevs = [
  ['Worth every penny of Plus', 'gullwatcher_88', 'I have used it every weekend for a year. The tide curves alone beat every other app I have tried.'],
  ['Please add sync', 'Marram Kay', 'Lovely app. I would pay more for iPad and iPhone to share one journal.'],
];
const pHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>Tidepool: Field Journal App - App Store</title>
<meta name="description" content="Download Tidepool: Field Journal by Lanternfish Labs Ltd on the App Store.">
<meta property="og:title" content="Tidepool: Field Journal"><meta name="apple:content_id" content="6477120458">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"Tidepool: Field Journal",
"author":{"@type":"Person","name":"Lanternfish Labs Ltd"},"applicationCategory":"Travel","operatingSystem":"Requires iOS 16.0 or later."}</script>
<meta name="web-experience-app/config/environment" content="%7B%22modulePrefix%22%3A%22web-experience-app%22%7D"></head>
<body class="no-js no-touch"><nav id="ac-globalnav" class="js no-touch" role="navigation" aria-label="Global" lang="en-GB"><div class="ac-gn-content">
<ul class="ac-gn-list">${links(pNav, 'ac-gn-item')}</ul></div></nav>
<div class="ember-view"><nav class="localnav" aria-label="App Store Preview"><span class="localnav-title">App Store Preview</span></nav>
<main class="selfclear is-apps-theme" id="main"><div class="animation-wrapper is-visible"><section class="l-content-width section section--hero product-hero">
<div class="l-row"><picture class="we-artwork we-artwork--downloaded product-hero__artwork we-artwork--fullwidth app-icon"><img
src="https://is1-ssl.mzstatic.example/image/thumb/Purple211/v4/tidepool/AppIcon-0-1x_U007emarketing.png/230x0w.webp" alt=""></picture>
<header class="product-header app-header product-header--padded-start"><h1 class="product-header__title app-header__title">${pTitle}
<span class="badge badge--product-title">4+</span></h1><h2 class="product-header__subtitle app-header__subtitle">Log shore walks by the tide</h2>
<h2 class="product-header__identity app-header__identity"><a class="link" href="https://apps.apple.example/gb/developer/lanternfish/id1559">Lanternfish
Labs Ltd</a></h2><ul class="product-header__list app-header__list"><li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact">
<li class="inline-list__item">#31 in Travel</li></ul></li><li class="product-header__list__item"><figure class="we-star-rating"
aria-label="4.8 out of 5"><figcaption class="we-rating-count star-rating__count">4.8 • 1.9K Ratings</figcaption></figure></li></ul>
<ul class="product-header__list app-header__list"><li class="product-header__list__item app-header__list__item--price">Free</li>
<li class="product-header__list__item app-header__list__item--in-app-purchase">Offers In-App Purchases</li></ul></header></div></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">Screenshots</h2><div class="we-screenshot-viewer__screenshots">
<ul class="l-row l-row--peek"><li class="l-column small-2"><picture><img alt="" src="https://is1-ssl.mzstatic.example/tidepool/shot1.png"></picture></li></ul>
</div><p class="we-screenshot-viewer__platform">iPhone</p></section>
<section class="l-content-width section section--bordered"><div class="section__description"><div class="l-row"><div class="we-truncate
we-truncate--multi-line
we-truncate--interactive l-column small-12 medium-9 large-8" style="--max-lines: 5;"><p dir="ltr" data-test-bidi>${pDesc.join('<br>\n<br>\n')}</p>
<button class="we-truncate__button we-truncate__button--top-offset link">more</button></div></div></div></section>
<section class="l-content-width section section--bordered whats-new"><div class="section__nav section__nav--small"><h2 class="section__headline">What’s
New</h2>
<a href="#" class="link section__nav__see-all-link">Version History</a></div><div class="l-row whats-new__content"><div class="l-column small-12 medium-3
large-4 small-valign-top whats-new__latest"><div class="l-row"><time data-test-we-datetime datetime="2026-10-01T00:00:00.000Z" aria-label="1 October 2026"
class="" >1 Oct 2026</time><p class="l-column small-6 medium-12 whats-new__latest__version">Version 3.4.0</p></div></div>
<div class="we-truncate we-truncate--multi-line l-column small-12 medium-9 large-8"><p dir="ltr"
data-test-bidi>${pNew.join('<br>\n<br>\n')}</p></div></div></section>
<section class="l-content-width section section--bordered"><div class="section__nav"><h2 class="section__headline">Ratings and Reviews</h2>
<a href="#" class="link section__nav__see-all-link">See All</a></div><div class="we-customer-ratings lockup"><span
class="we-customer-ratings__averages__display">4.8</span>
<p class="we-customer-ratings__averages__max">out of 5</p><p class="we-customer-ratings__count">1.9K Ratings</p></div><div class="l-row l-row--peek">
${pRevs
  .map(
    (r) => `<div class="we-customer-review lockup"><h3 class="we-truncate we-customer-review__title">${r[0]}</h3>
<span class="we-truncate we-customer-review__user">${r[1]}</span><blockquote class="we-truncate we-customer-review__body"><p>${r[2]}</p></blockquote></div>`,
  )
  .join('\n')}</div></section>
<section class="l-content-width section section--bordered app-privacy"><h2 class="section__headline">App Privacy</h2>
<p>The developer, <a href="#">Lanternfish Labs Ltd</a>, indicated that the app’s privacy practices may include handling of data as described below.</p>
<div class="app-privacy__card"><h3 class="privacy-type__heading">Data Not Collected</h3><p class="privacy-type__description">The developer does not collect
any
data from this app.</p></div></section>
<section class="l-content-width section section--bordered section--information"><h2 class="section__headline">Information</h2>
<dl class="information-list information-list--app">${pInfo
  .map(
    ([k, v]) =>
      `<div class="information-list__item l-row"><dt class="information-list__item__term">${k}</dt>
<dd class="information-list__item__definition">${v}</dd></div>`,
  )
  .join('\n')}</dl></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">More By This
Developer</h2><ul>${links(pMore, 'l-column')}</ul></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">You Might Also
Like</h2><ul>${links(pLike, 'l-column')}</ul></section>
</div></main></div>
<footer id="ac-globalfooter" class="no-js" role="contentinfo" lang="en-GB"><div class="ac-gf-content"><p class="ac-gf-buystrip-info">More ways to shop: find
a retailer
near you.</p><div class="ac-gf-footer-legal"><p class="ac-gf-footer-legal-copyright">Copyright © 2026 Apple Inc. All rights reserved.</p>
<ul class="ac-gf-footer-legal-links">${lis(pFoot, 'ac-gf-footer-legal-link')}</ul></div></div></footer>
<script src="/assets/web-experience-app.js"></script></body></html>`;
const appStore: TestPage = {
  name: 'heldout282-app-store-listing',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['What’s New'],
  body: texts([...pDesc, ...pNew]),
  bylines: ['Lanternfish Labs Ltd', '1 Oct 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, 'App Store Preview', 'Log shore walks by the tide', '#31 in Travel', '4.8 • 1.9K Ratings', 'Free', 'Offers In-App Purchases',
    'Screenshots', 'Version History', 'Version 3.4.0', 'Ratings and Reviews', 'See All', 'out of 5', '1.9K Ratings', ...pRevs.flat(),
    'App Privacy', 'The developer, Lanternfish Labs Ltd, indicated that the app’s privacy practices may include handling of data as described below.',
    'Data Not Collected', 'The developer does not collect any data from this app.', 'Information',
    ...pInfo.flat().filter((t) => t !== 'Lanternfish Labs Ltd' && t !== '4+'), 'More By This Developer', ...pMore, 'You Might Also Like', ...pLike,
    'More ways to shop: find a retailer near you.', 'Copyright © 2026 Apple Inc. All rights reserved.', ...pFoot,
  ],
};

export const HELDOUT282_E: readonly TestPage[] = [appStore, kickstarter];
