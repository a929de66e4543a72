import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, secs } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file d: a Gumroad product page rendered by Inertia and React (the product description with its
 * h3 sections, list and table is the body; price, the "I want this!" box, product facts, ratings and the "More by" rail are
 * furniture) and a Kickstarter-style campaign page (the story and "Risks and challenges" are the body; funding stats, the
 * creator card, reward tiers, the project nav and the report link are furniture).
 */
const gTitle = 'Field Sketching Kit: 40 Brushes for Procreate';
const gIntro = [
  j(
    'A set of forty brushes built for sketching outdoors on an iPad, made from scans of my own pencils, fineliners and a very',
    'old tin of watercolours. They are tuned to be quick: no heavy textures, no lag on a crowded canvas, and pressure curves that',
    'feel right with a paper-like screen protector.',
  ),
];
const gSecs: [string, string[]][] = [
  [
    'What is inside',
    [
      'Twelve pencils, from a hard 4H for construction lines to a smudgy 6B.',
      'Ten inking pens, including a broken-nib dip pen and two fineliners.',
      'Eight watercolour washes that pool at the edges like the real thing.',
      'Six texture stamps for foliage, stonework and cloud.',
      'Four erasers and blenders that keep the paper grain.',
    ],
  ],
  [
    'How I use them',
    [
      j(
        'I start every sketch with the blue construction pencil at low opacity, ink over it with the fineliner, then drop in one',
        'or two washes on a multiply layer. The whole set is organised in that order so you can work down the list without hunting.',
      ),
      j(
        'The watercolour brushes respond to tilt as well as pressure. Lay the pencil flat for a broad wash and hold it upright for',
        'a wet edge. If you use an older stylus without tilt, switch to the variants marked "flat" in the set.',
      ),
    ],
  ],
  [
    'Compatibility',
    [
      j(
        'The brushes need Procreate 5.2 or later. They also work in Procreate Pocket on iPhone, although the texture stamps are',
        'sized for a canvas of at least 2,000 pixels on the long side.',
      ),
      'Updates are free for life. The last update added the six texture stamps and fixed the grain scale on large canvases.',
    ],
  ],
];
const gTable = [
  ['Version', 'Added'],
  ['1.0', 'Pencils, pens and washes'],
  ['1.1', 'Erasers and blenders'],
  ['1.2', 'Texture stamps, grain fix'],
] as const;
const gList = gSecs[0]?.[1] ?? [];
const gBody = [...gIntro, ...gSecs.flatMap(([, p]) => p), ...gTable.slice(1).flatMap(([v, a]) => [v, a])];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta property="og:title" content="${gTitle}"><meta property="og:type" content="product"><meta property="product:price:amount" content="14.0">
<meta name="description" content="A set of forty brushes built for sketching outdoors on an iPad.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${gTitle}","offers":{"@type":"Offer",
"price":"14","priceCurrency":"USD"},"aggregateRating":{"@type":"AggregateRating","ratingValue":4.8,"ratingCount":311}}</script>
<script src="https://assets.gumroad.example/packs/js/product-3c1.js" defer></script></head>
<body id="product_page" class="custom-domain"><div id="app" data-page="{&quot;component&quot;:&quot;Products/Show&quot;}">
<header class="seller-header"><a href="/" class="user"><img class="user-avatar" src="https://public-files.gumroad.example/a.png" alt="">
<span>Marisol Quenby</span></a><nav><a href="/l/subscribe">Subscribe</a></nav></header>
<main class="product"><section class="product-preview"><figure><img src="https://public-files.gumroad.example/cover.png" alt="">
<figcaption>Sketch of the Lyle harbour made entirely with the kit.</figcaption></figure></section>
<section class="product-info"><header><h1 itemprop="name">${gTitle}</h1></header>
<div class="pill-group"><div itemprop="offers"><div class="price" itemprop="price" content="14">$14+</div></div>
<a class="user" href="/"><span>Marisol Quenby</span></a><div class="rating"><span class="rating-average">4.8</span>
<span>(311 ratings)</span></div></div>
<div class="rich-text">
${ps(gIntro)}
${secs(
  gSecs.slice(0, 1).map(([h]) => [h, []]),
  'h3',
)}
<ul>${lis(gList)}</ul>
${secs(gSecs.slice(1), 'h3')}
<table><thead><tr><th>${gTable[0][0]}</th><th>${gTable[0][1]}</th></tr></thead><tbody>
${gTable
  .slice(1)
  .map(([v, a]) => `<tr><td>${v}</td> <td>${a}</td></tr>`)
  .join('\n')}
</tbody></table></div></section>
<section class="product-cta"><div class="paragraphs"><label>Name a fair price:</label><input type="text" value="14" aria-label="Price">
<button class="button accent" type="submit">I want this!</button><div class="product-content-description">
<p>You'll get a .brushset file and a PDF guide.</p></div>
<div class="details"><div>Size</div><div>38.6 MB</div><div>Brushes</div><div>40</div><div>Format</div><div>.brushset</div></div>
<div class="wishlist"><button class="button">Add to wishlist</button></div>
<p class="sales-count">1,944 sales</p></div>
<div class="ratings-summary"><h3>Ratings</h3><div>4.8 out of 5</div><ul>${lis(['5 stars 86%', '4 stars 10%', '3 stars 3%'])}</ul></div></section>
<section class="more-by"><h2>More by Marisol Quenby</h2><ul>${links(['Urban Ink Brushes', 'Cloud Study Stamps', 'Sketchbook Paper Textures'])}</ul></section>
</main><footer class="gumroad-footer"><p>Powered by <a href="https://gumroad.com">Gumroad</a></p>
<a href="/report">Report</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></div></body></html>`;
const gumroad: TestPage = {
  name: 'heldout343-gumroad-product-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: texts(gBody),
  bylines: ['Marisol Quenby'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sketch of the Lyle harbour made entirely with the kit.', '$14+', '(311 ratings)', 'Name a fair price:', 'I want this!',
    "You'll get a .brushset file and a PDF guide.", 'Size', '38.6 MB', 'Brushes', 'Format', '.brushset', 'Add to wishlist', '1,944 sales', 'Ratings',
    '4.8 out of 5', '5 stars 86%', '4 stars 10%', '3 stars 3%', 'More by Marisol Quenby', 'Urban Ink Brushes', 'Cloud Study Stamps',
    'Sketchbook Paper Textures', 'Powered by Gumroad', 'Report', 'Privacy', 'Terms',
  ],
};

const kTitle = 'Lanternfish: a pocket field guide to the night shore';
const kSecs: [string, string[]][] = [
  [
    'Story',
    [
      j(
        'Lanternfish is a waterproof, pocket-sized field guide to the creatures you can find on a beach after dark: glowing plankton,',
        'sand hoppers, hunting crabs and the odd stranded squid. We have spent three years walking the same ten kilometres of coast',
        'with head torches, notebooks and a great deal of coffee, and we want to share what we found.',
      ),
      j(
        'Most shore guides are written for daytime and low tide. At night the beach is a different place. Animals that hide under',
        'stones all day come out to feed, and a wave breaking in the right season can light up blue from end to end.',
      ),
    ],
  ],
  [
    'What you get',
    [
      '112 pages on tear-proof synthetic paper that survives rain, sand and being dropped in a rock pool.',
      'Sixty species, each with a hand-painted plate by Noor Halloran and a red-light photograph.',
      'A tide and moon chart for planning walks, with the best weeks for bioluminescence marked.',
      'A short code of conduct for the shore at night: red light only, leave stones as you found them.',
    ],
  ],
  [
    'Where the money goes',
    [
      j(
        'Our goal covers a first print run of 2,500 copies, the colour proofs and shipping. Anything above the goal goes into a',
        'Welsh-language edition, which local schools along the coast have asked for.',
      ),
      'If we pass that, we will print a large-format wall chart of the sixty species for every school that orders the guide.',
    ],
  ],
  [
    'Risks and challenges',
    [
      j(
        'The text and plates are finished and the printer has already made a test copy on the synthetic paper, so the main risk is',
        'shipping. We have used the same fulfilment partner for our earlier tide calendar and have priced postage with a margin for',
        'rises. If anything slips, supporters will hear it from us first in an update, not in the comments.',
      ),
    ],
  ],
];
const kList = kSecs[1]?.[1] ?? [];
const kNav = ['Discover', 'Start a project', 'Log in'];
const kProjNav = ['Campaign', 'Rewards', 'FAQ', 'Updates 3', 'Comments 41', 'Community'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} by Ffion Drury — Kickstarter</title>
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="kickstarter:project">
<meta name="description" content="A waterproof pocket guide to the creatures of the beach after dark.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${kTitle}"}</script>
<script>window.current_project = "{&quot;id&quot;:771904533,&quot;state&quot;:&quot;live&quot;,&quot;goal&quot;:18000.0}";</script></head>
<body class="projects-show"><div id="global-header"><header class="global-nav"><a href="/" class="logo">Kickstarter</a>
<ul>${links(kNav, 'nav-item')}</ul></header></div>
<div id="react-project-header" data-initial="{}"><div class="project-profile__title"><h1 class="type-28 project-name">${kTitle}</h1>
<p class="type-18 project-description">Glowing plankton, hunting crabs and the beach after dark, in a guide you can take into the rain.</p></div>
<div class="project-profile__creator"><a href="/profile/ffiondrury" class="hero__link">Ffion Drury</a>
<span class="type-12">2 created</span> <span class="type-12">Aberwen, UK</span></div>
<div class="project-stats"><div class="ksr-green-700 type-28">£24,612</div><div class="type-12">pledged of £18,000 goal</div>
<div class="type-28">638</div><div class="type-12">backers</div><div class="type-28">12</div><div class="type-12">days to go</div>
<button class="bttn bttn-green">Back this project</button><button class="bttn bttn-secondary">Remind me</button>
<p class="type-12">All or nothing. This project will only be funded if it reaches its goal by Wed, April 1 2026 11:00 AM BST.</p></div></div>
<nav class="project-nav"><ul>${links(kProjNav, 'project-nav__link')}</ul></nav>
<div class="grid-container"><div class="grid-row"><div class="col-8 description-container"><div class="rte__content story-content">
${secs(kSecs.slice(0, 1))}
<figure class="image"><img src="https://ksr-ugc.imgix.example/plankton.jpg" alt=""><figcaption>Sea sparkle at Porth Lleian,
photographed under red light.</figcaption></figure>
<h2>${kSecs[1]?.[0] ?? ''}</h2><ul>${lis(kList)}</ul>
${secs(kSecs.slice(2, 3))}
</div><div id="risks-and-challenges" class="mb6">${secs(kSecs.slice(3))}</div>
<a href="/learn-about-accountability" class="type-14">Learn about accountability on Kickstarter</a>
<p class="type-14"><a href="#report">Report this project to Kickstarter</a></p></div>
<div class="col-4 rewards-container"><h3>Support</h3><div class="pledge__info"><h2 class="pledge__title">Pledge without a reward</h2>
<p>Back it because you believe in it.</p></div>
<div class="pledge__info"><span class="pledge__amount">£16</span><h3 class="pledge__title">One guide</h3>
<p>A copy of Lanternfish, signed, plus a red-light clip torch.</p><span class="pledge__backer-count">402 backers</span></div>
<div class="pledge__info"><span class="pledge__amount">£40</span><h3 class="pledge__title">Night walk</h3>
<p>Two guides and a place on a guided night walk at Aberwen in August.</p><span class="pledge__backer-count">61 backers</span></div></div></div></div>
<footer class="global-footer"><ul>${links(['About us', 'Our charter', 'Stats', 'Help Center', 'Trust & Safety', 'Terms of Use', 'Privacy Policy'])}</ul>
<p>Kickstarter, PBC © 2026</p></footer>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to offer you a better experience and analyze site traffic.</p>
<button class="bttn">Accept all</button><button class="bttn">Manage preferences</button></div></body></html>`;
const kickstarter: TestPage = {
  name: 'heldout343-kickstarter-campaign-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kSecs.map(([h]) => h),
  body: texts(kSecs.flatMap(([, p]) => p)),
  bylines: ['Ffion Drury'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Glowing plankton, hunting crabs and the beach after dark, in a guide you can take into the rain.', '2 created', 'Aberwen, UK',
    '£24,612', 'pledged of £18,000 goal', '638', 'backers', 'days to go', 'Back this project', 'Remind me',
    'All or nothing. This project will only be funded if it reaches its goal by Wed, April 1 2026 11:00 AM BST.', ...kProjNav,
    'Sea sparkle at Porth Lleian, photographed under red light.', 'Learn about accountability on Kickstarter', 'Report this project to Kickstarter',
    'Support', 'Pledge without a reward', 'Back it because you believe in it.', '£16', 'One guide',
    'A copy of Lanternfish, signed, plus a red-light clip torch.', '402 backers', '£40', 'Night walk',
    'Two guides and a place on a guided night walk at Aberwen in August.', '61 backers', 'About us', 'Our charter', 'Stats', 'Help Center',
    'Trust & Safety', 'Terms of Use', 'Privacy Policy', 'Kickstarter, PBC © 2026', 'We use cookies to offer you a better experience and analyze site traffic.',
    'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT343_D: readonly TestPage[] = [gumroad, kickstarter];
