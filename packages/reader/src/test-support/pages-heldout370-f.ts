import { links, ps, type TestPage, texts } from './page-kit.js';
import { newsLab } from './pages-heldout370-f2.js';
import { j } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file f: a campus satire site on WordPress with the tagDiv Newspaper theme (top bar with date and
 * login, header ad, main menu, breadcrumbs, category label, author and date meta, view and comment counts, share
 * buttons, satire disclaimer, "Read also" inline box, tags, previous/next articles, author box, "Related articles" block,
 * Disqus-style comments placeholder, sidebar with popular posts, footer) and, from file f2, a journalism school's student
 * news lab on Drupal.
 */
const tTitle = 'University replaces all campus clocks with one giant clock that is always ten minutes fast';
const tBody = [
  j(
    'QUILLFIELD — In what administrators described as a bold step toward punctuality, Quillfield University announced Monday',
    'that it has removed every clock on campus and replaced them with a single four-story clock tower that is permanently set',
    'ten minutes fast.',
  ),
  j(
    '“For decades, our students have been arriving to class late and blaming the clocks,” said Provost Harriet Vimmerby, standing',
    'in front of the tower, which was reading 2:10 while her phone said 2:00. “Now there is only one clock, and it is lying to',
    'everyone equally.”',
  ),
  j(
    'The tower, built on the former site of the campus’s only shaded lawn, cost $14 million and can be seen from every building',
    'except the ones students actually use. Facilities staff confirmed that the clock cannot be adjusted because the only person',
    'who knows how to open the maintenance door retired in January.',
  ),
];
const tH1 = 'Students adjust';
const tBody2 = [
  j(
    'Reactions on campus were mixed. Sophomore Dmitri Ahlgren said the change had already improved his life. “I used to be five',
    'minutes late to everything. Now I am five minutes early and deeply confused about why nobody else is here,” he said.',
  ),
  j(
    'Others were less enthusiastic. Senior Tamsin Oduya said she had started subtracting ten minutes in her head, then',
    'subtracting another ten to be safe, and then adding five back “for luck”, which means she is now never sure what day it is.',
  ),
  j(
    'The faculty senate passed a resolution asking the administration to at least make the clock consistently wrong. Several',
    'professors reported that the tower gains an additional minute every time it rains, and that on one wet Thursday it had',
    'reached the following week.',
  ),
];
const tH2 = 'Plans for the future';
const tBody3 = [
  j(
    'The university said the tower is only the first phase of its Time Forward initiative. Phase two will replace all campus',
    'calendars with a single large calendar in the library lobby that skips Fridays, and phase three, still under review, would',
    'make the spring semester begin in late autumn.',
  ),
  j('At press time, Vimmerby had arrived ten minutes early to a press conference about the tower, which had been scheduled', 'according to her phone.'),
];
const tMenu = ['Home', 'Campus', 'Academics', 'Sports', 'Opinion', 'Quizzes', 'About'];
const tRelated = ['Dining hall introduces soup that is mostly spoon', 'Library fines now payable in overdue apologies', 'Student takes 8 a.m. on purpose'];
const tPopular = ['Parking office issues ticket to parking office', 'Freshman still looking for the fourth floor of a three-story building'];
const tHtml = `<!doctype html>
<html lang="en-US"><head><title>${tTitle} - The Quillfield Quibbler</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<meta property="article:section" content="Campus"><meta name="author" content="Bartholomew Finch-Oyelaran">
<link rel="stylesheet" id="td-theme-css" href="https://quibbler.example/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${tTitle}","datePublished":"2026-03-09T08:00:00+00:00",
"author":{"@type":"Person","name":"Bartholomew Finch-Oyelaran"}}</script>
<script>var tdBlocksArray = []; var td_viewport_interval_list = [{"limitBottom":767,"sidebarWidth":228}]; var tds_login_sing_in_widget="show";</script></head>
<body class="post-template-default single single-post postid-3310 global-block-template-1 td-standard-pack single_template_2 td-full-layout">
<div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Monday, March 9, 2026</div></div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item"
href="#login-form">Sign in / Join</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
<div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="/"><span class="td-visual-hidden">The Quillfield Quibbler</span></a></h1></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Advertisement -</span>
<a href="#"><img src="/wp-content/uploads/ad-728.png" alt=""></a></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div
class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="sf-menu">
${links(tMenu, 'menu-item menu-item-type-custom')}
</ul></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><article id="post-3310" class="post-3310 post type-post">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header"><div class="td-crumb-container"><div class="entry-crumbs">
<span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Campus" class="entry-crumb" href="/category/campus/">Campus</a></span></div></div>
<ul class="td-category"><li class="entry-category"><a href="/category/campus/">Campus</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${tTitle}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/bfo/">Bartholomew Finch-Oyelaran</a>
<div class="td-author-line">-</div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-09T08:00:00+00:00">
March 9, 2026</time></span><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-3310">2,847</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>14</a></div></div></header></div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><div class="td-default-sharing"><div class="td-social-sharing-buttons">
<span class="td-social-but-text">Share</span></div>
<a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-pinterest" href="#"><div class="td-social-but-text">Pinterest</div></a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="/wp-content/uploads/2026/03/clock.jpg" alt="">
<figcaption class="wp-caption-text">The new clock tower, shown here at what it believes is noon. Quibbler illustration</figcaption></figure></div>
<p class="satire-note"><em>The Quibbler is a satire publication. Nothing on this site is true, including this sentence.</em></p>
${ps(tBody)}
<div class="td_block_wrap td_block_related_inline"><div class="td-read-also">READ ALSO</div>
<a href="/dining-spoon-soup/">Dining hall introduces soup that is mostly spoon</a></div>
<h3>${tH1}</h3>
${ps(tBody2)}
<h3>${tH2}</h3>
${ps(tBody3)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${links(['campus bureaucracy', 'towers', 'time management'])}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/x/">Library fines now payable in overdue apologies</a></div></div><div class="td-block-span6 td-post-next-post"><div
class="td-post-next-prev-content">
<span>Next article</span><a href="/y/">Student takes 8 a.m. on purpose</a></div></div></div>
<div class="td-author-name vcard author"><div class="author-box-wrap"><div class="desc"><div class="td-author-name vcard author"><span class="fn">
<a href="/author/bfo/">Bartholomew Finch-Oyelaran</a></span></div><div class="td-author-description">Bartholomew has been a senior at Quillfield for
seven years and intends to stay until the clock catches up.</div></div></div></div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item">Related
articles</a><a class="td-related-right">More from author</a></h4><div class="td_block_inner">
${tRelated
  .map(
    (t) => `<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a
href="/z/">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="comments" id="comments"><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments.</noscript></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_popular">
<h4 class="block-title"><span class="td-pulldown-size">Most popular</span></h4>
${tPopular.map((t) => `<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/p/">${t}</a></h3></div>`).join('\n')}
</div></div></div></div></article></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="footer-text-wrap">The Quillfield Quibbler is written by students who
should be studying. It is not affiliated with Quillfield University, which has asked us to say so.</div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-sub-footer-copy">© Quillfield Quibbler 2026</div></div></div>
</div><script src="https://quibbler.example/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8"></script></body></html>`;
const satire: TestPage = {
  name: 'heldout370-tagdiv-newspaper-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tBody, ...tBody2, ...tBody3]),
  bylines: ['Bartholomew Finch-Oyelaran', 'March 9, 2026'],
  furniture: [
    'Monday, March 9, 2026',
    'Sign in / Join',
    'The Quillfield Quibbler',
    '- Advertisement -',
    ...tMenu,
    'Campus',
    '2,847',
    'Share',
    'Facebook',
    'Twitter',
    'Pinterest',
    'The new clock tower, shown here at what it believes is noon. Quibbler illustration',
    'The Quibbler is a satire publication. Nothing on this site is true, including this sentence.',
    'READ ALSO',
    'TAGS',
    'campus bureaucracy',
    'towers',
    'time management',
    'Previous article',
    'Next article',
    'Bartholomew has been a senior at Quillfield for seven years and intends to stay until the clock catches up.',
    'Related articles',
    'More from author',
    ...tRelated,
    'Most popular',
    ...tPopular,
    'The Quillfield Quibbler is written by students who should be studying. It is not affiliated with Quillfield University, which has asked us to say so.',
    '© Quillfield Quibbler 2026',
  ],
};

export const HELDOUT370_F: readonly TestPage[] = [satire, newsLab];
