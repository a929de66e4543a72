import { type TestPage, texts } from './page-kit.js';
import { bgComments, bgCookie, bgPopular, bgShare, bgSidebar } from './pages-heldout121-f4.js';

/**
 * Held-out batch 121, file f2: a Blogger post in the Contempo theme (the skip link, the centred top header with the back
 * button, the search widget with its hidden "Search This Blog" title, the blog name and description, the post title in an h3,
 * the share button and its hidden share menu, the timestamp, the post body in Blogger's editor markup with a separator image in
 * a caption table, a "Posted by" and "Labels:" footer, threaded comments with "Reply" and "Delete" links and the "Post a
 * Comment" form, the "Popular posts from this blog" widget, the hidden sidebar drawer with profile, archive, labels and "Report
 * Abuse", the "Powered by Blogger" footer and the Google cookie notice).
 */
const bgTitle = 'A morning at Callow Marsh: first sand martins of the year';
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const bgP1 = paras(`
Out of the door at half past six on Sunday, with a flask and my old binoculars, and down to Callow Marsh for the first proper spring
walk of the year. The wind had finally gone round to the south after a fortnight of cold northerlies, and I had a feeling something
would have come in overnight.

I was right, as it turned out, though not in the way I expected.
`);
const bgH1 = 'The reedbed walk';
const bgP2 = paras(`
The path along the east side of the reedbed was quiet for the first half hour. A pair of reed buntings were singing from the tops of
last year’s stems, and a Cetti’s warbler shouted at me twice from somewhere close without showing itself, as they always do.

At the second gate a marsh harrier came up out of the reeds, a big brown female with a pale head, and quartered the far side for ten
minutes. She dropped twice but came up empty each time. The first harrier I saw here was in 1998, and back then a single bird was
news. Now there are three pairs on the marsh most summers.
`);
const bgCaption = 'The female marsh harrier over the far reedbed. Distant, but you get the idea.';
const bgH2 = 'Out on the scrape';
const bgP3 = paras(`
The scrape in front of the hide had plenty of water after all the rain. Teal, a few shoveler, forty-odd lapwing and a single
black-tailed godwit still mostly in grey winter plumage. Two little ringed plovers were running about on the mud at the back, my
first of the year.

Then, just after eight, the thing I had come for. Three sand martins came low over the water from the south, and within twenty
minutes there were at least thirty of them hawking over the scrape. It is twelve days earlier than my first date last year, and it
always lifts my heart to see them.

Peter Hollins was in the hide too, and reckons he had one on Thursday over the river at Ashby Lock. I will believe it when I see the
photo, Peter.
`);
const bgH3 = 'Full list';
const bgP4 = ['For the record, everything seen or heard between 6.45 and 10.15:'];
const bgList = [
  'Sand martin (at least 30, first of the year)',
  'Little ringed plover (2, first of the year)',
  'Marsh harrier (1 female)',
  'Black-tailed godwit (1)',
  'Cetti’s warbler (2 singing)',
  'Reed bunting, lapwing, teal, shoveler, mallard, grey heron, little egret, and the usual woodland birds along the track',
];
const bgP5 = ['Next weekend I am hoping for a wheatear on the sea wall. Fingers crossed.'];
const bgLabels = ['Callow Marsh', 'migration', 'sand martin'];
const bp = (t: string): string => `<p>${t}</p>`;
const bgHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1"
name="viewport"><title>Upper Tarrow Birding Notes: ${bgTitle}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator"><link
href="https://uppertarrowbirding.blogspot.com/favicon.ico"
rel="icon" type="image/x-icon"><link href="https://uppertarrowbirding.blogspot.com/2025/03/a-morning-at-callow-marsh.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="Upper Tarrow Birding Notes - Atom" href="https://uppertarrowbirding.blogspot.com/feeds/posts/default">
<meta content="Out of the door at half past six on Sunday, down to Callow Marsh for the first proper spring walk." name="description">
<meta content="${bgTitle}" property="og:title"><meta content="https://uppertarrowbirding.blogspot.com/2025/03/a-morning-at-callow-marsh.html" property="og:url">
<style type="text/css">body{overflow-wrap:break-word;word-break:break-word;word-wrap:break-word}.hidden{display:none}.invisible{visibility:hidden}</style>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2577219408-widget_css_bundle.css">
<script async="async" src="https://www.gstatic.example/external_hosted/clipboardjs/clipboard.min.js"></script></head>
<body class="version-1-3-3 variant-indie_light"><a class="skip-navigation" href="#main" tabindex="0">Skip to main content</a>
<div class="page"><div class="bg-photo-overlay"></div><div class="bg-photo-container"><div class="bg-photo"></div></div><div class="page_body"><div
class="centered">
<div class="centered-top-placeholder"></div><header class="centered-top-container" role="banner"><div class="centered-top"><a class="return_link"
href="https://uppertarrowbirding.blogspot.com/"><button class="svg-icon-24-button back-button rtl-reversible-icon flat-icon-button ripple"><svg
class="svg-icon-24">
<use xlink:href="/responsive/sprite_v1_6.css.svg#ic_arrow_back_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg></button></a>
<div class="search"><button aria-label="Search" class="search-expand touch-icon-button"><div class="flat-icon-button ripple"><svg
class="svg-icon-24 search-expand-icon">
<use xlink:href="/responsive/sprite_v1_6.css.svg#ic_search_black_24dp" xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg></div></button>
<div class="section" id="search_top" name="Search (Top)"><div class="widget BlogSearch" data-version="2" id="BlogSearch1"><h3
class="title">Search This Blog</h3>
<div class="widget-content" role="search"><form action="https://uppertarrowbirding.blogspot.com/search" target="_top"><div class="search-input"><input
aria-label="Search this blog" autocomplete="off" name="q" placeholder="Search this blog" value=""></div><input class="search-action flat-button" type="submit"
value="Search"></form></div></div></div></div><div class="clearboth"></div><div class="blog-name container"><div class="container section" id="header"
name="Header">
<div class="widget Header" data-version="2" id="Header1"><div class="header-widget"><div><h1><a
href="https://uppertarrowbirding.blogspot.com/">Upper Tarrow Birding
Notes</a></h1></div><p>Birds, weather and muddy boots in the Tarrow valley</p></div></div></div></div><nav role="navigation"><div
class="clearboth no-items section"
id="page_list_top" name="Page List (Top)"></div></nav></div></header>
<div><div class="vertical-ad-placeholder no-items section" id="ad" name="Ads"></div><main class="centered-bottom" id="main" role="main" tabindex="-1"><div
class="main section" id="page_body" name="Page Body"><div class="widget Blog" data-version="2" id="Blog1"><div class="blog-posts hfeed container">
<article class="post-outer-container"><div class="post-outer"><div class="post"><script type="application/ld+json">{"@context": "http://schema.org","@type":
"BlogPosting","mainEntityOfPage": {"@type": "WebPage","@id": "https://uppertarrowbirding.blogspot.com/2025/03/a-morning-at-callow-marsh.html"},"headline":
"${bgTitle}","datePublished": "2025-03-23T11:04:00Z","author": {"@type": "Person","name": "Eamon Feeney"}}</script>
<a name="5517206623418804917"></a><h3 class="post-title entry-title">${bgTitle}</h3>
${bgShare('byline-5517206623418804917', 'top')}
<div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp"><meta
content="https://uppertarrowbirding.blogspot.com/2025/03/a-morning-at-callow-marsh.html">
<a class="timestamp-link" href="https://uppertarrowbirding.blogspot.com/2025/03/a-morning-at-callow-marsh.html" rel="bookmark"
title="permanent link"><time class="published"
datetime="2025-03-23T11:04:00Z" title="2025-03-23T11:04:00Z">March 23, 2025</time></a></span></div></div>
<div class="post-body-container"><div class="post-body entry-content float-container" id="post-body-5517206623418804917">
${bgP1.map(bp).join('\n')}
<h3 style="text-align: left;">${bgH1}</h3>
${bgP2.map(bp).join('\n')}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;">
<a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh/s1600/harrier.jpg" style="margin-left: auto; margin-right: auto;"><img border="0"
data-original-height="1067" data-original-width="1600" height="427" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh/w640-h427/harrier.jpg"
width="640"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${bgCaption}</td></tr></tbody></table>
<h3 style="text-align: left;">${bgH2}</h3>
${bgP3.map(bp).join('\n')}
<h3 style="text-align: left;">${bgH3}</h3>
${bgP4.map(bp).join('\n')}
<ul style="text-align: left;">${bgList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${bgP5.map(bp).join('\n')}
</div></div>
<div class="post-bottom"><div class="post-footer float-container"><div class="post-footer-line post-footer-line-1"></div><div
class="post-footer-line post-footer-line-2">
<span class="byline post-author vcard"><span class="byline-label">Posted by</span> <span class="fn"><meta content="https://www.blogger.com/profile/0312"><a
class="g-profile" href="https://www.blogger.com/profile/0312" rel="author" title="author profile"><span>Eamon Feeney</span></a></span></span></div>
<div class="post-footer-line post-footer-line-3"><div class="byline post-labels"><span class="byline-label">Labels:</span>
${bgLabels
  .map(
    (t) => `<a href="https://uppertarrowbirding.blogspot.com/search/label/${t.replace(/ /g, '%20')}"
rel="tag">${t}</a>`,
  )
  .join('\n')}</div></div></div>
${bgShare('footer-5517206623418804917', 'bottom')}</div></div></div>
${bgComments.html}
</article></div></div></div></main></div>
${bgPopular.html}
</div></div>
${bgSidebar.html}
<footer class="footer section" id="footer" name="Footer"><div class="widget Attribution" data-version="2" id="Attribution1"><div class="widget-content"><div
class="blogger"><a href="https://www.blogger.com" rel="nofollow"><svg class="svg-icon-24"><use
xlink:href="/responsive/sprite_v1_6.css.svg#ic_post_blogger_black_24dp"
xmlns:xlink="http://www.w3.org/1999/xlink"></use></svg>Powered by Blogger</a></div></div></div></footer></div>
${bgCookie.html}
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script>
<script
type="text/javascript">window['__wavt'] = 'AOuZoY4k';
_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d3310', 'Upper Tarrow Birding Notes');</script>
</body></html>`;
export const bloggerPost: TestPage = {
  html: bgHtml,
  name: 'heldout121-blogger-contempo-blog',
  kind: 'blog',
  // the post's h3s from Blogger's editor are its headings (the title is an h3 too, the blog name the h1); the caption, the
  // share menus, "Posted by", labels, comments and comment form, popular posts, the hidden sidebar drawer, footer and cookie
  // notice are furniture; the timestamp and the author's name are bylines
  title: bgTitle,
  headings: [bgH1, bgH2, bgH3],
  body: texts([...bgP1, ...bgP2, ...bgP3, ...bgP4, ...bgList, ...bgP5]),
  bylines: ['March 23, 2025', 'Eamon Feeney'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Search This Blog', 'Upper Tarrow Birding Notes', 'Birds, weather and muddy boots in the Tarrow valley', 'Get link', 'Facebook',
    'X', 'Pinterest', 'Email', 'Other Apps', bgCaption, 'Posted by', 'Labels:', ...bgLabels, ...bgComments.texts, ...bgPopular.texts,
    ...bgSidebar.texts, 'Powered by Blogger', ...bgCookie.texts,
  ])],
};
