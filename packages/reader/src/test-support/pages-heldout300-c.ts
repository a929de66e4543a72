import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file c: a kennel club's dog-breed profile on WordPress in the AKC style (breed hero, traits box with
 * scored trait bars, "Breed Standard" and "Find a Puppy" buttons, tabs, related breeds, footer) and an animal shelter's
 * adoptable-pet page on Squarespace (sqs-block layout, a short bio, an adoption-fee box, "Meet other pets" summary block,
 * donate banner and footer).
 */
const dTitle = 'Fenwick Terrier';
const dHeads = ['About the Fenwick Terrier', 'History', 'Temperament', 'Care', 'Grooming', 'Exercise', 'Health'];
const d1 = [
  j(
    'The Fenwick Terrier is a compact, wiry-coated terrier with a big personality and a surprisingly soft heart. Bred to hunt',
    'rats in the grain barns of the northern hill country, it is quick, alert and always ready for a job.',
  ),
];
const d2 = [
  j(
    'The breed was developed in the 1820s by farmers around the market town of Fenwick, who wanted a small dog that could keep',
    'up with a horse and still fit into a barn wall. Early breeders kept few records, but by 1890 the Fenwick was shown at',
    'regional shows, and a breed club was founded in 1911.',
  ),
  j(
    'Numbers fell sharply after the mechanisation of farms, and by the 1960s fewer than 200 dogs were registered each year.',
    'A small group of enthusiasts rebuilt the breed, and it is now a steady favourite with families who want a sturdy small dog.',
  ),
];
const d3 = [
  j(
    'Fenwicks are affectionate with their own people and generally good with children who know how to treat a dog with respect.',
    'They can be wary of strangers at first and make keen watchdogs, barking to announce visitors.',
  ),
  j(
    'Like most terriers they have a strong prey drive. Many live happily with a family cat they were raised with, but small',
    'pets such as hamsters or rabbits are best kept well out of reach.',
  ),
];
const d4 = [
  j(
    'The harsh double coat sheds very little but needs hand-stripping two or three times a year to keep its texture. A weekly',
    'brush removes dead hair and stops mats forming behind the ears. Nails should be trimmed every few weeks.',
  ),
  j(
    'This is an energetic breed that needs at least an hour of activity a day. Fenwicks enjoy long walks, ball games and',
    'dog sports such as earthdog, agility and scent work. A bored Fenwick will find its own entertainment, often in the garden.',
  ),
  'Fenwicks are generally healthy and live 13 to 15 years. Responsible breeders screen for the following conditions:',
  'Patellar luxation',
  'Primary lens luxation',
  'Late-onset ataxia',
];
const dTraits: [string, number][] = [
  ['Affectionate With Family', 4],
  ['Good With Young Children', 3],
  ['Good With Other Dogs', 3],
  ['Shedding Level', 1],
  ['Energy Level', 5],
  ['Barking Level', 4],
];
const dNav = ['Dog Breeds', 'Expert Advice', 'Sports', 'Events', 'Clubs', 'Shop'];
const dRelated = ['Border Rusk Terrier', 'Harrowdale Terrier', 'Kettle Spaniel'];
const dFoot = ['About the Club', 'Careers', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Sitemap'];
const dHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Fenwick Terrier Dog Breed Information</title>
<meta name="generator" content="WordPress 6.7.2"><meta property="og:title" content="Fenwick Terrier Dog Breed Information">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Fenwick Terrier","publisher":{"@type":"Organization",
"name":"National Canine Register"}}</script><script>var ncrBreed = {"slug":"fenwick-terrier","group":"Terrier Group"};</script>
<link rel="stylesheet" href="/wp-content/themes/ncr/dist/css/main.css"></head><body class="breed-template-default single single-breed">
<header class="site-header"><a class="site-header__logo" href="/">National Canine Register</a>
<nav class="site-nav"><ul class="site-nav__list">${links(dNav, 'site-nav__item')}</ul></nav><a class="btn-register" href="/register">Register Your Dog</a>
</header>
<main class="breed-page"><div class="breed-page__hero"><div class="breed-page__hero__overlay">
<nav class="breadcrumbs"><ul>${links(['Home', 'Dog Breeds'])}</ul></nav><h1 class="page-header__title">${dTitle}</h1>
<p class="breed-page__hero__group">Terrier Group</p><div class="breed-page__hero__buttons"><a class="button" href="/breeds/fenwick/standard">Breed
Standard</a><a class="button" href="/marketplace/fenwick">Find a Puppy</a></div></div>
<figure class="breed-page__hero__image"><img src="/wp-content/uploads/fenwick-hero.jpg" alt="Fenwick Terrier standing in a field">
<figcaption class="image-credit">Photo: Arran Leckie</figcaption></figure></div>
<div class="breed-page__about"><h2>${dHeads[0]}</h2>${ps(d1, ' class="breed-page__about__read-more__text"')}</div>
<section class="breed-page__traits" id="breed-page__traits__all"><h2 class="breed-page__traits__title">Fenwick Terrier Traits</h2>
${dTraits
  .map(
    ([t, n]) => `<div class="breed-trait-group__trait"><h4 class="accordion__header__text">${t}</h4><div class="breed-trait-score__score-wrap">
${[1, 2, 3, 4, 5].map((k) => `<div class="breed-trait-score__score-unit${k <= n ? ' breed-trait-score__score-unit--filled' : ''}"></div>`).join('')}</div>
</div>`,
  )
  .join('\n')}
<div class="breed-page__traits__facts"><p>Height: 10-12 inches</p><p>Weight: 14-18 pounds</p><p>Life Expectancy: 13-15 years</p></div></section>
<div class="breed-page__content"><h2>${dHeads[1]}</h2>${ps(d2)}
<aside class="ncr-promo"><p>Read more: <a href="/expert-advice/terrier-training">How to Train a Terrier Who Would Rather Dig</a></p></aside>
<h2>${dHeads[2]}</h2>${ps(d3)}<h2>${dHeads[3]}</h2><h3>${dHeads[4]}</h3><p>${d4[0]}</p><h3>${dHeads[5]}</h3><p>${d4[1]}</p>
<h3>${dHeads[6]}</h3><p>${d4[2]}</p><ul>${d4
  .slice(3)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<section class="breed-page__related"><h2>Explore Other Breeds</h2><ul>${links(dRelated, 'breed-card')}</ul></section></main>
<section class="newsletter"><h3>Sign up for our newsletter</h3><p>Training tips, breed news and events, every month.</p><button>Subscribe</button></section>
<footer class="site-footer"><ul>${links(dFoot, 'site-footer__link')}</ul><p>© 2026 National Canine Register. All Rights Reserved.</p></footer>
<script src="/wp-content/themes/ncr/dist/js/main.js"></script></body></html>`;
const breed: TestPage = {
  name: 'heldout300-wordpress-breed-profile-wiki',
  kind: 'wiki',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...d1, ...d2, ...d3, ...d4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'National Canine Register', ...dNav, 'Register Your Dog', 'Home', 'Terrier Group', 'Breed Standard', 'Find a Puppy', 'Photo: Arran Leckie',
    'Fenwick Terrier Traits', ...dTraits.map(([t]) => t), 'Height: 10-12 inches', 'Weight: 14-18 pounds', 'Life Expectancy: 13-15 years',
    'Read more: How to Train a Terrier Who Would Rather Dig', 'Explore Other Breeds', ...dRelated, 'Sign up for our newsletter',
    'Training tips, breed news and events, every month.', 'Subscribe', ...dFoot, '© 2026 National Canine Register. All Rights Reserved.',
  ],
};

const sTitle = 'Meet Biscuit';
const s1 = [
  j(
    'Biscuit is a three-year-old tabby and white boy who came to us when his owner moved into a care home. He is a gentle, easy',
    'cat who loves a warm lap and will follow you from room to room to see what you are up to.',
  ),
  j(
    'He lived with a quiet older lady and would be happiest in a calm home with adults or older children. He has not lived with',
    'dogs, and he would prefer to be the only cat. Biscuit is used to going outside and would like a garden to explore once he',
    'has settled in.',
  ),
  'Age: 3 years',
  'Sex: Male, neutered',
  'Good with: Adults and children over 10',
  'Health: Vaccinated, microchipped and flea treated',
  j('If you think Biscuit could be the cat for you, please fill in our adoption form and one of our volunteers will be in touch', 'within three working days.'),
];
const sNav = ['Adopt', 'Rehome a pet', 'Volunteer', 'Donate', 'About us', 'Contact'];
const sOthers = ['Pepper, 2 years', 'Moss and Willow, 8 months', 'Duke, 6 years'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>Meet Biscuit — Ashby Vale Animal Rescue</title><meta property="og:site_name" content="Ashby Vale Animal Rescue">
<meta name="generator" content="Squarespace"><script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":
"Ashby Vale Animal Rescue"},"collection":{"typeName":"page"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="collection-64f0a1" class="tweak-global-animations-enabled header-width-full">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>Our adoption centre is closed on Mondays.</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text">
<a href="/">Ashby Vale Animal Rescue</a></div>
<nav class="header-nav-list">${sNav.map((t) => `<div class="header-nav-item"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('')}
</nav></div></header><main id="page" class="container" role="main"><article class="sections" id="sections">
<section class="page-section" data-section-id="64f0a2"><div class="content-wrapper"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content">
<figure class="sqs-block-image-figure"><img data-src="https://images.squarespace-cdn.example/biscuit.jpg" alt="Biscuit the cat">
<figcaption class="image-caption-wrapper"><p>Biscuit in his foster home</p></figcaption></figure></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(s1.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}<ul data-rte-list="default">
${s1
  .slice(2, 6)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('')}</ul>${ps(s1.slice(6))}</div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Adoption fee: £95</h3>
<p class="sqsrte-small">Includes vaccinations, neutering, a microchip and four weeks of free insurance.</p></div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-button-container"><a href="/adopt/form" class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element">Apply to adopt Biscuit</a></div></div></div></div></div></div></section>
<section class="page-section"><div class="sqs-block summary-v2-block sqs-block-summary-v2"><h2 class="summary-heading">Meet other pets</h2>
<div class="summary-item-list">${sOthers.map((t) => `<div class="summary-item"><a class="summary-title-link" href="/adopt">${t}</a></div>`).join('')}
</div></div></section>
<section class="page-section"><div class="sqs-block html-block"><h2>Help us care for animals like Biscuit</h2><p>A monthly gift of £5 feeds a
rescue cat for a week.</p><a href="/donate" class="sqs-block-button-element">Donate now</a></div></div></section></article></main>
<footer class="sections" id="footer-sections"><div class="sqs-block html-block"><p>Ashby Vale Animal Rescue, Mill Lane, Ashby Vale. Registered charity
no. 1180442.</p><p>Open Tuesday to Sunday, 11am to 4pm</p></div></footer>
<div class="sqs-cookie-banner-v2"><p>This site uses cookies to provide you with a great user experience.</p><button class="accept">Accept</button></div>
<script src="https://static1.squarespace.example/static/vta/site-bundle.js"></script></body></html>`;
const shelter: TestPage = {
  name: 'heldout300-squarespace-shelter-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(s1),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our adoption centre is closed on Mondays.', 'Ashby Vale Animal Rescue', ...sNav, 'Biscuit in his foster home', 'Adoption fee: £95',
    'Includes vaccinations, neutering, a microchip and four weeks of free insurance.', 'Apply to adopt Biscuit', 'Meet other pets', ...sOthers,
    'Help us care for animals like Biscuit', 'A monthly gift of £5 feeds a rescue cat for a week.', 'Donate now',
    'Ashby Vale Animal Rescue, Mill Lane, Ashby Vale. Registered charity no. 1180442.', 'Open Tuesday to Sunday, 11am to 4pm',
    'This site uses cookies to provide you with a great user experience.', 'Accept',
  ],
};

export const HELDOUT300_C: readonly TestPage[] = [breed, shelter];
