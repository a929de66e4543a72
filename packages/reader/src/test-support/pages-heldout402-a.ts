import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout402-kit.js';

/**
 * Held-out batch 402, file a: an App Store app page (global nav, product header with seller, rating and price, screenshots,
 * the description, What's New with version history link, ratings and reviews, App Privacy cards, the Information list,
 * More By This Developer and You Might Also Like shelves, the global footer) and a Google Play listing (top bar, header with
 * developer, rating and install counts, install button, screenshots, About this app, Updated on, Data safety, ratings and
 * reviews, What's new, the Similar apps and developer contact rails, the footer).
 */
const aTitle = 'Tidewell: Sleep Sounds & Tides';
const aDesc = [
  j(
    'Tidewell turns the rhythm of the sea into a bedtime routine. Every soundscape is recorded on a real shoreline, at night, with',
    'microphones placed at the waterline, so what you hear is the tide itself rather than a loop made in a studio.',
  ),
  j(
    'Pick a coast, set how long you want to listen, and Tidewell slowly lowers the volume as you fall asleep. If you wake in the',
    'night, a single tap brings the sound back at the level you chose, without lighting up the whole screen.',
  ),
  'WHAT YOU CAN DO WITH TIDEWELL:',
];
const aFeatures = [
  'Listen to more than sixty shoreline recordings, from shingle beaches to sheltered harbours',
  'Mix up to three layers, such as rain on a tin roof, a distant foghorn and waves on sand',
  'Follow the live tide: the app can match the recording to the tide table of a harbour you choose',
  'Use the gentle alarm, which brings the sea back in over fifteen minutes before your wake-up time',
  'Download recordings for flights and cabins with no signal',
];
const aDesc2 = [
  j(
    'Tidewell is free to try for seven days. After the trial, a subscription unlocks the full library and the tide-matching feature;',
    'a small set of recordings stays free for good. Payment is charged to your account at confirmation of purchase, and the',
    'subscription renews unless it is turned off at least a day before the end of the current period.',
  ),
  j(
    'You do not need an account to use Tidewell. Your mixes and timers are kept on the device and, if you like, in your own cloud',
    'backup, and we never see which coast you fall asleep to.',
  ),
];
const aNew = [
  j(
    'This update adds six new recordings from the northern islands, including a long night of surf on a boulder beach that testers',
    'told us was the most restful thing in the app.',
  ),
  j(
    'We also fixed a bug where the sleep timer could stop early if you locked the phone while a mix was fading in, and the gentle',
    'alarm now respects the silent switch on devices that have one.',
  ),
];
const aReviews = [
  'I have tried every rain app going and this is the first one where the sound does not loop in a way I can hear at three in the morning.',
  'Lovely recordings but please add a way to favourite a mix without starting it. Otherwise perfect.',
];
const aInfo = ['Seller', 'Size', 'Category', 'Compatibility', 'Languages', 'Age Rating', 'Copyright', 'Price', 'In-App Purchases'];
const aMore = ['Tidewell Kids: Bedtime Waves', 'Harbour Clock: Tide Tables'];
const aLike = ['Quietfield: Rain Sounds', 'Slumber Atlas', 'Nightjar White Noise', 'Breathe Along'];
const aNav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const aFoot = ['Shop and Learn', 'Apple Wallet', 'Account', 'Entertainment', 'Apple Store', 'For Business', 'Apple Values', 'About Apple'];
const aHtml = `<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en-GB"><head>
<meta charset="utf-8"><title>Tidewell: Sleep Sounds &amp; Tides on the App Store</title>
<meta name="description" content="Download Tidewell: Sleep Sounds &amp; Tides by Harrow Bay Software Ltd on the App Store. See screenshots, ratings and
reviews.">
<meta property="og:title" content="Tidewell: Sleep Sounds &amp; Tides"><meta property="og:site_name" content="App Store">
<meta name="twitter:site" content="@AppStore"><meta name="apple:content_id" content="6471203388">
<link rel="canonical" href="https://apps.apple.com/gb/app/tidewell-sleep-sounds-tides/id6471203388">
<link rel="stylesheet" href="/assets/web-experience-app.css">
<script name="schema:software-application" type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication",
"name":"Tidewell: Sleep Sounds & Tides","author":{"@type":"Person","name":"Harrow Bay Software Ltd"},"applicationCategory":"Health & Fitness",
"aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"reviewCount":2318},"offers":{"@type":"Offer","price":0,"priceCurrency":"GBP"}}</script>
<script>window.EmberENV={"FEATURES":{}};</script></head>
<body class="no-js no-touch"><div id="globalheader"><aside id="ac-gn-segmentbar" class="ac-gn-segmentbar" lang="en-GB" dir="ltr"></aside>
<nav id="ac-globalnav" class="js no-touch" role="navigation" aria-label="Global" lang="en-GB" dir="ltr">
<div class="ac-gn-content"><ul class="ac-gn-list"><li class="ac-gn-item ac-gn-apple"><a class="ac-gn-link ac-gn-link-apple" href="/gb/">
<span class="ac-gn-link-text">Apple</span></a></li>
${links(aNav, 'ac-gn-item ac-gn-item-menu')}</ul></div></nav></div>
<div class="ember-view" id="ember3"><main class="selfclear is-apps-theme"><div class="animation-wrapper is-visible"><section class="l-content-width section
section--hero product-hero"><div class="l-row"><div class="l-column small-5 medium-3 large-3">
<picture class="we-artwork we-artwork--downloaded product-hero__artwork we-artwork--fullwidth we-artwork--ios-app-icon"><img class="we-artwork__image"
src="/image/thumb/Purple/tidewell-icon.png" alt="" height="230" width="230"></picture></div>
<div class="l-column small-7 medium-9 large-9 small-valign-top"><header class="product-header app-header product-header--padded-start">
<h1 class="product-header__title app-header__title">${aTitle}
<span class="badge badge--product-title">4+</span></h1>
<h2 class="product-header__subtitle app-header__subtitle">Fall asleep to real shorelines</h2>
<h2 class="product-header__identity app-header__identity"><a class="link" href="/gb/developer/harrow-bay-software-ltd/id1544002310">
Harrow Bay Software Ltd</a></h2>
<ul class="product-header__list app-header__list"><li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact">
<li class="inline-list__item">#14 in Health &amp; Fitness</li></ul></li>
<li class="product-header__list__item"><ul class="inline-list"><li class="inline-list__item"><figure class="we-star-rating" aria-label="4.7 out of 5">
<figcaption class="we-rating-count star-rating__count">4.7 • 2.3K Ratings</figcaption></figure></li></ul></li>
<li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact">
<li class="inline-list__item inline-list__item--bulleted app-header__list__item--price">Free</li>
<li class="inline-list__item inline-list__item--bulleted app-header__list__item--in-app-purchase">Offers In-App Purchases</li></ul></li></ul>
</header></div></div></section></div>
<section class="l-content-width section section--bordered"><h2 class="section__headline">Screenshots</h2><div class="we-screenshot-viewer">
<ul class="l-row l-row--peek we-screenshot-viewer__screenshots-list"><li class="l-column small-2 medium-3 large-3"><picture class="we-artwork">
<img src="/image/thumb/Purple/tidewell-1.png" alt=""></picture></li></ul><p class="we-screenshot-viewer__platform">iPhone</p></div></section>
<section class="l-content-width section section--bordered"><div class="section__description"><div class="l-row"><div class="we-truncate
we-truncate--multi-line we-truncate--interactive l-column small-12 medium-9 large-8" dir="">
<p dir="ltr" data-test-bidi="">${aDesc.join('<br><br>')}<br>${aFeatures.map((f) => `• ${f}`).join('<br>')}<br><br>${aDesc2.join('<br><br>')}</p>
<button class="we-truncate__button we-truncate__button--top-offset link">more</button></div>
<div class="l-column small-12 medium-3 large-4 small-valign-top"><dl class="app-header__designed-for"><dt>Developer</dt>
<dd><a class="link icon icon-after icon-chevron" href="/gb/developer/harrow-bay-software-ltd/id1544002310">Harrow Bay Software Ltd</a></dd></dl>
</div></div></div></section>
<section class="l-content-width section section--bordered whats-new"><div class="section__nav section__nav--small">
<h2 class="section__headline">What&#39;s New</h2><a class="link section__nav__see-all-link" href="#">Version History</a></div>
<div class="l-row whats-new__content"><div class="l-column small-12 medium-3 large-4 small-valign-top whats-new__latest">
<div class="l-row"><time data-test-we-datetime="" datetime="2026-02-26T00:00:00.000Z" aria-label="26 February 2026"
class="" >26 Feb 2026</time><p class="l-column small-6 medium-12 whats-new__latest__version">Version 4.3.1</p></div></div>
<div class="we-truncate we-truncate--multi-line l-column small-12 medium-9 large-8"><p dir="ltr">${aNew.join('<br><br>')}</p></div></div></section>
<section class="l-content-width section section--bordered"><div class="section__nav"><h2 class="section__headline">Ratings and Reviews</h2>
<a class="link section__nav__see-all-link" href="#see-all/reviews">See All</a></div><div class="we-customer-ratings lockup">
<span class="we-customer-ratings__averages__display">4.7</span> <p class="we-customer-ratings__count">2.3K Ratings</p></div>
<div class="l-row l-row--peek">${aReviews
  .map(
    (r, i) => `<div class="l-column--grid small-valign-top we-customer-review lockup"><figure class="we-star-rating" aria-label="5 out of 5"></figure>
<div class="we-customer-review__header"><span class="we-truncate we-customer-review__user">${['mossy_owl', 'Kit from Leith'][i]}</span>
<time class="we-customer-review__date">${['11/02/2026', '03/01/2026'][i]}</time></div><h3 class="we-customer-review__title">${
      ['Finally, no loops', 'Nearly perfect'][i]
    }</h3>
<blockquote class="we-customer-review__body"><p>${r}</p></blockquote></div>`,
  )
  .join('\n')}</div></section>
<section class="l-content-width section section--bordered app-privacy"><h2 class="section__headline">App Privacy</h2>
<p class="app-privacy__description">The developer, Harrow Bay Software Ltd, indicated that the app&#39;s privacy practices may include handling of data
as described below.</p><div class="app-privacy__card"><h3 class="privacy-type__heading">Data Not Linked to You</h3>
<p class="privacy-type__description">The following data may be collected but it is not linked to your identity:</p></div></section>
<section class="l-content-width section section--bordered section--information"><h2 class="section__headline">Information</h2>
<dl class="information-list information-list--app medium-columns l-row">${aInfo
  .map(
    (k, i) => `<div class="information-list__item l-column small-12 medium-6 large-4 small-valign-top"><dt class="information-list__item__term
medium-valign-top">${k}</dt><dd class="information-list__item__definition">${
      [
        'Harrow Bay Software Ltd',
        '118.4 MB',
        'Health &amp; Fitness',
        'Works on this iPhone',
        'English, Welsh',
        '4+',
        '© 2026 Harrow Bay Software Ltd',
        'Free',
        'Tidewell Annual £24.99',
      ][i]
    }</dd></div>`,
  )
  .join('\n')}</dl></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">More By This Developer</h2>
<ul class="l-row">${links(aMore, 'l-column small-2 medium-3 large-2')}</ul></section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">You Might Also Like</h2>
<ul class="l-row">${links(aLike, 'l-column small-2 medium-3 large-2')}</ul></section></main></div>
<footer id="ac-globalfooter" class="js no-touch" role="contentinfo" lang="en-GB" dir="ltr"><div class="ac-gf-content">
<nav class="ac-gf-directory with-5-columns"><ul>${links(aFoot, 'ac-gf-directory-column-section')}</ul></nav>
<section class="ac-gf-footer"><div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2026 Apple Inc. All rights reserved.</div>
<div class="ac-gf-footer-legal-links"><a class="ac-gf-footer-legal-link" href="/legal/privacy/">Privacy Policy</a>
<a class="ac-gf-footer-legal-link" href="/legal/">Terms of Use</a><a class="ac-gf-footer-legal-link" href="/shop/goto/help/sales_refunds">Sales Policy</a></div>
</div></section></div></footer>
<script src="/assets/vendor.js"></script><script src="/assets/web-experience-app.js"></script></body></html>`;
const appStore: TestPage = {
  name: 'heldout402-app-store-app-page',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ["What's New"],
  body: texts([...aDesc, ...aFeatures.map((f) => `• ${f}`), ...aDesc2, ...aNew]),
  bylines: ['Harrow Bay Software Ltd', '26 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple', ...aNav, 'Fall asleep to real shorelines', '#14 in Health & Fitness', '4.7 • 2.3K Ratings', 'Offers In-App Purchases', 'Screenshots',
    'iPhone', 'Developer', 'Version History', 'Version 4.3.1', 'Ratings and Reviews', 'See All', '2.3K Ratings', ...aReviews, 'mossy_owl',
    'Kit from Leith', 'Finally, no loops', 'Nearly perfect', 'App Privacy', 'Data Not Linked to You',
    'The following data may be collected but it is not linked to your identity:', 'Information', ...aInfo, '118.4 MB', 'Works on this iPhone',
    'English, Welsh', '© 2026 Harrow Bay Software Ltd', 'Tidewell Annual £24.99', 'More By This Developer', ...aMore, 'You Might Also Like', ...aLike,
    ...aFoot, 'Copyright © 2026 Apple Inc. All rights reserved.', 'Privacy Policy', 'Terms of Use', 'Sales Policy',
  ],
};

const gTitle = 'Ledgerlark - Budget & Bills';
const gAbout = [
  j(
    'Ledgerlark is a budgeting app for people who hate budgeting apps. Instead of asking you to sort every coffee into a category,',
    'it watches the bills that come round every month and tells you, each payday, how much is really yours to spend.',
  ),
  j(
    'Add your regular bills once, or let Ledgerlark spot them in your bank statements, and it builds a calendar of what leaves your',
    'account and when. The number on the home screen is simple: what is left after everything that is already promised.',
  ),
  'Key features:',
];
const gFeat = [
  '★ Bill calendar that shows the next thirty days at a glance',
  '★ Safe-to-spend figure, updated whenever a payment clears',
  '★ Group pots for flatmates and couples, with a running tally of who owes whom',
  '★ Reminders the day before a direct debit, so a low balance is never a surprise',
  '★ Export to a spreadsheet whenever you want your data elsewhere',
];
const gAbout2 = [
  j(
    'Ledgerlark reads your statements only when you ask it to and never stores your banking password. Bank connections use',
    'read-only access, which you can withdraw at any time from the settings screen.',
  ),
  j(
    'The core app is free. Ledgerlark Plus adds unlimited shared pots, custom pay cycles for people paid every four weeks, and a',
    'yearly review that compares your bills with the year before.',
  ),
  j(
    'We are a small team and read every message. If a bill is detected wrongly, long-press it to tell Ledgerlark what it really is,',
    'and it will learn from the correction for the next month.',
  ),
];
const gNew = [
  'Version 3.8 brings a darker dark mode and a widget that shows your safe-to-spend figure on the home screen.',
  'Group pots now remember who paid last, and we fixed a crash when importing statements with more than a thousand lines.',
];
const gReviews = [
  'The first money app that has stuck for more than a week. The safe-to-spend number is all I look at.',
  'Good idea but bank sync failed twice for my building society. Support replied within a day though.',
];
const gSimilar = ['Pennyfold: Expense Tracker', 'Monthwise Budget Planner', 'Splitkettle - Shared Bills'];
const gTags = ['Finance', 'Budgeting', 'Personal finance'];
const gTop = ['Games', 'Apps', 'Movies & TV', 'Books', 'Kids'];
const gFoot1 = ['Play Pass', 'Play Points', 'Gift cards', 'Redeem', 'Refund policy'];
const gFoot2 = ['Parent Guide', 'Family sharing', 'Terms of Service', 'Privacy', 'About Google Play', 'Developers', 'Google Store'];
const gHtml = `<!doctype html><html lang="en-US" dir="ltr"><head><base href="https://play.google.com/">
<meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ledgerlark - Budget &amp; Bills - Apps on Google Play</title>
<meta name="description" content="Ledgerlark is a budgeting app for people who hate budgeting apps.">
<meta property="og:title" content="Ledgerlark - Budget &amp; Bills - Apps on Google Play"><meta property="og:type" content="website">
<meta name="appstore:developer_url" content="https://ledgerlark.example"><meta name="appstore:bundle_id" content="com.ledgerlark.app">
<script nonce="x1" type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Ledgerlark - Budget & Bills",
"url":"https://play.google.com/store/apps/details?id=com.ledgerlark.app","applicationCategory":"FINANCE","operatingSystem":"ANDROID",
"author":{"@type":"Person","name":"Ledgerlark Money Ltd"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.5","ratingCount":"18204"}}</script>
<script nonce="x1">window.WIZ_global_data={"Im6cmf":"/store/_/PlayStoreUi","QrtxK":"0","S06Grb":""};</script>
<link rel="stylesheet" href="https://www.gstatic.example/_/PlayStoreUi/_/ss/k=boq-play.PlayStoreUi.x.css"></head>
<body jscontroller="pjICDe" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud cjGgHb d8Etdd LcUz9d"><div class="ZGwmwf"><header class="kIm3Tc">
<a href="/store/games" class="xiWsMb"><span class="FTsmlc">Google Play</span></a><nav class="XMlKJf"><ul class="RoRMV">
${links(gTop, 'zZZ6Jc')}</ul></nav></header></div>
<c-wiz jsrenderer="w3Jc8" class="SSPGKf glB8Bd" jsdata="deferred-i7" jsmodel="hc6Ubd"><div class="T4LgNb" jsname="a9kxte"><div class="kFwPee">
<div class="tU8Y5c"><div class="P9KVBf"><div class="Il7kR"><img src="https://play-lh.example/ledgerlark=s48" class="T75of cN0oRe fFmL2e" alt="Icon image">
<div class="Fd93Bb ynrBgc xwcR9d"><h1 itemprop="name"><span class="AfwdI">${gTitle}</span></h1></div></div>
<div class="tv4jIf"><div class="Vbfug auoIOc"><a href="/store/apps/dev?id=881203344"><span>Ledgerlark Money Ltd</span></a></div>
<div class="ulKokd">Contains ads<span class="UIuSk">In-app purchases</span></div></div>
<div class="JU1wdd"><div class="l8YSdd"><div class="w7Iutd"><div class="wVqUob"><div class="ClM7O">4.5<i class="google-material-icons">star</i></div>
<div class="g1rdde">18.2K reviews</div></div><div class="wVqUob"><div class="ClM7O">1M+</div><div class="g1rdde">Downloads</div></div>
<div class="wVqUob"><div class="ClM7O"><span itemprop="contentRating"><span>Everyone</span></span></div></div></div></div></div>
<div class="FuZTic"><button class="VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-k8QpJ"><span class="VfPpkd-vQzf8d">Install</span></button>
<button class="VfPpkd-Bz112c-LgbsSe"><span class="VfPpkd-vQzf8d">Share</span></button><button class="VfPpkd-Bz112c-LgbsSe">
<span class="VfPpkd-vQzf8d">Add to wishlist</span></button></div></div></div></div></div>
<div class="wkMJlb YWi3ub"><div class="qZmL0"><div class="UbmABe"><div class="Kx3SBd" role="list"><img class="T75of B5GQxf" alt="Screenshot image"
src="https://play-lh.example/ledgerlark-shot1"></div></div>
<section class="HcyOxe"><header class="cswwxf"><div class="VMq4uf"><h2 class="XfZNbf">About this app</h2></div>
<button class="VfPpkd-Bz112c-LgbsSe" aria-label="See more information on About this app"></button></header>
<div class="SfzRHd"><meta itemprop="description" content="Ledgerlark is a budgeting app for people who hate budgeting apps.">
<div class="bARER" data-g-id="description">${gAbout.join('<br><br>')}<br>${gFeat.join('<br>')}<br><br>${gAbout2.join('<br><br>')}</div>
<div class="TKjAsc"><div><div class="lXlx5">Updated on</div><div class="xg1aie">Feb 20, 2026</div></div></div>
<div class="Uc6QCc">${gTags.map((t) => `<div class="VfPpkd-LgbsSe"><span class="VfPpkd-vQzf8d">${t}</span></div>`).join('')}</div></div></section>
<section class="HcyOxe"><header class="cswwxf"><h2 class="XfZNbf">Data safety</h2></header><div class="SfzRHd">
<div>Safety starts with understanding how developers collect and share your data. Data privacy and security practices may vary based on your use,
region, and age.</div><div class="XgPdwe"><h3 class="aFEzEb">No data shared with third parties</h3><h3 class="aFEzEb">Data is encrypted in transit</h3>
</div><a class="WpHeLc VfPpkd-mRLv6" href="/store/apps/datasafety?id=com.ledgerlark.app">See details</a></div></section>
<section class="HcyOxe"><header class="cswwxf"><h2 class="XfZNbf">Ratings and reviews</h2></header><div class="Jwxk6d">
<div class="P4w39d"><div class="jILTFe">4.5</div><div class="EHUI5b">18.2K reviews</div></div>${gReviews
  .map(
    (r, i) => `<div class="EGFGHd"><header class="c1bOId"><div class="YNR7H"><div class="X5PpBb">${['Orla Penhallow', 'D. Achterberg'][i]}</div></div>
<span class="bp9Aid">${['February 24, 2026', 'January 30, 2026'][i]}</span></header><div class="h3YV2d">${r}</div>
<div class="AJTPZc">${['214 people found this review helpful', '37 people found this review helpful'][i]}</div></div>`,
  )
  .join('\n')}
<div class="Jwxk6d"><span class="VfPpkd-vQzf8d">See all reviews</span></div></div></section>
<section class="HcyOxe"><header class="cswwxf"><h2 class="XfZNbf">What’s new</h2></header><div class="SfzRHd">
<div itemprop="description">${gNew.join('<br>')}</div></div></section></div>
<div class="tU8Y5c"><aside class="YJS0Pe"><header class="cswwxf"><h2 class="XfZNbf">App support</h2></header><div class="vfQhrf">
<div class="xFVDSb">Website</div><div class="pSEeg">ledgerlark.example</div><div class="xFVDSb">Email</div><div
class="pSEeg">help@ledgerlark.example</div></div>
<header class="cswwxf"><h2 class="XfZNbf">Similar apps</h2></header><ul>${links(gSimilar, 'ULeU3b')}</ul></aside></div></div></div></c-wiz>
<footer class="VXQnSe"><div class="Zcfxw"><ul>${links(gFoot1, 'XMlKJf')}</ul><ul>${links(gFoot2, 'XMlKJf')}</ul>
<div class="ooeaMe">All prices include VAT.</div><div class="oWNoef">United Kingdom (English (United Kingdom))</div></div></footer>
<script nonce="x1">AF_initDataCallback({key: 'ds:5', hash: '9', data:[["Ledgerlark - Budget & Bills"]], sideChannel: {}});</script></body></html>`;
const googlePlay: TestPage = {
  name: 'heldout402-google-play-listing',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['About this app', 'What’s new'],
  body: texts([...gAbout, ...gFeat, ...gAbout2, ...gNew]),
  bylines: ['Ledgerlark Money Ltd', 'Updated on', 'Feb 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Play', ...gTop, 'Contains ads', 'In-app purchases', '18.2K reviews', 'Downloads', 'Everyone', 'Install', 'Share', 'Add to wishlist', ...gTags,
    'Data safety', 'No data shared with third parties', 'Data is encrypted in transit', 'See details', 'Ratings and reviews', ...gReviews,
    'Orla Penhallow', 'D. Achterberg', 'February 24, 2026', 'January 30, 2026', '214 people found this review helpful',
    '37 people found this review helpful', 'See all reviews', 'App support', 'Website', 'Email', 'ledgerlark.example', 'help@ledgerlark.example',
    'Similar apps', ...gSimilar, ...gFoot1, ...gFoot2, 'All prices include VAT.', 'United Kingdom (English (United Kingdom))',
  ],
};

export const HELDOUT402_A: readonly TestPage[] = [appStore, googlePlay];
