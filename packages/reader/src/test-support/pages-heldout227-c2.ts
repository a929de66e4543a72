import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 227, file c2: a boxing promoter's fight preview on its WordPress site (the "watch live" top bar, the
 * header nav with the shop and the "Buy Tickets" button, the next-event countdown strip, the post's category and date,
 * the hero image, the body with the fighters' quotes, the "Full card" h2 and list, the tickets promo box at the foot of
 * the post content, share links, the fighter cards, "Latest News" posts, the "Fight Club" newsletter form and the footer).
 */
const bxTitle = 'Mensah and Ward go face to face ahead of Sheffield showdown';
const bxP = [
  'Kofi Mensah and Danny Ward came head to head for the final time in Sheffield on Thursday ahead of their British ' +
    'super-middleweight title fight at the Don Valley Arena on Saturday night.',
  'Mensah (17-0, 12 KOs) makes the second defence of the Lonsdale belt he won in March, and a win would put him in line for a ' +
    'European title shot before the end of the year. Ward (21-2, 9 KOs) has won six in a row since his last defeat and is fighting ' +
    'in front of his home crowd for the first time in three years.',
  'The pair sparred together at a training camp in Spain two years ago, and both said on Thursday that the rounds they shared ' +
    'then will count for very little now.',
];
const bxP2 = [
  '“Danny is a good fighter and I respect him, but he’s fighting a different man,” said Mensah. “I’ve grown up since then. I ' +
    'sit down on my punches now, and I’m not looking past him, but I know where I’m going. Saturday is another step.”',
  '“Everyone in this city knows what I’ve been through to get here,” said Ward, who worked as a scaffolder while rebuilding his ' +
    'career. “Kofi is unbeaten and he’s the favourite, fair enough. But he hasn’t been in with anyone who’s had to fight for ' +
    'everything like I have. When it gets hard, and it will, we’ll see.”',
  'Promoter Leanne Haigh said the arena was close to selling out. “This is the fight British boxing fans wanted,” she said. ' +
    '“Two lads at their best, a Lonsdale belt on the line, and a full house in Sheffield. It doesn’t get much better.”',
];
const bxH1 = 'Begum returns on the undercard';
const bxP3 = [
  'Also on the bill, Sheffield’s Amira Begum returns from a year out with a hand injury to face the experienced Argentine ' +
    'Valeria Soto over eight rounds at featherweight. Begum, a former Commonwealth champion, is ranked in the top ten by two of ' +
    'the four governing bodies.',
  'Heavyweight prospect Callum Doyle, unbeaten in nine, meets Tomasz Nowicki in a scheduled eight-rounder, and the ' +
    'Rotherham lightweight Jay Ferris defends his English title against Nathan Oakes.',
];
const bxH2 = 'Full card';
const bxCard = [
  'Kofi Mensah vs Danny Ward – 12 x 3 mins British Super-Middleweight Championship',
  'Amira Begum vs Valeria Soto – 8 x 2 mins Featherweight contest',
  'Jay Ferris vs Nathan Oakes – 10 x 3 mins English Lightweight Championship',
  'Callum Doyle vs Tomasz Nowicki – 8 x 3 mins Heavyweight contest',
  'Rhys Pardoe vs Ilie Munteanu – 6 x 3 mins Welterweight contest',
];
const bxTop = 'Mensah vs Ward – Saturday 24 May – Watch live on RingPass';
const bxNav = ['Events', 'Fighters', 'News', 'Watch', 'Shop', 'About'];
const bxCountdown = ['Next event', 'Mensah vs Ward', 'Days', 'Hours', 'Mins', 'Secs'] as const;
const bxTickets = ['Tickets', 'Tickets for Mensah vs Ward are on sale now from £40 via the Don Valley Arena box office and Ticketstream.', 'Get tickets'];
const bxFighters = ['Kofi Mensah', '17-0-0 · Super-Middleweight', 'Danny Ward', '21-2-0 · Super-Middleweight', 'View profile'] as const;
const bxLatest = [
  'Begum: “The hand is fine, I’m ready to go again”',
  'Weigh-in times and public access confirmed for Sheffield',
  'Doyle eyes title shot after ninth straight win',
];
const bxNl = [
  'Join the Ironbridge Fight Club',
  'Be the first to hear about fights, ticket pre-sales and exclusive competitions.',
  'First name',
  'Email',
  'Sign up',
];
const bxFoot = ['Contact', 'Media Accreditation', 'Privacy Policy', 'Terms & Conditions', 'Cookie Policy'];
const bxHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${bxTitle} - Ironbridge
Promotions</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="${bxTitle}"><meta property="article:published_time" content="2025-05-22T17:30:12+00:00">
<link rel="canonical" href="https://ironbridgeboxing.example/news/mensah-and-ward-go-face-to-face/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${bxTitle}",
"datePublished":"2025-05-22T17:30:12+00:00","author":{"name":"Ironbridge
Media"},"publisher":{"@id":"https://ironbridgeboxing.example/#organization"}}]}</script>
<link rel="stylesheet" id="ironbridge-style-css" href="https://ironbridgeboxing.example/wp-content/themes/ironbridge/dist/css/app.css?ver=3.4.1" media="all">
<script src="https://ironbridgeboxing.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-28741 single-format-standard">
<div class="top-bar"><a href="https://ringpass.example/ironbridge">${bxTop}</a></div>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/wp-content/themes/ironbridge/dist/img/logo.svg"
alt="Ironbridge Promotions"></a><nav class="site-header__nav" aria-label="Primary"><ul id="menu-primary" class="menu">${links(bxNav, 'menu-item')}</ul></nav>
<a class="btn btn--red site-header__cta" href="/tickets">Buy Tickets</a><button class="site-header__toggle" aria-label="Open menu"></button></div></header>
<div class="countdown-strip" data-event-date="2025-05-24T19:00:00"><span class="countdown-strip__label">${bxCountdown[0]}</span>
<span class="countdown-strip__event">${bxCountdown[1]}</span><ul class="countdown"><li><span class="countdown__num">01</span> ${bxCountdown[2]}</li>
<li><span class="countdown__num">12</span> ${bxCountdown[3]}</li><li><span class="countdown__num">41</span> ${bxCountdown[4]}</li>
<li><span class="countdown__num">09</span> ${bxCountdown[5]}</li></ul></div>
<main id="main" class="site-main"><article id="post-28741" class="post-28741 post type-post status-publish category-news">
<div class="post-hero"><img width="1600" height="900" src="/wp-content/uploads/2025/05/mensah-ward-faceoff.jpg" class="attachment-full wp-post-image"
alt="Kofi Mensah and Danny Ward face off" decoding="async"></div>
<div class="container container--narrow"><header class="entry-header"><span class="entry-category"><a href="/category/news/">News</a></span>
<h1 class="entry-title">${bxTitle}</h1><time class="entry-date published" datetime="2025-05-22T17:30:12+00:00">22nd May 2025</time></header>
<div class="entry-content">
${ps(bxP)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/05/presser.jpg" alt="">
<figcaption class="wp-element-caption">Mensah and Ward at Thursday’s press conference. Photo: Ironbridge / Mark Shaw</figcaption></figure>
${ps(bxP2)}
<h2 class="wp-block-heading">${bxH1}</h2>
${ps(bxP3)}
<h2 class="wp-block-heading">${bxH2}</h2>
<ul class="wp-block-list">${bxCard.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="tickets-box"><h3 class="tickets-box__title">${bxTickets[0]}</h3><p>${bxTickets[1]}</p>
<a class="btn btn--red" href="/tickets/mensah-ward">${bxTickets[2]}</a></div>
</div>
<div class="share-links"><span>Share:</span> <a href="#" class="share-links__fb">Facebook</a> <a href="#" class="share-links__x">X</a>
<a href="#" class="share-links__wa">WhatsApp</a></div></div></article>
<section class="fighter-cards container"><h2 class="section-title">Fighters</h2><div class="fighter-card"><h3>${bxFighters[0]}</h3><p>${bxFighters[1]}</p>
<a href="/fighters/kofi-mensah">${bxFighters[4]}</a></div><div class="fighter-card"><h3>${bxFighters[2]}</h3><p>${bxFighters[3]}</p>
<a href="/fighters/danny-ward">${bxFighters[4]}</a></div></section>
<section class="latest-news container"><h2 class="section-title">Latest News</h2>
<ul class="post-grid">${links(bxLatest, 'post-grid__item')}</ul></section></main>
<section class="newsletter"><div class="container"><h2>${bxNl[0]}</h2><p>${bxNl[1]}</p><form class="newsletter__form">
<label for="nl-first">${bxNl[2]}</label><input id="nl-first" type="text"><label for="nl-email">${bxNl[3]}</label><input id="nl-email" type="email">
<button type="submit">${bxNl[4]}</button></form></div></section>
<footer class="site-footer"><div class="container"><ul class="menu">${links(bxFoot, 'menu-item')}</ul>
<p class="site-footer__copy">© 2025 Ironbridge Promotions Ltd. All rights reserved.</p></div></footer>
<script src="https://ironbridgeboxing.example/wp-content/themes/ironbridge/dist/js/app.js?ver=3.4.1" id="ironbridge-app-js"></script></body></html>`;
export const boxingPreview: TestPage = {
  html: bxHtml,
  name: 'heldout227-boxing-promoter-fight-preview',
  kind: 'news',
  // the card list is body; the tickets box at the end of the post content, the countdown strip and the fighter cards are
  // furniture; "Mensah vs Ward" and the fighters' names are words of the card list and are left out of the furniture
  title: bxTitle,
  headings: [bxH1, bxH2],
  body: [...texts(bxP), ...texts(bxP2), ...texts(bxP3), ...bxCard],
  bylines: ['22nd May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bxTop, ...bxNav, 'Buy Tickets', bxCountdown[0], ...bxCountdown.slice(2), 'News',
'Mensah and Ward at Thursday’s press conference. Photo: Ironbridge / Mark Shaw',
    ...bxTickets, 'Share:', 'Facebook', 'X', 'WhatsApp', 'Fighters', bxFighters[1], bxFighters[3], bxFighters[4], 'Latest News', ...bxLatest, ...bxNl,
    ...bxFoot, '© 2025 Ironbridge Promotions Ltd. All rights reserved.',
  ],
};
