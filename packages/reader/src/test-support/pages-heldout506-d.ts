import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file d: a gallery journal essay on Webflow (a CMS collection template with rich text, a figure with caption
 * and a "more from the journal" collection list), and an artist's CV page on WordPress built with Elementor (Hello theme).
 */
const fTitle = 'Hanging a show in a room with no right angles';
const fDek = 'Our technician on eight days of string lines, shims and arguments with a 200-year-old floor.';
const fIntro = [
  j(
    'The east gallery at Northgate was a granary before it was anything else, and it has never been persuaded to be square.',
    'The floor drops 11 centimetres from the door to the far window. The walls lean out at the top. No two corners meet at',
    'the same angle. Every exhibition in this room starts with a fight, and for <em>Loom and Ledger</em> we lost several rounds',
    'before we won.',
  ),
  j(
    'The show brings together forty-one small works on paper and textile by six artists, and the curator wanted them hung on a',
    'single continuous line around the room. In a white cube that is an afternoon with a laser level. Here it took eight days.',
  ),
];
const fS1 = 'Finding a line';
const fP1 = [
  j(
    'A laser level is useless when the room itself is not level, because the line it throws is true and the room is not. Hang',
    'to the laser and every frame looks as though it is sliding downhill. Hang to the floor and the line wanders up and down',
    'like a coastline. What the eye actually reads is a compromise between the two.',
  ),
  j(
    'We ended up stretching a builder’s string around the whole room at a height of 152 centimetres and then walking it, wall',
    'by wall, with the curator standing in the doorway calling out “up a bit” and “no, back”. We pinned the string wherever it',
    'looked right, not where it measured right. It took most of two days.',
  ),
];
const fS2 = 'Shims, cleats and one very old beam';
const fP2 = [
  j(
    'Because the walls lean outwards, a frame hung from a single hook tilts away at the bottom and catches the light badly. We',
    'fixed a shallow aluminium cleat to the back of every frame and packed the lower edge with cork shims, cut one at a time.',
    'The largest gap was 9 millimetres.',
  ),
  j(
    'Behind the north wall runs an oak beam that nobody had mapped. We found it with the first drill bit, which it destroyed.',
    'The three works on that stretch now hang from a timber batten fixed above and below the beam, painted to disappear.',
  ),
];
const fS3 = 'What we would do again';
const fList = [
  'Hang by eye, then measure to record what the eye chose, so the line can be rebuilt for the next show.',
  'Make the shims before the work arrives. Cutting cork with the frames on the floor is how corners get chipped.',
  'Leave a day for nothing at all. On day seven we walked the room and moved only two pictures, and both were better for it.',
];
const fEnd = j(
  '<em>Loom and Ledger</em> runs until 14 September. The technical drawings for the hang are pinned up in the corridor outside',
  'the east gallery for anyone who wants to see them.',
);
const fCap = 'The string line on day two, before the first frame went up. Photo: Northgate Gallery';
const fNav = ['Exhibitions', 'Learn', 'Journal', 'Visit', 'Support'];
const fMore = ['Why we stopped using spotlights', 'Six artists, one loom: notes from the studio', 'A year of free Thursdays'];
const fFoot = ['Opening hours', 'Access', 'Hire the gallery', 'Jobs', 'Privacy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Aug 03 2027 09:14:22 GMT+0000 -->
<html data-wf-domain="www.northgategallery.example" data-wf-page="64d1e0b27c0ea3a1" data-wf-site="64d1e0b27c0ea39f" data-wf-collection="64d1e0b27c0ea3b4"
data-wf-item-slug="hanging-a-show-in-a-room-with-no-right-angles"><head><meta charset="utf-8"><title>${fTitle} | Northgate Gallery Journal</title>
<meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title"><meta property="og:type" content="website">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/64d1e0b27c0ea39f/css/northgate.webflow.7c1e9a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"Callum Rix"}}</script>
</head><body class="body-journal">
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container
w-container">
<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.example/64d1e0b27c0ea39f/logo.svg" loading="lazy" alt="Northgate Gallery"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Journal' ? ' w--current' : ''}">${t}</a>`)
  .join('')}<a href="/visit#tickets" class="nav-button w-button">Book a free ticket</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-journal-hero"><div class="container-narrow"><div class="journal-meta-row"><a href="/journal" class="journal-back-link">← Journal</a>
<div class="journal-category">Behind the scenes</div></div><h1 class="journal-title">${fTitle}</h1><p class="journal-dek">${fDek}</p>
<div class="journal-author-row"><div class="journal-author">Callum Rix</div><div class="journal-divider">·</div><div class="journal-date">3 August
2027</div></div>
</div></div>
<div class="section-journal-body"><div class="container-narrow"><div class="journal-rich-text w-richtext">
${ps(fIntro)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.example/64d1e0b27c0ea3b4/string-line.jpg"
loading="lazy" alt="A white string stretched across an empty gallery wall"></div><figcaption>${fCap}</figcaption></figure>
<h2>${fS1}</h2>
${ps(fP1)}
<h2>${fS2}</h2>
${ps(fP2)}
<h2>${fS3}</h2>
<ul role="list">${lis(fList)}</ul>
${ps([fEnd])}
</div><div class="share-row"><div class="share-label">Share</div><a href="https://twitter.example/intent/tweet" class="share-link w-inline-block">X</a><a
href="https://www.facebook.example/sharer" class="share-link w-inline-block">Facebook</a><a href="mailto:?subject=Journal" class="share-link
w-inline-block">Email</a>
</div></div></div>
<div class="section-more"><div class="container"><h3 class="more-heading">More from the Journal</h3><div class="w-dyn-list"><div role="list" class="more-grid
w-dyn-items">
${fMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/x" class="more-card w-inline-block"><div
class="more-card-title">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<footer class="footer"><div class="container footer-grid"><div class="footer-col"><div class="footer-heading">Northgate Gallery</div><p
class="footer-text">Granary
Lane, Northgate. Open Thursday to Sunday, 11–5.</p></div><div class="footer-col"><ul role="list" class="footer-list
w-list-unstyled">${links(fFoot, 'footer-item')}</ul></div>
<div class="footer-col"><div class="footer-heading">Newsletter</div><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get"><input class="footer-input w-input" maxlength="256" name="Email" placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="footer-submit w-button" value="Join"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region"
aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.example/64d1e0b27c0ea39f/js/webflow.4d8d0a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout506-webflow-hanging-journal',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fS1, fS2, fS3],
  body: texts([fDek, ...fIntro, ...fP1, ...fP2, ...fList, fEnd]),
  bylines: ['Callum Rix', '3 August 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a free ticket', '← Journal', 'Behind the scenes', fCap, 'Share', 'X', 'Facebook', 'Email', 'More from the Journal', ...fMore,
    'Northgate Gallery', 'Granary Lane, Northgate. Open Thursday to Sunday, 11–5.', ...fFoot, 'Newsletter',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
  ],
};

const eTitle = 'Curriculum Vitae';
const eIntro = 'Ines Marlow (b. 1986, Wexham) is a sculptor working in cast bronze and found steel. She lives and works in Dunmere.';
const eSecs: { h: string; items: string[] }[] = [
  {
    h: 'Solo exhibitions',
    items: [
      '2026 — <em>Weight of Water</em>, Pell Street Gallery, Dunmere',
      '2023 — <em>Anchors</em>, The Chandlery, Holme Bay',
      '2019 — <em>Ballast</em>, Arden Project Space, Wexham',
    ],
  },
  {
    h: 'Selected group exhibitions',
    items: [
      '2027 — <em>Cast &amp; Forged</em>, Ravensworth Sculpture Park',
      '2024 — <em>Open 24</em>, Dunmere Art Society (prize winner)',
      '2021 — <em>Salt</em>, Harbourside Arts Centre, Kellow',
    ],
  },
  {
    h: 'Awards and residencies',
    items: ['2025 — Foundry Fellowship, Greyhallow Bronze Works', '2022 — Kellow Maritime Trust residency'],
  },
  { h: 'Education', items: ['2010 — MA Sculpture, Dunmere School of Art', '2008 — BA (Hons) Fine Art, University of Wexham'] },
];
const eNav = ['Home', 'Work', 'CV', 'News', 'Contact'];
const el = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string, extra = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed
elementor-section-height-default${extra}"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-IE"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>CV &#8211; Ines Marlow</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://inesmarlow.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://inesmarlow.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-27-css' href='https://inesmarlow.example/wp-content/uploads/elementor/css/post-27.css?ver=1712' media='all'>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<style>.e-con.e-parent:nth-of-type(n+4):not(.e-lazyloaded):not(.e-no-lazyload){background-image:none !important;}</style></head>
<body class="page-template page-template-elementor_header_footer page page-id-27 elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-27">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  '1c7e2d0',
  `${el('theme-site-title', 'a91f3c2', '<h2 class="elementor-heading-title elementor-size-default"><a href="https://inesmarlow.example">Ines Marlow</a></h2>')}
${el(
  'nav-menu',
  'b0d4e11',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-b0d4e11" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="27" class="elementor elementor-27" data-elementor-post-type="page">
${sec(
  '5e2b7a1',
  `${el('heading', '6f01c9a', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${el('text-editor', '7a3d0e5', `<p>${eIntro}</p>`)}
${el(
  'button',
  '8be41f2',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2027/01/marlow-cv.pdf">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download CV (PDF)</span></span></a></div>`,
)}`,
)}
${eSecs
  .map((s, i) =>
    sec(
      `9c${i}d${i}e1`,
      `${el('heading', `a${i}f2b3c`, `<h2 class="elementor-heading-title elementor-size-default">${s.h}</h2>`)}
${el('text-editor', `b${i}e4d5f`, `<ul>${lis(s.items)}</ul>`)}`,
    ),
  )
  .join('\n')}
</div>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  'd4c3b2a',
  `${el(
    'social-icons',
    'e5f6a7b',
    `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item"><a class="elementor-icon
elementor-social-icon elementor-social-icon-instagram" href="https://instagram.example/inesmarlow" target="_blank"><span
class="elementor-screen-only">Instagram</span></a>
</span></div>`,
  )}
${el('text-editor', 'f7a8b9c', '<p>© 2027 Ines Marlow. All images © the artist.</p>')}`,
)}
</div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4","is_static":false};</script>
<script src="https://inesmarlow.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout506-elementor-cv',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map((s) => s.h),
  body: texts([eIntro, ...eSecs.flatMap((s) => s.items)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Skip to content', ...eNav, 'Download CV (PDF)', 'Instagram', '© 2027 Ines Marlow. All images © the artist.'],
};

export const HELDOUT506_D: readonly TestPage[] = [webflow, elementor];
