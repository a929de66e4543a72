import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file b2: a family dental clinic's blog post on WordPress with the Astra theme (Yoast JSON-LD, the
 * Complianz cookie banner, the top bar with phone number, the primary menu, the post meta line with author, date and
 * category, a Gutenberg pullquote, the "Book now" call-to-action block, tags, author box, post navigation, two reader
 * comments and the clinic's reply, the comment form, the sidebar widgets and the footer).
 */
const wTitle = 'What to expect at your child’s first dental visit';
const wP1 = [
  j(
    'Parents often ask us when they should first bring their child to see a dentist. Our answer is simple: as soon as the',
    'first tooth appears, and no later than their first birthday. An early visit is short, gentle and mostly about getting',
    'your little one used to the sights and sounds of the clinic.',
  ),
  'Here is what happens at a first appointment at Fernhill Family Dental, and how you can help it go smoothly.',
];
const wH = ['Before the appointment', 'During the visit', 'After the visit'];
const wP2 = [
  j(
    'Book a morning slot if you can. Young children tend to be more settled earlier in the day, and it means nobody is',
    'rushing to fit the visit in before a nap.',
  ),
  j(
    'Talk about the dentist in a positive, matter-of-fact way. Picture books about visiting the dentist help, and so does',
    'letting your child watch you brush your own teeth. Try to avoid words like “hurt” or “needle”, even to reassure them.',
  ),
];
const wP3 = [
  j(
    'For babies and toddlers we use the “knee to knee” position: you sit facing the dentist with your child lying on your',
    'lap, head resting in the dentist’s lap. Your child can see you the whole time, which most find reassuring.',
  ),
  'The dentist will:',
];
const wList = [
  'count and look at the teeth that have come through',
  'check the gums, tongue and the inside of the cheeks',
  'look for early signs of decay, such as chalky white spots near the gum line',
  'show you how to brush your child’s teeth and how much toothpaste to use',
  'talk about feeding, dummies and thumb-sucking',
];
const wQuote = 'A first visit is a conversation, not a treatment. If the only thing your child remembers is a sticker, we’ve done our job.';
const wP4 = [
  j(
    'Most first visits take about fifteen minutes. If your child is upset, we stop and try again another day: there is no',
    'benefit in pushing on, and a calm second visit is worth far more than a tearful first one.',
  ),
  j(
    'We’ll suggest when to come back, usually every six months. Keep brushing twice a day with a smear of fluoride',
    'toothpaste for under-threes and a pea-sized amount from age three, and try to keep sugary drinks and snacks to mealtimes.',
  ),
];
const wC1 = j(
  'This is really helpful, thank you. My daughter is 14 months and we haven’t been yet, so I was worried we’d left it too',
  'late. Booking her in this week!',
);
const wC2 = 'Do you see children who are autistic? My son finds new places very overwhelming.';
const wC3 = j(
  'Hi Lucy, yes we do. We can offer a quiet first appointment at the start of the day and a “look around” visit beforehand.',
  'Give reception a call and mention it when you book.',
);
const wNav = ['Home', 'Our Team', 'Treatments', 'Children’s Dentistry', 'Fees', 'Blog', 'Contact'];
const wRecent = ['Sports mouthguards: are they worth it?', 'How to tell if your toothbrush needs replacing', 'Why do my gums bleed when I floss?'];
const wCats = ['Children’s Dentistry', 'Gum Health', 'Clinic News', 'Oral Hygiene'];
const cm = (id: number, name: string, date: string, text: string, cls = ''): string => `<li class="comment ${cls}" id="li-comment-${id}">
<article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt="" src="/avatar/${id}.png"
class="avatar avatar-50 photo" height="50" width="50"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${name}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-02-1${id % 10}">${date}</time></a></span></div>
</header></div></div></div><section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article>`;
const wHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What to expect at your child’s first dental visit - Fernhill Family Dental</title>
<meta name="description" content="A first dental visit is short and gentle. Here is what happens and how to prepare your child.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-10T08:30:00+00:00">
<meta name="author" content="Dr Hannah Okonjo"><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":
"${wTitle}","datePublished":"2026-02-10T08:30:00+00:00","author":{"name":"Dr Hannah Okonjo"}},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-812 single-format-standard ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar"><div class="ast-builder-html-element"><p>Call us on 01632 960 781 · Open
Saturdays</p></div></div></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar"><div class="ast-container">
<div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Fernhill Family Dental</a></span></div>
<nav class="main-header-bar-navigation" id="primary-site-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu
ast-nav-menu">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard has-post-thumbnail category-childrens-dentistry ast-article-single"
id="post-812" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/02/first-visit.jpg"
class="attachment-large wp-post-image" alt="A toddler sitting on a parent’s lap in a dental chair"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemprop="author">
<a class="url fn n" href="/author/hannah/" rel="author"><span class="author-name" itemprop="name">Dr Hannah Okonjo</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">10 February 2026</span></span> / <span class="ast-terms-link">
<a href="/category/childrens-dentistry/">Children’s Dentistry</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wP1)}
<h2 class="wp-block-heading">${wH[0]}</h2>
${ps(wP2)}
<h2 class="wp-block-heading">${wH[1]}</h2>
${ps(wP3)}
<ul class="wp-block-list">${wList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<figure class="wp-block-pullquote"><blockquote><p>${wQuote}</p><cite>Dr Hannah Okonjo</cite></blockquote></figure>
<h2 class="wp-block-heading">${wH[2]}</h2>
${ps(wP4)}
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><h3 class="wp-block-heading">Book your child’s first check-up</h3>
<p>Children under 18 are seen free of charge at Fernhill. Book online or call reception.</p><div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/book/">Book now</a></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/toddler-teeth/" rel="tag">Toddler teeth</a>, <a href="/tag/check-ups/"
rel="tag">Check-ups</a></span></footer>
<div class="ast-single-author-box"><div class="ast-author-meta"><h3 class="ast-author-title">About Dr Hannah Okonjo</h3>
<p class="ast-author-bio">Hannah is a principal dentist at Fernhill with a special interest in treating nervous children.</p></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/blog/gums-bleed/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/blog/mouthguards/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav></div></article>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">
${cm(41, 'Sophie Marr', '11 February 2026 at 7:52 pm', wC1)}</li>
${cm(42, 'Lucy Tennant', '12 February 2026 at 9:15 am', wC2)}<ol class="children">
${cm(43, 'Fernhill Family Dental', '12 February 2026 at 11:40 am', wC3, 'bypostauthor')}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="block-3" class="widget widget_block">
<h2 class="widget-title">Recent Posts</h2><ul class="wp-block-latest-posts__list">${links(wRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(wCats, 'cat-item')}</ul></aside>
<aside id="block-5" class="widget widget_block"><p class="opening-hours">Mon–Fri 8am–6pm · Sat 9am–1pm</p></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Fernhill Family Dental |
Powered by Astra WordPress Theme</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message">We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></body></html>`;
export const wpClinicBlog: TestPage = {
  name: 'heldout249-wordpress-astra-clinic-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wP1, ...wP2, ...wP3, ...wList, wQuote, ...wP4]),
  bylines: [
    'Dr Hannah Okonjo',
    '10 February 2026',
    'Sophie Marr',
    '11 February 2026 at 7:52 pm',
    'Lucy Tennant',
    '12 February 2026 at 9:15 am',
    '12 February 2026 at 11:40 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us on 01632 960 781 · Open Saturdays', ...wNav, 'Book your child’s first check-up',
    'Children under 18 are seen free of charge at Fernhill. Book online or call reception.', 'Book now', 'Tags:', 'Toddler teeth', 'Check-ups',
    'About Dr Hannah Okonjo', 'Hannah is a principal dentist at Fernhill with a special interest in treating nervous children.', 'Previous Post',
    'Next Post', `3 thoughts on “${wTitle}”`, wC1, wC2, wC3, 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...wRecent, 'Categories', ...wCats,
    'Mon–Fri 8am–6pm · Sat 9am–1pm', 'Copyright © 2026 Fernhill Family Dental | Powered by Astra WordPress Theme', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};
