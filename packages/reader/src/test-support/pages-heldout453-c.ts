import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file c: a Swiss municipality's page in German on the i-web CMS (Innovative Web) with DE / FR / EN language tabs,
 * a short notice with a waste collection table (a data page), and a museum collection label page on a Drupal collections site
 * with the English and Māori label texts shown one after the other (a page whose main text is short).
 */
const sTitle = 'Grüngutabfuhr 2027';
const sBody = [
  j(
    'Ab dem 1. Januar 2027 wird das Grüngut in der ganzen Gemeinde jeden Dienstag abgeholt. Von Dezember bis Februar findet die',
    'Abfuhr nur alle zwei Wochen statt.',
  ),
  'Stellen Sie den Container bis 7.00 Uhr gut sichtbar am Strassenrand bereit. Lose Äste müssen gebündelt und höchstens 1,5 Meter lang sein.',
  'Was gehört ins Grüngut?',
  'Rasen- und Strauchschnitt, Laub und Blumen',
  'Rüstabfälle aus der Küche, roh',
  'Kaffeesatz und Teebeutel ohne Klammern',
  'Nicht ins Grüngut gehören Katzenstreu, Asche, gekochte Speisereste und Plastiksäcke, auch solche mit der Aufschrift «kompostierbar».',
  'Abfuhrtermine im Winter',
  'Monat',
  'Daten',
  'Dezember 2026',
  '8. und 22. Dezember',
  'Januar 2027',
  '5. und 19. Januar',
  'Februar 2027',
  '2. und 16. Februar',
  'Die Gebührenmarke für einen 140-Liter-Container kostet CHF 95 pro Jahr und ist bei der Gemeindekanzlei erhältlich.',
  j(
    'Grössere Mengen Äste und Baumschnitt können Sie weiterhin kostenlos an der Sammelstelle beim Werkhof abgeben. Die Sammelstelle',
    'ist jeden ersten und dritten Samstag im Monat von 9.00 bis 12.00 Uhr geöffnet.',
  ),
];
const sNav = ['Politik', 'Verwaltung', 'Bildung', 'Leben', 'Wirtschaft', 'Aktuelles'];
const sCrumbs = ['Startseite', 'Verwaltung', 'Umwelt und Entsorgung', 'Grüngutabfuhr'];
const sSide = ['Abfallkalender', 'Sammelstelle Werkhof', 'Sonderabfall', 'Häckseldienst'];
const sFoot = ['Impressum', 'Datenschutz', 'Barrierefreiheit', 'Kontakt'];
const sRow = (a: string, b: string): string => `<tr><td>${a}</td><td>${b}</td></tr>`;
const sHtml = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Grüngutabfuhr 2027 - Gemeinde Oberwinden</title>
<meta name="generator" content="i-web CMS, Innovative Web AG"><meta name="description" content="Neue Abfuhrtermine für das Grüngut ab 2027.">
<link rel="alternate" hreflang="fr" href="/fr/verwaltung/entsorgung/gruengut"><link rel="alternate" hreflang="en" href="/en/verwaltung/entsorgung/gruengut">
<link rel="stylesheet" href="/dist/oberwinden/2026/css/layout.css"><script src="/dist/icms/js/jquery.min.js"></script>
<script>var icmsLang="de";var icmsPage={"id":4412,"type":"news"};</script></head>
<body class="icms-layout-default lang-de"><div id="icmsCookieNotice" class="icms-cookie-notice" role="dialog"><p>Diese Webseite verwendet Cookies. Mit der
Nutzung der Webseite stimmen Sie der Verwendung zu.</p><a href="/datenschutz">Mehr erfahren</a><button class="icms-btn">Einverstanden</button></div>
<div id="page"><header id="header"><a href="/" id="logo"><img src="/dist/oberwinden/wappen.svg" alt="Gemeinde Oberwinden"></a>
<ul class="icms-lang-tabs" role="tablist"><li role="tab" aria-selected="true" class="active"><a href="/de/verwaltung/entsorgung/gruengut" lang="de">DE</a></li>
<li role="tab"><a href="/fr/verwaltung/entsorgung/gruengut" lang="fr">FR</a></li><li role="tab"><a href="/en/verwaltung/entsorgung/gruengut"
lang="en">EN</a></li></ul>
<form id="icmsSearch" action="/suche"><input type="text" name="q" placeholder="Suchbegriff"><button>Suchen</button></form>
<nav id="mainNav"><ul class="icms-nav-level-1">${links(sNav, 'icms-nav-item')}</ul></nav></header>
<div id="breadcrumb"><span class="icms-bc-label">Sie sind hier:</span><ul>${links(sCrumbs)}</ul></div>
<div id="contentWrapper"><aside id="subNav"><h2 class="icms-subnav-title">Umwelt und Entsorgung</h2><ul>${links(sSide)}</ul></aside>
<main id="content" class="icms-content"><div class="icms-news-detail"><div class="icms-news-date">Publiziert am 18.11.2026</div>
<h1>${sTitle}</h1><div class="icms-lead">${ps([sBody[0] ?? ''])}</div>
<div class="icms-text">${ps([sBody[1] ?? ''])}
<h2>${sBody[2]}</h2><ul>${lis(sBody.slice(3, 6))}</ul>${ps([sBody[6] ?? ''])}
<h2>${sBody[7]}</h2><table class="icms-table"><thead><tr><th>${sBody[8]}</th><th>${sBody[9]}</th></tr></thead><tbody>
${sRow(sBody[10] ?? '', sBody[11] ?? '')}${sRow(sBody[12] ?? '', sBody[13] ?? '')}${sRow(sBody[14] ?? '', sBody[15] ?? '')}</tbody></table>
${ps([sBody[16] ?? '', sBody[17] ?? ''])}</div>
<div class="icms-downloads"><h3>Dokumente</h3><ul><li><a href="/file/abfallkalender-2027.pdf">Abfallkalender 2027 (PDF, 412 kB)</a></li></ul></div>
<div class="icms-contact-box"><h3>Zuständige Stelle</h3><p>Bauverwaltung Oberwinden</p><p>Tel. 052 381 44 10</p></div>
<div class="icms-share"><span>Seite teilen</span><a href="#">E-Mail</a><a href="#">Drucken</a></div>
<a href="/aktuelles" class="icms-back">Zurück zur Übersicht</a></div></main></div>
<footer id="footer"><p>Gemeinde Oberwinden, Dorfstrasse 12, 8477 Oberwinden</p><p>Öffnungszeiten: Mo–Fr 8.00–11.30 Uhr</p>
<ul>${links(sFoot)}</ul></footer></div></body></html>`;
const swissMuni: TestPage = {
  name: 'heldout453-iweb-swiss-municipality-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? '', sBody[7] ?? ''],
  body: texts(sBody.filter((_, i) => ![2, 7, 8, 9].includes(i))),
  bylines: ['Publiziert am 18.11.2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Diese Webseite verwendet Cookies. Mit der Nutzung der Webseite stimmen Sie der Verwendung zu.', 'Mehr erfahren', 'Einverstanden', 'Suchen',
    ...sNav, 'Sie sind hier:', ...sCrumbs.slice(0, 3), ...sSide, 'Dokumente', 'Abfallkalender 2027 (PDF, 412 kB)', 'Zuständige Stelle',
    'Bauverwaltung Oberwinden', 'Tel. 052 381 44 10', 'Seite teilen', 'E-Mail', 'Drucken', 'Zurück zur Übersicht',
    'Gemeinde Oberwinden, Dorfstrasse 12, 8477 Oberwinden', 'Öffnungszeiten: Mo–Fr 8.00–11.30 Uhr', ...sFoot,
  ],
};

const mTitle = 'Hoe (paddle), carved by Rāwiri Tamahere';
const mBody = [
  j(
    'This paddle was carved for the opening of the meeting house at Te Awa Roa in 1904. Its blade is decorated with a running spiral',
    'pattern, and the handle ends in the head of a manaia, a guardian figure.',
  ),
  j(
    'Paddles like this one were not made for everyday use. They were carried in the canoe procession that brought guests across the',
    'harbour, and afterwards hung above the door of the house.',
  ),
  j(
    'I whakairohia tēnei hoe mō te whakatuwheratanga o te whare tupuna i Te Awa Roa i te tau 1904. He takarangi te whakairo o te',
    'rapa, ā, ko te upoko o te manaia kei te pito o te kakau.',
  ),
  j(
    'Ehara ēnei momo hoe i te hoe mō ia rā. I mauria i te waka i te rā i whakawhitia ai te manuhiri i te whanga, ā, i muri',
    'ka whakairihia ki runga ake i te kūaha o te whare.',
  ),
];
const mFacts = [
  'Maker',
  'Rāwiri Tamahere',
  'Date',
  '1904',
  'Materials',
  'tōtara wood, paua shell',
  'Dimensions',
  '1680 × 140 mm',
  'Registration number',
  'ME018442',
];
const mNav = ['Visit', 'Exhibitions', 'Collections', 'Learn', 'Shop', 'Support us'];
const mRel = ['Tauihu (canoe prow), 1890s', 'Taiaha (fighting staff) with feather collar', 'Kete whakairo (patterned basket)'];
const mHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${mTitle} | Collections Online - Whare Taonga o Te Tai</title>
<meta name="description" content="Carved paddle, 1904, Te Awa Roa."><link rel="canonical" href="https://collections.tetai.example/object/18442">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"Hoe (paddle)","dateCreated":"1904"}</script>
<script>window.drupalSettings={"path":{"currentLanguage":"en"},"gtag":{"tagId":"G-EXAMPLE"}};</script>
<link rel="stylesheet" href="/themes/custom/tetai/dist/css/main.css"></head>
<body class="page-node-type-collection-object"><a href="#main" class="skip-link">Skip to content</a>
<div class="eu-cookie-compliance-banner" role="dialog"><div class="eu-cookie-compliance-message"><p>We use cookies to understand how visitors
use our website.</p></div><button class="agree-button">OK, I agree</button><button class="decline-button">No, thanks</button></div>
<header class="site-header"><a href="/" class="site-logo">Whare Taonga o Te Tai</a><div class="language-switcher"><a href="/mi/object/18442"
lang="mi">Te reo Māori</a></div>
<nav class="primary-nav" aria-label="Main"><ul>${links(mNav)}</ul></nav></header>
<main id="main"><nav class="breadcrumb"><ol>${links(['Collections', 'Taonga Māori'])}</ol></nav>
<article class="collection-object"><div class="object-media"><figure><img src="/media/ME018442.jpg" alt="Carved wooden paddle">
<figcaption>Hoe (paddle), 1904. Gift of the Tamahere whānau, 1962.</figcaption></figure>
<div class="media-tools"><a href="/media/ME018442.jpg" download>Download</a><span class="rights">All rights reserved</span></div></div>
<div class="object-text"><h1 class="object-title">${mTitle}</h1>
<div class="label-text" lang="en">${ps([mBody[0] ?? '', mBody[1] ?? ''])}</div>
<div class="label-text label-text--mi" lang="mi">${ps([mBody[2] ?? '', mBody[3] ?? ''])}</div>
<p class="label-credit">Label text by Aroha Ngata, Curator Mātauranga Māori, 2025</p>
<dl class="object-facts">${mFacts.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl>
<div class="object-share"><span>Share</span><a href="#">Facebook</a><a href="#">Email</a><a href="#">Cite this object</a></div></div></article>
<section class="related-objects"><h2>Related objects</h2><ul>${links(mRel)}</ul></section></main>
<footer class="site-footer"><p>Whare Taonga o Te Tai, 55 Wharf Street</p><p>Open every day 10am–5pm. Free entry.</p>
<ul>${links(['Contact', 'Accessibility', 'Privacy', 'Copyright'])}</ul></footer></body></html>`;
const museum: TestPage = {
  name: 'heldout453-drupal-museum-label-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mBody),
  bylines: ['Label text by Aroha Ngata, Curator Mātauranga Māori, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to understand how visitors use our website.', 'OK, I agree', 'No, thanks', 'Whare Taonga o Te Tai',
    'Te reo Māori', ...mNav, 'Taonga Māori', 'Hoe (paddle), 1904. Gift of the Tamahere whānau, 1962.', 'Download', 'All rights reserved',
    ...mFacts.filter((t) => !['Date', '1904', 'Rāwiri Tamahere'].includes(t)), 'Share', 'Facebook', 'Email', 'Cite this object', 'Related objects', ...mRel,
    'Whare Taonga o Te Tai, 55 Wharf Street', 'Open every day 10am–5pm. Free entry.', 'Contact', 'Accessibility', 'Privacy', 'Copyright',
  ],
};

export const HELDOUT453_C: readonly TestPage[] = [swissMuni, museum];
