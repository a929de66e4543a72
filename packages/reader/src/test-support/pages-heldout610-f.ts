import { ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file f: a nail bar chain's treatment page on Next.js (CSS-module classes, __NEXT_DATA__, key facts list,
 * FAQ in details elements, OneTrust banner), and a mobile beauty therapist's booking policy on Weebly (a free-plan site whose
 * paragraphs are split by line breaks, with the Weebly signup footer).
 */
const nTitle = 'BIAB Builder Gel Manicure';
const nDek = 'Strength for your natural nails, with a glossy colour that lasts up to four weeks.';
const nFacts = [
  ['Duration', '75 minutes'],
  ['Price', 'From £38'],
  ['Lasts', '3 to 4 weeks'],
  ['Patch test', 'Required for new clients'],
];
const nSecs: { head: string; paras: string[] }[] = [
  {
    head: 'What is BIAB?',
    paras: [
      j(
        'BIAB stands for Builder In A Bottle. It is a thicker gel that is brushed onto your natural nail to build a protective layer,',
        'so weak or peeling nails can grow longer without breaking. It can be worn clear, in a sheer nude or under any of our gel colours.',
      ),
    ],
  },
  {
    head: 'What to expect',
    paras: [
      j(
        'Your nail technician will shape your nails, tidy your cuticles and lightly buff the surface. Two layers of builder gel are then',
        'applied and cured, followed by your chosen colour and a high-shine top coat. We finish with cuticle oil and a short hand massage.',
      ),
      'Infills are recommended every three to four weeks, so the builder layer can grow with your nail rather than being removed each time.',
    ],
  },
];
const nFaq: [string, string][] = [
  [
    'Will BIAB damage my nails?',
    'Not when it is applied and removed properly. We never use an e-file on your natural nail plate and remove with a gentle soak-off.',
  ],
  ['Can I have nail art with BIAB?', 'Yes, any of our nail art can be added on top. Simple designs are included; detailed art is priced per nail.'],
];
const nNav = ['Treatments', 'Locations', 'Gift Cards', 'Careers', 'Book now'];
const nMore = ['Gel Polish Manicure', 'Russian Manicure', 'Luxury Pedicure'];
const nFoot = ['About us', 'Franchise enquiries', 'Contact', 'Privacy notice', 'Terms and conditions', 'Cookie settings'];
const nCookie = j(
  'We use cookies to give you the best experience, to measure our traffic and to show you relevant offers. You can accept all cookies',
  'or choose which ones we use.',
);
const nData = JSON.stringify({
  props: { pageProps: { treatment: { slug: 'biab', title: nTitle, durationMins: 75, priceFrom: 38, patchTest: true } }, __N_SSG: true },
  page: '/treatments/[slug]',
  query: { slug: 'biab' },
  buildId: 'k3Jd9Qx2vLm7Tz1pWc4aB',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>BIAB Builder Gel Manicure | Halo Nail Bar</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.halonailbar.co.uk/treatments/biab"/><meta property="og:title" content="${nTitle}"/><meta name="next-head-count"
content="6"/>
<link rel="preload" href="/_next/static/css/7c1f0a2e9b4d3c85.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7c1f0a2e9b4d3c85.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js"
defer=""></script>
<script src="/_next/static/chunks/pages/treatments/%5Bslug%5D-4e1b2a9d7c3f6e80.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"${nTitle}",
"provider":{"@type":"Organization","name":"Halo Nail Bar"},
"offers":{"@type":"Offer","price":"38","priceCurrency":"GBP"}}</script></head>
<body><div id="__next"><a class="SkipLink_skip__Xq2pL" href="#main">Skip to main content</a>
<div class="PromoBar_bar__a8JcK" role="region"
aria-label="Promotion"><p class="PromoBar_text__1nVtE">New clients get 20% off their first BIAB. Use code HELLOHALO</p></div>
<header class="Header_header__kD3m1"><div class="Header_inner__Zp8wQ"><a class="Header_logo__u2Rte" href="/"><svg role="img" aria-label="Halo Nail Bar"
viewBox="0 0 120 32">
<title>Halo Nail Bar</title></svg></a><nav class="Header_nav__9bLxS" aria-label="Main"><ul class="Header_list__Hc0aZ">
${nNav
  .map(
    (t) => `<li><a class="Header_link__r5GmE${t === 'Book now' ? ' Header_cta__P0wXn' : ''}"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></nav><button class="Header_burger__Yt3Kd" aria-label="Open menu" aria-expanded="false"><span></span><span></span></button></div></header>
<main id="main" class="Layout_main__q1Wbn"><nav aria-label="Breadcrumb"
class="Breadcrumbs_root__sB2kq"><ol><li><a href="/">Home</a></li><li><a href="/treatments">Treatments</a>
</li><li aria-current="page">BIAB</li></ol></nav>
<section class="TreatmentHero_hero__Lk2Tz"><div class="TreatmentHero_media__g7Rpa">
<span style="box-sizing:border-box;display:block;overflow:hidden;position:absolute;inset:0">
<img alt="Hands with short nude BIAB nails holding a coffee cup" src="/_next/image?url=%2Fimages%2Fbiab-hero.jpg&amp;w=1920&amp;q=75" decoding="async"
data-nimg="fill"
style="position:absolute;inset:0;box-sizing:border-box;padding:0;border:none;margin:auto;display:block;width:0;
height:0;min-width:100%;object-fit:cover"/></span></div>
<div class="TreatmentHero_copy__T1xYv"><p class="TreatmentHero_eyebrow__4RcnN">Manicures</p><h1 class="TreatmentHero_title__bX0vF">${nTitle}</h1>
<p class="TreatmentHero_dek__Q2mHs">${nDek}</p><dl class="KeyFacts_list__p9SxE">
${nFacts
  .map(
    ([k, v]) => `<div class="KeyFacts_item__c3EwR"><dt class="KeyFacts_term__Ue7vD">${k}</dt>
<dd class="KeyFacts_value__J0lNm">${v}</dd></div>`,
  )
  .join('\n')}
</dl><a class="Button_button__e2Mxa Button_primary__6yRkL" href="/book?treatment=biab">Book this treatment</a></div></section>
<article class="TreatmentBody_body__hN4Wc"><div class="RichText_rich__0pAsZ">
${nSecs.map((s) => `<h2>${s.head}</h2>\n${ps(s.paras)}`).join('\n')}</div>
<section class="Faq_faq__Rv1Xk"><h2 class="Faq_title__M3zqA">Frequently asked questions</h2>
${nFaq
  .map(
    ([q, a]) => `<details class="Faq_item__d8LwT"><summary class="Faq_question__V6pEo">${q}</summary>
<div class="Faq_answer__W1qCj"><p>${a}</p></div></details>`,
  )
  .join('\n')}
</section></article>
<section class="Related_related__xT5nF" aria-labelledby="related-title"><h2 id="related-title" class="Related_title__E2jMw">You might also like</h2>
<ul class="Related_grid__kQ9pB">${nMore
  .map(
    (t) => `<li class="Card_card__Bn3sH"><a href="/treatments/${t.toLowerCase().replace(/ /g, '-')}">
<h3 class="Card_title__7fQwZ">${t}</h3><span class="Card_link__L2dXp">View treatment</span></a></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="Footer_footer__wP6Vn"><div class="Footer_newsletter__T8oHa"><h2 class="Footer_heading__c1Zrq">Get 10% off your next visit</h2>
<form class="Footer_form__s0Gkb"><label for="nl-email" class="Footer_label__e4QpL">Email address</label><input id="nl-email" type="email" name="email"
placeholder="you@example.com"/>
<button type="submit" class="Button_button__e2Mxa Button_dark__A2zvN">Sign up</button></form></div>
<ul class="Footer_links__zJ0mY">${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p class="Footer_legal__Pz6Ny">© 2025 Halo Nail Bar Ltd. Registered in England and Wales, company no. 10482731.</p></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region"
aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Your privacy</h2>
<p id="onetrust-policy-text">${nCookie}</p></div></div><div id="onetrust-button-group-parent"
class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = finish({
  name: 'heldout610-nextjs-biab-treatment',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nSecs.map((s) => s.head), 'Frequently asked questions'],
  body: [nDek, ...nFacts.map(([k, v]) => `${k} ${v}`), ...nSecs.flatMap((s) => s.paras), ...nFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'New clients get 20% off their first BIAB. Use code HELLOHALO', ...nNav, 'Home', 'BIAB', 'Manicures', 'Book this treatment',
    'You might also like', ...nMore, 'View treatment', 'Get 10% off your next visit', 'Email address', 'Sign up', ...nFoot,
    '© 2025 Halo Nail Bar Ltd. Registered in England and Wales, company no. 10482731.', 'Your privacy', nCookie, 'Cookie Settings', 'Reject All',
    'Accept All Cookies',
  ],
});

const wTitle = 'Booking &amp; Cancellation Policy';
const wParas = [
  j(
    'As a mobile therapist I travel to you, so a late cancellation usually means a gap in my day that I can’t fill. Thank you for',
    'understanding the policy below.',
  ),
  'A £10 deposit secures your booking and is taken off the price on the day.',
  j(
    'Please give at least 24 hours notice if you need to cancel or move your appointment. Cancellations with less notice lose the',
    'deposit, and if I arrive and can’t carry out the treatment the full price is due.',
  ),
  j(
    'I cover Ashcombe and villages within 8 miles. A travel charge of £5 applies beyond that. Please make sure there is parking',
    'nearby and a table or surface I can set up on.',
  ),
  'Payment by cash or bank transfer on the day. I’m sorry, I can’t take cards.',
];
const wNav = ['Home', 'Treatments', 'Prices', 'Booking Policy', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><title>Booking Policy - Beauty by Bethan - Mobile Beauty Therapist</title><meta property="og:site_name" content="Beauty by Bethan">
<meta property="og:title" content="Booking Policy"><meta property="og:description" content="As a mobile therapist I travel to you."><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/><link id="wsite-base-style" rel="stylesheet" type="text/css"
href="//cdn2.editmysite.com/css/sites.css?buildTime=1712345678"/><link rel="stylesheet" type="text/css"
href="//cdn2.editmysite.com/css/old/fancybox.css?1712345678"/>
<link rel="stylesheet" type="text/css" href="/files/main_style.css?1712345999" title="wsite-theme-css"/>
<script>var STATIC_BASE = '//cdn1.editmysite.com/'; var ASSETS_BASE = '//cdn2.editmysite.com/'; var STYLE_PREFIX = 'wsite';</script>
<script type='text/javascript'>var _W = _W || {}; _W.configDomain = "www.weebly.com"; _W.relBuild = function(p){return '//cdn2.editmysite.com/'+p;};</script>
</head><body class="no-header-page wsite-page-booking-policy wsite-theme-light"><div class="wrapper"><div class="birdseye-header">
<div class="nav-wrap"><div class="container"><div class="logo">
<span class="wsite-logo"><a href="/"><span id="wsite-title">Beauty by Bethan</span></a></span></div>
<div class="nav desktop-nav"><ul class="wsite-menu-default">${wNav
  .map(
    (t, i) => `<li id="${t === 'Booking Policy' ? 'active' : `pg${7301 + i}`}"
class="wsite-menu-item-wrap"><a href="/${t.toLowerCase().replace(/ /g, '-')}.html"
class="wsite-menu-item">${t}</a></li>`,
  )
  .join('\n')}</ul></div><label class="hamburger"><span></span></label></div></div></div>
<div class="main-wrap"><div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="wsite-section-wrap">
<div class="wsite-section wsite-body-section wsite-background-3"><div class="wsite-section-content"><div class="container"><div class="wsite-section-elements">
<h2 class="wsite-content-title"><font size="6">${wTitle}</font></h2>
<div class="paragraph">${wParas[0]}<br><br><strong>Deposits</strong><br>${wParas[1]}<br><br><strong>Cancellations</strong><br>${wParas[2]}<br><br>
<strong>Where I travel</strong><br>${wParas[3]}<br><br><strong>Payment</strong><br>${wParas[4]}</div>
<div><div style="height: 20px; overflow: hidden; width: 100%;"></div><hr class="styled-hr" style="width:100%;"><div style="height: 20px; overflow: hidden;
width: 100%;"></div></div>
<div style="text-align:left;"><div style="height: 10px; overflow: hidden;"></div><a class="wsite-button wsite-button-small wsite-button-normal"
href="/contact.html">
<span class="wsite-button-inner">Get in touch to book</span></a><div style="height: 10px; overflow: hidden;"></div></div>
</div></div></div></div></div></div></div>
<div class="footer-wrap"><div class="container"><div class="footer"><div class='wsite-elements wsite-footer'><div class="paragraph" style="text-align:center;">
Beauty by Bethan · Mobile beauty in Ashcombe and surrounding villages · 07700 900 516</div></div></div></div></div></div>
<div id="weebly-footer-signup-container-v3" class="weebly-footer-signup-container-v3"><div class="weebly-footer-signup-container-v3__inner">
<a class="weebly-footer-signup-container-v3__link" href="https://www.weebly.com/signup?utm_source=footer&amp;utm_campaign=3" target="_blank">
<div class="weebly-footer-signup-container-v3__message">Create your own unique website with customizable templates.</div>
<span class="weebly-footer-signup-container-v3__cta">Get Started</span></a></div></div>
<script type="text/javascript" src="//cdn2.editmysite.com/js/site/main.js?buildTime=1712345678"></script>
<script>_W.setup_rpc({"url":"\\/ajax\\/api\\/JsonRPC\\/CustomerAccounts\\/",
"actions":{"CustomerAccounts":[{"name":"login","len":2}]}});</script></body></html>`;
const weebly: TestPage = finish({
  name: 'heldout610-weebly-booking-policy',
  kind: 'docs',
  html: wHtml,
  title: 'Booking & Cancellation Policy',
  headings: ['Deposits', 'Cancellations', 'Where I travel', 'Payment'],
  body: wParas,
  bylines: [],
  furniture: [
    'Beauty by Bethan',
    ...wNav,
    'Get in touch to book',
    'Beauty by Bethan · Mobile beauty in Ashcombe and surrounding villages · 07700 900 516',
    'Create your own unique website with customizable templates.',
    'Get Started',
  ],
});

export const HELDOUT610_F: readonly TestPage[] = [nextjs, weebly];
