import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file a2: a Block Club Chicago story on Newspack (the header with "Subscribe" and "Donate", the section
 * menu, category link, subtitle, avatar byline and date, featured image with credit, the neighborhood dateline opening the
 * first paragraph, an inline Newspack subscription prompt between paragraphs, the podcast plug at the end of the story, tags,
 * the author bio, the overlay popup and the footer).
 */
const bcTitle = 'Pilsen Bakery That Fed Neighbors Through Pandemic Is Closing After 41 Years';
const bcDek = 'The owners of Panadería La Espiga say rising rent and a shortage of overnight bakers made the decision for them.';
const bcP1 = [
  'PILSEN — A bakery on 18th Street that has sold conchas, orejas and birthday cakes to generations of Pilsen families will ' +
    'close at the end of the month.',
  'Panadería La Espiga, 1842 W. 18th St., will serve its last customers Nov. 30, owners Rosa and Ernesto Villaseñor said ' +
    'this week. The couple took over the business from Ernesto Villaseñor’s parents, who opened it in 1984.',
  '“It is like closing a part of my family,” Rosa Villaseñor said. “People tell me their grandmother bought ' +
    'their first birthday cake here, and their mother bought their first communion cake here.”',
];
const bcP2 = [
  'The Villaseñors said their rent will rise by nearly 40 percent when their lease renews in January. At the same time, ' +
    'they have struggled to hire bakers willing to work the overnight shift, which starts at 2 a.m.',
  'Ernesto Villaseñor, 58, has been covering most of those shifts himself for the past year. “My body is telling me it is time,” he said.',
  'During the pandemic, the bakery became a lifeline for some neighbors. The Villaseñors gave away bread every Friday in ' +
    '2020 and 2021 to anyone who asked, and they partnered with a church on Cermak Road to deliver pastries to seniors ' +
    'who could not leave home.',
  'Ald. Gilberto Ruelas (25th) said he had tried to connect the owners with a city small-business grant but that the timing did not work out.',
  '“This is exactly the kind of place that makes 18th Street what it is,” Ruelas said. “When they go, something goes with them.”',
];
const bcP3 = [
  'Neighbors have started a petition asking the building’s owner to reconsider the rent increase. It had more than 2,300 ' +
    'signatures by Thursday afternoon.',
  'The building’s owner, an LLC registered to an address in Oak Brook, did not respond to a request for comment.',
  'The Villaseñors said they plan to sell their recipes to no one. Instead, they will teach a few of them to their ' +
    'grandchildren, and they may sell cakes by order from home next year.',
  'Until Nov. 30, the bakery is open 6 a.m. to 7 p.m. daily. The owners said they expect to sell out early on weekends.',
];
const bcNav = ['Neighborhoods', 'Politics', 'Food & Drink', 'Arts & Culture', 'Development', 'Education', 'Events', 'Podcast'];
const bcCaption = 'Rosa Villaseñor arranges pan dulce at Panadería La Espiga in Pilsen on Nov. 4, 2025.';
const bcCredit = 'Credit: Marisol Quiñones/Block Club Chicago';
const bcPrompt = [
  'Thanks for reading Block Club Chicago',
  'We are a nonprofit newsroom run by journalists. Subscribe to support our neighborhood reporting.',
  'Subscribe today',
];
const bcPod = 'Listen to “It’s All Good: A Block Club Chicago Podcast”:';
const bcTags = ['Mexican food', 'pilsen', 'Small Businesses', 'Southwest Side'];
const bcBio = 'Marisol Quiñones is a reporter covering Pilsen, Little Village, Back of the Yards and the Southwest Side for Block Club Chicago.';
const bcPop = [
  'Support Block Club',
  'Block Club Chicago is a 501(c)(3) nonprofit news organization dedicated to delivering reliable, nonpartisan and ' +
    'essential coverage of Chicago’s diverse neighborhoods.',
  'Already a subscriber? Log in',
];
const bcFoot = ['About Us', 'Our Team', 'Contact Us', 'Jobs', 'Advertise', 'Corrections', 'Privacy Policy', 'Terms of Service'];
const bcHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Pilsen Bakery That Fed Neighbors Through Pandemic Is Closing After 41 Years - Block Club Chicago</title>
<meta name="description" content="${bcDek}"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${bcTitle}"><meta property="og:site_name" content="Block Club Chicago">
<meta property="article:published_time" content="2025-11-06T11:45:00+00:00"><meta name="author" content="Marisol Quiñones">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${bcTitle}","datePublished":"2025-11-06T11:45:00+00:00","author":[{"@type":"Person","name":"Marisol Quiñones"}],
"articleSection":["Pilsen","Small Businesses"]}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://blockclubchicago.example/wp-content/themes/newspack-theme/style.min.css?ver=2.3.0">
<script id="newspack-popups-view-js-extra">var newspack_popups_view = {"segments":[],"donor_landing_page":"/subscribe"};</script>
</head>
<body class="post-template-default single single-post postid-98213 single-format-standard wp-custom-logo wp-embed-responsive singular
has-featured-image single-featured-image-default h-nsub h-db h-ll h-dh newspack-theme">
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"><button class="mobile-menu-toggle"><span class="screen-reader-text">Close Menu</span></button>
<nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">${links(bcNav, 'menu-item')}</ul></nav></aside>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper">
<div class="site-branding"><a href="https://blockclubchicago.example/" class="custom-logo-link" rel="home"><img class="custom-logo"
src="https://blockclubchicago.example/wp-content/uploads/logo.png" alt="Block Club Chicago"></a></div>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul>
<li class="menu-item"><a href="/subscribe/">Subscribe</a></li><li class="menu-item"><a href="/donate/">Donate</a></li></ul></nav></div></div>
<button class="mobile-menu-toggle" on="tap:mobile-sidebar.toggle"><span class="screen-reader-text">Open Menu</span> Menu</button></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(bcNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-98213" class="post-98213 post type-post status-publish format-standard has-post-thumbnail category-pilsen entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>
<a href="/category/pilsen/" rel="category tag">Pilsen</a></span>
<h1 class="entry-title">${bcTitle}</h1><div class="newspack-post-subtitle">${bcDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" class="avatar avatar-80 photo" src="/avatar.jpg"></span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/mquinones/">Marisol Quiñones</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-06T05:45:00-06:00">November 6, 2025</time></span></div>
<div class="share-buttons"><a class="share-facebook" href="#"><span>Facebook</span></a><a class="share-twitter" href="#"><span>Twitter</span></a>
<a class="share-email" href="#"><span>Email</span></a></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/laespiga.jpg" class="attachment-newspack-featured-image" alt="">
<figcaption><span class="caption">${bcCaption}</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span>
Marisol Quiñones/Block Club Chicago</span></figcaption></figure>
<div class="entry-content">
${ps(bcP1)}
${ps(bcP2.slice(0, 2))}
<div class="newspack-popup-container newspack-popup newspack-inline-popup hidden" role="button" data-segments="" id="id_10344">
<div class="wp-block-group"><h2 class="wp-block-heading">${bcPrompt[0]}</h2><p>${bcPrompt[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/subscribe/">${bcPrompt[2]}</a></div></div></div></div>
${ps(bcP2.slice(2))}
${ps(bcP3)}
<p><strong>${bcPod}</strong></p>
<iframe src="https://playlist.megaphone.example/?p=BCC1" width="100%" height="482" frameborder="no" scrolling="no"></iframe>
</div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${bcTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Marisol Quiñones</h2>
<a class="author-email" href="mailto:marisol@blockclubchi.example">marisol@blockclubchi.example</a></div><p>${bcBio}</p>
<a class="author-link" href="/author/mquinones/">More by Marisol Quiñones</a></div></div>
</article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><img class="custom-logo" src="/logo-white.png" alt=""></div></div>
<div class="footer-widgets"><section class="widget widget_nav_menu"><ul class="menu">${links(bcFoot, 'menu-item')}</ul></section></div>
<div class="site-info"><div class="wrapper"><span class="copyright">© 2025 Block Club Chicago.</span>
<a class="imprint" href="https://newspack.example/">Proudly powered by Newspack</a></div></div></footer></div>
<div class="newspack-popup-container newspack-popup newspack-lightbox" role="dialog" aria-modal="true" data-frequency="0,0,1,month" id="id_10351">
<div class="newspack-popup__content-wrapper"><div class="newspack-popup__content"><h2>${bcPop[0]}</h2><p>${bcPop[1]}</p>
<a class="wp-block-button__link" href="/subscribe/">Subscribe Now</a><p class="has-small-font-size">${bcPop[2]}</p></div>
<button class="newspack-lightbox__close" aria-label="Close Pop-up"><svg viewBox="0 0 24 24"></svg></button></div></div>
<script src="https://blockclubchicago.example/wp-content/plugins/newspack-popups/dist/view.js?ver=3.1.0" id="newspack-popups-view-js"></script>
</body></html>`;
export const blockClub: TestPage = {
  name: 'heldout172-block-club-chicago-news',
  kind: 'news',
  html: bcHtml,
  // the dek and the "PILSEN —" dateline inside the first paragraph are body; the podcast plug after the story is furniture
  title: bcTitle,
  headings: [],
  body: texts([bcDek, ...bcP1, ...bcP2, ...bcP3]),
  bylines: ['Marisol Quiñones', 'November 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Close Menu', ...bcNav, 'Skip to content', 'Subscribe', 'Donate', 'Open Menu', 'Posted in', 'Pilsen', 'Facebook', 'Twitter', 'Email',
    bcCaption, bcCredit, ...bcPrompt, bcPod, 'Tagged:', ...bcTags, 'marisol@blockclubchi.example', bcBio, 'More by Marisol Quiñones',
    ...bcFoot, '© 2025 Block Club Chicago.', 'Proudly powered by Newspack', ...bcPop, 'Subscribe Now',
  ],
};
