import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout715-kit.js';

/**
 * Held-out batch 715, file a: a comet skywatching story on a space news site in the style of Space.com (Future plc's article
 * template on WordPress: breadcrumb, strapline, author byline with "published", hero figure with "(Image credit: …)", in-body
 * "Related:" lines, a newsletter form inside the body, a table, an editor's note, author bio and "Most Popular" rail), and a
 * neutron-star feature on a physics magazine built like Quanta Magazine (kicker tag, excerpt, captioned figures with credits, a
 * pull quote, a "Related:" list inside the body, author bio, newsletter box, comment guidelines and "Next article").
 */
const sTitle = 'Comet Halvard-Ossa could reach naked-eye brightness next week. Here’s how to see it';
const sDek = 'The icy visitor has brightened far faster than expected since rounding the sun, and it should be well placed in the evening sky from March 10.';
const sIntro = [
  j(
    'A comet that astronomers expected to be a modest binocular target has surged in brightness over the past week, and it may',
    'become visible to the naked eye from dark sites in the Northern Hemisphere by the middle of March.',
  ),
  j(
    'Comet Halvard-Ossa, officially designated C/2026 K4, was discovered last May by amateur astronomer Petra Halvard using a',
    '14-inch telescope in her backyard observatory near Lindqvist, Minnesota, and independently a night later by the automated',
    'Ossa Sky Survey. It passed closest to the sun on Feb. 22, at a distance of about 0.41 astronomical units, or roughly 38 million',
    'miles (61 million kilometers).',
  ),
  j(
    'Since then it has brightened from magnitude 8 to about magnitude 5.6, according to observations submitted to the Comet',
    'Observers’ Network, a volunteer group that tracks the brightness of comets. On the magnitude scale astronomers use, lower',
    'numbers mean brighter objects; the faintest stars visible to the unaided eye under dark skies are around magnitude 6.',
  ),
];
const sQuote = j(
  '“The pattern looks a lot like a fresh comet shedding a crust of dust and ice as it warms up,” said Tomasz Reyes-Wilde, a',
  'planetary scientist at the Mirren Institute of Astronomy who has been monitoring the comet since January. “That can go either',
  'way. Some comets keep it up for weeks, and some fall apart.”',
);
const sH1 = 'When and where to look';
const sWhere = [
  j(
    'The comet will be best placed for observers in the Northern Hemisphere from about March 10, when it climbs out of the evening',
    'twilight in the west-northwest roughly an hour after sunset. It will then move north through the constellation Andromeda',
    'toward Cassiopeia, standing a little higher each night.',
  ),
  j(
    'The moon will be a thin crescent on March 10 and new on March 14, leaving the evening sky dark for most of the comet’s best',
    'week. Here is where to find it:',
  ),
];
const sRows = [
  ['Date', 'Position an hour after sunset', 'Expected magnitude'],
  ['March 10', 'Low in the west-northwest, below the Great Square of Pegasus', '5.5'],
  ['March 14', 'Near the star Alpheratz in Andromeda', '5.8'],
  ['March 18', 'Between Andromeda and Cassiopeia', '6.2'],
  ['March 24', 'Below the W of Cassiopeia', '6.8'],
];
const sH2 = 'Will it be visible to the naked eye?';
const sEye = [
  j(
    'Possibly, but only from a dark site and only if it keeps up its current pace. Comets are diffuse objects, so their light is',
    'spread over a larger patch of sky than a star of the same magnitude, which makes them harder to spot than their numbers',
    'suggest.',
  ),
  j(
    'Binoculars are the best tool. A pair of 10x50s will show the comet’s fuzzy head, or coma, and on good nights a short tail',
    'pointing away from the sun. Astrophotographers should be able to capture the greenish coma, caused by diatomic carbon',
    'glowing in sunlight, with exposures of just a few seconds from a camera on a tripod.',
  ),
];
const sLast = j(
  'If you want to know more about observing comets, our guide to the <a href="https://www.skybeat.com/best-binoculars">best',
  'binoculars for stargazing</a> and our <a href="https://www.skybeat.com/astrophotography-beginners-guide">beginner’s guide to',
  'astrophotography</a> are good places to start.',
);
const sNote = j(
  'Editor’s Note: If you snap a photo of Comet Halvard-Ossa and would like to share it with SkyBeat’s readers, send your',
  'photo(s), comments, and your name and location to spacephotos@skybeat.com.',
);
const sNav = ['News', 'Science & Astronomy', 'Skywatching', 'Spaceflight', 'Tech', 'Entertainment', 'Deals'];
const sTrend = ['Trending', 'Comet Halvard-Ossa', 'Night sky tonight', 'Starship', 'Solar eclipse 2027'];
const sPopular = [
  'Mars rover finds layered rocks that may have formed in an ancient lake',
  'See the moon meet the Pleiades this weekend',
  'Private space station module arrives at launch site',
  'What is a black hole? The complete guide',
];
const sMayLike = ['Brightest comets of all time', 'The best telescopes for beginners in 2027', 'Night sky, March 2027: What you can see tonight'];
const sFoot = [
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'Web notifications',
  'Careers',
  'Editorial standards',
];
const sNl = 'Breaking space news, the latest updates on rocket launches, skywatching events and more!';
const sNlFine = 'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.';
const sBio = j(
  'Delphine is a SkyBeat contributing writer covering comets, meteors and the night sky. She holds a master’s degree in science',
  'communication and has been observing comets since she saw her first one through her grandfather’s binoculars in 1997.',
);
const sTable = `<div class="table__wrapper table__wrapper--inbodyContent table__wrapper--sticky table__wrapper--divider"><div class="table__container">
<table class="table__element table__element--header-row"><thead class="table__head"><tr class="table__head__row">${(sRows[0] ?? [])
  .map((c) => `<th class="table__head__heading">${c}</th>`)
  .join('')}</tr></thead>
<tbody class="table__body">${sRows
  .slice(1)
  .map((r) => `<tr class="table__body__row">${r.map((c) => `<td class="table__body__data">${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comet Halvard-Ossa could reach naked-eye brightness next week | SkyBeat</title>
<meta name="description" content="${sDek}"><link rel="canonical" href="https://www.skybeat.com/comet-halvard-ossa-naked-eye-how-to-see">
<meta name="robots" content="max-image-preview:large"><meta property="og:site_name" content="SkyBeat"><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta property="og:image" content="https://cdn.mos.cms.harrowcdn.com/3kQw8yRz2mEo-1200-80.jpg">
<meta property="article:published_time" content="2027-03-03T15:02:11Z"><meta property="article:section" content="Skywatching">
<meta name="parsely-author" content="Delphine Arkwright"><link rel="https://api.w.org/" href="https://www.skybeat.com/wp-json/">
<link rel="stylesheet" href="https://www.skybeat.com/wp-content/themes/vanilla-skybeat/dist/css/main.6c1f0e.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"datePublished":"2027-03-03T15:02:11Z","dateModified":"2027-03-03T15:40:52Z","author":[{"@type":"Person","name":"Delphine Arkwright",
"url":"https://www.skybeat.com/author/delphine-arkwright"}],"publisher":{"@type":"Organization","name":"SkyBeat"}}</script>
<script>window.ffte = {"site":"skybeat","platform":"vanilla","articleType":"news","channel":"skywatching","kw":["comets","skywatching"]};
window.googletag = window.googletag || {cmd: []};</script></head>
<body class="news-article-page vanilla-skybeat skywatching">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="document-wrapper"><header class="header" role="banner"><div class="header__container">
<a class="header__logo" href="https://www.skybeat.com/" aria-label="Visit SkyBeat homepage"><svg aria-hidden="true"></svg></a>
<nav class="primary-nav" aria-label="Main menu"><ul class="primary-nav__list">${links(sNav, 'primary-nav__item')}</ul></nav>
<div class="header__actions"><button class="header__search" type="button">Search</button><a class="header__newsletter"
href="https://www.skybeat.com/newsletter">Newsletter</a></div></div>
<nav class="trending" aria-label="Trending"><ul class="trending__list"><li class="trending__label">${at(sTrend, 0)}</li>
${links(sTrend.slice(1), 'trending__item')}</ul></nav></header>
<div class="ad-unit ad-unit--leaderboard" id="slot-leaderboard"><span class="ad-unit__label">Advertisement</span></div>
<div id="main" class="site-main"><div class="breadcrumb-wrapper"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="https://www.skybeat.com/science-astronomy">Science &amp; Astronomy</a></li>
<li class="breadcrumb__item"><a href="https://www.skybeat.com/skywatching">Skywatching</a></li></ol></nav></div>
<article class="news-article" data-id="qR7nZ2fK" itemscope itemtype="https://schema.org/NewsArticle"><header>
<h1>${sTitle}</h1>
<p class="strapline">${sDek}</p>
<div class="byline-social"><div class="byline"><div class="author-byline"><div class="author-byline__image-wrapper"><img class="author-byline__image"
src="https://cdn.mos.cms.harrowcdn.com/authors/delphine-arkwright-64.jpg" alt="Delphine Arkwright" width="48" height="48"></div>
<div class="author-byline__authors"><span class="by-author">By <a href="https://www.skybeat.com/author/delphine-arkwright"
class="link author-byline__link">Delphine Arkwright</a></span> <span class="author-byline__separator">published</span>
<time class="relative-date" datetime="2027-03-03T15:02:11Z" data-published-date="2027-03-03T15:02:11Z">March 3, 2027</time></div></div></div>
<div class="social-share"><span class="social-share__label">Share this article</span><div class="sharing-buttons"><ul class="sharing-buttons__list">
<li><a class="sharing-button sharing-button--facebook"
href="https://www.facebook.com/sharer/sharer.php?u=x"><span class="sr-only">Share on Facebook</span></a></li>
<li><a class="sharing-button sharing-button--x" href="https://twitter.com/intent/tweet?url=x"><span class="sr-only">Share on X</span></a></li>
<li><a class="sharing-button sharing-button--reddit" href="https://www.reddit.com/submit?url=x"><span class="sr-only">Share on Reddit</span></a></li></ul></div>
<a class="social-share__comments" href="#article-comments">Join the conversation</a>
<a class="social-share__follow" href="https://news.google.com/publications/skybeat">Follow us</a>
<a class="social-share__preferred" href="https://www.google.com/preferences/source?q=skybeat.com">Add us as a preferred source on Google</a></div></div>
</header>
<section class="content-wrapper"><div id="content"><div class="hero-image-wrapper"><div id="hero-image" class="hero-image-padding">
<figure class="van-image-figure inline-layout" data-bordeaux-image-check><div class="image-full-width-wrapper"><div class="image-widthsetter">
<p class="vanilla-image-block"><img src="https://cdn.mos.cms.harrowcdn.com/3kQw8yRz2mEo-1200-80.jpg"
alt="a greenish comet with a short tail above a line of pine trees" width="1200" height="675"></p></div></div>
<figcaption itemprop="caption description" class=" inline-layout"><span class="caption-text">Comet Halvard-Ossa photographed from northern Minnesota on
Feb. 27, 2027, a few days after its closest approach to the sun. </span><span class="credit" itemprop="copyrightHolder">(Image credit: Petra Halvard)</span>
</figcaption></figure></div></div>
<div id="article-body" class="text-copy bodyCopy auto" itemprop="articleBody">
${ps(sIntro.slice(0, 2))}
<div class="ad-unit" id="slot-mpu1"><span class="ad-unit__label">Advertisement</span></div>
<p>${at(sIntro, 2)}</p>
<p><strong>Related: </strong><a href="https://www.skybeat.com/brightest-comets-of-all-time">Brightest comets of all time</a></p>
<p>${sQuote}</p>
<div class="newsletter-form__wrapper newsletter-form__wrapper--inbodyContent" data-newsletter-position="inbody">
<div class="newsletter-form__container"><div class="newsletter-form__strapline">Get the SkyBeat Newsletter</div>
<div class="newsletter-form__description">${sNl}</div>
<form class="newsletter-form__form"><input type="email" class="newsletter-form__email" placeholder="Your Email Address" aria-label="Your Email Address">
<label class="newsletter-form__consent"><input type="checkbox"> Contact me with news and offers from other Harrowgate brands</label>
<label class="newsletter-form__consent"><input type="checkbox"> Receive email from us on behalf of our trusted partners or sponsors</label>
<button class="newsletter-form__submit" type="submit">Sign me up</button></form>
<p class="newsletter-form__terms">${sNlFine.replace('&', '&amp;')}</p></div></div>
<h2 id="section-when-and-where-to-look">${sH1}</h2>
${ps(sWhere)}
${sTable}
<figure class="van-image-figure inline-layout"><div class="image-full-width-wrapper"><div class="image-widthsetter"><p class="vanilla-image-block"><img
src="https://cdn.mos.cms.harrowcdn.com/Lw2pX9cTe7Hn-1200-80.jpg" alt="a sky chart showing the path of a comet" width="1200" height="675"></p></div></div>
<figcaption itemprop="caption description" class=" inline-layout"><span class="caption-text">The path of Comet Halvard-Ossa through Andromeda and toward
Cassiopeia from March 10 to March 24. </span><span class="credit" itemprop="copyrightHolder">(Image credit: SkyBeat / Starcharter)</span></figcaption></figure>
<p><strong>Related: </strong><a href="https://www.skybeat.com/night-sky-march-2027">Night sky, March 2027: What you can see tonight</a></p>
<h2 id="section-will-it-be-visible-to-the-naked-eye">${sH2}</h2>
${ps(sEye)}
<div class="ad-unit" id="slot-mpu2"><span class="ad-unit__label">Advertisement</span></div>
<p>${sLast}</p>
<p><em>${sNote}</em></p>
</div>
<div id="slice-container-authorBio" class="slice-container authorBio"><div class="author-bio"><div class="author-bio__photo"><img
src="https://cdn.mos.cms.harrowcdn.com/authors/delphine-arkwright-128.jpg" alt="Delphine Arkwright"></div><div class="author-bio__content">
<p class="author-bio__name"><a href="https://www.skybeat.com/author/delphine-arkwright">Delphine Arkwright</a></p>
<p class="author-bio__job-title">Contributing Writer</p><div class="author-bio__description"><p>${sBio}</p></div></div></div></div>
<div id="article-comments" class="slice-container article-comments"><div class="fancy-box"><div class="fancy_box-title">You must confirm your public display
name before commenting</div><div class="fancy_box_body"><p class="fancy_box_body_text">Please logout and then login again, you will then be prompted to
enter your display name.</p><a class="fancy_box_button" href="https://www.skybeat.com/logout">Logout</a></div></div></div>
</div></section></article>
<aside class="sidebar"><div id="slice-container-youMayLike" class="slice-container"><h3 class="you-may-like__title">You may like</h3>
<ul class="you-may-like__list">${links(sMayLike, 'you-may-like__item')}</ul></div>
<div id="slice-container-popularBox" class="slice-container popular-box"><h3 class="popular-box__title">Most Popular</h3>
<ol class="popular-box__list">${links(sPopular, 'popular-box__item')}</ol></div></aside></div>
<footer class="footer" role="contentinfo"><div class="footer__container"><p class="footer__corporate">SkyBeat is part of Harrowgate US Inc, an international
media group and leading digital publisher. <a href="https://www.harrowgateplc.com/">Visit our corporate site</a>.</p>
<ul class="footer__links">${links(sFoot)}</ul>
<p class="footer__copyright">© Harrowgate US, Inc. Full 9th Floor, 412 Mercer Avenue, New York, NY 10013.</p></div></footer></div>
<script>window.vanilla = {"articleId":"qR7nZ2fK","commentsEnabled":true,"consentFramework":"tcfv2"};</script></body></html>`;
const skybeat: TestPage = gold({
  name: 'heldout715-future-comet-naked-eye',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2],
  body: texts([sDek, ...sIntro, sQuote, ...sWhere, ...sRows.map((r) => r.join(' ')), ...sEye, sLast]),
  bylines: ['By', 'Delphine Arkwright', 'published', 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...sNav, 'Search', 'Newsletter', ...sTrend, 'Advertisement', 'Science & Astronomy', 'Skywatching', 'Share this article',
    'Share on Facebook', 'Share on X', 'Share on Reddit', 'Join the conversation', 'Follow us', 'Add us as a preferred source on Google',
    'Comet Halvard-Ossa photographed from northern Minnesota on Feb. 27, 2027, a few days after its closest approach to the sun.',
    '(Image credit: Petra Halvard)', 'Related:', 'Brightest comets of all time', 'Get the SkyBeat Newsletter', sNl,
    'Contact me with news and offers from other Harrowgate brands', 'Receive email from us on behalf of our trusted partners or sponsors', 'Sign me up',
    sNlFine, 'The path of Comet Halvard-Ossa through Andromeda and toward Cassiopeia from March 10 to March 24.', '(Image credit: SkyBeat / Starcharter)',
    'Night sky, March 2027: What you can see tonight', texts([sNote])[0] ?? '', 'Contributing Writer', sBio,
    'You must confirm your public display name before commenting',
    'Please logout and then login again, you will then be prompted to enter your display name.', 'Logout', 'You may like', ...sMayLike, 'Most Popular',
    ...sPopular, 'SkyBeat is part of Harrowgate US Inc, an international media group and leading digital publisher.', 'Visit our corporate site', ...sFoot,
    '© Harrowgate US, Inc. Full 9th Floor, 412 Mercer Avenue, New York, NY 10013.',
  ],
});

const qTitle = 'Pairs of Neutron Star ‘Glitches’ Point to a Hidden Superfluid Layer';
const qDek = j(
  'Two pulsars that stutter almost in lockstep have given physicists a rare way to test what lies beneath the crust of the densest',
  'objects in the universe.',
);
const qBody = [
  j(
    'A pulsar is about the most reliable clock nature makes. The collapsed core of a dead star, it spins hundreds of times a',
    'second in some cases, sweeping a beam of radio waves past Earth with each turn, and it keeps time so steadily that astronomers',
    'can predict the arrival of its pulses years in advance to within a millionth of a second.',
  ),
  j(
    'But every so often, a young pulsar misses a beat. Its spin suddenly speeds up by a tiny fraction, a few parts in a million, and',
    'then slowly settles back. Astronomers call these events glitches, and for more than half a century they have been one of the few',
    'clues to what goes on inside a neutron star, where matter is squeezed to densities no laboratory can reach.',
  ),
  j(
    'Now a team led by Ines Valcourt, an astrophysicist at the University of Brennholm, has found something that no one expected to',
    'see: two glitches in quick succession, in the same star, again and again. In a paper published last month in Physical Review',
    'Letters of the North, Valcourt and her colleagues describe 11 of these “double glitches” in two pulsars, each pair separated by',
    'between 17 and 26 days.',
  ),
  j(
    '“When we saw the first one, we assumed it was a mistake in our timing software,” Valcourt said. “Then it happened again in',
    'the same star, and then in a different star. At that point you have to take it seriously.”',
  ),
  j(
    'The standard explanation for glitches is that a neutron star is not a solid ball. Beneath its iron-rich crust lies a layer in',
    'which neutrons form a superfluid, a state of matter that flows without friction. The crust and the charged particles tied to',
    'it are slowed steadily by the star’s magnetic field, but the superfluid is not, and it keeps spinning a little faster. Every',
    'so often the superfluid transfers some of its extra spin to the crust all at once, and the star jumps.',
  ),
  j(
    'That picture explains single glitches well. It struggles with pairs. If the superfluid has just dumped its extra spin into',
    'the crust, there should be nothing left to power a second jump a few weeks later.',
  ),
  j(
    'Valcourt’s team argues that there must be two superfluid reservoirs, not one. The first, in the inner crust, lets go first.',
    'The sudden jolt then sends a disturbance inward, and a second, deeper reservoir, in the outer core, follows once the disturbance',
    'reaches it. The delay between the two glitches, in this model, measures how long that takes, which in turn depends on how',
    'strongly the two layers are coupled.',
  ),
  j(
    '“It is a bit like listening to an earthquake and hearing the echo off a deeper layer of rock,” said Orrin Blake, a theorist',
    'at the Halloway Institute for Advanced Study who was not involved in the work. “The time delay tells you where the layer is.',
    'Nobody had a way to do that for a neutron star before.”',
  ),
  j(
    'From the delays, the team estimates that the deeper reservoir holds about a tenth of the star’s moment of inertia, several times',
    'more than most models allow for. If that holds up, it would favor theories in which the superfluid extends deep into the core,',
    'and would rule out some of the “stiffer” equations of state that physicists use to describe matter at those densities.',
  ),
  j(
    'Not everyone is persuaded. Sunniva Rask, who studies pulsar timing at the Sørvik Radio Observatory, points out that both',
    'pulsars are young and glitch often, which makes it easier for two unrelated glitches to fall close together by chance. “Eleven',
    'pairs is a lot to explain away,” she said, “but I would want to see the same thing in a third star before I believe the',
    'two-layer picture.”',
  ),
  j(
    'Valcourt agrees that more stars are needed, and the data may not be long in coming. A new array of 64 radio dishes at Kestrel',
    'Flats, which began monitoring about 300 young pulsars in January, should catch dozens of glitches a year. “If double glitches',
    'are real,” Valcourt said, “we will have a catalog of them within two years. If they are not, we will know that too.”',
  ),
];
const qFig1 = 'A pulsar’s beam sweeps past Earth once per rotation. A glitch is a sudden, tiny speed-up in that rotation.';
const qFig2 = j(
  'In the new model, a glitch begins in a superfluid layer in the inner crust (left). The jolt travels inward and, weeks later,',
  'sets off a second glitch in a deeper layer in the outer core (right).',
);
const qPull = 'Then it happened again in the same star, and then in a different star. At that point you have to take it seriously.';
const qRelated = [
  'What Is the Most Extreme Object in the Universe?',
  'Physicists Squeeze Neutrons to Probe the Heart of Dead Stars',
  'The Hunt for the Universe’s Hidden Gravitational Wave Background',
];
const qNav = ['Physics', 'Mathematics', 'Biology', 'Computer Science', 'Topics', 'Archive'];
const qAlso = ['A New Map of Dark Matter Has a Surprising Hole in It', 'The Physicist Who Turned a Kitchen Into a Particle Detector'];
const qBio = j(
  'Amira Solbakken is a staff writer at Lattice Magazine covering physics and astronomy. She previously worked as a science reporter',
  'for the Brennholm Courier.',
);
const qGuide = j(
  'Lattice Magazine moderates comments to facilitate an informed, substantive, civil conversation. Abusive, profane,',
  'self-promotional, misleading, incoherent or off-topic comments will be rejected. Moderators are staffed during regular business',
  'hours (New York time) and can only accept comments written in English.',
);
const qFoot = ['About Lattice', 'Archive', 'Contact Us', 'Terms of Use', 'Privacy Policy'];
const qFig = (src: string, cap: string, credit: string, cls: string): string => `<figure class="${cls}"><div class="figure__image"><img
src="https://d2r55xnwy6nx47.cloudfront.net/uploads/2027/03/${src}" alt="" loading="lazy"></div>
<figcaption class="caption"><div class="caption__content wysiwyg">${cap}</div><div class="caption__credit">${credit}</div></figcaption></figure>`;
const qHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Pairs of Neutron Star ‘Glitches’ Point to a Hidden Superfluid Layer | Lattice Magazine</title>
<meta name="description" content="${qDek}"><meta property="og:type" content="article"><meta property="og:site_name" content="Lattice Magazine">
<meta property="og:title" content="${qTitle}"><meta property="article:section" content="Physics"><meta property="article:tag" content="astrophysics">
<meta property="article:published_time" content="2027-03-03T14:30:00+00:00"><meta name="twitter:site" content="@LatticeMag">
<link rel="stylesheet" href="/_nuxt/entry.4d2f1a9b.css"><link rel="preload" as="font" href="/fonts/noe-display-bold.woff2" crossorigin>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${qTitle}",
"datePublished":"2027-03-03T14:30:00+00:00","author":{"@type":"Person","name":"Amira Solbakken"},"publisher":{"@type":"Organization",
"name":"Lattice Magazine"}}</script>
<script>window.__NUXT__={config:{public:{gaId:"G-LATTICE77",commentsApi:"https://api.latticemagazine.org/comments"}},serverRendered:true};</script></head>
<body class="theme--physics"><div id="__nuxt"><div class="app">
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/">Lattice Magazine</a>
<nav class="site-header__nav"><ul>${links(qNav, 'site-header__nav-item')}</ul></nav>
<div class="site-header__actions"><button class="site-header__search" type="button"><span class="screen-reader-text">Search</span></button>
<a class="site-header__newsletter button" href="/newsletter">Newsletter</a></div></div></header>
<main id="main" class="post-page"><div id="postBody" class="post">
<div class="post__title scale0 mha"><div class="post__title__kicker kicker"><a class="theme__accent" href="/tag/astrophysics/">astrophysics</a></div>
<h1 class="post__title__title mv05 noe mha">${qTitle}</h1>
<div class="post__title__excerpt wysiwyg p mha">${qDek}</div>
<div class="post__title__author-date"><span class="byline">By <a class="theme__link" href="/authors/amira-solbakken/">Amira Solbakken</a></span>
<span class="post__title__date">March 3, 2027</span></div>
<div class="post__social-share"><ul class="social-share"><li><a href="https://www.facebook.com/sharer.php?u=x"><span class="sr-only">Share on
Facebook</span></a></li><li><a href="https://twitter.com/intent/tweet?url=x"><span class="sr-only">Share on X</span></a></li>
<li><button class="copy-link" type="button">Copy link<span class="copy-link__done" aria-live="polite"></span></button></li></ul>
<a class="post__comments-count" href="#comments">8 Comments</a><button class="read-later" type="button">Read Later</button></div></div>
${qFig('pulsar-glitch-hero.jpg', 'Neutron stars spin with astonishing regularity, except when they don’t.', 'Ravi Tandon for Lattice Magazine', 'post__image')}
<div class="post__content"><div class="post__content__section"><div class="wysiwyg">
${ps(qBody.slice(0, 3))}
${qFig('pulsar-beam-explainer.svg', qFig1, 'Merel Aukes/Lattice Magazine', 'post__figure wp-caption')}
${ps(qBody.slice(3, 5))}
<aside class="sidebar__related"><h4 class="sidebar__related__title">Related:</h4><ol class="sidebar__related__list">${qRelated
  .map((t, i) => `<li><a href="/related-${i + 1}/">${t}</a></li>`)
  .join('\n')}</ol></aside>
${ps(qBody.slice(5, 7))}
<div class="pullquote"><blockquote class="pullquote__quote"><p>${qPull}</p></blockquote></div>
${qFig('two-layer-glitch-model.svg', qFig2, 'Merel Aukes/Lattice Magazine; source: arXiv:2702.01184', 'post__figure wp-caption')}
${ps(qBody.slice(7))}
</div></div></div>
<div class="post__footer"><div class="post__tags"><span class="post__tags__label">Tags:</span><a href="/tag/astrophysics/">astrophysics</a>
<a href="/tag/neutron-stars/">neutron stars</a><a href="/tag/pulsars/">pulsars</a><a href="/tag/superfluids/">superfluids</a></div>
<div class="author-bio"><div class="author-bio__label">By</div><h3 class="author-bio__name"><a href="/authors/amira-solbakken/">Amira Solbakken</a></h3>
<div class="author-bio__title">Staff Writer</div><p class="author-bio__text">${qBio}</p></div>
<div class="post__share-footer"><span>Share this article</span><button class="copy-link" type="button">Copy link</button></div>
<div class="newsletter-box"><h3 class="newsletter-box__title">Newsletter</h3><p class="newsletter-box__text">Get Lattice Magazine delivered to your inbox</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Subscribe now</button></form>
<a class="newsletter-box__link" href="/newsletter/archive">Recent newsletters</a></div></div></div>
<section id="comments" class="comments"><h2 class="comments__title">Comment on this article</h2><p class="comments__guidelines">${qGuide}</p>
<button class="comments__show" type="button">Show comments</button></section>
<section class="next-article"><div class="next-article__label">Next article</div><a class="next-article__title"
href="/a-new-map-of-dark-matter-has-a-surprising-hole-in-it-20270301/">${at(qAlso, 0)}</a></section>
<section class="also-in"><h2 class="also-in__title">Also in Physics</h2><ul>${links(qAlso, 'also-in__item')}</ul></section></main>
<footer class="site-footer"><ul class="site-footer__links">${links(qFoot)}</ul>
<p class="site-footer__copy">All Rights Reserved © 2027</p><p class="site-footer__support">An editorially independent publication supported by the
Eberhardt Fenwick Foundation</p></footer></div></div></body></html>`;
const lattice: TestPage = gold({
  name: 'heldout715-quanta-neutron-star-glitches',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([qDek, ...qBody]),
  bylines: ['By', 'Amira Solbakken', 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lattice Magazine', ...qNav, 'Search', 'Newsletter', 'astrophysics', 'Share on Facebook', 'Share on X', 'Copy link', '8 Comments', 'Read Later',
    'Neutron stars spin with astonishing regularity, except when they don’t.', 'Ravi Tandon for Lattice Magazine', qFig1, 'Merel Aukes/Lattice Magazine',
    'Related:', ...qRelated, qPull, texts([qFig2])[0] ?? '', 'Merel Aukes/Lattice Magazine; source: arXiv:2702.01184', 'Tags:', 'neutron stars', 'pulsars',
    'superfluids', 'Staff Writer', qBio, 'Share this article', 'Get Lattice Magazine delivered to your inbox', 'Subscribe now', 'Recent newsletters',
    'Comment on this article', qGuide, 'Show comments', 'Next article', 'Also in Physics', ...qAlso, ...qFoot, 'All Rights Reserved © 2027',
    'An editorially independent publication supported by the Eberhardt Fenwick Foundation',
  ],
});

export const HELDOUT715_A: readonly TestPage[] = [skybeat, lattice];
