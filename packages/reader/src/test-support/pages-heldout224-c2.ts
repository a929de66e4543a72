import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 224, file c2: a cat rescue's adoption listing on WordPress with Elementor (header with "Donate" button, the
 * "Adopt a cat" breadcrumb, the cat's name as the title with a "Reserved"-style status badge, a photo gallery with captions,
 * the facts icon list, the listing text in text-editor widgets, the adoption fee and "Apply to adopt" box, a "Sponsor a cat"
 * banner, "Other cats looking for homes" cards, share icons, a footer with the charity number and a Complianz cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const cTitle = 'Meet Marmalade';
const cFacts = [
  'Age: 6 years',
  'Sex: Female (neutered)',
  'Breed: Domestic shorthair',
  'Colour: Ginger and white',
  'Can live with: Older children (12+)',
  'Other cats: No',
  'Dogs: No',
  'Indoor or outdoor: Outdoor access needed',
];
const cH1 = 'Marmalade’s story';
const cP1 = paras(`
Marmalade came to us in January when her owner moved into a care home. She had lived in the same terraced house for all six years of her life, and
the move into our cat pens was a big shock. For the first fortnight she hid at the back of her bed and would only eat at night.

She has come a long way since then. Marmalade now trots to the front of her pen when she hears the food trolley, chirps at our volunteers and
loves a chin scratch. She is not a lap cat yet, but she will sit beside you on the sofa in the volunteers' room and purr loudly while you read.`);
const cH2 = 'Her ideal home';
const cP2 = paras(`
We are looking for a calm adult home where Marmalade will be the only pet. She lived alone before and is clearly stressed by other cats, growling
whenever one walks past her pen. A home with older, quieter children could work well after a few introductory visits.

Marmalade is used to going outside and we think she would be unhappy as an indoor-only cat. A garden away from a busy main road would be perfect.
She is microchipped, fully vaccinated and has had a recent dental check, so she is ready to go as soon as the right person comes along.`);
const cH3 = 'Health notes';
const cP3 = paras(`
Marmalade has a sensitive stomach and does best on a single brand of wet food for sensitive digestion, which we will give you a week's supply of to
take home. She is otherwise in good health and is a healthy weight.

If you think you could be the right match, please fill in our adoption form. One of our fosterers will call you for a chat, and we will arrange a
home visit before you meet her.`);
const cFee = 'Adoption fee: £95';
const cFeeNote = 'Our fee covers neutering, vaccinations, microchipping, flea and worm treatment and four weeks of free pet insurance.';
const cNav = ['Home', 'Adopt a cat', 'How to adopt', 'Get involved', 'Shop', 'About us', 'Contact'];
const cCaps = ['Marmalade in the volunteers’ room', 'Waiting for breakfast'];
const cOthers = [
  ['Bramble', '2 years, male'],
  ['Moth and Pepper', '1 year, bonded pair'],
  ['Sir Reginald', '11 years, male'],
];
const cSponsor = ['Can’t adopt right now?', 'Sponsor one of our long-stay cats from £5 a month and get a photo update every season.', 'Sponsor a cat'];
const cFoot = ['Privacy policy', 'Adoption terms', 'Safeguarding', 'Volunteer with us'];
const cCookie = ['Manage consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.'];
const cW = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const cPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meet Marmalade - Fernhill Cat Rescue</title>
<meta name="description" content="Marmalade is a six-year-old ginger and white cat looking for a quiet, cat-free home.">
<meta property="og:type" content="article">
<meta property="og:title" content="Meet Marmalade - Fernhill Cat Rescue"><link rel="canonical" href="https://www.fernhillcats.example/cats/marmalade/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Meet Marmalade",
"datePublished":"2025-03-02T10:14:00+00:00","dateModified":"2025-03-20T16:40:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://www.fernhillcats.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6">
<link rel="stylesheet" id="hello-elementor-css" href="https://www.fernhillcats.example/wp-content/themes/hello-elementor/style.min.css?ver=3.3.0"></head>
<body class="cats-template-default single single-cats postid-881 elementor-default elementor-template-full-width elementor-kit-6 elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed
e-con e-parent" data-element_type="container"><div class="e-con-inner">${cW(
  'theme-site-logo',
  `<a href="/">
<img src="/wp-content/uploads/logo.png" alt="Fernhill Cat Rescue"></a>`,
)}
${cW(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5a2" class="elementor-nav-menu">
${links(cNav, 'menu-item')}</ul></nav><div class="elementor-menu-toggle" role="button" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${cW('button', `<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate/"><span class="elementor-button-text">Donate</span></a>`)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-881 cats type-cats status-publish
has-post-thumbnail hentry cat_status-available"><div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container">
${cW(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><span><a href="/">Home</a></span> » <span><a href="/adopt-a-cat/">Adopt a cat</a>
</span> » <span class="breadcrumb_last" aria-current="page">Marmalade</span></span></p>`,
)}
${cW('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${cTitle}</h1>`)}
${cW('heading', `<span class="elementor-heading-title elementor-size-default cat-status cat-status--available">Looking for a home</span>`)}
${cW(
  'gallery',
  `<div class="elementor-gallery__container">${cCaps
    .map(
      (c, i) => `<a class="e-gallery-item elementor-gallery-item" href="/wp-content/uploads/2025/03/marmalade-${i}.jpg" data-elementor-open-lightbox="yes">
<div class="e-gallery-image elementor-gallery-item__image" data-thumbnail="/wp-content/uploads/2025/03/marmalade-${i}-300x300.jpg" aria-label="${c}"></div>
<div class="elementor-gallery-item__overlay"></div><div class="elementor-gallery-item__content"><div class="elementor-gallery-item__caption">${c}</div></div>
</a>`,
    )
    .join('\n')}</div>`,
)}
${cW(
  'icon-list',
  `<ul class="elementor-icon-list-items">${cFacts
    .map(
      (f) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-paw"></i></span>
<span class="elementor-icon-list-text">${f}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${cW('heading', `<h2 class="elementor-heading-title elementor-size-default">${cH1}</h2>`)}
${cW('text-editor', cPs(cP1))}
${cW('heading', `<h2 class="elementor-heading-title elementor-size-default">${cH2}</h2>`)}
${cW('text-editor', cPs(cP2))}
${cW('heading', `<h2 class="elementor-heading-title elementor-size-default">${cH3}</h2>`)}
${cW('text-editor', cPs(cP3))}
<div class="elementor-element e-con-full adopt-box e-flex e-con e-child" data-element_type="container">
${cW('heading', `<h3 class="elementor-heading-title elementor-size-default">${cFee}</h3>`)}${cW('text-editor', `<p>${cFeeNote}</p>`)}
${cW(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-md" href="/apply/?cat=marmalade">
<span class="elementor-button-text">Apply to adopt</span></a>`,
)}
${cW('text-editor', `<p><small>Listed 2 March 2025. Updated 20 March 2025.</small></p>`)}</div>
${cW(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"
tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__title">Share</span></div></div><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_whatsapp" role="button" tabindex="0" aria-label="Share on whatsapp">
<span class="elementor-share-btn__title">
WhatsApp</span></div></div></div>`,
)}
<div class="elementor-element sponsor-banner e-flex e-con e-child">${cW('heading', `<h3 class="elementor-heading-title">${cSponsor[0]}</h3>`)}
${cW('text-editor', `<p>${cSponsor[1]}</p>`)}${cW(
  'button',
  `<a class="elementor-button" href="/sponsor/">
<span class="elementor-button-text">${cSponsor[2]}</span></a>`,
)}</div>
${cW('heading', `<h2 class="elementor-heading-title elementor-size-default">Other cats looking for homes</h2>`)}
${cW(
  'loop-grid',
  `<div class="elementor-loop-container elementor-grid">${cOthers
    .map(
      ([
        n,
        d,
      ]) => `<div class="e-loop-item cats type-cats"><a href="/cats/${n!.toLowerCase().replace(/ /g, '-')}/"><img src="/wp-content/uploads/${n}.jpg" alt="">
<h3 class="elementor-heading-title">${n}</h3></a><p class="loop-meta">${d}</p></div>`,
    )
    .join('\n')}</div>`,
)}
</div></div>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer">
<div class="elementor-element e-con-boxed e-con">
${cW('text-editor', `<p>Fernhill Cat Rescue, Hollins Lane, Fernhill FH2 8QT</p><p>Registered charity no. 1145528</p>`)}
${cW('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(cFoot, 'menu-item')}</ul></nav>`)}
${cW('text-editor', `<p>© 2025 Fernhill Cat Rescue. All rights reserved.</p>`)}</div></div>
<div id="cmplz-cookiebanner-container">
<div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header">
<div class="cmplz-title"
id="cmplz-header-1-optin">${cCookie[0]}</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${cCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://www.fernhillcats.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4" id="elementor-pro-frontend-js"></script>
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","version":"7.3.0","region":"uk"};</script></body></html>`;
export const catRescue: TestPage = {
  html: cHtml,
  name: 'heldout224-elementor-cat-rescue-adoption-listing',
  kind: 'blog',
  // the cat's facts list (one fact an item) is body; the fee box (fee heading, note and button), the status badge, gallery
  // captions, share buttons, the sponsor banner, the other cats' cards, footer and cookie banner are furniture; the
  // "Listed ... Updated ..." line is a byline
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: [...cFacts, ...cP1, ...cP2, ...cP3],
  bylines: ['Listed 2 March 2025. Updated 20 March 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cNav, 'Donate', 'Looking for a home', ...cCaps, cFee, cFeeNote, 'Apply to adopt', 'Share', 'WhatsApp', ...cSponsor,
    'Other cats looking for homes', ...cOthers.flat(), 'Fernhill Cat Rescue, Hollins Lane, Fernhill FH2 8QT', 'Registered charity no. 1145528', ...cFoot,
    '© 2025 Fernhill Cat Rescue. All rights reserved.', ...cCookie, 'Accept', 'Deny', 'View preferences',
  ],
};
