import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file d2: a recruitment agency's blog post on WordPress with Elementor Pro's theme builder (header template,
 * post-title, post-info with author / date / comment count, featured image, theme-post-content, share buttons, post navigation,
 * a call-to-action section, the WordPress comments with one reply form, the Complianz cookie banner, Yoast JSON-LD and the footer
 * template).
 */
const title = 'Counter-Offers: Why Accepting One Rarely Ends Well';
const intro = [
  j(
    'You have done the hard part. You found a new role, got through three interviews and signed an offer. Then you hand in your',
    'notice and your manager, who has not mentioned a pay rise in two years, suddenly finds the budget for one.',
  ),
  j(
    'As recruiters at Brightwell Talent we see this every month, and we understand the temptation. Here is why we usually advise',
    'candidates to think very carefully before saying yes.',
  ),
];
const h1 = 'Why employers make counter-offers';
const p1 = [
  j(
    'Replacing an experienced employee is expensive. Advertising, agency fees, lost productivity and training can easily cost a',
    'business half of the departing person’s salary. A counter-offer is often the cheapest short-term fix, not a sign that your',
    'value has finally been recognised.',
  ),
];
const h2 = 'What usually happens next';
const p2 = ['In our experience, candidates who accept a counter-offer commonly report the same few things within a year:'];
const after = [
  'The reasons they wanted to leave, such as workload, culture or progression, have not changed.',
  'Their loyalty is quietly questioned, and they are left out of decisions they used to be part of.',
  'The pay rise was brought forward from their next review, so the following year brings nothing.',
  'They start looking again, this time with a burned bridge at the company they turned down.',
];
const h3 = 'Questions to ask yourself';
const p3 = [
  j(
    'Before you decide, go back to the reasons you started looking. Write them down. If the counter-offer answers every one of them,',
    'and not just the salary, it may be worth considering. If it only answers the money, it is unlikely to keep you happy.',
  ),
  j(
    'It is also worth asking why it took your resignation for your employer to act. A good manager who values you will talk about',
    'pay and progression before you have another offer in your hand.',
  ),
];
const h4 = 'How to decline gracefully';
const p4 = [
  j(
    'Thank your manager sincerely, explain that you have made a commitment to your new employer, and keep the conversation short.',
    'Then put your energy into a clean handover. People remember how you leave far longer than they remember why.',
  ),
];
const nav = ['Jobs', 'Employers', 'Candidates', 'Blog', 'Contact'];
const comments = [
  'Took a counter-offer in 2023 and was gone within eight months. Wish I had read this first.',
  'Fair points, though I did accept one once and it worked out because my manager was replaced soon after.',
];
const foot = ['Privacy Policy', 'Cookie Policy', 'Terms of Business', 'Accessibility'];
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const cmt = (id: number, who: string, when: string, text: string): string => `<li id="comment-${id}" class="comment even thread-even depth-1">
<article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${who}</b>
<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${id}"><time datetime="2026-09-2${id % 10}">${when}</time></a></div>
</footer><div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div>
</article></li>`;
const html = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Counter-Offers: Why Accepting One Rarely Ends Well - Brightwell Talent</title>
<meta name="description" content="Thinking of accepting a counter-offer? Why it rarely ends well, and how to decline one gracefully.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-09-21T07:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":
"Counter-Offers: Why Accepting One Rarely Ends Well","author":{"name":"Priya Castellan"},"datePublished":"2026-09-21T07:30:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1726900000" media="all">
<script id="cmplz-cookiebanner-js-extra">var complianz = {"prefix":"cmplz_","consenttype":"optin","version":"7.1.0"};</script></head>
<body class="post-template-default single single-post postid-2417 single-format-standard elementor-default elementor-kit-5">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${w('1c0a', 'theme-site-logo', '<a href="/"><img src="/wp-content/uploads/brightwell-logo.svg" alt="Brightwell Talent"></a>')}
${w(
  '2d1b',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-2d1b" class="elementor-nav-menu">
${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${w('3e2c', 'button', '<a class="elementor-button elementor-button-link" href="/register"><span class="elementor-button-text">Register your CV</span></a>')}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="142" class="elementor elementor-142 elementor-location-single post-2417 post
type-post status-publish category-career-advice">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${w('4f3d', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${title}</h1>`)}
${w(
  '5a4e',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">Priya Castellan</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-b2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>21 September 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-c3 elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-comments">2 Comments</span></li></ul>`,
)}
${w('6b5f', 'theme-post-featured-image', '<img src="/wp-content/uploads/2026/09/counter-offer.jpg" alt="" class="attachment-large">')}
${w(
  '7c6a',
  'theme-post-content',
  `${ps(intro)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p1)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p2)}<ul class="wp-block-list">
${lis(after)}</ul>
<p><strong>Read more:</strong> <a href="/blog/how-to-resign-professionally">How to resign professionally, with a letter template</a></p>
<h2 class="wp-block-heading">${h3}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h4}</h2>
${ps(p4)}`,
)}
${w(
  '8d7b',
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_linkedin" role="button"><span
class="elementor-share-btn__text">Share on LinkedIn</span></div><div class="elementor-share-btn elementor-share-btn_facebook" role="button"><span
class="elementor-share-btn__text">Share on Facebook</span></div><div class="elementor-share-btn elementor-share-btn_email" role="button"><span
class="elementor-share-btn__text">Share by Email</span></div></div>`,
)}
${w(
  '9e8c',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/blog/notice-periods" rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Notice
Periods Explained</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/blog/first-week"
rel="next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Your First Week in a New Job</span></a>
</div></div>`,
)}
${w(
  'af9d',
  'post-comments',
  `<section id="comments" class="comments-area"><h3 class="title-comments">2 Responses</h3><ol class="comment-list">
${cmt(41, 'Jonah Tremlett', '22 September 2026 at 9:14 am', comments[0] ?? '')}
${cmt(42, 'Sasha Okoro', '23 September 2026 at 6:02 pm', comments[1] ?? '')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform"
class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></form></div></section>`,
)}
</div></div></div>
<div class="elementor-element e-flex e-con-full e-con cta-section" data-element_type="container">
${w('b0ae', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Thinking about your next move?</h2>')}
${w('c1bf', 'text-editor', '<p>Talk to one of our specialist consultants in confidence.</p>')}
${w('d2c0', 'button', '<a class="elementor-button" href="/contact"><span class="elementor-button-text">Book a call</span></a>')}</div>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
${w('e3d1', 'nav-menu', `<nav><ul class="elementor-nav-menu">${links(foot, 'menu-item')}</ul></nav>`)}
${w('f4e2', 'text-editor', '<p>Brightwell Talent Ltd, Unit 4, Mill Yard, Corbridge. REC Member. © 2026 Brightwell Talent</p>')}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right optin" role="dialog" aria-live="polite">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use
cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-elementor-recruitment-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...p2, ...after, ...p3, ...p4]),
  bylines: ['Priya Castellan', '21 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Register your CV', '2 Comments', 'Read more: How to resign professionally, with a letter template',
    'Share on LinkedIn', 'Share on Facebook', 'Share by Email', 'Previous', 'Notice Periods Explained', 'Next', 'Your First Week in a New Job',
    '2 Responses', 'Jonah Tremlett', 'says:', '22 September 2026 at 9:14 am', ...comments, 'Reply', 'Sasha Okoro', '23 September 2026 at 6:02 pm',
    'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Thinking about your next move?',
    'Talk to one of our specialist consultants in confidence.', 'Book a call', ...foot,
    'Brightwell Talent Ltd, Unit 4, Mill Yard, Corbridge. REC Member. © 2026 Brightwell Talent', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT305_D2: readonly TestPage[] = [page];
