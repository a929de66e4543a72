import { links, type TestPage, texts } from './page-kit.js';
import { cliReference } from './pages-heldout63-d2.js';

/**
 * Held-out batch 63, file d: a SaaS help-centre article on Zendesk Guide with a lightly customised Copenhagen theme (skip
 * link, logo, "Submit a request" and "Sign in", the hero search, breadcrumbs, the collapsible "Articles in this section"
 * sidebar, the article header with the author avatar, relative time and "Updated", the "Follow" button, the article body
 * with steps, a note call-out and screenshot images, the attachments-less votes block, "Have more questions?", "Return to
 * top", related and recently viewed articles, the closed comments section, the OneTrust cookie banner, the messaging
 * launcher and the footer).
 */
const hcTitle = 'Switch from monthly to annual billing';
const hcBody1 = [
  'If you pay for Tallyboard every month, you can switch to an annual plan at any time and save the equivalent of two months’ ' +
    'fees. Only workspace owners and billing admins can change the billing cycle.',
];
const hcH1 = 'Before you start';
const hcPre = [
  'Check which plan you are on under <strong>Settings &gt; Billing</strong>. Annual billing is available on the Team and ' +
    'Business plans, but not on the Starter plan.',
  'Make sure the card or bank account on file can cover a full year’s payment. We charge the annual amount immediately.',
  'If you have an unpaid invoice, pay it first. You can’t change your billing cycle while an invoice is overdue.',
];
const hcH2 = 'Switch to annual billing';
const hcSteps = [
  'Sign in to Tallyboard and click your workspace name in the top-left corner.',
  'Select <strong>Settings</strong>, then open the <strong>Billing</strong> tab.',
  'Under <strong>Billing cycle</strong>, click <strong>Change</strong>.',
  'Choose <strong>Annual</strong> and review the new price. The amount shown already includes a credit for the unused part of ' + 'your current month.',
  'Click <strong>Confirm switch</strong>.',
];
const hcBody2 = [
  'You will receive a receipt by email within a few minutes. Your annual term starts on the day you switch, not on your ' + 'previous monthly renewal date.',
];
const hcNote =
  'Switching mid-month gives you a prorated credit for the days you have already paid for, so you are never charged twice for ' + 'the same period.';
const hcH3 = 'Switching back to monthly billing';
const hcBody3 = [
  'You can return to monthly billing from the same Billing tab, but the change only takes effect at the end of your current ' +
    'annual term. We don’t offer refunds for the unused part of an annual plan, except where the law requires it.',
  'If your team is growing and you need to add seats during the year, see ' +
    '<a href="/hc/en-us/articles/8841203377425">Add or remove seats on an annual plan</a>.',
];
const hcSection = [
  'Update your payment method',
  'Download invoices and receipts',
  hcTitle,
  'Add or remove seats on an annual plan',
  'Change your plan',
  'Cancel your subscription',
];
const hcRelated = ['Change your plan', 'How proration works', 'Pay by invoice on the Business plan'];
const hcRecent = ['Set up time-off policies', 'Invite people to your workspace'];
const hcFoot = ['Status', 'Community', 'Developers', 'Privacy policy', 'Terms of service'];
const hcHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${hcTitle} &ndash; Tallyboard Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:Qk9a7v">
<link rel="canonical" href="https://help.tallyboard.example/hc/en-us/articles/8841203371045-Switch-from-monthly-to-annual-billing">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-9a1d34a8.css">
<script>window.HelpCenter = {"account":{"subdomain":"tallyboard"},"user":{"role":"anonymous","locale":"en-us"},"version":"v2"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hcTitle}",
"dateModified":"2025-10-30T14:05:22Z"}</script></head>
<body class="community-enabled"><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/theme_assets/1180/logo.png"
alt="Tallyboard Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Tallyboard Help Center"><a href="/hc/en-us">Tallyboard Help Center</a></li><li title="Billing &amp; Plans">
<a href="/hc/en-us/categories/360001">Billing &amp; Plans</a></li><li title="Managing your subscription"><a href="/hc/en-us/sections/360017">Managing your
subscription</a></li></ol>
</nav><div class="search-container"><svg class="search-icon" aria-hidden="true"></svg><form role="search" class="search" data-search=""
action="/hc/en-us/search"
accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;"><input type="search" name="query" id="query" placeholder="Search"
aria-label="Search">
</form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${hcSection.map((t) => `<li><a href="/hc/en-us/articles/${t.length}" class="sidenav-item${t === hcTitle ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul><a href="/hc/en-us/sections/360017" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${hcTitle}" class="article-title">${hcTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://tallyboard.zendesk.example/system/photos/3601/priya.png" alt="Avatar"
class="user-avatar"></div>
<div class="article-meta"><span title="Priya Natarajan">Priya Natarajan</span><ul class="meta-group"><li class="meta-data">
<time datetime="2025-10-30T14:05:22Z" title="2025-10-30 14:05" data-datetime="relative">1 month ago</time></li><li
class="meta-data">Updated</li></ul></div></div>
<a class="button article-subscribe" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-us/articles/8841203371045/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${hcBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="h_01JB7Q">${hcH1}</h2><ul>${hcPre.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="h_01JB7R">${hcH2}</h2><ol>${hcSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><img src="/hc/article_attachments/8841241550865" alt="Billing tab with the Change button next to Billing cycle" width="640"></p>
${hcBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="callout callout--note"><p><strong>Note:</strong> ${hcNote}</p></div>
<h2 id="h_01JB7S">${hcH3}</h2>
${hcBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=Switch"
class="share-facebook"
aria-label="Facebook">Facebook</a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp">X Corp</a></li>
<li><a href="https://www.linkedin.com/shareArticle?mini=true" class="share-linkedin" aria-label="LinkedIn">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><a href="#article-comments" class="article-comment-count-link">0 comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"
aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up"
data-id="8841203371045" data-upvote-count="14" data-vote-count="17" data-vote-sum="11" aria-label="This article was helpful" aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down" data-id="8841203371045"
aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span class="article-vote-label">14 out of 17
found this helpful</span>
</small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<div class="article-relatives"><section class="related-articles" aria-labelledby="related-articles-title"><h2 class="related-articles-title"
id="related-articles-title">Related articles</h2>
<ul>${links(hcRelated)}</ul></section><section class="recent-articles" aria-labelledby="recently-viewed-articles-title"><h2
id="recently-viewed-articles-title">Recently viewed articles</h2>
<ul>${links(hcRecent)}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for
comments.</p></section></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Tallyboard Help Center</a><ul class="footer-links">${links(hcFoot)}</ul>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div>
<p class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to keep you signed in, remember your preferences and measure how our help articles are
used.
<a class="ot-cookie-policy-link" href="https://tallyboard.example/cookies" aria-label="More information about your privacy, opens in a new tab">Cookie
Policy</a></div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button></div></div></div></div></div></div>
<iframe id="launcher" title="Button to launch messaging window" tabindex="0" style="position:fixed;bottom:16px;right:16px"></iframe>
<script src="https://static.zdassets.example/ekr/snippet.js?key=2f1c7b0a" id="ze-snippet"></script></body></html>`;
const helpArticle: TestPage = {
  html: hcHtml,
  name: 'heldout63-saas-help-center',
  kind: 'docs',
  // the three h2s are the headings, the checklist and the numbered steps are body, with their bold UI labels; the note
  // call-out is body, its "Note:" label in neither; the screenshot has only alt text; the author name and the relative time
  // are bylines ("Updated" is the label after the time: in neither, like "By"); breadcrumbs, the section sidebar (its entry
  // for this article is the title, its "Add or remove seats on an annual plan" is the body's link text: both left out),
  // "Follow", share, comment counts, votes, "Have more questions?", "Return to top", related and recent articles, comments,
  // cookie banner, header and footer are furniture; "Change your plan" (sidebar and related) and "Submit a request" (header and
  // "Have more questions?") are listed once; the header's "Sign in" is the first words of a step: left out
  title: hcTitle,
  headings: [hcH1, hcH2, hcH3],
  body: texts([...hcBody1, ...hcPre, ...hcSteps, ...hcBody2, hcNote, ...hcBody3]),
  bylines: ['Priya Natarajan', '1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Tallyboard Help Center', 'Billing & Plans', 'Managing your subscription',
    'Articles in this section', ...hcSection.filter((t) => t !== hcTitle && !t.startsWith('Add or remove')), 'See more', 'Follow', 'Facebook', 'X Corp',
    'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', 'No', '14 out of 17 found this helpful', 'Have more questions?', 'Return to top',
    'Related articles', ...hcRelated.filter((t) => t !== 'Change your plan'), 'Recently viewed articles', ...hcRecent, 'Comments',
    'Article is closed for comments.', ...hcFoot, 'English (US)', 'Powered by Zendesk',
    'We use cookies to keep you signed in, remember your preferences and measure how our help articles are used.', 'Cookie Policy',
    'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT63_D: readonly TestPage[] = [helpArticle, cliReference];
