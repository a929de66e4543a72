import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file e: a hybrid specialist garage's journal post on Ghost (Casper theme, callout and bookmark cards,
 * member sign-up, read-more cards), and a national autocentre chain's brake service page on Next.js (postcode finder, price
 * table, details / summary FAQ, related services).
 */
const gTitle = 'Why the 12-volt battery in your hybrid goes flat';
const gExcerpt = 'Your hybrid has a big traction battery and a small ordinary one. It is almost always the small one that strands you.';
const gP = [
  j(
    'Every hybrid and electric car we look after has two batteries. The high-voltage pack drives the car, but a plain 12-volt battery,',
    'much like the one in a petrol car, wakes up the computers, unlocks the doors and closes the relay that connects the big pack.',
    'If the 12-volt battery is flat, the car will not start, however full the traction battery is.',
  ),
  j(
    'Because the engine rarely turns over a starter motor, the 12-volt battery in a hybrid is often smaller than you would expect,',
    'and it is charged by a DC-DC converter only while the car is in ready mode. Short trips and long spells parked drain it faster',
    'than most owners realise.',
  ),
];
const gH = ['The usual culprits', 'How we test it'];
const gCulprits = [
  'Leaving the car in accessory mode to use the radio or charge a phone.',
  'Dash cams and trackers wired to a permanent live.',
  'Standing for three weeks or more without being driven.',
  'A battery over five years old, even if it has never given trouble.',
];
const gCallout = 'Tip: if your car will sit for a fortnight, drive it in ready mode for 30 minutes before you leave it, or fit a maintenance charger.';
const gP2 = [
  j(
    'A voltmeter reading on its own tells you very little. We use a conductance tester that measures how much current the battery can',
    'deliver, then log the parasitic drain overnight with the car locked. Anything over 50 milliamps after the car has gone to sleep',
    'points to something that is keeping a module awake.',
  ),
  'The test takes about twenty minutes and is free with any service. On its own it costs £25.',
];
const gNav = ['Home', 'Hybrids', 'EVs', 'Workshop news', 'About'];
const gMore = ['Regenerative braking and why your discs still rust', 'Is a used hybrid battery worth buying?', 'Our new high-voltage bay is open'];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.voltworksgarage.co.uk/assets/built/screen.css?v=8d0b2e1c4a">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://journal.voltworksgarage.co.uk/hybrid-12v-battery/">
<meta property="og:site_name" content="Voltworks Journal"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-05-11T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Voltworks Journal"},
"author":{"@type":"Person","name":"Tomasz Reyes"},"headline":"${gTitle}","datePublished":"2027-05-11T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Voltworks Journal"
href="https://journal.voltworksgarage.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.voltworksgarage.co.uk/"
data-key="3f0a" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style><link rel="stylesheet" type="text/css"
href="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css"></head>
<body class="post-template tag-hybrids is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.voltworksgarage.co.uk">Voltworks Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-hybrids image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/hybrids/">Hybrids</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tomasz/" class="author-avatar" aria-label="Read more of Tomasz Reyes"><img class="author-profile-image"
src="/content/images/size/w100/2026/01/tomasz.jpg" alt="Tomasz Reyes"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tomasz/">Tomasz Reyes</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-11">May 11, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min
read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/05/12v.jpg 300w, /content/images/size/w600/2027/05/12v.jpg 600w"
src="/content/images/size/w2000/2027/05/12v.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">The 12-volt battery sits under the boot floor on most of the hybrids we
see.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gP)}
<h2 id="the-usual-culprits">${gH[0]}</h2><ul>${lis(gCulprits)}</ul>
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="how-we-test-it">${gH[1]}</h2>${ps(gP2)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://voltworksgarage.co.uk/book/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Book a battery health check</div><div class="kg-bookmark-description">Free with every service at our Marlow Street
workshop.</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Voltworks Garage</span></div></div>
<div class="kg-bookmark-thumbnail"><img src="/content/images/2027/05/bay.jpg" alt=""></div></a></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/more-${i}/">
<img class="post-card-image" src="/content/images/size/w600/more-${i}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/more-${i}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://journal.voltworksgarage.co.uk">Voltworks Journal</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.voltworksgarage.co.uk/assets/built/casper.js?v=8d0b2e1c4a"></script></body></html>`;
const ghostHybrid: TestPage = {
  name: 'heldout517-ghost-hybrid-12v',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gP, ...gCulprits, gCallout, ...gP2]),
  bylines: ['Tomasz Reyes', 'May 11, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Voltworks Journal', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'The 12-volt battery sits under the boot floor on most of the hybrids we see.',
    'Book a battery health check',
    'Free with every service at our Marlow Street workshop.', 'Voltworks Garage', 'Sign up for more like this.', 'Enter your email',
    ...gMore, 'Voltworks Journal © 2027', ...gFoot, 'Powered by Ghost',
  ],
};

const nTitle = 'Brake Repairs and Replacement';
const nDek = 'Free brake checks at all 64 Fixwell centres, with fixed prices on pads, discs and fluid agreed before any work starts.';
const nP = [
  j(
    'Your brakes are the most important safety system on your car, and they wear every time you use them. Our technicians check',
    'pads, discs, callipers, hoses and fluid, show you what they find and give you a fixed quote. Nothing is replaced without your',
    'say-so.',
  ),
];
const nSigns = [
  'a squeal, scrape or grinding noise when braking',
  'the car pulling to one side under braking',
  'a spongy pedal or one that sinks towards the floor',
  'a vibration through the steering wheel or pedal',
  'the brake warning light on the dashboard',
];
const nRows = [
  ['Front brake pads', 'from £89'],
  ['Front pads and discs', 'from £189'],
  ['Rear brake pads', 'from £85'],
  ['Brake fluid change', '£59'],
];
const nPriceNote = 'Prices include parts, fitting and VAT for most small and medium cars. Enter your registration for an exact price.';
const nFaq = [
  ['How long does a brake pad change take?', 'Usually about an hour per axle. Pads and discs together take around 90 minutes.'],
  ['How often should brake fluid be changed?', 'Most manufacturers recommend every two years, as the fluid absorbs water and boils more easily.'],
];
const nNav = ['Tyres', 'MOT', 'Servicing', 'Brakes', 'Batteries', 'Offers'];
const nCrumbs = ['Home', 'Services', 'Brakes'];
const nRelated = ['Shock absorbers', 'Wheel alignment', 'Exhausts'];
const nFoot = ['About Fixwell', 'Careers', 'Help centre', 'Privacy', 'Cookie preferences', 'Modern slavery statement'];
const nFaqHtml = nFaq
  .map(
    ([q, a]) =>
      `<details class="Faq_item__4nTq1"><summary class="Faq_question__pL0a2">${q}</summary><div class="Faq_answer__Z1y8c"><p>${a}</p></div></details>`,
  )
  .join('\n');
const nData = JSON.stringify({
  props: { pageProps: { service: { slug: 'brakes', title: nTitle, priceFrom: 89 }, centresCount: 64 }, __N_SSG: true },
  page: '/services/[slug]',
  query: { slug: 'brakes' },
  buildId: 'kQ2m8VxR1bZc7Hn4P0yLt',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Brake Repairs &amp; Replacement | Fixwell Autocentres</title><meta name="description" content="${nDek}"/><link rel="canonical"
href="https://www.fixwell.co.uk/services/brakes"/>
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${nFaq[0]?.[0] ?? ''}"}]}</script>
<meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/8a1f0c2e3d4b5a69.css" as="style"/><link rel="stylesheet"
href="/_next/static/css/8a1f0c2e3d4b5a69.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script
src="/_next/static/chunks/pages/services/%5Bslug%5D-3e1d9a7b2c4f6e80.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qk1vZ" href="#main">Skip to main content</a><div class="Layout_wrapper__x1Yq2">
<header class="Header_header__Jm4aE"><div class="Header_top__b9P2c"><a class="Header_logo__u7Rk0" href="/"><img alt="Fixwell Autocentres"
src="/images/logo.svg" width="150" height="36"/></a>
<form class="CentreSearch_form__e2Wq8" role="search"><label for="postcode" class="CentreSearch_label__h1Nf3">Find your nearest centre</label>
<input id="postcode" class="CentreSearch_input__m0Vx2" placeholder="Enter postcode" autoComplete="postal-code"/><button type="submit"
class="Button_primary__aa3Kd">Search</button></form>
<a class="Button_secondary__7Hw2p" href="/book">Book online</a></div><nav class="Nav_nav__r5Tz1" aria-label="Main"><ul
class="Nav_list__c0Lp9">${links(nNav, 'Nav_item__w3Jq4')}</ul></nav></header>
<main id="main" class="Layout_main__V8sDk"><nav aria-label="Breadcrumb"
class="Breadcrumbs_root__2Yt6M"><ol>${links(nCrumbs, 'Breadcrumbs_item__p8Fs0')}</ol></nav>
<section class="ServiceHero_hero__Lm3cR"><div class="ServiceHero_text__K0aq1"><h1 class="ServiceHero_title__gS8vB">${nTitle}</h1><p
class="ServiceHero_intro__Tq7yN">${nDek}</p>
<div class="ServiceHero_actions__Xe1z5"><a class="Button_primary__aa3Kd" href="/book?service=brakes">Book a free brake check</a></div>
<div class="Trust_badge__a8N2w"><span class="Trust_score__Q1c0r">Rated 4.7 out of 5</span><span class="Trust_count__Z8j4K">from 12,408 customer
reviews</span></div></div>
<div class="ServiceHero_image__R4xw2"><img alt="" src="/_next/image?url=%2Fimages%2Fbrakes-hero.jpg&amp;w=1080&amp;q=75" decoding="async"
loading="eager"/></div></section>
<div class="Content_body__5tB9a"><section class="RichText_root__z2Kq8">${ps(nP)}<h2>Signs your brakes need attention</h2><ul>${lis(nSigns)}</ul></section>
<section class="PriceTable_root__h3Wn1"><h2>Brake prices</h2><table class="PriceTable_table__L9c2d"><thead><tr><th>Service</th><th>Price</th></tr></thead>
<tbody>${trs(nRows)}</tbody></table><p class="PriceTable_note__o0Vb8">${nPriceNote}</p>
<form class="RegLookup_form__Ua0Q3"><label for="reg" class="visually-hidden">Vehicle registration</label><input id="reg" class="RegLookup_input__E5vr4"
placeholder="Enter reg"/>
<button class="Button_primary__aa3Kd" type="submit">Get my price</button></form></section>
<section class="Faq_root__d7Yp2"><h2>Brake questions</h2>${nFaqHtml}</section></div>
<aside class="Related_root__Wd6m0"><h2 class="Related_title__n4Pz3">Related services</h2><ul
class="Related_list__F1kq7">${links(nRelated, 'Related_card__y7Gt2')}</ul></aside></main>
<footer class="Footer_footer__q2Xr7"><ul class="Footer_links__s8Nb3">${links(nFoot)}</ul>
<p class="Footer_legal__K5dh9">© 2027 Fixwell Autocentres Ltd. Registered in England No. 08812345. Authorised and regulated by the Financial Conduct Authority
for credit broking.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextBrakes: TestPage = {
  name: 'heldout517-nextjs-brake-service',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Signs your brakes need attention', 'Brake prices', 'Brake questions'],
  body: texts([nDek, ...nP, ...nSigns, ...rowTexts(nRows), nPriceNote, ...nFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Find your nearest centre', 'Search', 'Book online',
    ...nNav.filter((t) => t !== 'Brakes'), 'Home', 'Services', 'Book a free brake check', 'Rated 4.7 out of 5',
    'from 12,408 customer reviews', 'Vehicle registration', 'Get my price', 'Related services', ...nRelated, ...nFoot,
    '© 2027 Fixwell Autocentres Ltd. Registered in England No. 08812345. Authorised and regulated by the Financial Conduct Authority for credit broking.',
  ],
};

export const HELDOUT517_E: readonly TestPage[] = [ghostHybrid, nextBrakes];
