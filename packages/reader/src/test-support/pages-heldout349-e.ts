import { links, ps, type TestPage, texts } from './page-kit.js';
import { tsr } from './pages-heldout349-e2.js';
import { j, lis } from './pages-heldout349-kit.js';

/**
 * Held-out batch 349, file e: a teacher's revision blog post built with WordPress and Elementor (page-builder sections,
 * columns and widgets; post-info byline widget, share buttons, inline "Read more" promo, Mailchimp sign-up, author box,
 * sidebar, comments and reply form, footer, cookie notice) and, from file e2, a The Student Room-style forum thread about exam
 * revision, where the posts are the body (breadcrumbs, thread tools, post headers with user badges, "Original post by"
 * quotes, reply / report links, related discussions, sign-up banner, footer).
 */
const tTitle = 'Five ways to learn quotations for English Literature (that actually stick)';
const tIntro = [
  j(
    'Every spring my Year 11s ask the same question: how many quotations do I need to learn? My honest answer is fewer than you think, but',
    'you need to know them properly. A dozen quotations you can explain from three angles are worth more than fifty you can only recite.',
  ),
  'Here are the five methods that have worked best in my classroom over the last eight years.',
];
const tH = [
  '1. Choose quotations that do more than one job',
  '2. Shrink them',
  '3. Use retrieval, not rereading',
  '4. Group them by theme',
  '5. Practise writing about them under time',
];
const tP = [
  [
    j(
      'A good exam quotation links to a character, a theme and a method at once. Before you add a quotation to your list, ask whether you',
      'could use it in an answer on at least two different questions. If not, swap it for one that can.',
    ),
  ],
  [
    j(
      'You rarely need a whole sentence. Cut each quotation down to the four to six words that carry the meaning. Short quotations are easier',
      'to remember and easier to embed in your own sentences, which examiners prefer anyway.',
    ),
  ],
  [
    j(
      'Reading your flashcards again feels productive but does very little. Cover the quotation, write it from memory, then check. Do this',
      'on day one, day three and day seven, and keep a tally of the ones you miss.',
    ),
  ],
  [
    'Sort your quotations into a grid so that each theme has at least three. My students use a simple table like this one:',
    '<strong>Guilt:</strong> three quotations, one from each act.',
    '<strong>Power:</strong> three quotations, including one from the final scene.',
    '<strong>Appearance and reality:</strong> three quotations, one of them a stage direction.',
  ],
  [
    j(
      'Finally, use them. Set a timer for ten minutes and write one analytical paragraph using two of your quotations. Knowing a quotation',
      'and being able to use it in a hurry are different skills, and only practice builds the second one.',
    ),
    'If you try just one thing this week, make it the retrieval tally. It shows you exactly where the gaps are.',
  ],
];
const tBody = tP.flat();
const tShare = ['Share on facebook', 'Share on twitter', 'Share on whatsapp', 'Share on email'];
const tCats = ['Revision tips', 'Macbeth', 'An Inspector Calls', 'Poetry anthology', 'Language Paper 1'];
const tRecent = ['How to plan a Language Paper 2 answer in five minutes', 'My Easter revision timetable for Year 11', 'Context: how much is enough?'];
const tMenu = ['Home', 'Revision Guides', 'Blog', 'Resources', 'About', 'Contact'];
const comment = (id: number, who: string, when: string, text: string): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b>
<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time datetime="2026-03-15">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
const tC1 = 'The tally idea is brilliant, my daughter has started doing it with her chemistry equations too.';
const tC2 = 'Do you have a version of the grid for the poetry anthology? I struggle to pick quotations for comparison questions.';
const tC3 = 'Yes! I will post a poetry version next week.';
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${tTitle} – Miss Penhallow Teaches</title>
<meta name="description" content="Five ways to learn quotations for English Literature that actually stick.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-14T07:30:00+00:00">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${tTitle}",
"author":{"@type":"Person","name":"Hannah Penhallow"},"datePublished":"2026-03-14T07:30:00+00:00"}]}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","is_rtl":false};</script></head>
<body class="post-template-default single single-post postid-2381 elementor-default elementor-kit-7 elementor-page elementor-page-2381">
<header class="site-header ast-primary-header"><div class="site-branding"><a class="site-title" href="/">Miss Penhallow Teaches</a>
<p class="site-description">English revision without the panic</p></div><nav class="main-header-menu"><ul>${links(tMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<div data-elementor-type="wp-post" data-elementor-id="2381" class="elementor elementor-2381">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a1c9 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${el('8a1b2c3', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${tTitle}</h1>`)}
${el(
  '9d4e5f6',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-author"><span class="elementor-post-info__item--type-author">Hannah Penhallow</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-date"><span class="elementor-post-info__item--type-date"><time>14 March 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-time"><span>5 min read</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-comments"><span>3 Comments</span></li></ul>`,
)}
${el('1a2b3c4', 'text-editor', ps(tIntro))}
${tP
  .map(
    (ps_, i) => `${el(`h${i}a`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${tH[i] ?? ''}</h2>`)}
${el(`t${i}b`, 'text-editor', i === 3 ? `${ps(ps_.slice(0, 1))}<ul>${lis(ps_.slice(1))}</ul>` : ps(ps_))}`,
  )
  .join('\n')}
${el(
  '5c6d7e8',
  'call-to-action',
  `<div class="elementor-cta__content"><p class="elementor-cta__description">Read more: My Easter revision timetable
for Year 11</p></div>`,
)}
${el(
  '6e7f8a9',
  'share-buttons',
  `<div class="elementor-grid">${tShare
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn">
<span class="elementor-screen-only">${s}</span></div></div>`,
    )
    .join('')}</div>`,
)}
${el(
  '7f8a9b0',
  'form',
  `<form class="elementor-form" name="Newsletter"><h3 class="elementor-heading-title">Get my free revision planner</h3>
<p>One email a fortnight with a printable planner and a new quotation grid.</p><input type="email" placeholder="Your email address">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
)}
${el(
  '8a9b0c1',
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">About Hannah</h4>
<p class="elementor-author-box__bio">Head of English at a comprehensive school in Cornwall and examiner for twelve years.</p></div></div>`,
)}
</div></div></div></section></div>
<div id="comments" class="comments-area"><h3 class="comments-title">3 thoughts on “${tTitle}”</h3><ol class="comment-list">
${comment(411, 'Gemma Tull', '15 March 2026 at 8:12 pm', tC1)}
${comment(412, 'Jasper Reyne', '16 March 2026 at 6:40 am', tC2)}
${comment(413, 'Hannah Penhallow', '16 March 2026 at 9:05 pm', tC3)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<form id="commentform"><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" class="submit" value="Post Comment">
</form></div></div>
</div><aside id="secondary" class="widget-area"><section class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>${links(tCats, 'cat-item')}</ul></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(tRecent)}</ul></section></aside></div></div>
<footer class="site-footer"><div class="ast-footer-copyright"><p>Copyright © 2026 Miss Penhallow Teaches | Powered by Astra WordPress Theme</p></div></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const teacherBlog: TestPage = {
  name: 'heldout349-elementor-teacher-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...tIntro, ...tBody]),
  bylines: ['Hannah Penhallow', '14 March 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Miss Penhallow Teaches', 'English revision without the panic', ...tMenu, '3 Comments', 'Read more: My Easter revision timetable for Year 11', ...tShare,
    'Get my free revision planner', 'One email a fortnight with a printable planner and a new quotation grid.', 'Subscribe', 'About Hannah',
    'Head of English at a comprehensive school in Cornwall and examiner for twelve years.', `3 thoughts on “${tTitle}”`, 'Gemma Tull', 'says:',
    '15 March 2026 at 8:12 pm', tC1, 'Jasper Reyne', '16 March 2026 at 6:40 am', tC2, '16 March 2026 at 9:05 pm', tC3, 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Categories', ...tCats, 'Recent Posts', ...tRecent.slice(0, 1),
    ...tRecent.slice(2), 'Copyright © 2026 Miss Penhallow Teaches | Powered by Astra WordPress Theme',
    'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

export const HELDOUT349_E: readonly TestPage[] = [teacherBlog, tsr];
