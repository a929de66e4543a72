import { links, type TestPage, texts } from './page-kit.js';
import { at, j, lis, page } from './pages-heldout456-kit.js';

/**
 * Held-out batch 456, file a2: an N gauge harbour layout build log on Blogger (Contempo theme, post title in an h3) with labels,
 * an empty comment box and the hidden drawer sidebar.
 */
const bTitle = 'Quayside in N, week 14: cobbles, setts and a crane base';
const bBody = [
  j(
    'Not a lot of running this week but plenty of progress on the quay itself. The whole front of the harbour is now surfaced and I',
    'have finally worked out where the travelling crane will sit.',
  ),
  j(
    'The cobbles are embossed plasticard sheet, cut into strips about 15 mm wide so the joins fall along the line of the rails.',
    'Between the rails I used plain 0.5 mm sheet scribed by hand with a pin in a pin vice, which took two evenings and a lot of tea.',
  ),
  'The order of work on each section went like this:',
  'glue the plasticard down with solvent and weigh it flat overnight',
  'fill the gap against the rail with a line of grey filler',
  'prime with grey, then dry-brush three shades of stone',
  'wash the gaps with thinned black and wipe the tops clean',
  j(
    'The crane base is a scrap of 2 mm styrene with a ring of Microstrip bolt heads. It sits over a short length of track so the crane',
    'can be lifted off and put back without anyone noticing. I will write up the crane itself when the etch arrives from Bellworth.',
  ),
  j(
    'Next week, if the weather keeps me indoors: the harbour wall facing and the first of the water. I am still torn between clear',
    'resin and layers of gloss varnish, so opinions in the comments are very welcome.',
  ),
];
const bLabels = ['crane', 'harbour', 'N gauge', 'scenery'];
const bArchive = ['March 2027 (3)', 'February 2027 (4)', 'January 2027 (5)', 'December 2026 (2)'];
const bHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB'><head><meta content='width=device-width, initial-scale=1' name='viewport'>
<title>Quayside in N: ${bTitle}</title><meta content='blogger' name='generator'>
<link href='https://quaysideinn.blogspot.com/2027/03/week-14.html' rel='canonical'>
<meta content='${bTitle}' property='og:title'><style id='page-skin-1' type='text/css'>body{overflow-wrap:break-word;word-break:break-word}
.sidebar-container{transform:translateX(-100%)}</style>
<script type='text/javascript'>window._gaq = window._gaq || [];</script></head>
<body class='version-1-3-3 variant-indie_light'><a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='page'><div class='bg-photo-overlay'></div><div class='bg-photo-container'><div class='bg-photo'></div></div>
<div class='page_body'><div class='centered'><div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'><div class='centered-top'><div class='blog-name container'>
<div class='section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'><div class='header-widget'><div>
<h1><a href='https://quaysideinn.blogspot.com/'>Quayside in N</a></h1></div><p>A small N gauge harbour layout, one evening at a time</p></div></div>
</div></div><div class='search'><button aria-label='Search' class='search-expand touch-icon-button'><div class='flat-icon-button ripple'>
<svg class='svg-icon-24 search-expand-icon'><use xlink:href='/responsive/sprite_v1_6.css.svg#ic_search_black_24dp'></use></svg></div></button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>Search This
Blog</h3><div class='widget-content' role='search'><form action='https://quaysideinn.blogspot.com/search' target='_top'>
<input aria-label='Search this blog' autocomplete='off' name='q' placeholder='Search this blog' value=''></form></div></div></div></div></div></header>
<div class='centered-bottom'><main class='centered-bottom' id='main' role='main' tabindex='-1'><div class='main section' id='page_body' name='Page body'>
<div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'><article class='post-outer-container'>
<div class='post-outer'><div class='post'><script type='application/ld+json'>{"@context":"http://schema.org","@type":"BlogPosting",
"headline":"${bTitle}","datePublished":"2027-03-07T21:14:00Z","author":{"@type":"Person","name":"Maureen Alsop"}}</script>
<a name='4471029938120'></a><h3 class='post-title entry-title'>${bTitle}</h3><div class='post-header'><div class='post-header-line-1'>
<span class='byline post-timestamp'><a class='timestamp-link' href='https://quaysideinn.blogspot.com/2027/03/week-14.html' rel='bookmark'
title='permanent link'><time class='published' datetime='2027-03-07T21:14:00Z' title='2027-03-07T21:14:00Z'>March 07, 2027</time></a></span>
</div></div><div class='post-body entry-content float-container' id='post-body-4471029938120'>
<div>${at(bBody, 0)}</div><div><br></div>
<div class='separator' style='clear: both;'><a href='https://blogger.googleusercontent.com/img/b/quay-cobbles.jpg' style='display: block; padding: 1em 0;
text-align: center;'><img alt='' border='0' width='400' src='https://blogger.googleusercontent.com/img/b/w400/quay-cobbles.jpg'></a></div>
<div>${at(bBody, 1)}</div><div><br></div><div>${at(bBody, 2)}</div><div><ul>${lis(bBody.slice(3, 7))}</ul></div>
<div>${at(bBody, 7)}</div><div><br></div><div>${at(bBody, 8)}</div></div>
<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'>
<span class='byline post-author vcard'><span class='post-author-label'>Posted by</span> <span class='fn'><a class='g-profile'
href='https://www.blogger.com/profile/0912' rel='author' title='author profile'><span>Maureen Alsop</span></a></span></span></div>
<div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span class='byline-label'>Labels:</span>
${bLabels.map((l) => `<a href='https://quaysideinn.blogspot.com/search/label/${l}' rel='tag'>${l}</a>`).join('\n')}</span></div></div>
<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'><div class='sharing'>
<ul aria-hidden='true' aria-label='Share' class='share-buttons hidden' role='menu'><li><span class='sharing-platform-button'>Get link</span></li>
<li><span class='sharing-platform-button'>Facebook</span></li><li><span class='sharing-platform-button'>Email</span></li></ul></div></div></div></div>
</div></div><section class='comments embed' data-num-comments='0' id='comments'><a name='comments'></a><h3 class='title'>Comments</h3>
<div id='Blog1_comments-block-wrapper'></div><div class='footer'><div class='comment-form'><a name='comment-form'></a>
<h4 id='comment-post-message'>Post a Comment</h4><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post'
frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></div></section></article></div>
<div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link flat-button ripple' href='/2027/03/week-15.html'
title='Newer Post'>Newer Post</a><a class='blog-pager-older-link flat-button ripple' href='/2027/02/week-13.html' title='Older Post'>Older Post</a>
<a class='home-link flat-button ripple' href='https://quaysideinn.blogspot.com/'>Home</a></div></div></div></main></div></div></div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'><div class='navigation'><button class='svg-icon-24-button
flat-icon-button ripple sidebar-back'><svg class='svg-icon-24'></svg></button></div><div class='sidebar_top_wrapper'><div class='sidebar_top section'
id='sidebar_top' name='Sidebar (Top)'><div class='widget Profile' data-version='2' id='Profile1'><h3 class='title'>About Me</h3>
<div class='widget-content individual'><a href='https://www.blogger.com/profile/0912'><img alt='My photo' class='profile-img' height='113'
src='//blogger.googleusercontent.com/img/avatar.jpg' width='113'></a><div class='profile-info'><dl class='profile-datablock'><dt class='profile-name'>
<a class='profile-link g-profile' href='https://www.blogger.com/profile/0912' rel='author'>Maureen Alsop</a></dt><dd class='profile-textblock'>Retired
draughtswoman modelling the harbours of the north-east coast in 2 mm scale.</dd></dl><a class='profile-link visit-profile'
href='https://www.blogger.com/profile/0912' rel='author'>Visit profile</a></div></div></div></div></div>
<div class='sidebar_bottom section' id='sidebar_bottom' name='Sidebar (Bottom)'><div class='widget BlogArchive' data-version='2' id='BlogArchive1'>
<h3 class='title'>Archive</h3><div class='widget-content'><ul class='hierarchy'>${links(bArchive, 'archivedate')}</ul></div></div>
<div class='widget Label' data-version='2' id='Label1'><h3 class='title'>Labels</h3><div class='widget-content list-label-widget-content'><ul>
${links(bLabels)}</ul></div></div><div class='widget ReportAbuse' data-version='2' id='ReportAbuse1'><h3 class='title'><a class='report_abuse'
href='https://www.blogger.com/go/report-abuse' rel='noopener noreferrer' target='_blank'>Report Abuse</a></h3></div></div></aside>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'><div class='widget-content'>
<div class='blogger'><a href='https://www.blogger.com' rel='nofollow'><svg class='svg-icon-24'></svg>Powered by Blogger</a></div>
<div class='image-attribution'>Theme images by <a href='http://www.offset.com/photos/394244'>Michael Elkan</a></div></div></div></footer></div>
<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/2101225034-widgets.js'></script></body></html>`;
const blogger: TestPage = page({
  name: 'heldout456-blogger-quayside-log',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: ['March 07, 2027', 'Posted by Maureen Alsop', 'Maureen Alsop'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Quayside in N', 'A small N gauge harbour layout, one evening at a time', 'Search This Blog', 'Labels:', ...bLabels,
    'Comments', 'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'About Me',
    'Retired draughtswoman modelling the harbours of the north-east coast in 2 mm scale.', 'Visit profile', 'Archive', ...bArchive, 'Labels',
    'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
  ],
});

export const HELDOUT456_A2: readonly TestPage[] = [blogger];
