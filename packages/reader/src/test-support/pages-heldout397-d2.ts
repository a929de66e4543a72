import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file d2: a bilingual release on Newswire.ca (Cision Canada header with the English / Français
 * switch, "News provided by", "Également disponible en" link, English text then the French version after a
 * "Version française ci-dessous" marker, bold subheads in both languages, contact lines, "SOURCE" line, "Also from this
 * source" rail, footer and consent banner).
 */
const cTitle = 'Boreal Dairy Co-operative to Build Whey Drying Plant in Saguenay';
const cEn = [
  j(
    'SAGUENAY, QC, March 3, 2026 /CNW/ - The Boreal Dairy Co-operative announced today that it will build a whey drying plant next',
    'to its cheese factory in Saguenay. The plant will turn the liquid whey left over from cheese making into a powder that can be',
    'sold to bakeries and food manufacturers, instead of trucking it to farms as animal feed.',
  ),
  j(
    'The project represents an investment of 38 million dollars and is expected to create 24 permanent jobs. Construction will',
    'begin in June, and the plant should be in operation by the autumn of 2027.',
  ),
  j(
    '"Every kilo of cheese leaves nine kilos of whey behind, and today most of it leaves the factory at a loss," said Édith',
    'Lavallée-Stroud, president of the co-operative. "Drying it here keeps that value in the region and in the hands of our members."',
  ),
];
const cEnH = 'Lower transport emissions';
const cEn2 = [
  j(
    'The co-operative currently sends about 60 tanker loads of whey a week to farms as far away as the Lac-Saint-Jean area. Drying',
    'removes most of the water, so the same quantity will leave the site in fewer than four truckloads of powder a week.',
  ),
  'The Boreal Dairy Co-operative brings together 310 dairy farms in the Saguenay\u2013Lac-Saint-Jean and Côte-Nord regions.',
];
const cFr = [
  j(
    'SAGUENAY, QC, le 3 mars 2026 /CNW/ - La Coopérative laitière Boréale a annoncé aujourd\u2019hui qu\u2019elle construira une',
    'usine de séchage de lactosérum à côté de sa fromagerie de Saguenay. L\u2019usine transformera le lactosérum liquide issu de la',
    'fabrication du fromage en poudre destinée aux boulangeries et aux fabricants alimentaires.',
  ),
  j(
    'Le projet représente un investissement de 38 millions de dollars et devrait créer 24 emplois permanents. Les travaux',
    'commenceront en juin et l\u2019usine devrait être en service à l\u2019automne 2027.',
  ),
  j(
    '« Chaque kilo de fromage laisse neuf kilos de lactosérum, et aujourd\u2019hui la plus grande partie quitte l\u2019usine à perte »,',
    'a déclaré Édith Lavallée-Stroud, présidente de la coopérative. « Le sécher ici garde cette valeur dans la région et entre les',
    'mains de nos membres. »',
  ),
];
const cFrH = 'Moins d\u2019émissions liées au transport';
const cFr2 = [
  j(
    'La coopérative expédie actuellement environ 60 citernes de lactosérum par semaine vers des fermes parfois situées au',
    'Lac-Saint-Jean. Le séchage retire la majeure partie de l\u2019eau : la même quantité quittera le site en moins de quatre',
    'chargements de poudre par semaine.',
  ),
  'La Coopérative laitière Boréale regroupe 310 fermes laitières des régions du Saguenay\u2013Lac-Saint-Jean et de la Côte-Nord.',
];
const cContact = 'For further information / Renseignements : Mathis Ouellet-Grant, Communications, 418 555-0173, medias@boreale.example';
const cTop = ['English', 'Français', 'Send a Release', 'Contact Us', 'Log In'];
const cNav = ['News', 'Business', 'Environment', 'Government', 'Health', 'Multimedia'];
const cAlso = ['Boreal Dairy Co-operative Reports Record Milk Intake', 'La Coopérative laitière Boréale nomme un nouveau directeur général'];
const cFoot = ['About Newswire', 'Media Partners', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'Cookie Settings'];
const cHtml = `<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8"><title>${cTitle}</title>
<meta name="description" content="The Boreal Dairy Co-operative will build a whey drying plant in Saguenay.">
<meta property="og:site_name" content="Newswire"><meta property="og:title" content="${cTitle}"><meta property="og:locale" content="en_CA">
<link rel="alternate" hreflang="fr-CA" href="https://www.newswire.ca/fr/communiques-de-presse/cooperative-laitiere-boreale-812204481.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-03-03T10:30:00-05:00",
"inLanguage":"en-CA","publisher":{"@type":"Organization","name":"Newswire"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"site":"newswire.ca","lang":"en","releaseId":"812204481"});</script></head>
<body class="newswire-ca release-page"><header class="header"><div class="container"><a class="navbar-brand" href="/">Newswire</a>
<ul class="utility-nav">${links(cTop)}</ul><nav class="main-nav"><ul>${links(cNav, 'dropdown')}</ul></nav></div></header>
<main><article class="news-release"><header class="container release-header"><div class="col-lg-10 col-lg-offset-1">
<h1>${cTitle}</h1><div class="release-source"><p class="mb-no">News provided by</p><a href="/news/boreal-dairy/"><strong>Coopérative laitière Boréale /
Boreal Dairy Co-operative</strong></a><p class="mb-no">Mar 03, 2026, 10:30 ET</p></div>
<div class="language-switch"><span>Également disponible en:</span> <a href="/fr/communiques-de-presse/812204481.html">Français</a></div>
<div class="social-share"><p>Share this article</p></div></div></header>
<section class="release-body container"><div class="col-lg-10 col-lg-offset-1">
${ps(cEn)}
<p><b>${cEnH}</b></p>
${ps(cEn2)}
<p class="version-marker">/Version française ci-dessous/</p>
${ps(cFr)}
<p><b>${cFrH}</b></p>
${ps(cFr2)}
<p>${cContact}</p>
<p>SOURCE Coopérative laitière Boréale / Boreal Dairy Co-operative</p>
</div></section></article>
<section class="container also-from-source"><h3>Also from this source</h3><ul>${links(cAlso)}</ul></section></main>
<footer class="footer"><ul>${links(cFoot)}</ul><p>Copyright © 2026 CNW Group Ltd.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">This site uses cookies to improve your
experience. / Ce site utilise des témoins pour améliorer votre expérience.</p><button id="onetrust-accept-btn-handler">Accept / Accepter</button>
</div></body></html>`;
export const newswireCa: TestPage = {
  name: 'heldout397-newswire-ca-bilingual-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cEnH, cFrH],
  body: texts([...cEn, ...cEn2, ...cFr, ...cFr2]),
  bylines: ['Coopérative laitière Boréale / Boreal Dairy Co-operative', 'Mar 03, 2026, 10:30 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Newswire', ...cTop, ...cNav, 'News provided by', 'Également disponible en:', 'Share this article', '/Version française ci-dessous/', cContact,
    'SOURCE Coopérative laitière Boréale / Boreal Dairy Co-operative', 'Also from this source', ...cAlso, ...cFoot, 'Copyright © 2026 CNW Group Ltd.',
    'This site uses cookies to improve your experience. / Ce site utilise des témoins pour améliorer votre expérience.', 'Accept / Accepter',
  ],
};
