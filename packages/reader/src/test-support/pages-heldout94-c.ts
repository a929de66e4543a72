import { type TestPage, texts } from './page-kit.js';
import { devto } from './pages-heldout94-c2.js';
import { paras, tags } from './pages-heldout94-kit.js';
import { elFooter, elFurniture, elHeader, elRelated, elShare, elWidget, wpComments } from './pages-heldout94-c3.js';

/**
 * Held-out batch 94, file c: a WordPress blog post on an Elementor Pro theme (Hello Elementor) with the header, single-post
 * and footer templates, helpers in file c3: the nav menu widget and its hidden dropdown copy, the post-title widget, the
 * post-info list (author, date, comment count), the featured image, the table-of-contents widget, the post-content widget
 * opening with an affiliate disclosure, a captioned image and a packing list, the share buttons, the author box, post
 * navigation, a "You might also like" posts widget, two reader comments and the reply form, the footer newsletter form and
 * the Complianz cookie banner; and, from file c2, a dev.to article.
 */
const elTitle = 'Two days on the Kestrel Way: route, bothies and what I packed';
const elDisclosure = '<em>This post contains affiliate links. If you buy something through them I may earn a small commission, at no extra cost to you.</em>';
const elP1 = paras(`
I had been meaning to walk the Kestrel Way for three summers, and every year something got in the way. This June I finally
went, on my own, over a long weekend. It is only 38 kilometres from end to end, but it crosses some of the emptiest country I
have walked in, with one bothy in the middle and no phone signal for most of the second day.

This is the post I wish I had found before I set off: how the route goes, where I slept, and what I would pack differently.`);
const elH1 = 'The route at a glance';
const elP2 = paras(`
The path runs from Carrick Bridge in the south to Inverlael on the coast. Most people walk it in two days, breaking the journey
at Sgurr Bothy, which sits almost exactly halfway. There is a bus back from Inverlael to Carrick Bridge twice a day, except on
Sundays, so plan your finish for a Saturday afternoon if you can.

The first day is long but gentle, along an old drove road. The second climbs over the Bealach na Creige at 640 metres before
dropping steeply to the sea loch.`);
const elH2 = 'Day one: Carrick Bridge to Sgurr Bothy';
const elP3 = paras(`
I started at eight from the car park by the bridge. The first ten kilometres follow a forestry track that is dull but fast, and
then the trees stop and the glen opens out. From there it is a grassy path beside the river all the way to the bothy.

I met four people all day, two of them fishing. The bothy had room for eight and there were three of us, which felt luxurious.
There is no firewood nearby, so carry a little in if you want a fire, and take all your rubbish out with you.`);
const elCaption = 'Sgurr Bothy at about nine in the evening, with the Bealach still in sunshine behind it.';
const elH3 = 'Day two: over the Bealach and down to Inverlael';
const elP4 = paras(`
The climb to the pass starts straight from the bothy door. It took me just under two hours, with a few boggy sections near the
top where the path disappears for a while. On a clear day you can see the islands from the top. I could see about fifty metres
of cloud, which was still quite nice in its way.

The descent is the hardest part of the walk, steep and loose in places. Poles helped a lot. I reached Inverlael at about three,
in time for chips and the half-four bus.`);
const elH4 = 'What I packed';
const elP5 = ['My pack weighed just under 11 kilograms with food and water. The things I was most glad of were:'];
const elList = [
  'A lightweight tent, even though I slept in the bothy, in case it was full.',
  'Trekking poles, mostly for the descent on day two.',
  'A water filter, because every stream is fine to drink from once it has been filtered.',
  'A paper map and compass. The path on the Bealach is faint and my phone had no signal.',
  'Midge net. Non-negotiable in June.',
];
const elH5 = 'Would I go back?';
const elP6 = paras(`
Without question. Next time I would walk it north to south, so the steep section is a climb rather than a descent, and I would
take an extra day to go up Sgurr Dubh from the bothy. If you have walked it, I would love to hear how you found it.`);
const elToc = [elH1, elH2, elH3, elH4, elH5];
const elContent = `<p>${elDisclosure}</p>
${tags('p', elP1)}
<h2 class="wp-block-heading" id="the-route-at-a-glance">${elH1}</h2>
${tags('p', elP2)}
<h2 class="wp-block-heading" id="day-one">${elH2}</h2>
${tags('p', elP3)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://theslowcoast.example/wp-content/uploads/2025/06/bothy-1024x683.jpg"
alt="A stone bothy in a wide glen" class="wp-image-1841" srcset="https://theslowcoast.example/wp-content/uploads/2025/06/bothy-1024x683.jpg 1024w"
sizes="(max-width: 1024px) 100vw, 1024px"><figcaption class="wp-element-caption">${elCaption}</figcaption></figure>
<h2 class="wp-block-heading" id="day-two">${elH3}</h2>
${tags('p', elP4)}
<h2 class="wp-block-heading" id="what-i-packed">${elH4}</h2>
${tags('p', elP5)}
<ul class="wp-block-list">
${tags('li', elList)}
</ul>
<h2 class="wp-block-heading" id="would-i-go-back">${elH5}</h2>
${tags('p', elP6)}`;
const elHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Two days on the Kestrel Way: route, bothies and what I packed &#8211; The Slow Coast</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta name="description"
content="How the Kestrel Way goes, where I slept and what I packed.">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${elTitle}">
<meta property="article:published_time" content="2025-06-24T07:10:22+00:00"><meta name="author" content="Ros Fenwick">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${elTitle}",
"author":{"name":"Ros Fenwick"},"datePublished":"2025-06-24T07:10:22+00:00","wordCount":640,"commentCount":2,"articleSection":["Hiking"]},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"${elTitle}"}]}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://theslowcoast.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://theslowcoast.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7">
<link rel="stylesheet" id="elementor-post-240-css" href="https://theslowcoast.example/wp-content/uploads/elementor/css/post-240.css?ver=1730312871">
<script src="https://theslowcoast.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-1834 single-format-standard wp-custom-logo theme-hello-elementor elementor-default
elementor-kit-6 elementor-page-240"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
${elHeader}
<div data-elementor-type="single-post" data-elementor-id="240" class="elementor elementor-240 elementor-location-single post-1834 post type-post
status-publish format-standard has-post-thumbnail hentry category-hiking tag-bothies tag-scotland" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4b1c2d3 e-flex e-con-boxed e-con e-parent" data-id="4b1c2d3" data-element_type="container">
<div class="e-con-inner">
${elWidget('7a1b2c3', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${elTitle}</h1>`)}
${elWidget(
  '8c2d3e4',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1a2b3c4 elementor-inline-item" itemprop="author"><a href="https://theslowcoast.example/author/ros/">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Ros Fenwick</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-2b3c4d5 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
<time>June 24, 2025</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-3c4d5e6 elementor-inline-item" itemprop="commentCount"><a href="#comments">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">2 Comments</span></a></li></ul>`,
)}
${elWidget(
  '9d3e4f5',
  'theme-post-featured-image',
  `<img width="1600" height="900" src="https://theslowcoast.example/wp-content/uploads/2025/06/kestrel-way.jpg"
class="attachment-full size-full wp-image-1839" alt="">`,
)}
${elWidget(
  'a4e5f6b',
  'table-of-contents',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4>
<div class="elementor-toc__toggle-button elementor-toc__toggle-button--expand" role="button" tabindex="0" aria-label="Open table of contents"></div></div>
<div id="elementor-toc__a4e5f6b" class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${elToc
    .map(
      (t, i) => `<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper"><a href="#elementor-toc__heading-anchor-${i}"
class="elementor-toc__list-item-text elementor-toc__top-level">${t}</a></div></li>`,
    )
    .join('\n')}</ul></div>`,
)}
${elWidget('b5f6a7c', 'theme-post-content', elContent)}
${elShare}
</div></div>
${elRelated}
${wpComments}
</div>
${elFooter}
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.7"};</script>
<script src="https://theslowcoast.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3"
id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout94-wordpress-elementor-blog',
  kind: 'blog',
  html: elHtml,
  // the affiliate disclosure at the top of the post content and the image caption are furniture; the table of contents
  // repeats the headings and is left out (its "Table of Contents" title is furniture); reader comments are furniture
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4, elH5],
  body: texts([...elP1, ...elP2, ...elP3, ...elP4, ...elP5, ...elList, ...elP6]),
  bylines: ['Ros Fenwick', 'June 24, 2025'],
  furniture: [...texts([elDisclosure]), '2 Comments', 'Table of Contents', elCaption, ...elFurniture],
};

export const HELDOUT94_C: readonly TestPage[] = [elementor, devto];
