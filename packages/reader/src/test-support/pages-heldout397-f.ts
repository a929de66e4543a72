import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';
import { q4Earnings } from './pages-heldout397-f2.js';

/**
 * Held-out batch 397, file f: a short APA-OTS item on ots.at (German; header and channel nav, breadcrumb, date and issuer
 * line, "Utl." subtitle, a short body with the "Wien (OTS) -" dateline, "Rückfragen & Kontakt" box, the OTS-ORIGINALTEXT
 * notice with its code, "Digitale Pressemappe" link, Schlagworte tags, "Weitere Meldungen" rail and footer) and, from
 * file f2, a GlobeNewswire earnings release with tables on a Q4 investor relations site.
 */
const oTitle = 'Wiener Linien verlängern Nachtbetrieb der U6 an Wochenenden bis Ende Oktober';
const oSub = 'Testbetrieb mit Zehn-Minuten-Takt wird nach positiver Bilanz fortgesetzt';
const oP = [
  j(
    'Wien (OTS) - Der Nachtbetrieb auf der Linie U6 an Freitagen, Samstagen und vor Feiertagen wird bis Ende Oktober',
    'verlängert. Seit dem Start des Testbetriebs im November fahren die Züge in diesen Nächten alle zehn Minuten statt wie',
    'zuvor alle fünfzehn Minuten.',
  ),
  j(
    'Nach Angaben des Betreibers nutzten im Schnitt rund 14.500 Fahrgäste pro Nacht die U6, um etwa ein Fünftel mehr als im',
    'Vorjahreszeitraum. Besonders stark gestiegen sei die Nachfrage zwischen 1 und 3 Uhr früh an den Stationen Westbahnhof',
    'und Floridsdorf.',
  ),
  j(
    '„Der dichtere Takt wird angenommen, vor allem von Beschäftigten im Schichtdienst und in der Gastronomie", sagte',
    'Betriebsleiterin Henrike Wallnöfer-Kranz. Die zusätzlichen Fahrten würden mit bestehendem Personal auf freiwilliger',
    'Basis abgedeckt.',
  ),
  j(
    'Eine Entscheidung über einen dauerhaften Betrieb soll im Herbst auf Grundlage der Fahrgastzählungen fallen. Die übrigen',
    'U-Bahn-Linien verkehren in den Wochenendnächten weiterhin im Fünfzehn-Minuten-Takt.',
  ),
];
const oContact = ['Rückfragen & Kontakt', 'Verkehrsbetriebe Wien Süd-Ost GmbH', 'Pressestelle', 'Telefon: +43 1 555 0192', 'presse@vbwso.example'];
const oNav = ['Presseaussendungen', 'Pressemappen', 'Termine', 'Fotos', 'Videos', 'Themen'];
const oTop = ['Aussendung erstellen', 'Anmelden', 'Newsletter', 'Suche'];
const oCrumbs = ['Startseite', 'Chronik', 'Verkehr'];
const oTags = ['Öffentlicher Verkehr', 'Nahverkehr', 'Nachtleben', 'Stadtverwaltung'];
const oMore = [
  'Baustelle auf der Gürtelstraße: Umleitung ab Montag',
  'Neue Radabstellanlagen am Hauptbahnhof eröffnet',
  'Tarifänderung bei Jahreskarten ab Juli',
];
const oFoot = ['Über OTS', 'Preise', 'AGB', 'Datenschutz', 'Impressum', 'Kontakt'];
const oHtml = `<!DOCTYPE html>
<html lang="de-AT"><head><meta charset="utf-8"><title>${oTitle} | Presseaussendung | OTS.at</title>
<meta name="description" content="${oSub}"><meta property="og:site_name" content="OTS.at"><meta property="og:title" content="${oTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${oTitle}","datePublished":"2026-03-03T10:12:00+01:00",
"publisher":{"@type":"Organization","name":"APA-OTS"}}</script>
<script>var otsMeta = {"id":"OTS_20260303_OTS0087","ressort":"CI"};</script></head>
<body class="ots-detail"><header class="ots-header"><a href="/" class="ots-logo">OTS</a><ul class="ots-topnav">${links(oTop)}</ul>
<nav class="ots-channels"><ul>${links(oNav)}</ul></nav></header>
<main class="ots-main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(oCrumbs, 'breadcrumb-item')}</ol></nav>
<article class="ots-article"><div class="meta"><span class="date">3. März 2026, 10:12</span> | <span class="sender">Verkehrsbetriebe Wien Süd-Ost
GmbH</span></div>
<h1 class="title">${oTitle}</h1><p class="subtitle">Utl.: ${oSub}</p>
<div class="text">
${ps(oP)}
</div>
<div class="contact"><h3>${oContact[0] ?? ''}</h3><p>${oContact.slice(1).join('<br>\n')}</p></div>
<p class="original">OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | OTS0087</p>
<p class="pressemappe">Digitale Pressemappe: <a href="https://www.ots.at/pressemappe/9921/vbwso">www.ots.at/pressemappe/9921/vbwso</a></p>
<div class="tags"><span class="label">Schlagworte</span><ul>${links(oTags)}</ul></div>
<div class="share"><span>Teilen:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">E-Mail</a></div></article>
<aside class="ots-related"><h2>Weitere Meldungen</h2><ul>${links(oMore)}</ul></aside></main>
<footer class="ots-footer"><ul>${links(oFoot)}</ul><p>© 2026 APA-OTS Originaltext-Service GmbH</p></footer>
<div id="cmp-banner" class="cmp"><p>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.</p><button>Alle akzeptieren</button>
<button>Einstellungen</button></div></body></html>`;
const apaOts: TestPage = {
  name: 'heldout397-apa-ots-short-news',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([oSub, ...oP]),
  bylines: ['3. März 2026, 10:12', 'Verkehrsbetriebe Wien Süd-Ost GmbH'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oTop, ...oNav, ...oCrumbs, 'Utl.:', ...oContact.filter((t) => t !== 'Verkehrsbetriebe Wien Süd-Ost GmbH'),
    'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | OTS0087',
    'Digitale Pressemappe: www.ots.at/pressemappe/9921/vbwso', 'Schlagworte', ...oTags, 'Teilen:', 'Facebook', 'LinkedIn', 'E-Mail',
    'Weitere Meldungen', ...oMore, ...oFoot, '© 2026 APA-OTS Originaltext-Service GmbH',
    'Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.', 'Alle akzeptieren', 'Einstellungen',
  ],
};

export const HELDOUT397_F: readonly TestPage[] = [apaOts, q4Earnings];
