import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file f: a data-quality FAQ on a Zendesk Help Center (Copenhagen theme: breadcrumbs, search, article
 * author and "Updated" line, Follow button, article votes, "Have more questions?", recently viewed and related articles,
 * the section sidebar, comments) and a volunteer newsletter as a Mailchimp campaign archive page (archive bar, preheader,
 * mcn text and image blocks with captions, social follow block, footer with unsubscribe links).
 */
const zTitle = 'Data quality: how we check volunteer records';
const zIntro = [
  j(
    'Every record sent to Riverfly Watch is used by river trusts and the environment agency, so we take its accuracy seriously.',
    'This article answers the questions volunteers ask us most often about how records are checked.',
  ),
];
const zQa = [
  [
    j(
      'Yes. Every sample goes through two automatic checks when you submit it and, if anything looks unusual, a manual check by one',
      'of our regional verifiers. Most samples pass the automatic checks and are accepted within a day.',
    ),
  ],
  [
    'The automatic checks look for a few common problems:',
    'A count that is much higher than any previous count for that site and season',
    'A species group recorded outside its known range or season',
    'A sample date in the future, or more than a year in the past',
    'A site location more than 200 metres from a watercourse',
  ],
  [
    j(
      'Not necessarily. A flag only means a verifier will look at it. Unusual records are often the most interesting ones, and many',
      'flagged samples are accepted unchanged. If the verifier needs more information they will message you through your dashboard.',
    ),
  ],
  [
    j(
      'Yes, until it has been verified. Open the sample from My records and choose Edit. After verification, ask your regional',
      'coordinator to reopen it; this keeps a clear history of every change.',
    ),
  ],
  [
    j(
      'Each spring we run a blind test: volunteers sort a prepared sample whose contents we already know. In 2023, 91% of',
      'volunteers scored within the accepted range on all eight groups. Anyone outside the range is offered a refresher session.',
    ),
  ],
  [
    j(
      'Verified records are shared with the river trusts and the environment agency every month, and a summary is published on our',
      'public map. Your name is shown only if you opted in when you registered; otherwise records appear under your site code.',
      'Exact locations of sites on private land are blurred to the nearest kilometre.',
    ),
  ],
];
const zHeads = [
  'Is my data checked before it is used?',
  'What do the automatic checks look for?',
  'My sample was flagged. Does that mean it was wrong?',
  'Can I correct a record after submitting it?',
  'How do you know volunteers identify groups correctly?',
  'Who can see my records?',
];
const zBodyHtml = zQa
  .map((q, i) => (i === 1 ? `<h2 id="h_0${i}">${zHeads[i]}</h2><p>${q[0]}</p><ul>${lis(q.slice(1))}</ul>` : `<h2 id="h_0${i}">${zHeads[i]}</h2>${ps(q)}`))
  .join('\n');
const zSection = ['How records are verified', 'Identification standards', 'Correcting your records', 'Sharing our data'];
const zRelated = ['Submitting your first sample', 'Understanding the trigger level alerts'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><title>${zTitle} – Riverfly Watch Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport" /><link rel="canonical" href="https://help.riverflywatch.org/hc/en-gb/articles/4410239">
<link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application.css" />
<script>window.HelpCenter = {"account":{"subdomain":"riverflywatch"},"user":{"role":"anonymous"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/logo.png" alt="Riverfly Watch Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li>
<a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><ol class="breadcrumbs">
<li title="Riverfly Watch Help Centre"><a href="/hc/en-gb">Riverfly Watch Help Centre</a></li><li title="Data and records">
<a href="/hc/en-gb/categories/2">Data and records</a></li>
<li title="How records are verified"><a href="/hc/en-gb/sections/7">How records are verified</a></li></ol>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search">
<input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links(zSection.slice(1), 'sidenav-item')}</ul>
<a href="/hc/en-gb/sections/7" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar.png" alt="" class="user-avatar"/></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/1201" class="user-name">Nadia Holm</a><ul class="meta-group"><li class="meta-data">
<time datetime="2024-02-27T10:14:33Z" title="2024-02-27 10:14" data-datetime="relative">Updated 27 February 2024 10:14</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" role="button">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}${zBodyHtml}</div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item">
<a href="/attachments/riverfly-verification-2024.pdf">riverfly-verification-2024.pdf</a>
<div class="attachment-meta">312 KB</div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share">
<ul class="share">${['Facebook', 'Twitter', 'LinkedIn'].map((s) => `<li><a class="share-${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count-link">0 comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up">Yes</button><button type="button" class="button article-vote article-vote-down">No</button>
</div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 16 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul><li>
<a href="/a/1">${zRelated[0]}</a></li></ul></section></div>
<div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul><li><a href="/a/2">${zRelated[1]}</a>
</li></ul></section></div></div>
<div class="article-comments" id="article-comments"><section class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">Please <a data-auth-action="signin" href="/hc/en-gb/signin">sign in</a> to leave a comment.</p></section></div></article></div>
</div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Riverfly Watch Help Centre</a>
<div class="footer-language-selector">English (GB)</div></div></footer></body></html>`;

export const zendeskFaq: TestPage = {
  name: 'heldout380-zendesk-data-quality-faq',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: texts([...zIntro, ...zQa.flat()]),
  bylines: ['Nadia Holm', 'Updated 27 February 2024 10:14'],
  furniture: [
    ...zSection,
    ...zRelated,
    'Skip to main content',
    'Submit a request',
    'Sign in',
    'Riverfly Watch Help Centre',
    'Data and records',
    'Articles in this section',
    'See more',
    'Follow',
    'riverfly-verification-2024.pdf',
    '312 KB',
    'Facebook',
    'Twitter',
    'LinkedIn',
    '0 comments',
    'Was this article helpful?',
    '14 out of 16 found this helpful',
    'Have more questions?',
    'Return to top',
    'Recently viewed articles',
    'Related articles',
    'Comments',
    'to leave a comment.',
    'English (GB)',
  ],
};

const nTitle = 'The Tideline: spring news for our beach survey volunteers';
const nIntro = [
  j(
    'Hello everyone, and welcome to the spring issue. It has been a record-breaking winter for the Strandline Survey, and we want',
    'to start by saying thank you: you walked 1,146 beach transects between October and March, more than in any previous winter.',
  ),
];
const nP1 = [
  j(
    'Storms in January brought an unusual number of stranded animals ashore. Volunteers on Pellow Sands recorded 212 by-the-wind',
    'sailors in a single morning, and several of you sent photographs of goose barnacles still attached to driftwood.',
  ),
  j(
    'Plastic counts were down slightly on last winter, with an average of 38 pieces per 100 metres. Nurdles remain the most common',
    'item on every beach except Kestle Cove, where fishing line topped the list again.',
  ),
];
const nP2 = ['We have four training walks this spring, each about two hours long. They are a good way to refresh your skills or bring a friend:'];
const nWalks = [
  'Saturday 13 April, Pellow Sands, 10:00',
  'Sunday 28 April, Kestle Cove, 14:00',
  'Saturday 11 May, Harran Bay, 09:30',
  'Saturday 25 May, Pellow Sands (families welcome), 11:00',
];
const nP3 = [
  j(
    'This issue our spotlight is on Arthur Penhale, who has walked the same transect at Harran Bay every fortnight since 2016.',
    'Arthur is a retired ferry engineer and says the survey gives him a reason to be on the beach in the weather nobody else wants.',
  ),
  j(
    '"You notice things when you go back to the same place again and again," he told us. "The sand moves, the rocks appear and',
    'disappear. This winter the whole top of the beach went. I have never seen that before."',
  ),
  j(
    "Arthur's records are now one of the longest continuous series in the survey, and they were used last year in a study of how",
    'storms reshape the upper beach.',
  ),
];
const nHeads = ['Winter highlights', 'Spring training walks', 'Volunteer spotlight: Arthur Penhale'];
const nBlock = (
  inner: string,
): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr>
<td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody>
<tr>
<td valign="top" class="mcnTextContent" style="padding: 9px 18px;">${inner}</td></tr></tbody></table></td></tr></tbody></table>`;
const nPre = nBlock(
  '<p>Winter records, spring walks and a beach that moved.</p></td>' +
    '<td class="mcnTextContent"><a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a>',
);
const nHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<meta property="og:title" content="The Tideline: spring 2024">
<meta property="og:description" content="Spring news for our beach survey volunteers"><title>The Tideline: spring 2024</title>
<style type="text/css">#bodyTable{height:100%!important;margin:0;padding:0;width:100%!important}.mcnTextContent{word-break:break-word}</style>
<script type="text/javascript">var $ = window.jQuery;</script></head><body>
<div id="awesomewrap"><div id="awesomebar"><a href="https://us21.campaign-archive.com/home/?u=7ac1&amp;id=5d2e" class="awesomebar-link">Subscribe</a>
<a href="https://us21.campaign-archive.com/home/?u=7ac1&amp;id=5d2e" class="awesomebar-link">Past Issues</a><a class="awesomebar-link" href="#">Translate</a>
<a class="awesomebar-link" href="#">RSS</a></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
${nPre}</td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock"><tr><td class="mcnImageContent">
<img alt="Strandline Survey" src="https://mcusercontent.com/7ac1/images/header.png" width="564"></td></tr></table>
${nBlock(`<h1>${nTitle}</h1><p class="issue">Issue 22 · Spring 2024</p>`)}</td></tr>
<tr><td valign="top" id="templateBody">${nBlock(ps(nIntro))}${nBlock(`<h2>${nHeads[0]}</h2>${ps(nP1)}`)}
<table class="mcnCaptionBlock"><tr><td class="mcnCaptionBottomContent">
<img src="https://mcusercontent.com/7ac1/images/velella.jpg" width="564" class="mcnImage">
<div class="mcnTextContent">By-the-wind sailors on Pellow Sands, 17 January. Photo: Dee Trask</div></td></tr></table>
${nBlock(`<h2>${nHeads[1]}</h2>${ps(nP2)}<ul>${lis(nWalks)}</ul>`)}
<table class="mcnButtonBlock"><tr><td class="mcnButtonContent"><a class="mcnButton" href="https://strandline.example.org/walks">Book a training walk</a></td>
</tr></table>
${nBlock(`<h2>${nHeads[2]}</h2>${ps(nP3)}`)}</td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock"><tr><td class="mcnFollowContent">${['Facebook', 'Instagram', 'Website']
  .map((s) => `<a href="#" class="mcnFollowTextContent">${s}</a>`)
  .join(' ')}</td></tr></table>
${nBlock(`<em>Copyright © 2024 Strandline Survey, All rights reserved.</em><br>
You are receiving this email because you signed up as a Strandline Survey volunteer.<br>
<strong>Our mailing address is:</strong><br>Strandline Survey, 4 Quay Street, Porthmerrow, PM2 8LA<br>
Want to change how you receive these emails?<br>You can <a href="*|UPDATE_PROFILE|*">update your preferences</a> or
<a href="*|UNSUB|*">unsubscribe from this list</a>.`)}
<table class="mcnImageBlock"><tr><td><a href="http://eepurl.com/ref">
<img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a></td></tr></table>
</td></tr></table></td></tr></table></center></body></html>`;

export const mailchimpNewsletter: TestPage = {
  name: 'heldout380-mailchimp-volunteer-newsletter',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...nIntro, ...nP1, ...nP2, ...nWalks, ...nP3]),
  bylines: ['Issue 22 · Spring 2024'],
  furniture: [
    'Subscribe',
    'Past Issues',
    'Translate',
    'RSS',
    'Winter records, spring walks and a beach that moved.',
    'View this email in your browser',
    'By-the-wind sailors on Pellow Sands, 17 January. Photo: Dee Trask',
    'Book a training walk',
    'Facebook',
    'Instagram',
    'Website',
    'Copyright © 2024 Strandline Survey, All rights reserved.',
    'You are receiving this email because you signed up as a Strandline Survey volunteer.',
    'Our mailing address is:',
    'Strandline Survey, 4 Quay Street, Porthmerrow, PM2 8LA',
    'Want to change how you receive these emails?',
    'update your preferences',
    'unsubscribe from this list',
  ],
};

export const HELDOUT380_F: readonly TestPage[] = [zendeskFaq, mailchimpNewsletter];
