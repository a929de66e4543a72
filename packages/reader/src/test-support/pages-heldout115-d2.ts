import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 115, file d2: a Zendesk Help Center article on the Copenhagen theme, whose body opens with a callout
 * "This article applies to: Pro, Business" (header with "Submit a request" and "Sign in", breadcrumbs, search, the author
 * and "Updated" meta, "Follow", share links, "Was this article helpful?" votes, "Articles in this section", "Related
 * articles", the comments prompt and the footer).
 */
const t = 'Set up single sign-on with SAML';
const applies = 'This article applies to: Pro, Business';
const pA = [
  'Single sign-on lets your team sign in to Quillpad with the identity provider your company already uses. Once it is set up, ' +
    'people click Sign in with SSO and are sent to your provider, and you manage who has access in one place.',
];
const hA = 'Before you start';
const lA = [
  'You must be a workspace owner to change sign-in settings.',
  'Your identity provider must support SAML 2.0.',
  'Keep one owner account with a password until you have tested SSO, so you cannot lock yourself out.',
];
const hB = 'Configure SAML in Quillpad';
const lB = [
  'Go to Settings, then Security, then Single sign-on.',
  'Copy the ACS URL and Entity ID shown on the page into a new SAML app in your identity provider.',
  'From your identity provider, copy the SSO URL and the X.509 certificate and paste them into Quillpad.',
  'Click Test connection. A new window opens and signs you in through your provider.',
  'When the test passes, click Enable.',
];
const hC = 'Requiring SSO for everyone';
const pC = [
  'By default, members can still sign in with a password after SSO is enabled. To require SSO, turn on Enforce SSO for all ' +
    'members. Guests are never required to use SSO, because they usually sign in from other companies.',
  'If your provider is unavailable, owners can still sign in with their password and a second factor. This is deliberate, ' +
    'so that an outage at your provider does not lock you out of Quillpad.',
];
const hD = 'Troubleshooting';
const pD = [
  'Most failed tests come from a certificate that was copied with missing lines, or a clock difference between servers. ' +
    'Paste the certificate again, including the BEGIN and END lines, and try again. If the test still fails, download the ' +
    'SAML log from the same page and attach it to a support request.',
];
const crumbs = ['Quillpad Help Center', 'Admin and security', 'Sign-in and access'];
const section = ['Enforce two-factor authentication', 'Manage active sessions', 'Restrict sign-in by email domain', 'See more'];
const related = ['Provision users with SCIM', 'Change a workspace owner', 'Sign in when SSO is down'];
const foot = ['Quillpad', 'Status', 'Community', 'Powered by Zendesk'];
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26931 --><title>${t} &ndash; Quillpad Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content=""><link rel="canonical"
href="https://help.quillpad.example/hc/en-us/articles/7710293">
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta property="og:type" content="website"><meta property="og:title" content="${t}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-f34d73e002337ab2.css" media="all" id="stylesheet">
<script src="//static.zdassets.example/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>
<script src="https://theme.zdassets.example/theme_assets/902211/script.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Quillpad Help Center home
page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow"
data-auth-action="signin" href="#">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${crumbs.map((c) => `<li title="${c}"><a href="/hc/en-us">${c}</a></li>`).join('')}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search" method="get"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar">
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
<li><a href="#" class="sidenav-item current-article" aria-current="page">${t}</a></li>${links(section.slice(0, 3))}</ul><a href="#"
class="article-sidebar-item">${section[3]}</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${t}" class="article-title">${t}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://quillpad.zendesk.example/system/photos/agent.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><span class="article-author-name">Tomasz Wieczorek</span><ul class="meta-group"><li class="meta-data"><time
datetime="2025-09-30T14:02:11Z"
title="2025-09-30 14:02" data-datetime="relative">Updated</time> September 30, 2025</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-pressed="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<div class="callout callout--info"><p><strong>This article applies to:</strong> Pro, Business</p></div>
${ps(pA)}
<h2>${hA}</h2><ul>${lA.map((x) => `<li>${x}</li>`).join('\n')}</ul>
<h2>${hB}</h2><ol>${lB.map((x) => `<li>${x}</li>`).join('\n')}</ol>
<h2>${hC}</h2>${ps(pC)}
<h2>${hD}</h2>${ps(pD)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook" title="Facebook">Facebook</a></li>
<li><a href="#" class="share-twitter" title="X Corp">X Corp</a></li><li><a href="#" class="share-linkedin" title="LinkedIn">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count-icon">0</a> comments</div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div
class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">2 out of 3 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related
articles</h2><ul>${links(related)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><h2 class="comments-heading">Comments</h2><p class="comment-callout">
Please <a data-auth-action="signin" href="#">sign in</a> to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">${foot[0]}</a><ul class="footer-links">${links(foot.slice(1, 3))}</ul>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank" rel="nofollow">Powered by
Zendesk</a></div></div></footer>
<script>HelpCenter.user = {"role":"anonymous"}; HelpCenter.account = {"subdomain":"quillpad"};</script>
</body></html>`;

export const zendeskArticle: TestPage = {
  name: 'heldout115-zendesk-copenhagen-applies-to-docs',
  kind: 'docs',
  html,
  title: t,
  headings: [hA, hB, hC, hD],
  body: texts([...pA, ...lA, ...lB, ...pC, ...pD]),
  bylines: ['Tomasz Wieczorek', 'Updated September 30, 2025'],
  furniture: [
    'Skip to main content',
    'Submit a request',
    'Sign in',
    ...crumbs,
    'Articles in this section',
    ...section,
    'Follow',
    applies,
    'Facebook',
    'X Corp',
    'LinkedIn',
    '0 comments',
    'Was this article helpful?',
    'Yes',
    'No',
    '2 out of 3 found this helpful',
    'Have more questions? Submit a request',
    'Return to top',
    'Related articles',
    ...related,
    'Comments',
    'Please sign in to leave a comment.',
    ...foot,
  ],
};
