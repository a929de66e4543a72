import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file c2: a Dutch public broadcaster's article on an NOS-style Next.js template (styled-components
 * class names, __NEXT_DATA__ script, cookie consent layer, header with Nieuws / Sport / Live menu, category link, published
 * and updated times, lead image with caption and credit, an embedded "Bekijk ook" video card, a "Lees ook" block, the share
 * row, the "Meer over" tags, the "Het laatste nieuws" list and the footer).
 */
const nTitle = 'Waterschap versterkt dijk bij Oudewaard: fietspad twee jaar dicht';
const nP1 = [
  j(
    'Het waterschap Rijn en Lekstroom begint in juni met het versterken van ruim vier kilometer dijk langs de Lek bij',
    'Oudewaard. Uit metingen bleek dat de dijk bij extreem hoogwater niet meer aan de veiligheidsnorm voldoet. Het fietspad',
    'op de dijkkruin gaat daardoor ongeveer twee jaar dicht.',
  ),
  j(
    'De werkzaamheden kosten naar schatting 96 miljoen euro en worden grotendeels betaald uit het landelijke',
    'Hoogwaterbeschermingsprogramma. Het is een van de grootste dijkprojecten in de regio van de afgelopen tien jaar.',
  ),
];
const nH1 = 'Piping';
const nP2 = [
  j(
    'Het grootste probleem is zogeheten piping: bij hoog water kan grondwater onder de dijk door stromen en zand meenemen.',
    'Daardoor ontstaan holle ruimtes, waardoor een dijk uiteindelijk kan bezwijken. Om dat te voorkomen, brengt het waterschap',
    'over een lengte van 2,6 kilometer een stalen damwand in de dijk aan.',
  ),
  j(
    'Op andere plekken wordt de dijk aan de landzijde verbreed met een zogeheten steunberm. Daarvoor moeten zeven woningen',
    'worden aangekocht. "Met vijf eigenaren zijn we rond, met twee zijn we nog in gesprek", zegt dijkgraaf Marjolein',
    'Verhoef.',
  ),
];
const nH2 = 'Omleiding voor fietsers';
const nP3 = [
  j(
    'Voor de honderden scholieren die dagelijks over de dijk naar school in Vianendam fietsen, komt er een tijdelijke route',
    'door de uiterwaarden. Die is ongeveer 800 meter langer. Ouders maakten zich zorgen over de verlichting en de veiligheid',
    'in de winter; het waterschap belooft lantaarnpalen en een gladheidsbestrijdingsplan.',
  ),
  j(
    'Bewoners van de dijk kunnen hun huis tijdens de werkzaamheden wel bereiken, maar moeten rekening houden met geluidsoverlast.',
    'Vooral het trillingsvrij aanbrengen van de damwand duurt lang: naar verwachting zijn de werkploegen daar ruim acht maanden mee bezig.',
  ),
  j(
    'Het waterschap organiseert op 21 mei een informatieavond in dorpshuis De Kolk. Daar worden ook de plannen voor de nieuwe',
    'natuur in de uiterwaarden gepresenteerd, die samen met de dijkversterking wordt aangelegd.',
  ),
  j(
    'Als alles volgens planning verloopt, is de versterkte dijk in het voorjaar van 2028 klaar. Daarna gaat ook het fietspad',
    'weer open, dan met een breder profiel en een aparte strook voor voetgangers.',
  ),
];
const nLatest = [
  'Kabinet wil sneller beslissen over nieuwe windparken op zee',
  'Storing bij treinverkeer rond Utrecht voorbij',
  'KNMI: april was natter dan gemiddeld',
];
const nFoot = ['Over NOR', 'Contact', 'Privacy', 'Cookie-instellingen', 'Toegankelijkheid', 'NOR in andere talen'];
const nHtml = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>${nTitle} | NOR</title><meta name="description" content="${nP1[0]}">
<meta property="og:site_name" content="NOR"><meta name="next-head-count" content="14">
<link rel="preload" href="/_next/static/css/4d2c8a1b.css" as="style"><link rel="stylesheet" href="/_next/static/css/4d2c8a1b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-04-22T06:04:12+02:00",
"dateModified":"2026-04-22T09:31:40+02:00","publisher":{"@type":"Organization","name":"NOR"}}</script></head>
<body><div id="__next"><div class="sc-a4b1c0f7-0 kPzQmL">
<div class="sc-cookie-consent sc-9e12d33a-0 hxLrtB" role="dialog"><p class="sc-9e12d33a-1 bnQwZp">NOR gebruikt cookies om de site goed te laten werken
en om het gebruik te meten. Met jouw toestemming plaatsen we ook cookies voor persoonlijke aanbevelingen.</p>
<button class="sc-9e12d33a-2 jYfRkq">Akkoord</button><button class="sc-9e12d33a-2 cVwQdS">Instellingen aanpassen</button></div>
<header class="sc-f1d2e3a4-0 gXbnqA"><a href="/" class="sc-f1d2e3a4-1 eQfLwc" aria-label="NOR Nieuws">NOR Nieuws</a>
<nav class="sc-f1d2e3a4-2 iRkTtp"><ul class="sc-f1d2e3a4-3 dYfCdM"><li><a href="/nieuws">Nieuws</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/live">Live</a></li><li><a href="/uitzendingen">Uitzendingen</a></li><li><a href="/zoeken">Zoeken</a></li></ul></nav></header>
<main id="content" class="sc-7b7d2f0e-0 lmNqgS"><article class="sc-6d77a1d1-0 chfLbc">
<div class="sc-6d77a1d1-1 kWmZkx"><a href="/nieuws/binnenland" class="sc-3f0b9a2c-0 jHrQzp">Binnenland</a></div>
<h1 class="sc-f75afcb6-0 iMbGqa">${nTitle}</h1>
<div class="sc-cd0d4dd3-0 eWrAxL"><p class="sc-cd0d4dd3-1 bXyPko">
<time datetime="2026-04-22T06:04:12+0200">22 april 2026, 06:04</time></p>
<p class="sc-cd0d4dd3-2 fjrFsr">Aangepast 22 april 2026, 09:31</p></div>
<figure class="sc-3b2d4a15-0 gZbLqc"><img src="https://cdn.nor.example/data/img/2026/04/22/dijk-oudewaard.jpg" alt="Dijk bij Oudewaard" width="1024">
<figcaption class="sc-3b2d4a15-1 hqWtTz"><span>De dijk langs de Lek bij Oudewaard</span> <span class="sc-3b2d4a15-2 cRkVpN">ANP</span></figcaption></figure>
<div class="sc-29f6c25e-0 bGrWpq">
${ps(nP1, ' class="sc-6d77a1d1-0 chzwrE"')}
<div class="sc-video-card sc-8e1c7f00-0 lKtTxV"><p class="sc-8e1c7f00-1 dQkFrR">Bekijk ook</p><p class="sc-8e1c7f00-2 bTpPqQ">Zo werkt piping: water
onder de dijk door</p><span class="sc-8e1c7f00-3 eWgHhM">1:58</span></div>
<h2 class="sc-a1f0c3e9-0 bwwQaS">${nH1}</h2>
${ps(nP2, ' class="sc-6d77a1d1-0 chzwrE"')}
<h2 class="sc-a1f0c3e9-0 bwwQaS">${nH2}</h2>
${ps(nP3, ' class="sc-6d77a1d1-0 chzwrE"')}
<aside class="sc-read-also sc-4c1e2b7d-0 fXcWhk"><p class="sc-4c1e2b7d-1 iZqYtq">Lees ook</p>
<a href="/artikel/2518822" class="sc-4c1e2b7d-2 kGvBqk">Een op de drie dijken voldoet niet aan de nieuwe norm</a></aside>
</div>
<div class="sc-share sc-e8b55d2d-0 dXqVpm"><span class="sc-e8b55d2d-1 gUsxRt">Deel artikel:</span><button aria-label="Deel via WhatsApp">WhatsApp</button>
<button aria-label="Deel via Facebook">Facebook</button><button aria-label="Kopieer link">Link kopiëren</button></div>
<div class="sc-tags sc-2aa98b71-0 hWnLbz"><p class="sc-2aa98b71-1 jKzvTq">Meer over:</p><a href="/tag/waterschappen">Waterschappen</a>
<a href="/tag/klimaat">Klimaatverandering</a><a href="/tag/utrecht">Provincie Utrecht</a></div>
</article>
<section class="sc-latest sc-55f1a0d2-0 cyWnqu"><h2 class="sc-55f1a0d2-1 iZpRgB">Het laatste nieuws</h2><ul>
${nLatest.map((t, i) => `<li><a href="/artikel/25190${i}"><time>09:${10 + i * 7}</time> <span>${t}</span></a></li>`).join('\n')}</ul></section></main>
<footer class="sc-09de1b5c-0 bIoZma"><ul>${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`).join('')}</ul>
<p>NOR is onderdeel van de Publieke Omroep Nederlandia</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"item":{"id":2519011,"type":"article","title":"${nTitle}"}}},"page":"/artikel/[id]",
"buildId":"b7Yf2kP0x","isFallback":false,"gssp":true}</script></body></html>`;
export const nos: TestPage = {
  name: 'heldout244-nos-broadcaster-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([...nP1, ...nP2, ...nP3]),
  bylines: ['22 april 2026, 06:04', 'Aangepast 22 april 2026, 09:31'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'NOR gebruikt cookies om de site goed te laten werken en om het gebruik te meten.',
      'Met jouw toestemming plaatsen we ook cookies voor persoonlijke aanbevelingen.',
    ),
    'Akkoord', 'Instellingen aanpassen', 'NOR Nieuws', 'Nieuws', 'Sport', 'Live', 'Uitzendingen', 'Zoeken', 'Binnenland', 'De dijk langs de Lek bij Oudewaard',
    'ANP', 'Bekijk ook', 'Zo werkt piping: water onder de dijk door', '1:58', 'Lees ook', 'Een op de drie dijken voldoet niet aan de nieuwe norm',
    'Deel artikel:', 'WhatsApp', 'Facebook', 'Link kopiëren', 'Meer over:', 'Waterschappen', 'Klimaatverandering', 'Provincie Utrecht',
    'Het laatste nieuws', ...nLatest, ...nFoot, 'NOR is onderdeel van de Publieke Omroep Nederlandia',
  ],
};
