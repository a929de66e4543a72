import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file b2: a football club's news item on a Pitchero club site (Next.js markup with styled-components
 * class names and the __NEXT_DATA__ payload: the club header with crest and menu, the sponsor strip, the article with author,
 * date and a pulled quote, the share row, "More news", the sponsors carousel, the club footer and the cookie dialog).
 */
const pTitle = 'Under-12s book their place in the County Cup final';
const pBody = [
  j(
    'Our Under-12s are heading to the Wendleshire Junior County Cup final after a dramatic 3-2 win over Brackley Rovers on Sunday',
    'morning, sealed by a last-minute header from captain Ollie Brandreth.',
  ),
  j(
    'Played on a heavy pitch at Brackley’s Cowper Road ground, the semi-final started badly for the visitors. Rovers scored twice in',
    'the first fifteen minutes, both from corners, and for a while it looked as if the cup run might be over.',
  ),
  j(
    'Coach Danny Ferris switched to a back three before half-time and the change paid off almost at once. Maisie Toller pulled one',
    'back with a low shot from the edge of the area, and Kai Osei equalised early in the second half after a lovely one-two with',
    'Harry Lumb down the left.',
  ),
  j(
    'Both sides had chances to win it. Our goalkeeper Finn Adeyemi made two fine saves to keep us level, and then, with the referee',
    'checking his watch, Ollie rose above the defence to meet Harry’s corner and send the travelling parents wild.',
  ),
  '“I told them at half-time that nobody was going home early,” said Danny. “They never stopped running, and they deserved that.”',
  j(
    'The final will be played at Wendle Town’s Priory Park on Saturday 18 April, kick-off 11am. The club will run a coach for',
    'players’ families and supporters; seats are £6 for adults and free for under-16s, and can be booked through the club shop.',
  ),
  j(
    'It caps a fine season for the age group, who are also second in the Wendle Valley Junior League with four games to play.',
    'The squad trains on Tuesday evenings at the Recreation Ground, and new players born in 2014 or 2015 are always welcome to try a session.',
  ),
  'Well done to the whole squad, and thank you to Brackley Rovers for their hospitality and a sporting afternoon.',
];
const pQuote = 4;
const pNav = ['Home', 'News', 'Teams', 'Fixtures & Results', 'Club Shop', 'Sponsors', 'Contact'];
const pMore = ['Clubhouse quiz night returns on 20 March', 'First team held to a draw at Oxley Park', 'Volunteers needed for the spring pitch day'];
const pSpons = ['Harwell’s Bakery', 'Tollerby Motors', 'Fenwick Dental Care'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${pTitle} - Fenwick Amateurs FC</title><meta name="description" content="Our Under-12s are heading to the Wendleshire Junior County Cup final."/>
<meta property="og:title" content="${pTitle}"/><meta property="og:site_name" content="Fenwick Amateurs FC"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://www.fenwickamateurs.co.uk/news/under-12s-book-their-place-in-the-county-cup-final-3119874.html"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2026-03-02T09:14:00+00:00",
"author":{"@type":"Person","name":"Gemma Hurst"},"publisher":{"@type":"SportsOrganization","name":"Fenwick Amateurs FC"}}</script>
<style data-styled="" data-styled-version="5.3.11">.sc-bdVaJa{display:flex;}.sc-htpNat{font-family:"Montserrat",sans-serif;}</style>
<script src="https://www.googletagmanager.example/gtag/js?id=G-PTCH3R0" async></script></head>
<body><div id="__next"><div class="sc-bdVaJa kKbLvR"><a class="skip-link" href="#main">Skip to content</a>
<header class="sc-bwzfXH club-header"><div class="sc-htpNat gVhAaw"><a href="/" class="club-header__crest"><img src="https://img-dc.pitchero.example/crest.png"
alt="Fenwick Amateurs FC"/></a><div class="club-header__name">Fenwick Amateurs FC</div></div>
<nav class="sc-bxivhb club-menu" aria-label="Club menu"><ul class="club-menu__list">${links(pNav, 'club-menu__item')}</ul>
<a href="/login" class="club-menu__login">Log in</a><a href="/join" class="club-menu__join">Join club</a></nav></header>
<div class="sc-ifAKCX sponsor-strip"><span class="sponsor-strip__label">Club sponsor</span><span class="sponsor-strip__name">Tollerby Motors</span></div>
<main id="main" class="sc-EHOje news-article"><div class="sc-bZQynM layout">
<article class="sc-gzVnrw article"><div class="article__meta"><span class="article__category">Under 12s</span></div>
<h1 class="sc-htoDjs article__title">${pTitle}</h1>
<div class="sc-dnqmqq article__byline"><span class="article__author">By Gemma Hurst</span><time dateTime="2026-03-02T09:14:00Z"
class="article__date">Mon 2nd Mar 2026</time></div>
<figure class="article__hero"><img src="https://img-dc.pitchero.example/u12-semi.jpg" alt=""/><figcaption class="article__caption">The Under-12s celebrate
at Cowper Road</figcaption></figure>
<div class="sc-iwsKbI article__body"><div class="rich-text">
${pBody.map((t, i) => (i === pQuote ? `<blockquote><p>${t}</p></blockquote>` : `<p>${t}</p>`)).join('\n')}
</div></div>
<div class="sc-gZMcBi article__share"><span class="share__label">Share this article</span><a href="#" class="share__link">Facebook</a>
<a href="#" class="share__link">X</a><a href="#" class="share__link">WhatsApp</a><a href="#" class="share__link">Copy link</a></div></article>
<aside class="sc-gqjmRU sidebar"><h2 class="sidebar__title">More news</h2><ul class="sidebar__news">${links(pMore, 'sidebar__news-item')}</ul>
<a class="sidebar__all" href="/news">View all news</a><div class="sidebar__advert"><span class="advert__label">Advertisement</span></div></aside></div>
<section class="sc-VigVT sponsors"><h2 class="sponsors__title">Our sponsors</h2><ul class="sponsors__list">${links(pSpons)}</ul></section></main>
<footer class="sc-jTzLTM club-footer"><p class="club-footer__address">Fenwick Amateurs FC, Recreation Ground, Mill Road, Fenwick</p>
<p class="club-footer__copy">© 2026 Fenwick Amateurs FC</p><p class="club-footer__powered">Powered by Pitchero</p>
<ul class="club-footer__links"><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li></ul></footer>
<div class="sc-fjdhpX cookie-dialog" role="dialog" aria-modal="true">
<p>We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="cookie-dialog__accept">Accept all</button><button class="cookie-dialog__manage">Manage preferences</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"clubId":31877,"article":{"id":3119874,"title":"${pTitle}",
"author":"Gemma Hurst","published":"2026-03-02T09:14:00Z","category":"Under 12s"}}},"page":"/news/[slug]","query":{"slug":"3119874"},
"buildId":"p7x2Qe"}</script>
<script src="/_next/static/chunks/main-4f1b.js" async=""></script></body></html>`;
export const pitchero: TestPage = {
  name: 'heldout288-pitchero-club-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['By Gemma Hurst', 'Mon 2nd Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fenwick Amateurs FC', ...pNav, 'Log in', 'Join club', 'Club sponsor', 'Tollerby Motors', 'Under 12s',
    'The Under-12s celebrate at Cowper Road', 'Share this article', 'Facebook', 'WhatsApp', 'Copy link', 'More news', ...pMore, 'View all news',
    'Advertisement', 'Our sponsors', ...pSpons.filter((s) => s !== 'Tollerby Motors'), 'Fenwick Amateurs FC, Recreation Ground, Mill Road, Fenwick',
    '© 2026 Fenwick Amateurs FC', 'Powered by Pitchero', 'Privacy policy', 'Cookie settings',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept all', 'Manage preferences',
  ],
};
