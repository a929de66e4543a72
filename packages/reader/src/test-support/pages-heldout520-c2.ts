import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file c2: a car club help-centre article on Zendesk Guide (Copenhagen theme), with the section's article
 * list, votes, related articles and an empty comments block.
 */
const zTitle = 'What happens if I bring the car back late?';
const zIntro = [
  j(
    'Every Commonwheel booking has an end time, and the next member may be waiting for the car. If you are running late, extend your',
    'booking in the app before it ends. You can extend as long as nobody else has booked the car straight after you.',
  ),
];
const zFeeH = 'Late return fees';
const zFeeIntro = 'If you return the car after your booking ends without extending, we charge:';
const zFees = [
  'your normal hourly rate for the extra time, rounded up to the next 15 minutes',
  'a £15 late fee if you are more than 15 minutes late',
  'a further £25 if the next member has to cancel their booking because the car was not there',
];
const zNextH = 'If someone has booked after you';
const zNext = [
  j(
    'The app will tell you when you try to extend. Call us on 0330 808 4410 as soon as you know you will be late, and we will try to',
    'move the next member to another car nearby. If we can do that, we will not charge the £25 fee.',
  ),
];
const zExH = 'When we waive the fee';
const zEx = [
  j(
    'We will waive late fees if the delay was caused by a breakdown, an accident or a road closure that you reported to us before the',
    'booking ended. Send us a photo or a link to the traffic report through the contact form and we will refund the charge within five',
    'working days.',
  ),
];
const zSection = [
  'How do I extend a booking?',
  'What happens if I bring the car back late?',
  'Can I end my booking early?',
  'What if the car is not in its bay when I arrive?',
];
const zRelated = ['How much does a Commonwheel booking cost?', 'Reporting damage at the start of a booking', 'Fuel and charging cards'];
const zCrumbs = ['Commonwheel Help', 'Bookings', 'Changing a booking'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26831 --><title>${zTitle} &ndash; Commonwheel Help</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.commonwheel.org.uk/hc/en-gb/articles/4410298811537-What-happens-if-I-bring-the-car-back-late">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta property="og:type" content="website">
<meta property="og:title" content="${zTitle}"><meta property="og:description" content="Every Commonwheel booking has an end time...">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-3f1d5bf8c9a2.css" media="all">
<link rel="stylesheet" type="text/css" href="https://theme.zdassets.com/theme_assets/1123344/9c1a7b.css">
<script src="https://static.zdassets.com/hc/assets/en-gb.8e2b.js"></script>
<script type="text/javascript">HelpCenter = {}; HelpCenter.account = {"subdomain":"commonwheel","environment":"production","name":"Commonwheel"};
HelpCenter.user = {"identifier":"","role":"anonymous","locale":"en-gb"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.com/theme_assets/1123344/logo.png"
alt="Commonwheel Help home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation">
<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="article-container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container">
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="search" name="query"
id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar" aria-expanded="false"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${zSection
  .map((t) => `<li><a href="/hc/en-gb/articles/44102${t.length}" class="sidenav-item${t === zTitle ? ' current-article' : ''}">${t}</a></li>`)
  .join('\n')}</ul><a href="/hc/en-gb/sections/360012" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://commonwheel.zendesk.com/system/photos/avatar.png" alt="" class="user-avatar">
</div><div class="article-meta"><a href="/hc/en-gb/profiles/3912">Rhiannon Gale</a><ul class="meta-group"><li class="meta-data">
<time datetime="2027-01-08T11:20:41Z" title="2027-01-08 11:20" data-datetime="relative">8 January 2027 11:20</time></li><li class="meta-data">Updated</li>
</ul></div></div><a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
aria-selected="false" href="/hc/en-gb/articles/4410298811537/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}
<h2>${zFeeH}</h2><p>${zFeeIntro}</p><ul>${lis(zFees)}</ul>
<h2>${zNextH}</h2>${ps(zNext)}
<h2>${zExH}</h2>${ps(zEx)}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">Twitter</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<a href="/hc/en-gb/articles/4410298811537#article-comments" class="article-comment-count"><svg aria-hidden="true"></svg>0</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">12 out of 15 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<div class="article-relatives"><section class="related-articles" aria-labelledby="related-articles-title"><h2 id="related-articles-title">Related articles</h2>
<ul class="related-articles-list">${links(zRelated, 'related-articles-item')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Commonwheel Help</a><div class="footer-language-selector"></div>
<p class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/" target="_blank">Powered by Zendesk</a></p></div></footer>
<script src="https://theme.zdassets.com/theme_assets/1123344/script.js"></script></body></html>`;
const commonwheel: TestPage = finish({
  name: 'heldout520-zendesk-car-club-late',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zFeeH, zNextH, zExH],
  body: texts([...zIntro, zFeeIntro, ...zFees, ...zNext, ...zEx]),
  bylines: ['Rhiannon Gale', '8 January 2027 11:20', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection, 'See more', 'Follow',
    'Facebook', 'Twitter', 'LinkedIn', '0', 'Was this article helpful?', 'Yes', 'No', '12 out of 15 found this helpful',
    'Have more questions? Submit a request',
    'Return to top', 'Related articles', ...zRelated, 'Comments', '0 comments', 'Article is closed for comments.', 'Powered by Zendesk',
  ],
});

export const HELDOUT520_C2: readonly TestPage[] = [commonwheel];
