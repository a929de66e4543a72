import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file f: a Google Arts & Culture-style story (cover card with partner line, text cards, item cards with
 * "From the collection of" captions, credits card, "Discover more" rail, app bar, sign-in and cookie bar) and a museum's
 * visitor information page built with Elementor on Hello Elementor (Elementor Pro header and footer templates, heading,
 * text-editor, icon-list, accordion and button widgets, Complianz cookie banner).
 */
const gTitle = 'The Glassblowers of Ostervik';
const gSub = 'How a fishing village became famous for its green glass';
const gCards = [
  j(
    'Ostervik sits at the end of a long fjord, and for most of its history its people lived from herring. Then, in 1742, a',
    'merchant named Jens Hallqvist found that the sand on the north beach melted into a clear, slightly green glass. Within',
    'ten years the village had three furnaces, and its bottles and drinking glasses were being shipped down the coast.',
  ),
  j(
    'The glass owes its colour to iron in the sand. Later glassmakers learned to remove it and make perfectly clear glass, but',
    'the Ostervik workshops kept the green on purpose. Customers had come to expect it, and the glassblowers believed it made',
    'their wares look cooler and fresher on a summer table.',
  ),
  j(
    'A glasshouse team was small: a master, two or three journeymen and a boy who carried the finished pieces to the cooling',
    'oven. The master shaped the gather of hot glass on the end of his pipe, while the others handed him tools and kept the',
    'furnace fed with birch wood day and night.',
  ),
  j(
    'The most prized pieces were wedding goblets, blown with a hollow stem in which a single bubble of air was trapped. A',
    'couple would drink from the goblet on their wedding day and keep it for the rest of their lives; if the bubble was still',
    'there at their golden wedding, it was said to be a sign of a happy marriage.',
  ),
  j(
    "The last furnace in Ostervik closed in 1911, when cheaper factory glass arrived by rail. Today the town's glass museum",
    'keeps more than two thousand pieces, and every summer a visiting glassblower fires up a reconstructed furnace on the north',
    'beach, using sand from the same spot that Hallqvist found.',
  ),
];
const gItems = [
  'Wedding goblet with air bubble stem, Unknown maker, 1780/1800, From the collection of: Ostervik Glass Museum',
  'The north beach furnace, Ingrid Lyse, 1889, From the collection of: Ostervik Glass Museum',
];
const gMore = ['Glass from the Northern Coasts', 'Ten Objects from the Herring Trade', 'A Day in the Life of an Apprentice'];
const gHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${gTitle} — Google Arts &amp; Culture</title>
<meta name="description" content="${gSub}"><meta property="og:title" content="${gTitle}"><meta property="og:type" content="article">
<meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1">
<link rel="canonical" href="https://artsandculture.google.com/story/xQ7vB3kL">
<script nonce="a1b2c3">window.INIT_data = {"storyId":"xQ7vB3kL","partner":"Ostervik Glass Museum","cards":8};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"CreativeWork","name":"${gTitle}","author":"Ostervik Glass Museum"}</script>
<link rel="stylesheet" href="https://www.gstatic.example/culturalinstitute/tabs/static/css/story.css"></head>
<body class="tKgSdd"><div class="TYVcZb" role="banner"><a class="uG9Vxb" href="/" aria-label="Google Arts &amp; Culture">Google Arts &amp; Culture</a>
<nav class="mCmKhe"><a class="mNTmcd" href="/explore">Explore</a><a class="mNTmcd" href="/play">Play</a><a class="mNTmcd" href="/nearby">Nearby</a>
<a class="mNTmcd" href="/favorites">Favorites</a></nav><a class="gb_A" href="https://accounts.google.example/ServiceLogin">Sign in</a></div>
<main class="GeBoTb" role="main"><div class="pvqLrd" jsname="story-viewer"><section class="Y7yTgd rFkNtd" data-card-type="cover">
<div class="RQUTlb"><h1 class="lFMTdc">${gTitle}</h1><h2 class="FN9Xlb">${gSub}</h2><a class="PXyfab" href="/partner/ostervik-glass-museum">
<span class="eGfN3c">Ostervik Glass Museum</span></a></div></section>
${gCards
  .map(
    (t, i) => `<section class="Y7yTgd ORj9Kc" data-card-type="text" data-card-index="${i + 1}"><div class="BWsmze"><div class="ocWuSb">
<p class="fSmsf">${t}</p></div></div></section>${
      i === 2 || i === 3
        ? `\n<section class="Y7yTgd vMhq8c" data-card-type="item"><figure class="ITwKGd"><img class="Xehywd" src="https://lh3.ggpht.example/q${i}" alt="">
<figcaption class="Jtwk3b"><a href="/asset/q${i}">${gItems[i - 2] ?? ''}</a></figcaption></figure></section>`
        : ''
    }`,
  )
  .join('\n')}
<section class="Y7yTgd hVNBdd" data-card-type="credits"><div class="BWsmze"><h3 class="yyrDKc">Credits: Story</h3><p class="fSmsf">Curated by Ostervik
Glass Museum. Text: Sigrid Vaa. Photography: Ingrid Lyse archive.</p><h3 class="yyrDKc">Credits: All media</h3><p class="fSmsf">The story featured may in
some cases have been created by an independent third party and may not always represent the views of the institutions, listed below, who have
supplied the content.</p></div></section></div>
<div class="cHu0ob"><button class="Mpr1Ve" aria-label="Previous card">Previous</button><span class="rv9qhc">1 / 10</span>
<button class="Mpr1Ve" aria-label="Next card">Next</button><button class="ZCjnBb" aria-label="Share">Share</button>
<button class="ZCjnBb" aria-label="Add to favorites">Favorite</button></div>
<section class="JdXUQe"><h2 class="wVXDod">Discover more</h2><ul>${links(gMore, 'pcRrXd')}</ul></section>
<section class="tFIA5d"><h2 class="wVXDod">Get the app</h2><p>Explore museums and play with Art Transfer, Pocket Galleries, Art Selfie, and more</p></section>
</main><footer class="DDZXwf"><a href="/about">About Google Arts &amp; Culture</a> <a href="/partner">Our partners</a>
<a href="https://policies.google.example/privacy">Privacy</a> <a href="https://policies.google.example/terms">Terms</a></footer>
<div class="glue-cookie-notification-bar" role="alert"><p class="glue-cookie-notification-bar__text">artsandculture.google.com uses cookies from Google to
deliver and enhance the quality of its services and to analyze traffic.</p><a class="glue-cookie-notification-bar__more"
href="https://policies.google.example/technologies/cookies">Learn more</a><button class="glue-cookie-notification-bar__accept">Ok, Got it</button></div>
<script nonce="a1b2c3" src="https://www.gstatic.example/culturalinstitute/tabs/static/js/story.js"></script></body></html>`;
const gacStory: TestPage = {
  name: 'heldout388-arts-culture-story',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gSub, ...gCards]),
  bylines: ['Ostervik Glass Museum'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Arts & Culture', 'Explore', 'Play', 'Nearby', 'Favorites', 'Sign in', ...gItems, 'Credits: Story',
    'Curated by Ostervik Glass Museum. Text: Sigrid Vaa. Photography: Ingrid Lyse archive.', 'Credits: All media',
    'The story featured may in some cases have been created by an independent third party and may not always represent the views of the institutions',
    'Previous', '1 / 10', 'Next', 'Share', 'Favorite', 'Discover more', ...gMore, 'Get the app',
    'Explore museums and play with Art Transfer, Pocket Galleries, Art Selfie, and more', 'About Google Arts & Culture', 'Our partners', 'Privacy', 'Terms',
    'artsandculture.google.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more',
    'Ok, Got it',
  ],
};

const lTitle = 'Plan your visit';
const lIntro = j(
  'The Brackenholm Museum of Rural Life is open six days a week, and entry to the main galleries is free. Here you will find',
  'everything you need to know before you come, from opening hours to parking and accessible toilets.',
);
const lGroups = j(
  'Groups of ten or more should book at least two weeks ahead so that we can arrange a welcome talk and a time for lunch in the',
  'café. School visits are booked through our learning team.',
);
const lHours = ['Tuesday to Saturday: 10:00 – 17:00', 'Sunday: 11:00 – 16:00', 'Mondays: closed, except bank holidays', 'Last entry 45 minutes before closing'];
const lAdmit = j(
  'General admission is free. Special exhibitions are ticketed: adults £9, concessions £7, children under 16 free with a paying',
  'adult. Tickets can be bought online or at the front desk, and we recommend booking ahead for weekends in the school holidays.',
);
const lGetting = [
  j(
    'The museum is on Station Road, a ten-minute walk from Brackenholm railway station. Buses 21 and 44 stop outside the main',
    'gate. If you are driving, follow the brown signs from the A-road; our car park has 60 spaces, including six blue badge bays,',
    'and costs £3 for the day.',
  ),
];
const lAccess = [
  'Step-free access to all public areas, with a lift to the first floor',
  'Wheelchairs and folding stools available to borrow from the front desk',
  'Accessible toilets on both floors and a Changing Places room by the café',
  'Assistance dogs are welcome throughout the museum',
];
const lFaq = [
  ['Can I take photographs?', 'Yes, for personal use. Please do not use flash or tripods in the galleries.'],
  ['Is there somewhere to eat?', 'The Dairy Café serves lunches and cakes until 16:30. You are also welcome to picnic in the orchard.'],
  ['Can I bring a pushchair?', 'Yes. Pushchairs can be used everywhere, and baby-changing facilities are on the ground floor.'],
] as const;
const lNav = ['Home', 'Visit', "What's On", 'Collections', 'Schools', 'Support Us'];
const lFoot = ['Contact us', 'Privacy policy', 'Cookie policy', 'Accessibility statement', 'Jobs'];
const el = (type: string, id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const h2 = (id: string, t: string): string => el('heading', id, `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const lHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${lTitle} – Brackenholm Museum of
Rural Life</title><meta name="description" content="Opening hours, admission, directions and access at the Brackenholm Museum of Rural Life.">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all'>
<link rel='stylesheet' id='elementor-post-312-css' href='/wp-content/uploads/elementor/css/post-312.css?ver=1714471120' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Museum","name":"Brackenholm Museum of Rural Life",
"openingHours":["Tu-Sa 10:00-17:00","Su 11:00-16:00"]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":312}};</script>
</head><body class="page-template-default page page-id-312 hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-312">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('theme-site-logo', 'a1f0e2', '<a href="/"><img src="/wp-content/uploads/2024/02/brackenholm-logo.svg" alt="Brackenholm Museum of Rural Life"></a>')}
${el(
  'nav-menu',
  'b27c91',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-b27c91"
class="elementor-nav-menu">${links(lNav, 'menu-item')}</ul></nav>`,
)}
${el(
  'button',
  'c3d8aa',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate">
<span class="elementor-button-text">Donate</span></a>`,
)}
</div></div></div>
<main id="content" class="site-main post-312 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="312" class="elementor elementor-312">
<div class="elementor-element elementor-element-5e1a e-flex e-con-boxed e-con e-parent" data-id="5e1a" data-element_type="container"><div class="e-con-inner">
${el('heading', '7f20b1', `<h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1>`)}
${el('text-editor', '8a31c4', `<p>${lIntro}</p>`)}
${h2('9b42d5', 'Opening hours')}
${el(
  'icon-list',
  'a053e6',
  `<ul class="elementor-icon-list-items">${lHours
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${h2('b164f7', 'Admission')}
${el('text-editor', 'c27508', `<p>${lAdmit}</p>\n<p>${lGroups}</p>`)}
${el(
  'button',
  'd38619',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/tickets">
<span class="elementor-button-text">Book exhibition tickets</span></a>`,
)}
${h2('e4972a', 'Getting here')}
${el('text-editor', 'f5a83b', ps(lGetting))}
${el(
  'google_maps',
  '06b94c',
  `<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.example/maps?q=Brackenholm"
title="Brackenholm Museum of Rural Life"></iframe></div>`,
)}
${h2('17ca5d', 'Accessibility')}
${el('text-editor', '28db6e', `<ul>${lis(lAccess)}</ul>`)}
${h2('39ec7f', 'Frequently asked questions')}
${el(
  'n-accordion',
  '4afd80',
  `<div class="e-n-accordion" aria-label="Accordion">${lFaq
    .map(
      ([q, a], i) => `<details id="e-n-accordion-item-${i + 1}" class="e-n-accordion-item"><summary class="e-n-accordion-item-title"><span
class="e-n-accordion-item-title-text">${q}</span></summary>
<div role="region" class="elementor-element e-con-full e-flex e-con e-child"><p>${a}</p></div></details>`,
    )
    .join('\n')}</div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer"><div class="e-con-inner">
${el('heading', 'f1a', '<h4 class="elementor-heading-title elementor-size-default">Sign up to our newsletter</h4>')}
${el(
  'form',
  'f2b',
  `<form class="elementor-form" method="post" name="Newsletter"><input type="email" name="form_fields[email]" placeholder="Your email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
)}
${el('nav-menu', 'f3c', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(lFoot, 'menu-item')}</ul></nav>`)}
${el('text-editor', 'f4d', '<p>© 2026 Brackenholm Museum of Rural Life. Registered charity no. 1062877.</p>')}</div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>To provide
the best experiences, we use technologies like cookies to store and/or access device information.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const elementorVisit: TestPage = {
  name: 'heldout388-elementor-visitor-info',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Opening hours', 'Admission', 'Getting here', 'Accessibility', 'Frequently asked questions'],
  body: texts([lIntro, ...lHours, lAdmit, lGroups, ...lGetting, ...lAccess, ...lFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...lNav, 'Donate', 'Book exhibition tickets', 'Sign up to our newsletter', 'Subscribe', ...lFoot,
    '© 2026 Brackenholm Museum of Rural Life. Registered charity no. 1062877.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT388_F: readonly TestPage[] = [gacStory, elementorVisit];
