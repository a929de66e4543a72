import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout484-kit.js';

/** Held-out batch 484, file a2: a vet's advice article on WordPress (GeneratePress) with a right sidebar, an author box and comments. */
const gTitle = 'Why is my cat drinking more water than usual?';
const gIntro = j(
  'Most owners never see their cat drink, so when you suddenly notice your cat at the water bowl several times a day, or find the litter',
  'tray much wetter than usual, it is worth paying attention. Drinking more (polydipsia) and urinating more (polyuria) usually go together,',
  'and they are among the earliest signs of several common illnesses in middle-aged and older cats.',
);
const gH = ['How much should a cat drink?', 'Common causes', 'What will the vet do?', 'When to call the clinic straight away'];
const gHow = [
  j(
    'A healthy cat needs roughly 50 ml of water per kilogram of body weight each day, but much of that comes from food. A cat on wet food',
    'may drink almost nothing from the bowl, while a cat on dry biscuits will drink noticeably more. As a rule of thumb, a 4 kg cat',
    'drinking more than 400 ml a day from the bowl is drinking too much.',
  ),
  j(
    'If you want to measure it, fill the bowl with a known amount in the morning and measure what is left the next morning. Repeat this',
    'for three days and take the average, and remember any other water sources such as dripping taps, ponds or a fountain.',
  ),
];
const gCauses = [
  j(
    '<strong>Chronic kidney disease.</strong> Ageing kidneys lose the ability to concentrate urine, so the cat passes more and drinks to',
    'keep up. It affects around one in three cats over fifteen.',
  ),
  '<strong>Diabetes mellitus.</strong> Sugar spills into the urine and drags water with it. Diabetic cats are often hungry and lose weight.',
  '<strong>Hyperthyroidism.</strong> An overactive thyroid speeds up the metabolism. Look for weight loss, a big appetite and a scruffy coat.',
  '<strong>Urinary tract infection.</strong> Less common in cats than in dogs, but more likely in cats with kidney disease or diabetes.',
  '<strong>Medicines.</strong> Steroids and some diuretics increase thirst, so tell your vet about anything your cat is taking.',
];
const gVet = [
  j(
    'Your vet will start with a full examination, including weight, blood pressure and a feel of the kidneys and thyroid gland. A blood test',
    'and a urine sample are usually the next step, and together they will rule most of the causes above in or out.',
  ),
  j(
    'Bringing a urine sample saves time. Swap the litter for clean, non-absorbent aquarium gravel or a special litter from the clinic, and',
    'bring the sample in a clean pot within a few hours.',
  ),
];
const gQuote = j(
  'An increase in thirst is one of the few early warnings a cat will give you. Catching kidney disease at stage one or two gives us years',
  'more to work with.',
);
const gCall = j(
  'Book an appointment within a few days if your cat is drinking more but otherwise bright. Call us the same day if your cat is also',
  'vomiting, has stopped eating, seems weak or wobbly, or if you have an unspayed female cat who is drinking heavily, as this can be a sign',
  'of a womb infection (pyometra).',
);
const gNav = ['Home', 'Cat Health', 'Dog Health', 'Nutrition', 'About the Vets', 'Book an Appointment'];
const gRecent = ['Lily poisoning: the Easter danger for cats', 'How often should my dog have a dental?', 'Choosing a diet for a kitten'];
const gCats = ['Cat Health', 'Clinic News', 'Dog Health', 'Nutrition', 'Rabbits &amp; Small Pets'];
const gComments: [string, string, string, string][] = [
  [
    '31',
    'Marla T.',
    'March 6, 2026 at 9:12 am',
    'Our Pixie is 13 and we only noticed because the litter needed changing twice as often. Measuring the bowl is a great tip.',
  ],
  ['32', 'Linden Row Animal Clinic', 'March 6, 2026 at 2:40 pm', 'Thanks Marla. Do bring Pixie in for a check, and bring a urine sample if you can.'],
  [
    '35',
    'Pete Harrow',
    'March 11, 2026 at 7:03 pm',
    'Our vet found our boy was hyperthyroid after reading this. He is on tablets now and has put weight back on.',
  ],
];
const gComment = ([id, who, when, text]: [string, string, string, string], depth: number): string =>
  `<li id="comment-${id}" class="comment even depth-${depth}"><article class="comment-body" id="div-comment-${id}"
itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt="" src="https://secure.gravatar.com/avatar/${id}?s=50&amp;d=mm" class="avatar avatar-50 photo">
<div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<cite itemprop="name" class="fn">${who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${id}">
<time datetime="2026-03-06T09:12:00+00:00" itemprop="datePublished">${when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${text}</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${id}#respond" aria-label="Reply to ${who}">Reply</a></span></article>`;
const [c1, c2, c3] = gComments as [(typeof gComments)[0], (typeof gComments)[0], (typeof gComments)[0]];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Whiskers &amp; Wellness</title>
<meta name="description" content="Drinking more than usual can be an early sign of kidney disease, diabetes or an overactive thyroid in cats.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-04T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Dr. Imogen Vale"},"datePublished":"2026-03-04T08:00:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.entry-title{font-size:34px}</style>
<link rel="stylesheet" id="sab-font-css" href="/wp-content/plugins/simple-author-box/assets/css/simple-author-box.min.css" media="all"></head>
<body class="post-template-default single single-post postid-482 single-format-standard wp-embed-responsive post-image-above-header
right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/"
rel="home">Whiskers &amp; Wellness</a></p>
<p class="site-description" itemprop="description">Pet health advice from the vets at Linden Row</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false"><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gNav, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area"
id="primary"><main class="site-main" id="main">
<article id="post-482" class="post-482 post type-post status-publish format-standard has-post-thumbnail hentry category-cat-health tag-kidneys tag-thirst"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="/wp-content/uploads/2026/03/cat-water-bowl.jpg"
class="attachment-full size-full wp-post-image" alt="Grey cat drinking from a ceramic bowl" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-03-04T08:00:00+00:00" itemprop="datePublished">March 4, 2026</time></span> <span class="byline">by
<span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/imogen-vale/"
title="View all posts by Dr. Imogen Vale"
rel="author" itemprop="url"><span class="author-name" itemprop="name">Dr. Imogen Vale</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps([gIntro])}
<h2 class="wp-block-heading">${gH[0]}</h2>
${ps(gHow)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/measuring-jug.jpg" alt="A measuring jug next to a water bowl" loading="lazy">
<figcaption class="wp-element-caption">Measuring the bowl for three days gives your vet useful numbers.</figcaption></figure>
<h2 class="wp-block-heading">${gH[1]}</h2>
<ul class="wp-block-list">${lis(gCauses)}</ul>
<h2 class="wp-block-heading">${gH[2]}</h2>
${ps(gVet)}
<blockquote class="wp-block-quote"><p>${gQuote}</p></blockquote>
<h2 class="wp-block-heading">${gH[3]}</h2>
${ps([gCall])}
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab">
<div class="saboxplugin-gravatar"><img src="/wp-content/uploads/2024/01/imogen-vale.jpg" width="100" height="100" alt="Dr. Imogen Vale" itemprop="image"></div>
<div class="saboxplugin-authorname"><a href="/author/imogen-vale/" class="vcard author" rel="author"><span class="fn">Dr. Imogen Vale</span></a></div>
<div class="saboxplugin-desc"><div itemprop="description"><p>Imogen has been a vet at Linden Row since 2015 and has a special interest in feline medicine.
She shares her home with two elderly cats and a very opinionated tortoise.</p></div></div></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/cat-health/" rel="category tag">Cat Health</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/kidneys/" rel="tag">kidneys</a>, <a href="/tag/thirst/" rel="tag">thirst</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/choosing-a-diet-for-a-kitten/" rel="prev">Choosing a diet for a kitten</a></span></div><div class="nav-next"><span class="next">
<a href="/lily-poisoning-cats/" rel="next">Lily poisoning: the Easter danger for cats</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">3 thoughts on “${gTitle}”</h3>
<ol class="comment-list">${gComment(c1, 1)}<ol class="children">${gComment(c2, 2)}</li></ol></li>
${gComment(c3, 1)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45"
rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Linden Row Animal Clinic</h2>
<div class="textwidget custom-html-widget"><p>Worried about your pet? Book online or call 01632 960 552.</p><a class="button"
href="/book/">Book online</a></div></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"
itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">© 2026 Whiskers &amp; Wellness</span> • Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js-extra">var generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"Open Sub-Menu"};</script>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.5.2" id="comment-reply-js" async data-wp-strategy="async"></script></body></html>`;
const gpAdvice: TestPage = page({
  name: 'heldout484-generatepress-cat-thirst',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gIntro, ...gHow, ...gCauses, ...gVet, gQuote, gCall]),
  bylines: ['March 4, 2026', 'by Dr. Imogen Vale', 'Dr. Imogen Vale', ...gComments.flatMap((c) => [c[1], c[2]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Whiskers & Wellness', 'Pet health advice from the vets at Linden Row', 'Menu', ...gNav,
    'Measuring the bowl for three days gives your vet useful numbers.',
    j(
      'Imogen has been a vet at Linden Row since 2015 and has a special interest in feline medicine.',
      'She shares her home with two elderly cats and a very opinionated tortoise.',
    ),
    'Categories', 'Cat Health', 'Tags', 'kidneys', 'thirst', ...gRecent, `3 thoughts on “${gTitle}”`, ...gComments.map((c) => c[3]), 'Reply',
    'Leave a Comment', 'Comment', 'Name', 'Email', 'Save my name, email, and website in this browser for the next time I comment.',
    'Search for:', 'Linden Row Animal Clinic', 'Worried about your pet? Book online or call 01632 960 552.', 'Book online', 'Recent Posts',
    ...texts(gCats), '© 2026 Whiskers & Wellness', '• Built with', 'GeneratePress',
  ],
});

export const HELDOUT484_A2: readonly TestPage[] = [gpAdvice];
