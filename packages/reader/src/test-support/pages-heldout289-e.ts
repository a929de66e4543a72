import { links, ps, type TestPage, texts } from './page-kit.js';
import { district } from './pages-heldout289-e2.js';
import { j, lis } from './pages-heldout289-kit.js';

/**
 * Held-out batch 289, file e: a language-learning app's blog post built with Elementor on WordPress (the Elementor header
 * template with the nav menu and the "Get the app" button, the single-post template with the post-title, post-info
 * (author, date, reading time) and theme-post-content widgets, a share-buttons widget, an inline "Read more" promo, a
 * call-to-action box, the author box, the posts widget of related posts, the newsletter form, the comments area and the
 * footer template) and, from file e2, a school district's parent guide on Finalsite.
 */
const title = 'Why Ten Minutes a Day Beats an Hour on Sunday';
const intro = [
  j(
    'Every January our inboxes fill with the same question: is it better to study a little every day or a lot once a week?',
    'Learners who can only find time at the weekend worry they are doing it wrong. The short answer is that little and often',
    'wins, but the reasons are more interesting than “practice makes perfect”.',
  ),
];
const h1 = 'Your memory likes to be reminded';
const p1 = [
  j(
    'When you learn a new word, the memory of it starts to fade almost at once. Each time you meet the word again, just as it',
    'is about to slip away, the memory becomes stronger and fades more slowly. Language teachers call this spaced practice,',
    'and it is the idea behind the review queue in the Lingotter app.',
  ),
  j(
    'An hour on Sunday gives you one chance to meet each word. Ten minutes a day gives you seven, spread out at just the right',
    'moments. The total time is almost the same, but the second plan does far more of the work that memory needs.',
  ),
];
const h2 = 'What our learners told us';
const p2 = [
  j(
    'Last autumn we asked 2,400 learners of Portuguese, Welsh and Korean to keep a simple diary of when they studied. After',
    'eight weeks, the daily learners remembered about a third more of their new vocabulary in our end-of-course check than',
    'those who studied in one long session, even though both groups spent about the same number of minutes.',
  ),
];
const quote = j(
  '“I used to save my Welsh for Sunday mornings and feel guilty all week. Now I do a lesson while the kettle boils.',
  'It feels like nothing, but I can finally follow the radio news.”',
);
const quoteBy = 'Dilys, learning Welsh in Aberyth';
const h3 = 'How to make ten minutes happen';
const tips = [
  'Attach your lesson to something you already do every day, like your first coffee or the bus ride home.',
  'Turn on one reminder, not five. A single nudge at a fixed time works better than a stream of alerts.',
  'Stop while you are still enjoying it. Ending on a good note makes tomorrow’s session easier to start.',
  'If you miss a day, do two minutes the next day rather than trying to catch up all at once.',
];
const h4 = 'And if you really only have Sundays?';
const p4 = [
  j(
    'Then use Sunday well. Split your hour into three short blocks with a break between them, and open the app for two minutes',
    'on Wednesday to run through your review queue. Even one extra reminder in the middle of the week makes a real difference.',
  ),
  'Whatever your schedule, the best study plan is the one you can keep. Start small, and let the habit grow.',
];
const nav = ['Languages', 'How it works', 'For schools', 'Blog', 'Help'];
const related = ['Five podcasts for shy beginners', 'How we choose the words in your first lesson', 'Learning two languages at once: a field guide'];
const foot = ['About us', 'Careers', 'Press', 'Privacy', 'Terms', 'Cookie settings'];
const share = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const html = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Lingotter Blog</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="article:published_time"
content="2026-01-14T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2026-01-14T08:00:00+00:00","author":{"@name":"Marit Solberg"},"publisher":{"@id":"https://blog.lingotter.example/#organization"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://blog.lingotter.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1">
<link rel="stylesheet" id="elementor-post-2211-css" href="https://blog.lingotter.example/wp-content/uploads/elementor/css/post-2211.css?ver=1736841000">
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false},"version":"3.27.1","post":{"id":5120,"title":"${title}"}};</script>
</head><body class="post-template-default single single-post postid-5120 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-2390">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="2211"
class="elementor elementor-2211 elementor-location-header"><div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner">${w(
  'theme-site-logo',
  `<a href="https://blog.lingotter.example"><img src="/wp-content/uploads/lingotter-logo.svg"
alt="Lingotter"></a>`,
  'a1c2',
)}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a33"
class="elementor-nav-menu">${links(nav, 'menu-item')}</ul></nav>`,
  'b7e1',
)}
${w(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm"
href="/download"><span class="elementor-button-text">Get the app</span></a>`,
  'c9d0',
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="2390"
class="elementor elementor-2390 elementor-location-single post-5120 post type-post category-study-tips">
<div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container"><div class="elementor-element e-con-full e-flex e-con e-child">
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><a href="/category/study-tips/">Study tips</a></li></ul>`,
  'd112',
)}
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${title}</h1>`, 'd113')}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-5a1 elementor-inline-item"
itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-author">By Marit Solberg</span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item--type-date">
<time>14 January 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item--type-custom">4 min
read</span></li></ul>`,
  'd114',
)}
${w('theme-post-featured-image', `<img src="/wp-content/uploads/2026/01/kettle-lesson.jpg" alt="">`, 'd115')}
${w('text-editor', `<p class="featured-caption">Photo: Lingotter / Joaquín Ferrer</p>`, 'd116')}
${w(
  'share-buttons',
  `<div class="elementor-grid">${share
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn" role="button"
aria-label="${s}"><span class="elementor-share-btn__title">${s}</span></div></div>`,
    )
    .join('\n')}</div>`,
  'd117',
)}
${w(
  'theme-post-content',
  `${ps(intro)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p1)}
<p class="read-more-promo"><strong>Read more:</strong> <a href="/blog/review-queue-explained/">The review queue, explained in three pictures</a></p>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p2)}
<blockquote class="wp-block-quote"><p>${quote}</p><cite>${quoteBy}</cite></blockquote>
<h2 class="wp-block-heading">${h3}</h2>
<ul class="wp-block-list">${lis(tips)}</ul>
<h2 class="wp-block-heading">${h4}</h2>
${ps(p4)}`,
  'd118',
)}
${w(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title">Ready for your first ten minutes?</h2>
<div class="elementor-cta__description">Pick a language and start a free lesson today.</div>
<a class="elementor-cta__button elementor-button" href="/download">Start learning</a></div></div>`,
  'd119',
)}
${w(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Marit Solberg</h4>
<div class="elementor-author-box__bio">Marit leads the learning science team at Lingotter and is slowly learning Icelandic.</div></div></div>`,
  'd120',
)}
${w('heading', `<h2 class="elementor-heading-title">You might also like</h2>`, 'd121')}
${w(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${related
    .map(
      (r) => `<article class="elementor-post elementor-grid-item">
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/blog/">${r}</a></h3></div></article>`,
    )
    .join('\n')}</div>`,
  'd122',
)}
${w(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><h3>Get one study tip a week</h3><input type="email" placeholder="Your email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
  'd123',
)}
${w(
  'post-comments',
  `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “${title}”</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Teodora K.</b> <time>15 January 2026 at 07:12</time></footer>
<div class="comment-content"><p>This is exactly what I needed to hear. Sunday-only learner here, switching today.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ruaridh</b> <time>16 January 2026 at 21:40</time></footer>
<div class="comment-content"><p>Would love to see the full diary study published somewhere.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>`,
  'd124',
)}
</div></div></div>
<footer data-elementor-type="footer" class="elementor elementor-location-footer">${w(
  'nav-menu',
  `<ul class="elementor-nav-menu">${links(foot, 'menu-item')}</ul>`,
  'f01',
)}
${w('text-editor', `<p>© 2026 Lingotter Ltd. Made with care in Harlow Quay and Vennmark.</p>`, 'f02')}</footer>
<script src="https://blog.lingotter.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.0" id="elementor-pro-frontend-js"></script>
</body></html>`;

const lingotter: TestPage = {
  name: 'heldout289-lingotter-elementor-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...p2, quote, quoteBy, ...tips, ...p4]),
  bylines: [
    'By Marit Solberg',
    'Marit Solberg',
    '14 January 2026',
    '4 min read',
    'Teodora K.',
    '15 January 2026 at 07:12',
    'Ruaridh',
    '16 January 2026 at 21:40',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Get the app', 'Study tips', 'Photo: Lingotter / Joaquín Ferrer', ...share, 'Read more:',
    'The review queue, explained in three pictures', 'Ready for your first ten minutes?', 'Pick a language and start a free lesson today.',
    'Start learning', 'Marit leads the learning science team at Lingotter and is slowly learning Icelandic.', 'You might also like', ...related,
    'Get one study tip a week', 'Subscribe', `2 thoughts on “${title}”`,
    'This is exactly what I needed to hear. Sunday-only learner here, switching today.',
    'Would love to see the full diary study published somewhere.', 'Leave a Reply',
    ...foot, '© 2026 Lingotter Ltd. Made with care in Harlow Quay and Vennmark.',
  ],
};

export const HELDOUT289_E: readonly TestPage[] = [lingotter, district];
