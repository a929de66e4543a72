import { links, type TestPage, texts } from './page-kit.js';
import { topGear } from './pages-heldout210-a2.js';

/**
 * Held-out batch 210, file a: an Autocar road test (site header with the "Magazine" and "Newsletters" links, breadcrumbs,
 * the star rating and verdict box with "Tester's notes" pros and cons, the byline with date, the share bar, a figure
 * caption with credit, the sticky "Find your next car" deal widget, the spec table, an MPU ad slot, "Our recommended
 * reading" and "Related articles" rails, the newsletter strip, the consent dialog and footer) and, from file a2, a Top Gear
 * review.
 */
const acTitle = 'Kestrel Ardent GT 2026 road test';
const acDek = 'Britain’s smallest sports car maker goes mid-engined and hybrid. Has it kept the magic?';
const acVerdict = 'Light, quick and genuinely engaging mid-engined hybrid, but the cabin and the price will test loyalty';
const acPros = ['Exceptional steering and body control', 'Hybrid boost makes it feel far quicker than the numbers', 'Usable ride on British B-roads'];
const acCons = ['Cabin quality falls short of rivals at this price', 'Tiny front boot', 'Engine note is flat below 4000rpm'];
const acIntro = [
  'Kestrel has been building small, light, front-engined roadsters in a shed near Ledbury since 1989, and in that time it has ' +
    'never made more than 400 cars in a year. The Ardent GT is the first Kestrel with its engine behind the driver, and the ' +
    'first with a battery on board.',
  'It is a big step for a company of 90 people, and the firm knows it. “If we got this wrong, there would not be a second try,” ' +
    'technical director Owen Prys told us when we collected the car.',
];
const acH = ['Design & styling', 'Interior', 'Performance', 'Ride & handling', 'Buying & owning', 'Verdict'];
const acP = [
  [
    'The Ardent uses a bonded aluminium tub with a steel rear subframe that carries a 1.6-litre turbocharged four-cylinder engine ' +
      'and a 48kW electric motor sandwiched between the engine and a six-speed dual-clutch gearbox. The battery, at just 2.1kWh, ' +
      'sits in the transmission tunnel.',
    'On our scales the car weighed 1184kg with a full tank, 41kg more than Kestrel claims but still around 200kg less than ' + 'anything comparable.',
  ],
  [
    'The cabin is snug rather than cramped, and the driving position is excellent: low, straight and with the pedals directly ahead. ' +
      'The problem is the finish. The switchgear is borrowed from a mainstream supplier and the plastics around the centre console ' +
      'creak over bumps.',
    'There is a seven-inch screen for the infotainment system, which is slow to respond but does at least offer wireless phone ' +
      'mirroring. Luggage space amounts to 95 litres under the bonnet and a narrow shelf behind the seats.',
  ],
  [
    'Kestrel claims 0-62mph in 4.3sec. On a damp test track we recorded 0-60mph in 4.5sec, which is respectable, but the more ' +
      'telling figure is 30-70mph in third gear in 3.9sec. The electric motor fills the gap before the turbo spools, and the result ' +
      'is an engine that feels far bigger than it is.',
    'The sound is the weak point. Below 4000rpm the four-cylinder drones, and the synthesised note piped into the cabin in Sport ' +
      'mode does not help. Above that it hardens into something more purposeful.',
  ],
  [
    'This is where the Ardent makes its case. The hydraulically assisted steering is quick without being nervous, and it tells you ' +
      'precisely what the front tyres are doing. On the Welsh roads where we spent a day with the car, it flowed over crests and ' +
      'compressions that would have a stiffer car skipping sideways.',
    'Push hard on the track and the rear will eventually slide, but it does so progressively, and the stability control’s ' +
      'intermediate setting allows a useful amount of angle before stepping in.',
  ],
  [
    'The Ardent GT costs £78,450, which puts it within reach of far more established names. Kestrel offers a three-year warranty ' +
      'and an eight-year warranty on the battery, and servicing is due every 10,000 miles.',
    'We averaged 38.2mpg over a week of mixed driving, and the car will travel up to 11 miles on electric power alone.',
  ],
  [
    'Kestrel has built a mid-engined car that drives like a Kestrel, which is no small thing. If you can accept the interior and ' +
      'the price, this is one of the most rewarding sports cars on sale.',
  ],
];
const acSpec = [
  ['Price', '£78,450'],
  ['Engine', '4 cyls in line, 1598cc, turbocharged, petrol, plus electric motor'],
  ['Power', '385bhp combined'],
  ['Kerb weight', '1184kg (tested)'],
  ['0-60mph', '4.5sec (tested)'],
];
const acNav = ['News', 'Reviews', 'Car deals', 'Buying & selling', 'Used cars', 'Electric cars', 'Car awards', 'Motorsport'];
const acCrumb = ['Home', 'Car reviews', 'Kestrel', 'Ardent GT'];
const acShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link'];
const acCaption = 'The Ardent’s bonded aluminium tub is a first for Kestrel';
const acRec = ['Harwell Spyder RS 2025 review', 'Our top 10 best sports cars 2026', 'Kestrel confirms electric roadster for 2028'];
const acRel = ['Corran E-Coupé prototype review', 'Halden Sprint GTS long-term test', 'Vexley Fan Car track drive'];
const acDeal = ['Find your next car', 'Search new and used cars from trusted dealers', 'Make', 'Model', 'Search'];
const acNews = ['Sign up to the Autocar newsletter', 'The latest car news, reviews and features, every weekday.', 'Your email', 'Sign up'];
const acConsent = [
  'We value your privacy',
  'We and our partners store and access information on your device, such as cookies, to personalise content and ads and to measure performance.',
  'Accept all',
  'Reject all',
  'Manage preferences',
];
const acFoot = ['About us', 'Contact us', 'Advertise', 'Terms & conditions', 'Privacy notice', 'Cookie settings', 'Subscribe to Autocar'];
const acCopy = 'Copyright © Haymarket Media Group Ltd 2026';
const acBody = (): string =>
  acH
    .map(
      (h, i) => `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h.replace(/&/g, '&amp;')}</h2>\n${(acP[i] ?? []).map((p) => `<p>${p}</p>`).join('\n')}`,
    )
    .join('\n');
const acHtml = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Kestrel Ardent GT 2026 road test | Autocar</title><meta name="description" content="${acDek}">
<meta property="og:site_name" content="Autocar"><meta property="og:type" content="article"><meta property="og:title" content="${acTitle}">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.autocar.co.uk/car-review/kestrel/ardent-gt">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${acTitle}","author":{"@type":"Person","name":"Matt Saunders"},
"itemReviewed":{"@type":"Car","name":"Kestrel Ardent GT"},"reviewRating":{"@type":"Rating","ratingValue":"4.5","bestRating":"5"},
"datePublished":"2026-02-18T06:00:00+00:00","publisher":{"@type":"Organization","name":"Autocar"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"road test","make":"Kestrel"});</script>
<script src="/themes/autocar/dist/js/main.js?t9x2" defer></script><link rel="stylesheet" href="/themes/autocar/dist/css/style.css?t9x2"></head>
<body class="path-node page-node-type-review">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner"><div class="header__top"><a class="header__logo" href="/" rel="home"><img src="/logo.svg" alt="Autocar"></a>
<div class="header__utility"><a href="/magazine">Magazine</a><a href="/newsletters">Newsletters</a><button class="header__search-toggle">Search</button>
</div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="header__nav">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(acNav, 'menu-item')}</ul></nav></header>
<div id="gpt-leaderboard" class="ad ad--leaderboard" data-ad-slot="leaderboard"><span class="ad__label">Advertisement</span></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(acCrumb)}</ol></nav>
<article role="article" class="node node--type-review node--view-mode-full">
<div class="review-header"><h1 class="page-title"><span class="field field--name-title">${acTitle}</span></h1>
<div class="field field--name-field-standfirst"><p>${acDek}</p></div>
<div class="review-header__meta"><div class="author-info"><span class="author-info__name">By <a href="/author/matt-saunders">Matt Saunders</a></span>
<time class="author-info__date" datetime="2026-02-18T06:00:00Z">18 February 2026</time></div>
<div class="social-share"><ul>${links(acShare, 'social-share__item')}</ul></div></div></div>
<figure class="review-hero"><img src="/sites/autocar.co.uk/files/styles/gallery_slide/kestrel-ardent.jpg" alt="Kestrel Ardent GT front three quarter">
<figcaption><span class="caption">${acCaption}</span><span class="credit">Photo: Luc Lacey</span></figcaption></figure>
<div class="review-verdict"><div class="review-verdict__rating" aria-label="Rating: 4.5 out of 5"><span class="star star--full"></span>
<span class="star star--full">
</span><span class="star star--full"></span><span class="star star--full"></span><span class="star star--half"></span></div>
<p class="review-verdict__summary">${acVerdict}</p><div class="testers-notes"><h3>Tester’s notes</h3><div class="pros"><h4>Pros</h4><ul>
${acPros.map((t) => `<li>${t}</li>`).join('\n')}</ul></div><div class="cons"><h4>Cons</h4><ul>${acCons.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
</div></div>
<div class="field field--name-body field--type-text-long">
${acIntro.map((p) => `<p>${p}</p>`).join('\n')}
<aside class="inline-ad" data-ad-slot="mpu1"><span class="ad__label">Advertisement</span></aside>
${acBody()}
</div>
<div class="review-specs"><h3 class="review-specs__title">Kestrel Ardent GT specification</h3><table class="spec-table"><tbody>
${acSpec.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></div>
</article>
<aside class="sidebar"><div class="deal-widget"><h3>${acDeal[0]}</h3><p>${acDeal[1]}</p><label>${acDeal[2]}</label><select></select>
<label>${acDeal[3]}</label><select></select><button>${acDeal[4]}</button></div>
<div class="ad ad--mpu" data-ad-slot="mpu2"><span class="ad__label">Advertisement</span></div></aside>
<section class="recommended"><h2>Our recommended reading</h2><ul>${links(acRec, 'card')}</ul></section>
<section class="related-articles"><h2>Related articles</h2><ul>${links(acRel, 'card')}</ul></section>
<div class="newsletter-strip"><h2>${acNews[0]}</h2><p>${acNews[1]}</p><form><label for="nl-email">${acNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${acNews[3]}</button></form></div>
</main>
<footer class="footer" role="contentinfo"><ul class="footer__links">${links(acFoot)}</ul><p class="footer__copyright">${acCopy}</p></footer></div>
<div id="qc-cmp2-ui" role="dialog" aria-label="${acConsent[0]}" class="qc-cmp2-summary"><h2>${acConsent[0]}</h2><p>${acConsent[1]}</p>
<button mode="primary">${acConsent[2]}</button><button mode="secondary">${acConsent[3]}</button><button mode="link">${acConsent[4]}</button></div>
</body></html>`;
const autocar: TestPage = {
  html: acHtml,
  name: 'heldout210-autocar-road-test',
  kind: 'news',
  // the standfirst is body; the verdict box (rating, summary, tester's notes) and the spec table are in neither list
  title: acTitle,
  headings: acH,
  body: texts([acDek, ...acIntro, ...acP.flat()]),
  bylines: ['By Matt Saunders', '18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Magazine', 'Newsletters', 'Main navigation', ...acNav, 'Advertisement', 'Breadcrumb', ...acCrumb, ...acShare,
    acCaption, 'Photo: Luc Lacey', ...acDeal, 'Our recommended reading', ...acRec, 'Related articles', ...acRel, ...acNews, ...acFoot, acCopy,
    ...acConsent,
  ],
};

export const HELDOUT210_A: readonly TestPage[] = [autocar, topGear];
