import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file f2: a Daily Nation (nation.africa) news story (the cookie notice, the Nation header with the
 * section menu, "ePaper", "Subscribe" and "Sign in", the breadcrumb, the headline, the "What you need to know:" summary box
 * at the top of the article, the byline with the author's role and the date, the photo caption with "Photo credit:", share
 * icons, a "Read:" link paragraph and an ad slot inside the text, the topics, "Related" stories, the subscription prompt,
 * the "Most read" rail and the footer).
 */
const dnTitle = 'Potato farmers count losses as prices crash to Sh1,000 a bag';
const dnKnow = [
  'A 50-kilogramme bag of potatoes now sells for Sh1,000 at the farm gate, down from Sh2,800 in December.',
  'Farmers blame a bumper harvest and traders who ignore the law on the size of packaging.',
  'The county says two cold storage facilities will allow farmers to hold produce until prices recover.',
];
const dnP1 = [
  'Potato farmers in Nyandarua are counting heavy losses after farm-gate prices fell to their lowest level in four years, with a ' +
    '50-kilogramme bag now fetching as little as Sh1,000.',
  'The price has dropped by almost two-thirds since December, when the same bag sold for Sh2,800, as farmers across the county ' +
    'harvested a bumper crop at the same time.',
  '“I spent Sh120,000 on seed, fertiliser and labour for three acres. At this price I will not even get half of it back,” said ' +
    'Peter Kamau, a farmer in Gatimu Ridge.',
];
const dnRead = 'Read: Farmers turn to potato processing as glut hits prices';
const dnP2 = [
  'Farmers accuse middlemen of exploiting the glut by buying potatoes in extended bags holding up to 130 kilogrammes, despite ' +
    'regulations that limit the packaging to 50 kilogrammes.',
  '“The traders come with their big bags and tell you to take their price or watch your potatoes rot,” said Jane Wanjiru, who ' +
    'chairs a farmers’ cooperative with 400 members. “We have nowhere to store them.”',
  'County Agriculture executive Samuel Githinji said enforcement officers had impounded 14 lorries carrying oversized bags in the ' +
    'past month, and that the county would set up more checkpoints on the main roads leading out of the county.',
  'He said the county was also building two cold storage facilities, which would allow farmers to hold their produce until ' +
    'prices recover. The first is expected to open in June.',
  'Agricultural economist Dr Grace Njeri said the crash showed the need for better planning. “When everyone plants at the same ' +
    'time, everyone harvests at the same time. Farmers need information on what others are planting, and access to storage and ' +
    'processing,” she said.',
  'Some farmers have started selling directly to hotels and schools in Nairobi to get better prices, but most say transport ' +
    'costs make that hard for small growers.',
];
const dnNav = ['News', 'Counties', 'Business', 'Opinion', 'Sports', 'Health', 'Lifestyle', 'Podcasts', 'Videos', 'Weekly Review'];
const dnCrumb = ['Home', 'Counties', 'Nyandarua'];
const dnCaption = 'Farmers sort potatoes at a collection centre in Nyandarua County on March 3, 2025.';
const dnCredit = 'Photo credit: Waweru Mwangi | Nation Media Group';
const dnShare = ['Facebook', 'X', 'WhatsApp', 'LinkedIn', 'Email'];
const dnTopics = ['Nyandarua', 'Potato Farming', 'Agriculture', 'Farmers'];
const dnRelated = ['Farmers in Meru decry low avocado prices', 'Why Kenya’s potato glut keeps coming back', 'Traders defy ban on extended potato bags'];
const dnSub = ['Support independent journalism', 'Subscribe for full access to the Nation’s reporting, analysis and the ePaper.', 'Subscribe now'];
const dnMost = [
  'Teachers’ union issues strike notice over delayed promotions',
  'Court halts new housing levy deductions',
  'Nairobi Expressway toll charges to rise in April',
  'Harambee Stars name squad for World Cup qualifiers',
];
const dnFoot = ['About Us', 'Contact Us', 'Advertise With Us', 'Careers', 'Terms of Use', 'Privacy Policy', 'Editorial Policy', 'Corrections'];
const dnCopy = '© 2025 Nation Media Group. All Rights Reserved.';
const dnCookie = ['We use cookies to improve your experience on our website. By continuing, you agree to our use of cookies.', 'Accept', 'Learn more'];
const dnPs = (a: readonly string[]): string => a.map((p) => `<p class="paragraph-wrapper">${p}</p>`).join('\n');
const dnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Potato farmers count losses as prices crash to Sh1,000 a bag | Nation</title>
<meta name="description" content="${dnKnow[0]}"><meta property="og:site_name" content="Nation"><meta property="og:type" content="article">
<meta property="og:title" content="${dnTitle}"><meta name="publish-date" content="2025-03-04T05:30:00Z">
<meta name="keywords" content="${dnTopics.join(', ')}">
<link rel="canonical" href="https://nation.africa/kenya/counties/nyandarua/potato-farmers-count-losses-as-prices-crash-4950012">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dnTitle}","datePublished":"2025-03-04T05:30:00Z",
"author":{"@type":"Person","name":"Waweru Mwangi"},"publisher":{"@type":"NewsMediaOrganization","name":"Nation","logo":{"@type":"ImageObject",
"url":"https://nation.africa/nation-logo.png"}},"isAccessibleForFree":true}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({
"pageType":"article","section":"counties/nyandarua","articleId":"4950012","premium":false});</script>
<link rel="stylesheet" href="https://nation.africa/resource/css/main.7d3e2a.css"></head>
<body class="article-page"><div class="page-wrapper">
<header class="main-header"><div class="main-header__top"><button class="menu-button" aria-label="Open menu"><span>Menu</span></button>
<a class="main-header__logo" href="https://nation.africa/kenya"><img src="https://nation.africa/resource/img/nation-logo.svg" alt="Nation"></a>
<div class="main-header__actions"><a class="epaper-link" href="https://epaper.nation.africa">ePaper</a>
<a class="subscribe-button" href="/kenya/subscribe">Subscribe</a>
<a class="login-link" href="/kenya/login">Sign in</a></div></div><nav class="main-nav"><ul class="main-nav__list">${links(dnNav, 'main-nav__item')}</ul>
</nav></header>
<main class="main-content"><div class="article-layout"><article class="article-page__article">
<nav class="breadcrumbs" aria-label="breadcrumb"><ol>${dnCrumb
  .map(
    (t) => `<li class="breadcrumbs__item"><a href="/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('')}</ol></nav>
<header class="article-header"><h1 class="title-medium">${dnTitle}</h1></header>
<section class="article-summary"><h3 class="article-summary__title">What you need to know:</h3><ul class="article-summary__list">${dnKnow
  .map((t) => `<li class="article-summary__item">${t}</li>`)
  .join('\n')}</ul></section>
<div class="article-meta"><div class="article-authors"><div class="article-authors__author"><img class="article-authors__image"
src="https://nation.africa/resource/img/authors/waweru-mwangi.jpg" alt=""><div>
<p class="article-authors__name">By&nbsp;<a href="/kenya/authors/waweru-mwangi">Waweru
Mwangi</a></p><p class="article-authors__role">Nation Media Group</p></div></div></div>
<time class="date" datetime="2025-03-04T05:30:00Z">March 04, 2025</time>
<ul class="article-share">${dnShare
  .map(
    (s) => `<li><a class="article-share__link" href="#" title="Share on ${s}"><span class="sr-only">${s}</span></a>
</li>`,
  )
  .join('')}</ul>
</div>
<figure class="article-image"><img src="https://nation.africa/resource/image/4950010/landscape_ratio3x2/1160/773/potatoes.jpg" alt="Potatoes">
<figcaption class="article-image__caption"><span class="article-image__caption-text">${dnCaption}</span>
<span class="article-image__credit">${dnCredit}</span></figcaption></figure>
<section class="body-copy">
${dnPs(dnP1)}
<p class="paragraph-wrapper"><strong><a href="/kenya/business/seeds-of-gold/farmers-turn-to-potato-processing-4941102">${dnRead}</a></strong></p>
<div class="ad-slot ad-slot--inarticle"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-inarticle"></div></div>
${dnPs(dnP2)}
</section>
<div class="article-topics"><span class="article-topics__label">Topics</span>${dnTopics
  .map((t) => `<a class="article-topics__tag" href="/kenya/topics/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</div></article>
<section class="related-stories"><h2 class="related-stories__title">Related</h2><ul>${dnRelated
  .map((t, i) => `<li class="related-stories__item"><a href="/kenya/related-${i}"><h3 class="title-small">${t}</h3></a></li>`)
  .join('\n')}</ul></section>
<section class="subscribe-prompt"><h2 class="subscribe-prompt__title">${dnSub[0]}</h2><p>${dnSub[1]}</p>
<a class="button" href="/kenya/subscribe">${dnSub[2]}</a></section>
<aside class="article-layout__sidebar"><section class="most-read"><h2 class="most-read__title">Most read</h2><ol>${dnMost
  .map((t, i) => `<li><a href="/kenya/most-read-${i}">${t}</a></li>`)
  .join('\n')}</ol></section></aside></div></main>
<footer class="main-footer"><ul class="main-footer__links">${links(dnFoot, 'main-footer__item')}</ul><p class="main-footer__copy">${dnCopy}</p></footer></div>
<div class="cookie-notice" role="dialog" aria-label="Cookie notice"><p>${dnCookie[0]}</p><button class="cookie-notice__accept">${dnCookie[1]}</button>
<a class="cookie-notice__more" href="/kenya/cookie-policy">${dnCookie[2]}</a></div>
<script src="https://nation.africa/resource/js/main.7d3e2a.js" defer></script></body></html>`;
export const dailyNation: TestPage = {
  html: dnHtml,
  name: 'heldout153-daily-nation-news',
  kind: 'news',
  // the "What you need to know:" summary list is body, its label in neither list; the "Read:" link paragraph in the text,
  // the breadcrumb ("Counties" is also a menu item), caption, photo credit, share icons, ad label, topics, related stories,
  // subscription prompt, "Most read" rail, footer and cookie notice are furniture; "By Waweru Mwangi", the role line and the
  // date are bylines
  title: dnTitle,
  headings: [],
  body: [...dnKnow, ...texts(dnP1), ...texts(dnP2)],
  bylines: ['By Waweru Mwangi', 'Nation Media Group', 'March 04, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'ePaper', 'Subscribe', 'Sign in', ...dnNav, 'Home', 'Nyandarua', dnCaption, dnCredit, ...dnShare, dnRead, 'Advertisement', 'Topics',
    ...dnTopics.filter((t) => t !== 'Nyandarua'), 'Related', ...dnRelated, ...dnSub, 'Most read', ...dnMost, ...dnFoot, dnCopy, ...dnCookie,
  ],
};
