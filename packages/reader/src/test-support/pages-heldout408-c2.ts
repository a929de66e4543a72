import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file c2: a film festival's awards page built with Next.js (App Router markup with generated class
 * names, __next root, inline flight data script, sticky ticket bar, awards list, "More from the festival" cards, footer).
 */
const fTitle = 'Festival awards 2026: Golden Heron goes to “The Lighthouse Keeper’s Daughter”';
const fIntro = [
  j(
    'The 31st Saltmarsh International Film Festival closed on Saturday with the awards ceremony at the Regent Hall, where the',
    'international jury, chaired by the director Ottilie Brandvold, gave the Golden Heron for best feature to',
    '“The Lighthouse Keeper’s Daughter” by the Faroese-Chilean filmmaker Jonás Eliassen.',
  ),
  j(
    'The film, shot over three winters on a single island, follows a teenager who keeps her late father’s light burning after',
    'it has been automated. Brandvold called it “a film about stubbornness, made with stubbornness”.',
  ),
];
const fAwards = [
  'Golden Heron for Best Feature: The Lighthouse Keeper’s Daughter, dir. Jonás Eliassen',
  'Jury Prize: Field Notes from a Quiet War, dir. Adaeze Nwankwo-Rees',
  'Best Director: Mihail Corbeanu for The Ferryman’s Year',
  'Best Performance: Lise Tannhauser in Winter Tenancy',
  'Best Screenplay: Rafael and Inés Montoya for Ordinary Saints',
  'Silver Heron for Best Short: The Last Milk Round, dir. Bryony Caddick',
  'Audience Award: Kite Season, dir. Harun Yıldız',
];
const fMore = [
  j(
    'The documentary jury gave its prize to “Nine Tonnes of Salt”, Petra Olander’s portrait of a family salt works on the',
    'estuary, which also won the festival’s first Green Production award for its low-carbon shoot.',
  ),
  j(
    'This year’s festival sold 48,200 tickets, its best figure since 2019, and screened 164 films from 52 countries.',
    'The 32nd edition will run from 8 to 18 October 2027.',
  ),
  j(
    'Festival director Samuel Achterhof said the programme had leaned towards films made far from the big studios. “Half of our',
    'award winners were made by crews of fewer than ten people,” he said. “That is not a trend we planned, but it tells you where',
    'the energy in cinema is right now.”',
  ),
  j(
    'Eliassen, accepting the prize, thanked the islanders who appeared in the film and the coastguard who let the crew stay in',
    'the keeper’s cottage. The film opens in cinemas in the spring.',
  ),
];
const fMenu = ['Films & Events', 'Box Office', 'Industry', 'Press', 'Support'];
const fCards = ['Jury statements in full', 'Photo gallery: closing night', 'Festival in numbers'];
const fFoot = ['Visit us', 'Accessibility', 'Privacy', 'Newsletter'];
const fHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0c1f __variable_9b2e44"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2"
crossorigin="" type="font/woff2"><link rel="stylesheet" href="/_next/static/css/7c1b8f0e7a1d2c44.css" data-precedence="next">
<script src="/_next/static/chunks/webpack-5a1c2e9f3d.js" async=""></script><script src="/_next/static/chunks/main-app-1f0e2d.js" async=""></script>
<title>${fTitle} | Saltmarsh Film Festival</title><meta name="description" content="The Golden Heron goes to The Lighthouse Keeper’s Daughter.">
<meta property="og:title" content="${fTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Festival awards 2026",
"datePublished":"2026-10-18"}</script>
</head><body class="__className_3a0c1f"><div hidden=""><!--$--><!--/$--></div>
<header class="Header_header__Zk3pQ"><a class="Header_logo__p9XwA" href="/" aria-label="Saltmarsh International Film Festival home">
<svg viewBox="0 0 120 32" aria-hidden="true"></svg></a><nav class="Header_nav__L2m1v"><ul class="Header_list__8dYtE">
${fMenu
  .map(
    (m) => `<li><a class="Header_link__xq2Rk"
href="/${m.toLowerCase().replace(/[^a-z]+/g, '-')}">${m.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></nav>
<a class="Button_button__a1B2c Button_primary__Q7rT1" href="/tickets">Book now</a></header>
<main class="page_main__GHq2d"><article class="Article_article__3VbFz"><div class="Article_kicker__u8Hn0">News</div>
<h1 class="Article_title__kR7Xa">${fTitle}</h1><div class="Article_meta__c2Lp9"><time dateTime="2026-10-18T21:30:00.000Z">18 October 2026</time>
<span class="Article_readTime__m3Tz1">3 min read</span></div>
<figure class="Media_figure__yy6Nd"><img alt="" loading="lazy" width="1600" height="900" decoding="async" data-nimg="1"
class="Media_image__Pq0Kd" srcSet="/_next/image?url=%2Fmedia%2Fawards-2026.jpg&amp;w=1920&amp;q=75 1x" src="/_next/image?url=%2Fmedia%2Fawards-2026.jpg">
<figcaption class="Media_caption__Nn3qA">Jonás Eliassen lifts the Golden Heron at the Regent Hall. Photo: Maren Skog / SIFF</figcaption></figure>
<div class="RichText_richText__Xb8sR">
${ps(fIntro)}
<h2>The winners</h2>
<ul>${fAwards.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<div class="Promo_promo__r4Wd2"><span class="Promo_label__Ty8kS">Read more</span> <a href="/news/jury-statements">Jury statements in full</a></div>
<h2>Documentary and green awards</h2>
${ps(fMore)}
</div></article>
<section class="Cards_section__Kp2zL"><h2 class="Cards_heading__Vx0aN">More from the festival</h2><div class="Cards_grid__Hn5sE">
${fCards.map((c) => `<a class="Card_card__Jj1uQ" href="#"><h3 class="Card_title__Ze4kY">${c}</h3></a>`).join('\n')}</div></section>
<div class="TicketBar_bar__Wq9bN" role="complementary"><p>Catch the award winners again: encore screenings 20 to 23 October</p>
<a class="Button_button__a1B2c" href="/encore">Get tickets</a></div></main>
<footer class="Footer_footer__Ag7mR"><ul class="Footer_links__Uu2Zs">${fFoot.map((f) => `<li><a href="#">${f}</a></li>`).join('\n')}</ul>
<p class="Footer_small__Qb3Ln">Saltmarsh International Film Festival is a registered charity, no. 1094417</p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7c1b8f0e7a1d2c44.css\\",\\"style\\"]\\n"])
</script></body></html>`;
export const nextFestival: TestPage = {
  name: 'heldout408-nextjs-film-festival-awards',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: ['The winners', 'Documentary and green awards'],
  body: texts([...fIntro, ...fAwards, ...fMore]),
  bylines: ['18 October 2026', '3 min read'],
  furniture: [
    ...fMenu,
    'News',
    'Book now',
    'Jonás Eliassen lifts the Golden Heron at the Regent Hall. Photo: Maren Skog / SIFF',
    'Read more',
    ...fCards,
    'More from the festival',
    'Catch the award winners again: encore screenings 20 to 23 October',
    'Get tickets',
    ...fFoot,
    'Saltmarsh International Film Festival is a registered charity, no. 1094417',
  ],
};
