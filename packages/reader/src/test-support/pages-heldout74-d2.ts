import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page d2: a Japan Times shape story ("The Nippon Courier"): the top bar with the date, "Subscribe" and
 * "Log in", the section menu, the section path, the "By ... / Staff writer" credit and date, the share and print buttons,
 * the lead photo caption with its "| credit", a plain-text dateline at the start of the first paragraph, an in-text ad and a
 * "Related" box, the subscription appeal at the foot of the article, the photo gallery label, keywords, the comments notice,
 * "Latest" and "Most Popular" rails, and the footer.
 */
export const title = 'Asagiri town pays young families to move into its empty houses';
export const dateline = 'KUROSAKI, Asagiri Pref. –';
export const first =
  'On a narrow street lined with wooden houses in this mountain town, three of every five homes have no one living in them. Some have ' +
  'been empty for so long that bamboo has pushed up through the floorboards.';
export const blocks: readonly Block[] = [
  [
    'p',
    'Kurosaki, a former silk-weaving town of about 6,800 people, now has more than 900 vacant homes, known in Japanese as akiya. The town ' +
      'office expects that figure to pass 1,200 by 2030 as elderly owners die or move into care.',
  ],
  [
    'p',
    'Last year, the town began offering households with at least one child under 15 up to ¥3 million to renovate an empty house, on the ' +
      'condition that they live in it for at least 10 years. Families who move from outside the prefecture receive an extra ¥1 million.',
  ],
  [
    'p',
    '“We cannot stop the population from falling, but we can slow it down and make sure the town is still a place people want to live,” ' +
      'Mayor Hiroshi Tanabe said in an interview at the town office.',
  ],
  ['h3', 'A home for ¥500,000'],
  [
    'p',
    'Among the first to take up the offer were Yui and Kenta Morioka, who moved from Osaka Minami with their two daughters in April. They ' +
      'bought a 90-year-old house with a small garden for ¥500,000 through the town’s akiya bank, an online list of vacant homes whose owners ' +
      'are willing to sell or rent.',
  ],
  [
    'p',
    '“In the city, we were paying ¥140,000 a month for a two-bedroom apartment. Here, we own a house with a garden,” said Yui Morioka, ' +
      '36, who works remotely as a translator. Her husband found a job at a local sake brewery.',
  ],
  [
    'p',
    'The renovation — a new roof, insulation and a modern kitchen and bathroom — cost about ¥6 million, half of which was covered by the ' +
      'subsidy. The couple said the hardest part was not the money but finding builders, as most local carpenters are in their 70s.',
  ],
  ['h3', 'Paperwork and inheritance'],
  [
    'p',
    'Town officials say the main obstacle is not a lack of interest but the difficulty of tracing owners. Many houses were inherited by ' +
      'several relatives who live in different cities and cannot agree on whether to sell. In some cases, the registered owner died decades ago.',
  ],
  [
    'p',
    'Since the program began, 146 families have inquired, but only 23 have completed a purchase or long-term lease. The town has hired ' +
      'a judicial scrivener two days a week to help untangle ownership records.',
  ],
  [
    'p',
    'Akiko Sugimura, a professor of urban planning at Higashi University who studies rural depopulation, said cash incentives alone ' +
      'rarely change where people choose to live.',
  ],
  [
    'p',
    '“Families look at schools, clinics, jobs and whether there is a train station,” she said. “Towns that succeed treat the subsidy as ' +
      'the start of a relationship, not the end of one.”',
  ],
  [
    'p',
    'Kurosaki has kept its only elementary school open by merging classes and has started a shared-office space in a former bank building. ' +
      'The town says seven of the 23 new households have at least one parent working remotely for a company in a big city.',
  ],
  [
    'p',
    'For the Moriokas, the first winter in the mountains will be the real test. ' +
      '“Everyone tells us about the snow,” Kenta Morioka said. “We bought a very big shovel.”',
  ],
];
export const top = ['Wednesday, November 12, 2025', 'Subscribe', 'Log in', 'Newsletters', 'ePaper'];
export const nav = ['News', 'Japan', 'World', 'Business', 'Opinion', 'Life', 'Culture', 'Sports', 'Podcasts', 'Deep Dive'];
export const path = ['Society'];
export const share = ['Share/Print', 'Facebook', 'X', 'Copy URL', 'Print'];
export const caption = 'Yui Morioka and her daughters outside their renovated home in Kurosaki, Asagiri Prefecture, in October.';
export const credit = 'Nippon Courier';
export const ad = 'Advertisement';
export const related = ['Related', 'Japan’s vacant homes hit record 9 million', 'Rural towns compete for remote workers with cash and housing'];
export const appeal = [
  'In a time of both misinformation and too much information, quality journalism is more crucial than ever.',
  'By subscribing, you can help us get the story right.',
  'SUBSCRIBE NOW',
];
export const gallery = 'PHOTO GALLERY (CLICK TO ENLARGE)';
export const keywords = ['KEYWORDS', 'akiya', 'depopulation', 'rural Japan', 'housing'];
export const comments =
  'With your current subscription plan you can comment on stories. However, until your first comment is approved by a moderator, it will ' +
  'not be visible to other readers. Please check back later.';
export const latest = ['Latest', 'Bank of Japan signals patience on next rate hike', 'Typhoon Mirei weakens as it nears Kyushu'];
export const popular = ['Most Popular', 'Why Japanese convenience stores are hiring robots', 'Five onsen towns worth the detour this winter'];
export const footer = [
  'About us',
  'Contact us',
  'Privacy policy',
  'Terms of service',
  'Cookie policy',
  'Advertise',
  'Careers',
  'Subscription FAQ',
  'Corrections',
];
export const copyright = 'THE NIPPON COURIER LTD. ALL RIGHTS RESERVED.';
export const bylines = ['By Haruto Ishikawa', 'Staff writer', 'Nov 12, 2025', dateline];

const adSlot = `<div class="jt-ad-wrapper"><p class="jt-ad-label">${ad}</p><div id="div-gpt-ad-inarticle-1" class="jt-ad jt-ad--inarticle"></div></div>`;
const relatedBox = `<aside class="jt-related-inline"><h4 class="jt-related-inline__title">${related[0]}</h4>
<ul>${links(related.slice(1), 'jt-related-inline__item')}</ul></aside>`;

export const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${title} - The Nippon Courier</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Kurosaki offers up to ¥4 million to families who renovate a vacant home."><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta property="article:section" content="Japan">
<meta property="article:published_time" content="2025-11-12T06:00:00+09:00">
<link rel="canonical" href="https://www.nipponcourier.co.jp/news/2025/11/12/japan/society/asagiri-akiya-families/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T06:00:00+09:00",
"author":[{"@type":"Person","name":"Haruto Ishikawa"}],"publisher":{"@type":"Organization","name":"The Nippon Courier"},"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article-body"}}</script>
<link rel="stylesheet" id="jt-style-css" href="/wp-content/themes/nc2024/dist/main.css?ver=4.2.1" media="all"></head>
<body class="post-template-default single single-post single-format-standard"><div id="page" class="site">
<header class="jt-header"><div class="jt-header__top"><p class="jt-header__date">${top[0]}</p>
<ul class="jt-header__links">${links(top.slice(1), 'jt-header__link')}</ul></div>
<div class="jt-header__main"><a class="jt-logo" href="/"><img src="/wp-content/themes/nc2024/images/logo.svg" alt="The Nippon Courier"></a>
<nav class="jt-nav" aria-label="Main menu"><ul class="jt-nav__list">${links(nav, 'jt-nav__item')}</ul></nav></div></header>
<main id="main" class="site-main"><div class="article-page"><div class="article-meta"><div class="article-category">
<a href="/news/japan/">${nav[1]}</a> / <a href="/news/japan/society/">${path[0]}</a></div>
<h1 class="title-article">${title}</h1>
<div class="credit-wrapper"><div class="credit"><p class="writers">By <a href="/author/int-haruto-ishikawa/">Haruto Ishikawa</a></p>
<p class="writers-title">${bylines[1]}</p></div><div class="publish-date"><p>${bylines[2]}</p></div></div>
<div class="jt-share"><button class="jt-share__toggle">${share[0]}</button>
<ul class="jt-share__list">${links(share.slice(1), 'jt-share__item')}</ul></div></div>
<figure class="article-image"><img src="/uploads/imported_images/uploads/2025/11/np_file_310442.jpeg" alt="A family outside an old wooden house">
<figcaption class="article-image__caption">${caption} | <span class="credit">${credit}</span></figcaption></figure>
<div class="article-body" id="ncarticle">
${render(blocks, {}, { 0: `<p>${dateline} ${first}</p>`, 3: adSlot, 8: relatedBox })}
</div>
<div class="jt-subscribe-cta"><p>${appeal[0]}</p><p>${appeal[1]}</p><a class="jt-button" href="/subscribe/">${appeal[2]}</a></div>
<div class="jt-gallery"><p class="jt-gallery__label">${gallery}</p><ul class="jt-gallery__thumbs"><li><img src="/uploads/2025/11/g1.jpeg" alt=""></li>
<li><img src="/uploads/2025/11/g2.jpeg" alt=""></li></ul></div>
<div class="jt-keywords"><h3>${keywords[0]}</h3><ul>${links(keywords.slice(1), 'jt-keyword')}</ul></div>
<div class="jt-comments" id="comments"><div class="vf-comments-notice"><p>${comments}</p>
</div><div class="viafoura"><vf-conversations></vf-conversations></div></div>
</div><aside class="jt-sidebar"><section class="jt-sidebar__latest"><h2>${latest[0]}</h2><ul>${links(latest.slice(1), 'jt-sidebar__item')}</ul></section>
<section class="jt-sidebar__popular"><h2>${popular[0]}</h2><ol>${links(popular.slice(1), 'jt-sidebar__item')}</ol></section></aside></main>
<footer class="jt-footer"><ul class="jt-footer__links">${links(footer, 'jt-footer__item')}</ul><p class="jt-footer__copyright">${copyright}</p></footer></div>
<script src="/wp-content/themes/nc2024/dist/main.js?ver=4.2.1" id="jt-main-js"></script></body></html>`;
