import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file d: a referee's blog post on Blogger's Contempo theme (header, page list, "Posted by ... at" line,
 * labels, share buttons, comments with replies, "Newer Post / Older Post", sidebar with About Me, Popular Posts and Blog
 * Archive, attribution) and a junior club's safeguarding policy page built with Elementor (header template, hero section,
 * icon list of contacts, download button, policy accordion, call-to-action, footer template, cookie notice).
 */
const bTitle = 'The hardest decision I made all season was not a penalty';
const bP1 = [
  j(
    'People assume the decisions that keep referees awake at night are the big ones: the penalty in the last minute, the red',
    'card in a derby. For me, this season, it was a decision to stop a game of under-15 football for eleven minutes on a',
    'wet Sunday in November.',
  ),
  j(
    'About half an hour in, a parent on the far touchline started shouting at the away team’s goalkeeper. It was personal and',
    'it did not stop. The keeper was thirteen. I could see her coach trying to calm things down, and I could see it was not',
    'working.',
  ),
];
const bP2 = [
  j(
    'The Respect guidance gives referees the power to stop a match when spectator behaviour gets out of hand, and I had read it',
    'many times. Using it is another thing. You are aware that twenty-two children are standing in the rain, that both coaches',
    'want to get on with it, and that some adults will think you are making a fuss.',
  ),
  'What I actually did was simple, and I would do it again:',
];
const bSteps = [
  'I stopped play at the next natural break and called both coaches to the centre circle.',
  'I asked the home coach, whose parent it was, to speak to the spectator and told him the game would not restart until it was sorted.',
  'I sent the players to their benches with their coats on.',
  'I noted the time, the words I had heard and the names of the coaches on my phone, while it was fresh.',
];
const bP3 = [
  j(
    'The parent left the ground. When we restarted, the keeper made two good saves in the first five minutes, and I am not',
    'ashamed to say I was pleased for her.',
  ),
];
const bP4 = [
  j(
    'I wrote my report that evening and sent it to the league and the County FA. Writing it down properly matters more than the',
    'decision itself: a misconduct charge rests on what the referee saw and heard, in plain words, not on how angry everybody felt.',
  ),
  j(
    'If you are a young referee reading this, my advice is to decide in advance where your line is. When it comes, you will not',
    'have time to think it through, and the children on the pitch are relying on you to have done that already.',
  ),
];
const bPages = ['Home', 'About', 'Referee FAQs', 'Laws of the Game notes'];
const bPopular = ['Why I stopped booking for dissent on the first offence', 'Five things I carry in my kit bag', 'Offside: the question I get most'];
const bArchive = ['2026 (9)', 'March (3)', 'February (4)', 'January (2)', '2025 (31)'];
const bComments = [
  j(
    'Thank you for writing this. I coach an under-13 girls’ team and we had almost exactly the same thing last month. The referee',
    'did nothing and my keeper asked to stop playing.',
  ),
  'Good read. Your point about writing the report the same evening is spot on; my leagues always ask why reports come in late.',
];
const bReply = 'Sorry to hear that. Please do report it to the league even now, it helps them spot a pattern.';
const bHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Whistle in the Rain: The hardest decision I made all season was not a penalty</title><meta content="blogger" name="generator">
<link href="https://whistleintherain.blogspot.example/feeds/posts/default" rel="alternate" title="Whistle in the Rain - Atom" type="application/atom+xml">
<meta content="https://whistleintherain.blogspot.example/2026/03/hardest-decision.html" property="og:url">
<script type="text/javascript">var _blogger = {"blogId":"7781204419920115302","postId":"2219001740"};</script>
<style>body{font:15px Roboto,sans-serif}</style></head>
<body class="version-1-3-3 variant-indie_light"><div class="page"><div class="bg-photo-overlay"></div>
<header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name"><div class="section" id="header">
<div class="widget Header" id="Header1"><div><h1><a href="https://whistleintherain.blogspot.example/">Whistle in the Rain</a></h1>
<p>Notes from a grassroots referee in the West Riding.</p></div></div></div></div>
<nav role="navigation"><div class="widget PageList" id="PageList2"><ul>${links(bPages, 'overflowable-item')}</ul></div></nav></div></header>
<div class="page_body"><div class="centered"><main class="centered-bottom" id="main" role="main"><div class="main section" id="page_body">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer">
<div class="post"><div class="post-header"><div class="post-header-line-1"><span class="byline post-timestamp">
<meta content="https://whistleintherain.blogspot.example/2026/03/hardest-decision.html"><a class="timestamp-link" href="#" rel="bookmark">
<time class="published" datetime="2026-03-08T20:31:00Z" title="2026-03-08T20:31:00Z">March 08, 2026</time></a></span></div></div>
<a name="2219001740"></a><h3 class="post-title entry-title">${bTitle}</h3>
<div class="post-body entry-content float-container" id="post-body-2219001740">
${ps(bP1)}
<h4>Knowing the rule is not the same as using it</h4>
${ps(bP2)}
<ol>${lis(bSteps)}</ol>
${ps(bP3)}
<div class="separator" style="clear: both;"><a href="#" style="display: block; padding: 1em 0; text-align: center;"><img border="0" width="400"
src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/whistle.jpg"></a></div>
<p style="text-align: center;"><i>My notebook and whistle, a bit damp after Sunday.</i></p>
<h4>The report</h4>
${ps(bP4)}
</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="byline post-author vcard">Posted by
<span class="fn"><a class="g-profile" href="#">Neil Ashdown</a></span></span> <span class="byline post-labels"><span class="byline-label">Labels:</span>
<a href="#" rel="tag">Respect</a>, <a href="#" rel="tag">youth football</a>, <a href="#" rel="tag">match reports</a></span></div>
<div class="post-share-buttons post-share-buttons-bottom"><a class="goog-inline-block share-button sb-email" href="#">
<span class="share-button-link-text">Email This</span></a>
<a class="goog-inline-block share-button sb-blog" href="#"><span class="share-button-link-text">BlogThis!</span></a>
<a class="goog-inline-block share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a></div></div>
</div>
<section class="comments threaded" id="comments"><h3 class="title">Comments</h3><div class="comments-content"><ol>
<li class="comment" id="c1001"><div class="comment-block"><div class="comment-header"><cite class="user">Dawn Milsom</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#">March 9, 2026 at 7:42 AM</a></span></div>
<p class="comment-content">${bComments[0]}</p><span class="comment-actions secondary-text"><a class="comment-reply" href="#">Reply</a>
<a href="#">Delete</a></span></div>
<div class="comment-replies"><ol><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user blog-author">Neil Ashdown</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#">March 9, 2026 at 6:15 PM</a></span></div><p class="comment-content">${bReply}</p>
</div></li></ol></div></li>
<li class="comment" id="c1002"><div class="comment-block"><div class="comment-header"><cite class="user">ref_gav_lvl5</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#">March 10, 2026 at 12:03 PM</a></span></div>
<p class="comment-content">${bComments[1]}</p></div></li></ol></div>
<div class="comment-footer"><a href="#" class="comment-reply">Add comment</a><a href="#">Load more...</a></div></section>
</div></article></div>
<div class="blog-pager container" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a>
<a class="blog-pager-older-link" href="#">Older Post</a><a class="home-link" href="#">Home</a></div></div></div></main>
<aside class="sidebar-container" role="complementary"><div class="sidebar_bottom section" id="sidebar_bottom">
<div class="widget Profile" id="Profile1"><h3 class="title">About Me</h3><a class="profile-name-link" href="#">Neil Ashdown</a>
<p class="profile-textblock">Level 5 referee, Sunday league regular, occasional assessor.</p><a class="profile-link" href="#">View my complete profile</a></div>
<div class="widget PopularPosts" id="PopularPosts1"><h3 class="title">Popular Posts</h3><ul>${links(bPopular)}</ul></div>
<div class="widget BlogArchive" id="BlogArchive1"><h3 class="title">Archive</h3><ul class="hierarchy">${links(bArchive, 'archivedate')}</ul></div>
<div class="widget ReportAbuse"><h3 class="title"><a href="#">Report Abuse</a></h3></div></div></aside></div></div>
<footer class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="blogger">
<a href="https://www.blogger.example">Powered by Blogger</a></div>
<div class="image-attribution">Theme images by Michael Elkan</div></div></footer></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google to
deliver its services and to analyse traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Learn more</a>
<a class="cookie-choices-button" id="cookieChoiceDismiss" href="#">Ok</a></span></div></div>
<script src="https://www.blogger.example/static/v1/widgets/3566091532-widgets.js"></script></body></html>`;
const blogger: TestPage = {
  name: 'heldout351-blogger-contempo-referee-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Knowing the rule is not the same as using it', 'The report'],
  body: texts([...bP1, ...bP2, ...bSteps, ...bP3, ...bP4]),
  bylines: [
    'March 08, 2026',
    'Neil Ashdown',
    'Dawn Milsom',
    'March 9, 2026 at 7:42 AM',
    'March 9, 2026 at 6:15 PM',
    'ref_gav_lvl5',
    'March 10, 2026 at 12:03 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Whistle in the Rain', 'Notes from a grassroots referee in the West Riding.', 'Referee FAQs', 'Laws of the Game notes',
    'My notebook and whistle, a bit damp after Sunday.', 'Posted by', 'Labels:', 'youth football', 'match reports', 'Email This', 'BlogThis!',
    'Share to Facebook', 'Comments', ...bComments, bReply, 'Reply', 'Delete', 'Add comment', 'Load more...', 'Newer Post', 'Older Post', 'About Me',
    'Level 5 referee, Sunday league regular, occasional assessor.', 'View my complete profile', 'Popular Posts', ...bPopular, 'Archive', ...bArchive,
    'Report Abuse', 'Powered by Blogger', 'Theme images by Michael Elkan',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};

/** A junior club's safeguarding policy page built with Elementor. */
const sTitle = 'Safeguarding and Welfare Policy';
const sIntro = [
  j(
    'Oakridge Colts JFC is committed to making sure every child who plays, trains or volunteers with us is safe, respected and',
    'able to enjoy their football. This policy applies to every coach, manager, volunteer, parent and spectator connected with',
    'the club, at home and away.',
  ),
];
const sPrinciples = [
  'The welfare of the child is always the first consideration.',
  'Every child, whatever their age, ability, gender, race, religion or disability, has the right to be protected from harm.',
  'All concerns and allegations will be taken seriously and dealt with quickly, fairly and in confidence.',
  'Working in partnership with parents, carers and the County FA is essential to protecting children.',
];
const sRoles = [
  j(
    'Every team has at least one coach with an in-date DBS check and FA safeguarding certificate. No adult may coach or manage a',
    'team on their own until both are in place, and certificates are checked at the start of each season by the Club Welfare Officer.',
  ),
  j(
    'The Club Welfare Officer is the first point of contact for any concern. If you cannot reach them, or the concern is about',
    'them, contact the County FA Designated Safeguarding Officer directly.',
  ),
];
const sReport = [
  'If a child is in immediate danger, call 999 first and then tell the Club Welfare Officer.',
  j(
    'Otherwise, write down what you saw or were told as soon as you can, using the child’s own words, and pass it on the same day.',
    'Do not investigate the concern yourself and do not promise the child that you will keep it secret.',
  ),
];
const sOnline = [
  j(
    'Coaches must not message players under 16 directly on any app. Team messages go to parents, or to a group that includes',
    'at least two club officials. Photographs of players are only published with written consent from a parent.',
  ),
];
const sReview = ['This policy is reviewed every year by the club committee, and after any serious incident.'];
const sNav = ['Home', 'About', 'Teams', 'Join', 'Safeguarding', 'Sponsors', 'Contact'];
const sContacts = ['Club Welfare Officer: Rachel Thorne', 'welfare@oakridgecolts.example', '07700 900412'];
const sHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>Safeguarding &#8211; Oakridge Colts JFC</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Safeguarding","isPartOf":{"@type":"WebSite",
"name":"Oakridge Colts JFC"}}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4"};</script></head>
<body class="page-template-elementor_header_footer page page-id-118 elementor-default elementor-kit-6 elementor-page elementor-page-118">
<div data-elementor-type="header" data-elementor-id="40" class="elementor elementor-40 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo">
<div class="elementor-widget-container"><a href="/"><img src="/wp-content/uploads/colts-badge.png" alt="Oakridge Colts JFC"></a></div></div></div></div>
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">
${links(sNav, 'menu-item')}</ul></nav></div></div></div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118">
<section class="elementor-section elementor-top-section elementor-element elementor-section-height-min-height hero-section">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Adopted by the committee on 9 September 2025</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(sIntro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Our principles</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(sPrinciples)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Roles and responsibilities</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(sRoles)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-accordion"><div class="elementor-widget-container"><div class="elementor-accordion">
<div class="elementor-accordion-item"><div class="elementor-tab-title" role="button"><a class="elementor-accordion-title" href="">Reporting a concern</a></div>
<div class="elementor-tab-content elementor-clearfix" role="region">${ps(sReport)}</div></div>
<div class="elementor-accordion-item"><div class="elementor-tab-title" role="button">
<a class="elementor-accordion-title" href="">Online safety and photography</a></div>
<div class="elementor-tab-content elementor-clearfix" role="region">${ps(sOnline)}</div></div>
<div class="elementor-accordion-item"><div class="elementor-tab-title" role="button">
<a class="elementor-accordion-title" href="">Review of this policy</a></div>
<div class="elementor-tab-content elementor-clearfix" role="region">${ps(sReview)}</div></div></div></div></div>
</div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Who to contact</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${sContacts.map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`).join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button" href="/policy.pdf">
<span class="elementor-button-text">Download the full policy (PDF)</span></a></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section cta-section"><div class="elementor-container"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">Want to volunteer with the Colts?</h2><a class="elementor-button" href="/join">
<span class="elementor-button-text">Get involved</span></a>
</div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer"><section class="elementor-section">
<div class="elementor-widget-container"><p>Oakridge Colts JFC is an FA Charter Standard club affiliated to the Kentish Weald County FA.</p>
<p>© 2026 Oakridge Colts JFC. Registered charity no. 1199999.</p></div></section></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a>
<a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">No</a></span></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout351-elementor-safeguarding-policy',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Our principles', 'Roles and responsibilities', 'Reporting a concern', 'Online safety and photography', 'Review of this policy'],
  body: texts([...sIntro, ...sPrinciples, ...sRoles, ...sReport, ...sOnline, ...sReview]),
  bylines: ['Adopted by the committee on 9 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Teams', 'Join', 'Sponsors', 'Contact', 'Who to contact', ...sContacts, 'Download the full policy (PDF)', 'Want to volunteer with the Colts?',
    'Get involved', 'Oakridge Colts JFC is an FA Charter Standard club affiliated to the Kentish Weald County FA.',
    '© 2026 Oakridge Colts JFC. Registered charity no. 1199999.', 'We use cookies to ensure that we give you the best experience on our website.',
  ],
};

export const HELDOUT351_D: readonly TestPage[] = [blogger, elementor];
