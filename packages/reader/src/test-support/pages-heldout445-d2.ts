import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file d2: a van-hire FAQ article on a Zendesk Help Center with the Copenhagen theme (header with "Submit a
 * request" and "Sign in", sub-nav breadcrumbs and search, the "Articles in this section" sidebar, the article author and
 * "Updated" meta, Follow button, the article votes, "Have more questions?", related and recently viewed articles, the comments
 * box and the "Powered by Zendesk" footer).
 */
const zTitle = 'Van hire FAQs: licences, insurance, fuel and mileage';
const zIntro = [
  j(
    'Hiring a van for a house move is straightforward, but there are a few rules that catch people out at the counter. These are',
    'the questions our branches hear most often. If yours is not here, our team is on live chat from 7am to 8pm.',
  ),
];
const zH = [
  'Can I drive a van on my car licence?',
  'What do I need to bring when I collect the van?',
  'How does the insurance excess work?',
  'What is your fuel policy?',
  'Is mileage unlimited?',
];
const zA1 = [
  j(
    'Yes, for every van in our fleet. A standard car licence (category B) lets you drive vehicles up to 3,500 kilograms maximum',
    'authorised mass, which covers our small, medium, long-wheelbase and Luton vans. You must be 23 or over and have held a full',
    'licence for at least two years. Drivers aged 21 and 22 can hire small and medium vans with a young driver surcharge of £12 a day.',
  ),
];
const zBring = [
  'Your photocard driving licence, and a licence check code generated in the last 21 days',
  'A debit or credit card in the main driver’s name for the £250 security deposit',
  'Two proofs of address dated within the last three months',
];
const zA3 = [
  j(
    'Every hire includes damage cover with a £1,000 excess, which is the most you will pay if the van is damaged. You can reduce',
    'it to £250 for £9 a day, or to zero for £15 a day. Damage to the roof and tyres is not covered by excess reduction, so please',
    'watch the height signs: a Luton van is 3.2 metres tall.',
  ),
];
const zA4 = [
  j(
    'Vans are supplied with a full tank and should come back full. If we have to refuel it, we charge the pump price plus a £20',
    'service fee. Electric vans are supplied at 80 per cent charge and can be returned at any level above 20 per cent.',
  ),
];
const zA5 = [
  j(
    'Hires of one to three days include 150 miles a day, shared across the hire. Extra miles cost 22p each. Weekly hires and',
    'one-way hires between branches include unlimited mileage.',
  ),
];
const zSection = [
  'Van sizes and what fits',
  'Booking and paying',
  'Van hire FAQs: licences, insurance, fuel and mileage',
  'One-way hires',
  'Cancelling a booking',
];
const zRelated = ['Which van do I need for a two-bedroom move?', 'How do I get a licence check code?', 'What happens if I return the van late?'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26889 --><title>${zTitle} – Rollway Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><meta name="description" content="Hiring a van for a house move is
straightforward, but there are a few rules that catch people out."><meta property="og:image"
content="https://rollway.zendesk.example/hc/theming_assets/01HQ.png">
<meta property="og:type" content="website"><meta property="og:site_name" content="Rollway Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="canonical" href="https://help.rollway.example/hc/en-gb/articles/8812340017553-Van-hire-FAQs">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all" id="stylesheet">
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/7731180/360001880812/style.css?digest=29017714380177">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"rollway","environment":"production","name":"Rollway Van Hire"};
HelpCenter.user = {"identifier":"da39a3ee","email":null,"name":"","role":"anonymous","avatar_url":"","is_admin":false,"organizations":[],"groups":[]};
HelpCenter.internal = {"asset_url":"//static.zdassets.example/hc/assets/","current_session":{"locale":"en-gb",
"csrf_token":null,"shared_csrf_token":null}};</script>
<script src="//static.zdassets.example/hc/assets/moment-e4c4b6d1f5a24c3d.js"></script></head>
<body class=""><div class="cookie-consent" id="zd-cookie-consent" role="dialog" aria-live="polite"><p>This site uses cookies to give you a better support
experience.</p><button class="button-primary" id="zd-cookie-accept">Got it</button></div>
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HQ.png" alt="Rollway Help Centre Help Centre home
page"></a>
</div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
class="submit-a-request"
href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button"
href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
<li title="Rollway Help Centre"><a href="/hc/en-gb">Rollway Help Centre</a></li><li title="Hire help"><a href="/hc/en-gb/categories/3600">Hire help</a></li>
<li title="Before you hire"><a href="/hc/en-gb/sections/3601">Before you hire</a></li></ol></nav><div class="search-container"><form role="search"
class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="search" name="query" id="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"
aria-expanded="false"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div
class="collapsible-sidebar-body"><ul>${links(zSection, '')}</ul><a href="/hc/en-gb/sections/3601" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1><div class="article-author">
<div class="avatar article-avatar"><img src="https://rollway.zendesk.example/system/photos/agent.png" alt="" class="user-avatar"></div><div
class="article-meta"><span title="Femi Castellane">Femi Castellane</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-02-26T14:03:51Z"
title="2026-02-26 14:03" data-datetime="relative">Updated 26 February 2026 14:03</time></li></ul></div></div><div class="article-subscribe"><button
class="button" data-selected="false" aria-haspopup="dialog">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}
<h2>${zH[0]}</h2>${ps(zA1)}
<h2>${zH[1]}</h2><ul>${lis(zBring)}</ul>
<h2>${zH[2]}</h2>${ps(zA3)}
<h2>${zH[3]}</h2>${ps(zA4)}
<h2>${zH[4]}</h2>${ps(zA5)}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#"
class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div><div class="article-comment-count"><a
href="#comments" class="article-comment-count-icon">0</a> comments</div></div><div class="article-votes"><h2 class="article-votes-question"
id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls" role="group"><button type="button" class="button article-vote
article-vote-up" data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button
article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div><small
class="article-votes-count"><span class="article-vote-label">41 out of 47 found this helpful</span></small></div><div class="article-more-questions">
Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top"><a href="#article-container">Return to
top</a>
</div></footer><div class="article-relatives"><div data-recent-articles></div><section class="related-articles" aria-labelledby="related-articles-title"><h2
class="related-articles-title" id="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2><p
class="comment-callout">0 comments</p></header><p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-gb/signin">sign in</a>
to leave a comment.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Rollway Help Centre</a><div class="footer-language-selector"></div></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
<script src="/hc/theming_assets/7731180/360001880812/script.js?digest=29017714380177"></script></body></html>`;
export const vanZendesk: TestPage = {
  name: 'heldout445-zendesk-copenhagen-van-hire-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zIntro, ...zA1, ...zBring, ...zA3, ...zA4, ...zA5]),
  bylines: ['Femi Castellane', 'Updated 26 February 2026 14:03'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to give you a better support experience.', 'Got it', 'Skip to main content', 'Submit a request', 'Sign in', 'Rollway Help Centre',
    'Hire help', 'Before you hire', 'Articles in this section', ...zSection.filter((t) => t !== zTitle), 'See more', 'Follow', 'Facebook', 'X Corp',
    'LinkedIn', 'comments', 'Was this article helpful?', '41 out of 47 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments', '0 comments', 'to leave a comment.', 'Powered by Zendesk',
  ],
};
