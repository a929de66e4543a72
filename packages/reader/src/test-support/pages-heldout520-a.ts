import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file a: a bike-hire "how it works" page built on Webflow, and an e-scooter pricing page served by a
 * Next.js app (CSS-module class names, __NEXT_DATA__, an FAQ accordion).
 */
const lTitle = 'How Loopway works';
const lDek = 'Hire a bike from any of our 140 stations across Harrowby, ride where you like and leave it in any free dock.';
const lSteps = [
  { n: '01', h: 'Get the app', p: 'Download the Loopway app and add a payment card. You need to be 16 or over to ride, and 18 or over for an e-bike.' },
  {
    n: '02',
    h: 'Find a bike',
    p: 'The map shows every station with the number of bikes and free docks it has right now. Grey pins are stations that are full or empty.',
  },
  {
    n: '03',
    h: 'Unlock and ride',
    p: 'Scan the QR code on the handlebars or type in the bike number. The dock lets go of the bike with a click and your ride starts.',
  },
  { n: '04', h: 'Dock it', p: 'Push the front wheel firmly into a free dock until the light turns green. Your receipt arrives in the app within a minute.' },
];
const lGoodH = 'Good to know';
const lGood = [
  'Every ride of up to 30 minutes is included in your pass. After that it costs 10p a minute.',
  'If the station you ride to is full, the app gives you 15 extra minutes to reach the nearest one with space.',
  'E-bikes have a light on the top tube that shows how much battery is left. A full battery lasts about 50 km.',
  'You can hire up to four bikes at once on one account, for friends or family riding with you.',
];
const lLostH = 'If something goes wrong';
const lLost = [
  j(
    'Press the spanner button on the dock, or tap Report a problem in the app, if a bike has a flat tyre, loose brakes or a broken bell.',
    'We will lock it so nobody else takes it out. If a bike is stolen while you are riding it, report it to the police and call us',
    'within 24 hours so we can stop charging you.',
  ),
];
const lNav = ['Pricing', 'Stations map', 'Business', 'Help centre', 'Log in', 'Get the app'];
const lStats = ['140', 'stations', '1,600', 'bikes and e-bikes', '24/7', 'open all year'];
const lFootCo = ['About us', 'Careers', 'Press'];
const lFootRide = ['Pricing', 'Stations map', 'Safety tips'];
const lFootHelp = ['Help centre', 'Contact us', 'Report a damaged bike'];
const lLegal = ['Terms of use', 'Privacy policy', 'Cookie settings'];
const lHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 09 2027 10:21:44 GMT+0000 -->
<html data-wf-domain="www.loopway.bike" data-wf-page="65c1a0e7f2b3c41d8a9e0b12" data-wf-site="65c1a0e7f2b3c41d8a9e0a77" lang="en">
<head><meta charset="utf-8"><title>How it works | Loopway Bike Hire</title>
<meta content="Hire a Loopway bike in four steps: get the app, find a bike, unlock it and dock it." name="description">
<meta content="How it works | Loopway Bike Hire" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65c1a0e7/css/loopway.webflow.shared.4e1b2c.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&
c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LW8K2Q"></script>
<style>.w-richtext ul li{margin-bottom:8px}.fs-cc-banner_component{display:flex}</style></head>
<body class="body">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to keep
the map working and to see which pages people use.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65c1a0e7/loopway-logo.svg" loading="lazy"
alt="Loopway" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${lNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section hero-how"><div class="container w-container"><h1 class="heading-xl">${lTitle}</h1><p class="paragraph-lead">${lDek}</p>
<img src="https://assets-global.website-files.com/65c1a0e7/hero-dock.webp" loading="eager" sizes="100vw" alt="A row of blue bikes at a dock"
class="hero-image"></div></div>
<div class="section steps"><div class="container w-container"><div class="w-layout-grid steps-grid">
${lSteps
  .map(
    (s) => `<div class="step-card"><div class="step-number">${s.n}</div><h3 class="heading-s">${s.h}</h3>
<p class="step-text">${s.p}</p></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="section stats-strip"><div class="container w-container"><div class="w-layout-grid stats-grid">
<div class="stat"><div class="stat-number">140</div><div class="stat-label">stations</div></div>
<div class="stat"><div class="stat-number">1,600</div><div class="stat-label">bikes and e-bikes</div></div>
<div class="stat"><div class="stat-number">24/7</div><div class="stat-label">open all year</div></div></div></div></div>
<div class="section"><div class="container narrow w-container"><div class="rich-text w-richtext"><h2>${lGoodH}</h2><ul role="list">${lis(lGood)}</ul>
<h2>${lLostH}</h2>${ps(lLost)}</div></div></div>
<div class="section cta-app"><div class="container w-container"><h2 class="heading-l white">Ready to ride?</h2>
<p class="paragraph-white">Your first 30-minute ride is on us with code FIRSTLOOP.</p><div class="store-buttons">
<a href="https://apps.apple.com/app/loopway" class="store-link w-inline-block"><img src="/app-store.svg" alt="Download on the App Store"></a>
<a href="https://play.google.com/store/apps/details?id=bike.loopway" class="store-link w-inline-block"><img src="/google-play.svg"
alt="Get it on Google Play"></a></div></div></div>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
<div class="footer-col"><div class="footer-heading">Company</div>${lFootCo.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-col"><div class="footer-heading">Riding</div>${lFootRide.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-col"><div class="footer-heading">Support</div>${lFootHelp.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-bottom"><div class="copyright">© 2027 Loopway Mobility Ltd. Registered in England, company no. 11842093.</div>
<div class="legal-links">${lLegal.map((t) => `<a href="#" class="legal-link">${t}</a>`).join('')}</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65c1a0e7/js/webflow.8b1c2d.js" type="text/javascript"></script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></body></html>`;
const loopway: TestPage = finish({
  name: 'heldout520-webflow-bike-how',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [...lSteps.map((s) => s.h), lGoodH, lLostH],
  body: texts([lDek, ...lSteps.map((s) => s.p), ...lGood, ...lLost]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to keep the map working and to see which pages people use.', 'Preferences', 'Deny', 'Accept', ...lNav,
    ...lSteps.map((s) => s.n), ...lStats, 'Ready to ride?', 'Your first 30-minute ride is on us with code FIRSTLOOP.', 'Company', ...lFootCo,
    'Riding', ...lFootRide, 'Support', ...lFootHelp, '© 2027 Loopway Mobility Ltd. Registered in England, company no. 11842093.', ...lLegal,
  ],
});

const nTitle = 'Prices in Castlebridge';
const nDek = 'No subscription needed. Pay for each ride, or save with a pass if you ride most days.';
const nPlans = [
  { h: 'Pay as you go', price: '£1 to unlock, then 20p a minute', f: ['No commitment', 'Pay by card, Apple Pay or Google Pay'], b: 'Ride now' },
  { h: 'Day Pass', price: '£7 for 24 hours', f: ['Unlimited rides of up to 30 minutes', 'Unlocking is included'], b: 'Buy a Day Pass' },
  {
    h: 'Monthly Pass',
    price: '£29.99 a month',
    f: ['Unlimited rides of up to 45 minutes every day', 'Cancel any time before it renews'],
    b: 'Buy a Monthly Pass',
  },
];
const nConH = 'Concessions';
const nCon = j(
  'Students, people who get Universal Credit or Pension Credit, and NHS staff get half price on every plan.',
  'Verify once in the app under Account, then Discounts, and the lower price applies from your next ride.',
);
const nFeesH = 'Other charges';
const nFeesIntro = 'We only charge these when a ride breaks the local parking rules or a scooter needs to be recovered.';
const nFees = [
  ['Parking outside a marked bay', '£10'],
  ['Ending a ride outside the operating area', '£25'],
  ['Riding with a passenger (reported and confirmed)', '£50'],
];
const nFaqH = 'Questions about prices';
const nFaq = [
  {
    q: 'When am I charged?',
    a: 'We take payment when you end your ride. Passes are charged when you buy them and, for the Monthly Pass, on the same date each month.',
  },
  { q: 'Do prices include VAT?', a: 'Yes. All prices on this page include VAT at 20%, and your receipt shows the VAT amount.' },
  { q: 'Can I pause a ride?', a: 'Yes, for up to 20 minutes. A paused ride costs 5p a minute and the scooter stays locked to your account.' },
];
const nNav = ['Ride', 'Cities', 'Safety', 'For business', 'Careers'];
const nFoot = ['About Nimbl', 'Newsroom', 'Sustainability', 'Help', 'Accessibility', 'Terms', 'Privacy notice', 'Cookie preferences'];
const nData = JSON.stringify({
  props: { pageProps: { city: { slug: 'castlebridge', name: 'Castlebridge', currency: 'GBP' }, plans: nPlans.map((p) => ({ name: p.h, price: p.price })) } },
  page: '/[city]/pricing',
  query: { city: 'castlebridge' },
  buildId: 'vQ3n8kXy1p0Rz',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Prices in Castlebridge – Nimbl e-scooters</title><meta name="description" content="${nDek}"/>
<meta property="og:title" content="Prices in Castlebridge"/><link rel="canonical" href="https://nimbl.ride/en-gb/castlebridge/pricing"/>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="preload" href="/_next/static/css/8f2b1e9a7c4d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2b1e9a7c4d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3b5c1e4f.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bcity%5D/pricing-5d2e.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Nimbl e-scooter hire in Castlebridge",
"offers":{"@type":"Offer","priceCurrency":"GBP","price":"7.00"}}</script></head>
<body><div id="__next"><div class="Layout_wrapper__kA3sd"><a class="SkipLink_skip__Zr1mQ" href="#main">Skip to content</a>
<header class="Header_header__xY2pL"><a class="Header_logo__b7Qw1" href="/en-gb"><svg aria-label="Nimbl" role="img" viewBox="0 0 96 24"></svg></a>
<nav class="Header_nav__Pq7tV" aria-label="Main"><ul class="Header_list__r2KcD">${links(nNav, 'Header_item__m0Ebs')}</ul></nav>
<button class="CityPicker_button__u1Jx9" aria-haspopup="listbox"><span>Castlebridge</span><svg aria-hidden="true"></svg></button>
<a class="Button_primary__q9TnE Header_cta__Lf0cW" href="https://nimbl.onelink.me/download">Download the app</a></header>
<main id="main" class="Pricing_main__3Fz8c"><section class="Pricing_hero__H6sJ2"><h1 class="Typography_h1__w2Lx5">${nTitle}</h1>
<p class="Typography_lead__Tq8yU">${nDek}</p></section>
<section class="Pricing_plans__Yc0aB">${nPlans
  .map(
    (p) => `<div class="PlanCard_card__Vb3s1${p.h === 'Day Pass' ? ' PlanCard_featured__Xe8Pq' : ''}">${
      p.h === 'Day Pass' ? '<span class="PlanCard_badge__n4GdH">Most popular</span>' : ''
    }<h3 class="PlanCard_title__d9FzK">${p.h}</h3>
<p class="PlanCard_price__K2vbN">${p.price}</p><ul class="PlanCard_features__s8WcA">${lis(p.f)}</ul>
<a class="Button_secondary__pX3aH" href="https://nimbl.onelink.me/download">${p.b}</a></div>`,
  )
  .join('\n')}</section>
<section class="RichText_root__c1YwQ"><h2>${nConH}</h2><p>${nCon}</p><h2>${nFeesH}</h2><p>${nFeesIntro}</p>
<table class="FeeTable_table__S2mAo"><thead><tr><th>Charge</th><th>Amount</th></tr></thead><tbody>
${nFees.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></section>
<section class="Faq_root__j8ZqR"><h2 class="Typography_h2__f6VdA">${nFaqH}</h2>${nFaq
  .map(
    (f, i) => `<div class="Faq_item__T4bNs"><h3 class="Faq_question__kB2hW"><button aria-expanded="false" aria-controls="faq-${i}">${f.q}
<svg aria-hidden="true" class="Faq_chevron__P0pYe"></svg></button></h3><div id="faq-${i}" class="Faq_panel__a1LmC Faq_closed__W5xRt" role="region">
<p>${f.a}</p></div></div>`,
  )
  .join('\n')}</section>
<section class="AppBanner_root__E3uHp"><h2>Get riding in two minutes</h2><p>Download Nimbl, scan a scooter and go.</p>
<a href="https://apps.apple.com/gb/app/nimbl/id1498822"><img alt="Download on the App Store" src="/badges/app-store.svg"/></a>
<a href="https://play.google.com/store/apps/details?id=ride.nimbl"><img alt="Get it on Google Play" src="/badges/google-play.svg"/></a></section></main>
<footer class="Footer_footer__G7kQm"><ul class="Footer_links__L3pCe">${links(nFoot)}</ul>
<p class="Footer_legal__m5SxT">© 2027 Nimbl Mobility GmbH. Prices shown for Castlebridge, United Kingdom.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy-text">We and our partners use cookies to run the site, measure traffic and show you relevant offers.</div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nimbl: TestPage = finish({
  name: 'heldout520-nextjs-scooter-pricing',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nPlans.map((p) => p.h), nConH, nFeesH, nFaqH, ...nFaq.map((f) => f.q)],
  body: texts([nDek, ...nPlans.flatMap((p) => [p.price, ...p.f]), nCon, nFeesIntro, ...nFees.map((r) => r.join(' ')), ...nFaq.map((f) => f.a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nNav, 'Castlebridge', 'Download the app', 'Most popular', ...nPlans.map((p) => p.b), 'Get riding in two minutes',
    'Download Nimbl, scan a scooter and go.', ...nFoot, '© 2027 Nimbl Mobility GmbH. Prices shown for Castlebridge, United Kingdom.',
    'We and our partners use cookies to run the site, measure traffic and show you relevant offers.', 'Manage preferences', 'Reject all',
    'Accept all cookies',
  ],
});

export const HELDOUT520_A: readonly TestPage[] = [loopway, nimbl];
