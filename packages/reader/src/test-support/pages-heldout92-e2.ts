import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file e2: a Zendesk Guide help-centre article in the Copenhagen theme (skip link, the header with
 * Community / Submit a request / Sign in and its mobile copy, breadcrumbs and search, the "Articles in this section"
 * sidebar with "See more", the author, time and "Updated" line and the "Follow" button, the article body with ordered
 * and bulleted lists, the share links, "Was this article helpful?" votes with the count, "Have more questions? Submit a
 * request", "Return to top", related articles, the empty comments box, the footer with the language selector).
 */
const zdTitle = 'How do I pause my subscription?';
const zdIntro = [
  'You can pause your Fernleaf subscription for between one and twelve weeks at any time, as long as you do it before the cut-off for your next box. ' +
    'The cut-off is 11:59pm on the Wednesday before your delivery.',
  'Pausing is free, and you can change or cancel a pause whenever you like.',
];
const zdH = [
  'Pausing from your account',
  'Pausing from the app',
  'What happens while your subscription is paused',
  'Pausing over Christmas',
  'Restarting early',
];
const zdSteps = [
  'Sign in at fernleaf.example and go to <strong>My subscription</strong>.',
  'Select <strong>Pause deliveries</strong>.',
  'Choose how many weeks you’d like to pause for. The calendar shows which deliveries will be skipped.',
  'Select <strong>Confirm pause</strong>. We’ll send you an email to confirm the dates.',
];
const zdApp = [
  'In the Fernleaf app, tap <strong>Account</strong>, then <strong>Subscription</strong>, then <strong>Pause</strong>. The steps ' +
    'are then the same as on the website.',
];
const zdWhile = [
  'You won’t be charged for any skipped boxes.',
  'Any credit or discount on your account stays there and is used on your next paid box.',
  'If you’re part of the Plant Care Club, your membership continues and you can still book video calls with our growers.',
];
const zdWhile2 = [
  'If a skipped week includes a seasonal box that you’ve already customised, your choices are saved and will be offered to you again next year.',
];
const zdXmas = [
  'Deliveries over Christmas and New Year follow a different schedule. If you want to skip the holiday weeks, set up your pause before 30 November so ' +
    'that festive boxes are not prepared for you. A pause that overlaps the holidays can still be extended afterwards in the usual way.',
];
const zdRestart = [
  'To end a pause early, go to <strong>My subscription</strong> and select <strong>Resume now</strong>. Your next box will arrive on your usual delivery ' +
    'day, provided you resume before the Wednesday cut-off.',
  'If you want to stop your deliveries for longer than twelve weeks, you may prefer to cancel instead. You can restart a cancelled subscription at any ' +
    'time, and your plant preferences are kept for a year.',
];
const zdNav = ['Community', 'Submit a request', 'Sign in'];
const zdCrumbs = ['Fernleaf Help Centre', 'Subscriptions', 'Managing your subscription'];
const zdSection = [
  'How do I change my delivery day?',
  'How do I cancel my subscription?',
  'Can I send a box as a gift?',
  'How do I update my payment details?',
  'Can I change the size of my box?',
];
const zdAuthor = 'Rosa Achterberg';
const zdTime = '21 January 2025 09:14';
const zdVotes = ['Was this article helpful?', 'Yes', 'No', '41 out of 52 found this helpful'];
const zdRelated = ['What is the weekly cut-off?', 'Why was I charged for a paused week?', 'Do you deliver on bank holidays?'];
const zdComments = ['Comments', '0 comments', 'Please sign in to leave a comment.'];
const zdPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26831 --><title>How do I pause my subscription? – Fernleaf Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.fernleaf.example/hc/en-gb/articles/4412873650961-How-do-I-pause-my-subscription">
<link rel="alternate" hreflang="en-gb" href="https://help.fernleaf.example/hc/en-gb/articles/4412873650961-How-do-I-pause-my-subscription">
<link rel="alternate" hreflang="nl" href="https://help.fernleaf.example/hc/nl/articles/4412873650961-Hoe-pauzeer-ik-mijn-abonnement">
<meta content="You can pause your Fernleaf subscription for between one and twelve weeks at any time." name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="Fernleaf Help Centre"><meta property="og:title" content="${zdTitle}">
<meta property="og:url" content="https://help.fernleaf.example/hc/en-gb/articles/4412873650961-How-do-I-pause-my-subscription">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-7c1f0e6b2a.css" media="all" id="stylesheet">
<link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/10893344/5f0e4b8c3a.css">
<script src="//static.zdassets.com/hc/assets/en-gb.7a3c5f1e.js"></script><script>window.HelpCenter = {}; HelpCenter.account =
{"subdomain":"fernleaf","environment":
"production","name":"Fernleaf"}; HelpCenter.user =
{"identifier":"da4f1b7c","email":null,"name":"","role":"anonymous","avatar_url":"","is_admin":false,"organizations":[],
"groups":[]}; HelpCenter.internal =
{"asset_url":"//static.zdassets.com/hc/assets/","current_session":{"locale":"en-gb","csrf_token":null,"shared_csrf_token":null}};</script>
<script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>
<script type="text/javascript" src="//theme.zdassets.com/theme_assets/10893344/script.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.com/theme_assets/10893344/logo.svg"
alt="Fernleaf Help Centre home page"></a>
</div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
href="/hc/en-gb/community/topics">
${zdNav[0]}</a></li><li><a class="submit-a-request" href="/hc/en-gb/requests/new">${zdNav[1]}</a></li><li><a class="sign-in" rel="nofollow"
data-auth-action="signin"
title="Opens a dialogue" role="button"
href="https://fernleaf.zendesk.com/access?brand_id=360001&amp;return_to=https%3A%2F%2Fhelp.fernleaf.example">${zdNav[2]}</a></li></ul>
</nav></div><div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false"
aria-label="Toggle navigation menu">
<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"></svg></button><nav
class="menu-list-mobile"
id="user-nav-mobile" aria-expanded="false"><ul class="menu-list-mobile-items"><li class="item"><a role="menuitem" class="sign-in" rel="nofollow"
data-auth-action="signin"
href="#">${zdNav[2]}</a></li><li class="item"><div class="separator"></div></li><li class="item"><a href="/hc/en-gb/community/topics"
role="menuitem">${zdNav[0]}</a></li>
<li class="item"><a class="submit-a-request" role="menuitem" href="/hc/en-gb/requests/new">${zdNav[1]}</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol
class="breadcrumbs">${zdCrumbs
  .map((t) => `<li title="${t}"><a href="/hc/en-gb/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('\n')}</ol></nav><div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12"
class="search-icon" aria-hidden="true"></svg><form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get">
<input type="hidden" name="utf8" value="✓" autocomplete="off"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off"
aria-label="Search">
</form></div></div><div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar" aria-expanded="false"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false">
<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true" class="chevron-icon"></svg></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="/hc/en-gb/articles/4412873650961" class="sidenav-item current-article" aria-current="page">${zdTitle}</a></li>
${links(zdSection)}</ul><a href="/hc/en-gb/sections/360004417772-Managing-your-subscription" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1><div
class="article-author">
<div class="avatar article-avatar"><img src="https://fernleaf.zendesk.com/system/photos/360/rosa.png" alt="" class="user-avatar"></div><div
class="article-meta">
<span>${zdAuthor}</span><ul class="meta-group"><li class="meta-data"><time datetime="2025-01-21T09:14:02Z" title="2025-01-21 09:14"
data-datetime="calendar">${zdTime}</time></li>
<li class="meta-data">Updated</li></ul></div></div><a class="article-subscribe button-secondary" title="Opens a sign-in dialogue" rel="nofollow" role="button"
data-auth-action="signin" aria-selected="false" href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${zdPs(zdIntro)}
<h2 id="h_01HMQ2PAUSEACCOUNT">${zdH[0]}</h2>
<ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2 id="h_01HMQ2PAUSEAPP">${zdH[1]}</h2>
${zdPs(zdApp)}
<h2 id="h_01HMQ2WHILEPAUSED">${zdH[2]}</h2>
<ul>${zdWhile.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${zdPs(zdWhile2)}
<h2 id="h_01HMQ2CHRISTMAS">${zdH[3]}</h2>
${zdPs(zdXmas)}
<h2 id="h_01HMQ2RESTART">${zdH[4]}</h2>
${zdPs(zdRestart)}</div><div class="article-attachments"><ul class="attachments"></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a
href="https://www.facebook.com/share.php?title=How+do+I+pause+my+subscription%3F"
class="share-facebook" aria-label="Facebook"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12"
aria-label="Share this page on
Facebook"></svg></a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"><svg width="12" height="12"
viewBox="0 0 12 12"></svg></a>
</li><li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn"><svg width="12" height="12"
viewBox="0 0 12 12"></svg></a></li>
</ul></div></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">${zdVotes[0]}</h2><div class="article-votes-controls"
role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up"
data-id="4412873650961" data-upvote-count="41" data-vote-count="52" data-vote-sum="30" data-value="null" data-label="41 out of 52 found this helpful"
data-selected-class="button-primary" aria-label="This article was helpful" aria-pressed="false">${zdVotes[1]}</button><button type="button"
class="button article-vote
article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="4412873650961" aria-label="This article was not helpful"
aria-pressed="false">${zdVotes[2]}</button>
</div><small class="article-votes-count"><span class="article-vote-label" data-helper="vote" data-item="article" data-type="label"
data-id="4412873650961">${zdVotes[3]}</span>
</small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div
class="article-return-to-top">
<a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12"
aria-hidden="true"
class="article-return-to-top-icon"></svg></a></div></footer>
<div class="article-relatives"><div data-recent-articles=""></div><section class="related-articles" aria-labelledby="related-articles-title"><h2
id="related-articles-title"
class="related-articles-title">Related articles</h2><ul>${zdRelated
  .map((t, i) => `<li><a href="/hc/en-gb/related/click?data=BAh7${i}" rel="nofollow">${t}</a></li>`)
  .join('\n')}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comment-overview"><h2 class="comment-heading">${zdComments[0]}</h2><p
class="comment-callout">
${zdComments[1]}</p><p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="#">sign in</a> to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Fernleaf Help Centre</a><div class="footer-language-selector"><div
class="dropdown
language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12"
focusable="false"
viewBox="0 0 12 12" class="dropdown-chevron-icon"></svg></button><span class="dropdown-menu dropdown-menu-end" role="menu"><a
href="/hc/change_language/nl?return_to=%2Fhc%2Fnl"
dir="ltr" rel="nofollow" role="menuitem">Nederlands</a></span></div></div></div></footer>
<script type="text/javascript">HelpCenter.internal.setTranslations({"txt.help_center.javascripts.arrange_content.sections":"Sections"});</script>
</body></html>`;

export const zendeskPage: TestPage = {
  html: zdHtml,
  name: 'heldout92-zendesk-guide-article',
  kind: 'docs',
  // the author, the time and the "Updated" label next to it are bylines; "Articles in this section" (whose current entry
  // is the title and is left out), votes, related articles and the empty comments box are furniture
  title: zdTitle,
  headings: zdH,
  body: texts([...zdIntro, ...zdSteps, ...zdApp, ...zdWhile, ...zdWhile2, ...zdXmas, ...zdRestart]),
  bylines: [zdAuthor, zdTime, 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdNav, ...zdCrumbs, 'Articles in this section', ...zdSection, 'See more', 'Follow', ...zdVotes, 'Have more questions?',
    'Return to top', 'Related articles', ...zdRelated, ...zdComments, 'English (GB)', 'Nederlands',
  ],
};
