import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file b: a teen advice column on a Squarespace 7.1 blog (header nav, category and date meta, the
 * reader's letter and the columnist's answer in HTML blocks, a helplines box, newsletter block, previous / next
 * pagination, comments, cookie banner, footer) and a scout group's camp report on WordPress's Twenty Twenty-Four block
 * theme (site title and navigation, post date and author, gallery captions, post terms, post navigation, comments with
 * the reply form, footer).
 */
const aTitle = 'Ask Juno: My best friend has a new group and I feel left out';
const aLetter = [
  j(
    'Dear Juno, my best friend and I have done everything together since we were seven. This year she joined the drama club',
    'and now she spends every lunch with them. When I sit with them they talk about rehearsals and inside jokes and I just sit',
    'there. I don’t want to seem clingy but I miss her so much. What should I do? — Left Out, 14',
  ),
];
const aBody1 = [
  j(
    'Dear Left Out, first of all, what you are feeling is completely normal, and it does not make you clingy. When someone',
    'has been part of your everyday life for half of it, a change like this can feel like losing something, even if nobody',
    'has done anything wrong.',
  ),
  j(
    'Friendships change shape as we grow up. New interests pull people in different directions, and that is usually a sign',
    'that both of you are becoming more yourselves. It does not have to mean the friendship is ending.',
  ),
];
const aH1 = 'Talk to her, not about her';
const aBody2 = [
  j(
    'The most useful thing you can do is tell your friend how you feel, calmly and in private. Try starting with “I” rather',
    'than “you”: “I miss hanging out just us” lands very differently from “You’ve ditched me for your drama friends.”',
  ),
  j(
    'Suggest something specific that is just for the two of you, like walking home together on Fridays or a film night once',
    'a month. Plans are easier to keep than vague promises to “hang out more”.',
  ),
];
const aH2 = 'Widen your own circle';
const aBody3 = [
  'It can also help to put some energy into things that are yours. A few ideas readers have shared with us:',
  'Join a club or team you have been curious about, even if you don’t know anyone there yet.',
  'Say yes when a classmate asks you to sit with them, even if it feels awkward at first.',
  'Pick up a hobby you can do on your own, so lunchtimes feel less empty.',
  j(
    'This is not about replacing your best friend. It is about making sure your happiness does not depend on one person’s',
    'timetable, which is a good thing to learn at any age.',
  ),
];
const aH3 = 'When to ask for more help';
const aBody4 = [
  j(
    'If the sad feeling sticks around for weeks, or you start dreading school, talk to an adult you trust: a parent, a',
    'teacher or your school counsellor. You deserve support, and you don’t have to wait until things feel really bad.',
  ),
  'Sending you a big hug. You’ve got this. — Juno',
];
const aHelp = ['Childline-style helpline: 0800 555 0199 (free, 24 hours)', 'Text TALK to 85050 to chat with a trained volunteer'];
const aNav = ['Home', 'Ask Juno', 'Real Stories', 'Wellbeing', 'Quizzes', 'About'];
const aComments = [
  'This happened to me last year and talking to her honestly really worked. We still do Friday walks!',
  'Thank you for the club idea. I joined the chess club and it is actually fun.',
];
const aFoot = ['Contact', 'Privacy', 'Terms', 'Write to Juno'];
const aHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Ask Juno: My best friend has a new group and I feel left out — Bright Days Magazine</title>
<link rel="canonical" href="https://www.brightdaysmag.example/ask-juno/best-friend-new-group"><meta property="og:site_name" content="Bright Days Magazine">
<meta property="og:type" content="article"><meta itemprop="author" content="Juno Wilde">
<meta name="description" content="A reader feels left out when her best friend joins a new group.">
<script type="application/ld+json">{"url":"https://www.brightdaysmag.example","name":"Bright Days Magazine","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${aTitle}","author":"Juno Wilde",
"datePublished":"2026-03-19T09:00:00+0000"}</script>
<script>Static.SQUARESPACE_CONTEXT={"website":{"id":"64a1f","siteTitle":"Bright Days Magazine"},"collection":{"title":"Ask Juno","typeName":"blog"}};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/64a1f/site.css" type="text/css" rel="stylesheet"></head>
<body id="item-65f9c" class="header-overlay-alignment-center tweak-blog-item-width-narrow collection-type-blog-basic-grid view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Bright Days Magazine</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${aNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}
</nav></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65f9c">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid"><div class="content-wrapper">
<div class="content"><div class="blog-basic-grid collection-content-wrapper">
<article class="entry h-entry hentry category-ask-juno author-juno-wilde post-type-text
article-index-1" data-item-id="65f9c"><div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/ask-juno?category=Friendship"
class="blog-item-category">Friendship Advice</a></div><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
datetime="2026-03-19">19 Mar 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${aTitle}</h1></div>
<div class="blog-item-author-name-wrapper"><a href="/ask-juno?author=65e0" class="blog-author-name">Juno Wilde</a></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12
columns-12" data-type="item" id="item-65f9c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
<blockquote><p class="" style="white-space:pre-wrap;">${aLetter[0]}</p></blockquote>
${ps(aBody1, ' class="" style="white-space:pre-wrap;"')}
<h3>${aH1}</h3>
${ps(aBody2, ' class="" style="white-space:pre-wrap;"')}
<h3>${aH2}</h3>
<p class="" style="white-space:pre-wrap;">${aBody3[0]}</p><ul data-rte-list="default">${lis(aBody3.slice(1, 4))}</ul>
<p class="" style="white-space:pre-wrap;">${aBody3[4]}</p>
<h3>${aH3}</h3>
${ps(aBody4, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a2"><div class="sqs-block-content"><div class="sqs-html-content helpline-box">
<h4>Need to talk to someone now?</h4><ul data-rte-list="default">${lis(aHelp)}</ul></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-a3"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get Juno in your inbox</h2>
<div class="newsletter-form-header-description"><p>New letters and answers every Thursday. Ask a parent or carer before signing up.</p></div></div>
<form class="newsletter-form"><input type="email" name="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div></div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments"><div class="comment-header"><span class="comment-count">2 Comments</span></div>
${aComments
  .map(
    (c, i) => `<div class="comment"><div class="comment-author">${['Ria_B', 'quiet.reader'][i]}</div>
<div class="comment-date">${['20 Mar 2026', '22 Mar 2026'][i]}</div>
<div class="comment-body"><p>${c}</p></div><a class="reply-link" href="#">Reply</a></div>`,
  )
  .join('\n')}</div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/ask-juno/exam-nerves"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Ask Juno:
I freeze up in every exam</h2></a><a href="/ask-juno/group-chat" class="item-pagination-link item-pagination-link--next"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Ask Juno: The group chat is being mean about me</h2></a></section>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-html-content">
<p>Bright Days Magazine is written for readers aged 11 to 16. Letters may be edited for length.</p>
<p>${aFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(' · ')}</p><p>© 2026 Bright Days Magazine</p></div></div>
</section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to make it work and to see which letters are read most.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const juno: TestPage = {
  name: 'heldout316-squarespace-advice-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3],
  body: texts([...aLetter, ...aBody1, ...aBody2, ...aBody3, ...aBody4]),
  bylines: ['19 Mar 2026', 'Juno Wilde'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Bright Days Magazine', ...aNav, 'Friendship Advice', 'Need to talk to someone now?', ...aHelp, 'Get Juno in your inbox',
    'New letters and answers every Thursday. Ask a parent or carer before signing up.', 'Sign Up', '2 Comments', 'Ria_B', 'quiet.reader',
    '20 Mar 2026', '22 Mar 2026', ...aComments, 'Reply', 'Previous', 'Ask Juno: I freeze up in every exam', 'Next',
    'Ask Juno: The group chat is being mean about me', 'Bright Days Magazine is written for readers aged 11 to 16. Letters may be edited for length.',
    ...aFoot, '© 2026 Bright Days Magazine', 'This site uses cookies to make it work and to see which letters are read most.', 'Accept', 'Decline',
  ],
};

const cTitle = 'Five nights under canvas at Hollins Wood';
const cBody1 = [
  j(
    'Twenty-two Scouts and six leaders from 3rd Pellingham spent the half-term week at Hollins Wood campsite, and',
    'despite one very wet Tuesday, everyone agreed it was the best summer camp we have had in years.',
  ),
  j(
    'This was the first camp for nine of our newer Scouts, who moved up from Cubs in the spring. By the end of the week',
    'they were pitching patrol tents faster than some of the leaders, which we are choosing not to be embarrassed about.',
  ),
];
const cH1 = 'What we got up to';
const cBody2 = [
  j(
    'Each patrol cooked its own meals on gas stoves and, on the last two nights, over an open fire. The Otters patrol’s',
    'campfire pizza won the cooking challenge, although the Kestrels’ banana boats came a very close second.',
  ),
  'Over the five days the troop:',
  'hiked eleven kilometres along the ridge to Carrow Beacon and back',
  'built a rope bridge across the stream, and only two people fell in',
  'ran a night wide game with glow sticks in the lower woods',
  'spent a morning canoeing on the lake with the site’s instructors',
  'held a campfire with songs, sketches and far too many marshmallows',
];
const cH2 = 'Badges earned';
const cBody3 = [
  j(
    'Several Scouts completed work towards their Camper, Cook and Navigator badges during the week. Leaders will sign off',
    'the badge requirements at troop night on Thursday, so please check the online record before then.',
  ),
  j('A special mention goes to Jonah and Isla, who both completed their first nights away as part of the Nights Away', 'staged badge. Well done to you both.'),
];
const cH3 = 'Thank you';
const cBody4 = [
  j(
    'A huge thank you to our leaders and to the parents who drove kit down on Saturday and collected muddy Scouts on',
    'Thursday. Camp only happens because volunteers give up their holidays, and we are always looking for more help. If you',
    'could spare a weekend or two a year, please speak to Akela Rowan at troop night.',
  ),
];
const cNav = ['Home', 'Beavers (6-8)', 'Cubs (8-10)', 'Scouts (10-14)', 'Explorers (14-18)', 'Join Us', 'Blog'];
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='max-image-preview:large'><title>Five nights under canvas at Hollins Wood – 3rd Pellingham Scouts</title>
<link rel="alternate" type="application/rss+xml" title="3rd Pellingham Scouts » Feed" href="https://3rdpellingham.example/feed/">
<style id='wp-block-post-title-inline-css'>.wp-block-post-title{box-sizing:border-box;word-break:break-word}</style>
<link rel='stylesheet' id='twentytwentyfour-button-style-outline-css'
href='https://3rdpellingham.example/wp-content/themes/twentytwentyfour/assets/css/button-outline.css' media='all'>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"}]},"eagerness":"conservative"}]}</script>
<link rel="canonical" href="https://3rdpellingham.example/2026/06/05/five-nights-hollins-wood/"></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive"><div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title">
<a href="https://3rdpellingham.example"
target="_self" rel="home">3rd Pellingham Scouts</a></p><p class="wp-block-site-tagline">Adventure every Thursday since 1931</p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main"><ul class="wp-block-navigation__container">
${links(cNav, 'wp-block-navigation-item wp-block-navigation-link')}</ul></nav></div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)"><div class="wp-block-group is-layout-constrained">
<h1 style="font-size:var(--wp--preset--font-size--x-large);" class="has-text-align-center wp-block-post-title">${cTitle}</h1>
<div class="wp-block-group is-content-justification-center is-layout-flex"><div class="wp-block-post-date"><time datetime="2026-06-05T19:20:41+01:00">
June 5, 2026</time></div><p class="has-small-font-size">—</p><p class="has-small-font-size">by</p>
<div class="wp-block-post-author-name"><a href="https://3rdpellingham.example/author/skipmartha/" target="_self" class="wp-block-post-author-name__link">
Martha Quigley</a></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(cBody1)}
<h2 class="wp-block-heading">${cH1}</h2>
<p>${cBody2[0]}</p>
<figure class="wp-block-gallery has-nested-images columns-2 is-cropped is-layout-flex"><figure class="wp-block-image size-large"><img decoding="async"
src="https://3rdpellingham.example/wp-content/uploads/2026/06/bridge.jpg" alt=""><figcaption class="wp-element-caption">The Kestrels test their rope
bridge</figcaption></figure><figure class="wp-block-image size-large">
<img decoding="async" src="https://3rdpellingham.example/wp-content/uploads/2026/06/fire.jpg"
alt=""><figcaption class="wp-element-caption">Campfire pizza, Otters style</figcaption></figure></figure>
<p>${cBody2[1]}</p><ul class="wp-block-list">${lis(cBody2.slice(2))}</ul>
<h2 class="wp-block-heading">${cH2}</h2>
${ps(cBody3)}
<h2 class="wp-block-heading">${cH3}</h2>
${ps(cBody4)}
</div>
<div class="wp-block-group is-layout-constrained"><div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">Posted in
</span><a href="https://3rdpellingham.example/category/camps/" rel="tag">Camps</a><span class="wp-block-post-terms__separator">, </span><a
href="https://3rdpellingham.example/category/troop-news/" rel="tag">Troop News</a></div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span
class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="/2026/05/20/district-cooking/" rel="prev">District
cooking competition results</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="/2026/06/19/new-minibus/" rel="next">We
have a new minibus!</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${cTitle}”</h2><ol class="wp-block-comment-template">
<li id="comment-31" class="comment even thread-even depth-1"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc"
href="#">Deepa Sorensen</a></div><div class="wp-block-comment-date"><time datetime="2026-06-05T21:02:10+01:00">June 5, 2026 at 9:02 pm</time></div>
<div class="wp-block-comment-content"><p>Our Ellie hasn’t stopped talking about the night game. Thank you all so much!</p></div>
<div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-31">Reply</a></div></li>
<li id="comment-32" class="comment odd alt thread-odd depth-1"><div class="wp-block-comment-author-name">Tom Abara</div><div
class="wp-block-comment-date"><time datetime="2026-06-06T08:15:00+01:00">June 6, 2026 at 8:15 am</time></div>
<div class="wp-block-comment-content"><p>Happy to help with driving next year, just let me know.</p></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://3rdpellingham.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">
Your email address will not be published. Required fields are marked *</p><p class="comment-form-comment"><label for="comment">Comment *</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit"
id="submit" class="wp-block-button__link wp-element-button" value="Post Comment"></p></form></div></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-small-font-size">3rd Pellingham
Scout Group is a registered charity. Meetings at St Aidan’s Hall, Mill Lane.</p><p class="has-small-font-size">Designed with <a
href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
<script id="wp-block-navigation-view-js" type="module"
 src="https://3rdpellingham.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js">
</script></body></html>`;
const scouts: TestPage = {
  name: 'heldout316-wp-twentytwentyfour-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cBody1, ...cBody2, ...cBody3, ...cBody4]),
  bylines: ['June 5, 2026', 'Martha Quigley'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '3rd Pellingham Scouts', 'Adventure every Thursday since 1931', ...cNav, 'The Kestrels test their rope bridge', 'Campfire pizza, Otters style',
    'Posted in', 'Camps', 'Troop News', 'District cooking competition results', 'We have a new minibus!',
    `2 responses to “${cTitle}”`, 'Deepa Sorensen', 'June 5, 2026 at 9:02 pm',
    'Our Ellie hasn’t stopped talking about the night game. Thank you all so much!', 'Reply', 'Tom Abara', 'June 6, 2026 at 8:15 am',
    'Happy to help with driving next year, just let me know.', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Comment *', '3rd Pellingham Scout Group is a registered charity. Meetings at St Aidan’s Hall, Mill Lane.', 'Designed with WordPress',
  ],
};

export const HELDOUT316_B: readonly TestPage[] = [juno, scouts];
