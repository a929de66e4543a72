import { links, type TestPage, texts } from './page-kit.js';
import { regionalThread } from './pages-heldout222-f2.js';

/**
 * Held-out batch 222, file f: a family travel blog post on WordPress with a GeneratePress-style theme (the header menu with
 * the search toggle, the affiliate disclosure box, the "Table of Contents" plugin box whose items repeat the headings, a
 * "Pin this for later" image, a booking widget card for the cottage, in-content ad labels, the tags and author box, the
 * "You may also like" rail, one reader comment and the comment form, the sidebar "About us" and the footer) and, from file
 * f2, a thread on a regional parents' forum.
 */
const tvTitle = 'A week in the Lowther Dales with a toddler and a 6-year-old: our honest itinerary';
const tvP1 = [
  'We spent the last week of May in a rented cottage near Skelby in the Lowther Dales, with our son Arlo (6) and our daughter ' +
    'Wren (2). It rained on three of the seven days, Wren refused her buggy for most of it and we still came home planning to go ' +
    'back. Here is exactly what we did, what we skipped and what we would change.',
];
const tvH = ['Where we stayed', 'Day by day', 'What we would skip', 'Practical tips'];
const tvP2 = [
  'Bracken Cottage is a converted barn two miles outside Skelby, with a fenced garden (essential with a toddler), a stair gate ' +
    'already fitted and a travel cot in the second bedroom. The village shop is a ten-minute walk, which became our daily outing.',
];
const tvL3 = [
  'Day 1: Arrived mid-afternoon, walked to the river and threw sticks off the footbridge until the light went.',
  'Day 2: Skelby Force waterfall. The path is fine for a sturdy buggy as far as the lower pool; we carried Wren the rest.',
  'Day 3: Rain. Lowther Dales Museum in Hawbeck, which has a brilliant dressing-up corner and a cafe with proper high chairs.',
  'Day 4: Ravenmoor Farm Park. Tractor rides, lambs to feed and an indoor play barn for when the showers came in.',
  'Day 5: Rain again. Swimming at the leisure centre in Thornby, then fish and chips in the car with the windows steaming up.',
  'Day 6: The steam railway from Hawbeck to Moorside and back. Arlo’s highlight of the whole week.',
  'Day 7: Packed up slowly, one last play at the Skelby playground and home.',
];
const tvP4 = [
  'We drove up to Gallow Tarn on day two hoping for a short walk with a view. The road is single track with few passing places ' +
    'and the car park was full by ten. With small children it was more stress than it was worth.',
];
const tvL5 = [
  'Pack two sets of waterproofs per child. Nothing dries overnight in a stone cottage.',
  'The nearest big supermarket is forty minutes away, so do a proper shop before you arrive.',
  'Phone signal is patchy in the valleys. Download maps and any films for the car in advance.',
  'Book the steam railway online; the 11am train sold out on the day we went.',
];
const tvP6 = ['We would go back in a heartbeat, probably in September next time, when the schools are back and the lanes are quieter.'];
const tvNav = ['Destinations', 'UK Breaks', 'Travel Tips', 'Gear', 'About Us'];
const tvDisc = 'This post contains affiliate links, which means we may earn a small commission if you book through them, at no extra cost to you.';
const tvCard = ['Bracken Cottage, Skelby', 'Sleeps 4 plus cot · Enclosed garden · Dogs welcome', 'Check availability'];
const tvTags = ['Family holidays', 'Lowther Dales', 'Toddlers', 'UK travel'];
const tvBio = 'We are Hannah and Joel, a family of four who love slow travel, muddy walks and a good cafe. We write about UK breaks with kids.';
const tvAlso = ['Ten rainy day ideas in the Lowther Dales', 'Our toddler packing list for a cottage holiday', 'Best beaches in Northumberlea for families'];
const tvComment = ['Sophie', 'June 14, 2025 at 3:22 pm', 'So useful, thank you! We are booking for August. Was the cot comfy?', 'Reply'];
const tvForm = ['Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Name', 'Email', 'Website', 'Post Comment'];
const tvFoot = ['Privacy Policy', 'Disclosure', 'Work With Us', 'Contact', 'Copyright © 2025 Wellies and Wanderings'];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul class="wp-block-list">${a.map((l) => `<li>${l}</li>`).join('\n')}</ul>`;
const ad = (n: number): string => `<div class="mv-ad-box" data-slotname="content_${n}_wrapper"><span class="mv-ad-label">Advertisement</span></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>A week in the Lowther Dales with a toddler and a 6-year-old - Wellies and Wanderings</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta property="og:title"
content="${tvTitle}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${tvTitle}",
"author":{"name":"Hannah Corrie"},"datePublished":"2025-06-10T08:00:00+01:00","dateModified":"2025-06-12T19:40:00+01:00"}]}</script>
<script async data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.example/tags/wellies-and-wanderings.js"></script></head>
<body class="post-template-default single single-post right-sidebar nav-float-right"><a class="screen-reader-text skip-link" href="#content">Skip to
content</a>
<header class="site-header" id="masthead"><div class="inside-header"><div class="site-branding"><p class="main-title"><a href="/">Wellies and
Wanderings</a></p></div>
<nav class="main-navigation" id="site-navigation" aria-label="Primary"><ul id="menu-main" class="menu sf-menu">${links(tvNav, 'menu-item')}</ul>
<span class="menu-bar-item search-item"><a aria-label="Open Search Bar" href="#">Search</a></span></nav></div></header>
<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-3318" class="post-3318 post type-post status-publish category-uk-breaks"><div class="inside-article"><header class="entry-header">
<h1 class="entry-title">${tvTitle}</h1><div class="entry-meta"><span class="posted-on">Updated on <time class="updated" datetime="2025-06-12">June 12,
2025</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/hannah/">Hannah Corrie</a></span></span></div></header>
<div class="entry-content"><div class="disclosure-box"><p>${tvDisc}</p></div>
${ps(tvP1)}
<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p>
<span class="ez-toc-title-toggle"><a href="#" aria-label="Toggle Table of Content">Toggle</a></span></div>
<nav><ul class="ez-toc-list">${tvH.map((h, i) => `<li><a class="ez-toc-link" href="#s${i}">${h}</a></li>`).join('')}</ul></nav></div>
<h2 id="s0"><span class="ez-toc-section" id="Where_we_stayed"></span>${tvH[0]}</h2>${ps(tvP2)}
<div class="booking-card"><p class="booking-card__title">${tvCard[0]}</p><p class="booking-card__meta">${tvCard[1]}</p>
<a class="booking-card__button" rel="sponsored nofollow" href="https://go.cottages.example/bracken">${tvCard[2]}</a></div>
${ad(1)}
<h2 id="s1">${tvH[1]}</h2>${ul(tvL3)}
<figure class="wp-block-image"><img src="/wp-content/uploads/2025/06/lowther-dales-pin.jpg" alt="Lowther Dales with kids pin"><figcaption>Pin this for
later!</figcaption></figure>
${ad(2)}
<h2 id="s2">${tvH[2]}</h2>${ps(tvP4)}
<h2 id="s3">${tvH[3]}</h2>${ul(tvL5)}${ps(tvP6)}</div>
<footer class="entry-meta"><span class="cat-links"><a href="/category/uk-breaks/" rel="category tag">UK Breaks</a></span>
<span class="tags-links">${tvTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-box"><h3 class="author-title">About the author</h3><p class="author-description">${tvBio}</p></div></div></article>
<div class="related-posts"><h2>You may also like</h2><ul>${links(tvAlso)}</ul></div>
<div class="comments-area" id="comments"><h3 class="comments-title">One comment</h3><ol class="comment-list"><li class="comment" id="comment-771">
<article class="comment-body"><footer class="comment-meta"><cite class="fn">${tvComment[0]}</cite><div class="comment-metadata">
<time>${tvComment[1]}</time></div></footer>
<div class="comment-content"><p>${tvComment[2]}</p></div><span class="reply"><a class="comment-reply-link" href="#">${tvComment[3]}</a></span>
</article></li></ol>
<div class="comment-respond" id="respond"><h3 class="comment-reply-title">${tvForm[0]}</h3><form class="comment-form"><p
class="comment-notes">${tvForm[1]}</p>
<textarea id="comment" aria-label="Comment"></textarea><label for="author">${tvForm[2]}</label><input id="author"><label for="email">${tvForm[3]}</label>
<input id="email"><label for="url">${tvForm[4]}</label><input id="url"><button class="submit">${tvForm[5]}</button></form></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><aside class="widget widget_text"><h2 class="widget-title">Hello, we’re the Corries</h2>
<div class="textwidget"><p>${tvBio}</p></div></aside>${ad(3)}</div></div></div>
<footer class="site-info"><ul>${links(tvFoot.slice(0, 4))}</ul><p class="copyright-bar">${tvFoot[4]}</p></footer></body></html>`;
const travelBlog: TestPage = {
  html: tvHtml,
  name: 'heldout222-family-travel-blog',
  kind: 'blog',
  // the disclosure box, the table of contents (its items repeat the headings and are left out), the booking card, ad
  // labels, the "Pin this for later!" caption, tags, author box, related posts and the reader comment are furniture
  title: tvTitle,
  headings: tvH,
  body: texts([...tvP1, ...tvP2, ...tvL3, ...tvP4, ...tvL5, ...tvP6]),
  bylines: ['Updated on June 12, 2025', 'by Hannah Corrie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wellies and Wanderings', ...tvNav, 'Search', tvDisc, 'Table of Contents', 'Toggle', ...tvCard, 'Advertisement',
    'Pin this for later!', 'UK Breaks', ...tvTags, 'About the author', tvBio, 'You may also like', ...tvAlso, 'One comment', ...tvComment, ...tvForm,
    'Hello, we’re the Corries', ...tvFoot,
  ],
};
export const HELDOUT222_F: readonly TestPage[] = [travelBlog, regionalThread];
