import { links, ps, type TestPage, texts } from './page-kit.js';
import { fodors } from './pages-heldout184-c2.js';

/**
 * Held-out batch 184, file c: a Time Out city guide list article (the header with the city switcher and the Things to Do /
 * Food & Drink / Culture / Travel nav, the "Recommended" link line at the top of the text, the h1 and dek, "Written by"
 * with the date, the share button, the "Advertising" slots, numbered listing tiles with an h3, a neighbourhood tag and a
 * "Recommended" badge, each with "What is it?" / "Why go?" paragraphs and some with a "Time Out tip", the "Discover Time Out
 * original video" strip, "Popular on Time Out", the newsletter box with its hidden success and error texts, and the footer)
 * and, from file c2, a Fodor's travel guide page.
 */
const toTitle = 'The best bakeries in Port Ellery';
const toDek = 'From laminated pastry to seeded rye, these are the Port Ellery bakeries worth getting up early for.';
const toRecommended = 'RECOMMENDED: The best brunches in Port Ellery';
const toIntro = [
  'Port Ellery has always had good bread, thanks to generations of Portuguese and Polish bakers along the harbour. But the last five ' +
    'years have brought a new wave of small, obsessive bakeries, many of them run by chefs who left restaurant kitchens to work ' +
    'the early shift instead. We visited every one on this list anonymously and paid for everything we ate.',
  'Most of these places open at 7am or earlier and close when the bread runs out, which on a busy weekend can be before noon. Few ' +
    'take bookings and several are cash only, so check before you set off, and bring a bag: the best loaves do not fit in a pocket.',
];
type Tile = { name: string; area: string; what: string; why: string; tip?: string };
const toTiles: Tile[] = [
  {
    name: 'Lantern Bread Co',
    area: 'Harbourside',
    what: 'A tiny counter in a former net store, baking country loaves and cardamom buns in a wood-fired oven.',
    why: 'The cardamom buns sell out by ten, and the dark, chewy crust on the house sourdough is the best in the city.',
    tip: 'Arrive before 8am on Saturdays, when the queue reaches the lifeboat station.',
  },
  {
    name: 'Kowalczyk & Daughters',
    area: 'Old Town',
    what: 'A third-generation Polish bakery that has been on Rope Walk since 1964.',
    why: 'For poppy seed rolls, doughnuts filled with rose jam and a rye bread dense enough to last a week.',
  },
  {
    name: 'Folha',
    area: 'St Anne’s',
    what: 'A Portuguese café-bakery with six tables and a window full of custard tarts.',
    why: 'The tarts come out of the oven every half hour, so you will always get a warm one with a blistered top.',
    tip: 'Ask for cinnamon and icing sugar on the side.',
  },
  {
    name: 'Proof',
    area: 'Canal Quarter',
    what: 'A slick bakery and coffee bar opened in 2023 by a former pastry chef at the Grand Marine hotel.',
    why: 'Its croissants shatter exactly as they should, and the seasonal danish changes every week.',
  },
  {
    name: 'Mother Grain',
    area: 'Northgate',
    what: 'A community bakery in a railway arch that trains young people leaving care as bakers.',
    why: 'Every loaf is made with flour milled in the county, and the spelt and honey bread is worth the walk up the hill on its own.',
    tip: 'Its Thursday evening bread classes cost £35 and you take home everything you bake.',
  },
];
const toNav = ['Things to Do', 'Food & Drink', 'Culture', 'Travel', 'Time Out Market', 'News'];
const toCity = 'Port Ellery';
const toBadge = 'Recommended';
const toVideo = ['Discover Time Out original video', 'The secret garden hidden on a Port Ellery rooftop'];
const toPopular = [
  'Popular on Time Out',
  'The 50 best restaurants in Port Ellery right now',
  'Port Ellery’s new harbour lido will finally open this summer',
  'The best things to do in Port Ellery this weekend',
];
const toNews = [
  'Love the mag?',
  'Our newsletter hand-delivers the best bits to your inbox. Sign up to unlock our digital magazines and also receive the latest news, ' +
    'events, offers and partner promotions.',
  'Enter email address',
  'Déjà vu! We already have this email. Try another?',
  'By entering your email address you agree to our Terms of Use and Privacy Policy and consent to receive emails from Time Out about ' +
    'news, events, offers and partner promotions.',
  'Thanks for subscribing! Look out for your first newsletter in your inbox soon!',
];
const toFoot = ['About us', 'Press office', 'Contact us', 'Advertising', 'Work for Time Out', 'Privacy notice', 'Terms of use', 'Site map'];
const toShow = (t: Tile, i: number): string => `<article class="tile _article_kc5qn_1" data-testid="tile-zone-large-list_testID">
<div class="_imageWrap_kc5qn_229"><img alt="${t.name}" src="https://media.timeout.example/images/port-ellery-${i}.jpg" loading="lazy"></div>
<div class="_content_kc5qn_3"><div class="_titleWrapper_kc5qn_96"><a href="/port-ellery/restaurants/${i}">
<h3 class="_h3_cuogz_1" data-testid="tile-title_testID"><span>${i + 1}.</span>&nbsp;${t.name}</h3></a></div>
<ul class="_tagsList_kc5qn_211"><li><span class="_tag_kc5qn_160">${t.area}</span></li></ul>
<div class="_ratingBadge_kc5qn_173"><span>${toBadge}</span></div>
<div class="_summaryContainer_osmln_361" data-testid="summary_testID">
<p><strong>What is it?</strong> ${t.what}</p>
<p><strong>Why go?</strong> ${t.why}</p>${t.tip ? `\n<p><strong>Time Out tip:</strong> ${t.tip}</p>` : ''}
</div></div></article>`;
const toBody = (t: Tile): string[] => [`What is it? ${t.what}`, `Why go? ${t.why}`, ...(t.tip ? [`Time Out tip: ${t.tip}`] : [])];
const toHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>The 5 Best Bakeries in Port Ellery</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${toDek}">
<meta property="og:site_name" content="Time Out Port Ellery"><meta property="og:type" content="article"><meta name="author" content="Nell Abernethy">
<link rel="canonical" href="https://www.timeout.com/port-ellery/restaurants/best-bakeries-in-port-ellery">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${toTitle}","datePublished":"2025-03-07T10:12:00Z",
"author":[{"@type":"Person","name":"Nell Abernethy"}],"publisher":{"@type":"Organization","name":"Time Out"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="xs-bg-white"><div id="root">
<header class="_header_12abc_1" id="header"><a href="/port-ellery" class="_logo_12abc_9" aria-label="Time Out Port Ellery"></a>
<button class="_citySwitcher_12abc_30" aria-haspopup="true"><span>${toCity}</span></button>
<nav class="_nav_12abc_50" aria-label="main"><ul>${links(toNav, '_navItem_12abc_60')}</ul></nav></header>
<div class="_adWrapper_xxs_1" data-testid="ad-leaderboard"><span class="_adLabel_xxs_4">Advertising</span><div id="ad-promoted-top"></div></div>
<main class="_main_1" id="content"><article class="listing _articleContent_1q3qs_1" data-testid="article-wrapper">
<div class="_articleHeader_1q3qs_20"><h1 class="_h1_cuogz_1" data-testid="article-title_testID">${toTitle}</h1>
<p class="_subHeading_1q3qs_40">${toDek}</p>
<div class="_authorWrap_1q3qs_60"><span class="_writtenBy_1q3qs_64">Written by</span> <a href="/profile/nell-abernethy">Nell Abernethy</a></div>
<time class="_articleDate_1q3qs_80" datetime="2025-03-07T10:12:00Z">Friday 7 March 2025</time>
<button class="_shareButton_1q3qs_90" aria-label="Share">Share</button></div>
<div class="_articleRenderer_1q3qs_100" data-testid="article-body_testID">
<p><strong><a href="/port-ellery/restaurants/best-brunches">${toRecommended}</a></strong></p>
${ps(toIntro)}
</div>
<div class="_zoneItems_1q3qs_140">${toTiles
  .map(
    (t, i) => (i === 2 ? `<div class="_adWrapper_xxs_1"><span class="_adLabel_xxs_4">Advertising</span><div id="ad-mpu-2"></div></div>\n` : '') + toShow(t, i),
  )
  .join('\n')}</div></article>
<section class="_video_1" data-testid="video-strip"><h2>${toVideo[0]}</h2><a href="/port-ellery/video/rooftop"><p>${toVideo[1]}</p></a></section>
<section class="_popular_1" data-testid="popular-zone"><h2>${toPopular[0]}</h2><ul>${links(toPopular.slice(1), '_popularItem_1')}</ul></section></main>
<section class="_newsletter_1" data-testid="newsletter"><h3>${toNews[0]}</h3><p>${toNews[1]}</p><form>
<input type="email" placeholder="${toNews[2]}" aria-label="${toNews[2]}"><button type="submit">Subscribe now</button>
<p class="_error_1" style="display:none">${toNews[3]}</p><p class="_legal_1">${toNews[4]}</p></form>
<div class="_success_1" hidden><p>${toNews[5]}</p></div></section>
<footer class="_footer_1"><ul>${links(toFoot)}</ul>
<p>© 2025 Time Out England Limited and affiliated companies owned by Time Out Group Plc. All rights reserved.</p>
</footer></div><script src="https://www.timeout.example/static/main.8d1f.js" defer></script></body></html>`;
const timeOut: TestPage = {
  name: 'heldout184-timeout-city-guide',
  kind: 'news',
  // the dek is body; each tile's numbered h3 is a heading, its labelled paragraphs are body with their labels; the
  // "RECOMMENDED" link line at the top of the text, the neighbourhood tags and "Recommended" badges, ad labels, video
  // strip, popular rail, newsletter and footer are furniture
  html: toHtml,
  title: toTitle,
  headings: toTiles.map((t, i) => `${i + 1}. ${t.name}`),
  body: [toDek, ...texts(toIntro), ...toTiles.flatMap(toBody)],
  bylines: ['Written by', 'Nell Abernethy', 'Friday 7 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    toCity, ...toNav, 'Advertising', 'Share', toRecommended, ...toTiles.map((t) => t.area), toBadge, ...toVideo, ...toPopular,
    ...toNews.filter((t) => t !== toNews[2]), 'Subscribe now', ...toFoot.filter((t) => t !== 'Advertising'),
    '© 2025 Time Out England Limited and affiliated companies owned by Time Out Group Plc. All rights reserved.',
  ],
};

export const HELDOUT184_C: readonly TestPage[] = [timeOut, fodors];
