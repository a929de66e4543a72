import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file b: a couples therapist's blog post on Squarespace (7.1 header with its nav and "Book a
 * consultation" button, blog-item meta with date and author, tag and category links, share buttons, the item pagination
 * with the older / newer post titles, a newsletter block, the footer with address and hours) and an old-Reddit
 * relationship_advice thread (the self post and its comment tree are the body).
 */
const sTitle = 'The Four Questions I Ask Every Couple in the First Session';
const sP = [
  j(
    'People often arrive at my office expecting to be asked about the worst thing that has happened between them. That conversation',
    'does come, but not first. In the first hour I want to understand what the relationship looks like on an ordinary Tuesday.',
  ),
  j(
    'Over twelve years of practice in Harlow Bay I have settled on four questions. They are simple, and couples are often surprised',
    'by how much they reveal.',
  ),
];
const sH = [
  '1. How did you meet?',
  '2. What does a good week look like?',
  '3. What do you each think the problem is?',
  '4. What would be different if this worked?',
];
const sP1 = [
  j(
    'The story of how a couple met is rarely about facts. I listen for warmth, for who tells it, and for whether the other person',
    'corrects the details. Couples who still enjoy telling the story together usually have more to draw on than they realise.',
  ),
  j(
    'When the story comes out flat, or one partner says "I do not really remember", I make a note. It does not mean the',
    'relationship is over. It often means that years of logistics have buried the reasons they chose each other in the first place.',
  ),
];
const sP2 = [
  j(
    'Before we look at what is wrong, I ask for a picture of what is right. Many couples struggle to answer, and that in itself is',
    'useful. If nobody can remember a good week, we start by building one rather than dissecting the bad ones.',
  ),
];
const sP3 = [
  j(
    'I ask each partner separately, and I ask the other to listen without correcting. The two answers are almost never the same.',
    'One person says "we argue about money"; the other says "I feel like I am on my own". Both are true, and the gap between them',
    'is where the work begins.',
  ),
];
const sP4 = [
  j(
    'The last question points us forward. I ask for concrete details: who would make the coffee, what the evenings would sound',
    'like, how a disagreement would end. Vague goals such as "communicate better" become things we can practise.',
  ),
  j(
    'If you are thinking about couples therapy, you might try these questions at home first. Take turns, keep a notebook, and notice',
    'which one is hardest to answer. That is often the one worth bringing to a session.',
  ),
];
const sNav = ['About', 'Couples Therapy', 'Individual Therapy', 'Fees', 'Blog', 'Contact'];
const sFoot = ['Privacy Policy', 'Good Faith Estimate', 'Accessibility'];
const sHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} — Harlow Bay Couples Counselling</title>
<link rel="canonical" href="https://www.harlowbaycounselling.example/blog/four-questions"><meta property="og:site_name"
content="Harlow Bay Couples Counselling">
<meta property="og:title" content="${sTitle} — Harlow Bay Couples Counselling"><meta property="og:type" content="article">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f3c2a","siteTitle":"Harlow Bay Couples Counselling"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.harlowbaycounselling.example","name":"Harlow Bay Couples Counselling","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":"Dr. Elspeth Moyo",
"datePublished":"2026-01-20T08:00:00-0800"}</script></head>
<body id="item-65a2b1" class="header-overlay-alignment-center tweak-blog-item-width-narrow view-item collection-type-blog collection-layout-default
mobile-style-available sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<div class="header-inner container--fluid"><div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">Harlow Bay Couples Counselling</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a consultation</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a2b1"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article
class="entry h-entry hentry author-elspeth-moyo post-type-text article-index-1
tag-first-session category-couples-therapy" data-item-id="65a2b1">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-01-20"
pubdate data-animation-role="date">January 20, 2026</time></div>
<div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f3c" class="blog-author">Dr. Elspeth Moyo</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="1768900000000"
id="item-65a2b1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sP, ' class="" style="white-space:pre-wrap;"')}<h2>${sH[0]}</h2>${ps(sP1, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"
id="block-a2"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/v1/5f3c2a/office.jpg" alt="" class="thumb-image loaded">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">The counselling room on Quay Street</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a3"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${sH[1]}</h2>${ps(sP2, ' class="" style="white-space:pre-wrap;"')}<h2>${sH[2]}</h2>${ps(sP3, ' class="" style="white-space:pre-wrap;"')}
<h2>${sH[3]}</h2>${ps(sP4, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-item blog-meta-item--tags"><span class="blog-meta-label">Tagged:</span>
<a href="/blog?tag=first+session" class="blog-item-tag">first session</a>, <a href="/blog?tag=communication" class="blog-item-tag">communication</a></div>
<div class="blog-meta-item blog-meta-item--categories"><a href="/blog?category=Couples+Therapy" class="blog-item-category">Couples Therapy</a></div></div>
<div class="blog-item-share"><div class="sqs-block-button-container"><div class="ss-social-button-wrapper">
<button class="ss-social-button" data-service="facebook"><span class="ss-social-button-text">Facebook</span></button>
<button class="ss-social-button" data-service="twitter"><span class="ss-social-button-text">Twitter</span></button>
<button class="ss-social-button" data-service="linkedin"><span class="ss-social-button-text">LinkedIn</span></button></div></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side"><a href="/blog/repair-attempts"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Repair attempts: the small gestures that end arguments</h2></a><a href="/blog/holiday-stress"
class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Getting through the holidays as a blended family</h2></a></section></article></div></div></div></section>
<section class="page-section" data-section-theme="light"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Notes from the counselling room</h2>
<div class="newsletter-form-header-description"><p>One short letter a month. No spam, unsubscribe any time.</p></div></div>
<form class="newsletter-form"><input type="email"
placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span>
</button></form><div class="form-submission-text hidden">Thank you!</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p class="">Harlow Bay Couples Counselling · 14 Quay Street, Harlow Bay</p><p class="">Mon–Thu 9am–7pm · Sat by appointment</p>
<ul>${links(sFoot)}</ul><p class="">© 2026 Elspeth Moyo, PsyD. Licensed psychologist.</p></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout335-squarespace-therapist-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sP, ...sP1, ...sP2, ...sP3, ...sP4]),
  bylines: ['January 20, 2026', 'Dr. Elspeth Moyo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harlow Bay Couples Counselling', ...sNav, 'Book a consultation', 'The counselling room on Quay Street', 'Tagged:', 'first session',
    'communication', 'Couples Therapy', 'Facebook', 'Twitter', 'LinkedIn', 'Previous', 'Repair attempts: the small gestures that end arguments', 'Next',
    'Getting through the holidays as a blended family', 'Notes from the counselling room', 'One short letter a month. No spam, unsubscribe any time.',
    'Sign Up', 'Thank you!', 'Harlow Bay Couples Counselling · 14 Quay Street, Harlow Bay', 'Mon–Thu 9am–7pm · Sat by appointment', ...sFoot,
    '© 2026 Elspeth Moyo, PsyD. Licensed psychologist.',
  ],
};

const rTitle = 'My (29F) partner (31M) wants to move across the country for his job and expects me to just follow. Am I wrong to hesitate?';
const rOp = [
  j(
    'We have been together four years and living together for two. He has been offered a great role in a city about 1,500 miles',
    'away, and he accepted it before we had really talked about it. His view is that it was too good to turn down and that I can',
    'find work anywhere because I am a freelance illustrator.',
  ),
  j(
    'Technically he is right, but my whole client base is local, my sister is here and I help look after our mum. When I said I',
    'needed time to think, he said he was disappointed that I was not more excited for him.',
  ),
  'I love him and I do want a future with him. I just feel like the decision was made for me. How do I talk about this without it turning into a fight?',
  'TL;DR: boyfriend accepted a job far away without discussing it, now expects me to move, I feel steamrolled.',
];
const rC = [
  j(
    'You are not wrong to hesitate. The job might be great, but the way he made the decision is the real issue here. A move this',
    'big affects both of you, and "we" decisions should be made by both people.',
  ),
  j(
    'Try separating the two conversations. First: "I am proud of you, and I also felt left out of a decision that changes my life."',
    'Then, on another day, the practical side: your clients, your mum, what support you would need to make it work.',
  ),
  'Seconding this. Also ask him what his plan is if you decide you cannot move in the next six months. His answer will tell you a lot.',
  j(
    'I did exactly this move for a partner eight years ago. We are still together and happy, but I wish I had negotiated a trial',
    'period and a budget for flights home before I went. Get the support for your mum sorted out in writing, not as a vague promise.',
  ),
  'This is really helpful, thank you. A trial period had not even occurred to me.',
];
const rUsers = ['throwaway_inkpot', 'quietharbour_', 'MossAndLantern', 'delphine_rook'];
const cm = (id: string, user: string, pts: string, age: string, text: string, kids = ''): string => `<div class=" thing id-t1_${id} comment"
data-fullname="t1_${id}" data-type="comment" data-author="${user}"><p class="parent"><a name="${id}"></a></p><div class="midcol unvoted">
<div class="arrow up login-required access-required" role="button" aria-label="upvote"></div>
<div class="arrow down login-required access-required" role="button" aria-label="downvote"></div></div><div class="entry unvoted">
<p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a><a href="https://old.reddit.example/user/${user}"
class="author may-blank id-t2_${id}">${user}</a>
<span class="score unvoted" title="${pts}">${pts} points</span> <time title="Mon Mar 9 2026" datetime="2026-03-09T18:00:00+00:00"
class="live-timestamp">${age}</time></p>
<form class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div class="md">${text}</div></div></form>
<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)">embed</a></li>
<li><a href="javascript:void(0)">save</a></li><li class="reply-button"><a class="access-required" href="javascript:void(0)">reply</a></li></ul></div>
<div class="child">${kids}</div></div>`;
const rHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<title>${rTitle} : relationship_advice</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit ">
<meta name="description" content="We have been together four years and living together for two.">
<meta property="og:site_name" content="reddit"><meta property="og:title" content="r/relationship_advice on Reddit: ${rTitle}">
<link rel="stylesheet" href="//www.redditstatic.example/reddit.ZXc8d2.css" media="all">
<script type="text/javascript"
id="config">r.setup({"ajax_domain":"old.reddit.example","cur_domain":"reddit.com","is_fake":false,"post_site":"relationship_advice"})</script>
</head><body class="listing-page comments-page single-page"><div id="header" role="banner"><a tabindex="1" href="#content"
id="jumpToContent">jump to content</a>
<div id="sr-header-area"><div class="width-clip"><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/"
class="choice">popular</a></li>
<li><span class="separator">-</span><a href="/r/all/" class="choice">all</a></li></ul></div></div></div>
<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>
<span class="hover pagename redditname"><a href="/r/relationship_advice/">relationship_advice</a></span>
<ul class="tabmenu "><li class="selected"><a href="/r/relationship_advice/comments/1b9x2k/" class="choice">comments</a></li>
<li><a href="/r/relationship_advice/comments/1b9x2k/related/" class="choice">other discussions (2)</a></li></ul></div>
<div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required">Log in or sign up</a> in seconds.</span></div></div>
<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/relationship_advice/">relationship_advice</a></h1>
<span class="subscribers"><span class="number">11,402,118</span> <span class="word">readers</span></span>
<div class="usertext-body"><div class="md"><p>Need help with your relationship? Whether romantic, platonic or familial, we are here to help.</p>
<ol><li>Be civil and kind.</li><li>No shaming or gender-based insults.</li><li>No abusive relationships content without
resources.</li></ol></div></div></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_1b9x2k self link"
data-fullname="t3_1b9x2k" data-author="${rUsers[0]}" data-subreddit="relationship_advice"><div class="midcol unvoted"><div class="score unvoted"
title="2114">2.1k</div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " href="/r/relationship_advice/comments/1b9x2k/">${rTitle}</a></p>
<p class="tagline ">submitted <time title="Mon Mar 9 2026" datetime="2026-03-09T14:21:07+00:00" class="live-timestamp">5 hours ago</time> by
<a href="https://old.reddit.example/user/${rUsers[0]}" class="author may-blank">${rUsers[0]}</a></p></div>
<div class="expando"><form class="usertext warn-on-unload"><div class="usertext-body may-blank-within md-container "><div
class="md">${ps(rOp)}</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a href="#"
class="bylink comments may-blank">214 comments</a></li><li class="share"><a class="post-sharing-button">share</a></li>
<li><a href="#">save</a></li><li><a href="#">hide</a></li><li><a href="#">report</a></li></ul></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 214 comments</span></div>
<div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span
class="selected">best</span></div></div></div>
<div class="sitetable nestedlisting">${cm(
  'k1',
  rUsers[1] ?? '',
  '1843',
  '4 hours ago',
  ps(rC.slice(0, 2)),
  cm('k2', rUsers[2] ?? '', '612', '4 hours ago', ps(rC.slice(2, 3))),
)}
${cm('k3', rUsers[3] ?? '', '977', '3 hours ago', ps(rC.slice(3, 4)), cm('k4', rUsers[0] ?? '', '301', '2 hours ago', ps(rC.slice(4))))}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover"><li
class="flat-vert title">about</li>${links(['blog', 'advertising', 'careers'])}
</ul></div><div class="col"><ul class="hover"><li class="flat-vert title">site
help</li>${links(['site rules', 'Reddit help center', 'reddiquette'])}</ul></div></div>
<p class="bottommenu">Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.</p></div>
<script type="text/javascript" src="//www.redditstatic.example/reddit-init.en.js"></script></body></html>`;
const oldReddit: TestPage = {
  name: 'heldout335-old-reddit-relationship-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rOp, ...rC]),
  bylines: ['5 hours ago', '4 hours ago', '3 hours ago', '2 hours ago', ...rUsers],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'jump to content', 'popular', 'reddit.com', 'relationship_advice', 'other discussions (2)', 'Log in or sign up', '11,402,118', 'readers',
    'Need help with your relationship? Whether romantic, platonic or familial, we are here to help.', 'Be civil and kind.',
    'No shaming or gender-based insults.', 'No abusive relationships content without resources.', '2.1k', '214 comments', 'share', 'save', 'hide',
    'report', 'all 214 comments', 'sorted by:', 'best', '1843 points', '612 points', '977 points', '301 points', 'permalink', 'embed', 'reply',
    'blog', 'advertising', 'careers', 'site help', 'site rules', 'Reddit help center', 'reddiquette',
    'Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2026 reddit inc. All rights reserved.',
  ],
};

export const HELDOUT335_B: readonly TestPage[] = [squarespace, oldReddit];
