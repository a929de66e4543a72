import { links, ps, type TestPage, texts } from './page-kit.js';
import { idDetik } from './pages-heldout284-e2.js';
import { j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file e: a Polish news portal's live report (a listing-like page of timestamped entries) on an
 * Onet-style template: the portal header with services menu, breadcrumbs, h1.mainTitle, the bold lead, author and date,
 * the share bar, "Relacja na żywo" entries with their times (each entry a short h3 and paragraphs), "Zobacz też" inline
 * links, the RODO consent popup, an "REKLAMA" slot, the "Najnowsze" rail and footer) and, from file e2, an Indonesian
 * news site's article on a Detik-style template.
 */
const plTitle = 'Powódź w dolinie Brzeźnicy. Ewakuacja trzech wsi, woda wciąż przybywa';
const plLead = j(
  'Po trzech dobach ulewnych deszczy rzeka Brzeźnica przekroczyła stan alarmowy na całym odcinku od Jasielnika do ujścia.',
  'Służby ewakuują mieszkańców trzech wsi. Relacjonujemy na bieżąco.',
);
const plEntries: { time: string; h: string; p: string[] }[] = [
  {
    time: '18:40',
    h: 'Wojewoda: zapora w Górkach jest bezpieczna',
    p: [
      j(
        'Wojewoda Mariusz Cholewa zapewnił na konferencji prasowej, że zapora w Górkach nie jest zagrożona. Zbiornik jest wypełniony',
        'w 82 procentach, a zrzut wody zwiększono do 140 metrów sześciennych na sekundę, aby zrobić miejsce na falę z gór.',
      ),
      '„Sytuacja jest poważna, ale pod kontrolą. Prosimy mieszkańców, by słuchali komunikatów straży” — powiedział wojewoda.',
    ],
  },
  {
    time: '17:15',
    h: 'Zamknięte drogi i mosty',
    p: ['Policja zamknęła dla ruchu następujące odcinki:'],
  },
  {
    time: '16:02',
    h: 'Ewakuacja Rudnej Dolnej',
    p: [
      j(
        'Strażacy rozpoczęli ewakuację Rudnej Dolnej, trzeciej wsi nad Brzeźnicą. Mieszkańcy mogą zgłaszać się do szkoły podstawowej',
        'w Jasielniku, gdzie przygotowano 200 miejsc noclegowych. Gmina zapewnia posiłki i opiekę medyczną.',
      ),
      j(
        'Sołtys Rudnej Dolnej Halina Wierzbicka mówi, że część starszych mieszkańców nie chce opuszczać domów. „Chodzimy od drzwi do',
        'drzwi i tłumaczymy, że woda może przyjść w nocy” — relacjonuje.',
      ),
    ],
  },
  {
    time: '15:20',
    h: 'Gdzie szukać pomocy',
    p: [
      j(
        'Gmina Jasielnik uruchomiła całodobowy telefon kryzysowy dla powodzian. Osoby, które potrzebują transportu dla zwierząt',
        'gospodarskich, mogą zgłaszać się do koła łowieckiego i ochotniczej straży pożarnej w Górkach. Wolontariusze zbierają',
        'worki z piaskiem, koce i wodę butelkowaną w remizie przy ulicy Kościelnej.',
      ),
    ],
  },
  {
    time: '14:30',
    h: 'Stan rzeki w Jasielniku',
    p: [
      j(
        'Według danych instytutu meteorologicznego poziom wody na wodowskazie w Jasielniku wynosi 512 cm przy stanie alarmowym',
        '430 cm. Synoptycy przewidują, że deszcz osłabnie dopiero w czwartek rano.',
      ),
    ],
  },
];
const plRoads = ['droga wojewódzka nr 981 między Jasielnikiem a Górkami;', 'most na Brzeźnicy w Rudnej Dolnej;', 'ulica Nadrzeczna w Jasielniku.'];
const plRoadsHtml = `\n<ul class="hyphenate">${plRoads.map((r) => `<li>${r}</li>`).join('\n')}</ul>`;
const plEntryHtml = plEntries
  .map(
    (e) => `<div class="liveBlogEntry" data-entry-time="${e.time}"><div class="liveBlogEntry__time"><span class="time">${e.time}</span></div>
<h3 class="liveBlogEntry__title">${e.h}</h3>
<div class="liveBlogEntry__body">${ps(e.p, ' class="hyphenate"')}${e.time === '17:15' ? plRoadsHtml : ''}
</div></div>`,
  )
  .join('\n<div class="liveBlogEntry__separator"></div>\n');
const plMenu = ['Wiadomości', 'Sport', 'Biznes', 'Kultura', 'Pogoda', 'Technologie', 'Zdrowie'];
const plNewest = [
  'Rząd zapowiada pomoc dla rolników po przymrozkach',
  'Nowy rozkład jazdy pociągów regionalnych od kwietnia',
  'Koniec remontu dworca w Jasielniku',
];
const plSee = ['Jak przygotować dom na powódź? Poradnik krok po kroku', 'Zasiłek powodziowy. Komu przysługuje i jak o niego wnioskować'];
const plHtml = `<!DOCTYPE html>
<html lang="pl"><head><meta charset="UTF-8"><title>${plTitle} - Wiadomości Puls.pl</title>
<meta name="description" content="${plLead}"><meta property="og:type" content="article"><meta property="article:section" content="Wiadomości">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${plTitle}",
"coverageStartTime":"2026-03-10T08:00:00+01:00",
"author":{"@type":"Person","name":"Kacper Drzewiecki"},"datePublished":"2026-03-10T08:00:00+01:00","dateModified":"2026-03-10T18:40:00+01:00"}</script>
<script>window.dlApi = {cmd: [], target: "Puls/Wiadomosci/Relacja", keyvalues: {ci: "lzq4x7p"}};</script></head>
<body class="detailPage liveBlog"><div id="topBar" class="topBar"><a class="logo" href="/">Puls.pl</a>
<nav class="servicesMenu"><ul>${links(plMenu, 'servicesMenu__item')}</ul></nav><a class="topBar__login" href="#">Zaloguj się</a></div>
<div class="adSlot adSlot--top"><span class="adSlot__label">REKLAMA</span><div id="flat-belka-top"></div></div>
<main id="main" class="mainContainer"><div class="detailContent"><ul class="breadcrumbs">${links(['Wiadomości', 'Kraj'], 'breadcrumbs__item')}</ul>
<article class="articleDetail"><header class="articleHeader"><h1 class="mainTitle">${plTitle}</h1>
<div class="authorAndDate"><span class="authorName"><a href="/autorzy/kacper-drzewiecki">Kacper Drzewiecki</a></span>
<span class="datePublished">10 marca 2026, 08:00</span><span class="dateModified">Aktualizacja: 10 marca 2026, 18:40</span></div>
<div class="shareBar"><a class="shareBar__fb" href="#">Udostępnij</a><a class="shareBar__x" href="#">Tweetnij</a>
<a class="shareBar__copy" href="#">Kopiuj link</a></div></header>
<div id="lead" class="lead hyphenate">${plLead}</div>
<figure class="mainPhoto"><img src="https://ocdn.puls.example/images/2026/03/powodz.jpg" alt="">
<figcaption class="mainPhoto__caption">Zalane pola pod Jasielnikiem <span class="author">Fot. Tomasz Gruszka / Agencja Wschód</span></figcaption></figure>
<div class="liveBlog__header"><span class="liveBlog__badge">Relacja na żywo</span><button class="liveBlog__refresh">Odśwież relację</button></div>
<div id="detail" class="detail liveBlogEntries">
${plEntryHtml}
<div class="seeAlso"><span class="seeAlso__title">Zobacz też:</span><ul>${links(plSee, 'seeAlso__item')}</ul></div>
</div></article></div>
<aside class="rightColumn"><section class="newestBox"><h2 class="newestBox__title">Najnowsze</h2><ul>${links(plNewest, 'newestBox__item')}</ul></section>
</aside></main>
<footer class="pageFooter"><ul>${links(['Regulamin', 'Polityka prywatności', 'Kontakt', 'Reklama w Puls.pl'], 'pageFooter__item')}</ul>
<p class="pageFooter__copy">Copyright 2026 Puls Media Sp. z o.o. Wszelkie prawa zastrzeżone.</p></footer>
<div class="cmp-popup" role="dialog"><div class="cmp-popup__text">Zanim klikniesz „Przejdź do serwisu”, zapoznaj się z informacją o przetwarzaniu
Twoich danych osobowych przez nas i naszych Zaufanych Partnerów.</div><button class="cmp-button_accept">Przejdź do serwisu</button>
<button class="cmp-button_settings">Ustawienia zaawansowane</button></div>
<script src="https://ocdn.puls.example/scripts/detail.js" async></script></body></html>`;
const plLive: TestPage = {
  name: 'heldout284-puls-onet-style-liveblog-news',
  kind: 'news',
  html: plHtml,
  title: plTitle,
  headings: plEntries.map((e) => e.h),
  body: texts([plLead, ...plEntries.flatMap((e) => (e.time === '17:15' ? [...e.p, ...plRoads] : e.p))]),
  bylines: ['Kacper Drzewiecki', '10 marca 2026, 08:00', 'Aktualizacja: 10 marca 2026, 18:40', ...plEntries.map((e) => e.time)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Puls.pl', ...plMenu, 'Zaloguj się', 'REKLAMA', 'Kraj', 'Udostępnij', 'Tweetnij', 'Kopiuj link', 'Zalane pola pod Jasielnikiem',
    'Fot. Tomasz Gruszka / Agencja Wschód', 'Relacja na żywo', 'Odśwież relację', 'Zobacz też:', ...plSee, 'Najnowsze', ...plNewest, 'Regulamin',
    'Polityka prywatności', 'Kontakt', 'Reklama w Puls.pl', 'Copyright 2026 Puls Media Sp. z o.o. Wszelkie prawa zastrzeżone.',
    'Zanim klikniesz „Przejdź do serwisu”, zapoznaj się z informacją o przetwarzaniu Twoich danych osobowych przez nas i naszych Zaufanych Partnerów.',
    'Przejdź do serwisu', 'Ustawienia zaawansowane',
  ],
};

export const HELDOUT284_E: readonly TestPage[] = [plLive, idDetik];
