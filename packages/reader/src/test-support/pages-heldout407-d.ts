import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout407-kit.js';

/**
 * Held-out batch 407, file d: a lost-and-found pets listing from a Next.js app (CSS-module class names, __NEXT_DATA__,
 * a filter bar, listing cards whose titles are headings and whose descriptions are body, status badges, "Posted" dates,
 * contact buttons, a "Post a lost or found pet" banner and a map placeholder) and a wildlife rescue's patient update on
 * Blogger's Contempo theme (date header, post labels, share buttons, "Popular posts" and archive widgets, comments).
 */
const lfTitle = 'Lost and found pets near Fairhaven';
const lfIntro = j(
  'Reports from neighbours, shelters and vets in Fairhaven and the surrounding towns, newest first. If you recognise a pet, use the',
  'contact button on the card; your message goes straight to the person who posted it.',
);
const lfCards: readonly (readonly [string, string, string, string])[] = [
  [
    'Lost',
    'Tucker, brown and white springer spaniel',
    'Posted Mar 18',
    j(
      'Slipped his collar near the boat ramp on Harbor Street on Sunday afternoon. Friendly but will not come to strangers who chase him;',
      'please sit down and call his name. Microchipped, neutered, has a scar over his left eye.',
    ),
  ],
  [
    'Found',
    'Grey tabby cat with a green collar, Linden Avenue',
    'Posted Mar 18',
    j(
      'Turned up on our porch three nights running and is very vocal about breakfast. Well fed, no tag on the collar. We have checked',
      'with the Fairhaven shelter and she has not been reported. Scanned for a chip at Linden Vet: none found.',
    ),
  ],
  [
    'Lost',
    'Pistachio, green-cheeked conure',
    'Posted Mar 17',
    j(
      'Flew out of an open window on Orchard Lane. He says "hello pretty" and whistles the first line of a lullaby. He is scared of crows',
      'and may be hiding low in hedges. Reward offered.',
    ),
  ],
  [
    'Reunited',
    'Daisy, elderly black Labrador',
    'Posted Mar 15',
    j(
      'Daisy was found two miles away in a neighbour\u2019s shed and is home, tired and very pleased with herself. Thank you to everyone',
      'who shared her post and walked the fields with us on Saturday night.',
    ),
  ],
  [
    'Found',
    'Young male husky mix, Route 4 near the quarry',
    'Posted Mar 14',
    j(
      'Picked up by the road, blue eyes, no collar, very thin. He is now at Fairhaven Animal Control, where he will be held for five days',
      'before he can be adopted. Call them with his description and your proof of ownership.',
    ),
  ],
];
const lfNav = ['Lost & Found', 'Adopt', 'Shelters', 'Tips', 'Log in'];
const lfFilters = ['All', 'Lost', 'Found', 'Reunited', 'Dogs', 'Cats', 'Other'];
const lfFoot = ['About', 'Privacy', 'Terms', 'Help'];
const lfHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Lost and found pets near Fairhaven | PawsHome Finder</title><meta name="description" content="Lost and found dogs, cats and other pets near Fairhaven."/>
<meta property="og:type" content="website"/><link rel="preload" href="/_next/static/css/8c1f0a3e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8c1f0a3e.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4b1e.js" defer=""></script><script src="/_next/static/chunks/pages/lost-found-77ac.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__Yv2pd"><header class="Header_header__q1W8s"><a class="Header_logo__2Lk0e" href="/">PawsHome Finder</a>
<nav class="Header_nav__c9Hh1"><ul>${links(lfNav, 'Header_item__Rt3aP')}</ul></nav></header>
<div class="Banner_banner__pX0kA" role="region"><p class="Banner_text__N8vJ2">Lost your pet? Post a free alert and we will share it with shelters within
10 miles.</p><a class="Button_primary__1zQx6" href="/post">Post a lost or found pet</a></div>
<main class="LostFound_main__hT3sQ"><h1 class="LostFound_title__b7Ue1">${lfTitle}</h1><p class="LostFound_intro__6Sg3k">${lfIntro}</p>
<div class="Filters_bar__mQ8tN" role="toolbar" aria-label="Filter listings">${lfFilters
  .map(
    (f) => `<button class="Filters_chip__0vWzk"
type="button">${f}</button>`,
  )
  .join('\n')}
</div><div class="LostFound_layout__Kq4rB"><ul class="LostFound_list__E2pZc">
${lfCards
  .map(
    (c, i) => `<li class="ListingCard_card__x7Yq2"><article><div class="ListingCard_media__fz31D">
<img alt="" src="/_next/image?url=%2Fuploads%2F${i}.jpg&amp;w=384"/>
<span class="Badge_badge__Gp1cL Badge_${c[0].toLowerCase()}__u3Kx9">${c[0]}</span></div><div class="ListingCard_body__n0RtT">
<h2 class="ListingCard_title__aM5sD">
<a href="/listing/${4410 + i}">${c[1]}</a></h2><p class="ListingCard_meta__oQ7Vb"><time dateTime="2026-03-1${8 - i}">${c[2]}</time></p>
<p class="ListingCard_desc__3tZfE">${c[3]}</p><div class="ListingCard_actions__pV6yH"><button class="Button_secondary__kL9dw">Contact poster</button>
<button class="Button_ghost__W1sQe">Share</button></div></div></article></li>`,
  )
  .join('\n')}
</ul><aside class="Map_map__0cQ3e" aria-label="Map of listings"><div class="Map_placeholder__F3n8a">Map data © 2026 OpenMapTiles</div></aside></div>
<nav class="Pagination_nav__s2Yt0" aria-label="Pagination"><a href="?page=2" class="Pagination_next__UuE8p">Load more listings</a></nav></main>
<footer class="Footer_footer__9HkLm"><ul>${links(lfFoot)}</ul><p>© 2026 PawsHome Finder. Listings are posted by the public and are not verified.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"area":"fairhaven","total":37}},"page":"/lost-found",
"query":{},"buildId":"q8k2Lw0","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout407-nextjs-lost-found-listing',
  kind: 'docs',
  html: lfHtml,
  title: lfTitle,
  headings: lfCards.map((c) => c[1]),
  body: texts([lfIntro, ...lfCards.map((c) => c[3])]),
  bylines: ['Posted Mar 18', 'Posted Mar 17', 'Posted Mar 15', 'Posted Mar 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PawsHome Finder', ...lfNav, 'Lost your pet? Post a free alert and we will share it with shelters within 10 miles.', 'Post a lost or found pet',
    ...lfFilters, 'Contact poster', 'Share', 'Map data © 2026 OpenMapTiles', 'Load more listings', ...lfFoot,
    '© 2026 PawsHome Finder. Listings are posted by the public and are not verified.',
  ],
};

const bgTitle = 'Patient update: the Heron Creek barn owl is flying again';
const bgBody = [
  j(
    'Regular readers will remember patient 26-114, the young barn owl brought in by a farmer from Heron Creek in late January after',
    'she was found tangled in baling twine. She had a deep wound on her right wing and had not eaten for what we guessed were several days.',
  ),
  j(
    'We are delighted to report that last week she completed her first full session in our forty-foot flight cage without landing',
    'early, and she is now on course to be released in the same barn where she was found.',
  ),
];
const bgCare = [
  j(
    'The twine had cut into the skin and muscle around her wrist joint, and for the first ten days our main worry was infection.',
    'She was on antibiotics and pain relief, with her wing wrapped and her dressings changed every other day under light anaesthetic.',
  ),
  j(
    'Owls are famously difficult patients because they hate being handled, and every handling session costs them energy. Our',
    'volunteers kept her in a dark, quiet room and fed her defrosted mice through a hatch so she rarely saw a human face.',
  ),
];
const bgNext = [
  'Two more weeks of daily flight sessions to build stamina',
  'A live-prey test to make sure she can hunt for herself',
  'A final check-up and weight check with our vet',
  'A dusk release at Heron Creek, weather permitting',
];
const bgClose = j(
  'Her care so far has cost around $620 in medicine and food. If you would like to support patients like her, you can adopt an owl',
  'for a year through our website. And please, if you use baling twine, cut it before you throw it away.',
);
const bgLabels = ['barn owls', 'patient updates', 'releases'];
const bgPopular = ['Why you should not feed bread to ducks', 'Found a baby bird? Read this first', 'Our 2025 year in patients'];
const bgArchive = ['March 2026 (4)', 'February 2026 (6)', 'January 2026 (3)'];
const bgComment = 'So glad she made it! We have owls in our barn too and I will be cutting every bit of twine from now on.';
const bgHtml = `<!DOCTYPE html><html class="v2" dir="ltr" lang="en"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://wildcreekrehab.blogspot.example/favicon.ico"
rel="icon" type="image/x-icon"><link href="https://wildcreekrehab.blogspot.example/2026/03/heron-creek-barn-owl.html" rel="canonical">
<title>Wild Creek Wildlife Rehabilitation: ${bgTitle}</title><meta content="${bgTitle}" property="og:title">
<style id="page-skin-1" type="text/css">body{font:15px Roboto, sans-serif;} .post-body{line-height:1.6}</style>
<script type="text/javascript">window._blogger_vars = {"blogId":"4411820039","postId":"88120034"};</script></head>
<body class="version-1-3-3 variant-indie_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="bg-photo-overlay"></div><div class="page"><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name"><div
class="section" id="header" name="Header"><div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1><a
href="https://wildcreekrehab.blogspot.example/">Wild Creek Wildlife Rehabilitation</a></h1></div><p>Caring for injured and orphaned wildlife in the
Marren Valley since 1998</p></div></div></div></div><nav role="navigation"><div class="widget PageList" id="PageList1"><ul>
${links(['Home', 'Found an animal?', 'Volunteer', 'Donate'], 'overflowable-item')}</ul></div></nav></div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body" name="Page Body">
<div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${bgTitle}",
"datePublished":"2026-03-20T18:04:00-07:00","author":{"@type":"Person","name":"Wren Calloway"}}</script>
<a name="88120034"></a><h3 class="post-title entry-title">${bgTitle}</h3>
<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">by</span> <span
class="fn">Wren Calloway</span></span> <span class="byline post-timestamp"><a class="timestamp-link" href="#" rel="bookmark"><time class="published"
datetime="2026-03-20T18:04:00-07:00">March 20, 2026</time></a></span></div></div>
<div class="post-body entry-content float-container" id="post-body-88120034">
<div class="separator" style="clear: both;"><a href="https://blogger.googleusercontent.example/img/owl-1.jpg"><img border="0" height="400"
src="https://blogger.googleusercontent.example/img/owl-1.jpg" width="600"></a></div>
<table align="center" class="tr-caption-container"><tbody><tr><td class="tr-caption" style="text-align: center;">Patient 26-114 on her perch in the flight
cage. Photo by volunteer Sam Idowu.</td></tr></tbody></table>
${ps(bgBody)}
<h4>Her treatment</h4>
${ps(bgCare)}
<h4>What happens next</h4>
<ul>${bgNext.map((n) => `<li>${n}</li>`).join('\n')}</ul>
<p>${bgClose}</p>
</div><div class="post-footer"><div class="post-footer-line post-footer-line-0"><div class="byline post-share-buttons goog-inline-block"><div
class="share-buttons-container"><ul class="share-buttons"><li><a class="goog-inline-block share-button sb-email" href="#">Email This</a></li>
<li><a class="share-button sb-blog" href="#">BlogThis!</a></li><li><a class="share-button sb-facebook" href="#">Share to Facebook</a></li></ul></div></div>
</div>
<div class="post-footer-line post-footer-line-2"><span class="byline post-labels"><span class="byline-label">Labels:</span>
${bgLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(',\n')}</span></div></div></div>
<section class="comments threaded" id="comments"><h3 class="title">1 comment:</h3><div class="comments-content"><div class="comment-thread"><ol>
<li class="comment" id="c5520"><div class="comment-block"><div class="comment-header"><cite class="user">Marguerite L.</cite>
<span class="datetime secondary-text"><a
rel="nofollow" href="#c5520">March 21, 2026 at 7:15 AM</a></span></div><p class="comment-content">${bgComment}</p>
<span class="comment-actions secondary-text"><a
class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin"><a href="#">Delete</a></span></span></div></li></ol></div>
<div class="comment-footer"><a href="#" class="comment-post">Post a Comment</a></div></section></div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a> <a class="blog-pager-older-link"
href="#">Older Post</a> <a class="home-link" href="/">Home</a></div></div></div></main>
<aside class="sidebar-container container sidebar-invisible" role="complementary"><div class="sidebar_top_wrapper"><div class="widget PopularPosts"
id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bgPopular)}</ul></div><div class="widget BlogArchive" id="BlogArchive1"><h3
class="title">Archive</h3><ul class="hierarchy">${links(bgArchive)}</ul></div></div></aside></div></div>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="copyright">Powered by Blogger</div>
<div class="image-attribution">Theme images by Michael Elkan</div></div></footer></div>
<script type="text/javascript" src="https://www.blogger.example/static/v1/widgets/3845888474-widgets.js"></script></body></html>`;
const blogger: TestPage = {
  name: 'heldout407-blogger-wildlife-patient-update',
  kind: 'blog',
  html: bgHtml,
  title: bgTitle,
  headings: ['Her treatment', 'What happens next'],
  body: texts([...bgBody, ...bgCare, ...bgNext, bgClose]),
  bylines: ['Wren Calloway', 'March 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wild Creek Wildlife Rehabilitation', 'Caring for injured and orphaned wildlife in the Marren Valley since 1998', 'Home',
    'Found an animal?', 'Volunteer', 'Donate', 'Patient 26-114 on her perch in the flight cage. Photo by volunteer Sam Idowu.', 'Email This', 'BlogThis!',
    'Share to Facebook', 'Labels:', ...bgLabels, '1 comment:', 'Marguerite L.', 'March 21, 2026 at 7:15 AM', bgComment, 'Reply', 'Delete', 'Post a Comment',
    'Newer Post', 'Older Post', 'Popular Posts', ...bgPopular, 'Archive', ...bgArchive, 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
};

export const HELDOUT407_D: readonly TestPage[] = [nextjs, blogger];
