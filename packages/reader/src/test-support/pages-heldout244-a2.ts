import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file a2: a German local news site on a Funke-style template (service bar, ressort navigation,
 * Sourcepoint consent layer, breadcrumb, kicker, teaser intro, author and date line, share buttons, a lead image with
 * caption and credit, an inline "Lesen Sie auch" teaser, a Plus paywall hint, a local newsletter box, a "Mehr Artikel aus
 * dieser Rubrik" rail and the footer).
 */
const fTitle = 'Freibad Hessenbrück öffnet nach zwei Jahren Sanierung wieder';
const fIntro = j(
  'Nach 26 Monaten Bauzeit ist das Becken fertig: Am 16. Mai beginnt die Saison. Die Eintrittspreise steigen allerdings – und',
  'nicht alle im Stadtteil sind damit zufrieden.',
);
const fP1 = [
  j(
    'Hessenbrück. Die Bauzäune sind verschwunden, das neue Edelstahlbecken glänzt in der Frühlingssonne: Das Freibad am Lindenweg',
    'öffnet am 16. Mai wieder für Badegäste. Das hat die Stadtverwaltung am Dienstag im Ausschuss für Sport und Freizeit bekannt',
    'gegeben. Seit Frühjahr 2024 war das Bad geschlossen, weil das alte Betonbecken undicht war und täglich rund 40 Kubikmeter',
    'Wasser verlor.',
  ),
  j(
    'Insgesamt hat die Sanierung 7,8 Millionen Euro gekostet, knapp eine Million mehr als ursprünglich geplant. Etwa die Hälfte',
    'trägt das Land aus dem Förderprogramm für kommunale Sportstätten. Die Mehrkosten erklärt Baudezernentin Petra Kuhlmann vor',
    'allem mit gestiegenen Preisen für Stahl und Technik sowie einem Wasserschaden im Technikkeller im vergangenen Herbst.',
  ),
];
const fH1 = 'Was im neuen Freibad anders ist';
const fP2 = [
  j(
    'Statt eines großen Beckens gibt es jetzt drei Bereiche: ein 50-Meter-Sportbecken mit sechs Bahnen, ein Nichtschwimmerbecken',
    'mit Strömungskanal und ein beschattetes Planschbecken für Kleinkinder. Die Sprunganlage mit Ein- und Drei-Meter-Brett ist',
    'erhalten geblieben, der alte Fünf-Meter-Turm wurde aus Sicherheitsgründen abgerissen.',
  ),
  j(
    'Neu ist auch die Solarthermie-Anlage auf dem Dach des Umkleidegebäudes. Sie soll das Wasser an sonnigen Tagen auf 24 Grad',
    'halten, ohne dass die Gasheizung anspringen muss. „Wir rechnen mit einer Einsparung von rund 60 Prozent bei den Energiekosten“,',
    'sagte Bäderchef Jörg Wienand.',
  ),
];
const fH2 = 'Neue Preise sorgen für Kritik';
const fP3 = [
  j(
    'Weniger Begeisterung lösen die neuen Eintrittspreise aus. Eine Tageskarte für Erwachsene kostet künftig 5,50 Euro statt',
    'bisher 4 Euro, Kinder und Jugendliche zahlen 3 Euro. Die Saisonkarte steigt von 60 auf 85 Euro. Familien mit dem',
    'Hessenbrück-Pass erhalten weiterhin 50 Prozent Ermäßigung.',
  ),
  j(
    'Die Bezirksvertretung Nord hatte vergeblich versucht, die Erhöhung abzumildern. „Das Freibad ist für viele Familien im',
    'Stadtteil der einzige Urlaub im Sommer“, sagte Bezirksbürgermeister Cem Arslan. Die Verwaltung verweist darauf, dass das',
    'Bad auch mit den neuen Preisen nur rund ein Drittel seiner Betriebskosten einspielt.',
  ),
];
const fH3 = 'Öffnungszeiten und Eröffnungsfest';
const fP4 = [
  j(
    'In der Saison ist das Bad täglich von 7 bis 20 Uhr geöffnet, an heißen Tagen bis 21 Uhr. Frühschwimmer können ab sofort',
    'eine Zehnerkarte für die erste Stunde kaufen. Zur Eröffnung lädt der Förderverein am Samstag, 16. Mai, ab 11 Uhr zu einem',
    'Fest mit Wettschwimmen, Musik und freiem Eintritt bis 14 Uhr ein.',
  ),
];
const fNav = ['Hessenbrück', 'Lokales', 'Region', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Blaulicht', 'Ratgeber'];
const fSvc = ['E-Paper', 'Abo', 'Anmelden', 'Traueranzeigen'];
const fRail = ['Stadtteilfest in Nord: Programm steht fest', 'Baustelle an der Brückenstraße dauert länger', 'Neuer Kunstrasen für den SV Hessenbrück 09'];
const fFoot = ['Impressum', 'Datenschutz', 'Datenschutz-Einstellungen', 'AGB', 'Kontakt', 'Mediadaten', 'Jobs'];
const fHtml = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Freibad Hessenbrück öffnet nach Sanierung wieder - Ruhrtaler Anzeiger</title>
<meta name="description" content="${fIntro}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-14T17:30:00+02:00"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","isAccessibleForFree":true,
"author":{"@type":"Person","name":"Miriam Oberhausen"},"datePublished":"2026-04-14T17:30:00+02:00"}</script>
<script>window.__FUNKE_DATALAYER__={"articleId":"408812644","paywall":"free","ressort":"hessenbrueck"};</script></head>
<body class="page page--article">
<div id="sp_message_container_912" class="sp-message-container"><div class="message-component message-row">
<p class="message-component">Wir brauchen Ihre Zustimmung, um Inhalte von Drittanbietern und Werbung anzuzeigen und Reichweite zu messen.</p>
<button class="message-component message-button sp_choice_type_11">Alle akzeptieren</button>
<button class="message-component message-button sp_choice_type_12">Einstellungen</button>
<button class="message-component message-button">Pur-Abo</button></div></div>
<div class="service-bar"><ul class="service-bar__list">${links(fSvc, 'service-bar__item')}</ul></div>
<header class="header"><a class="header__logo" href="/" title="Ruhrtaler Anzeiger"><span class="visually-hidden">Ruhrtaler Anzeiger</span></a>
<nav class="navigation" aria-label="Hauptnavigation"><ul class="navigation__list">${links(fNav, 'navigation__item')}</ul></nav></header>
<main id="main" class="main"><nav class="breadcrumb" aria-label="Brotkrumennavigation"><ol class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/">Startseite</a></li><li class="breadcrumb__item"><a href="/staedte/hessenbrueck/">Hessenbrück</a></li>
<li class="breadcrumb__item">Freibäder</li></ol></nav>
<article class="article article--free" itemscope itemtype="http://schema.org/NewsArticle">
<header class="article__header"><h1 class="article__header__headline"><span class="article__header__headline__kicker">Sanierung abgeschlossen</span>
<span class="article__header__headline__text" itemprop="headline">${fTitle}</span></h1>
<div class="article__header__intro"><p class="article__header__intro__text" itemprop="description">${fIntro}</p></div>
<div class="article__header__meta"><div class="author"><span class="author__prefix">Von</span>
<a class="author__name" href="/autoren/miriam-oberhausen/">Miriam Oberhausen</a></div>
<time class="article__header__date" datetime="2026-04-14T17:30:00+02:00">14.04.2026, 17:30 Uhr</time>
<span class="article__header__readingtime">3 Min.</span></div>
<div class="share-buttons"><button class="share-buttons__item">Teilen</button><a class="share-buttons__item" href="#">Facebook</a>
<a class="share-buttons__item" href="#">WhatsApp</a><a class="share-buttons__item" href="#">E-Mail</a><button class="share-buttons__item">Merken</button></div>
</header>
<figure class="article__header__image"><img src="https://img.ruhrtaler-anzeiger.example/img/hessenbrueck/crop408812644/freibad.jpg"
alt="Freibad Lindenweg" width="960" height="540">
<figcaption class="caption"><span class="caption__text">Das neue Edelstahlbecken im Freibad am Lindenweg ist gefüllt, Mitte Mai beginnt die Saison.</span>
<span class="caption__copyright">Foto: Thomas Rehbein / FUNKE Foto Services</span></figcaption></figure>
<div class="article__body" itemprop="articleBody">
${ps(fP1, ' class="article__paragraph"')}
<aside class="inline-teaser"><span class="inline-teaser__label">Lesen Sie auch</span>
<a class="inline-teaser__link" href="/staedte/hessenbrueck/article408701222/">Sommer ohne Freibad: Wo Hessenbrücker jetzt schwimmen gehen</a></aside>
<h3 class="article__subheadline">${fH1}</h3>
${ps(fP2, ' class="article__paragraph"')}
<div class="ad ad--mobile"><span class="ad__label">Anzeige</span></div>
<h3 class="article__subheadline">${fH2}</h3>
${ps(fP3, ' class="article__paragraph"')}
<h3 class="article__subheadline">${fH3}</h3>
${ps(fP4, ' class="article__paragraph"')}
</div>
<div class="newsletter-box"><p class="newsletter-box__headline">Hessenbrück-Newsletter</p>
<p class="newsletter-box__text">Jeden Freitag die wichtigsten Nachrichten aus Ihrem Stadtteil – kostenlos in Ihr Postfach.</p>
<button class="newsletter-box__button">Jetzt anmelden</button></div>
<footer class="article__footer"><p class="article__footer__ressort">Mehr Artikel aus dieser Rubrik</p>
<ul class="teaser-list">${links(fRail, 'teaser-list__item')}</ul></footer></article></main>
<footer class="footer"><ul class="footer__list">${links(fFoot, 'footer__item')}</ul>
<p class="footer__copyright">© Ruhrtaler Anzeiger 2026 – Alle Rechte vorbehalten.</p></footer>
<script src="https://static.ruhrtaler-anzeiger.example/assets/js/app.min.js" defer></script></body></html>`;
export const funke: TestPage = {
  name: 'heldout244-funke-local-news',
  kind: 'news',
  html: fHtml,
  title: `Sanierung abgeschlossen ${fTitle}`,
  headings: [fH1, fH2, fH3],
  body: texts([fIntro, ...fP1, ...fP2, ...fP3, ...fP4]),
  bylines: ['Von', 'Miriam Oberhausen', '14.04.2026, 17:30 Uhr'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wir brauchen Ihre Zustimmung, um Inhalte von Drittanbietern und Werbung anzuzeigen und Reichweite zu messen.', 'Alle akzeptieren',
    'Einstellungen', 'Pur-Abo', ...fSvc, ...fNav.slice(1).filter((t) => t !== 'Sport'),
    'Startseite', 'Freibäder', '3 Min.', 'Teilen', 'Facebook', 'WhatsApp', 'E-Mail', 'Merken',
    'Das neue Edelstahlbecken im Freibad am Lindenweg ist gefüllt, Mitte Mai beginnt die Saison.', 'Foto: Thomas Rehbein / FUNKE Foto Services',
    'Lesen Sie auch', 'Sommer ohne Freibad: Wo Hessenbrücker jetzt schwimmen gehen', 'Anzeige', 'Hessenbrück-Newsletter',
    'Jeden Freitag die wichtigsten Nachrichten aus Ihrem Stadtteil – kostenlos in Ihr Postfach.', 'Jetzt anmelden', 'Mehr Artikel aus dieser Rubrik',
    ...fRail, ...fFoot, '© Ruhrtaler Anzeiger 2026 – Alle Rechte vorbehalten.',
  ],
};
