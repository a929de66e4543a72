import { links, ps, type TestPage } from './page-kit.js';
import { amp, finish, j, rowTexts, trs } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file c: a photographer's booking terms on WordPress with a Flothemes theme (Flo blocks, mobile header
 * copy, Instagram strip) and a headshot studio's short session page on Format.
 */
const fTitle = 'Booking Terms & Conditions';
const fIntro = j(
  'These terms apply to every wedding, event and portrait session booked with Hazel Brannock Photography. They form part of',
  'the agreement you sign when you book, so please read them before you pay your retainer.',
);
const fSecs: [string, string[]][] = [
  [
    '1. Retainer and payments',
    [
      j(
        'Your date is reserved only when we have received the signed agreement and a non-refundable retainer of 30% of the',
        'collection price. Until then the date remains available to other clients.',
      ),
      j(
        'The remaining balance is due 30 days before a wedding or event and on the day of a portrait session. If the balance',
        'is not paid on time we will remind you twice; after 14 days the booking may be treated as cancelled.',
      ),
    ],
  ],
  [
    '2. Rescheduling',
    [
      j(
        'If you need to move your wedding, we will transfer your retainer to a new date within 18 months, subject to',
        'availability. One transfer is free of charge; a second transfer costs £150.',
      ),
      'Portrait sessions can be moved once with at least 48 hours’ notice. Later changes forfeit the session fee.',
    ],
  ],
  [
    '3. Cancellation',
    [
      j(
        'You may cancel at any time by writing to us. The retainer is kept in every case. If you cancel within 90 days of a',
        'wedding, 50% of the balance is also due, because it is unlikely we can rebook the date at such short notice.',
      ),
      j(
        'If we have to cancel because of illness or an emergency, we will do our best to send a trusted photographer from our',
        'own network in our place. If that is not possible we will refund everything you have paid to us.',
      ),
    ],
  ],
  [
    '4. On the day',
    [
      j(
        'Coverage begins and ends at the times agreed in your timeline. Extra coverage can be added on the day at £250 an hour',
        'if we are free to stay. On days longer than six hours we need a hot meal and a 30-minute break.',
      ),
      j(
        'Some venues and officiants limit where photographers may stand, or ban flash during a ceremony. We follow their',
        'rules, and cannot be held responsible for images we were not allowed to take.',
      ),
    ],
  ],
  [
    '5. Image delivery',
    [
      j(
        'Wedding galleries are delivered within eight weeks, and portrait galleries within three weeks, through a private',
        'online gallery that stays live for twelve months. Please download a copy; we keep a backup for two years.',
      ),
      j(
        'We edit every image we deliver. We do not supply unedited files or RAW files, and we do not make major changes such',
        'as removing people or changing backgrounds unless agreed in writing.',
      ),
    ],
  ],
  [
    '6. Copyright and usage',
    [
      j(
        'We keep the copyright in all images. You receive a personal licence to print, share and keep them for your own use.',
        'Commercial use, including by vendors or in competitions, needs our written permission.',
      ),
      j(
        'We may use a selection of images on our website, social media and in print. If you would rather we did not, tell us',
        'when you book and we will keep your gallery private.',
      ),
    ],
  ],
  [
    '7. Liability',
    [
      j(
        'We carry backup cameras and cards and hold public liability insurance of £2 million. In the very unlikely event that',
        'images are lost or damaged beyond our control, our liability is limited to a refund of the fees you have paid.',
      ),
    ],
  ],
];
const fNav = ['Home', 'Weddings', 'Portraits', 'Journal', 'Contact'];
const fFoot = ['Privacy', 'Booking Terms', 'Instagram'];
const fMenu = (cls: string): string => `<ul class="${cls}">${links(fNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Booking Terms &amp; Conditions | Hazel Brannock Photography</title><link rel="canonical" href="https://hazelbrannock.co.uk/booking-terms/">
<meta name="description" content="Terms for weddings, events and portrait sessions booked with Hazel Brannock Photography.">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Booking Terms & Conditions | Hazel Brannock Photography","dateModified":"2026-02-03T10:14:22+00:00"}]}</script>
<link rel='stylesheet' id='flo-core-css' href='https://hazelbrannock.co.uk/wp-content/themes/flotheme-lovely/public/css/style.min.css?ver=2.4.1' media='all'>
<style id='flo-inline-css'>.flo-header__logo{max-width:180px}.flo-block-text-block-2 .flo-block__title{font-size:2.4rem}</style></head>
<body class="page-template-default page page-id-88 flo-theme flotheme-lovely flo-appear-disabled">
<a class="skip-link screen-reader-text" href="#flo-main">Skip to content</a>
<div class="flo-header-mobile flo-header-mobile--type-a"><div class="flo-header-mobile__logo"><a href="/"><img src="/wp-content/uploads/2025/10/hb-logo.png"
alt="Hazel Brannock Photography"></a></div><div class="flo-header-mobile__menu-trigger" role="button" aria-label="Open menu">Menu</div>
<div class="flo-mobile-menu" aria-hidden="true" style="display:none">${fMenu('flo-mobile-menu__menu')}</div></div>
<header class="flo-header flo-header--type-b"><div class="flo-header__inner"><a href="/" class="flo-header__logo"><span
class="flo-header__logo-text">Hazel Brannock</span>
<span class="flo-header__logo-tagline">photography</span></a><nav class="flo-header__menu">${fMenu('flo-header__menu-items')}</nav>
<a class="flo-header__cta flo-button" href="/contact/">Book your date</a></div></header>
<main class="flo-post" id="flo-main"><div class="flo-block flo-block--full-width flo-block-title-area-1"><div class="flo-block__container">
<div class="flo-block-title-area__subtitle">The small print</div><h1 class="flo-block-title-area__title">${amp(fTitle)}</h1>
<div class="flo-block-title-area__date">Last updated: 3 February 2026</div></div></div>
<div class="flo-block flo-block-text-block-2"><div class="flo-block__container"><div class="flo-block-text-block__text flo-post"><p class="lead">${fIntro}</p>
${fSecs.map(([h, pp]) => `<h2>${h}</h2>\n${ps(pp)}`).join('\n')}
<p><em>Questions about any of this? Just ask before you book &#8212; we are happy to talk it through.</em></p>
</div></div></div></main>
<div class="flo-block flo-block-instagram-1"><div class="flo-block__container"><h4 class="flo-instagram__title">Say hello on Instagram</h4>
<div class="flo-instagram__handle"><a href="https://instagram.com/hazelbrannockphoto">@hazelbrannockphoto</a></div>
<div class="flo-instagram__images"><a href="#"><img src="/wp-content/uploads/sb-instagram-feed-images/1.jpg" alt=""></a></div></div></div>
<footer class="flo-footer flo-footer--type-a"><div class="flo-footer__newsletter"><h4 class="flo-footer__newsletter-title">The Brannock Letter</h4>
<form class="flo-form" action="#"><label for="flo-nl-email" class="visually-hidden">Your email</label><input id="flo-nl-email" type="email"
placeholder="Your email">
<button type="submit" class="flo-button">Subscribe</button></form></div><div class="flo-footer__menu"><ul>${links(fFoot)}</ul></div>
<div class="flo-footer__copyright">© 2026 Hazel Brannock Photography · Registered in England no. 13904471</div>
<div class="flo-footer__credits"><a href="https://flothemes.com" rel="nofollow">Flothemes</a></div></footer>
<script src='https://hazelbrannock.co.uk/wp-content/themes/flotheme-lovely/public/js/app.min.js?ver=2.4.1' id='flo-scripts-js'></script></body></html>`;
const flothemes: TestPage = finish({
  name: 'heldout516-flothemes-booking-terms',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map(([h]) => h),
  body: [fIntro, ...fSecs.flatMap(([, pp]) => pp), 'Questions about any of this? Just ask before you book — we are happy to talk it through.'],
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'Hazel Brannock', 'photography', ...fNav, 'Book your date', 'The small print', 'Say hello on Instagram', '@hazelbrannockphoto',
    'The Brannock Letter', 'Your email', 'Subscribe', ...fFoot, '© 2026 Hazel Brannock Photography · Registered in England no. 13904471', 'Flothemes',
  ],
});

const mTitle = 'Headshot Sessions';
const mIntro = j(
  'Clean, natural headshots for actors, founders and teams, shot in our daylight studio in the Corvell Building. Sessions',
  'are relaxed and quick, and you see every frame on a big screen as we shoot.',
);
const mRows = [
  ['Express', '20 minutes', '1 look', '2 retouched images', '£95'],
  ['Standard', '45 minutes', '2 looks', '5 retouched images', '£180'],
  ['Team day', 'Half day on site', '—', 'Up to 12 people', 'from £650'],
];
const mAfter = j(
  'Extra retouched images are £25 each. Bring a couple of tops in plain colours; we have a mirror, steamer and a make-up',
  'table ready for you.',
);
const mNav = ['Work', 'Headshots', 'Info'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Headshot Sessions - Osei Lindqvist Studio</title><meta name="description" content="Headshots for actors, founders and teams in the Corvell Building.">
<meta property="og:title" content="Headshot Sessions"><meta property="og:site_name" content="Osei Lindqvist Studio">
<link rel="stylesheet" href="https://format-assets.format.com/themes/horizon/theme.css"><link rel="stylesheet" href="/custom.css">
<script>window.FormatSite={siteId:482911,theme:"horizon",pageType:"text"};</script></head>
<body class="theme-horizon page-type-text page-headshot-sessions"><div id="site-wrapper">
<header id="header" class="site-header"><div class="site-title"><a href="/">Osei Lindqvist Studio</a></div>
<button class="mobile-nav-toggle" aria-label="Toggle navigation"><span></span></button>
<nav id="nav" class="site-nav"><ul class="nav-list">${links(mNav, 'nav-item')}</ul>
<ul class="social-links"><li><a href="https://instagram.com/oseilindqvist" class="social-icon instagram" aria-label="Instagram"></a></li></ul></nav></header>
<main id="content" class="site-content"><div class="text-page"><div class="text-page-header"><h1 class="page-title">${mTitle}</h1></div>
<div class="text-page-content fr-view"><p>${mIntro}</p>
<table style="width: 100%;"><thead><tr><th>Session</th><th>Time</th><th>Looks</th><th>Images</th><th>Price</th></tr></thead><tbody>
${trs(mRows)}
</tbody></table>
<p>${mAfter}</p><p><a href="mailto:studio@oseilindqvist.com" class="fr-strong">Book a session</a></p></div></div></main>
<footer id="footer" class="site-footer"><p class="copyright">© Osei Lindqvist 2026</p>
<a class="powered-by" href="https://www.format.com/?utm_source=site-footer" rel="nofollow">Powered by Format</a></footer></div>
<script src="https://format-assets.format.com/themes/horizon/theme.js"></script></body></html>`;
const format: TestPage = finish({
  name: 'heldout516-format-headshot-sessions',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: [mIntro, ...rowTexts(mRows), mAfter],
  bylines: [],
  furniture: ['Osei Lindqvist Studio', ...mNav, 'Book a session', '© Osei Lindqvist 2026', 'Powered by Format'],
});

export const HELDOUT516_C: readonly TestPage[] = [flothemes, format];
