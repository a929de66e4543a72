import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout595-kit.js';

/** Held-out batch 595, file a2: a first-time boater guide on WordPress (Astra theme with Elementor Pro) with comments. */
const gTitle = 'Your first narrowboat holiday: a beginner’s guide';
const gIntro = j(
  'Every week in the season we wave off crews who have never steered anything longer than a family car. By Wednesday most of them',
  'are working locks like old hands. Here is what we tell them at handover, so you can arrive knowing what to expect.',
);
const gSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Do I need a licence?',
    [
      j(
        'No. You do not need a licence or any previous experience to hire a narrowboat on the inland waterways. Your licence to cruise',
        'is included in the hire price, and one of our instructors will spend about an hour with you before you leave the yard.',
      ),
      j(
        'The handover covers starting and stopping the engine, steering, mooring, the toilet and water tanks, and working your first',
        'lock. We take you through the first lock ourselves, so ask as many questions as you like.',
      ),
    ],
  ],
  [
    'How far will we get?',
    [
      j(
        'The speed limit on most canals is 4 mph, and you will average nearer 3 mph once you allow for bridges, moored boats and',
        'other craft. Each lock takes 15 to 20 minutes to work, longer if there is a queue.',
      ),
      j(
        'We plan routes with a simple rule: add the miles to the locks and divide by three to get the hours of cruising.',
        'Six hours a day is plenty for a first holiday, with time for a pub lunch.',
      ),
    ],
  ],
  [
    'Working locks',
    [
      j(
        'Locks are the part everyone worries about and most people come to enjoy. The crew works the paddles and gates with a',
        'windlass while the steerer keeps the boat in the middle of the chamber, away from the cill at the top gate.',
      ),
      'Never leave a windlass on a paddle spindle: if the paddle slips, it will spin.',
      'Keep the boat forward of the cill marker when going down.',
      'Open the paddles slowly and watch the boat all the time.',
      'Close the gates and drop the paddles behind you unless another boat is coming.',
    ],
  ],
  [
    'What to pack',
    [
      j(
        'Storage on a boat is tight, so bring soft bags rather than suitcases. Pack waterproofs, non-slip shoes, gloves for the',
        'locks, a torch and a few layers: it is colder on the water than on land, even in summer.',
      ),
      j(
        'Bedding and towels are provided on all our boats. Food shops can be a long walk from the canal, so bring enough for the',
        'first two days and plan your stops around the towns on your route.',
      ),
    ],
  ],
];
const gNav = ['Home', 'Our Fleet', 'Holidays', 'Blog', 'Book Now'];
const gCats = ['Beginners', 'Locks', 'Planning'];
const gFoot = ['Terms & Conditions', 'Privacy Policy', 'Accessibility'];
const gComments: readonly (readonly [string, string, string])[] = [
  ['Hannah Ostrowe', 'March 4, 2026 at 7:12 pm', 'This is so helpful, we pick up our boat in May and I was dreading the locks!'],
  ['Larkspur Cruising', 'March 5, 2026 at 9:03 am', 'You will be fine, Hannah. The first one is always the slowest. Enjoy your trip!'],
];
const gSecHtml = gSecs
  .map(([h, ps2]) => (h === 'Working locks' ? `<h2>${h}</h2>\n<p>${ps2[0]}</p>\n<ul>${lis(ps2.slice(1))}</ul>` : `<h2>${h}</h2>\n${ps(ps2)}`))
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Larkspur Cruising</title><meta name="description" content="${gIntro.slice(0, 120)}">
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1' media='all'>
<link rel='stylesheet' id='elementor-post-1184-css' href='/wp-content/uploads/elementor/css/post-1184.css?ver=1709551200' media='all'>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}","author":{"name":"Gareth Pell"},
"datePublished":"2026-03-02T10:00:00+00:00"}]}</script>
<style id='astra-theme-css-inline-css'>.ast-single-post .entry-content a{text-decoration:underline}</style></head>
<body class="post-template-default single single-post postid-1184 single-format-standard ast-desktop ast-plain-container ast-no-sidebar elementor-default
 elementor-template-full-width elementor-kit-6 elementor-page-1190">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><div data-elementor-type="header" data-elementor-id="1201" class="elementor elementor-1201 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image">
<div class="elementor-widget-container"><a href="/"><img src="/wp-content/uploads/larkspur-logo.svg" alt="Larkspur Cruising"></a></div></div></div></div>
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-3a1f" class="elementor-nav-menu">
${links(gNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div></div></section>
</div>
<div id="content" class="site-content"><div class="ast-container">
<div data-elementor-type="single-post" data-elementor-id="1190"
class="elementor elementor-1190 elementor-location-single post-1184 post type-post status-publish">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100">
<div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${gTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-author"><a href="/author/gareth/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Gareth Pell</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-date">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>March 2, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-comments"><a href="#comments">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">2 Comments</span></a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container">
<figure class="wp-caption"><img src="/wp-content/uploads/first-lock.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">A first-time crew at Tarrow Bottom Lock</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<p>${gIntro}</p>
${gSecHtml}
</div></div>
<div class="elementor-element elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid">
${['Facebook', 'X', 'WhatsApp', 'Email']
  .map(
    (s) => `<div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0"><span class="elementor-share-btn__title">${s}</span></div>
</div>`,
  )
  .join('\n')}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info elementor-post-terms"><div class="elementor-widget-container">
<span class="elementor-post-info__terms-list">
${gCats.map((c) => `<a href="/category/${c.toLowerCase()}/" class="elementor-post-info__terms-list-item">${c}</a>`).join(', ')}</span></div></div>
<div class="elementor-element elementor-widget elementor-widget-author-box"><div class="elementor-widget-container"><div class="elementor-author-box">
<div class="elementor-author-box__text">
<h4 class="elementor-author-box__name">Gareth Pell</h4>
<div class="elementor-author-box__bio">Gareth runs the hire base at Tarrow Wharf and has been teaching new crews for eighteen years.</div></div></div></div>
</div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/blog/winter-cruising/" rel="prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Is winter cruising for you?</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/blog/dogs-on-board/" rel="next">
<span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Bringing your dog on board</span></a></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container"><div id="comments" class="comments-area">
<h3 class="comments-title">2 thoughts on “${gTitle}”</h3><ol class="ast-comment-list">
${gComments
  .map(
    ([n, d, t]) => `<li class="comment"><article class="ast-comment"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time"><a href="#comment"><time>${d}</time></a></div>
</header><section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div></div></div>
</div></div></div></section></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="1203" class="elementor elementor-1203 elementor-location-footer">
<section class="elementor-section elementor-top-section">
<div class="elementor-container"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">
<p>Larkspur Cruising Ltd, Tarrow Wharf, Ellesby</p></div></div><div class="elementor-element elementor-widget elementor-widget-icon-list">
<ul class="elementor-icon-list-items">
${links(gFoot, 'elementor-icon-list-item')}</ul></div><div class="elementor-element elementor-widget elementor-widget-heading">
<p class="elementor-heading-title">© 2026 Larkspur Cruising. All rights reserved.</p></div></div></div></section></footer></div>
<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.0' id='elementor-pro-frontend-js'></script></body></html>`;
const guide: TestPage = {
  name: 'heldout595-elementor-first-timer-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.map(([h]) => h),
  body: [gIntro, ...gSecs.flatMap(([, b]) => b)],
  bylines: ['Gareth Pell', 'March 2, 2026', ...gComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav, '2 Comments', 'A first-time crew at Tarrow Bottom Lock', 'Facebook', 'X', 'WhatsApp',
    'Email', ...gCats.filter((c) => c !== 'Locks'),
    'Gareth runs the hire base at Tarrow Wharf and has been teaching new crews for eighteen years.', 'Previous', 'Is winter cruising for you?', 'Next',
    'Bringing your dog on board', `2 thoughts on “${gTitle}”`, ...gComments.map(([, , t]) => t), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Type here..', 'Larkspur Cruising Ltd, Tarrow Wharf, Ellesby',
    ...gFoot, '© 2026 Larkspur Cruising. All rights reserved.',
  ],
};

export const HELDOUT595_A2: readonly TestPage[] = [guide];
