import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout263-kit.js';

/**
 * Held-out batch 263, file f: a Vice-style story on Next.js markup (section label, dek, byline and date, share icons, lead
 * image credit, abc__textblock paragraphs, an in-body newsletter form, Tagged list, "More like this" and the footer) and a
 * Texas Tribune-style nonprofit data story (donation banner, breadcrumbs, byline and dates, "Republish this story" tools,
 * data table with its source line, TribFest promo, "Sign up for The Brief", disclosure box, tags, related rail, footer).
 */
const vTitle = 'Inside the Underground Scene of People Who Restore Dead Arcade Machines';
const vDek = 'In a warehouse outside Rolling Fork, a dozen hobbyists are bringing 40-year-old cabinets back to life, one capacitor at a time.';
const vP = [
  j(
    'The first thing you notice inside the Coinbox Collective is the smell: solder, old particleboard and something like burnt',
    'dust. The second is the noise. Thirty-odd arcade cabinets line the walls, and every few minutes one of them powers on with',
    'a chirp that anyone born before 1985 would recognize.',
  ),
  j(
    'The collective started in 2019, when Ray Okonkwo-Bell bought a broken racing cabinet at an estate sale for $40 and could',
    'not find anyone to fix it. "Every repair shop I called either laughed or quoted me more than a new TV," he told VICE.',
    'So he taught himself, with a multimeter and a lot of forum posts.',
  ),
  j(
    'Now the group has 14 regular members, a shared bench with three soldering stations and a spreadsheet of more than 200',
    'cabinets they have brought back, most of which were sold on to bars, collectors or families who wanted one for the garage.',
  ),
  j(
    'The hardest part, members say, is the monitors. The old tube screens hold a dangerous charge long after they are unplugged,',
    'and replacement tubes are no longer made. Members trade them across the country, sometimes driving six hours for a single',
    'working screen.',
  ),
  j(
    '"People think it\'s nostalgia," said Leticia Varga, who restores the painted side art by hand. "Some of it is. But mostly',
    'it\'s the puzzle. Something is dead, and you find the one tiny part that killed it, and then it lives again."',
  ),
  j('The collective opens its doors to the public on the first Saturday of every month. Entry is free, and every machine is', 'set to free play.'),
];
const vCredit = 'Photo by Aurelio Santos';
const vNav = ['News', 'Culture', 'Music', 'Food', 'Tech', 'Identity', 'Video'];
const vTags = ['arcades', 'GAMING', 'retro', 'hobbies'];
const vMore = ['The Man Who Has Eaten at Every Diner on Route 66', 'We Spent a Night With Competitive Pinball Players'];
const vFoot = ['About', 'Careers', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use', 'Cookie Policy'];
const vHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${vTitle}</title><meta name="description" content="${vDek}">
<meta property="og:site_name" content="VICE"><meta name="next-head-count" content="22">
<link rel="canonical" href="https://www.vice.example/en/article/arcade-restorers-coinbox-collective/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}",
"author":[{"@type":"Person","name":"Jasper Quintero"}],"datePublished":"2026-05-17T13:00:00.000Z"}</script></head>
<body><div id="__next"><div class="vice-page"><header class="vice-header"><a class="vice-header__logo" href="/" aria-label="VICE">VICE</a>
<nav class="vice-header__nav"><ul>${links(vNav, 'vice-header__nav-item')}</ul></nav></header>
<main><article class="article"><div class="article__header"><div class="article__header__section"><a href="/en/section/tech">Tech</a></div>
<h1 class="smart-header__hed">${vTitle}</h1><p class="smart-header__dek">${vDek}</p>
<div class="contributor__meta"><span class="contributor__byline">By <a href="/en/contributor/jasper-quintero">Jasper Quintero</a></span>
<time class="article__header__datebar__date--original" datetime="2026-05-17T13:00:00.000Z">May 17, 2026, 9:00am</time></div>
<div class="social-share"><button aria-label="Share on Facebook">Share</button><button aria-label="Share on X">Tweet</button></div></div>
<figure class="article__image"><img src="https://video-images.vice.example/articles/arcade.jpg" alt="">
<figcaption class="article__image__caption"><span class="article__image__credit">${vCredit}</span></figcaption></figure>
<div class="article__body-components">
${ps(vP.slice(0, 3), ' class="abc__textblock"')}
<div class="newsletter-form"><p class="newsletter-form__title">Get the best of VICE delivered to your inbox daily.</p>
<button>Subscribe</button><p class="newsletter-form__legal">By signing up, you agree to the Terms of Use and Privacy Policy &amp; to receive
electronic communications from Vice Media Group.</p></div>
${ps(vP.slice(3), ' class="abc__textblock"')}
</div><div class="tags"><span class="tags__label">Tagged:</span><ul>${links(vTags, 'tags__item')}</ul></div></article>
<section class="more-like-this"><h2>More like this</h2><ul>${links(vMore)}</ul></section></main>
<footer class="vice-footer"><ul>${links(vFoot)}</ul><p>© 2026 VICE MEDIA GROUP</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"qwe81","title":"${vTitle}"}}},
"page":"/[locale]/article/[slug]"}</script>
</body></html>`;
const vice: TestPage = {
  name: 'heldout263-vice-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts([vDek, ...vP]),
  bylines: ['By Jasper Quintero', 'May 17, 2026, 9:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Share', 'Tweet', vCredit, 'Get the best of VICE delivered to your inbox daily.', 'Subscribe',
    'By signing up, you agree to the Terms of Use and Privacy Policy & to receive electronic communications from Vice Media Group.',
    'Tagged:', ...vTags, 'More like this', ...vMore, ...vFoot, '© 2026 VICE MEDIA GROUP',
  ],
};

const tTitle = 'See how many rural hospitals in your region have closed labor and delivery units';
const tP1 = [
  j(
    'At least 19 rural Texas hospitals have stopped delivering babies since 2016, leaving expectant mothers in large parts of',
    "the state more than an hour's drive from the nearest labor and delivery unit, according to a Tribune analysis of state",
    'licensing records.',
  ),
  j(
    'Hospital administrators cite the same reasons again and again: too few births to cover the cost of round-the-clock',
    'staffing, difficulty recruiting obstetricians and nurses, and Medicaid payments that do not cover the cost of care.',
    'Medicaid pays for roughly half of all births in the state.',
  ),
];
const tH = ['Closures by region', 'What happens when a unit closes'];
const tRows = [
  ['West Texas', '6', '38'],
  ['Panhandle', '4', '21'],
  ['East Texas', '5', '33'],
  ['South Texas', '3', '16'],
  ['Central Texas', '1', '12'],
];
const tP2 = ['The table below counts closures since 2016 and the number of rural hospitals in each region that still deliver babies.'];
const tSource = 'Source: Texas Health and Human Services Commission licensing data, 2016-2026. Analysis by Corina Salas.';
const tP3 = [
  j(
    'When a hospital stops delivering, its emergency room still has to treat women who arrive in labor. Emergency doctors in',
    'Pecos Junction said they now handle a handful of unplanned deliveries each year, often with no obstetrician on call.',
  ),
  j(
    '"We are trained for it, but we are not set up for it," said Dr. Helena Ruiz-Tate, who runs the emergency department at',
    'Pecos Junction Memorial. "The nearest hospital with a NICU is 140 miles away."',
  ),
  j(
    'A state grant program created in 2025 offers up to $1.5 million to rural hospitals that keep or reopen obstetric units.',
    'So far, four hospitals have applied and one has been approved, according to the agency.',
  ),
];
const tNav = ['Politics', 'Health Care', 'Education', 'Criminal Justice', 'Immigration', 'Energy', 'Data', 'Events'];
const tCrumbs = ['Health Care', 'Rural Health'];
const tTags = ['Health care', 'Rural Texas', "Women's health"];
const tRelated = ['Rural hospitals ask lawmakers for help as Medicaid cuts loom', 'A county with no doctor: How one town fills the gap'];
const tDisclose = j(
  'Disclosure: Texas Health and Human Services Commission has been a financial supporter of The Texas Tribune, a nonprofit,',
  "nonpartisan news organization. Financial supporters play no role in the Tribune's journalism.",
);
const tFoot = ['About Us', 'Our Staff', 'Jobs', 'Who Funds Us?', 'Strategic Plan', 'Republishing Guidelines', 'Code of Ethics', 'Terms of Service'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Rural Texas hospitals closing labor and delivery units | The Texas Tribune</title>
<meta name="description" content="At least 19 rural Texas hospitals have stopped delivering babies since 2016.">
<meta property="og:site_name" content="The Texas Tribune">
<link rel="canonical" href="https://www.texastribune.example/2026/05/19/texas-rural-hospitals-labor-delivery/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tTitle}",
"author":[{"@type":"Person","name":"Corina Salas"},{"@type":"Person","name":"Wade Hensley"}],"datePublished":"2026-05-19T05:00:00-05:00"}</script>
<script>window.tt = {"storyId":"4419","sections":["health-care"],"republishable":true};</script></head>
<body class="story-page"><div class="c-banner c-banner--donate"><p>Texas Tribune journalism is free to read and powered by readers like you.</p>
<a class="c-button" href="/donate">Donate now</a></div>
<header class="c-site-header"><a class="c-site-header__logo" href="/">The Texas Tribune</a>
<nav class="c-site-header__nav"><ul>${links(tNav, 'c-nav__item')}</ul></nav>
<a class="c-button c-button--newsletter" href="/newsletters/">Newsletters</a></header>
<main class="l-container"><nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol>${links(tCrumbs, 'c-breadcrumbs__item')}</ol></nav>
<article class="c-story"><header class="c-story__header"><h1 class="t-headline">${tTitle}</h1>
<div class="c-byline"><p class="t-byline">By <a href="/about/staff/corina-salas/">Corina Salas</a> and <a href="/about/staff/wade-hensley/">Wade Hensley</a></p>
<p class="t-byline__date"><time datetime="2026-05-19T05:00:00-05:00">May 19, 2026</time></p>
<p class="t-byline__updated">Updated: 11 AM Central</p></div>
<div class="c-story__tools"><button class="c-republish-button">Republish this story</button><button class="c-share">Share</button></div></header>
<div class="c-story-body t-serif">
${ps(tP1)}
<div class="c-promo c-promo--tribfest"><p>TribFest returns to Austin this fall. Get your tickets before prices go up.</p>
<a href="/festival/">Buy tickets</a></div>
<h2 class="t-subhead">${tH[0]}</h2>
${ps(tP2)}
<table class="c-data-table"><thead><tr><th>Region</th><th>Units closed</th><th>Still delivering</th></tr></thead><tbody>
${tRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table><p class="c-data-table__source t-size-xs">${tSource}</p>
<h2 class="t-subhead">${tH[1]}</h2>
${ps(tP3)}
<div class="c-newsletter-signup"><p class="t-newsletter-title">Sign up for The Brief, our daily newsletter that keeps readers up to speed.</p>
<button>Sign me up</button></div>
<div class="c-disclosure t-size-s"><p>${tDisclose}</p></div></div>
<div class="c-story__tags"><h3>Explore related story topics</h3><ul>${links(tTags)}</ul></div></article>
<aside class="c-rail"><h3>Related stories</h3><ul>${links(tRelated)}</ul></aside></main>
<footer class="c-site-footer"><ul>${links(tFoot)}</ul><p>© 2026 The Texas Tribune</p></footer></body></html>`;
const tribune: TestPage = {
  name: 'heldout263-texas-tribune-data-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tP1, ...tP2, ...tRows.flat(), ...tP3]),
  bylines: ['By Corina Salas and Wade Hensley', 'May 19, 2026', 'Updated: 11 AM Central'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Texas Tribune journalism is free to read and powered by readers like you.', 'Donate now', 'The Texas Tribune', ...tNav, 'Newsletters',
    'Rural Health', 'Republish this story', 'Share', 'TribFest returns to Austin this fall. Get your tickets before prices go up.', 'Buy tickets',
    tSource, 'Sign up for The Brief, our daily newsletter that keeps readers up to speed.', 'Sign me up', tDisclose, 'Explore related story topics',
    ...tTags, 'Related stories', ...tRelated, ...tFoot, '© 2026 The Texas Tribune',
  ],
};

export const HELDOUT263_F: readonly TestPage[] = [vice, tribune];
