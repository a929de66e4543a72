import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file b2: a Culture Trip article (Next.js template with styled-components class names: the header
 * with Trips / Places / Stories and "Sign in", breadcrumb, category label, the h1, "Written by" with the date, share
 * icons, hero image credit, numbered h2 sections each with an image and credit, an italic trip promo between sections,
 * the "Book a trip" card inside the article column, "Recommended" hotel cards, "Keep reading" rail, the newsletter box,
 * the cookie banner and the footer).
 */
const ctTitle = 'The Best Things to Do in Pellaro, Sicily’s Overlooked Harbour Town';
const ctIntro = [
  'Most visitors to Sicily’s east coast drive straight past Pellaro on the way to somewhere famous. Those who stop find a working ' +
    'fishing port, a baroque old town still missing its crowds and a food scene built around whatever came off the boats that ' +
    'morning. Here is how to spend a couple of days there.',
];
const ctH = [
  'Watch the morning fish auction',
  'Climb to the Chiesa di San Corrado',
  'Eat granita for breakfast at Bar Ruggeri',
  'Swim at the Scogliera dei Gabbiani',
  'Take a cooking class in the old town',
];
const ctP = [
  [
    'At 6am the trawlers unload at the harbour wall and the catch is sold in a rapid-fire auction in the covered market. You cannot ' +
      'bid, but nobody minds you watching, and the stalls next door sell the same fish to home cooks an hour later.',
  ],
  [
    'Rebuilt after the earthquake of 1693, the church sits on the highest point of the old town at the top of 214 steps. The ' +
      'climb is hard work in summer, but the view over the harbour and the coast towards Etna makes up for it.',
  ],
  [
    'Sicilians eat granita with a soft brioche bun in the morning, and Bar Ruggeri has made it the same way since 1938. Try ' +
      'the almond, or the mulberry when it is in season in late summer.',
  ],
  [
    'Pellaro has no sandy beach, but a 15-minute walk south of the port brings you to a shelf of flat limestone rocks with ladders ' +
      'into clear, deep water. Bring shoes for the rocks and go early, before the sun turns the stone too hot to sit on.',
  ],
  [
    'Several families in the old town open their kitchens to visitors. Expect to roll busiate pasta by hand, make a sauce from ' +
      'tomatoes, almonds and basil, and finish with a long lunch on a rooftop terrace.',
    'Classes usually last four hours and cost between €70 and €95 a person, including wine. Most are run in Italian with English ' +
      'translation, and they book up weeks ahead in June and September.',
  ],
];
const ctPromo = 'Want to see more of Sicily? Join Culture Trip’s 10-day Sicilian adventure, led by our local insider.';
const ctNav = ['Trips', 'Places', 'Stories', 'Hotels', 'About'];
const ctCrumbs = ['Europe', 'Italy', 'Sicily'];
const ctCat = 'See & Do';
const ctShare = ['Share on Facebook', 'Share on X', 'Share by email', 'Copy link'];
const ctCredits = [
  'Pellaro harbour at sunrise | © Luca Ferrandi / Alamy Stock Photo',
  '© Marta Sciacca / Alamy Stock Photo',
  '© Davide Orlando / Culture Trip',
  '© Elena Vasquez / Alamy Stock Photo',
  '© Paolo Greco / Alamy Stock Photo',
  '© Giulia Amato / Culture Trip',
];
const ctBook = ['Sicily’s Baroque Towns & Islands', '10 days', 'From £1,849', 'Book a trip', 'Small group of up to 15 travellers'];
const ctRec = ['Recommended by our editors', 'Palazzo Ruggeri Suites', 'Boutique hotel', 'Casa dei Pescatori', 'Guest house', 'Check availability'];
const ctKeep = [
  'Keep reading',
  'The Most Beautiful Towns in Southeast Sicily',
  'A Food Lover’s Guide to Catania',
  'How to Spend a Week on Sicily’s East Coast',
];
const ctNews = [
  'Sign up to our newsletter',
  'Save up to 50% on our trips and experiences, and get inspiration straight to your inbox.',
  'Your email address',
  'Sign up',
];
const ctFoot = ['Our Story', 'Careers', 'Help Centre', 'Privacy Policy', 'Terms & Conditions', 'Sitemap'];
const ctCookie = ['We use cookies to give you the best experience on our website and to show you relevant adverts.', 'Accept', 'Manage preferences'];
const ctSection = (i: number): string => `<section class="sc-article-section" id="section-${i + 1}">
<h2 class="sc-heading sc-heading--h2">${i + 1}. ${ctH[i]}</h2>
<figure class="sc-figure"><img alt="" loading="lazy" src="https://img.theculturetrip.example/pellaro-${i}.jpg"><figcaption class="sc-figure__caption">
${ctCredits[i + 1]}</figcaption></figure>
${ps(ctP[i] ?? [], ' class="sc-paragraph"')}
</section>`;
const ctHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>The Best Things to Do in Pellaro, Sicily</title>
<meta name="description" content="${ctIntro[0]?.slice(0, 120)}"><meta property="og:site_name" content="Culture Trip"><meta property="og:type" content="article">
<meta property="article:section" content="See &amp; Do"><link rel="canonical" href="https://theculturetrip.com/europe/italy/sicily/articles/pellaro">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${ctTitle}","datePublished":"2024-06-03",
"dateModified":"2025-02-11","author":{"@type":"Person","name":"Chiara Bellomo"},"publisher":{"@type":"Organization","name":"Culture Trip"}}</script>
<style data-styled="active">.sc-heading{font-family:Tiempos}</style></head>
<body><div id="__next"><header class="sc-header" role="banner"><a class="sc-header__logo" href="/" aria-label="Culture Trip"></a>
<nav class="sc-header__nav" aria-label="main navigation"><ul>${links(ctNav, 'sc-nav-item')}</ul>
</nav><a class="sc-header__signin" href="/login">Sign in</a></header>
<main class="sc-main"><div class="sc-article-layout"><div class="sc-article-column"><article class="sc-article" data-article-id="b2fd">
<nav class="sc-breadcrumbs" aria-label="breadcrumbs"><ol>${links(ctCrumbs, 'sc-crumb')}</ol></nav>
<a class="sc-category" href="/see-and-do">${ctCat.replace('&', '&amp;')}</a>
<h1 class="sc-heading sc-heading--h1">${ctTitle}</h1>
<div class="sc-author"><img alt="" src="https://img.theculturetrip.example/authors/cb.jpg">
<div><p class="sc-author__name">Written by <a href="/authors/chiara-bellomo">Chiara
Bellomo</a></p><p class="sc-author__date">Updated: 11 February 2025</p></div>
<ul class="sc-share">${ctShare.map((t) => `<li><button aria-label="${t}"><span class="sr-only">${t}</span></button></li>`).join('')}</ul></div>
<figure class="sc-hero"><img alt="Pellaro harbour" src="https://img.theculturetrip.example/pellaro-hero.jpg">
<figcaption class="sc-figure__caption">${ctCredits[0]}
</figcaption></figure>
<div class="sc-article-body">
${ps(ctIntro, ' class="sc-paragraph"')}
${ctSection(0)}
${ctSection(1)}
<p class="sc-paragraph sc-paragraph--promo"><em><a href="/trips/sicily-baroque">${ctPromo}</a></em></p>
${ctSection(2)}
${ctSection(3)}
${ctSection(4)}
</div>
<div class="sc-trip-card" data-testid="trip-card"><img alt="" src="https://img.theculturetrip.example/trip.jpg"><h3>${ctBook[0]}</h3>
<p><span>${ctBook[1]}</span> · <span>${ctBook[4]}</span></p>
<p class="sc-trip-card__price">${ctBook[2]}</p><a href="/trips/sicily-baroque">${ctBook[3]}</a></div>
<section class="sc-recommended"><h2>${ctRec[0]}</h2><ul>
<li><h3>${ctRec[1]}</h3><p>${ctRec[2]}</p><a href="/hotels/1">${ctRec[5]}</a></li>
<li><h3>${ctRec[3]}</h3><p>${ctRec[4]}</p><a href="/hotels/2">${ctRec[5]}</a></li>
</ul></section></article></div>
<aside class="sc-rail"><h2>${ctKeep[0]}</h2><ul>${links(ctKeep.slice(1), 'sc-rail-card')}</ul></aside></div></main>
<section class="sc-newsletter"><h2>${ctNews[0]}</h2><p>${ctNews[1]}</p><form><input type="email" aria-label="${ctNews[2]}" placeholder="${ctNews[2]}">
<button type="submit">${ctNews[3]}</button></form></section>
<footer class="sc-footer"><ul>${links(ctFoot)}</ul><p>© Culture Trip 2025</p></footer>
<div class="sc-cookie-banner" role="dialog" aria-live="polite"><p>${ctCookie[0]}</p><button>${ctCookie[1]}</button><button>${ctCookie[2]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/[...slug]","buildId":"ct-2025-02"}</script></body></html>`;
export const cultureTrip: TestPage = {
  name: 'heldout184-culturetrip-article',
  kind: 'blog',
  // the numbered h2s are headings with their numbers; image credits, the trip promo between sections, the trip card,
  // recommended hotels, the rail, newsletter, cookie banner and footer are furniture
  html: ctHtml,
  title: ctTitle,
  headings: ctH.map((h, i) => `${i + 1}. ${h}`),
  body: [...texts(ctIntro), ...ctP.flatMap((p) => texts(p))],
  bylines: ['Written by Chiara Bellomo', 'Updated: 11 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ctNav, 'Sign in', ...ctCrumbs, ctCat, ...ctShare, ...ctCredits, ctPromo, ...ctBook, ...ctRec, ...ctKeep,
    ...ctNews.filter((t) => t !== ctNews[2]), ...ctFoot,
    '© Culture Trip 2025', ...ctCookie,
  ],
};
