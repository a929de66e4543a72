import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout377-kit.js';

/**
 * Held-out batch 377, file e: a special collections blog post on WordPress (Twenty Twenty-One theme: site header and menu,
 * entry meta, figure caption, "Read more" promo, tags, share links, related posts, comments with reply form, cookie notice,
 * widgets, footer) and a reading room guide on LibGuides (Springshare header, breadcrumb, guide tabs, side navigation,
 * librarian profile box, "Last Updated" footer lines).
 */
const bTitle = 'A surveyor\u2019s field book turns up a letter';
const bBody = [
  j(
    'Cataloguing a collection of two hundred field books is slow work. Each book has to be opened, dated, matched to its',
    'surveyor and checked for loose papers. Most of the loose papers are what you would expect: scraps of tracing paper,',
    'a receipt for chain links, a pressed leaf. Last month our project archivist opened book 87 of the Marrable papers and',
    'found four folded sheets in Edith Marrable\u2019s hand.',
  ),
  j(
    'They turned out to be her own copy of a letter she sent to the Surveyors\u2019 Guild in March 1903, asking to be examined',
    'for full membership after the Guild had quietly set her application aside. The Guild\u2019s own archive does not survive,',
    'so this copy is the only record of what she wrote.',
  ),
];
const bWhy = [
  j(
    'We knew from her diaries that Edith was admitted to the Guild in 1904, but the diaries say almost nothing about how it',
    'happened. The letter fills the gap. It is polite, exact and quietly furious: she lists the surveys she has done under',
    'her own name and asks only "to be examined as any other candidate is examined".',
  ),
  'Three things stood out to us as we read it:',
  'She names the clients who would vouch for her, which lets us trace those surveys in Series II.',
  'She dates her independent work from 1894, two years earlier than the office records suggest.',
  'The letter is a fair copy, so a draft may still be hidden in another field book.',
];
const bNext = [
  j('If you have family papers that mention the Marrable practice or its clients, we would be very glad to hear from you.'),
  j(
    'The letter has been digitized and is now in our digital collections with a full transcript. Cataloguing of the field',
    'books continues through the summer, and we will post again if the draft turns up. Researchers are welcome to consult',
    'the originals in the reading room by appointment.',
  ),
];
const bMenu = ['Home', 'Collections', 'Exhibits', 'Visit Us', 'About the Blog'];
const bRelated = ['Mapping the Hesketh estate, one chain at a time', 'Conserving six map drawers of estate plans', 'New to the stacks: glassworks catalogues'];
const bWidgets = ['Recent Posts', 'Archives', 'March 2026', 'February 2026', 'Categories', 'Manuscripts', 'Digitization'];
const bHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A surveyor\u2019s field book turns up a letter &#8211; Hallam Library Special Collections Blog</title>
<meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-09T10:12:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"A surveyor's field book turns up a letter",
"author":{"@type":"Person","name":"Nadia Ferrant"},"datePublished":"2026-03-09"}</script>
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=2.1" media="all"></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-embed-responsive is-light-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding"><p class="site-title"><a href="/">Hallam
Library Special Collections</a></p><p class="site-description">Notes from the stacks</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">${links(bMenu, 'menu-item menu-item-type-post_type')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2291" class="post-2291 post type-post status-publish format-standard has-post-thumbnail hentry category-manuscripts">
<header class="entry-header alignwide"><h1 class="entry-title">${bTitle}</h1><figure class="post-thumbnail"><img width="1568" height="1045"
src="/wp-content/uploads/2026/03/fieldbook87.jpg" class="attachment-post-thumbnail wp-post-image" alt=""><figcaption class="wp-caption-text">Field book 87,
with the letter as it was found. Photo: Hallam Library Digitization Unit</figcaption></figure></header>
<div class="entry-content">${ps(bBody)}
<h2 class="wp-block-heading">Why the letter matters</h2><p>${bWhy[0]}</p><p>${bWhy[1]}</p><ul class="wp-block-list">${bWhy
  .slice(2)
  .map((w) => `<li>${w}</li>`)
  .join('')}</ul>
<p class="has-background has-pale-cyan-blue-background-color"><strong>Read more:</strong> <a href="/2025/11/mapping-hesketh">Mapping the Hesketh estate,
one chain at a time</a></p>
<h2 class="wp-block-heading">What happens next</h2>${ps(bNext)}</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published"
datetime="2026-03-09T10:12:00+00:00">March 9, 2026</time></span><span class="byline">By <a href="/author/nferrant/" rel="author">Nadia Ferrant</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/manuscripts/" rel="category tag">Manuscripts</a></span>
<span class="tags-links">Tagged <a href="/tag/marrable/" rel="tag">Marrable papers</a>,
<a href="/tag/women-in-the-field/" rel="tag">Women in the Field</a></span>
</div><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-email" href="#">Email</a></li>
<li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-print" href="#">Print</a></li></ul></div></footer></article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul>${links(bRelated, 'jp-relatedposts-post')}</ul></div>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
<li id="comment-5102" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Ruthanne Pell</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-5102">
<time datetime="2026-03-09T14:40:00+00:00">March
9, 2026 at 2:40 pm</time></a></div></footer><div class="comment-content"><p>Wonderful find. I looked for this letter for years when I was writing about the
valley.</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li id="comment-5107" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">J. Tull</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2026-03-10T08:05:00+00:00">March 10, 2026 at 8:05
am</time></div></footer><div class="comment-content"><p>My great-grandfather was one of her clients at Lowick. Is his name in the letter?</p></div>
</article></li>
</ol><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form id="commentform"
class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></main></div></div>
<aside class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(bRelated.slice(1))}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(['March 2026', 'February 2026'])}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(['Manuscripts', 'Digitization'])}</ul></section></aside>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name">Hallam Library Special Collections</div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span
id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span><span
id="cn-notice-buttons"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a></span></div></div></body></html>`;
const wpBlog: TestPage = {
  name: 'heldout377-wordpress-special-collections-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Why the letter matters', 'What happens next'],
  body: texts([...bBody, ...bWhy, ...bNext]),
  bylines: ['Published March 9, 2026', 'By Nadia Ferrant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hallam Library Special Collections', 'Notes from the stacks', ...bMenu,
    'Field book 87, with the letter as it was found. Photo: Hallam Library Digitization Unit', 'Read more:', ...bRelated, 'Categorized as Manuscripts',
    'Tagged Marrable papers, Women in the Field', 'Share this:', 'Email', 'Facebook', 'Print', 'Related', '2 comments', 'Ruthanne Pell', 'says:',
    'March 9, 2026 at 2:40 pm', 'Wonderful find. I looked for this letter for years when I was writing about the valley.', 'Reply', 'J. Tull',
    'March 10, 2026 at 8:05 am', 'My great-grandfather was one of her clients at Lowick. Is his name in the letter?', 'Leave a comment',
    'Your email address will not be published. Required fields are marked *', ...bWidgets, 'Proudly powered by WordPress.',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

const gTitle = 'Visiting the Special Collections Reading Room';
const gBefore = [
  j(
    'The reading room is open to everyone, whether or not you are a member of the university. Because most of our collections',
    'are stored off site or in closed stacks, we ask that you book a seat and request your material at least two working days',
    'before your visit.',
  ),
  'Book a seat using the online appointment form.',
  'Request items through the catalogue or the archives search; give the box or volume number where you can.',
  'Bring a photo ID with your current address. You will be asked to register on your first visit.',
];
const gRules = [
  j(
    'Our rules are there to protect unique and fragile material for future readers. Staff will explain them when you arrive,',
    'and will be glad to help if you are unsure how to handle an item.',
  ),
  'Pencils only; no pens, highlighters or erasers.',
  'Bags, coats and food must be left in the lockers outside the room.',
  'Use the foam supports and snake weights provided for bound volumes.',
  'Keep loose papers in the order in which you found them, and take one folder out of a box at a time.',
];
const gPhoto = [
  j(
    'Scanning and professional photography can be ordered through the copies service. Prices and turnaround times are',
    'listed on the copies page of this guide.',
  ),
  j(
    'You may take photographs of most material for your own research with a phone or camera, without flash. Please fill in',
    'a photography form at the desk first. Some collections are closed to photography because of copyright or donor',
    'agreements; staff will tell you if this applies.',
  ),
];
const gHours = [
  ['Monday to Thursday', '9:30 am - 5:00 pm'],
  ['Friday', '9:30 am - 1:00 pm'],
  ['Saturday (term time)', '10:00 am - 2:00 pm'],
] as const;
const gTabs = ['Home', 'Finding Material', 'Requesting Copies', 'Accessibility in the Reading Room'];
const gFoot = ['Print Page', 'Login to LibApps', 'Report a problem'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><title>Home - Visiting the Special Collections Reading Room - LibGuides at Hallam Library</title>
<meta name="description" content="How to plan a visit, request material and handle items in the Special Collections Reading Room.">
<meta name="DC.Creator" content="Ines Calloway"><meta name="DC.Date.Modified" content="2026-02-27">
<link rel="stylesheet" href="https://static-assets-us.libguides.example/web/css3.21.4/lg-public.min.css"><script>springSpace.Common = springSpace.Common || {};
springSpace.Common.baseURL = "https://guides.hallam.example/";</script></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-banner"><a href="https://library.hallam.example"><span>Hallam Library</span></a></div>
<div id="s-lib-bc"><ol id="s-lib-bc-list" class="breadcrumb"><li id="s-lib-bc-customer"><a href="https://library.hallam.example">Hallam Library</a></li>
<li id="s-lib-bc-site"><a href="https://guides.hallam.example/">LibGuides</a></li><li id="s-lib-bc-guide"><a href="#">Visiting the Special Collections Reading
Room</a></li><li id="s-lib-bc-page" class="active">Home</li></ol></div>
<div id="s-lg-guide-header" class="container s-lib-side-borders"><div id="s-lg-guide-header-info"><h1 id="s-lg-guide-name">${gTitle}</h1>
<div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">How to plan a visit, request material and handle items.</span></div></div></div>
<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders"><div class="row"><div id="s-lg-guide-tabs" class="col-md-3"><ul
class="nav nav-pills nav-stacked split-button-nav">${links(gTabs, 's-lg-tab')}</ul>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Librarian</h2><div class="s-lib-box-content"><div class="s-lib-profile-container">
<div class="s-lib-profile-name">Ines Calloway</div><div class="s-lib-profile-email"><a href="#">Email Me</a></div><div class="s-lib-profile-contact">
<strong>Contact:</strong> Special Collections, Level 2, Hallam Library</div>
<div class="s-lib-profile-subjects">Subjects: Archives, Local History</div></div></div></div></div>
<div id="s-lg-col-1" class="col-md-9"><div class="s-lib-box-container"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Before you visit</h2>
<div class="s-lib-box-content"><p>${gBefore[0]}</p><ul>${gBefore
  .slice(1)
  .map((g) => `<li>${g}</li>`)
  .join('')}</ul></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Opening hours</h2><div class="s-lib-box-content"><table class="table"><thead><tr><th>Day</th>
<th>Hours</th></tr></thead><tbody>${gHours.map(([d, h]) => `<tr><td>${d}</td>\n<td>${h}</td></tr>`).join('')}</tbody></table></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Handling the collections</h2><div class="s-lib-box-content"><p>${gRules[0]}</p>
<ol>${gRules
  .slice(1)
  .map((g) => `<li>${g}</li>`)
  .join('')}</ol></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Photography</h2><div class="s-lib-box-content">${ps(gPhoto)}</div></div></div>
<div id="s-lg-page-prevnext" class="pad-top-med pad-bottom-med"><a href="#">Next: Finding Material &gt;&gt;</a></div></div></div></div>
<div id="s-lib-footer-public" class="container s-lib-side-borders"><div id="s-lg-guide-footer"><div id="s-lib-footer-updated-date">
<strong>Last Updated:</strong>
Feb 27, 2026 11:14 AM</div><div id="s-lib-footer-url"><strong>URL:</strong> https://guides.hallam.example/readingroom</div>
<ul class="list-inline">${links(gFoot)}</ul>
</div><div id="s-lib-footer-brand">Powered by Springshare.</div><div id="s-lib-footer-rights">All rights reserved.</div></div>
<script src="https://static-assets-us.libguides.example/web/jquery/js/1.12.4_jquery.min.js"></script></body></html>`;
const libguide: TestPage = {
  name: 'heldout377-libguides-reading-room',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Before you visit', 'Opening hours', 'Handling the collections', 'Photography'],
  body: texts([...gBefore, ...gHours.map((h) => `${h[0]} ${h[1]}`), ...gRules, ...gPhoto]),
  bylines: ['Last Updated: Feb 27, 2026 11:14 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Hallam Library', 'LibGuides', ...gTabs, 'How to plan a visit, request material and handle items.', 'Librarian',
    'Ines Calloway', 'Email Me', 'Contact: Special Collections, Level 2, Hallam Library', 'Subjects: Archives, Local History', 'Next: Finding Material >>',
    'URL: https://guides.hallam.example/readingroom', ...gFoot, 'Powered by Springshare.', 'All rights reserved.',
  ],
};

export const HELDOUT377_E: readonly TestPage[] = [wpBlog, libguide];
