import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file a2: an Everlane-style journal post on a Next.js storefront (announcement bar, nav with search and bag,
 * the journal's category tabs, hero image, "Written by" line, a pull quote, an inline shop-the-look carousel, "Read next" cards,
 * the footer newsletter and the Osano-style consent dialog).
 */
const title = 'Inside the denim mill that runs on rain';
const intro = 'Our newest jeans are woven at a family mill outside Tiruppur that collects its own water. We spent a week there to see how it works.';
const p1 = [
  'Denim is thirsty. A single pair of jeans can take thousands of litres of water to make once you count the cotton, the dyeing ' +
    'and the washing. When we went looking for a new mill for our Straight Leg, water was the first thing we asked about.',
  'Sundaram Textiles, run by the third generation of the same family, had the best answer we heard. Since 2019 the mill has ' +
    'harvested monsoon rain from its roofs into four underground tanks, and recycles almost everything it uses.',
];
const h1 = 'Catching the monsoon';
const p2 = [
  'The roofs of the weaving sheds cover about six acres. During the two rainy seasons, gutters carry the runoff to settling tanks ' +
    'and then into storage that holds enough for around five months of production.',
  'Priya Sundaram, who manages the mill with her brother, walked us through the pump house. “In a good year we buy no water from ' +
    'outside at all,” she told us. “In a bad year, we buy a little in May.”',
];
const quote = 'In a good year we buy no water from outside at all. In a bad year, we buy a little in May.';
const h2 = 'Closing the loop';
const p3 = [
  'Collecting rain is only half the story. The mill’s treatment plant cleans the water used in dyeing and finishing so it can go ' +
    'straight back into the process. What cannot be reused is evaporated, and the solids are pressed into blocks and sent to a ' +
    'cement works nearby.',
  'Here is how the numbers compare with the mill we used before:',
];
const list = [
  'Fresh water per pair: down from 62 litres to 9 litres.',
  'Water recycled: 96 percent, independently checked every quarter.',
  'Energy: a third from the mill’s own rooftop solar.',
];
const h3 = 'What it means for your jeans';
const p4 = [
  'You will not feel the difference, and that was the point. The fabric is the same 12-ounce cotton we have always used, woven on ' +
    'the same kind of shuttle looms, with the same slight slub.',
  'What changes is what it costs the river. We will publish the mill’s audit every year on our factory page, and if the numbers ' +
    'slip, we will tell you that too.',
];
const announce = 'Free standard shipping on orders over $75.';
const nav = ['Women', 'Men', 'Denim', 'Cashmere', 'Shoes', 'Sale', 'About'];
const tabs = ['All Stories', 'Factories', 'Style', 'Materials', 'Community'];
const carousel = ['Shop the Look', 'The Way-High Jean', '$98', 'The Straight Leg Jean', '$98', 'The Organic Cotton Box-Cut Tee', '$30'];
const next = ['Meet the makers of our cashmere', 'How we price: a breakdown of the Day Boot', 'Five ways to wear the Utility Jacket'];
const footNews = ['Sign up for updates', 'Be the first to hear about new arrivals and early access.', 'Enter your email address', 'Submit'];
const foot = ['Help Center', 'Order Status', 'Returns', 'Factories', 'Environmental Initiatives', 'Careers', 'Privacy Policy', 'Terms of Service'];
const consent = [
  'This website stores data such as cookies to enable essential site functionality, as well as marketing, personalization, and analytics.',
  'Storage Preferences',
  'Accept',
  'Deny',
];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>Inside the denim mill that runs on rain | Fairline Journal</title>
<meta name="description" content="${intro}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.fairline.example/journal/inside-the-denim-mill-that-runs-on-rain">
<link rel="preload" href="/_next/static/css/7a1f0c5e.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a1f0c5e.css">
<script src="https://cmp.osano.example/16A2x/osano.js"></script>
<script defer src="/_next/static/chunks/pages/journal/%5Bslug%5D-3b1e.js"></script></head>
<body><div id="__next"><div class="styles_announcement-bar__Xk2pa" role="region" aria-label="announcement"><p>${announce}</p></div>
<header class="styles_header__1Jj8k"><a class="styles_logo__w9p1Q" href="/" aria-label="Fairline home"><svg aria-hidden="true"></svg></a>
<nav aria-label="Main"><ul class="styles_nav-list__3xZ0e">${links(nav, 'styles_nav-item__gq1v5')}</ul></nav>
<div class="styles_utility__Jc0b2"><button aria-label="Search" class="styles_search__9Lk2f"></button><a href="/account/login">Account</a>
<button class="styles_bag__p3V0c" aria-label="Bag, 0 items"><span>0</span></button></div></header>
<main class="styles_journal-post__Q2f7v">
<nav class="styles_journal-tabs__1cW0r" aria-label="Journal categories"><ul>${links(tabs, 'styles_tab__m1s8T')}</ul></nav>
<article class="styles_post__u8XpE"><header class="styles_post-header__7HbaZ"><p class="styles_category__vR5tC">Factories</p>
<h1 class="styles_title__0qFfE">${title}</h1><p class="styles_written-by__Ww4Nb">Written by Dana Ferreira</p>
<p class="styles_date__xQ3dH">October 2, 2025</p></header>
<div class="styles_hero__Mv7rA"><img alt="Weaving shed roofs with gutters" src="/_next/image?url=%2Fjournal%2Fmill.jpg&amp;w=1920&amp;q=75"></div>
<div class="styles_rich-text__k1HqP"><p class="styles_intro__Fz7Kd">${intro}</p>
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<blockquote class="styles_pull-quote__2TcL1"><p>${quote}</p></blockquote>
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<section class="styles_shop-the-look__0Zq8y" aria-label="${carousel[0]}"><h3>${carousel[0]}</h3><div class="swiper-wrapper">
<div class="swiper-slide"><a href="/products/way-high-jean"><p>${carousel[1]}</p><p>${carousel[2]}</p></a></div>
<div class="swiper-slide"><a href="/products/straight-leg-jean"><p>${carousel[3]}</p><p>${carousel[4]}</p></a></div>
<div class="swiper-slide"><a href="/products/box-cut-tee"><p>${carousel[5]}</p><p>${carousel[6]}</p></a></div></div>
<button class="swiper-button-prev" aria-label="Previous slide"></button><button class="swiper-button-next" aria-label="Next slide"></button></section>
<h2>${h3}</h2>
${ps(p4)}
</div></article>
<section class="styles_read-next__a0Pl2"><h2>Read Next</h2><ul>${links(next, 'styles_card__6vDqT')}</ul></section>
</main>
<footer class="styles_footer__bE1vY"><div class="styles_newsletter__5tQhM"><h3>${footNews[0]}</h3><p>${footNews[1]}</p>
<form><input type="email" placeholder="Email" aria-label="${footNews[2]}"><label class="sr-only">${footNews[2]}</label>
<button type="submit">${footNews[3]}</button></form>
</div><ul class="styles_footer-links__Rk0Dd">${links(foot)}</ul><p class="styles_copyright__hZ9Vm">© 2025 All Rights Reserved</p></footer></div>
<div class="osano-cm-window"><div class="osano-cm-dialog osano-cm-dialog--position_bottom" role="dialog" aria-label="Cookie Consent Banner">
<span class="osano-cm-content">${consent[0]}</span><button class="osano-cm-manage osano-cm-button">${consent[1]}</button>
<button class="osano-cm-accept osano-cm-button">${consent[2]}</button><button class="osano-cm-deny osano-cm-button">${consent[3]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"inside-the-denim-mill-that-runs-on-rain",
"title":"${title}","author":"Dana Ferreira","category":"Factories"}}},"page":"/journal/[slug]","buildId":"h2Gm8"}</script></body></html>`;
export const everlaneJournal: TestPage = {
  html,
  name: 'heldout228-everlane-journal',
  kind: 'blog',
  // the intro paragraph and the pull quote (set inside the text) are body; the category label, shop-the-look carousel and
  // Read Next cards are furniture
  title,
  headings: [h1, h2, h3],
  body: [intro, ...texts(p1), ...texts(p2), quote, ...texts(p3), ...list, ...texts(p4)],
  bylines: ['Written by Dana Ferreira', 'October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    announce, ...nav, 'Account', ...tabs, ...carousel.filter((t) => !t.startsWith('$')), '$98', '$30', 'Read Next', ...next, ...footNews, ...foot,
    '© 2025 All Rights Reserved', ...consent,
  ],
};
