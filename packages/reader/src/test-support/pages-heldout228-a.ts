import { links, ps, type TestPage, texts } from './page-kit.js';
import { everlaneJournal } from './pages-heldout228-a2.js';

/**
 * Held-out batch 228, file a: a Patagonia-style "Stories" article on a Salesforce Commerce Cloud storefront (promo strip, mega
 * menu, breadcrumb, hero with photo credit, story meta, in-text product tiles, "Keep Reading" rail, email sign-up, consent
 * banner and footer) and, from file a2, an Everlane-style journal post.
 */
const title = 'The river that taught us to repair';
const dek = 'On the upper Vessa, a volunteer crew spent three summers pulling a dam apart by hand. What they kept was the gear.';
const p1 = [
  'The first thing you notice about the Vessa above Holmbridge is the sound. For forty years the river stopped at a concrete weir ' +
    'built for a mill that closed before most of the crew were born. Now it runs loud and fast over the cobbles, and the trout have ' +
    'come back as far as the old sheep bridge.',
  'Getting there took three summers, about two hundred volunteers and a lot of broken kit. Hanne Lidvall, who led the work for the ' +
    'Upper Vessa River Trust, keeps a list of everything the crew wore out. It runs to four pages.',
];
const h1 = 'Taking a weir apart by hand';
const p2 = [
  'Heavy machinery could not reach the site without cutting a track through ancient woodland, so the trust chose to do it the slow ' +
    'way. Crews broke the weir into blocks with hand tools and winched them up the bank on a cable strung between two oaks.',
  '“People imagine it is one dramatic day with a digger,” Lidvall says. “It is not. It is eleven weeks of the same cold, wet work, ' +
    'and then another eleven weeks the next year.”',
  'The cold and wet were the problem. Waders split at the knee, jackets wore through at the shoulder where the winch strap sat, and ' +
    'gloves lasted about a fortnight.',
];
const h2 = 'A repair table on the riverbank';
const p3 = [
  'By the second summer the crew had set up a trestle table under a tarp at the top of the bank. Anyone who tore something left it ' +
    'there at lunch, and Odd Rasmussen, a retired sailmaker from the village, patched it before the afternoon shift.',
  'He worked with what he had: seam tape, a box of patches cut from old jackets, a hand-cranked sewing machine and a tin of wax. ' +
    'His rule was that nothing went in the skip until he had tried twice.',
];
const list = [
  'Waders patched with neoprene and wet-suit glue, cured overnight in the van.',
  'Jacket shoulders reinforced with a second layer of fabric where the strap rubbed.',
  'Gloves re-stitched along the thumb seam, the part that always goes first.',
  'Zips freed with wax and a pencil rather than replaced.',
];
const h3 = 'What the river got back';
const p4 = [
  'The last block came out in August. Within a month the pool above the weir had drained to a run of gravel, and by October the ' +
    'trust’s counters had recorded sea trout spawning above the site for the first time since the 1980s.',
  'Rasmussen’s list of repairs ran to 312 items over the three summers. Of those, he reckons only nineteen could not be saved.',
  '“You get attached to a jacket that has been through that,” says Lidvall. “Mine has more patches than jacket now. I am not giving ' + 'it up.”',
];
const promo = 'Free shipping on orders over £75 and free returns';
const nav = ['Women', 'Men', 'Kids & Baby', 'Packs & Gear', 'Sale', 'Activism', 'Stories', 'Worn Wear'];
const crumbs = ['Home', 'Stories'];
const heroCredit = 'Photo: Sigrid Aune';
const heroCaption = 'Volunteers winch a block of the old weir up the bank above Holmbridge.';
const tiles = [
  { name: 'Men’s Torrent Shell 3L Jacket', price: '£170' },
  { name: 'Women’s Swiftcurrent Waders', price: '£450' },
];
const keep = ['Why we still sew by hand', 'A winter on the coast path with a borrowed stove', 'Ten years of Worn Wear in numbers'];
const signup = ['Get stories like this in your inbox', 'Sign up for email', 'Email address', 'Sign Up'];
const consent = [
  'We use cookies and similar technologies to give you a better experience, analyse site traffic and personalise content.',
  'Cookie Settings',
  'Accept All Cookies',
];
const foot = ['Customer Service', 'Order Status', 'Returns & Exchanges', 'Ironclad Guarantee', 'Repairs', 'Company Info', 'Careers', 'Privacy Notice'];
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The river that taught us to repair - Tallgrass Stories</title>
<meta name="description" content="${dek}"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://eu.tallgrass.example/en-gb/stories/the-river-that-taught-us-to-repair/story-14122.html">
<link rel="stylesheet" href="/on/demandware.static/Sites-tallgrass-eu-Site/-/en_GB/v1733/css/global.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}",
"author":{"@type":"Person","name":"Maren Holt"},"datePublished":"2025-09-18","publisher":{"@type":"Organization","name":"Tallgrass"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:'story',storyId:'story-14122'});</script>
<script src="/on/demandware.static/Sites-tallgrass-eu-Site/-/en_GB/v1733/js/main.js" defer></script></head>
<body class="page-stories" data-action="Stories-Show" data-querystring="cid=story-14122">
<a class="skip-to-content sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
<div class="header-banner slide-up" role="region" aria-label="Promotions"><div class="content"><p>${promo}</p></div>
<button class="close" aria-label="Close">×</button></div>
<header class="header" role="banner"><div class="header__logo"><a href="/en-gb/home" title="Tallgrass Home"><span class="sr-only">Tallgrass</span></a></div>
<nav class="header__nav menu-group" role="navigation" aria-label="Main menu"><ul class="nav navbar-nav" role="menu">
${links(nav, 'nav-item dropdown')}</ul></nav>
<div class="header__utility"><a href="/en-gb/login" class="user-link">Sign In</a><a href="/en-gb/cart" class="minicart-link"
aria-label="Cart 0 items"><span class="minicart-quantity">0</span></a></div></header>
<main id="maincontent" role="main" class="story-detail">
<nav aria-label="Breadcrumb" class="breadcrumbs"><ol class="breadcrumb">${links(crumbs, 'breadcrumb-item')}</ol></nav>
<article class="story" data-story-id="story-14122">
<div class="story-hero"><figure class="story-hero__media"><picture>
<img src="https://eu.tallgrass.example/dw/image/v2/hero.jpg" alt="Volunteers at the weir"></picture>
<figcaption class="story-hero__caption"><span class="caption">${heroCaption}</span> <span class="credit">${heroCredit}</span></figcaption></figure>
<div class="story-hero__content"><p class="story-hero__eyebrow"><a href="/en-gb/stories/?category=activism">Activism</a></p>
<h1 class="story-hero__title">${title}</h1><p class="story-hero__dek">${dek}</p></div></div>
<div class="story-meta"><span class="story-meta__author">By Maren Holt</span><time class="story-meta__date" datetime="2025-09-18">September 18, 2025</time>
<span class="story-meta__read">7 Min Read</span></div>
<div class="story-body content-asset"><!-- dwMarker="content" dwContentID="story-14122-body" -->
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="story-products product-grid" data-component="shop-the-story"><h3 class="story-products__title">Shop the Story</h3>
${tiles
  .map(
    (t) => `<div class="product-tile" data-pid="${t.price}"><a class="tile-image" href="/en-gb/p/${t.price}.html"><img alt="${t.name}" src="/tile.jpg"></a>
<div class="tile-body"><div class="pdp-link"><a class="link" href="/en-gb/p/${t.price}.html">${t.name}</a></div>
<div class="price"><span class="sales"><span class="value">${t.price}</span></span></div></div></div>`,
  )
  .join('\n')}</div>
<h2>${h3}</h2>
${ps(p4)}
</div>
<div class="story-share"><span class="story-share__label">Share</span><a href="https://www.facebook.com/sharer" aria-label="Share on Facebook">Facebook</a>
<a href="https://x.com/intent/post" aria-label="Share on X">X</a><button class="copy-link" type="button">Copy Link</button></div>
</article>
<section class="keep-reading" aria-labelledby="keep-reading-title"><h2 id="keep-reading-title">Keep Reading</h2><div class="story-tiles">
${keep
  .map(
    (t) => `<div class="story-tile"><a href="/en-gb/stories/${t.length}.html"><p class="story-tile__title">${t}</p></a>
</div>`,
  )
  .join('\n')}</div></section>
<section class="email-signup"><h2 class="email-signup__title">${signup[0]}</h2><form action="/en-gb/email-signup" class="email-signup__form">
<p class="email-signup__label">${signup[1]}</p><label for="es-email">${signup[2]}</label><input id="es-email" type="email">
<button type="submit">${signup[3]}</button></form></section>
</main>
<footer class="footer" role="contentinfo"><ul class="footer__links">${links(foot, 'footer__item')}</ul>
<p class="footer__copyright">© 2025 Tallgrass Outfitters Ltd</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">${consent[0]}</p><button id="onetrust-pc-btn-handler">${consent[1]}</button>
<button id="onetrust-accept-btn-handler">${consent[2]}</button></div></div>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0191e3a2"></script></body></html>`;
const patagonia: TestPage = {
  html,
  name: 'heldout228-patagonia-stories',
  kind: 'blog',
  // the dek is body; the eyebrow category, the hero caption and credit, the shop-the-story tiles and the Keep Reading rail are
  // furniture
  title,
  headings: [h1, h2, h3],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...list, ...texts(p4)],
  bylines: ['By Maren Holt', 'September 18, 2025', '7 Min Read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', promo, ...nav, 'Sign In', ...crumbs, heroCaption, heroCredit, 'Shop the Story',
    ...tiles.flatMap((t) => [t.name, t.price]), 'Share', 'Facebook', 'Copy Link', 'Keep Reading', ...keep, ...signup, ...foot,
    '© 2025 Tallgrass Outfitters Ltd', ...consent,
  ],
};

export const HELDOUT228_A: readonly TestPage[] = [patagonia, everlaneJournal];
