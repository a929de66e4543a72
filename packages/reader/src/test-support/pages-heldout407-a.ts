import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file a: a Petfinder-style pet profile (a data page with a short story: the About facts list, the
 * "Meet" story, the shelter contact card, adoption inquiry button, "Other pets" carousel, cookie banner and footer) and an
 * RSPCA-style rehoming page for one dog (breadcrumbs, key facts, "Could you give ... a home?" panel, share links, the
 * "Other animals at this centre" rail and the charity footer).
 */
const pfTitle = 'Juniper';
const pfFacts = ['Labrador Retriever Mix', 'Adult', 'Female', 'Large', 'Black with white chest', 'Short'];
const pfHealth = ['Vaccinations up to date, spayed / neutered.', 'Prefers a home without cats.'];
const pfStory = [
  j(
    'Juniper came to our shelter in January after her owner moved into a care home and could not take her along.',
    "She arrived with a bag of her own toys, a well-worn blanket and a note that said she likes her dinner at exactly six o'clock.",
  ),
  j(
    'She is a steady, sensible dog of about five years old. On walks she keeps a loose lead, waits at kerbs and greets other dogs',
    'politely before losing interest in them. Our walkers describe her as the dog you hand to a first-time volunteer.',
  ),
  j(
    'Indoors Juniper likes to be where her people are. She will follow you from room to room for the first few days, then settle',
    'on a bed near the kitchen and snore. She knows sit, down, paw and a rather theatrical roll over.',
  ),
  j(
    'She has lived with a cat before and chased it whenever it ran, so we are looking for a home without cats. Children who are',
    "calm and past the toddler stage would suit her well; she met our staff member's nine-year-old and spent the visit leaning on him.",
  ),
  j(
    'Her adoption fee is $150, which covers her spay, microchip, vaccinations and a month of pet insurance. If you would like to',
    'meet Juniper, fill in the inquiry form and our adoption team will call you within two working days.',
  ),
];
const pfNav = ['Find a Pet', 'Pet Adoption', 'Shelters & Rescues', 'Pet Care Topics', 'Favorites'];
const pfOther = ['Pepper, Terrier Mix, Adult', 'Moose, Great Pyrenees, Senior', 'Clementine, Domestic Short Hair, Young', 'Bo, Beagle, Puppy'];
const pfFoot = ['About Us', 'Careers', 'Contact Us', 'Press', 'Terms of Service', 'Privacy Policy', 'Cookie Preferences', 'Sitemap'];
const pfHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Adopt Juniper a Black Labrador Retriever Mix / Mixed dog in Fenwick, OH (41820937) | PetPortal</title>
<meta name="description" content="Juniper is a Labrador Retriever Mix looking for a new home in Fenwick, OH. Meet her at Maple Hollow Animal Haven.">
<meta property="og:title" content="Meet Juniper, a Petfinder adoptable Labrador Retriever Dog"><meta property="og:type" content="website">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.petportal.example/dog/juniper-41820937/oh/fenwick/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Juniper","description":"Labrador Retriever Mix",
"offers":{"@type":"Offer","price":"150","priceCurrency":"USD"},"brand":{"@type":"Organization","name":"Maple Hollow Animal Haven"}}</script>
<script>window.PF = window.PF || {}; PF.animal = {"id":41820937,"type":"Dog","status":"adoptable","organization_id":"OH1142"};</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-PF7X"></script></head>
<body class="is-scrollable"><a class="skipLink" href="#main">Skip to main content</a>
<header class="globalHeader" role="banner"><div class="globalHeader-inner"><a class="globalHeader-logo" href="/" aria-label="PetPortal home">
<svg role="img" class="m-icon"><use xlink:href="#icon-logo"></use></svg></a>
<nav class="globalHeader-nav" aria-label="Primary"><ul class="globalHeader-nav-list">${links(pfNav, 'globalHeader-nav-item')}</ul></nav>
<div class="globalHeader-account"><a href="/user/login/" class="txt txt_link">Log In</a> <a href="/user/register/" class="btn btn_primary">Sign Up</a></div>
</div></header>
<main id="main" class="petDetail"><div class="petCarousel" aria-label="Photos of Juniper"><div class="petCarousel-body">
<img src="https://dl5zpyw5k3jeb.cloudfront.example/photos/pets/41820937/1/?width=600" alt="Juniper, an adoptable Labrador Retriever Mix in Fenwick, OH"
class="petCarousel-img"></div><button class="petCarousel-control" aria-label="Next photo">Next</button><span class="petCarousel-count">1 of 4</span></div>
<div class="grid grid_gutterLg"><div class="grid-col grid-col_8/12@minLg">
<div class="card card_divide"><div class="card-section"><h1 class="txt txt_h1 u-inlineBlock">${pfTitle}</h1>
<div class="card-section-inner"><ul class="breedsList"><li><span data-test="Pet_Breeds">Labrador Retriever Mix</span></li></ul>
<span class="txt txt_h3" data-test="Pet_Location">Fenwick, OH</span></div></div>
<div class="card-section"><h2 class="txt txt_h2 u-vr4x">About</h2><dl class="detail-list">
<dt class="txt txt_h4">Breed</dt>
<dd class="txt">${pfFacts[0]}</dd>
<dt class="txt txt_h4">Age</dt>
<dd class="txt">${pfFacts[1]}</dd>
<dt class="txt txt_h4">Gender</dt>
<dd class="txt">${pfFacts[2]}</dd>
<dt class="txt txt_h4">Size</dt>
<dd class="txt">${pfFacts[3]}</dd>
<dt class="txt txt_h4">Color</dt>
<dd class="txt">${pfFacts[4]}</dd>
<dt class="txt txt_h4">Coat length</dt>
<dd class="txt">${pfFacts[5]}</dd>
<dt class="txt txt_h4">Health</dt>
<dd class="txt">${pfHealth[0]}</dd>
<dt class="txt txt_h4">Good in a home with</dt>
<dd class="txt">${pfHealth[1]}</dd>
</dl></div>
<div class="card-section"><h2 class="txt txt_h2 u-vr4x">Meet Juniper</h2><div class="u-vr4x" data-test="Pet_Story_Section">
${ps(pfStory)}
</div></div></div></div>
<aside class="grid-col grid-col_4/12@minLg"><div class="card card_org"><div class="card-section">
<h3 class="txt txt_h3">Maple Hollow Animal Haven</h3><p class="txt">Fenwick, OH 45321</p>
<p class="txt"><a href="mailto:adopt@maplehollow.example">adopt@maplehollow.example</a></p><p class="txt">(419) 555-0142</p>
<a class="btn btn_primary btn_block" href="/adoption-inquiry/41820937/">Start Your Inquiry</a>
<button class="btn btn_secondary btn_block" data-favorite="41820937">Favorite</button>
<button class="btn btn_secondary btn_block">Sponsor</button></div>
<div class="card-section"><p class="txt txt_sm">Considering Juniper for adoption? Read our adoption tips before you apply.</p></div></div></aside></div>
<section class="otherPets" aria-labelledby="otherPetsHd"><h2 id="otherPetsHd" class="txt txt_h2">Other pets from Maple Hollow Animal Haven</h2>
<ul class="otherPets-list">${links(pfOther, 'otherPets-item')}</ul><a href="/search/organization/OH1142/" class="txt txt_link">See all pets</a></section>
</main>
<footer class="globalFooter" role="contentinfo"><ul class="globalFooter-list">${links(pfFoot, 'globalFooter-item')}</ul>
<p class="globalFooter-copy">© 2026 PetPortal, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We use cookies to
personalize content and ads and to analyze our traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="/static/js/pet-detail.bundle.js" defer></script></body></html>`;
const petfinder: TestPage = {
  name: 'heldout407-petfinder-pet-profile',
  kind: 'docs',
  html: pfHtml,
  title: pfTitle,
  headings: ['About', 'Meet Juniper'],
  body: texts([...pfFacts, ...pfHealth, ...pfStory]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pfNav, 'Log In', 'Sign Up', 'Next', '1 of 4', 'Fenwick, OH', 'Breed', 'Age', 'Gender', 'Size', 'Color', 'Coat length', 'Health',
    'Good in a home with', 'Maple Hollow Animal Haven', 'Fenwick, OH 45321', 'adopt@maplehollow.example', '(419) 555-0142', 'Start Your Inquiry',
    'Favorite', 'Sponsor', 'Considering Juniper for adoption? Read our adoption tips before you apply.',
    'Other pets from Maple Hollow Animal Haven', ...pfOther, 'See all pets', ...pfFoot, '© 2026 PetPortal, Inc. All rights reserved.',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept Cookies', 'Cookie Settings',
  ],
};

const rsTitle = 'Bramble';
const rsIntro = [
  j(
    'Bramble is a four-year-old lurcher who has been with us at the Holloway Green Animal Centre since the autumn. He was found',
    'tied to a gate on a farm track near Ashcombe, thin and muddy but wagging, and nobody came forward to claim him.',
  ),
  j(
    'He has filled out beautifully since then and is now a gentle, slightly goofy dog who loves a soft bed more than almost',
    'anything. Like many sighthounds he has two speeds: flat out across a secure field for five minutes, then asleep for three hours.',
  ),
];
const rsHome = [
  j(
    'Bramble would like an adult-only home, or one with sensible teenagers, somewhere on the quieter side. Busy roads and',
    'sudden noises still worry him, so a home in a village or on the edge of town would help him settle.',
  ),
  j(
    'He can live with a calm, confident female dog and would enjoy the company, but he must not live with cats or small',
    'furries. He has a strong instinct to chase and our team has seen it several times on walks.',
  ),
];
const rsNeeds = [
  'Access to a secure, fenced field nearby where he can run off lead',
  'Someone at home for most of the day while he settles in',
  'Owners willing to keep up his recall training with our behaviour team',
  'A muzzle on walks in open country until his recall is reliable',
];
const rsAfter = [
  j(
    'Bramble is neutered, microchipped, vaccinated and has been treated for fleas and worms. He has some old scarring on his',
    'hind legs which does not bother him. He will go home with four weeks of free insurance and a starter pack of food.',
  ),
  j(
    'Our rehoming team will talk you through his routine before he leaves and will stay in touch for as long as you need us.',
    'If things do not work out for any reason, Bramble can always come back to the centre.',
  ),
];
const rsCrumbs = ['Home', 'Adopt a pet', 'Find a pet', 'Dogs', 'Bramble'];
const rsNav = ['Adopt a pet', 'Advice and welfare', 'Report cruelty', 'Get involved', 'Donate'];
const rsFacts = ['Lurcher', 'Male', '4 years old', 'Centre: Holloway Green', 'Reference: 1180473'];
const rsOthers = ['Tansy, Staffordshire Bull Terrier, 6 years', 'Pickle, Crossbreed, 2 years', 'Dot and Dash, rabbits, 1 year'];
const rsFoot = ['Contact us', 'Jobs', 'Accessibility', 'Privacy', 'Cookies', 'Terms and conditions', 'Modern slavery statement'];
const rsHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>Bramble | Lurcher | Adopt a dog | RSCPA-Friends</title>
<meta name="description" content="Bramble is a 4 year old Lurcher looking for a new home. Could you give Bramble a home?">
<meta property="og:site_name" content="Royal Society for Companion Pets"><meta property="og:type" content="article">
<link rel="stylesheet" href="/etc.clientlibs/rscp/clientlibs/clientlib-site.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Bramble","breadcrumb":{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Adopt a pet"}]}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"animal","animalSpecies":"Dog","centre":"Holloway Green"});</script></head>
<body class="page basicpage"><div class="cookie-banner" id="ccc" role="region" aria-label="Cookie preferences"><div class="ccc-content">
<h2 class="ccc-title">Cookies on our website</h2><p class="ccc-intro">We use some essential cookies to make this website work. We'd like to set
additional cookies to understand how you use it.</p>
<button class="ccc-accept-button">Accept additional cookies</button><button class="ccc-reject-button">Reject additional cookies</button></div></div>
<header class="header"><div class="header__container"><a class="header__logo" href="/"><img src="/content/dam/rscp/logo.svg" alt="RSCP logo"></a>
<nav class="header__nav navigation" aria-label="Main navigation"><ul class="navigation__list">${links(rsNav, 'navigation__item')}</ul></nav>
<a href="/donate" class="button button--donate">Donate now</a></div></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(rsCrumbs, 'breadcrumb__item')}</ol></nav>
<main id="main-content" class="animal-profile"><div class="animal-profile__hero"><div class="animal-profile__gallery">
<figure class="image"><img src="/content/dam/animals/1180473-1.jpg" alt="Bramble the lurcher lying on a blanket">
<figcaption class="image__caption">Bramble enjoying a rest in his kennel at the centre</figcaption></figure></div>
<div class="animal-profile__summary"><h1 class="animal-profile__name">${rsTitle}</h1>
<ul class="animal-profile__facts">${lis(rsFacts, 'animal-profile__fact')}</ul>
<div class="animal-profile__cta"><a class="button button--primary" href="/adopt/enquiry?ref=1180473">Enquire about Bramble</a></div></div></div>
<div class="animal-profile__body text"><h2>About Bramble</h2>
${ps(rsIntro)}
<h2>Bramble's ideal home</h2>
${ps(rsHome)}
<p>Bramble will need:</p>
<ul>${rsNeeds.map((n) => `<li>${n}</li>`).join('')}</ul>
<h2>Health and what comes with him</h2>
${ps(rsAfter)}
</div>
<div class="share-links"><span class="share-links__label">Share Bramble's profile</span><a href="#" class="share-links__link">Facebook</a>
<a href="#" class="share-links__link">X</a><a href="#" class="share-links__link">WhatsApp</a><a href="#" class="share-links__link">Email</a></div>
<aside class="panel panel--promo"><h2 class="panel__title">Could you give Bramble a home?</h2><p class="panel__text">Call the Holloway Green Animal
Centre on 0300 555 0190 or send us an enquiry. Our centre is open for visits by appointment, Thursday to Sunday.</p></aside>
<section class="related-animals"><h2 class="related-animals__title">Other animals at this centre</h2>
<ul class="related-animals__list">${links(rsOthers, 'related-animals__item')}</ul></section></main>
<footer class="footer"><div class="footer__newsletter"><h2>Stay in touch</h2><p>Sign up to hear about animals that need you, and how your support helps.</p>
<a href="/signup" class="button">Sign up</a></div><ul class="footer__links">${links(rsFoot, 'footer__link')}</ul>
<p class="footer__legal">The Royal Society for Companion Pets is a registered charity in England and Wales, no. 4419283.</p>
<p class="footer__copy">© RSCP 2026</p></footer><script src="/etc.clientlibs/rscp/clientlibs/clientlib-site.min.js"></script></body></html>`;
const rspca: TestPage = {
  name: 'heldout407-rspca-rehoming-profile',
  kind: 'docs',
  html: rsHtml,
  title: rsTitle,
  headings: ['About Bramble', "Bramble's ideal home", 'Health and what comes with him'],
  body: texts([...rsIntro, ...rsHome, 'Bramble will need:', ...rsNeeds, ...rsAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on our website', "We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use it.",
    'Accept additional cookies', 'Reject additional cookies', ...rsNav, 'Donate now', ...rsCrumbs.slice(0, 4),
    'Bramble enjoying a rest in his kennel at the centre', ...rsFacts, 'Enquire about Bramble', "Share Bramble's profile", 'Facebook', 'WhatsApp',
    'Email', 'Could you give Bramble a home?',
    'Call the Holloway Green Animal Centre on 0300 555 0190 or send us an enquiry. Our centre is open for visits by appointment, Thursday to Sunday.',
    'Other animals at this centre', ...rsOthers, 'Stay in touch', 'Sign up to hear about animals that need you, and how your support helps.', 'Sign up',
    ...rsFoot, 'The Royal Society for Companion Pets is a registered charity in England and Wales, no. 4419283.', '© RSCP 2026',
  ],
};

export const HELDOUT407_A: readonly TestPage[] = [petfinder, rspca];
