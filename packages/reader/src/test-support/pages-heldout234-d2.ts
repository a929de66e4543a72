import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file d2: a stargazing club's observing log on WordPress with Twenty Twenty-One (skip link, site
 * header and menu, entry header, object headings, an equipment list, a captioned image, category and tag footer, author
 * bio, post navigation, comments with reply form, widgets in the footer, a Jetpack subscribe box).
 */
const sgTitle = 'Observing log: a clear night at Heron Common, 14 November';
const sgIntro = [
  'After three cloudy club nights in a row, the sky finally cleared on Saturday and eleven of us set up on the common by half ' +
    'past six. Seeing was good, about 4 out of 5 by midnight, and transparency was excellent once the mist in the valley settled.',
];
const sgKit = ['Dobsonian 10-inch (club scope), 25 mm and 10 mm eyepieces', 'Refractor 80 mm on a photo tripod', 'Binoculars 10x50 for the open clusters'];
const sgH = ['Equipment', 'Jupiter', 'The Double Cluster', 'M33, the Triangulum Galaxy', 'Next session'];
const sgJup = [
  'Jupiter was the star of the early evening. Through the club Dobsonian at 120x, both main belts showed detail, and Ganymede ' +
    'cast a shadow on the disc from about 8:15. Several members saw the Great Red Spot rotate into view just before nine.',
];
const sgDouble = [
  'In binoculars the pair filled the field beautifully. At low power in the refractor, the orange stars near the centre of ' +
    'the eastern cluster stood out clearly against the blue-white ones, which Mira had never noticed before.',
];
const sgM33 = [
  'The hardest target of the night. With averted vision from the darkest corner of the common, three of us could make out a ' +
    'faint oval glow and a hint of the brighter spiral arm to the north. Worth another try in January when the sky is darker.',
];
const sgNext = [
  'The next observing night is Saturday 12 December, weather permitting. Meet at the car park by the pond from 6 pm. ' +
    'Bring a red torch and warm layers; it was minus two by the time we packed up.',
];
const sgMenu = ['Home', 'About the club', 'Events', 'Observing logs', 'Equipment loan', 'Join'];
const sgHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${sgTitle} – Heron Common Astronomy Club</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="/wp-content/themes/twentytwentyone/style.css">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BlogPosting",
"headline":"${sgTitle}",
"author":{"@type":"Person","name":"Gareth Pell"}}</script></head>
<body class="post-template-default single single-post"><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline"><div class="site-branding"><p class="site-title"><a href="/">Heron Common Astronomy Club</a></p>
<p class="site-description">Dark skies, friendly people, since 1987</p></div><nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
<button id="primary-mobile-menu" class="button" aria-expanded="false"><span class="dropdown-icon open">Menu</span></button>
<ul id="primary-menu-list" class="menu-wrapper">${links(sgMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry category-observing-logs entry"><header class="entry-header alignwide">
<h1 class="entry-title">${sgTitle}</h1></header>
<div class="entry-content"><p>${sgIntro[0]}</p><h2>${sgH[0]}</h2><ul>${sgKit.map((k) => `<li>${k}</li>`).join('')}</ul>
<h2>${sgH[1]}</h2><p>${sgJup[0]}</p><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/jupiter-stack.jpg" alt="Jupiter">
<figcaption>Jupiter, stacked from 2,000 phone frames through the club Dobsonian. Image: Mira Achebe</figcaption></figure>
<h2>${sgH[2]}</h2><p>${sgDouble[0]}</p><h2>${sgH[3]}</h2><p>${sgM33[0]}</p><h2>${sgH[4]}</h2><p>${sgNext[0]}</p></div>
<footer class="entry-footer default-max-width"><div class="posted-by">
<span class="posted-on">Published <time class="entry-date published" datetime="2026-11-16T09:12:00+00:00">16 November 2026</time></span>
<span class="byline">By <a href="/author/gareth/" rel="author">Gareth Pell</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/observing-logs/" rel="category tag">Observing logs</a></span>
<span class="tags-links">Tagged <a href="/tag/jupiter/">Jupiter</a>, <a href="/tag/galaxies/">galaxies</a>, <a href="/tag/clusters/">clusters</a></span>
</div></footer>
<div class="author-bio show-avatars"><h2 class="author-title">By Gareth Pell</h2>
<p class="author-description">Gareth is the club’s observing secretary and looks after the loan telescopes.</p>
<a class="author-link" href="/author/gareth/" rel="author">View all of Gareth Pell’s posts.</a></div></article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Mira Achebe</b><time>16 November 2026 at 11:02</time></footer>
<div class="comment-content"><p>Thanks for the write-up! Still buzzing about the orange stars.</p></div><a class="comment-reply-link" href="#">Reply</a>
</article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Stuart Lyle</b><time>17 November 2026 at 19:40</time></footer>
<div class="comment-content"><p>Sorry I missed it. Is the 10-inch free to borrow over Christmas?</p></div><a class="comment-reply-link" href="#">Reply</a>
</article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><label for="comment">Comment *</label>
<textarea id="comment"></textarea>
<label for="author">Name *</label><input id="author"><label for="email">Email *</label><input id="email">
<input type="submit" class="submit" value="Post Comment"></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/prev"><p class="meta-nav">Previous post</p>
<p class="post-title">Loan scope checklist for new members</p></a></div>
<div class="nav-next"><a href="/next"><p class="meta-nav">Next post</p><p class="post-title">Geminids 2026: where we will be watching</p></a></div></nav>
</main></div></div>
<aside class="widget-area"><section class="widget widget_block"><div class="jetpack_subscription_widget"><h2 class="widgettitle">Get new logs by email</h2>
<p>Enter your email address to follow the club’s observing logs.</p><input type="email" placeholder="Email Address"><button>Subscribe</button></div>
</section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/">Heron Common Astronomy Club</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script src="/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js" id="twenty-twenty-one-primary-navigation-script-js"></script></body></html>`;

export const STARGAZING_PAGE: TestPage = {
  name: 'heldout234-wordpress-stargazing-log-blog',
  kind: 'blog',
  html: sgHtml,
  title: sgTitle,
  headings: sgH,
  body: texts([...sgIntro, ...sgKit, ...sgJup, ...sgDouble, ...sgM33, ...sgNext]),
  bylines: ['Published 16 November 2026', 'By Gareth Pell', 'Mira Achebe', '16 November 2026 at 11:02', 'Stuart Lyle', '17 November 2026 at 19:40'],
  // biome-ignore format: packed
  furniture: [
    'Skip to content', 'Heron Common Astronomy Club', 'Dark skies, friendly people, since 1987', 'Menu', ...sgMenu,
    'Jupiter, stacked from 2,000 phone frames through the club Dobsonian. Image: Mira Achebe', 'Categorized as Observing logs',
    'Tagged Jupiter, galaxies, clusters', 'Gareth is the club’s observing secretary and looks after the loan telescopes.',
    'View all of Gareth Pell’s posts.', '2 comments', 'Thanks for the write-up! Still buzzing about the orange stars.',
    'Sorry I missed it. Is the 10-inch free to borrow over Christmas?', 'Reply', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Previous post',
    'Loan scope checklist for new members', 'Next post', 'Geminids 2026: where we will be watching', 'Get new logs by email',
    'Enter your email address to follow the club’s observing logs.', 'Subscribe', 'Proudly powered by WordPress.',
  ],
};
