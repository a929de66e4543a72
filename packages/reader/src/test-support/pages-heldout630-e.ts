import { links, type TestPage, texts } from './page-kit.js';
import { at, j, page } from './pages-heldout630-kit.js';

/**
 * Held-out batch 630, file e: a spice storage thread on Discourse (Ember app as saved after rendering) and a spice merchant's
 * sourcing story on Webflow (CMS collection page).
 */
const fTitle = 'How long do whole spices really keep?';
const fPosts = [
  {
    user: 'pantry_pilot',
    date: 'Feb 11',
    html: [
      j(
        'Clearing out my cupboard and found whole cumin, cloves and a bag of star anise that are, conservatively, four years old.',
        'They still smell of something. Is there any real rule for when whole spices are past it, or is it all vibes?',
      ),
    ],
  },
  {
    user: 'Teodora_M',
    date: 'Feb 11',
    html: [
      j(
        'Whole spices keep far longer than ground ones because the oils are sealed inside. Crush one seed between your fingers: if you',
        'get a strong smell straight away it is fine to use, if you have to search for it, toss it.',
      ),
      'Cloves and star anise are the toughest in my experience. Cumin fades faster, and green cardamom is the first to go.',
    ],
  },
  {
    user: 'wbrask',
    date: 'Feb 12',
    html: [
      j(
        '<aside class="quote no-group" data-username="Teodora_M"><div class="title">Teodora_M:</div>',
        '<blockquote><p>green cardamom is the first to go</p></blockquote></aside>',
      ),
      j(
        'Agree, and it goes from fragrant to faintly soapy. I keep mine in the freezer now. Toasting old spices helps a bit, but it',
        'will not bring back what has evaporated.',
      ),
    ],
  },
  {
    user: 'pantry_pilot',
    date: 'Feb 12',
    html: ['Did the crush test. Cloves and anise passed, cumin failed. New cumin ordered. Thanks both!'],
  },
];
const fSugg = ['Best grinder for small batches of spice?', 'Is smoked paprika worth it?', 'Storing dried chillies in humid weather'];
const fNav = ['Topics', 'Categories', 'Guidelines', 'FAQ'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Storage &amp; Care - Spice Cabinet Forum</title>
<meta name="description" content="Clearing out my cupboard and found whole cumin, cloves and a bag of star anise.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5c6d">
<link rel="canonical" href="https://forum.spicecabinet.org/t/how-long-do-whole-spices-really-keep/2291">
<meta property="og:site_name" content="Spice Cabinet Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"pantry_pilot"},
"datePublished":"2026-02-11T14:20:31Z","commentCount":3}</script>
<link href="/stylesheets/desktop_b1f1.css?__ws=forum.spicecabinet.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.spicecabinet.org" data-environment="production"></head>
<body class="ember-application category-storage-care archetype-regular"><div class="ember-view" id="ember3"><div class="discourse-root">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div id="main" class="ember-view">
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Spice Cabinet Forum"></a></div></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span>
</button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="Search"
title="Search"></button></li><li class="header-dropdown-toggle hamburger-dropdown"><button class="btn no-text btn-icon icon btn-flat" aria-label="Menu">
</button></li>
</ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-container"><div class="sidebar-sections">
<div class="sidebar-section sidebar-section-wrapper" data-section-name="community">
<ul class="sidebar-section-content">${links(fNav, 'sidebar-section-link-wrapper')}
</ul></div></div></section></div><div id="main-outlet"><div class="container"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="2291"><a href="/t/how-long-do-whole-spices-really-keep/2291" class="fancy-title">${fTitle}</a></h1><div class="topic-category">
<div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/storage-care/7"><span class="badge-category">
<span class="badge-category__name">Storage &amp; Care
</span></span></a></div><div class="list-tags"><a href="/tag/whole-spices" class="discourse-tag simple">whole-spices</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2291"><div class="posts-wrapper"><div class="post-stream">
${fPosts
  .map(
    (p, i) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
class="boxed onscreen-post" data-post-id="${8100 + i}" role="region"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}"><img alt="" width="48" height="48" src="/user_avatar/forum.spicecabinet.org/${p.user}/48/1.png" class="avatar">
</a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date"
href="/t/how-long-do-whole-spices-really-keep/2291/${i + 1}"><span title="${p.date}, 2026" data-time="1770819631000" class="relative-date">${p.date}</span></a>
</div></div></div>
<div class="regular contents"><div class="cooked">${p.html.map((h) => (h.startsWith('<aside') ? h : `<p>${h}</p>`)).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="btn toggle-like like btn-flat"
title="like this post"></button></div><button class="btn no-text btn-icon share btn-flat" title="copy a link to this post to clipboard"></button>
<button class="btn btn-icon-text reply btn-flat" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav>
</section>
</div></div></div></article></div>`,
  )
  .join('\n')}
</div></div></section></div></div>
<div id="suggested-topics" class="suggested-topics" role="complementary"><h3 class="suggested-topics-title" id="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead>
<tbody>${fSugg
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/${i}" class="title raw-link raw-topic-link">${t}</a></td><td class="num posts">
<span class="number">${i + 4}</span></td><td class="num age activity"><span class="relative-date">Jan ${i + 20}</span></td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/storage-care/7">Storage &amp; Care</a>
or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div>
<footer class="footer"><div class="wrap"><p>Spice Cabinet Forum is run by volunteers. Be kind, cite your sources.</p></div></footer>
<div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div></div>
<script defer src="/assets/discourse-5c6d.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourse: TestPage = page({
  name: 'heldout630-discourse-whole-spices',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.html.flatMap((h) => (h.startsWith('<aside') ? ['green cardamom is the first to go'] : [h])))),
  bylines: [...fPosts.map((p) => p.user), 'Feb 11', 'Feb 12', 'Teodora_M:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fNav, 'Storage & Care', 'whole-spices', 'Reply', 'Suggested Topics', ...fSugg, '4', '5', '6',
    'Jan 20', 'Jan 21', 'Jan 22', 'Want to read more? Browse other topics in Storage & Care or view latest topics.',
    'Spice Cabinet Forum is run by volunteers. Be kind, cite your sources.', 'Powered by Discourse',
  ],
});

const bTitle = 'Where our cardamom comes from';
const bDek = 'Green cardamom from a co-operative of smallholders in the Varunai hills, dried the slow way.';
const bH = ['A co-operative of forty farms', 'Why drying matters', 'Paying more, on purpose'];
const bP = [
  j(
    'Cardamom grows in the shade of taller forest trees, in clumps that look a little like ginger. The pods form at the base of the',
    'plant on long runners, and each one has to be picked by hand when it is plump but still green, every three or four weeks from',
    'August to January.',
  ),
  j(
    'Since 2021 we have bought all our green cardamom from the Varunai Hills Growers, a co-operative of forty family farms between',
    '900 and 1,300 metres. Most farms are under two hectares, and most grow pepper, coffee and bananas alongside the cardamom.',
  ),
  j(
    'Most commercial cardamom is dried quickly with diesel or wood-fired heat, which is cheap but bleaches the colour and drives off',
    'the top notes. The co-operative built a shared electric drier in 2023 that holds the pods at a steady 45 °C for nearly a day.',
    'The result is a deep green pod with a bright, almost eucalyptus smell when you crack it.',
  ),
  j(
    'We pay the co-operative a fixed price agreed before each harvest, currently about a third above the auction average, and we',
    'pay half of it up front. That makes our cardamom more expensive than the supermarket kind. We think it is worth it, and we hope',
    'that once you have cooked with it, you will too.',
  ),
];
const bNav = ['Shop', 'Our Sourcing', 'Recipes', 'Wholesale', 'Visit Us'];
const bMore = ['Black pepper from the same hills', 'Meet our cinnamon growers'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Sep 08 2026 10:12:40 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.saltbushspice.com" data-wf-page="66d1a2b3c4" data-wf-site="66d1a2b3c0" lang="en" data-wf-collection="66d1a2b3c9"
data-wf-item-slug="cardamom">
<head><meta charset="utf-8"><title>${bTitle} | Saltbush Spice Merchants</title><meta content="${bDek}" name="description">
<meta content="${bTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/66d1a2b3c0/css/saltbush.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<style>.w-richtext figure{max-width:100%}</style></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Saltbush</div></a><nav role="navigation" class="nav-menu w-nav-menu">${bNav
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
<div class="w-commerce-commercecartwrapper cart"><a href="#" class="w-commerce-commercecartopenlink cart-button w-inline-block" role="button">
<div class="w-inline-block">Cart</div><div class="w-commerce-commercecartopenlinkcount cart-quantity">0</div></a></div></div></div>
<section class="section-hero"><div class="w-container"><div class="eyebrow">Sourcing stories</div><h1 class="heading-story">${bTitle}</h1>
<p class="story-dek">${bDek}</p><div class="story-meta"><div class="meta-text">Words by</div><div class="meta-text author">Priya Kandasamy</div>
<div class="meta-text">September 8, 2026</div></div></div></section>
<div class="section-image">
<img src="https://assets-global.website-files.com/66d1a2b3c0/66d1_cardamom-drier.jpg" loading="lazy" sizes="100vw" alt="Cardamom pods on drying racks"
class="story-hero-image"><div class="image-credit">Photo: Varunai Hills Growers</div></div>
<section class="section-story"><div class="story-container w-container"><div class="story-body w-richtext">
<h2>${at(bH, 0)}</h2><p>${at(bP, 0)}</p><p>${at(bP, 1)}</p>
<h2>${at(bH, 1)}</h2><p>${at(bP, 2)}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/66d1/pods.jpg" loading="lazy" alt=""></div>
<figcaption>Slow-dried pods keep their green colour.</figcaption></figure>
<h2>${at(bH, 2)}</h2><p>${at(bP, 3)}</p></div>
<a href="/product/green-cardamom" class="button-primary w-button">Shop green cardamom</a></div></section>
<section class="section-more"><div class="w-container"><h3 class="heading-more">More sourcing stories</h3><div class="w-dyn-list">
<div role="list" class="more-grid w-dyn-items">${bMore
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="/sourcing/x" class="more-card w-inline-block"><div class="more-title">${t}</div></a></div>`)
  .join('')}</div></div></div></section>
<section class="section-newsletter"><div class="w-container"><h3>Join the Spice Letter</h3>
<p class="newsletter-text">New harvests, recipes and the occasional discount.</p>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email" type="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1"
role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-text">Saltbush Spice Merchants · Unit 4, Corran Yard, Fremantle Quay</div>
<div class="footer-text">© 2026 Saltbush Spice Merchants</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66d1a2b3c0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/66d1a2b3c0/js/webflow.b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = page({
  name: 'heldout630-webflow-cardamom-sourcing',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([bDek, ...bP]),
  bylines: ['Words by', 'Priya Kandasamy', 'September 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltbush', ...bNav, 'Cart', '0', 'Sourcing stories', 'Photo: Varunai Hills Growers', 'Slow-dried pods keep their green colour.',
    'Shop green cardamom', 'More sourcing stories', ...bMore, 'Join the Spice Letter', 'New harvests, recipes and the occasional discount.',
    'Saltbush Spice Merchants · Unit 4, Corran Yard, Fremantle Quay', '© 2026 Saltbush Spice Merchants',
  ],
});

export const HELDOUT630_E: readonly TestPage[] = [discourse, webflow];
