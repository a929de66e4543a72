import { links, ps, type TestPage, texts } from './page-kit.js';
import { eurogamer } from './pages-heldout211-a2.js';

/**
 * Held-out batch 211, file a: a PC Gamer review on Future plc's Vanilla template (the consent dialog, the site header with
 * the hub nav and the trending bar, breadcrumbs, strapline, the author byline with "published" time, the hero image with its
 * credit, the "Need to know" box and "PC Gamer's got your back" box at the top of the article body, jump links, an inline
 * "Read more" link, the verdict box with the score, the author bio, the newsletter form, the "Latest" and "Most Popular"
 * rails, ad slots and the Future footer) and, from file a2, a Eurogamer news article.
 */
const pcTitle = 'Wardens of the Hollow Crown review';
const pcStrap = 'A dense, sometimes punishing colony sim that finally makes underground kingdoms feel alive.';
const pcNeed = [
  'What is it? A colony management sim set in a crumbling dwarven undercity.',
  'Expect to pay: $29.99/£24.99',
  'Developer: Tallow Lantern Games',
  'Publisher: Brackwater Interactive',
  'Reviewed on: Ryzen 7 5800X, RTX 3070, 32GB RAM',
  'Steam Deck: Playable',
  'Link: Official site',
];
const pcBack =
  'Our experienced team dedicates many hours to every review, to really get to the heart of what matters most to you. ' +
  'Find out more about how we evaluate games and hardware.';
const pcP1 = [
  'The first settler I lost in <em>Wardens of the Hollow Crown</em> drowned in a flooded cistern I had forgotten existed. The second ' +
    'was eaten by a blind cave eel while fetching mushrooms for a feast nobody attended. By the time my third colony collapsed, ' +
    'I had stopped being annoyed and started taking notes, which is roughly the point at which I fell for it.',
  'Tallow Lantern’s debut asks you to resettle a ruined underground city, one hall at a time, with a handful of refugees who ' +
    'remember what it used to be. It is a colony sim in the lineage of the genre’s big names, but it has its own ideas about ' +
    'memory, water and the weight of stone, and most of them are good ones.',
];
const pcH1 = 'Digging in';
const pcP2 = [
  'Each settler arrives with a history: a trade they practised before the fall, a family hall they want to reclaim, and a list ' +
    'of grudges. Put a mason to work hauling ore and she will do it, but her mood will slide until you let her carve something. ' +
    'Give two feuding clans adjoining quarters and you will hear about it in the nightly council, a short, funny scene where ' +
    'settlers air complaints and you decide whose problem gets solved first.',
  'The council is the best idea here. It turns the usual wall of status icons into arguments with faces attached, and it means ' +
    'the mistakes you make come back to you as people rather than numbers. I spent one evening refereeing an argument over who ' +
    'had to sleep next to the forge, and it was more involving than most cutscenes I have seen this year.',
];
const pcH2 = 'Water finds a way';
const pcP3 = [
  'Underneath it all is a water simulation that governs nearly everything. Springs rise as you dig deeper, old aqueducts can be ' +
    'repaired to feed farms, and a careless tunnel can flood three levels in the time it takes to open the build menu. Pumps, ' +
    'sluices and overflow channels are where the real planning happens, and when a system works the sight of water finally ' +
    'running where you meant it to is enormously satisfying.',
  'It is also where the game is least forgiving. Floods spread faster than the interface warns you, and the overlay that shows ' +
    'water pressure is buried two menus deep. I lost a 60-hour colony to a single misplaced sluice, and while the autosave ' +
    'meant I only lost an hour of play, I would have liked a clearer warning before the cistern wall gave way.',
];
const pcH3 = 'Performance and polish';
const pcP4 = [
  'On my test machine the game held a steady 90 to 110 fps at 1440p until colonies passed around 80 settlers, when late-game ' +
    'pathfinding dragged it into the 40s. A patch during the review period helped, but very large halls still stutter. On Steam ' +
    'Deck it runs well enough at reduced settings, though the small text makes the council scenes a squint.',
  'The tutorial covers the basics and then leaves you to it. There is an in-game encyclopaedia, but several systems, including ' +
    'how grudges decay over time, are only explained in loading-screen tips.',
];
const pcVerdictScore = '82';
const pcVerdict =
  'A characterful, water-obsessed colony sim whose council scenes give its settlers real personalities, held back by a harsh ' +
  'learning curve and late-game slowdown.';
const pcNav = ['Hardware', 'Games', 'Buying Guides', 'Reviews', 'Software', 'Forum', 'Newsletter', 'More'];
const pcTrending = ['Trending', 'Best gaming PC', 'Best graphics card', 'Steam Next Fest', 'Free games'];
const pcCrumbs = ['Games', 'Strategy', 'Simulation'];
const pcBio =
  'Harriet Okonkwo is PC Gamer’s strategy and sim specialist. She has been building doomed colonies since she was nine and still ' +
  'thinks the best game ever made is whichever one she reviewed last.';
const pcNews = [
  'Keep up to date with the most important stories and the best deals, as picked by the PC Gamer team.',
  'Contact me with news and offers from other Future brands',
  'Receive email from us on behalf of our trusted partners or sponsors',
  'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
];
const pcLatest = [
  'Hollowmere’s co-op update adds a shared stash and fixes the bridge bug',
  'The best free-to-play racing games on PC right now',
  'Steam’s new wishlist filters are quietly brilliant',
  'I spent a weekend with a 20-year-old MMO and found it still thriving',
];
const pcPopular = [
  'This card game roguelike is the surprise hit of the month',
  'Our favourite budget gaming monitor just dropped to its lowest price',
  'Modders have restored a cut ending in a 2009 RPG',
];
const pcFoot = [
  'About us',
  'Contact Future’s experts',
  'Terms and conditions',
  'Privacy policy',
  'Cookies policy',
  'Accessibility Statement',
  'Advertise with us',
  'Web notifications',
  'Careers',
  'Editorial standards',
  'How to pitch PC Gamer',
];
const pcFootCopy = 'PC Gamer is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.';
const pcConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ' +
    'advertising and content, measurement and product development.',
  'Accept all',
  'Manage preferences',
];
const pcCaption = 'Settlers gather in the great hall for the nightly council.';
const pcHtml = `<!DOCTYPE html>
<html lang="en-GB" class="vanilla-platform"><head><meta charset="utf-8"><title>Wardens of the Hollow Crown review | PC Gamer</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${pcStrap}">
<meta property="og:type" content="article"><meta property="og:site_name" content="PC Gamer"><meta property="og:title" content="${pcTitle}">
<meta name="parsely-section" content="games"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.pcgamer.example/games/strategy/wardens-of-the-hollow-crown-review/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${pcTitle}","itemReviewed":{"@type":"VideoGame",
"name":"Wardens of the Hollow Crown","gamePlatform":"PC"},"reviewRating":{"@type":"Rating","ratingValue":82,"bestRating":100},
"author":{"@type":"Person","name":"Harriet Okonkwo"},"datePublished":"2025-10-14T15:00:00Z","publisher":{"@type":"Organization","name":"PC Gamer"}}</script>
<script>window.ffte = window.ffte || {}; window.vanilla = {"site":"pcgamer","pageType":"review","articleId":"aT7qLm2Fz9"};</script>
<script async src="https://cdn.static-pcgamer.example/vanilla/js/bundle.f83a1.js"></script>
<link rel="stylesheet" href="https://cdn.static-pcgamer.example/vanilla/css/main.c21b.css"></head>
<body class="page-type-review vanilla-header" data-page-id="aT7qLm2Fz9">
<div id="sp_message_container_1049" class="sp_message_container" role="dialog" aria-label="Privacy"><div class="message-component">
<p class="message-title">${pcConsent[0]}</p><p class="message-text">${pcConsent[1]}</p>
<button class="sp_choice_type_11">${pcConsent[2]}</button><button class="sp_choice_type_12">${pcConsent[3]}</button></div></div>
<div class="ad-unit leaderboard" id="top-leaderboard" data-slot="leaderboard-1"><span class="ad-label">Advertisement</span></div>
<header class="header header--primary"><div class="header__container"><a class="header__logo" href="/"><span class="visually-hidden">PC Gamer</span></a>
<nav class="header__nav" aria-label="Main menu"><ul class="menu">${links(pcNav, 'menu-item')}</ul></nav>
<div class="header__actions"><button class="header__search" aria-label="Search">Search</button><a class="header__login" href="/login">Sign in</a></div></div>
<div class="trending-nav"><ul class="trending-nav__list"><li class="trending-nav__label">${pcTrending[0]}</li>${links(pcTrending.slice(1))}</ul></div></header>
<main id="main" class="main-content"><div class="content-wrapper">
<article class="review-article news-article" data-id="aT7qLm2Fz9" itemscope itemtype="https://schema.org/Review">
<header><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(pcCrumbs, 'breadcrumb__item')}</ol></nav>
<h1>${pcTitle}</h1><p class="strapline">${pcStrap}</p>
<div class="byline-social"><div class="byline"><span class="by-author">By <a class="link author-byline__link" href="/author/harriet-okonkwo/"
rel="author"><span class="author-byline__author-name">Harriet Okonkwo</span></a></span>
<span class="byline-date"><time datetime="2025-10-14T15:00:00Z" class="relative-date chunk" data-published-date>published 14 October 2025</time></span></div>
<div class="social-share"><a class="share-button facebook" href="#" aria-label="Share on Facebook">Facebook</a>
<a class="share-button twitter" href="#" aria-label="Share on X">X</a><a class="share-button flipboard" href="#">Flipboard</a>
<a class="share-button comments" href="#article-comments">Comments</a></div></div></header>
<section class="content"><div id="article-body" class="text-copy bodyCopy auto">
<div class="hero-image-wrapper"><figure class="van-image-figure"><img src="https://cdn.mos.example/aT7qLm2Fz9.jpg" alt="Wardens of the Hollow Crown">
<figcaption><span class="caption-text">${pcCaption}</span> <span class="credit">(Image credit: Brackwater Interactive)</span></figcaption></figure></div>
<div class="fancy-box"><div class="fancy_box-title">Need to know</div><div class="fancy_box_body">${ps(pcNeed, ' class="fancy-box__body-text"')}</div></div>
<div class="fancy-box fancy-box--trust"><div class="fancy_box-title">PC Gamer's got your back</div><div class="fancy_box_body">
<p class="fancy-box__body-text">${pcBack}</p></div></div>
<div class="jump-links"><p class="jump-links__title">Jump to:</p><ul>${links([pcH1, pcH2, pcH3, 'Verdict'])}</ul></div>
${ps(pcP1)}
<h2 id="section-digging-in">${pcH1}</h2>
${ps(pcP2)}
<div class="ad-unit" id="mid-article-1"><span class="ad-label">Advertisement</span></div>
<h2 id="section-water-finds-a-way">${pcH2}</h2>
${ps(pcP3)}
<p class="read-more-container"><strong>Read more:</strong> <a href="/best-colony-sims/">The best colony sims on PC</a></p>
<h2 id="section-performance-and-polish">${pcH3}</h2>
${ps(pcP4)}
<div class="verdict" id="section-verdict"><div class="verdict__score"><span class="score score-long">${pcVerdictScore}</span></div>
<div class="verdict__text"><h3 class="verdict__title">Verdict</h3><p class="game-verdict">${pcVerdict}</p></div>
<div class="verdict__buttons"><a class="verdict__link" href="/reviews/">Read our review policy</a></div></div>
</div>
<div class="author-bio"><div class="author-bio__name"><a href="/author/harriet-okonkwo/">Harriet Okonkwo</a></div>
<div class="author-bio__title">Strategy Editor</div><p class="author-bio__text">${pcBio}</p></div>
<div class="newsletter-form__wrapper"><div class="newsletter-form"><p class="newsletter-form__strapline">The biggest gaming news, reviews and hardware deals</p>
<p class="newsletter-form__description">${pcNews[0]}</p><label><input type="checkbox"> ${pcNews[1]}</label>
<label><input type="checkbox"> ${pcNews[2]}</label><input type="email" placeholder="Your Email Address"><button type="submit">Sign me up</button>
<p class="newsletter-form__terms">${pcNews[3]}</p></div></div>
<div id="article-comments" class="comments-container"><button class="comments-button">View comments</button></div>
</section></article>
<aside class="sidebar"><div class="ad-unit" id="sidebar-mpu"><span class="ad-label">Advertisement</span></div>
<div class="widget-latest"><h2 class="widget-title">Latest</h2><ul>${links(pcLatest, 'widget-latest__item')}</ul>
<a class="see-more" href="/news/">See more latest</a></div>
<div class="popular-box"><h2 class="widget-title">Most Popular</h2><ol>${links(pcPopular, 'popular-box__item')}</ol></div></aside>
</div></main>
<footer class="footer"><div class="footer__inner"><ul class="footer__links">${links(pcFoot)}</ul>
<p class="footer__copyright">${pcFootCopy}</p><p class="footer__copyright">© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.</p>
</div></footer><script src="https://cdn.static-pcgamer.example/vanilla/js/comments.8e21.js" defer></script></body></html>`;
const pcGamer: TestPage = {
  html: pcHtml,
  name: 'heldout211-pcgamer-review',
  kind: 'news',
  // the strapline and the verdict paragraph are body; the "Need to know" fact box and the score are in neither list
  title: pcTitle,
  headings: [pcH1, pcH2, pcH3],
  body: texts([pcStrap, ...pcP1, ...pcP2, ...pcP3, ...pcP4, pcVerdict]),
  bylines: ['Harriet Okonkwo', 'published 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pcConsent, 'Advertisement', ...pcNav, 'Search', 'Sign in', ...pcTrending, ...pcCrumbs.slice(1), 'Facebook', 'Flipboard', 'Comments',
    pcCaption, '(Image credit: Brackwater Interactive)', 'PC Gamer\'s got your back', pcBack, 'Jump to:', 'Read more:',
    'The best colony sims on PC', 'Read our review policy', 'Strategy Editor', pcBio, 'The biggest gaming news, reviews and hardware deals',
    ...pcNews, 'Sign me up', 'View comments', 'Latest', ...pcLatest, 'See more latest', 'Most Popular', ...pcPopular, ...pcFoot, pcFootCopy,
    '© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.',
  ],
};

export const HELDOUT211_A: readonly TestPage[] = [pcGamer, eurogamer];
