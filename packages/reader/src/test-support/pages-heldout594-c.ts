import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file c: a balloon decorator's colour advice post on Ghost (Casper theme, with a callout card, a
 * subscribe box and "read more" cards), and an organic garland services page on Webflow with pricing cards and a quote form.
 */
const gTitle = 'Choosing Balloon Colours for a First Birthday';
const gExcerpt = 'Soft, simple and photo-friendly: how we pick a palette when the guest of honour is turning one.';
const gH = ['Think about the photos first', 'Our three go-to palettes', 'Where to add a pop of colour'];
const gP1 = [
  j(
    'A first birthday is mostly a party for the grown-ups, and the pictures are what everyone keeps. Before choosing colours, look at the room:',
    'the wall behind the cake table, the floor and the light. Pale walls suit almost anything, but a busy wallpaper calls for a calmer palette.',
  ),
  j(
    'We also ask what the baby will be wearing. It sounds fussy, but a bright red outfit against a blush garland can clash in every photo,',
    'and a quick message to the parents saves a lot of editing later.',
  ),
];
const gPalettes = [
  'Sage, cream and sand: gentle and natural, lovely with wooden furniture and daylight.',
  'Blush, peach and pearl: warm without being too pink, and very forgiving on camera.',
  'Powder blue, white and a hint of gold: classic, and easy to match with shop-bought tableware.',
];
const gCallout = 'Tip: keep to three colours and vary the balloon sizes instead. Size gives a garland texture; too many colours just look busy.';
const gP3 = [
  j(
    'A single accent, such as a large foil number one or a cluster of chrome balloons, draws the eye to the cake table. Place it where the',
    'cake will be cut, because that is the photo every family wants.',
  ),
  j(
    'Finally, remember that babies love to grab. Keep small balloons and ribbons out of reach, and pop any that burst straight away so pieces',
    'of latex are not left on the floor.',
  ),
];
const gNav = ['Home', 'Garlands', 'Colour Guides', 'Weddings', 'About'];
const gMore: readonly (readonly [string, string])[] = [
  ['How Many Balloons Do You Need for a 3 Metre Garland?', '4 min read'],
  ['Chrome Balloons: Are They Worth It?', '3 min read'],
  ['A Pastel Rainbow for Twins', '5 min read'],
];
const moreCard = ([t, r]: readonly [string, string]): string => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img class="post-card-image" src="/content/images/size/w600/card.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Colour Guides</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">${r}</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7b4e1c2a90">
<link rel="canonical" href="https://blog.helloairy.example/first-birthday-colours/">
<meta name="description" content="${gExcerpt}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T10:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Airy Balloon Notes"},
"author":{"@type":"Person","name":"Juno Featherby"},"headline":"${gTitle}","datePublished":"2026-02-11T10:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://blog.helloairy.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-colour-guides tag-first-birthday is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.helloairy.example">Airy Balloon Notes</a><button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg aria-hidden="true"></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-colour-guides tag-first-birthday image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/colour-guides/">Colour Guides</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/juno/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/juno.jpg" alt="Juno Featherby"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/juno/">Juno Featherby</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div><figure class="article-image"><img srcset="/content/images/size/w300/cover.jpg 300w" src="/content/images/size/w2000/cover.jpg"
alt="Sage and cream garland above a cake table"><figcaption><span style="white-space: pre-wrap;">Sage, cream and sand for baby Ezra’s party in Wexcombe.</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="think-about-the-photos-first">${gH[0]}</h2>
${ps(gP1)}
<h2 id="our-three-go-to-palettes">${gH[1]}</h2>
<p>These are the palettes we are asked for most often, and the ones we would choose for our own families:</p><ul>${lis(gPalettes)}</ul>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">🎈</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="where-to-add-a-pop-of-colour">${gH[2]}</h2>
${ps(gP3)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">${gMore.map(moreCard).join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.helloairy.example">Airy Balloon Notes</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7b4e1c2a90"></script></body></html>`;
const ghostColours: TestPage = {
  name: 'heldout594-ghost-first-birthday-colours',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: [
    gExcerpt,
    ...gP1,
    'These are the palettes we are asked for most often, and the ones we would choose for our own families:',
    ...gPalettes,
    gCallout,
    ...gP3,
  ],
  bylines: ['Juno Featherby', 'Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Airy Balloon Notes', 'Home', 'Garlands', 'Weddings', 'Sign in', 'Subscribe', 'Colour Guides', '•',
    'Sage, cream and sand for baby Ezra’s party in Wexcombe.', 'Sign up for more like this.', 'Enter your email', ...gMore.flat(),
    '© 2026', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

const fTitle = 'Organic balloon garlands, built on site';
const fLead = 'Loose, cloud-like garlands in your colours, for birthdays, brand launches and weddings across Kellerton and the coast.';
const fH = ['How it works', 'Garland sizes', 'Good to know'];
const fSteps = [
  'Send us your date, venue and colours through the quote form.',
  'We reply within one working day with a design sketch and a fixed price.',
  'On the day we arrive two hours before your guests, build the garland in place and tidy up after ourselves.',
];
const fSizes: readonly (readonly [string, string, string])[] = [
  ['Mini', '£120', 'Up to 1.5 m. Perfect for a cake table, a mirror or a shop counter.'],
  ['Signature', '£240', 'Up to 3 m, with two sizes of balloon and a choice of foliage or dried flowers tucked in.'],
  ['Statement', '£450', 'Up to 6 m over an arch, doorway or stage. Includes a site visit for venues we have not worked in before.'],
];
const fGood = j(
  'All our balloons are biodegradable latex, tied by hand and never released. We carry public liability insurance and can send certificates',
  'to your venue on request. Prices include travel within 10 miles of our Kellerton workshop.',
);
const fNav = ['Services', 'Portfolio', 'Process', 'Journal', 'Get a quote'];
const fHtml = `<!DOCTYPE html><!--  Last Published: Thu Jan 22 2026 14:08:51 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.airloomstudio.example" data-wf-page="65a1f0c2d3e4b5a6c7d8e9f0" data-wf-site="65a1f0c2d3e4b5a6c7d8e9a1" lang="en">
<head><meta charset="utf-8"><title>Organic Balloon Garlands | Airloom Studio</title>
<meta content="Organic balloon garlands built on site in Kellerton." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/65a1f0c2/css/airloom-studio.webflow.8c1d2e3f4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-services"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner"
class="navbar w-nav">
<div class="container-nav w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.example/logo.svg"
loading="lazy" alt="Airloom Studio" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('\n')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-services"><div class="container w-container"><div class="eyebrow">Services</div><h1 class="heading-hero">${fTitle}</h1>
<p class="paragraph-lead">${fLead}</p><a href="#quote" class="button-primary w-button">Request a quote</a></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-section">${fH[0]}</h2><div class="w-layout-grid grid-steps">${fSteps
  .map((s, i) => `<div class="step-card"><div class="step-number">0${i + 1}</div><p class="step-text">${s}</p></div>`)
  .join('\n')}</div></div></section>
<section class="section section-tinted"><div class="container w-container"><h2 class="heading-section">${fH[1]}</h2>
<div class="w-layout-grid grid-pricing">${fSizes
  .map(
    ([n, p, d]) => `<div class="pricing-card"><h3 class="pricing-title">${n}</h3><div class="pricing-price">${p}</div><p class="pricing-text">${d}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-section">${fH[2]}</h2><div class="rich-text w-richtext"><p>${fGood}</p></div>
</div></section>
<section class="section section-testimonial"><div class="container w-container">
<blockquote class="testimonial-quote">“The garland was the first thing every guest
photographed. Worth every penny.”</blockquote><div class="testimonial-name">Priya, Harbour Hall launch</div></div></section>
<section id="quote" class="section section-dark"><div class="container w-container"><h2 class="heading-section light">Tell us about your event</h2>
<div class="form-block w-form"><form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get" class="quote-form" aria-label="Quote">
<label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name">
<label for="Email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="Email" data-name="Email" type="email" id="Email">
<label for="Event-date" class="field-label">Event date</label><input class="text-field w-input" name="Event-date" type="text" id="Event-date">
<input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Send request"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Quote success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Quote failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid">
<div class="footer-text">Airloom Studio · Unit 2, Ropewalk Yard, Kellerton</div>
<a href="https://www.instagram.com/airloom.example" class="footer-link">Instagram</a><a href="/privacy" class="footer-link">Privacy</a></div>
<div class="footer-copyright">© 2026 Airloom Studio</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65a1f0c2/js/webflow.3a4b5c6d.js" type="text/javascript"></script></body></html>`;
const webflowGarlands: TestPage = {
  name: 'heldout594-webflow-organic-garlands',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fH[0] ?? '', fH[1] ?? '', ...fSizes.map(([n]) => n), fH[2] ?? ''],
  body: [fLead, ...fSteps, ...fSizes.flatMap(([, p, d]) => [p, d]), fGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Portfolio', 'Process', 'Journal', 'Get a quote', 'Services', 'Request a quote', '01', '02', '03',
    '“The garland was the first thing every guest photographed. Worth every penny.”', 'Priya, Harbour Hall launch', 'Tell us about your event',
    'Name', 'Email', 'Event date', 'Airloom Studio · Unit 2, Ropewalk Yard, Kellerton', 'Instagram', 'Privacy', '© 2026 Airloom Studio',
  ],
};

export const HELDOUT594_C: readonly TestPage[] = [ghostColours, webflowGarlands];
