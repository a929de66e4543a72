import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file d2: a ham radio club's news page built with Elementor on WordPress (Elementor header and footer
 * templates with a nav-menu widget, the post built from heading, post-info, text-editor, image, icon-list and button widgets, a
 * share-buttons widget, a "More club news" posts widget, a call-to-action box for membership, footer with the club's callsign).
 */
const cTitle = 'Field Day 2026: Three Stations on Harrow Hill';
const cLead = [
  j(
    'The club will run three stations from the old beacon site on Harrow Hill for this year\u2019s Field Day, from 1800 UTC on',
    'Saturday 27 June to 2100 UTC on Sunday. Members, visitors and anyone curious about amateur radio are welcome on both days.',
  ),
];
const cPlan = [
  j(
    'After last year\u2019s wind took down the mast at three in the morning, the committee has settled on a more modest plan. The',
    'HF station will use a pair of guyed fibreglass poles with an inverted-V dipole for 40 and 80 metres and a vertical for 20',
    'metres. The VHF station will run from the minibus with a small beam on a push-up mast.',
  ),
  j(
    'The third station is new this year: a dedicated get-on-the-air position for people who have never made a contact. It will have',
    'its own operator with a full licence on hand at all times, so visitors can talk on the air under supervision.',
  ),
];
const cBring = [
  'A folding chair and warm clothes for the night shift',
  'Your logbook or a laptop with the club logging software',
  'Food to share at the Saturday barbecue',
  'A head torch with a red setting',
];
const cSafety = [
  j(
    'The site is a working farm. Please park only in the lower field, keep gates closed behind you and keep dogs on a lead. Guy lines',
    'will be flagged with tape, but take care after dark. The generator area is off limits to everyone except the two members who',
    'are running it.',
  ),
];
const cQuote = j(
  '\u201cField Day is where most of us caught the bug. We want anyone who walks up the hill to leave having made a contact of their',
  'own,\u201d said the club\u2019s training officer, Priya Halloran.',
);
const cEnd = [
  j(
    'A sign-up sheet for operating slots is on the members\u2019 area of the website. Slots are two hours long, and new operators are',
    'paired with an experienced member for their first shift. If you can help with setting up on Saturday morning, please tell',
    'the secretary by 20 June.',
  ),
];
const cMenu = ['Home', 'About the Club', 'Club News', 'Training', 'Contests', 'Repeaters', 'Contact'];
const cMore = ['Foundation licence course starts in September', 'Repeater GB3HW back on air after the storm', 'Minutes of the April committee meeting'];
const cFoot = ['Privacy Notice', 'Constitution', 'Affiliated to the national society'];
const w = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const cHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} &#8211; Harrow Vale Amateur Radio Society</title><meta property="og:type" content="article"><meta property="og:title" content="${cTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-05-11T19:30:00+01:00",
"author":{"@type":"Person","name":"Neil Ashdown, G4NXA"}}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1' media='all' />
<link rel='stylesheet' id='elementor-post-318-css' href='/wp-content/uploads/elementor/css/post-318.css?ver=1746980000' media='all' />
<script>var ElementorProFrontendConfig = {"ajaxurl":"/wp-admin/admin-ajax.php","shareButtonsNetworks":{"facebook":{"title":"Facebook"}}};</script></head>
<body class="post-template-default single single-post postid-318 elementor-default elementor-kit-6 elementor-page elementor-page-318">
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">${sec(
  '4b1c2d0',
  `${w('theme-site-logo', '9e1f3a2', '<a href="/"><img src="/wp-content/uploads/hvars-logo.png" alt="HVARS"></a>')}
${w(
  'nav-menu',
  '6d2e8b1',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-6d2e8b1" class="elementor-nav-menu">
${links(cMenu, 'menu-item')}</ul></nav>`,
)}`,
)}</div>
<div data-elementor-type="wp-post" data-elementor-id="318" class="elementor elementor-318">${sec(
  '1a7f9c4',
  `${w('heading', '5c0b7e2', `<h1 class="elementor-heading-title elementor-size-default">${cTitle}</h1>`)}
${w(
  'post-info',
  '2f8d1a6',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1b2c3d">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Neil Ashdown, G4NXA</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">11 May 2026</span>
</li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">Club News</span>
</li></ul>`,
)}
${w(
  'image',
  '7a3e5f0',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/05/fd-2025-mast.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Raising the HF mast on Harrow Hill last June. Photo: Club archive</figcaption></figure>`,
)}
${w('text-editor', '3d9c6b8', `${ps(cLead)}<h2>The plan for the weekend</h2>${ps(cPlan)}`)}
${w('text-editor', '8e4a1f7', `<h2>What to bring</h2><ul>${lis(cBring)}</ul><h2>On site</h2>${ps(cSafety)}`)}
${w('blockquote', '0c5d2e9', `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${cQuote}</p></blockquote>`)}
${w('text-editor', '6b1f8c3', ps(cEnd))}
${w(
  'button',
  '4e7a0d5',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/members/">
<span class="elementor-button-text">Book an operating slot</span></a>`,
)}
${w(
  'share-buttons',
  '1f6c9a2',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__title">Share</span></div>
<div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">Email</span></div></div>`,
)}`,
)}${sec(
  '2c8e4b7',
  `${w('heading', '9b3d7f1', '<h3 class="elementor-heading-title elementor-size-default">More club news</h3>')}
${w(
  'posts',
  '5a0e2c6',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${cMore
    .map((t) => `<article class="elementor-post elementor-grid-item"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`)
    .join('\n')}</div>`,
)}
${w(
  'call-to-action',
  '3f1b8d4',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Not a member yet?</h3>
<div class="elementor-cta__description">Membership is £20 a year, and under-18s join free.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/join/">Join the club</a></div></div>`,
)}`,
)}</div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">${sec(
  '7d4f2a9',
  `${w('text-editor', '2b6e1c5', '<p>Harrow Vale Amateur Radio Society · Club callsign G0HVR · Meets every Tuesday at 7.30 pm, Vale Scout Hut</p>')}
${w('nav-menu', '8c2d5e0', `<ul class="elementor-nav-menu">${links(cFoot)}</ul>`)}`,
)}</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to remember your preferences.</span>
<a role="button" class="cli_settings_button">Cookie Settings</a><a id="cookie_action_close_header" role="button" class="cli_action_button">Accept</a></div>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1' id='elementor-frontend-js'></script></body></html>`;
export const hamClub: TestPage = {
  name: 'heldout321-elementor-ham-club-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['The plan for the weekend', 'What to bring', 'On site'],
  body: texts([...cLead, ...cPlan, ...cBring, ...cSafety, cQuote, ...cEnd]),
  bylines: ['Neil Ashdown, G4NXA', '11 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cMenu, 'Raising the HF mast on Harrow Hill last June. Photo: Club archive', 'Book an operating slot', 'Share', 'Email', 'More club news', ...cMore,
    'Not a member yet?', 'Membership is £20 a year, and under-18s join free.', 'Join the club',
    'Harrow Vale Amateur Radio Society · Club callsign G0HVR · Meets every Tuesday at 7.30 pm, Vale Scout Hut', ...cFoot,
    'We use cookies on our website to remember your preferences.', 'Cookie Settings', 'Accept',
  ],
};
