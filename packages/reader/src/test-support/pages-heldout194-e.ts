import { links, ps, type TestPage, texts } from './page-kit.js';
import { laphamsEssay } from './pages-heldout194-e2.js';

/**
 * Held-out batch 194, file e: a Granta "Online Only" piece (WordPress theme: the subscription strip, the menu with "Log in"
 * and "Basket", the "Online Only" label, title, author and translator, the lead photograph with its © credit, the text with
 * section breaks, the author and translator bios in the article's end matter, share links, "More from this author" and
 * "Related" cards, the subscribe box, the cookie banner and the footer) and, from file e2, a Lapham's Quarterly essay.
 */
const grTitle = 'My Father’s Shop in Winter';
const grP = [
  `My father sold buttons. Not only buttons, but buttons were what people remembered: a wall of shallow wooden drawers behind the
counter, each with a single button glued to its front, so that the whole wall looked like a cabinet of tiny medals. Customers
pointed and he opened the drawer. There were 312 drawers. I know because when I was nine I counted them, and he paid me a crown.`,
  `In winter the shop was the warmest place in our street, warmer than our flat upstairs, because the stove stood in the corner
behind the counter and my father kept it going from six in the morning. Old women came in to look at buttons they did not need
and stood with their backs to the stove. My father let them. He said a shop that was warm would never be empty, and a shop that
was never empty would never fail.`,
  `He was wrong about that, as it turned out, but not for many years.`,
  `What I remember most is the sound of the drawers. Each had its own voice. The brass ones near the top squeaked, the big drawers
of coat toggles at the bottom groaned, and the drawer of mother-of-pearl shirt buttons, the most expensive, slid out with a
whisper, as if it knew its worth. My father could tell from the kitchen upstairs which drawer my mother had opened when she was
minding the counter.`,
  `After the market changed, the customers came less often. People bought clothes that arrived with their buttons already sewn on
and threw them away when the buttons fell off. My father began to sell other things: zips, elastic, knitting wool, then
cigarettes and newspapers, which he hated. The wall of drawers stayed. He dusted them every Sunday.`,
  `The shop closed in the winter of my second year at university. I came home for the last day. My father served eleven
customers, most of them old women who bought nothing and stood by the stove, and at six o’clock he locked the door and turned
the sign and sat down on the customer’s side of the counter for the first time in thirty-one years.`,
  `I asked him what he would do with the drawers. He said he had already sold them, to a man who made furniture for cafés, and
that the buttons would go to a school for the children to sort and count. Then he took one drawer out, the whispering one,
and gave it to me. It is on my desk as I write this. It is empty. When I open it, it still makes the same sound.`,
];
const grBio = 'Ondřej Malík is a Czech writer and the author of two novels and a collection of stories. He lives in Olomouc.';
const grTransBio = 'Ruth Ambler is a translator from Czech and Slovak. She lives in Norwich.';
const grStrip = 'Subscribe to Granta and receive four issues a year from £36.';
const grNav = ['Magazine', 'Online Only', 'Audio', 'Events', 'Books', 'Shop', 'About'];
const grAcct = ['Log in', 'Basket', 'Subscribe'];
const grShare = ['Share', 'Facebook', 'X', 'Email'];
const grMore = ['More from Ondřej Malík', 'The Tram to Hodolany', 'Related', 'The Ironmonger’s Daughter', 'Everything My Grandmother Kept'];
const grSub = [
  'Granta is the home of new writing.',
  'Subscribe for fiction, memoir, reportage and photography from the world’s best writers, in print and online.',
  'Subscribe now',
];
const grCookie = [
  'We use cookies to give you the best experience on our website. You can change your cookie settings at any time.',
  'Accept all',
  'Reject non-essential',
  'Cookie settings',
];
const grFoot = [
  'Contact',
  'Submissions',
  'Jobs',
  'Terms & Conditions',
  'Privacy Policy',
  'Granta Publications, 2 Weller Yard, London',
  '© Granta Publications 2025',
];
const grHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>My Father’s Shop in Winter | Ondřej Malík | Granta</title><meta name="description" content="My father sold buttons.">
<meta property="og:type" content="article"><meta property="og:title" content="${grTitle}"><meta property="og:site_name" content="Granta">
<meta name="author" content="Ondřej Malík"><link rel="canonical" href="https://granta.com/my-fathers-shop-in-winter/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${grTitle}",
"author":{"@type":"Person","name":"Ondřej Malík"},
"datePublished":"2025-10-09T08:00:00+01:00","publisher":{"@type":"Organization","name":"Granta"}}</script>
<link rel="stylesheet" id="granta-css" href="https://granta.com/wp-content/themes/granta/assets/css/style.min.css?ver=2.4.1" media="all"></head>
<body class="post-template-default single single-post postid-170254 category-online-only">
<div class="subscribe-strip"><a href="https://granta.com/subscribe/">${grStrip}</a></div>
<header class="header"><div class="header__inner"><a class="header__logo" href="https://granta.com/"><img src="/wp-content/themes/granta/assets/img/granta.svg"
alt="Granta"></a><nav class="header__nav" aria-label="Main"><ul>${links(grNav, 'header__nav-item')}</ul></nav>
<div class="header__account">${grAcct
  .map(
    (t) => `<a class="header__account-link"
href="/${t.toLowerCase().replace(' ', '-')}/">${t}</a>`,
  )
  .join('')}</div></div></header>
<main class="main"><article class="article article--online-only">
<header class="article__header"><p class="article__label"><a href="/online-only/">Online Only</a></p><h1 class="article__title">${grTitle}</h1>
<p class="article__author"><a href="/contributor/ondrej-malik/">Ondřej Malík</a></p>
<p class="article__translator">Translated from the Czech by <a href="/contributor/ruth-ambler/">Ruth Ambler</a></p></header>
<figure class="article__image"><img src="https://granta.com/wp-content/uploads/2025/10/buttons.jpg" alt="">
<figcaption class="article__credit">Photograph © Hana Vrbová</figcaption></figure>
<div class="article__content">
${ps(grP.slice(0, 3))}
<p class="section-break">*</p>
${ps(grP.slice(3, 5))}
<p class="section-break">*</p>
${ps(grP.slice(5))}
</div>
<footer class="article__end"><p class="article__date">Published 9 October 2025</p>
<div class="article__bios"><p>${grBio}</p><p>${grTransBio}</p></div>
<div class="article__share"><span>${grShare[0]}</span>${grShare
  .slice(1)
  .map((t) => `<a href="#" class="share-link">${t}</a>`)
  .join('')}</div></footer></article>
<section class="more-from"><h2>${grMore[0]}</h2><ul><li><a href="#"><h3>${grMore[1]}</h3></a></li></ul></section>
<section class="related"><h2>${grMore[2]}</h2><ul>${grMore
  .slice(3)
  .map((t) => `<li class="related__item"><a href="#"><h3>${t}</h3></a></li>`)
  .join('')}</ul></section>
<section class="subscribe-box"><h2>${grSub[0]}</h2><p>${grSub[1]}</p><a class="button" href="/subscribe/">${grSub[2]}</a></section></main>
<footer class="footer"><ul>${links(grFoot.slice(0, 5))}</ul><p>${grFoot[5]}</p><p>${grFoot[6]}</p></footer>
<div class="cookie-banner" role="dialog" aria-live="polite"><p>${grCookie[0]}</p><button>${grCookie[1]}</button><button>${grCookie[2]}</button>
<a href="/cookies/">${grCookie[3]}</a></div>
<script src="https://granta.com/wp-content/themes/granta/assets/js/app.min.js?ver=2.4.1"></script></body></html>`;
const granta: TestPage = {
  html: grHtml,
  name: 'heldout194-granta-online-piece',
  kind: 'blog',
  // author, translator line and the date in the end matter are bylines; the "*" section breaks are in neither list; the
  // label, photo credit, bios, share links, author and related cards, subscribe strip and box, footer and cookie banner
  // are furniture ("Shop" in the menu is left out: a word of the title)
  title: grTitle,
  headings: [],
  body: texts(grP),
  bylines: ['Ondřej Malík', 'Translated from the Czech by Ruth Ambler', 'Published 9 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    grStrip, ...grNav.filter((t) => t !== 'Shop'), ...grAcct, 'Photograph © Hana Vrbová', grBio,
    grTransBio, ...grShare, ...grMore, ...grSub, ...grFoot, ...grCookie,
  ],
};

export const HELDOUT194_E: readonly TestPage[] = [granta, laphamsEssay];
