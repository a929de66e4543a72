import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 1: an Irish Independent (Mediahuis React template) news story. */
const title = 'Residents of flood-hit Ballycarrig told new defences will not be ready until 2029';
const intro = [
  'Families in the Wexford village of Ballycarrig who were flooded three times in the past five years have been told that a ' +
    '€14m flood relief scheme will not be finished for at least another four years.',
  'The timeline was set out at a packed public meeting in the parish hall on Tuesday night, where engineers from the Office of ' +
    'Public Works (OPW) and Wexford County Council presented revised plans for the scheme along the Owenduff river.',
];
const p2 = [
  'More than 200 people attended, with many forced to stand at the back of the hall and in the corridor outside.',
  'Senior engineer Dervla Kinsella said the scheme had been redesigned after a hydrological survey found that peak flows during ' +
    'Storm Éamon in 2023 were almost a third higher than the figures used in the original 2019 design.',
  '“We could have built what was designed six years ago and it would have been overtopped within a decade,” she told the meeting. ' +
    '“We are not prepared to put in defences that we already know are not high enough.”',
];
const h1 = 'Planning delay';
const p3 = [
  'The revised scheme includes 1.8km of raised embankments, two new flood walls along Mill Street and a pumping station at the ' +
    'Quay Road bridge. Planning permission will be sought from An Bord Pleanála in the autumn, with construction expected to take two years.',
  'Local publican Tadhg Rossiter, whose premises on Mill Street has been flooded to a depth of more than a metre twice since 2020, ' +
    'said people in the village had lost patience.',
  '“Every winter we move the stock upstairs, we sandbag the doors and we sit up at night watching the river,” he said. ' +
    '“My insurance company won’t cover me for flooding any more. I don’t know how many more winters I can do this.”',
  'Several residents asked why temporary demountable barriers could not be put in place while the permanent scheme was built.',
];
const h2 = 'Interim measures';
const p4 = [
  'Council director of services Colm Furlong said the local authority had secured funding for a stock of 400 metres of temporary ' +
    'barriers, which would be stored at the council depot in Enniscorthy and deployed when Met Éireann issued an orange or red rain warning.',
  '“It is not a permanent solution and we are not pretending it is,” he said. “But it will give people some protection this winter and next.”',
  'The council has also begun clearing gravel and fallen trees from a 3km stretch of the river upstream of the village, work which ' +
    'engineers said would reduce the risk of debris blocking the arches of the old stone bridge.',
  'Local TD Áine Doyle said she would raise the timeline with the Minister of State with responsibility for the OPW next week.',
  '“Four more years is not acceptable to the people of Ballycarrig. They have done everything asked of them,” she said.',
  'A public consultation on the revised scheme opens on April 7 and runs for six weeks. Drawings will be on display in the ' +
    'Ballycarrig library and at the council offices in Wexford town.',
];
const nav = ['News', 'Opinion', 'Business', 'Sport', 'Life', 'Style', 'Entertainment', 'Podcasts', 'Regionals', 'Puzzles', 'Farming'];
const sub = ['Irish News', 'World News', 'Crime', 'Politics', 'Health', 'Education', 'Courts', 'Environment'];
const promo = 'Join the Irish Independent WhatsApp channel';
const promoSub = 'Stay up to date with all the latest news';
const caption = 'Flooding on Mill Street in Ballycarrig during Storm Éamon in October 2023. Photo: Patrick Browne';
const tags = ['Wexford', 'Flooding', 'OPW', 'Irish News'];
const most = [
  'Gardaí appeal for witnesses after crash on N11 near Gorey',
  'Property tax bills to rise for thousands of homeowners in May',
  'Met Éireann issues weekend warning as heavy rain to sweep country',
  'Hospital waiting lists at highest level since records began',
  'Irish family share heartbreak after emigrating to Australia',
];
const foot = ['About us', 'Contact us', 'Advertise with us', 'Terms & Conditions', 'Privacy Statement', 'Cookie Statement', 'Cookie Settings', 'Complaints'];
const news = ['Sign up for our newsletter', 'The best of the Irish Independent, delivered to your inbox every morning.', 'Sign up'];
const consent = [
  'We care about your privacy',
  'We and our partners use cookies and similar technologies to store and access information on your device for personalised ' +
    'advertising and content, advertising and content measurement, audience research and services development.',
  'Agree and close',
  'Learn More',
];
const html = `<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8"><title>${title} | Irish Independent</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${plainIntro()}">
<meta property="og:site_name" content="Irish Independent"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2025-03-12T06:30:00.000Z"><meta name="mh:premium" content="false">
<link rel="canonical" href="https://www.independent.ie/regionals/wexford/news/residents-of-flood-hit-ballycarrig-told-new-defences/a1738294561.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-12T06:30:00.000Z",
"dateModified":"2025-03-12T09:14:00.000Z","author":[{"@type":"Person","name":"Maeve Harte"}],"publisher":{"@type":"Organization","name":"Irish Independent"},
"isAccessibleForFree":true}</script>
<script src="https://consent.independent.ie/didomi/loader.js" async></script><link rel="stylesheet" href="/_next/static/css/4c1f0a9e2d.css"></head>
<body><div id="__next"><a class="skipLink_skipLink__3kLmN" href="#main">Skip to content</a>
<header class="header_header__Q2bYk" data-testid="header"><div class="header_top__Zr1pd"><a href="/" class="header_logo__vTn8e" aria-label="Irish Independent">
<svg role="img"><title>Irish Independent</title></svg></a><div class="header_actions__e1Hb2"><a class="button_button__pJr3K" href="/subscribe">Subscribe</a>
<button class="button_ghost__cF2aQ" data-testid="login-button">Log in</button></div></div>
<nav class="mainNav_nav__8Lp0s" aria-label="Main navigation"><ul class="mainNav_list__JqW2v">${links(nav, 'mainNav_item__1aZcd')}</ul></nav>
<nav class="subNav_nav__Ht5v2" aria-label="Sub navigation"><ul>${links(sub, 'subNav_item__Km9Ow')}</ul></nav></header>
<main id="main" class="layout_main__pL4Qx"><div class="adSlot_wrapper__o6Vyq" data-testid="ad-slot-top"><span class="adSlot_label__r0YgT">Advertisement</span>
<div id="div-gpt-ad-leaderboard_1"></div></div>
<article class="article_article__Vf3cN" data-testid="article" data-article-id="a1738294561">
<header class="articleHeader_header__b7Zqw"><a class="articleHeader_kicker__2Xo4q" href="/regionals/wexford/news/">Wexford News</a>
<h1 class="title_title__nP8yU" data-testid="article-title">${title}</h1>
<div class="byline_byline__zK3pQ" data-testid="byline"><div class="byline_avatar__Qm2Pv"><img alt=""
src="https://focus.independent.ie/author/maeve-harte.jpg"></div>
<div class="byline_details__x4TcE"><a class="byline_author__e8RjU" href="/authors/maeve-harte">Maeve Harte</a>
<time class="byline_time__g9WfH" datetime="2025-03-12T06:30:00.000Z">Today at 06:30</time></div></div>
<div class="share_share__Dn3Yh" data-testid="share-bar"><button aria-label="Share on Facebook" class="share_button__lw2Xk"><svg></svg></button>
<button aria-label="Share on X" class="share_button__lw2Xk"><svg></svg></button><button aria-label="Share via email"
class="share_button__lw2Xk"><svg></svg></button>
<button class="share_gift__aV0sE"><svg></svg><span>Gift this article</span></button></div></header>
<figure class="image_figure__Rt6Ms" data-testid="article-image"><picture><img alt="Flooded street"
src="https://focus.independent.ie/thumbor/flood.jpg"></picture>
<figcaption class="image_caption__cQ1Tb">${caption}</figcaption></figure>
<div class="articleBody_body__S7k1m" data-testid="article-body" data-fragment-name="articleDetail">
<p class="paragraph_paragraph__Lh2xa paragraph_intro__iE3wp" data-testid="article-intro"><strong>${intro[0]}</strong></p>
${ps(intro.slice(1), ' class="paragraph_paragraph__Lh2xa"')}
${ps(p2, ' class="paragraph_paragraph__Lh2xa"')}
<div class="teaser_inline__x0Ktq" data-testid="inline-promo"><a href="https://whatsapp.com/channel/0029VaIrishIndependent"><svg></svg>
<strong>${promo}</strong><span>${promoSub}</span></a></div>
<h2 class="heading_heading__N1fEo">${h1}</h2>
${ps(p3, ' class="paragraph_paragraph__Lh2xa"')}
<div class="adSlot_wrapper__o6Vyq adSlot_inArticle__Ej4nR"><span class="adSlot_label__r0YgT">Advertisement</span><div id="div-gpt-ad-mpu_2"></div></div>
<h2 class="heading_heading__N1fEo">${h2}</h2>
${ps(p4, ' class="paragraph_paragraph__Lh2xa"')}
</div>
<div class="tags_tags__pS9nD" data-testid="tags"><h3 class="tags_title__cR4xu">Related topics</h3><ul>${links(tags, 'tags_tag__w2Grp')}</ul></div>
<section class="newsletter_box__tB2oK" data-testid="newsletter-signup"><h3>${news[0]}</h3><p>${news[1]}</p>
<form><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email" placeholder="Enter your email">
<button type="submit">${news[2]}</button></form></section></article>
<aside class="rail_rail__R6pQt" data-testid="most-read"><h2 class="rail_title__nE1bZ">Most Read</h2><ol>${most
  .map((t, i) => `<li class="teaser_item__Vx7Yq"><span class="teaser_rank__bA5nm">${i + 1}</span><a href="/irish-news/${i}"><h3>${t}</h3></a></li>`)
  .join('\n')}</ol></aside></main>
<footer class="footer_footer__p8Ls3"><ul class="footer_links__u5Vcz">${links(foot)}</ul>
<p class="footer_copyright__R3yqD">© Mediahuis Ireland Group Limited 2025</p></footer></div>
<div id="didomi-host" class="didomi-host"><div class="didomi-popup-container" role="dialog" aria-labelledby="didomi-notice-title">
<h1 id="didomi-notice-title">${consent[0]}</h1><div class="didomi-popup-notice-text">${consent[1]}</div>
<button id="didomi-notice-agree-button">${consent[2]}</button><button id="didomi-notice-learn-more-button">${consent[3]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"a1738294561","section":"regionals"}}}</script>
<script src="/_next/static/chunks/pages/article-7f2c1e.js" async></script></body></html>`;
function plainIntro(): string {
  return 'Families in Ballycarrig who were flooded three times in five years have been told the scheme will not be finished until 2029.';
}
export const irishIndependent: TestPage = {
  name: 'heldout198-irish-independent-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...intro, ...p2, ...p3, ...p4]),
  bylines: ['Maeve Harte', 'Today at 06:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Subscribe', 'Log in', ...nav, ...sub, 'Advertisement', 'Wexford News', 'Gift this article', caption, promo, promoSub,
    'Related topics', ...tags.slice(0, 3), ...news, 'Most Read', ...most, ...foot, '© Mediahuis Ireland Group Limited 2025', ...consent,
  ],
};
