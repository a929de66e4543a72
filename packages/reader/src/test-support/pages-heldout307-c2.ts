import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout307-kit.js';

/**
 * Held-out batch 307, file c2: a film festival's catalogue entry rendered by a Next.js app (a JavaScript framework's markup:
 * `#__next`, CSS-module class names, `__NEXT_DATA__`): the festival header with the programme menu and "My schedule", the
 * breadcrumbs, the film's hero with country, year, running time and language, the screening cards with "Add to schedule",
 * the programmer's note, the credits definition list, the "Director's statement", the strand badges, the "More in this
 * strand" carousel, a newsletter sign-up and the footer.
 */
const title = 'The Salt Archive';
const meta = ['Documentary', 'Faroe Islands / Iceland', '2026', '92 min', 'Faroese, Danish with English subtitles'];
const hA = 'Programmer\u2019s note';
const note = [
  j(
    'In a damp basement under the parish hall of a village on Streymsey, three retired schoolteachers have spent twenty years cataloguing',
    'every photograph, letter and ship\u2019s log that anyone in the village would give them. When the hall is sold, the archive has',
    'six weeks to find a new home, and nobody agrees on what it is for.',
  ),
  j(
    'Hanna Ravnsholt follows the move box by box, and the film becomes a gentle, very funny argument about memory: what is worth',
    'keeping, who decides, and whether a village needs to remember everything to remember itself. The three archivists, Bjarki, Sunneva',
    'and the formidable Mrs Joensen, are among the best screen characters of the year, and none of them has ever been filmed before.',
  ),
  j(
    'Shot on 16mm over a single summer, with a score made from the sounds of the archive itself, The Salt Archive is a quiet film that',
    'stays with you. It screens alongside two other films about small communities and long memories.',
  ),
  j(
    'Some of the best scenes happen when the archivists disagree. Bjarki wants to keep everything; Mrs Joensen wants to keep only what',
    'can be explained to a child; Sunneva quietly photographs each box before it is sealed, "in case we are both wrong." The film',
    'never takes sides, and by the end you suspect that the argument itself is what the village will remember.',
  ),
];
const hB = 'Director\u2019s statement';
const stmt = [
  j(
    'My grandmother\u2019s letters are in that basement. I did not know that when I started filming, and I found out in the second week,',
    'when Sunneva handed me a folder with my family name on it. I decided to leave that moment out of the film, but it changed how I',
    'filmed everything after it.',
  ),
  j(
    'I wanted to make a film about an archive that was not dusty. The people who keep these places are not guarding the past; they',
    'are arguing with it, every day, and I think that argument is one of the most alive things a small place can have.',
  ),
];
const screenings = ['Fri 10 Apr, 18:15, Harbour Cinema Screen 2', 'Sun 12 Apr, 13:00, Old Customs Hall', 'Tue 14 Apr, 20:30, Harbour Cinema Screen 1'];
const credits: [string, string][] = [
  ['Director', 'Hanna Ravnsholt'],
  ['Producer', 'Eirikur Dahl'],
  ['Cinematography', 'Magnus Leivsson'],
  ['Music', 'Tova Marr'],
  ['Sales', 'Northlight Sales'],
];
const nav = ['Programme', 'Strands', 'Tickets & Passes', 'Industry', 'Visit', 'News'];
const more = ['Ferry Season', 'The Last Lighthouse Keeper of Mull Rock', 'What the Ice Kept'];
const foot = ['About the festival', 'Press', 'Accessibility', 'Privacy', 'Contact'];
const data = JSON.stringify({
  props: { pageProps: { film: { slug: 'the-salt-archive', title, year: 2026, runtime: 92, strand: 'Northern Lights' } } },
  page: '/films/[slug]',
  query: { slug: 'the-salt-archive' },
  buildId: 'kQ2v1_7LxzW3',
});
const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>The Salt Archive |
Kelderby International Film Festival 2026</title><meta name="description" content="Three retired schoolteachers and a village archive with six weeks to find a
new home."><meta property="og:title" content="The Salt Archive"><meta property="og:type" content="video.movie"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/2f9e04c1a7d3b6e8.css" as="style"><link rel="stylesheet" href="/_next/static/css/2f9e04c1a7d3b6e8.css"
data-n-g=""><script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"The Salt Archive","director":{"@type":"Person",
"name":"Hanna Ravnsholt"},"duration":"PT92M","countryOfOrigin":"FO"}</script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/films/%5Bslug%5D-4b1a.js"
defer=""></script></head><body><div id="__next"><div class="Layout_root__k3P9a">
<header class="Header_header__Xq2lV"><a class="Header_logo__6cR0d" href="/">KIFF 26</a><nav class="Header_nav__Pw1mS"><ul class="Header_list__bT4wE">
${links(nav, 'Header_item__nL0aZ')}</ul></nav><a class="Button_button__9yQn2 Button_ghost__rA1cV" href="/schedule">My schedule</a></header>
<main class="FilmPage_main__0Vb2x"><nav aria-label="breadcrumbs" class="Breadcrumbs_root__fD9hq">
<ol>${links(['Programme', 'Northern Lights'], 'Breadcrumbs_item__2mYtR')}
</ol></nav><section class="FilmHero_hero__Ls8dC"><div class="FilmHero_image__q1WbT"><span style="box-sizing:border-box;display:block;overflow:hidden">
<img alt="The Salt Archive" src="/_next/image?url=%2Fstills%2Fsalt-archive.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="responsive"></span>
<p class="FilmHero_credit__Hk0vE">Still courtesy of Northlight Sales</p></div><div class="FilmHero_text__tP5yN">
<span class="Badge_badge__c0D1s Badge_strand__F2a8k">Northern Lights</span><span class="Badge_badge__c0D1s Badge_premiere__Qe7Wm">UK Premiere</span>
<h1 class="FilmHero_title__zN3oY">${title}</h1><p class="FilmHero_director__J4nXa">Directed by Hanna Ravnsholt</p>
<ul class="FilmMeta_list__h6GdD">${meta.map((m) => `<li class="FilmMeta_item__S0eTq">${m}</li>`).join('')}</ul></div></section>
<div class="FilmPage_grid__b3Mqa"><div class="FilmPage_content__uV8eJ"><section class="FilmPage_section__aW5pX"><h2 class="FilmPage_heading__y2Z6T">${hA}</h2>
<div class="RichText_root__M1kxD">${ps(note)}</div><p class="FilmPage_byline__nR7cQ">Ingrid Solheim, Programmer</p></section>
<section class="FilmPage_section__aW5pX"><h2 class="FilmPage_heading__y2Z6T">${hB}</h2><div class="RichText_root__M1kxD">${ps(stmt)}</div></section>
<section class="FilmPage_section__aW5pX"><h2 class="FilmPage_heading__y2Z6T">Credits</h2><dl class="Credits_list__L7eQs">${credits
  .map(([k, v]) => `<div class="Credits_row__d3Mnv"><dt>${k}</dt><dd>${v}</dd></div>`)
  .join('\n')}</dl></section></div>
<aside class="FilmPage_aside__W1xZc"><h2 class="Screenings_title__v9QpE">Screenings</h2><ul class="Screenings_list__Gq6sB">${screenings
  .map(
    (s) => `<li class="ScreeningCard_card__T8fLw"><span class="ScreeningCard_when__E0cZu">${s}</span><button class="Button_button__9yQn2"
type="button">Book</button><button class="ScreeningCard_add__p2Lx7" type="button" aria-label="Add to schedule">Add to schedule</button></li>`,
  )
  .join('\n')}</ul><p class="Screenings_note__K5sYv">Audio description and captions available at the Sunday screening.</p></aside></div>
<section class="Carousel_root__Dd4Tn"><h2 class="Carousel_title__m9PzR">More in this strand</h2>
<ul class="Carousel_track__eY3sW">${links(more, 'Carousel_slide__R0kHj')}
</ul></section></main><section class="Newsletter_root__w2CqS"><h2 class="Newsletter_title__Pp1aG">Stay in the loop</h2><p>Programme news and ticket
alerts, straight to your inbox.</p><form><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section>
<footer class="Footer_footer__aV6qP"><ul>${links(foot, 'Footer_item__zT0pB')}</ul><p class="Footer_small__y1QeR">Kelderby International Film Festival is a
registered charity. © 2026</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`;

export const kiff: TestPage = {
  name: 'heldout307-nextjs-film-festival-catalogue-news',
  kind: 'news',
  html,
  title,
  headings: [hA, hB],
  body: texts([...note, ...stmt]),
  bylines: ['Ingrid Solheim, Programmer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'KIFF 26', ...nav, 'My schedule', 'Northern Lights', 'Still courtesy of Northlight Sales', 'UK Premiere', 'Directed by Hanna Ravnsholt', ...meta,
    'Credits', ...credits.flat().filter((c) => c !== 'Hanna Ravnsholt'), 'Screenings', ...screenings, 'Book', 'Add to schedule',
    'Audio description and captions available at the Sunday screening.', 'More in this strand', ...more, 'Stay in the loop',
    'Programme news and ticket alerts, straight to your inbox.', 'Subscribe', ...foot, 'Kelderby International Film Festival is a registered charity. © 2026',
  ],
};
