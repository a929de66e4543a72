import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout529-kit.js';

/**
 * Held-out batch 529, file b: a soft play centre's party packages on Squarespace 7.1 (announcement bar, page sections, image
 * caption, newsletter block, cookie banner), and a children's magician's about page on WordPress with Hello Elementor and
 * Elementor Pro (theme-builder header, counters, testimonials, call-to-action section).
 */
const qTitle = 'Birthday Parties at the Barn';
const qDek = j(
  'Two hours of soft play, a hot party meal and a room of your own. We do the setting up and the clearing away,',
  'so you can enjoy the day with everyone else.',
);
const qH = ['Little Barn Party — £12.95 per child', 'Big Barn Party — £15.95 per child', 'Exclusive Hire — from £395', 'Good to know'];
const qLittle = 'For children aged one to four. Minimum 8 children, maximum 20.';
const qLittleL = [
  '60 minutes of exclusive use of the toddler zone',
  '45 minutes in the party room',
  'Hot meal of nuggets, fish fingers or veggie sausages with chips',
  'Squash, fruit and an ice lolly',
  'Party bag for every child',
];
const qBig = 'For children aged four to ten. Minimum 10 children, maximum 30.';
const qBigL = [
  '90 minutes on the three-storey frame and the wave slide',
  'A party host for the whole party',
  'Hot meal or picnic box, with squash and an ice lolly',
  'A balloon for the birthday child to take home',
];
const qHire = 'Have the whole barn to yourselves after closing on a Saturday, 6pm – 8pm, for up to 50 children. Food is priced separately.';
const qKnow = [
  j(
    'You are welcome to bring your own birthday cake. We will light the candles and carry it out while everyone sings;',
    'please tell us about any allergies when you book.',
  ),
  'Adults come free but must stay on site. Tea and coffee for grown-ups can be bought from the café.',
  'A £50 deposit secures your date. The balance and final numbers are due seven days before the party.',
];
const qNav = ['Home', 'Visit', 'Parties', 'Café', 'Contact'];
const qFoot = ['Wiggle Barn Soft Play', 'Hollow Farm, Ashby Green, AG3 8PL', 'Open daily 9.30am – 5.30pm', 'Instagram', 'Facebook', 'Privacy Policy'];
const sqsBlock = (id: string, inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const qSection = (n: number, inner: string): string =>
  `<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65f0c2a1e4b0${n}">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-${n}">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${inner}</div></div></div></div></div></section>`;
const qPkg = (h: string, p: string, l: readonly string[]): string =>
  `<h2 style="white-space:pre-wrap;">${h}</h2><p class="" style="white-space:pre-wrap;">${p}</p><ul data-rte-list="default">${lis(
    l.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`),
  )}</ul>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Parties &mdash; Wiggle Barn Soft Play</title>
<link rel="canonical" href="https://www.wigglebarn.co.uk/parties"><meta property="og:site_name" content="Wiggle Barn Soft Play">
<meta property="og:title" content="Parties &mdash; Wiggle Barn Soft Play"><meta name="description" content="Soft play birthday parties for ages one to ten.">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"65f0c2a1e4b0","siteTitle":"Wiggle Barn Soft Play"},"collection":{"title":"Parties"}};</script>
<script type="application/ld+json">{"url":"https://www.wigglebarn.co.uk","name":"Wiggle Barn Soft Play",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65f0c2a1e4b0/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-65f0c4d8e4b0" class="header-width-full tweak-transparent-header primary-button-style-solid primary-button-shape-pill
form-field-style-solid collection-type-page collection-layout-default collection-65f0c4d8e4b0 mobile-style-available sqs-seven-one">
<div class="header-announcement-bar-wrapper"><a href="/visit" class="header-announcement-bar-link"></a><div class="sqs-announcement-bar-dropzone"></div>
<div class="announcement-bar-text-inner"><p>We are closed on 25 and 26 December. Happy holidays from the Wiggle Barn team!</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/65f0c2a1e4b0/logo.png"
alt="Wiggle Barn Soft Play" style="display:block"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-party">Book a Party</a></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f0c4d8e4b0">
${qSection(1, sqsBlock('a1', `<h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqsrte-large" style="white-space:pre-wrap;">${qDek}</p>`))}
${qSection(
  2,
  `${sqsBlock('b1', qPkg(qH[0] ?? '', qLittle, qLittleL))}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline">
<img src="https://images.squarespace-cdn.com/content/v1/65f0c2a1e4b0/party-room.jpg"
alt="Party room with balloons"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The party room, dressed for a dinosaur party</p>
</div></figcaption></figure></div></div>
${sqsBlock('b2', qPkg(qH[1] ?? '', qBig, qBigL))}`,
)}
${qSection(3, sqsBlock('c1', `<h2 style="white-space:pre-wrap;">${qH[2]}</h2><p class="" style="white-space:pre-wrap;">${qHire}</p>`))}
${qSection(
  4,
  `${sqsBlock('d1', `<h2 style="white-space:pre-wrap;">${qH[3]}</h2>${ps(qKnow, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center" data-animation-role="button" data-alignment="center"><a href="/book-a-party" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Enquire Now</a></div></div></div>`,
)}
${qSection(
  5,
  `<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="65f0d1a3e4b0" autocomplete="on">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Party offers in your inbox</h2><div class="newsletter-form-header-description">
<p>Sign up to hear about party deals and holiday opening times.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1"><label class="newsletter-form-field-label
title" for="email-yui_3_17_2_1-field">Email Address</label><input id="email-yui_3_17_2_1-field" class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style
sqs-editable-button-shape sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect
your privacy.</p></div></div></form></div></div></div>`,
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${qSection(
  6,
  sqsBlock(
    'f1',
    `<p><strong>${qFoot[0]}</strong></p>${ps(qFoot.slice(1, 3))}<p><a href="https://instagram.com/wigglebarn">${qFoot[3]}</a>
<a href="https://facebook.com/wigglebarn">${qFoot[4]}</a> <a href="/privacy">${qFoot[5]}</a></p>`,
  ),
)}</footer>
<div class="sqs-cookie-banner-v2-container" data-test="cookie-banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom-left">
<div class="sqs-cookie-banner-v2-cta-container"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<button class="sqs-cookie-banner-v2-accept" type="button">Accept</button><button class="sqs-cookie-banner-v2-deny" type="button">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceParties: TestPage = {
  name: 'heldout529-squarespace-party-packages',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([qDek, qLittle, ...qLittleL, qBig, ...qBigL, qHire, ...qKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are closed on 25 and 26 December. Happy holidays from the Wiggle Barn team!', 'Home', 'Visit', 'Contact', 'Book a Party',
    'The party room, dressed for a dinosaur party', 'Enquire Now', 'Party offers in your inbox', 'Sign up to hear about party deals and holiday opening times.',
    'Email Address', 'Sign Up', 'We respect your privacy.', ...qFoot, 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const eTitle = 'Meet Professor Pockets';
const eH = ['How it all started', 'What happens at a party', 'Safe hands'];
const eIntro = j(
  "Hello! I'm Tom Arkwright, better known to several thousand children around Wessexford as Professor Pockets, the magician whose",
  'long green coat has more pockets than anyone has ever managed to count.',
);
const eStart = [
  j(
    'I was given a magic set for my eighth birthday and never really put it down. After ten years teaching science at a primary school,',
    'I swapped the classroom for the party circuit in 2011, and it turns out the two jobs have a lot in common: a good trick, like a good',
    'experiment, makes a room full of seven-year-olds go completely quiet for exactly three seconds.',
  ),
  'These days I perform at around 150 parties a year, as well as school fairs, libraries and the odd wedding where the children need rescuing.',
];
const eParty = 'A standard party lasts two hours and can be held at home, in a village hall or at a soft play centre. It includes:';
const ePartyL = [
  'A 45-minute magic show in which the birthday child becomes my assistant',
  'Party games with prizes, from musical statues to pass the parcel',
  'Balloon modelling, with a balloon animal for every guest to take home',
  'A certificate and a magic wand for the birthday child',
];
const eSafe = j(
  'I hold an enhanced DBS certificate and £10 million public liability insurance, and I am a member of the Guild of Party',
  'Magicians. Latex-free balloons are available for children with allergies; just mention it when you book.',
);
const eNav = ['Home', 'Shows', 'Prices', 'Gallery', 'Contact'];
const eQuotes = [
  ['"Forty children and not one of them looked at a phone. Tom was brilliant."', 'Priya, Hatherley'],
  ['"My son still talks about the disappearing sausage. Booked again for his sister."', 'Gareth, Lower Combe'],
];
const eFoot = ['Call 07700 900312', 'tom@professorpockets.co.uk', '© 2026 Professor Pockets Entertainment. All rights reserved.'];
const ew = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eCon = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container">
<div class="e-con-inner">${inner}</div></div>`;
const eHead = (id: string, tag: string, t: string): string => ew(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eCounter = (id: string, n: string, label: string): string =>
  ew(
    id,
    'counter',
    `<div class="elementor-counter"><div class="elementor-counter-title">${label}</div><div class="elementor-counter-number-wrapper">
<span class="elementor-counter-number" data-duration="2000" data-to-value="${n}" data-from-value="0">${n}</span>
<span class="elementor-counter-number-suffix">+</span></div></div>`,
  );
const eQuote = (id: string, q: readonly string[]): string =>
  ew(
    id,
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${q[0]}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${q[1]}</div></div></div></div>`,
  );
const eMenu = `<ul id="menu-1-5d2a9f1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>About &#8211; Professor Pockets</title><meta name="description" content="Children's magician and balloon modeller in Wessexford.">
<link rel="stylesheet" id="hello-elementor-css" href="https://professorpockets.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<link rel="stylesheet" id="elementor-post-112-css" href="https://professorpockets.co.uk/wp-content/uploads/elementor/css/post-112.css?ver=1718093322">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"AboutPage","name":"About","url":"https://professorpockets.co.uk/about/"}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.8","post":{"id":112}};</script></head>
<body class="page-template-default page page-id-112 wp-embed-responsive hello-elementor-default
elementor-default elementor-kit-5 elementor-page elementor-page-112">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  '4c1e2d7',
  `${ew('1a7b3e9', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2024/02/pockets-logo.png" alt="Professor Pockets"></a>')}
${ew(
  '5d2a9f1',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal
e--pointer-underline">${eMenu}</nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" class="eicon-menu-bar"></i></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">${eMenu}</nav>`,
)}`,
)}
</header>
<main id="content" class="site-main post-112 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="112" class="elementor elementor-112" data-elementor-post-type="page">
${eCon('7f3b1a0', `${eHead('2e8c4d1', 'h1', eTitle)}${ew('9b0d6e2', 'text-editor', `<p>${eIntro}</p>`)}`)}
${eCon('3a9e5c4', `${eCounter('6c1f8a3', '1200', 'Parties')}${eCounter('8d2a0b5', '15', 'Years of magic')}`)}
${eCon(
  'b47e2f6',
  `${eHead('c58f3a7', 'h2', eH[0] ?? '')}${ew('d69a4b8', 'text-editor', ps(eStart))}
${eHead('e7ab5c9', 'h2', eH[1] ?? '')}${ew('f8bc6da', 'text-editor', `<p>${eParty}</p><ul>${lis(ePartyL)}</ul>`)}
${eHead('a9cd7eb', 'h2', eH[2] ?? '')}${ew('bade8fc', 'text-editor', `<p>${eSafe}</p>`)}`,
)}
${eCon('c1ef90d', `${eHead('d2f0a1e', 'h2', 'What parents say')}${eQuotes.map((q, i) => eQuote(`e30${i}b2f`, q)).join('\n')}`)}
${eCon(
  'f4a1c30',
  `${eHead('a5b2d41', 'h2', 'Check my availability')}${ew(
    'b6c3e52',
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button
elementor-button-link elementor-size-md" href="/contact/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Get a Quote</span>
</span></a></div>`,
  )}`,
)}
</div></div></main>
<footer data-elementor-type="footer" data-elementor-id="36" class="elementor elementor-36 elementor-location-footer">
${eCon('0d7e9f1', eFoot.map((t, i) => ew(`1e8fa0${i}`, 'text-editor', `<p>${t}</p>`)).join('\n'))}</footer>
<script src="https://professorpockets.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.8" id="elementor-frontend-js"></script>
</body></html>`;
const elementorAbout: TestPage = {
  name: 'heldout529-elementor-magician-about',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: [eIntro, ...eStart, eParty, ...ePartyL, eSafe],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '1200', '+', 'Years of magic', 'What parents say', ...eQuotes.flat(), 'Check my availability', 'Get a Quote', ...eFoot,
  ],
};

export const HELDOUT529_B: readonly TestPage[] = [squarespaceParties, elementorAbout];
