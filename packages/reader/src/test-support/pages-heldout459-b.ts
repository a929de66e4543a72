import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, clean, j, lis } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file b: a MyMiniFactory object page (Next.js, CSS-module class names) for a tabletop miniature, short,
 * with a store box and "more from this creator", and a Cults3D paid model page (Ruby on Rails with Turbo) with its price box,
 * file list, characteristics table and comments.
 */
const mTitle = 'Marsh Goblin Lantern Bearer';
const mDesc = [
  j(
    'The lantern bearer leads the Fenreach goblin warband through the reed beds. He comes pre-supported for resin printers and',
    'unsupported for FDM, on a 25 mm round base with a sculpted peat texture.',
  ),
  'Scale is 32 mm heroic. The lantern is a separate part so you can glue in a 3 mm LED if you want it to glow on the table.',
  'Tested on an Elegoo Saturn 3 at 0.03 mm layers and on a Bambu Lab P1S with a 0.2 mm nozzle.',
];
const mNav = ['Explore', 'Tribes', 'Store', 'Campaigns', 'Blog'];
const mMore = ['Marsh Goblin Spearman', 'Fenreach Bog Troll', 'Reed Hut Terrain Set'];
const mFoot = ['About', 'Careers', 'Help center', 'Terms and conditions', 'Privacy', 'Affiliates'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>3D Printable ${mTitle} by Oakhollow Miniatures</title><meta name="description" content="${mDesc[0]}"/>
<meta property="og:image" content="https://cdn.myminifactory.com/assets/object-assets/5f2a/lantern-720X720.jpg"/>
<link rel="preload" href="/_next/static/css/8b2a6e1f0c4d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b2a6e1f0c4d.css"/>
<noscript data-n-css=""></noscript><script defer src="/_next/static/chunks/main-7c1e5b3a.js"></script></head>
<body><div id="__next"><div class="Layout_root__Q2f1x"><header class="Header_header__7kd2P"><a href="/" class="Header_logo__1s0Zq">
<span class="sr-only">MyMiniFactory</span></a><nav class="Header_nav__V8pLm">${anchors(mNav, 'Header_link__2xk9e')}</nav>
<form class="SearchBar_form__Jm0qW"><input placeholder="Search for 3D models" class="SearchBar_input__9yTzD"/></form>
<a href="/login" class="Button_button__3lU7v">Sign in</a></header>
<main class="ObjectPage_main__k1Zr8"><section class="ObjectPage_gallery__3Vd0R"><img src="https://cdn.myminifactory.com/assets/object-assets/5f2a/lantern.jpg"
alt="${mTitle}"/></section><section class="ObjectPage_details__oW5vB"><h1 class="ObjectPage_title__2pCwM">${mTitle}</h1>
<div class="ObjectPage_creator__6bN3t"><a href="/users/OakhollowMiniatures">Oakhollow Miniatures</a><button class="Button_button__3lU7v">Follow</button></div>
<div class="StoreBox_box__Rr4fK"><span class="StoreBox_price__0Jm2s">$4.50</span><button class="Button_button__3lU7v Button_primary__Yh1Ac">Add to cart</button>
<p class="StoreBox_note__j8Wq1">Included in the Fenreach Tribe tier</p></div>
<div class="ObjectPage_description__hL3aZ"><div class="ObjectPage_descriptionText__Xs2Tm">${ps(mDesc)}</div></div>
<ul class="ObjectPage_meta__P0c9d"><li>Published: 19 May 2026</li><li>1,204 views</li><li>88 likes</li></ul>
<div class="ObjectPage_tags__u3Hk0">${anchors(['goblin', 'tabletop', '32mm', 'presupported'], 'Tag_tag__sL2fV')}</div></section>
<section class="MoreFromCreator_root__8Gg2c"><h2>More from Oakhollow Miniatures</h2><ul>${links(mMore)}</ul></section></main>
<footer class="Footer_footer__cV1Yx"><ul>${links(mFoot)}</ul><p>© 2026 MyMiniFactory</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"object":{"id":548212,"name":"${mTitle}","price":4.5}}},
"page":"/object/[slug]"}</script>
</body></html>`;
const myMiniFactory: TestPage = {
  name: 'heldout459-myminifactory-goblin',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: mDesc,
  bylines: ['Oakhollow Miniatures', 'Published: 19 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'MyMiniFactory', ...mNav, 'Sign in', 'Follow', '$4.50', 'Add to cart', 'Included in the Fenreach Tribe tier', '1,204 views', '88 likes',
    'goblin', 'tabletop', '32mm', 'presupported', 'More from Oakhollow Miniatures', ...mMore, ...mFoot, '© 2026 MyMiniFactory',
  ],
};

const cTitle = 'Articulated Axolotl Keychain – print-in-place';
const cDesc = [
  j(
    'A small articulated axolotl that prints in one piece with no supports. The body has eleven segments joined by print-in-place',
    'hinges, and the tail loop takes a standard 25 mm split ring.',
  ),
  j(
    'The model is about 92 mm long. I tuned the hinge gaps at 0.35 mm so they break free with a gentle twist straight off the',
    'plate, even on printers that are not perfectly calibrated.',
  ),
  'Included files',
  'axolotl_keychain.stl – the full model',
  'axolotl_keychain_multicolor.3mf – painted for AMS and MMU printers',
  'axolotl_gills_only.stl – for swapping gill colours by hand',
  'Printing tips',
  j(
    'Use a 0.2 mm layer height and keep the first layer at 100 % flow. If the segments fuse, lower the elephant foot compensation or',
    'turn on a 0.1 mm first-layer horizontal expansion in the negative. Cooling at full speed from layer 3 helps the hinges.',
  ),
  j(
    'You may sell printed copies at fairs and markets as long as you credit the design to Pebblecraft Studio. Reselling the',
    'files, even modified, is not allowed.',
  ),
];
const cChar = [
  ['3D design format', 'STL and 3MF'],
  ['Dimensions', '92 × 38 × 9 mm'],
  ['Number of parts', '1 (print-in-place)'],
  ['Supports needed', 'No'],
];
const cComments = [
  'Printed three of these for my nieces, hinges freed up first try on an Ender 3 V3. Lovely design!',
  'Is there a version without the loop? I would like to use it as a desk toy.',
];
const cNav = ['3D models', 'Collections', 'Contests', 'Designers', 'Blog'];
const cFoot = ['About Cults', 'Press', 'Jobs', 'Help', 'Terms of use', 'Legal notice', 'Sitemap'];
const cHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8">
<title>STL file ${cTitle} 🦎・3D printable model to download・Cults</title><meta name="description" content="${cDesc[0]}">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="Jp4kQw9xZ2Lr8aVt==">
<meta name="turbo-cache-control" content="no-preview"><link rel="stylesheet" href="https://assets.cults3d.com/assets/application-4be1a3.css"
data-turbo-track="reload"><script src="https://assets.cults3d.com/assets/application-91d0c2.js" data-turbo-track="reload" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${cTitle}","offers":{"@type":"Offer","price":"2.90",
"priceCurrency":"EUR"}}</script>
</head><body class="creations-show" data-controller="analytics">
<div class="cookies-banner" id="cookies-banner" data-controller="cookies"><p>Cults uses cookies to give you the best experience.</p>
<a class="btn btn-primary" href="#" data-action="cookies#accept">OK</a><a href="/en/pages/privacy">Learn more</a></div>
<header class="header" id="header"><a class="header__logo" href="/en">Cults</a><nav class="header__nav"><ul>${links(cNav, 'header__item')}</ul></nav>
<form class="header__search" action="/en/search"><input type="search" name="q" placeholder="Search for 3D files"></form>
<a class="btn btn-secondary" href="/en/users/sign-in">Log in</a><a class="btn btn-primary" href="/en/users/sign-up">Sign up</a></header>
<main class="main" id="main"><nav class="breadcrumb"
aria-label="Breadcrumb"><ol>${links(['Home', '3D models', 'Gadget', 'Keychains'], 'breadcrumb__item')}</ol></nav>
<div class="grid"><div class="grid-cell grid-cell--2/3"><div class="product-gallery"><img
src="https://files.cults3d.com/uploaders/axolotl/illustration-file.webp"
alt="${cTitle}"><p class="product-gallery__caption">Printed in Silk PLA by the designer</p></div>
<div class="product-body"><h1 class="t0">${cTitle}</h1><div class="product-body__author">Designer <a href="/en/users/pebblecraft">Pebblecraft Studio</a></div>
<div class="product-body__description rich">${ps(cDesc.slice(0, 2))}<h2>${cDesc[2]}</h2><ul>${lis(cDesc.slice(3, 6))}</ul>
<h2>${cDesc[6]}</h2>${ps(cDesc.slice(7))}</div>
<div class="product-body__characteristics"><h2 class="t3">3D model characteristics</h2><table class="table">
${cChar.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</table></div>
<section class="comments" id="comments"><h2 class="t3">2 comments</h2>${cComments
  .map((c, i) => `<div class="comment"><a class="comment__user" href="#">${['Wrenfield', 'tallyho_prints'][i]}</a><p>${c}</p></div>`)
  .join('\n')}<form class="comment-form"><textarea placeholder="Write a comment"></textarea><button class="btn">Publish</button></form></section></div></div>
<aside class="grid-cell grid-cell--1/3"><div class="product-price"><span class="product-price__amount">€2.90</span>
<a class="btn btn-primary btn-block" href="/en/orders/new">Buy</a><p class="product-price__note">Instant download after payment</p></div>
<div class="product-stats"><span>❤️ 341</span><span>⬇️ 1,106 downloads</span></div>
<div class="product-license"><h3 class="t4">License</h3><p>CC BY-NC – Attribution – Noncommercial</p></div></aside></div></main>
<footer class="footer"><ul>${links(cFoot)}</ul><p>Cults 3D © 2026</p></footer></body></html>`;
const cults: TestPage = {
  name: 'heldout459-cults3d-axolotl',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cDesc[2] ?? '', cDesc[6] ?? '', '3D model characteristics'],
  body: texts([...cDesc.filter((_, i) => i !== 2 && i !== 6), ...cChar.map(([k, v]) => `${k} ${v}`)]),
  bylines: ['Designer Pebblecraft Studio', 'Wrenfield', 'tallyho_prints'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cults uses cookies to give you the best experience.', 'OK', 'Learn more', 'Cults', ...cNav, 'Log in', 'Sign up', 'Home', 'Gadget',
    'Keychains', 'Printed in Silk PLA by the designer', '2 comments', ...cComments, 'Publish', '€2.90', 'Buy', 'Instant download after payment',
    '❤️ 341', '⬇️ 1,106 downloads', 'License', 'CC BY-NC – Attribution – Noncommercial', ...cFoot, 'Cults 3D © 2026',
  ],
};

export const HELDOUT459_B: readonly TestPage[] = [myMiniFactory, cults].map(clean);
