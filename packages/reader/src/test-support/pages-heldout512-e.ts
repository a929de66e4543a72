import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file e: a chauffeur firm's blog post on HubSpot CMS (growth theme) with a byline, tags, a CTA image,
 * a subscribe form, related posts and the HubSpot cookie banner, and a coach hire firm's accessibility page on Webflow
 * with a hero, a rich-text column beside a contact card, a CTA band and a Webflow form with its done and fail messages.
 */
const bTitle = 'How to find your driver at Castlebury International';
const bIntro = j(
  'Castlebury International has two terminals, four exits from customs and a multi-storey car park that confuses even the people',
  'who work there. Here is exactly where your Sable driver will be waiting, and what to do if you cannot see them.',
);
const bBefore = j(
  "Your booking confirmation gives your driver's name and mobile number. About an hour before you are due to land, you will also",
  'get a text with a photo of your driver and the registration of the car. If your flight is late we will already know, because',
  'we track it, so there is no need to call us from the plane.',
);
const bT1 = [
  j(
    'After customs, walk straight ahead into the arrivals hall. Your driver will be standing at the rail opposite the exit, holding',
    'a board with your name on it. If you asked for a discreet pick-up, the board will show your booking reference instead.',
  ),
  'The car will be on level 2 of the short-stay car park, about four minutes on foot. Your driver will carry your luggage.',
];
const bT2 = j(
  'Terminal 2 has two exits from customs, A and B. Drivers wait between them, next to the pharmacy, where they can see both doors.',
  'If you come out of exit B and cannot see anyone, walk left towards the pharmacy.',
);
const bSteps = [
  'Check your phone for a text or a missed call from the driver.',
  'Call the driver on the number in your confirmation.',
  'If there is no answer, call our 24-hour line on 01632 960441. Someone always answers.',
];
const bKerb = j(
  'Please do not leave the terminal to look for the car. Drivers are not allowed to wait at the kerb, and the airport police move',
  'on cars that stop there, even for a minute.',
);
const bGate = j(
  "For passengers who need help, we can arrange for the driver to meet you at the gate with the airport's assistance team. This",
  'must be booked at least 48 hours ahead, and there is no extra charge.',
);
const bHeads = ['Before you land', 'Terminal 1', 'Terminal 2', 'If you cannot find your driver', 'Meeting you at the gate'];
const bNav = ['Airport transfers', 'Corporate travel', 'Weddings', 'Our fleet', 'Blog'];
const bRel: [string, string][] = [
  ['What our chauffeurs carry in the boot', 'From phone chargers to a spare umbrella: the kit every Sable car has on board.'],
  ['Booking transfers for a group of twelve', 'How we plan pick-ups when your party arrives on three different flights.'],
];
const bFoot = ['About us', 'Careers', 'Privacy policy', 'Cookie policy', 'Terms of service'];
const bWrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const bBody = `<p>${bIntro}</p>
<!--more--><h2>${bHeads[0]}</h2><p>${bBefore}</p>
<h2>${bHeads[1]}</h2>${ps(bT1)}
<h2>${bHeads[2]}</h2><p>${bT2}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3d1f0b52">
<span class="hs-cta-node hs-cta-3d1f0b52" id="hs-cta-3d1f0b52"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4417820/3d1f0b52" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-3d1f0b52"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4417820/3d1f0b52.png" alt="Book your airport transfer"></a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
<h2>${bHeads[3]}</h2><ol>${lis(bSteps)}</ol><p>${bKerb}</p>
<h2>${bHeads[4]}</h2><p>${bGate}</p>`;
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<link rel="shortcut icon" href="https://www.sablechauffeurs.com/hubfs/favicon-32.png"><meta name="description" content="Where your Sable driver waits at each
terminal of Castlebury International, and what to do if you cannot see them."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="Where your Sable driver waits at each terminal of Castlebury International.">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article">
<style>a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}
.hs-breadcrumb-menu{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}</style>
<link rel="stylesheet" href="https://www.sablechauffeurs.com/hubfs/hub_generated/template_assets/1/101733598322/1731412240591/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Priya Nandakumar"},
"datePublished":"2026-11-18T10:00:00Z","publisher":{"@type":"Organization","name":"Sable Chauffeurs"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-162770423985 hs-blog-post hs-blog-id-101733598900">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="//www.sablechauffeurs.com"
id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="https://www.sablechauffeurs.com/hubfs/sable-logo.svg" class="hs-image-widget" height="40"
style="height: auto;width:160px;border-width:0px;border:0px;" width="160" alt="Sable Chauffeurs"></a></span></div>
<div class="header__navigation header--element"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(bNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true"
action="/hs-search-results"><label class="show-for-sr" for="search-term">Search</label><input type="text" class="hs-search-field__input" name="term"
id="search-term" placeholder="Search"><button aria-label="Search"></button></form></div></div></div>
<div class="header__button header--element"><a class="button" href="/get-a-quote">Get a quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${bWrap('name', 'text', bTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.sablechauffeurs.com/blog/author/priya-nandakumar">Priya Nandakumar</a>
<time datetime="2026-11-18 10:00:00" class="blog-post__timestamp">November 18, 2026</time></div>
<div class="blog-post__body">${bWrap('post_body', 'rich_text', bBody)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252.118V48C0 21.49">
</path>
</svg><a class="blog-post__tag-link" href="/blog/tag/airport-transfers" rel="tag">Airport transfers</a>, <a class="blog-post__tag-link"
href="/blog/tag/travel-tips" rel="tag">Travel tips</a></div></article>
<div class="blog-subscribe"><h3>Subscribe to the Sable Journal</h3><div class="hbspt-form"><form id="hsForm_6a0c" class="hs-form stacked hs-custom-form"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4417820/6a0c">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-6a0c" for="email-6a0c"><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-6a0c" name="email"
required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${bRel
  .map(
    ([t, ex]) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${t.toLowerCase().replace(/ /g, '-')}"><img
class="blog-related-posts__image" src="https://www.sablechauffeurs.com/hubfs/blog/${t.length}.jpg" loading="lazy" alt="${t}"></a>
<div class="blog-related-posts__content">
<h3><a class="blog-related-posts__title-link" href="/blog/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></h3><p>${ex}</p></div></div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Sable Chauffeurs Ltd, 2 Orchard Mews, Castlebury CB1 9TX</p><ul class="footer__menu">${links(bFoot)}</ul>
<p class="footer__copyright">© 2026 Sable Chauffeurs Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-transition="slideUp">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you, both on this website and through other media. To find out more about the cookies we use, see
our Privacy Policy.</p><p>We won't track your information when you visit our site. But in order to comply with your preferences, we'll have to use just one tiny
cookie so that you're not asked to make this choice again.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/4417820.js">
</script>
</body></html>`;
const sable: TestPage = {
  name: 'heldout512-hubspot-driver-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: [bIntro, bBefore, ...bT1, bT2, ...bSteps, bKerb, bGate],
  bylines: ['Priya Nandakumar', 'November 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Search', 'Get a quote', 'Airport transfers, Travel tips', 'Subscribe to the Sable Journal', 'Email*', 'Related posts',
    ...bRel.flatMap(([t, ex]) => [t, ex]), 'Sable Chauffeurs Ltd, 2 Orchard Mews, Castlebury CB1 9TX', ...bFoot, '© 2026 Sable Chauffeurs Ltd',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to',
      'you, both on this website and through other media. To find out more about the cookies we use, see our Privacy Policy.',
    ),
    j(
      "We won't track your information when you visit our site. But in order to comply with your preferences, we'll have to use just one tiny",
      "cookie so that you're not asked to make this choice again.",
    ),
    'Accept', 'Decline',
  ],
};

const rTitle = 'Accessibility on our coaches';
const rDek = j(
  'Every coach in the Ridgeline fleet can carry at least one wheelchair user, and most can carry two. This page explains what we',
  'can do and what to tell us when you book.',
);
const rLift = [
  j(
    'Our nineteen full-size coaches have a lift at the centre door that takes a wheelchair and its user up to 350 kg. Inside, two',
    'rows of seats fold away to make a wheelchair space with its own restraints and a lap-and-diagonal belt. Our four midi coaches',
    'have a rear ramp and one space.',
  ),
  j(
    'We can carry most manual and powered wheelchairs up to 70 cm wide and 120 cm long. Folding mobility scooters can travel in the',
    'luggage hold, but we cannot carry passengers seated on a scooter.',
  ),
];
const rDogs = j(
  'Assistance dogs are always welcome and travel free. Please tell us when you book so that we can keep the seat next to you',
  'free and bring a water bowl on longer trips.',
);
const rTell = [
  'How many wheelchair users are in your group, and the type of each chair',
  'Whether anyone would like to transfer to a coach seat',
  'Any medical equipment that must travel with you rather than in the hold',
];
const rDrivers = j(
  'All Ridgeline drivers complete disability awareness training when they join and every three years after that. They are',
  'trained to work the lift and secure chairs, but they are not allowed to lift passengers.',
);
const rHeads = ['Wheelchair lifts and spaces', 'Assistance dogs', 'What to tell us when you book', 'Our drivers'];
const rNav = ['Our fleet', 'School contracts', 'Tours', 'About'];
const rFoot = ['Privacy', 'Terms', 'Modern slavery statement'];
const rHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 10 2026 09:12:44 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.ridgelinecoaches.co.uk" data-wf-page="6571c0e2a4f3b2" data-wf-site="6571c0e2a1d9c8" lang="en">
<head><meta charset="utf-8"><title>Accessibility | Ridgeline Coach Hire</title><meta content="${rDek}" name="description">
<meta content="Accessibility | Ridgeline Coach Hire" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/6571c0e2a1d9c8/css/ridgeline.webflow.shared.4b2e91.css" rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/6571c0e2a1d9c8/logo.svg"
loading="lazy" alt="Ridgeline Coach Hire" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${rNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/accessibility" aria-current="page" class="nav-link w-nav-link w--current">Accessibility</a><a href="/quote" class="button nav-button w-button">Get a
quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Travelling with us</div>
<h1 class="heading-xl">${rTitle}</h1><p class="paragraph-large">${rDek}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-2col">
<div id="w-node-_3b9e2f1c-0a11-7c5d-2e4f-9a8b7c6d5e4f-a4f3b2" class="rich-text w-richtext"><h2>${rHeads[0]}</h2>${ps(rLift)}
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/6571c0e2a1d9c8/lift.jpg"
loading="lazy" alt="Centre door lift lowered to the kerb"></div><figcaption>The centre door lift on one of our 53-seat coaches</figcaption></figure>
<h2>${rHeads[1]}</h2><p>${rDogs}</p><h2>${rHeads[2]}</h2><ul role="list">${lis(rTell)}</ul><h2>${rHeads[3]}</h2><p>${rDrivers}</p></div>
<div id="w-node-_7d1a2b3c-4e5f-6a7b-8c9d-0e1f2a3b4c5d-a4f3b2" class="sidebar-card"><h3 class="heading-s">Need to talk it through?</h3>
<p class="paragraph-small">Call our bookings team on 01632 960882, Monday to Friday, 8am to 6pm.</p><a href="mailto:access@ridgelinecoaches.co.uk"
class="text-link">access@ridgelinecoaches.co.uk</a></div></div></div></section>
<section class="cta-section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">Planning a trip?</h2><p>Tell us who is travelling
and we will match the coach to your group.</p><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="enquiry-form"
aria-label="Email Form"><label for="name" class="field-label">Your name</label><input class="text-field w-input" maxlength="256" name="name" data-name="Name"
type="text" id="name"><label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email"
type="email" id="email" required=""><label for="needs" class="field-label">Access needs in your group</label><textarea id="needs" name="needs" maxlength="5000"
data-name="Needs" class="textarea w-input"></textarea><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry">
</form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div>
</div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div>
<div class="footer-heading">Ridgeline Coach Hire</div>
<p class="footer-text">Unit 9, Ridgeway Business Park, Hatherley HY4 6PQ</p></div><div class="footer-links">${rFoot
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`)
  .join('')}</div></div><div class="footer-bottom">© 2026 Ridgeline Coach Hire Ltd. All rights reserved.</div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6571c0e2a1d9c8" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6571c0e2a1d9c8/js/webflow.3f2a6c.js" type="text/javascript"></script></body></html>`;
const ridgeline: TestPage = {
  name: 'heldout512-webflow-coach-access',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: [rDek, ...rLift, rDogs, ...rTell, rDrivers],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Get a quote', 'Travelling with us', 'The centre door lift on one of our 53-seat coaches', 'Need to talk it through?',
    'Call our bookings team on 01632 960882, Monday to Friday, 8am to 6pm.', 'access@ridgelinecoaches.co.uk', 'Planning a trip?',
    'Tell us who is travelling and we will match the coach to your group.', 'Your name', 'Email address', 'Access needs in your group',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', 'Ridgeline Coach Hire',
    'Unit 9, Ridgeway Business Park, Hatherley HY4 6PQ', ...rFoot, '© 2026 Ridgeline Coach Hire Ltd. All rights reserved.',
  ],
};

export const HELDOUT512_E: readonly TestPage[] = [sable, ridgeline];
