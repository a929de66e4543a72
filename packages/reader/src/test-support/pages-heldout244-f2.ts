import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file f2: a Swedish municipality's news page on a Sitevision template, a page whose main text is short
 * (sv-layout / sv-portlet / sv-text-portlet markup with the portlet id comments, the "Hoppa till innehåll" link, a cookie
 * banner, the header with search and "Lyssna" / "Translate" tools, the big start-page menu, breadcrumbs, "Publicerad" and
 * "Senast uppdaterad", an image portlet with caption, a contact box, the "Dela sidan" share row, "Fler nyheter" list, the
 * "Hjälpte informationen på sidan dig?" feedback form and a footer with address, phone and opening hours).
 */
const kTitle = 'Nytt utegym invigs i Strandparken';
const kIngress = 'Den 6 juni invigs kommunens nya utegym i Strandparken. Gymmet är gratis och öppet för alla, dygnet runt.';
const kP = [
  j(
    'Utegymmet har tolv stationer för styrka, rörlighet och balans, och flera av redskapen går att använda från rullstol.',
    'Underlaget är av gummi och området är belyst till klockan 23 varje kväll.',
  ),
  j(
    'Gymmet har byggts efter önskemål från kommunens ungdomsråd och pensionärsföreningar, som också har varit med och valt',
    'ut redskapen. Totalt har bygget kostat 1,4 miljoner kronor.',
  ),
  'Vid invigningen klockan 14 bjuder kommunen på:',
];
const kList = ['Prova-på-pass med fritidsgårdens ledare', 'Kaffe och saft vid paviljongen', 'Visning av redskapen för seniorer'];
const kP2 = ['Alla är välkomna. Ingen föranmälan behövs.'];
const kMenu = ['Barn och utbildning', 'Omsorg och stöd', 'Bygga, bo och miljö', 'Kultur och fritid', 'Näringsliv och arbete', 'Kommun och politik'];
const kNews = ['Sommarlovsaktiviteter för barn och unga', 'Vattenavstängning på Kvarngatan den 28 maj', 'Biblioteket har nya öppettider i sommar'];
const kFoot = ['Om webbplatsen', 'Tillgänglighetsredogörelse', 'Behandling av personuppgifter', 'Kakor'];
const kHtml = `<!DOCTYPE html>
<html lang="sv" class="sv-no-js sv-template-nyhetssida"><head><meta charset="utf-8"><title>${kTitle} - Älvsfors kommun</title>
<meta name="description" content="${kIngress}"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sitevision/system-resource/c2f3a1/css/portlets.css"><link rel="stylesheet" href="/webdav/files/system/css/alvsfors.css">
<script>window.sv=window.sv||{};sv.PageContext={pageId:"4.5a1b2c3d18f0",siteName:"Älvsfors kommun",dateFormat:"yyyy-MM-dd"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2026-05-19"}</script></head>
<body class="sv-responsive"><div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid12_1a2b">
<a class="env-assistive-text skip-link" href="#content">Hoppa till innehåll</a></div>
<div id="cookieBanner" class="sv-cookie-consent-banner env-p-around--medium" role="region" aria-label="Kakor">
<p class="sv-cookie-consent-banner__text">Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig.</p>
<button class="env-button">Godkänn alla kakor</button><button class="env-button env-button--secondary">Godkänn endast nödvändiga kakor</button>
<a href="/om-webbplatsen/kakor">Inställningar för kakor</a></div>
<header class="sv-layout header" id="svid10_7c1"><div class="sv-vertical sv-layout"><a class="sv-image-portlet logo" href="/">Älvsfors kommun</a>
<form class="sv-searchform-portlet" role="search"><input type="search" aria-label="Sök"><button>Sök</button></form>
<ul class="tools">${links(['Lyssna', 'Translate', 'Kontakta oss', 'Lättläst'], 'tools__item')}</ul></div>
<nav class="sv-layout main-menu" aria-label="Huvudmeny"><ul>${links(kMenu, 'main-menu__item')}</ul></nav></header>
<main id="content" class="sv-layout sv-template-layout"><div class="sv-vertical sv-layout" id="svid10_4a2b">
<!-- Brödsmulor --><nav class="sv-breadcrumbs-portlet sv-portlet" aria-label="Brödsmulor"><ol class="breadcrumbs">
<li><a href="/">Startsida</a></li><li><a href="/nyheter">Nyheter</a></li></ol></nav>
<!-- Rubrik --><div class="sv-text-portlet sv-use-margins" id="Rubrik"><div class="sv-text-portlet-content"><h1 class="heading">${kTitle}</h1></div></div>
<!-- Publiceringsdatum --><div class="sv-text-portlet sv-use-margins publish-info"><div class="sv-text-portlet-content">
<p class="normal">Publicerad 19 maj 2026</p></div></div>
<!-- Ingress --><div class="sv-text-portlet sv-use-margins" id="Ingress"><div class="sv-text-portlet-content"><p class="lead">${kIngress}</p></div></div>
<!-- Bild --><div class="sv-image-portlet sv-portlet"><img class="sv-noborder" src="/images/18.5a1b/utegym.jpg" alt="Utegymmet i Strandparken" width="800">
<p class="sv-image-portlet__caption">Utegymmet ligger vid gång- och cykelvägen längs älven. Foto: Älvsfors kommun</p></div>
<!-- Innehåll --><div class="sv-text-portlet sv-use-margins" id="Innehall"><div class="sv-text-portlet-content">
${ps(kP, ' class="normal"')}
<ul class="normal">${lis(kList)}</ul>
${ps(kP2, ' class="normal"')}
</div></div>
<!-- Kontakt --><div class="sv-portlet contact-box"><h2 class="subheading">Kontakt</h2><p class="normal">Fritidsenheten</p>
<p class="normal">Telefon: 0571-123 40</p><p class="normal">fritid@alvsfors.example</p></div>
<!-- Dela --><div class="sv-portlet share"><h2 class="subheading">Dela sidan</h2><ul>${links(['Facebook', 'LinkedIn', 'E-post'])}</ul></div>
<!-- Uppdaterad --><div class="sv-text-portlet last-updated"><p class="normal">Senast uppdaterad: 21 maj 2026</p></div>
<!-- Feedback --><div class="sv-portlet feedback"><h2 class="subheading">Hjälpte informationen på sidan dig?</h2>
<button class="env-button">Ja</button><button class="env-button">Nej</button></div></div>
<aside class="sv-layout news-aside"><h2 class="subheading">Fler nyheter</h2><ul>${links(kNews)}</ul>
<a href="/nyheter" class="all-news">Alla nyheter</a></aside></main>
<footer class="sv-layout footer"><div class="sv-text-portlet"><p class="normal">Älvsfors kommun, Storgatan 12, 664 80 Älvsfors</p>
<p class="normal">Telefon växel: 0571-123 00</p><p class="normal">Öppettider: vardagar 8–16</p></div>
<ul>${links(kFoot)}</ul></footer>
<script src="/sitevision/system-resource/c2f3a1/js/webapps.js"></script></body></html>`;
export const kommun: TestPage = {
  name: 'heldout244-sitevision-kommun-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([kIngress, ...kP, ...kList, ...kP2]),
  bylines: ['Publicerad 19 maj 2026', 'Senast uppdaterad: 21 maj 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hoppa till innehåll', 'Vi använder kakor (cookies) för att webbplatsen ska fungera på ett bra sätt för dig.', 'Godkänn alla kakor',
    'Godkänn endast nödvändiga kakor', 'Inställningar för kakor', 'Älvsfors kommun', 'Lyssna', 'Translate', 'Kontakta oss', 'Lättläst', ...kMenu,
    'Startsida', 'Nyheter', 'Utegymmet ligger vid gång- och cykelvägen längs älven. Foto: Älvsfors kommun', 'Kontakt', 'Fritidsenheten',
    'Telefon: 0571-123 40', 'fritid@alvsfors.example', 'Dela sidan', 'Facebook', 'LinkedIn', 'E-post', 'Hjälpte informationen på sidan dig?', 'Nej',
    'Fler nyheter', ...kNews, 'Alla nyheter', 'Älvsfors kommun, Storgatan 12, 664 80 Älvsfors', 'Telefon växel: 0571-123 00', 'Öppettider: vardagar 8–16',
    ...kFoot,
  ],
};
