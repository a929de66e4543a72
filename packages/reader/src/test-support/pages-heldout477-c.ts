import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file c: a house cleaner's client review page on Squarespace (7.1, a summary of reviews written as blocks)
 * and a freelancers' community thread on Discourse.
 */
const sTitle = 'What Our Clients Say';
const sIntro = j(
  'We have cleaned homes and small offices around Brackenford since 2018. Every review below was sent to us by a client after a',
  'job, and we publish them all, including the ones that tell us where we fell short.',
);
const sReviews: [string, string, string][] = [
  [
    'Five stars from a very fussy kitchen',
    j(
      'I work from home and I am particular about the kitchen. Odile and her team cleaned behind the fridge and the oven without being',
      'asked, and the hob looks new. They also noticed the dripping tap and told me about it instead of ignoring it.',
    ),
    'Harriet P., Old Mill Lane · September 2026',
  ],
  [
    'Reliable every other Tuesday',
    j(
      'We have had a fortnightly clean for two years. In that time they have missed exactly one visit, and they called the day before',
      'to move it. Our dog now waits by the door for them.',
    ),
    'Tomasz and Wren K., Hollins Park · August 2026',
  ],
  [
    'Good, but book the end-of-tenancy clean early',
    j(
      'The end-of-tenancy clean got our full deposit back, which is what mattered. The only downside was that the first date they',
      'could offer was ten days away, so leave yourself time.',
    ),
    'Priya N., Canal Street · July 2026',
  ],
  [
    'Our office has never smelled better',
    j(
      'We are a six-person design studio with too many plants and not enough bins. The team comes in on Friday evenings and we start',
      'every week with clean desks and a kitchen that is not a science experiment.',
    ),
    'Marcus D., Ferncliffe Studio · June 2026',
  ],
];
const sNav = ['Home', 'Services', 'Prices', 'Book a Clean'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Reviews &mdash; Sparrow &amp; Broom Cleaning</title>
<link rel="canonical" href="https://www.sparrowandbroom.example/reviews"><meta property="og:site_name" content="Sparrow &amp; Broom Cleaning">
<meta property="og:title" content="Reviews &mdash; Sparrow &amp; Broom Cleaning">
<script type="application/ld+json">{"url":"https://www.sparrowandbroom.example","name":"Sparrow & Broom Cleaning","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LocalBusiness","name":"Sparrow & Broom Cleaning","address":"Brackenford"}</script>
<script>Static={SQUARESPACE_CONTEXT:{"website":{"siteTitle":"Sparrow & Broom Cleaning"},"templateId":"5c5a519771c10ba3470d8101"}};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6312/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64b7" class="header-overlay-alignment-center tweak-blog-alignment-center primary-button-style-solid collection-type-page view-list">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Now booking January deep cleans</p>
</div><span class="sqs-announcement-bar-close" role="button" aria-label="Close Announcement"></span></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" role="banner">
<div class="header-inner container--fluid"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Sparrow &amp; Broom</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('')}
</nav></div></div></div><div class="header-actions"><div class="header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse"
href="/book">Get a Quote</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64b7c2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"
data-section-theme="white"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="text-align:center;white-space:pre-wrap;">${sTitle}</h1>
<p class="sqs-block-html-text" style="text-align:center;white-space:pre-wrap;">${sIntro}</p></div></div></div>
${sReviews
  .map(
    ([h, p, who]) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${h}</h3><p style="white-space:pre-wrap;">${p}</p><p style="white-space:pre-wrap;"><em>${who}</em></p></div></div></div>
<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47"><div class="sqs-block-content"><hr></div></div>`,
  )
  .join('\n')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/leave-a-review" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Leave a Review</a></div></div></div>
</div></div></div></div></div></section>
<section class="page-section" data-section-theme="dark"><div class="content-wrapper"><div class="sqs-block newsletter-block sqs-block-newsletter">
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Seasonal tips, twice a year</h2>
<p class="newsletter-form-header-description">No spam. Just a checklist before spring and winter.</p><form class="newsletter-form">
<label class="title" for="email-yui">Email Address</label><input class="field-element" type="email" id="email-yui" name="email">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout"><span class="newsletter-form-button-label">Sign Up</span></button>
</form><p class="newsletter-form-footnote">We respect your privacy.</p></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content">
<p>Sparrow &amp; Broom Cleaning Ltd · 14 Weaver Row, Brackenford</p><p>01632 960 418 · hello@sparrowandbroom.example</p>
<p>Fully insured · DBS checked team</p></div></div></section></footer></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-f2a5b.js"></script></body></html>`;
const squarespaceReviews: TestPage = {
  name: 'heldout477-squarespace-reviews',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sReviews.map((r) => r[0]),
  body: texts([sIntro, ...sReviews.map((r) => r[1])]),
  bylines: sReviews.map((r) => r[2]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking January deep cleans', 'Skip to Content', 'Sparrow & Broom', 'Services', 'Prices', 'Book a Clean', 'Get a Quote', 'Leave a Review',
    'Seasonal tips, twice a year',
    'No spam. Just a checklist before spring and winter.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Sparrow & Broom Cleaning Ltd · 14 Weaver Row, Brackenford', '01632 960 418 · hello@sparrowandbroom.example', 'Fully insured · DBS checked team',
  ],
};

const dTitle = 'Client wants the source files after paying for the exported logo only - what would you do?';
const dPosts: [string, string, string[]][] = [
  [
    'june_at_foxglove',
    'Nov 30',
    [
      j(
        'I finished a logo job last week. The package the client chose was the basic one: PNG and PDF exports, no source files. Today',
        'they wrote asking for the layered working file "because our printer needs it".',
      ),
      'Do I just send it? Ask for the difference between the packages? I do not want a bad review over this, but the work is the same.',
    ],
  ],
  [
    'ravi.letters',
    'Nov 30',
    [
      j(
        'Printers almost never need the layered file. Ask which format the printer wants. Nine times out of ten an outlined PDF or an SVG',
        'solves it and you can send that for free.',
      ),
    ],
  ],
  [
    'Constance_Mbeki',
    'Dec 1',
    [
      j(
        'I would offer the source file as an extra at the price difference and explain it politely. Clients usually accept when you point',
        'at what they chose. If you give it away once, they expect it every time.',
      ),
      'And the review system protects you if you delivered what was ordered.',
    ],
  ],
  [
    'Pieter.vanLoon',
    'Dec 1',
    [
      j(
        'Slightly different view from someone who has been on the other side. I ran a small print shop for nine years before I started',
        'freelancing, and we did sometimes ask customers for the "original file". Nine times out of ten we said that because the file',
        'we had been sent was a low-resolution PNG pulled off a website or an email signature, and we needed something we could scale.',
      ),
      j(
        'What we actually wanted was vectors with the text converted to outlines and the colours defined properly, spot colours if the',
        'job was going to be screen printed. We never needed layers, artboards, hidden sketches or the font files themselves. In fact',
        'receiving a fully layered working file usually slowed us down, because someone had to work out which layer was the real one.',
      ),
      j(
        'So I would reply to the client with a friendly note: "Happy to help. Could you ask your printer which format and colour mode',
        'they need? I can usually supply print-ready files straight away." That keeps you helpful, keeps the conversation about what',
        'the printer needs, and avoids the awkward money talk until you know whether it is even necessary.',
      ),
    ],
  ],
  [
    'tobi_draws',
    'Dec 1',
    [
      j(
        'Agree with everyone above, and I would add one thing: fix this in your gig description so it does not happen again. I used to',
        'get this question every few weeks. Now my basic package says in plain words what is included and what is not, and my FAQ has',
        'a question called "Will I get the source file?" with a one-line answer and a link to the package that includes it.',
      ),
      j(
        'Since I changed it, the question has almost disappeared, and when it does come up I can point to the description without it',
        'feeling like I am inventing a rule after the fact. Clients are generally fine with paying for something when they can see it',
        'was always on the menu.',
      ),
      j(
        'Also, keep every message about this inside the platform. If it ever turns into a dispute, support will read the order page and',
        'the conversation, and a calm, clear message from you is the best evidence you can have.',
      ),
    ],
  ],
  [
    'Constance_Mbeki',
    'Dec 1',
    [
      j(
        '@Pieter.vanLoon that is really useful to hear from the print side. I have been treating "the printer needs it" as a polite',
        'way of asking for more, and sometimes it probably is, but asking the printer directly is a much better first step.',
      ),
    ],
  ],
  ['june_at_foxglove', 'Dec 1', ['Update: the printer wanted an SVG. Sent it, client happy, five stars. Thanks both!']],
];
const dRelated = ['Client asking for unlimited revisions', 'Pricing source files separately?', 'First review was 3 stars - how to respond'];
const dPostHtml = ([user, date, paras]: [string, string, string[]], n: number): string => `<div class="topic-post clearfix regular" itemscope
itemtype="http://schema.org/DiscussionForumPosting"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${5180 + n}"
class="boxed onscreen-post" data-user-id="${90 + n}"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${user}" data-user-card="${user}" aria-hidden="true"><img alt="" width="45" height="45" src="/user_avatar/community/${user}/90/2.png"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${user}" data-user-card="${user}" itemprop="author">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/client-wants-source-files/5180/${n}"><span title="${date}, 2026" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked" itemprop="text">${ps(paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="widget-button btn-flat like" title="like this post"></button><button class="widget-button btn-flat reply"
title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Selling Tips - Gigwell Community</title><meta name="description" content="I finished a logo job last week.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://community.gigwell.example/t/client-wants-source-files/5180"><meta property="og:site_name" content="Gigwell Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"june_at_foxglove"}}</script>
<link href="/stylesheets/desktop_theme_4_d13c.css?__ws=community.gigwell.example" media="all" rel="stylesheet" data-target="desktop_theme"></head>
<body class="crawler"><noscript data-share-ember-data></noscript><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><a href="/" title="Gigwell Community">
<img src="/uploads/default/original/1X/logo.png" alt="Gigwell Community" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="5180">
<a href="/t/client-wants-source-files/5180">${dTitle}</a></h1>
<div class="topic-category"><span class="badge-category__wrapper"><a class="badge-category__name" href="/c/selling-tips/7">Selling Tips</a></span>
<div class="list-tags"><a href="/tag/source-files" class="discourse-tag simple">source-files</a><a href="/tag/logo" class="discourse-tag simple">logo</a>
</div></div></div></div>
<div class="container posts"><section class="topic-area" id="topic" data-topic-id="5180"><div class="posts-wrapper">
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}</div>
<div class="topic-map"><section class="map"><ul><li><h4>created</h4><span>Nov 30</span></li><li><h4>last reply</h4><span>Dec 1</span></li>
<li><h4>replies</h4><span class="number">6</span></li><li><h4>views</h4><span class="number">186</span></li></ul></section></div>
<div id="suggested-topics" class="more-topics__list" role="complementary"><h3 class="suggested-topics-title">Related topics</h3><table class="topic-list">
<thead><tr><th>Topic</th><th>Replies</th><th>Views</th></tr></thead><tbody>${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link">
<a class="title raw-link" href="/t/${5100 + i}">${t}</a></td><td class="num posts">${i + 4}</td><td class="num views">${(i + 2) * 100}</td></tr>`,
  )
  .join('')}</tbody>
</table></div></section></div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout477-discourse-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[2])),
  bylines: ['june_at_foxglove', 'Nov 30', 'ravi.letters', 'Constance_Mbeki', 'Dec 1', 'Pieter.vanLoon', 'tobi_draws'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Selling Tips', 'created', 'last reply', 'replies', '6', 'views', '186', 'Related topics', 'Topic',
    ...dRelated, '4', '5', '200', '300', '400', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT477_C: readonly TestPage[] = [squarespaceReviews, discourseThread];
