import { links, ps, type TestPage, texts } from './page-kit.js';
import { civilBeat } from './pages-heldout172-b2.js';

/**
 * Held-out batch 172, file b: a THE CITY (New York) story on Newspack (header with "Donate" and the newsletter link,
 * section menu, category, dek, byline with two authors and date, featured image with credit, a Newspack newsletter
 * signup block and a "Related" homepage-posts block with h3 titles inside the story content, the republish button and
 * its hidden modal, tags, author bios, the donation popup and the footer) and, from file b2, a Honolulu Civil Beat story.
 */
const tcTitle = 'Tenants in Sunset Park Co-op Conversion Say Repairs Stopped After Sale Offer';
const tcDek = 'Residents of a 64-unit building on Fourth Avenue say heat and elevator outages began soon after they turned down a buyout.';
const tcP1 = [
  'The letters started arriving in March. The new owner of 4411 Fourth Ave. in Sunset Park wanted to turn the rent-stabilized ' +
    'building into a co-op, and tenants were invited to buy their apartments at what the offer called an “insider price.”',
  'Most of them said no. Within weeks, according to residents and city records, the problems began.',
  'The building’s only elevator has been out of service for a total of 71 days since April, according to complaints filed ' +
    'with the city’s 311 system. Tenants reported no heat on 19 days last winter. A leak in the roof that the previous ' +
    'landlord patched every fall was left alone, and water now runs down the walls of two top-floor apartments when it rains.',
  '“They want us tired,” said Luz Marina Cárdenas, 67, who has lived in a fifth-floor apartment for 31 years and now climbs ' +
    'the stairs with a cane when the elevator is down. “They think if we are tired enough, we will leave.”',
];
const tcH1 = 'Violations pile up';
const tcP2 = [
  'The city’s Department of Housing Preservation and Development has issued 58 open violations at the building since the ' +
    'sale closed, including 11 in the most serious category, records show. Before the sale there were six.',
  'The owner, Harbor Row Equities, bought the building for $18.2 million in January. In a statement, a spokesperson for the ' +
    'company said it had “invested significantly” in the property and that the elevator outages were caused by “an aging ' +
    'system that requires full replacement.” The statement did not address the heat complaints.',
  'State law allows a rent-stabilized building to become a co-op only if a set share of tenants agree to buy. Those who do ' +
    'not buy can stay as renters, with their rent protections intact.',
];
const tcH2 = 'Tenants organize';
const tcP3 = [
  'The building’s tenants association, which formed in May, has filed a case in Housing Court asking a judge to order ' +
    'repairs. A hearing is scheduled for Dec. 9.',
  'Council Member Andrés Beltrán, who represents the area, said he had asked the city to place the building in its ' +
    'Alternative Enforcement Program, which lets the city make repairs and bill the owner.',
  '“No one should have to choose between buying their apartment and having heat,” Beltrán said.',
  'Cárdenas said she has no plans to move. “My children grew up here,” she said. “I will leave when I decide.”',
];
const tcNav = ['Housing', 'Politics', 'Immigration', 'Education', 'Public Safety', 'Transit', 'Civic Newsroom', 'Open Data'];
const tcCaption = 'The elevator at 4411 Fourth Ave. in Sunset Park has been out of service for weeks at a time.';
const tcCredit = 'Alba Ferreyra/THE CITY';
const tcNews = ['Get THE CITY Scoop', 'Sign up for our free daily newsletter and never miss a story about your city.', 'Email address', 'Sign up'];
const tcRelated = ['Bed-Stuy Tenants Win Rent Freeze After Two-Year Strike', 'Housing Court Backlog Hits Record as Eviction Cases Climb'];
const tcRepub = ['Republish this story', 'Republish our articles for free, online or in print, under a Creative Commons license.', 'Copy to clipboard'];
const tcTags = ['Brooklyn', 'Co-op Conversion', 'Housing', 'Rent Stabilization', 'Sunset Park'];
const tcBios = [
  'Rafael Montoya-Ortiz covers housing and tenants for THE CITY.',
  'Kiara Lindqvist is a data reporter at THE CITY, working on housing, courts and city services.',
];
const tcPop = ['Before you go...', 'THE CITY is an independent, nonprofit newsroom. We rely on readers like you.', 'Donate now', 'Maybe later'];
const tcFoot = ['About Us', 'Our Team', 'Ethics Policy', 'Corrections', 'Careers', 'Contact', 'Privacy Policy', 'Republishing Policy'];
const tcHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tenants in Sunset Park Co-op Conversion Say Repairs Stopped After Sale Offer – THE CITY</title>
<meta name="description" content="${tcDek}"><meta property="og:type" content="article"><meta property="og:title" content="${tcTitle}">
<meta property="og:site_name" content="THE CITY"><meta property="article:section" content="Housing">
<meta property="article:published_time" content="2025-11-12T10:00:00+00:00"><meta name="parsely-title" content="${tcTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tcTitle}","datePublished":"2025-11-12T10:00:00+00:00",
"author":[{"@type":"Person","name":"Rafael Montoya-Ortiz"},{"@type":"Person","name":"Kiara Lindqvist"}],
"publisher":{"@type":"NewsMediaOrganization","name":"THE CITY"}}</script>
<link rel="stylesheet" id="newspack-joseph-style-css" href="https://www.thecity.example/wp-content/themes/newspack-joseph/style.min.css?ver=2.4.0">
<script src="https://www.thecity.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-58211 single-format-standard wp-custom-logo singular has-featured-image
single-featured-image-default header-center-logo newspack-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="top-header-contain desktop-only"><div class="wrapper">
<div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul>
<li class="menu-item"><a href="/newsletters/">Newsletters</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></nav></div>
<div id="social-nav-contain"><nav class="social-navigation" aria-label="Social Links Menu"><ul><li><a href="https://instagram.example/thecity">
<span class="screen-reader-text">Instagram</span></a></li></ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home">
<img class="custom-logo" src="/wp-content/uploads/2023/the-city-logo.svg" alt="THE CITY"></a><p class="site-description">Independent news for New York</p></div>
<div id="tertiary-nav-contain"><nav class="tertiary-menu"><ul><li class="menu-item button"><a href="/donate/">Donate</a></li></ul></nav></div>
<button class="mobile-menu-toggle"><span class="screen-reader-text">Open Menu</span></button></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">
${links(tcNav, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-58211" class="post-58211 post type-post status-publish format-standard has-post-thumbnail category-housing entry">
<header class="entry-header"><span class="cat-links"><a href="/category/housing/" rel="category tag">Housing</a></span>
<h1 class="entry-title">${tcTitle}</h1><div class="newspack-post-subtitle">${tcDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>by</span>
<span class="author vcard"><a class="url fn n" href="/author/rmontoya/">Rafael Montoya-Ortiz</a></span> and
<span class="author vcard"><a class="url fn n" href="/author/klindqvist/">Kiara Lindqvist</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-12T05:00:00-05:00">Nov 12, 2025, 5:00am EST</time></span></div>
<div class="republication-tracker-tool-button"><button class="republication-tracker-tool-button__btn">Republish this story</button></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/4411-fourth.jpg" alt="" class="wp-post-image">
<figcaption><span class="caption">${tcCaption}</span> <span class="image-credit"><span class="credit-label-wrapper">Credit:</span> ${tcCredit}</span>
</figcaption>
</figure><div class="entry-content">
${ps(tcP1.slice(0, 2))}
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!">
<h2 class="wp-block-heading">${tcNews[0]}</h2><p>${tcNews[1]}</p><form><label class="screen-reader-text" for="nl-email">${tcNews[2]}</label>
<input type="email" name="npe" id="nl-email" placeholder="Email address"><input type="submit" value="Sign up"></form>
<div class="newspack-newsletters-subscribe__response"><p class="message status" hidden>Thank you for signing up!</p></div></div>
${ps(tcP1.slice(2))}
<h2 class="wp-block-heading">${tcH1}</h2>
${ps(tcP2)}
<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-style-borders"><div class="article-section-title">
<span>Related</span></div>${tcRelated
  .map(
    (t, i) => `<article class="post-has-image"><figure class="post-thumbnail"><img src="/r${i}.jpg" alt=""></figure>
<div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/10/${i}/">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div>
<h2 class="wp-block-heading">${tcH2}</h2>
${ps(tcP3)}
</div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${tcTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Rafael Montoya-Ortiz</h2></div>
<p>${tcBios[0]}</p></div></div><div class="author-bio"><div class="author-bio-text"><div class="author-bio-header">
<h2 class="accent-header">Kiara Lindqvist</h2></div><p>${tcBios[1]}</p></div></div>
</article>
<div id="republication-tracker-tool-modal" class="modal" style="display:none" aria-hidden="true"><div class="modal-content"><h2>${tcRepub[0]}</h2>
<p>${tcRepub[1]}</p><textarea readonly>&lt;h1&gt;${tcTitle}&lt;/h1&gt;</textarea><button>${tcRepub[2]}</button></div></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><section class="widget widget_nav_menu">
<ul class="menu">${links(tcFoot, 'menu-item')}</ul>
</section></div><div class="site-info"><span class="copyright">© 2025 THE CITY.</span></div></footer></div>
<div class="newspack-popup-container newspack-popup newspack-lightbox" role="dialog" aria-modal="true" id="id_7710"><div class="newspack-popup__content">
<h2>${tcPop[0]}</h2><p>${tcPop[1]}</p><a class="wp-block-button__link" href="/donate/">${tcPop[2]}</a>
<button class="newspack-lightbox__close">${tcPop[3]}</button></div></div>
<script src="https://www.thecity.example/wp-content/plugins/republication-tracker-tool/assets/widget.js?ver=1.5" id="republication-js"></script>
</body></html>`;
const theCity: TestPage = {
  name: 'heldout172-the-city-news',
  kind: 'news',
  html: tcHtml,
  // the dek is body; the newsletter block and the "Related" block inside the content are furniture
  title: tcTitle,
  headings: [tcH1, tcH2],
  body: texts([tcDek, ...tcP1, ...tcP2, ...tcP3]),
  bylines: ['Rafael Montoya-Ortiz', 'Kiara Lindqvist', 'Nov 12, 2025, 5:00am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Newsletters', 'About', 'Instagram', 'Independent news for New York', 'Donate', 'Open Menu', ...tcNav, tcCaption,
    tcCredit, ...tcNews, 'Thank you for signing up!', 'Related', ...tcRelated, ...tcRepub, 'Tagged:', ...tcTags, ...tcBios, ...tcFoot,
    '© 2025 THE CITY.', ...tcPop,
  ],
};

export const HELDOUT172_B: readonly TestPage[] = [theCity, civilBeat];
