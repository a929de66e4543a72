import { links, ps, type TestPage, texts } from './page-kit.js';
import { kommun } from './pages-heldout244-f2.js';
import { j } from './pages-heldout244-kit.js';

/**
 * Held-out batch 244, file f: a Polish news portal on an Onet-style template (RODO consent modal, top navigation with
 * services, breadcrumb, lead paragraph, author box with source and date, "Zobacz także" inline box, photo with caption and
 * source, a "Dalsza część artykułu pod materiałem wideo" ad break, a table, the "Tematy" tags, share bar, comments
 * teaser, "Polecamy" rail and footer) and, from file f2, a Swedish municipality's news page on a Sitevision template.
 */
const pTitle = 'Nowa linia tramwajowa w Zalesiu Górnym. Pierwsze składy pojadą we wrześniu';
const pLead = j(
  'Budowa trasy tramwajowej na osiedle Zalesie Górne jest na ostatniej prostej. Miasto zapowiada, że pasażerowie wsiądą',
  'do pierwszych tramwajów 1 września, choć wykonawca wciąż walczy z opóźnieniem przy węźle przesiadkowym.',
);
const pP1 = [
  j(
    'Nowa trasa ma 4,7 km długości i dziewięć przystanków. Połączy osiedle Zalesie Górne, w którym mieszka dziś ponad 38 tys.',
    'osób, z pętlą przy dworcu kolejowym w Brzezinie. Przejazd z osiedla do centrum ma trwać 19 minut, o kwadrans krócej',
    'niż obecnie autobusem w godzinach szczytu.',
  ),
  j(
    '– Prace torowe są zakończone w 95 procentach. Zostało nam wykończenie przystanków i montaż sieci trakcyjnej na ostatnim',
    'odcinku – mówi rzeczniczka miejskiej spółki inwestycyjnej Agnieszka Wróbel.',
  ),
];
const pH1 = 'Opóźnienie przy węźle Brzezina';
const pP2 = [
  j(
    'Najwięcej problemów sprawia przebudowa skrzyżowania przy dworcu. Podczas robót ziemnych odkryto tam niezinwentaryzowane',
    'kable energetyczne i fragment dawnego kanału burzowego. Wykonawca szacuje, że przesunięcie kolizji zajmie jeszcze około',
    'sześciu tygodni.',
  ),
  j(
    'Jeśli harmonogram się nie zmieni, tramwaje we wrześniu będą kursować do przystanku tymczasowego przy ul. Kolejowej,',
    'a pełny przejazd do pętli zostanie uruchomiony w październiku.',
  ),
];
const pH2 = 'Ile kosztuje inwestycja';
const pP3 = ['Całkowity koszt budowy wynosi 612 mln zł. Ponad połowę pokrywają fundusze unijne:'];
const pRows: [string, string][] = [
  ['Fundusze Europejskie', '348 mln zł'],
  ['Budżet miasta', '214 mln zł'],
  ['Pożyczka z banku rozwoju', '50 mln zł'],
];
const pP4 = [
  j(
    'Razem z torowiskiem powstały nowe ścieżki rowerowe, 1400 nasadzonych drzew oraz parking typu park and ride na 220 samochodów.',
    'Mieszkańcy pytają jednak o częstotliwość kursów. Przewoźnik zapowiada tramwaj co 7,5 minuty w szczycie i co 15 minut',
    'wieczorem oraz w weekendy.',
  ),
  j(
    'Wraz z uruchomieniem tramwaju zmieni się też siatka połączeń autobusowych na osiedlu. Linie 140 i 152 zostaną skrócone do',
    'pętli tramwajowej, a nowa linia 205 będzie dowozić pasażerów z dalszych ulic do przystanków.',
  ),
  j(
    'Miasto planuje już kolejny etap. Do 2030 roku trasa ma zostać przedłużona o 2,3 km w stronę nowego szpitala wojewódzkiego,',
    'a dokumentacja projektowa tego odcinka powinna być gotowa jesienią.',
  ),
];
const pNav = ['Wiadomości', 'Sport', 'Biznes', 'Pogoda', 'Kultura', 'Motoryzacja', 'Zdrowie', 'Podróże'];
const pPol = ['Remont wiaduktu na Obwodnicy Wschodniej. Są objazdy', 'Miasto kupi 20 nowych tramwajów. Podpisano umowę', 'Tak zmieni się dworzec w Brzezinie'];
const pFoot = ['O nas', 'Reklama', 'Praca', 'Regulamin', 'Polityka prywatności', 'Ustawienia prywatności', 'Kontakt'];
const pHtml = `<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>${pTitle} - Wiadomości Pomorze24</title><meta name="description" content="${pLead}">
<meta property="og:site_name" content="Pomorze24"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-06-03T06:10:00+02:00",
"dateModified":"2026-06-03T08:44:00+02:00","author":[{"@type":"Person","name":"Tomasz Lewandowicz"}]}</script>
<script>window.dlApi={target:"Pomorze24/wiadomosci/kraj",keywords:["tramwaje","inwestycje"],no_gdpr:false};</script></head>
<body class="detailPage">
<div class="cmp-app_gdpr" role="dialog"><div class="popup"><h2 class="cmp-title">Dbamy o Twoją prywatność</h2>
<p class="cmp-intro">Klikając „Przejdź do serwisu” wyrażasz zgodę na przetwarzanie Twoich danych przez Pomorze24 i naszych partnerów w celach
marketingowych.</p><button class="cmp-button_accept">Przejdź do serwisu</button><button class="cmp-button_settings">Ustawienia zaawansowane</button></div></div>
<header class="pageHeader"><a class="logo" href="/">Pomorze24</a><nav class="mainMenu"><ul>${links(pNav, 'mainMenu__item')}</ul></nav>
<div class="headerServices"><a href="/poczta">Poczta</a><a href="/premium">Premium</a><a href="/zaloguj">Zaloguj</a></div></header>
<div class="adSlot adSlot--top"><span class="adLabel">REKLAMA</span></div>
<main class="mainContent"><div class="breadcrumbs"><a href="/">Pomorze24</a> <span>›</span> <a href="/wiadomosci">Wiadomości</a> <span>›</span>
<a href="/wiadomosci/region">Region</a></div>
<article class="detailContent"><h1 class="articleTitle" data-scroll="title">${pTitle}</h1>
<div class="authorBox"><div class="authorBox__name"><span class="name">Tomasz Lewandowicz</span><span class="authorBox__source">Pomorze24</span></div>
<div class="datePublished">
<span class="dateArticle">3 czerwca 2026, 06:10</span> <span class="dateModified">Aktualizacja: 3 czerwca 2026, 08:44</span></div></div>
<div class="shareBar"><span>Udostępnij</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Kopiuj link</a>
<a class="commentsCount" href="#comments">Komentarze (48)</a></div>
<div class="hyphenate lead" id="lead">${pLead}</div>
<div class="mainPhoto"><figure><img src="https://ocdn.pomorze24.example/images/tramwaj.jpg" alt="Tramwaj" width="1200">
<figcaption><span class="imageDesc">Testowy przejazd tramwaju na nowym torowisku w Zalesiu Górnym</span> <span class="imageAuthor">Fot. Marek Zych /
Pomorze24</span></figcaption></figure></div>
<div class="hyphenate articleBody" id="detail">
${ps(pP1, ' class="hyphenate"')}
<div class="seeAlso"><span class="seeAlso__title">Zobacz także</span><ul>${links(pPol.slice(0, 1))}</ul></div>
<h2 class="detailSubtitle">${pH1}</h2>
${ps(pP2, ' class="hyphenate"')}
<div class="adBreak"><span class="adBreak__label">Dalsza część artykułu pod materiałem wideo</span></div>
<h2 class="detailSubtitle">${pH2}</h2>
${ps(pP3, ' class="hyphenate"')}
<table class="detailTable"><tbody>${pRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
${ps(pP4, ' class="hyphenate"')}
</div>
<div class="tags"><span class="tags__label">Tematy:</span><ul>${links(['komunikacja miejska', 'inwestycje miejskie', 'transport publiczny'])}</ul></div>
<div id="comments" class="commentsTeaser"><p>Masz coś do dodania? Przeczytaj komentarze i dołącz do dyskusji.</p>
<a href="/forum">Przejdź do komentarzy</a></div>
</article>
<aside class="rightColumn"><section class="recommended"><h3>Polecamy</h3><ul>${links(pPol, 'recommended__item')}</ul></section>
<div class="adSlot"><span class="adLabel">REKLAMA</span></div></aside></main>
<footer class="pageFooter"><ul>${links(pFoot)}</ul><p>© 2026 Pomorze24 Sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer></body></html>`;
const polish: TestPage = {
  name: 'heldout244-onet-polish-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2],
  body: texts([pLead, ...pP1, ...pP2, ...pP3, ...pRows.flat(), ...pP4]),
  bylines: ['Tomasz Lewandowicz', '3 czerwca 2026, 06:10', 'Aktualizacja: 3 czerwca 2026, 08:44'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dbamy o Twoją prywatność',
    'Klikając „Przejdź do serwisu” wyrażasz zgodę na przetwarzanie Twoich danych przez Pomorze24 i naszych partnerów w celach marketingowych.',
    'Przejdź do serwisu', 'Ustawienia zaawansowane', 'Pomorze24', ...pNav, 'Poczta', 'Premium', 'Zaloguj', 'REKLAMA', 'Region', 'Udostępnij', 'Facebook',
    'Kopiuj link', 'Komentarze (48)', 'Testowy przejazd tramwaju na nowym torowisku w Zalesiu Górnym', 'Fot. Marek Zych / Pomorze24', 'Zobacz także',
    'Dalsza część artykułu pod materiałem wideo', 'Tematy:', 'komunikacja miejska', 'inwestycje miejskie', 'transport publiczny',
    'Masz coś do dodania? Przeczytaj komentarze i dołącz do dyskusji.', 'Przejdź do komentarzy', 'Polecamy', ...pPol, ...pFoot,
    '© 2026 Pomorze24 Sp. z o.o. Wszelkie prawa zastrzeżone.',
  ],
};

export const HELDOUT244_F: readonly TestPage[] = [polish, kommun];
