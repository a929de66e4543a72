import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file e: an insurance broker's help-centre article on Zendesk Guide (Copenhagen theme, section sidebar,
 * votes, related articles) and an online mortgage broker's long remortgage guide on Next.js (pages router, Tailwind, table of
 * contents, cost table, FAQ, author box) in file e2.
 */
const zTitle = 'How do I make a home insurance claim?';
const zSteps = [
  'Make the property safe and stop further damage if you can, for example by turning off the water at the stopcock.',
  'Take photographs of the damage before anything is thrown away or repaired.',
  'Call our claims line on 0161 496 0882, or use the claim form in your online account.',
  'Keep receipts for any emergency repairs or hotel costs. These may be covered.',
];
const zParas = [
  j(
    'You can report a claim to us 24 hours a day. You do not need to contact the insurer yourself: we will register the claim',
    'for you and tell you what happens next.',
  ),
  j(
    'Once the claim is registered, the insurer may send a loss adjuster to look at the damage. For smaller claims, usually',
    'under £2,500, they will often settle from your photographs and a repair quote.',
  ),
];
const zNote = 'Your policy excess will be taken off any payment. You can find the excess on page 2 of your policy schedule.';
const zSide = ['How do I make a home insurance claim?', 'What is a loss adjuster?', 'Will a claim affect my renewal price?', 'Escape of water claims'];
const zRel = ['Will a claim affect my renewal price?', 'How to update your contents sum insured', 'Accidental damage: what counts?'];
const zCrumbs = ['Hollybank Help Centre', 'Claims', 'Making a claim'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26855 --><title>How do I make a home insurance claim? – Hollybank Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.hollybankinsurance.co.uk/hc/en-gb/articles/360018822471-How-do-I-make-a-home-insurance-claim">
<link rel="alternate" hreflang="en-gb" href="https://help.hollybankinsurance.co.uk/hc/en-gb/articles/360018822471">
<meta property="og:type" content="website"><meta property="og:title" content="${zTitle}"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-0d7a2e.css" media="all" id="stylesheet">
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ6Q/style.css?digest=18933021">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"hollybank",
"environment":"production"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HZ6Q/logo.png"
alt="Hollybank Help Centre Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${zCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-gb/sections/360004">${t}</a></li>`).join('\n')}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4"/></svg>
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="✓"
autocomplete="off">
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3><div class="collapsible-sidebar-body"><ul>
${zSide.map((t, i) => `<li><a href="/hc/en-gb/articles/36001882247${i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul><a href="/hc/en-gb/sections/360004" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/3600/sian.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3811-Sian-Threlfall">Sian Threlfall</a><ul class="meta-group">
<li class="meta-data"><time datetime="2026-08-14T10:22:41Z" title="2026-08-14 10:22" data-datetime="relative">3 months ago</time></li><li
class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/360018822471/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([zParas[0] ?? ''])}
<h2 id="h_01HZ7A">What to do straight away</h2><ol>${lis(zSteps)}</ol>
<h2 id="h_01HZ7B">After you report it</h2>${ps([zParas[1] ?? ''])}
<div class="callout callout--warning"><p>${zNote}</p></div></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php" class="share-facebook"
aria-label="Facebook"></a></li>
<li><a href="https://twitter.com/share" class="share-twitter" aria-label="X Corp"></a></li><li><a href="https://www.linkedin.com/shareArticle"
class="share-linkedin" aria-label="LinkedIn"></a></li></ul></div>
<div class="article-comment-count"><a href="#comments" class="article-comment-count-link">0 comments</a></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">12 out of 14 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false"
viewBox="0 0 16 16" class="article-return-to-top-icon" aria-hidden="true"><path d="M3 6l5 5 5-5"/></svg></a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2
class="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><h2 id="comments" class="comment-heading">Comments</h2><div
class="comment-overview"><p class="comment-callout">0 comments</p></div>
<p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow"
href="/hc/en-gb/signin">sign in</a> to leave a comment.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Hollybank Help Centre</a>
<p class="footer-fca">Hollybank Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority (FRN 317760).</p>
<div class="footer-language-selector"></div></div><div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/" target="_blank"
rel="nofollow noopener">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.2c31e9.js"></script><script src="https://hollybank.zendesk.com/auth/v2/host/without_iframe.js"
data-brand-id="360001" data-auth-domain="hollybank.zendesk.com"></script>
</body></html>`;
const hollybank: TestPage = settle({
  name: 'heldout539-zendesk-broker-claims-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['What to do straight away', 'After you report it'],
  body: texts([zParas[0] ?? '', ...zSteps, zParas[1] ?? '', zNote]),
  bylines: ['Sian Threlfall', '3 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide, 'See more', 'Follow', '0 comments',
    'Was this article helpful?', 'Yes', 'No', '12 out of 14 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Related articles', ...zRel, 'Comments', 'Please sign in to leave a comment.',
    'Hollybank Insurance Brokers Ltd is authorised and regulated by the Financial Conduct Authority (FRN 317760).', 'Powered by Zendesk',
  ],
});

export const HELDOUT539_E: readonly TestPage[] = [hollybank];
