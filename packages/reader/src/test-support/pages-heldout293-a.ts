import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file a: a museum's collection object page on Gallery Systems' eMuseum (a data page: tombstone fields,
 * description and provenance fields, toolbar, image viewer, keywords, related objects, rights statement) and a historical
 * society's article on a WordPress site built with the Divi page builder (et_pb sections, post meta, inline "Read more"
 * promo, email opt-in module, post navigation, comment form, Complianz cookie banner).
 */
const eTitle = 'Sampler with Alphabet, Orchard and Verse';
const eFields = [
  'Maker: Hester Quayle (Marrowby, 1781–1859)',
  'Date: 1794',
  'Medium: Silk and wool on linen, cross and satin stitch',
  'Dimensions: 41.3 x 33.7 cm (16 1/4 x 13 1/4 in.)',
  'Classification: Textiles',
  'Object number: 1987.44.2',
  'Credit Line: Gift of the Pennick family in memory of Agnes Pennick',
];
const eDesc = [
  j(
    'Hester Quayle worked this sampler at the age of thirteen, while she was a pupil at the dame school kept by the widow Sarah Lund',
    'above a chandler’s shop on Quay Lane. The upper band holds two alphabets, one in capitals and one in small letters, followed by',
    'the numerals one to nine. Beneath them an orchard of five stylised apple trees grows out of a strip of green hillocks, with a',
    'pair of birds facing one another across the central trunk.',
  ),
  j(
    'The verse in the lower panel is not taken from any printed source the museum has been able to trace. It asks that the maker',
    'be “as patient as the tree that waits its fruit”, a line that may have been composed by the schoolmistress herself, since the',
    'same phrase appears on a second sampler from the school now in a private collection.',
  ),
  j(
    'The colours have faded unevenly. The reverse, protected from light, shows that the hillocks were once a sharp yellow-green and',
    'the birds a deep madder red. Conservation in 2011 removed an acidic card backing and a later frame; the sampler is now mounted',
    'on padded linen and displayed for no more than three months in any year.',
  ),
];
const eProv = [
  j(
    'By descent in the maker’s family to her great-granddaughter Agnes Pennick (1890–1979), Marrowby; by descent to her nephews;',
    'given to the museum in 1987.',
  ),
];
const eExh = ['“Stitched Lessons: Girls’ Schooling on the Northern Coast”, Lindqvist Museum, 12 May – 30 September 2012.'];
const eNav = ['Collections', 'Objects', 'People', 'Exhibitions', 'Collection Highlights', 'Advanced Search'];
const eKeys = ['samplers', 'needlework', 'education', 'fruit trees', 'animals in art'];
const eRel = ['Sampler with House and Fir Trees', 'Darning Sampler', 'Pocket with Floral Sprays', 'Workbox with Mirror Lid'];
const eFoot = ['Visit', 'What’s On', 'Our Collections', 'Support Us', 'Contact', 'Image Rights and Reproductions'];
const eHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${eTitle} – Lindqvist Museum of Northern Crafts – Collections</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Hester Quayle, ${eTitle}, 1794.">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="website">
<meta property="og:image" content="https://collections.lindqvistmuseum.example/internal/media/dispatcher/21944/full">
<link rel="stylesheet" href="/emuseum/css/emuseum.css"><link rel="stylesheet" href="/emuseum/custom/css/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${eTitle}","dateCreated":"1794",
"creator":{"@type":"Person","name":"Hester Quayle"},"artMedium":"Silk and wool on linen"}</script>
<script>var emuseum = {baseUrl: '/emuseum', locale: 'en', module: 'objects', id: 21944};</script></head>
<body class="emuseum detail objects"><div id="emuseumContainer">
<header class="header"><div class="logo"><a href="https://www.lindqvistmuseum.example">Lindqvist Museum of Northern Crafts</a></div>
<nav class="main-nav" role="navigation"><ul class="nav navbar-nav">${links(eNav)}</ul></nav>
<form class="search-form" action="/search"><input type="text" name="q" placeholder="Search the collection"><button type="submit">Search</button></form></header>
<div class="breadcrumb"><a href="/emuseum/">Collections</a> &gt; <a href="/emuseum/search/*/objects">Objects</a> &gt; <span>${eTitle}</span></div>
<div id="detailView" class="detailView"><div class="toolbarWrap"><ul class="toolbar">
<li><a href="#" class="addToMyCollections">Add to My Collections</a></li><li><a href="#" class="print">Print</a></li>
<li><a href="#" class="share">Share</a></li><li><a href="/objects/21943/prev">Previous</a></li><li><a href="/objects/21945/next">Next</a></li></ul></div>
<div class="emuseum-img-wrap"><div class="primaryMedia"><a href="/internal/media/dispatcher/21944/full">
<img src="/internal/media/dispatcher/21944/preview" alt="${eTitle}"></a></div>
<div class="mediaCaption">Photograph by Jonas Ekdal, 2012. Image © Lindqvist Museum of Northern Crafts</div>
<div class="mediaActions"><a href="#" class="zoom">Zoom</a> <a href="#" class="download">Download image</a></div></div>
<div class="emuseum-detail-category">
<div class="detailField titleField"><h1>${eTitle}</h1></div>
${eFields
  .map((f) => {
    const [l, ...v] = f.split(': ');
    return `<div class="detailField"><span class="detailFieldLabel">${l}: </span><span class="detailFieldValue">${v.join(': ')}</span></div>`;
  })
  .join('\n')}
<div class="detailField descriptionField"><h2 class="detailFieldLabel">Description</h2><div class="detailFieldValue">${ps(eDesc)}</div></div>
<div class="detailField provenanceField"><h2 class="detailFieldLabel">Provenance</h2><div class="detailFieldValue">${ps(eProv)}</div></div>
<div class="detailField exhibitionsField"><h2 class="detailFieldLabel">Exhibition History</h2><div class="detailFieldValue">${ps(eExh)}</div></div>
<div class="detailField keywordsField"><span class="detailFieldLabel">Keywords</span><ul class="keywords">${links(eKeys)}</ul></div>
<div class="detailField rightsField"><span class="detailFieldLabel">Rights</span><span class="detailFieldValue">No known copyright restrictions.
Photograph may be reused with credit.</span></div>
<div class="detailField permalinkField"><span class="detailFieldLabel">Permalink</span>
<span class="detailFieldValue">https://collections.lindqvistmuseum.example/objects/21944</span></div></div>
<div class="relatedObjects"><h3>Related Objects</h3><ul class="carousel">${links(eRel, 'result item')}</ul></div></div>
<footer class="footer"><ul class="footer-links">${links(eFoot)}</ul><p>Lindqvist Museum of Northern Crafts, 3 Harbour Row, Marrowby</p>
<p>Powered by eMuseum</p></footer></div>
<div class="cookie-notice" id="cookieNotice"><p>We use cookies to understand how visitors use our online collection.</p>
<button class="btn accept">Accept</button><button class="btn decline">Decline</button></div>
<script src="/emuseum/js/emuseum.min.js"></script></body></html>`;
const eMuseum: TestPage = {
  name: 'heldout293-emuseum-collection-object',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: ['Description', 'Provenance', 'Exhibition History'],
  body: texts([...eFields, ...eDesc, ...eProv, ...eExh]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lindqvist Museum of Northern Crafts', ...eNav, 'Search', 'Add to My Collections', 'Print', 'Share', 'Previous', 'Next',
    'Photograph by Jonas Ekdal, 2012. Image © Lindqvist Museum of Northern Crafts', 'Zoom', 'Download image', 'Keywords', ...eKeys, 'Rights',
    'No known copyright restrictions. Photograph may be reused with credit.', 'Permalink', 'https://collections.lindqvistmuseum.example/objects/21944',
    'Related Objects', ...eRel, ...eFoot, 'Lindqvist Museum of Northern Crafts, 3 Harbour Row, Marrowby', 'Powered by eMuseum',
    'We use cookies to understand how visitors use our online collection.', 'Accept', 'Decline',
  ],
};

const dTitle = 'The Lamplighters of Orrin Street, 1871–1912';
const dIntro = [
  j(
    'For forty years, the gas lamps of Orrin Street were lit each evening by the same small company of men. Their names survive in the',
    'borough’s wage books, in a handful of photographs and in the memories that members’ grandparents passed down. This article gathers',
    'what the society has learned about them since the wage books came to our archive in 2019.',
  ),
];
const dH = ['A round of sixty lamps', 'Pay, ladders and weather', 'The last lighting'];
const dS1 = [
  j(
    'The Fenwick Valley Gas Company laid its first mains along Orrin Street in 1869 and the borough took over the lamps two years',
    'later. A single lamplighter, Ezra Holt, was engaged to light and extinguish sixty lamps between the bridge and the Corn Exchange.',
    'By 1880 the round had been split in two, and a boy was hired to carry the spare mantles and the oil for the hand lamps.',
  ),
  'The wage books record the round in a fixed order, and from them we can rebuild a lighter’s evening:',
];
const dList = [
  'collecting the pole, the spirit torch and the key to the meter house at the depot on Tanner’s Yard;',
  'lighting the bridge lamps first, because the carters wanted them before anyone else;',
  'working up the east side of the street to the Corn Exchange and back down the west side;',
  'reporting broken glass or a blocked jet to the foreman before nine o’clock.',
];
const dS2 = [
  j(
    'A lighter was paid eighteen shillings a week in 1875 and a guinea by 1900. Out of this he kept his own boots and coat; the',
    'borough supplied the pole, which was replaced whenever the brass hook wore smooth. The wage books note fines of sixpence for',
    'lamps found unlit, and twice they record a bonus for the hard winter of 1895, when the lighters went out through three weeks of snow.',
  ),
  j(
    'Ladders were only used for cleaning. Each lamp was washed once a month, and the cleaning days were the ones the lighters dreaded:',
    'the glass had to be polished from a ladder propped against the post, often with a queue of traffic waiting underneath.',
  ),
];
const dQuote = '“My grandfather said you could tell the time in Orrin Street by which lamp was lit. He never carried a watch.”';
const dS3 = [
  j(
    'The borough switched Orrin Street to electric lighting in the autumn of 1912. The last gas round was walked on 30 October by',
    'Thomas Pell, who had started as the lighter’s boy in 1889. The local paper gave the change two lines; Pell’s daughter later told',
    'the society that he came home that night, hung his pole behind the kitchen door and never spoke of the job again.',
  ),
  j(
    'If you have photographs of Orrin Street before 1912, or family stories of the lighters, the society would be glad to hear from',
    'you. Copies can be made at our Thursday drop-in, and the originals returned the same day.',
  ),
];
const dNav = ['Home', 'About the Society', 'Articles', 'Events', 'Archive', 'Membership', 'Contact'];
const dRecent = ['The Corn Exchange fire of 1903', 'Street names of the Tanner’s Yard quarter', 'Our new reading room opens'];
const dCats = ['Buildings', 'Local History', 'People', 'Society News'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${dTitle} | Fenwick Valley Historical Society</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<link rel="canonical" href="https://fenwickvalleyhistory.example/lamplighters-of-orrin-street/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-12T09:00:00+00:00"><meta name="generator" content="WordPress 6.7.2">
<meta name="generator" content="Divi v.4.27.4"><link rel="stylesheet" id="divi-style-css" href="/wp-content/themes/Divi/style.min.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${dTitle}",
"author":{"name":"Margaret Tull"},"datePublished":"2026-03-12T09:00:00+00:00"}]}</script>
<script>var et_site_url='https://fenwickvalleyhistory.example';var et_post_id='2214';</script></head>
<body class="post-template-default single single-post postid-2214 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_right_sidebar et_divi_theme et-db"><div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container">
<a href="/"><img src="/wp-content/uploads/fvhs-logo.png" alt="Fenwick Valley Historical Society" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(dNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-2214" class="et_pb_post post-2214 post type-post status-publish format-standard has-post-thumbnail category-local-history">
<div class="et_post_meta_wrapper"><h1 class="entry-title">${dTitle}</h1>
<p class="post-meta"> by <span class="author vcard"><a href="/author/mtull/" rel="author">Margaret Tull</a></span> | <span class="published">Mar 12, 2026</span>
| <a href="/category/local-history/" rel="category tag">Local History</a> | <span class="comments-number"><a href="#respond">2 comments</a></span></p>
<img src="/wp-content/uploads/2026/03/orrin-street-1898.jpg" alt="" class="" width="1080" height="675"></div>
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${ps(dIntro)}
<h2>${dH[0]}</h2>${ps(dS1)}<ul>${dList.map((l) => `<li>${l}</li>`).join('\n')}</ul></div></div>
<div class="et_pb_module et_pb_image et_pb_image_0"><span class="et_pb_image_wrap"><img src="/wp-content/uploads/2026/03/pell-pole.jpg" alt=""></span>
<div class="et_pb_text_inner image-caption">Thomas Pell with his lighting pole, about 1905. Society archive, Pell collection.</div></div>
<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><h2>${dH[1]}</h2>${ps(dS2)}
<p class="read-more-promo"><strong>Read more:</strong> <a href="/corn-exchange-fire-1903/">How the Corn Exchange fire of 1903 was fought by lamplight</a></p>
</div></div>
<div class="et_pb_module et_pb_blurb et_pb_blurb_0"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container">
<div class="et_pb_blurb_description"><blockquote><p>${dQuote}</p></blockquote></div></div></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2"><div class="et_pb_text_inner"><h2>${dH[2]}</h2>${ps(dS3)}</div></div>
<div class="et_pb_module et_pb_signup_0 et_pb_newsletter_layout_left_right et_pb_newsletter et_pb_subscribe clearfix et_pb_bg_layout_dark">
<div class="et_pb_newsletter_description"><h2 class="et_pb_module_header">Join our mailing list</h2>
<div class="et_pb_newsletter_description_content"><p>New articles, talks and archive open days, once a month.</p></div></div>
<div class="et_pb_newsletter_form"><form method="post"><p class="et_pb_newsletter_field"><input type="text" placeholder="Email"></p>
<p class="et_pb_newsletter_button_wrap"><a class="et_pb_newsletter_button et_pb_button" href="#"><span class="et_subscribe_loader"></span>
<span class="et_pb_newsletter_button_text">Subscribe</span></a></p></form></div></div>
</div></div></div></div></div></div>
<div class="et_post_meta_wrapper"><div class="et_pb_post_nav"><span class="nav-previous"><a href="/corn-exchange-fire-1903/" rel="prev">
<span class="meta-nav">&larr;</span> The Corn Exchange fire of 1903</a></span>
<span class="nav-next"><a href="/our-new-reading-room/" rel="next">Our new reading room opens <span class="meta-nav">&rarr;</span></a></span></div>
<section id="comment-wrap"><h1 id="comments" class="page_title">2 Comments</h1><ol class="commentlist clearfix">
<li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="comment-body clearfix">
<div class="comment_postinfo"><span class="fn">Dennis Aldous</span><span class="comment_date">on March 13, 2026 at 7:41 pm</span></div>
<div class="comment_area"><div class="comment-content clearfix"><p>Lovely piece. My great-uncle was the boy on the second round in the 1890s.</p>
<span class="reply-container"><a class="comment-reply-link" href="#">Reply</a></span></div></div></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-91"><article id="comment-91" class="comment-body clearfix">
<div class="comment_postinfo"><span class="fn">Ruth Kemble</span><span class="comment_date">on March 15, 2026 at 10:02 am</span></div>
<div class="comment_area"><div class="comment-content clearfix"><p>Is the wage book open to visitors? I would love to look for a family name.</p>
</div></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">Submit Comment</button></p></form></div></section></div>
</article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
<input type="text" value="" name="s" id="s"><input type="submit" id="searchsubmit" value="Search"></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>${links(dRecent)}</ul></div>
<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Categories</h4><ul>${links(dCats, 'cat-item')}</ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-facebook">
<a href="#" class="icon"><span>Facebook</span></a></li></ul>
<div id="footer-info">Fenwick Valley Historical Society, registered charity no. 1093377 | Designed by Elegant Themes |
Powered by WordPress</div></div></div></footer>
</div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/themes/Divi/js/scripts.min.js" id="divi-custom-script-js"></script></body></html>`;
const divi: TestPage = {
  name: 'heldout293-wordpress-divi-history-article',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dS1, ...dList, ...dS2, dQuote, ...dS3]),
  bylines: ['Margaret Tull', 'Mar 12, 2026', 'Dennis Aldous', 'on March 13, 2026 at 7:41 pm', 'Ruth Kemble', 'on March 15, 2026 at 10:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Select Page', '2 comments', 'Thomas Pell with his lighting pole, about 1905. Society archive, Pell collection.',
    'Read more: How the Corn Exchange fire of 1903 was fought by lamplight', 'Join our mailing list',
    'New articles, talks and archive open days, once a month.', 'Subscribe', '2 Comments',
    'Lovely piece. My great-uncle was the boy on the second round in the 1890s.', 'Reply',
    'Is the wage book open to visitors? I would love to look for a family name.', 'Submit a Comment', 'Your email address will not be published.',
    'Submit Comment', 'Recent Posts', ...dRecent, 'Categories', ...dCats, 'Facebook',
    'Fenwick Valley Historical Society, registered charity no. 1093377 | Designed by Elegant Themes | Powered by WordPress', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT293_A: readonly TestPage[] = [eMuseum, divi];
