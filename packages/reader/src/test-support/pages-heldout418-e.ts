import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, lis, paras, type Sec } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file e: a woodland charity's tree identification page (a Sitecore-style "British trees" template with
 * a hero, a key facts panel, an accordion of identification sections, a "Did you know?" box, a donation promo, related
 * trees cards and footer) and a reptile society's species sheet on Squarespace (sqs blocks, announcement bar, an image
 * block with caption, a summary table, a newsletter block and footer).
 */
const tTitle = 'Grey alder (Alnus cana)';
const tIntro = [
  j(
    'Grey alder is a fast-growing, short-lived tree of damp ground and river shingle. Planted widely on old mine tips and',
    'reclaimed land for its ability to fix nitrogen, it has now spread into the wild along many northern rivers.',
  ),
];
const tSecs: Sec[] = [
  [
    'Leaves',
    [
      j(
        'Oval and pointed at the tip, 5 to 10cm long, with double-toothed edges. The underside is grey-green and softly hairy,',
        'which separates it from common alder, whose leaves are rounded or notched at the tip and shiny green on both sides.',
      ),
    ],
  ],
  [
    'Flowers and fruit',
    [
      j(
        'Male catkins are long, yellow and drooping, opening in February before the leaves; the small red female catkins ripen into',
        'woody, cone-like fruits about 1.5cm long, which stay on the tree through the winter.',
      ),
    ],
  ],
  [
    'Bark and twigs',
    [
      'The bark stays smooth and pale grey even on old trees, never cracking into plates. Young twigs are downy and grey, not sticky.',
      j(
        'In winter the tree is easiest to pick out by the combination of grey twigs, stalked purple buds and the old cones, which',
        'hang on in small clusters. Suckers often spring up around the base, so grey alder tends to form thickets rather than single trees.',
      ),
    ],
  ],
  [
    'Could be confused with',
    [
      j(
        'Common alder, which has blunt or notched leaves, sticky twigs and dark, fissured bark; and hazel, whose leaves are rounder',
        'and hairy on both sides, and which never bears cone-like fruits.',
      ),
    ],
  ],
  [
    'Value to wildlife',
    [
      j(
        'The leaves feed the caterpillars of several moths, including the alder kitten, and the seeds are eaten by siskins and',
        'redpolls in winter. Because it fixes nitrogen, grey alder can change the soil under it, and in some river valleys it is now',
        'managed to stop it crowding out native willows.',
      ),
    ],
  ],
];
const tFacts = ['Common names: grey alder, speckled alder', 'Family: Betulaceae', 'Origin: non-native', 'Height: up to 20m', 'Lifespan: 50-60 years'];
const tDyk = 'Did you know? Grey alder roots carry nodules of bacteria that take nitrogen from the air, so the tree can grow on soil with almost no nutrients.';
const tNav = ['Visiting woods', 'Trees, woods and wildlife', 'Protecting trees and woods', 'Plant trees', 'Support us', 'Shop', 'Donate'];
const tCrumbs = ['Home', 'Trees, woods and wildlife', 'British trees', 'Non-native trees'];
const tCards = ['Goat willow', 'Downy birch', 'Wych elm'];
const tFoot = ['Contact us', 'Media centre', 'Jobs', 'Privacy policy', 'Cookie policy', 'The Greenwood Trust is a registered charity No. 294345'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Grey Alder (Alnus cana) - British Trees - Greenwood Trust</title>
<meta name="description" content="Learn to identify grey alder by its leaves, catkins, fruit and bark.">
<meta property="og:image" content="https://www.greenwoodtrust.example/media/2281/grey-alder.jpg">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,
'script','dataLayer','GTM-GW1');</script>
<link href="/dist/css/main.css?v=3.14" rel="stylesheet"></head>
<body class="page-species"><div id="CybotCookiebotDialog" role="dialog" class="CybotEdge">
<div id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</div>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and to analyse our traffic.</div>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button>
<button id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</button></div>
<header class="site-header"><a href="/" class="site-header__logo">Greenwood Trust</a><nav class="primary-nav"><ul>${links(tNav, 'primary-nav__item')}</ul>
</nav></header>
<main id="main"><div class="hero hero--species"><div class="hero__image"><img src="/media/2281/grey-alder.jpg" alt="Grey alder leaves">
<span class="hero__credit">Jonas Feld / GTML</span></div><div class="hero__content">
<nav class="breadcrumb" aria-label="Breadcrumb"><ul>${links(tCrumbs, 'breadcrumb__item')}</ul></nav>
<h1 class="hero__title">${tTitle}</h1></div></div>
<div class="container"><div class="grid"><div class="grid__col grid__col--8"><div class="rich-text intro">${ps(tIntro)}</div>
<div class="accordion" data-module="accordion">
${tSecs
  .map(
    (s, i) => `<div class="accordion__item"><h2 class="accordion__heading"><button class="accordion__trigger" aria-expanded="${i === 0}"
aria-controls="acc-${i}">${s[0]}</button></h2><div class="accordion__panel rich-text" id="acc-${i}">${ps(s[1])}</div></div>`,
  )
  .join('\n')}
</div>
<div class="callout callout--dyk"><p>${tDyk}</p></div></div>
<aside class="grid__col grid__col--4"><div class="key-facts"><h2 class="key-facts__title">Key facts</h2><ul>${lis(tFacts)}</ul></div>
<div class="promo promo--donate"><h3 class="promo__title">Help us protect native trees</h3><p>A gift of £10 could plant and protect a young tree.</p>
<a class="btn btn--primary" href="/donate">Give today</a></div></aside></div>
<section class="related-cards"><h2 class="related-cards__title">More trees to identify</h2><ul>${links(tCards, 'card')}</ul></section></div></main>
<footer class="site-footer"><ul>${links(tFoot)}</ul><p>© Greenwood Trust 2026</p></footer>
<script src="/dist/js/main.js?v=3.14"></script></body></html>`;

const rTitle = 'Species Sheet: Northern Smooth Snake';
const rSecs: Sec[] = [
  [
    'Description',
    [
      j(
        'A slender, smooth-scaled snake reaching 50 to 65cm, grey or brown above with two rows of small dark spots along the back',
        'that sometimes join into bars. A dark stripe runs from the nostril through the eye to the neck, and the crown carries a',
        'dark, heart-shaped mark. The belly is orange-brown to dark grey. The pupil is round.',
      ),
    ],
  ],
  [
    'Distinguishing from the adder',
    [
      j(
        'Adders have a bold, continuous zigzag along the back, keeled (rough) scales, a vertical pupil and a stockier build. A',
        'smooth snake never has a true zigzag, and its scales look polished. If you cannot see the pupil, the scales are the best clue.',
      ),
    ],
  ],
  [
    'Habitat and behaviour',
    [
      j(
        'Found on dry lowland heath with mature heather, especially on south-facing slopes with bare sand for basking. It is secretive',
        'and spends most of its time under heather or in burrows, hunting lizards and small mammals, which it holds in its coils.',
      ),
      'It hibernates from October to March. Females give birth to two to fifteen live young in late summer.',
      j(
        'Smooth snakes are most often seen by surveyors who check sheets of roofing felt laid on the heath, under which they warm',
        'up on cool mornings. They rarely bask in the open and will bite if handled, although they have no venom.',
      ),
    ],
  ],
  [
    'Legal status',
    [
      j(
        'The northern smooth snake is fully protected. It is an offence to kill, injure, capture or disturb it, or to damage its',
        'habitat, without a licence. Survey work involving refuges must be carried out by a licensed surveyor.',
      ),
    ],
  ],
];
const rTable = ['Length: 50–65cm', 'Scales: smooth', 'Pupil: round', 'Reproduction: live young', 'Conservation status: Vulnerable'];
const rReport = 'If you see a smooth snake away from a known site, please photograph it from a distance and send us the record.';
const rNav = ['Home', 'Identify', 'Surveys', 'Training', 'Membership', 'Contact'];
const rFoot = ['Heathland Reptile Society, The Old Forge, Barrowmere', 'Charity no. 1099412', 'Privacy', 'Terms'];
const sqs = (id: string, type: string, inner: string): string =>
  `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 5}" id="block-${id}">
<div class="sqs-block-content">${inner}</div></div>`;
const rHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Species Sheet: Northern Smooth Snake — Heathland Reptile Society</title>
<meta property="og:site_name" content="Heathland Reptile Society"><meta property="og:type" content="website">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Heathland Reptile Society"},
"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.heathreptiles.example","name":"Heathland Reptile Society","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/5f1a/site.css"></head>
<body id="collection-6011" class="header-layout-nav-right tweak-social-icons-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text-inner">
<p>Spring survey training days are now booking. Places are limited.</p></div></div></div>
<div class="gdpr-cookie-banner"><p>This website uses cookies to improve your experience.</p><button class="accept">Accept</button></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-title-text"><a href="/">Heathland Reptile Society</a></div>
<nav class="header-nav-list">${rNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a>
</div>`,
  )
  .join('')}</nav></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6011">
<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page" id="page-6011"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqs('a1', 'html', `<h1>${rTitle}</h1><p class="sqsrte-small">Coronella borealis · Fact sheet 4 of 12</p>`)}
${sqs(
  'a2',
  'image',
  `<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/smooth-snake.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Adult basking under heather. Photo: Mirela Stanton, under licence</p></div>
</figcaption></figure>`,
)}
${sqs('a3', 'html', rSecs.map((s) => `<h3>${s[0]}</h3>\n${ps(s[1], ' class="" style="white-space:pre-wrap;"')}`).join('\n'))}
${sqs('a4', 'html', `<h3>At a glance</h3><ul data-rte-list="default">${lis(rTable)}</ul><p class="" style="white-space:pre-wrap;">${rReport}</p>`)}
${sqs(
  'a5',
  'newsletter',
  `<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p>Survey news and training dates, four times a year.</p></div></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></form>`,
)}
${sqs('a6', 'button', `<a href="/species" class="sqs-block-button-element">Back to all species sheets</a>`)}
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content">${rFoot.map((t) => `<p>${t}</p>`).join('')}</div></section>
</footer>
<script defer src="https://assets.squarespace.example/universal/scripts-compressed/website.js"></script></body></html>`;

export const HELDOUT418_E: TestPage[] = [
  {
    name: 'heldout418-greenwood-trust-tree-id-wiki',
    kind: 'wiki',
    html: tHtml,
    title: tTitle,
    headings: heads(tSecs),
    body: texts([...tIntro, ...paras(tSecs), tDyk]),
    bylines: [],
    furniture: [
      'This website uses cookies',
      'We use cookies to personalise content and to analyse our traffic.',
      'Allow all',
      'Use necessary cookies only',
      'Greenwood Trust',
      ...tNav,
      'Jonas Feld / GTML',
      'Home',
      'British trees',
      'Non-native trees',
      'Key facts',
      ...tFacts,
      'Help us protect native trees',
      'A gift of £10 could plant and protect a young tree.',
      'Give today',
      'More trees to identify',
      ...tCards,
      ...tFoot,
      '© Greenwood Trust 2026',
    ],
  },
  {
    name: 'heldout418-squarespace-reptile-sheet-docs',
    kind: 'docs',
    html: rHtml,
    title: rTitle,
    headings: [...heads(rSecs), 'At a glance'],
    body: texts([...paras(rSecs), ...rTable, rReport]),
    bylines: [],
    furniture: [
      'Spring survey training days are now booking. Places are limited.',
      'This website uses cookies to improve your experience.',
      'Heathland Reptile Society',
      ...rNav,
      'Coronella borealis · Fact sheet 4 of 12',
      'Adult basking under heather. Photo: Mirela Stanton, under licence',
      'Join our mailing list',
      'Survey news and training dates, four times a year.',
      'Sign Up',
      'Back to all species sheets',
      ...rFoot,
    ],
  },
];
