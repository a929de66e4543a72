import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file a: an iFixit-style repair guide (guide header with difficulty, steps and time, tools and parts lists,
 * numbered steps with images and bullet lines, comments) and a Zendesk Help Center (Copenhagen theme) troubleshooting article.
 */
const fTitle = 'Korvel Nimbus 14 Cooling Fan Replacement';
const fIntro = [
  j(
    'Use this guide to replace a noisy or failed cooling fan in a Korvel Nimbus 14 (model NB14-2). A fan that rattles, whines at idle,',
    'or never spins up will let the processor throttle and can cause sudden shutdowns under load.',
  ),
  'Before you start, fully shut the laptop down rather than putting it to sleep, and let it cool for a few minutes.',
];
const fTools = ['Phillips #00 Screwdriver', 'Spudger', 'iOpener or hair dryer', 'Tweezers', 'Plastic opening picks (set of 6)'];
const fParts = ['Korvel Nimbus 14 Cooling Fan', 'Thermal paste (optional)'];
const fSteps: [string, string[]][] = [
  [
    'Bottom case screws',
    [
      'Close the display and flip the laptop upside down on a soft, clean surface.',
      'Remove the ten 4.1 mm Phillips #00 screws securing the bottom case. The two screws nearest the hinge are slightly longer; keep them apart.',
    ],
  ],
  [
    'Release the bottom case',
    [
      'Insert an opening pick into the seam near a rubber foot and slide it along the front edge to release the clips.',
      'Work around the sides, then lift the case off from the front. Do not pull it towards the hinge, as the rear clips will snap.',
    ],
  ],
  [
    'Disconnect the battery',
    [
      'Use the flat end of a spudger to pry the battery connector straight up out of its socket on the motherboard.',
      'Always disconnect the battery before working near the fan; the fan connector carries power even when the laptop is off.',
    ],
  ],
  [
    'Remove the fan',
    [
      'Peel back the strip of foil tape that covers the fan cable, then lift the cable connector out with tweezers.',
      'Remove the three 3 mm screws holding the fan to the heat sink bracket.',
      'Lift the fan out of the chassis, taking care not to bend the thin copper fins next to it.',
    ],
  ],
  [
    'Install the new fan',
    [
      'Before fitting the new fan, blow any dust out of the heat sink fins with short bursts of compressed air, holding the old fan still.',
      'Lower the new fan into place so that its outlet lines up with the fins, then refit the three 3 mm screws. Do not overtighten them.',
      'Plug in the fan cable, press the foil tape back down over it, and reconnect the battery before refitting the bottom case.',
    ],
  ],
];
const fOutro = [
  'To reassemble your device, follow these instructions in reverse order.',
  'If the new fan is still loud after reassembly, check that the foil tape is not touching the blades.',
];
const fComments = [
  'Worked perfectly on my NB14-2. The bottom clips are tight, so go slowly around the front corners.',
  'Is the fan the same part as the one in the Nimbus 15? The connector looks identical.',
];
const fNav = ['Fix Your Stuff', 'Community', 'Store', 'Teardowns', 'Answers'];
const fCrumbs = ['Home', 'Laptop', 'Korvel Laptop', 'Korvel Nimbus 14'];
const fStepHtml = fSteps
  .map(
    ([t, lines], i) => `<li class="step" id="s${7401 + i}"><div class="step-wrapper"><h3 class="step-title"><strong class="stepValue">Step ${i + 1}</strong>
<span class="step-title-text">${t}</span></h3>
<div class="step-images"><figure class="step-image"><img src="https://guide-images.cdn.example/igi/nimbus-${i + 1}.medium" alt=""></figure></div>
<ul class="step-lines">${lines.map((l) => `<li class="bullet bullet_black" itemprop="text"><div class="step-line-text">${l}</div></li>`).join('\n')}</ul>
<div class="step-comments"><a href="#" class="js-step-comment">Add a comment</a></div></div></li>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8">
<title>${fTitle} - iFixit Repair Guide</title><meta name="description" content="Use this guide to replace a noisy or failed cooling fan.">
<meta property="og:type" content="article"><meta property="og:title" content="${fTitle}"><link rel="canonical"
href="https://www.ifixit.com/Guide/Korvel+Nimbus+14/180442">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${fTitle}","totalTime":"PT30M","tool":[{"@type":"HowToTool","
name":"Spudger"}]}</script>
<script>window.App = {"locale":"en-US","siteName":"iFixit","guideid":180442};</script></head>
<body class="guide-view"><div id="cookie-consent" class="consent-banner"
role="dialog"><p>We use cookies to improve your experience and to show you relevant products.</p>
<button class="consent-accept">Accept</button><button class="consent-manage">Manage preferences</button></div>
<header id="page-header" class="site-header"><a class="logo" href="/">iFixit</a><nav class="header-nav"><ul>${links(fNav)}</ul></nav>
<form class="header-search"><input type="search" placeholder="Search"></form><a href="/login" class="header-login">Sign In</a></header>
<main id="main"><nav class="breadcrumbs" aria-label="breadcrumb"><ol>${links(fCrumbs, 'breadcrumb-item')}</ol></nav>
<div id="guide" class="guide" itemscope itemtype="http://schema.org/HowTo"><div class="guide-intro">
<h1 class="guide-intro-title" itemprop="name">${fTitle}</h1>
<div class="guide-author"><span class="author-label">Written By:</span> <a href="/User/88123/Maren+Solvik" class="author-name">Maren Solvik</a>
<span class="guide-date">Updated March 2, 2026</span></div>
<ul class="guide-stats"><li><span class="stat-label">Difficulty</span> <span class="stat-value difficulty-moderate">Moderate</span></li>
<li><span class="stat-label">Steps</span> <span class="stat-value">4</span></li><li><span class="stat-label">Time Required</span>
<span class="stat-value">20 - 30 minutes</span></li><li><span class="stat-label">Sections</span> <span class="stat-value">1</span></li></ul>
<div class="guide-actions"><button class="favorite-btn">Favorite</button><button class="share-btn">Share</button>
<a href="/Guide/180442/pdf" class="pdf-link">Download PDF</a><a href="/Guide/edit/180442" class="edit-link">Edit</a></div>
<section class="introduction" id="introduction"><h2>Introduction</h2><div class="guide-intro-text" itemprop="description">${ps(fIntro)}</div></section>
<div class="guide-requirements"><div id="tools-list" class="tools-list"><h2>Tools</h2><ul class="tools">${lis(fTools, 'tool-item')}</ul>
<a href="/Store/Tools" class="buy-link">Buy these tools</a></div>
<div id="parts-list" class="parts-list"><h2>Parts</h2><ul class="parts">${lis(fParts, 'part-item')}</ul>
<a href="/Store/Parts" class="buy-link">Buy these parts</a></div></div></div>
<ol class="steps">${fStepHtml}</ol>
<div class="conclusion"><h2>Conclusion</h2>${ps(fOutro)}</div>
<div class="guide-completion"><p class="completed-count">47 other people completed this guide.</p><button class="complete-btn">I Did It!</button></div>
<section id="comments" class="guide-comments"><h3>5 Comments</h3><ul class="comment-list">
<li class="comment"><div class="comment-header"><a class="comment-author" href="/User/5511">Tobin Ashgrove</a> <time>Mar 5, 2026</time></div>
<div class="comment-body"><p>${fComments[0]}</p></div><a class="reply-link" href="#">Reply</a></li>
<li class="comment"><div class="comment-header"><a class="comment-author" href="/User/7720">Lea Mondragon</a> <time>Mar 9, 2026</time></div>
<div class="comment-body"><p>${fComments[1]}</p></div><a class="reply-link" href="#">Reply</a></li></ul>
<a href="#" class="add-comment">Add Comment</a></section></div>
<aside class="guide-sidebar"><h3>Related Guides</h3><ul>${links(['Korvel Nimbus 14 Battery Replacement', 'Korvel Nimbus 14 SSD Replacement'])}</ul>
<div class="promo-card"><p class="promo-label">Featured Kit</p><p>Pro Tech Toolkit: everything you need to fix almost anything.</p></div></aside></main>
<footer class="site-footer"><ul>${links(['Help', 'Contact', 'Jobs', 'Privacy', 'Legal'])}</ul>
<p>Copyright © 2026 iFixit — Licensed under Creative Commons.</p></footer></body></html>`;
const ifixitBody = texts([...fIntro, ...fTools, ...fParts, ...fSteps.flatMap(([, l]) => l), ...fOutro]);
const ifixit: TestPage = {
  name: 'heldout389-ifixit-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Introduction', 'Tools', 'Parts', ...fSteps.map(([t], i) => `Step ${i + 1} ${t}`), 'Conclusion'],
  body: ifixitBody,
  bylines: ['Maren Solvik', 'Updated March 2, 2026', 'Tobin Ashgrove', 'Mar 5, 2026', 'Lea Mondragon', 'Mar 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(ifixitBody, [
    'We use cookies to improve your experience and to show you relevant products.', 'Accept', 'Manage preferences', ...fNav, 'Sign In', ...fCrumbs,
    'Written By:', 'Difficulty', 'Steps', 'Moderate', 'Time Required', '20 - 30 minutes', 'Sections', 'Favorite', 'Share', 'Download PDF', 'Edit',
    'Buy these tools', 'Buy these parts', 'Add a comment', '47 other people completed this guide.', 'I Did It!', '5 Comments', ...fComments, 'Reply',
    'Add Comment', 'Related Guides', 'Korvel Nimbus 14 Battery Replacement', 'Korvel Nimbus 14 SSD Replacement', 'Featured Kit',
    'Pro Tech Toolkit: everything you need to fix almost anything.', 'Help', 'Contact', 'Jobs', 'Privacy', 'Legal',
    'Copyright © 2026 iFixit — Licensed under Creative Commons.',
  ]),
};

const zTitle = 'My Meshlo node has a blinking amber light';
const zIntro = [
  j(
    'A blinking amber light on a Meshlo node means the node is powered on but cannot reach the rest of your mesh network or the',
    'internet. Most of the time this clears up on its own within a few minutes, but if it lasts longer, work through the checks below.',
  ),
];
const zSecs: [string, string[], string[]][] = [
  [
    'Check the main node first',
    ['If the main node (the one plugged into your modem) is also blinking amber, the problem is your internet connection, not the mesh.'],
    [
      'Unplug your modem and the main node for 30 seconds.',
      'Plug the modem back in and wait until its online light is steady.',
      'Plug the main node back in and wait for a solid white light, which can take up to three minutes.',
    ],
  ],
  [
    'Move the satellite node closer',
    [
      j(
        'Satellite nodes need a reasonable signal from the main node. Thick walls, floors with underfloor heating and large mirrors all',
        'weaken the signal. As a rule of thumb, place each satellite no more than two rooms away from the node it connects to.',
      ),
      'In the Meshlo app, open Network, tap the node, and look at Connection quality. Anything below Fair is worth moving.',
    ],
    [],
  ],
  [
    'Check for interference',
    [
      j(
        'Cordless phone bases, baby monitors and microwave ovens can all drown out the mesh signal when they are close to a node. Keep',
        'each node at least a metre away from them, and off the floor: a node on a shelf at waist height or above usually performs',
        'noticeably better than one tucked behind a sofa or inside a cabinet.',
      ),
    ],
    [],
  ],
  [
    'Reset the node',
    [
      j(
        'If the light is still amber after moving the node, press and hold the reset button on the base for ten seconds until the',
        'light flashes blue. Then add the node again from the app using Add a node.',
      ),
      'Resetting a satellite node does not change your network name or password.',
    ],
    [],
  ],
];
const zMore = 'Still stuck? Contact our support team from the app, and include the serial number printed under the node.';
const zCrumbs = ['Meshlo Help Center', 'Troubleshooting', 'Lights and status'];
const zSection = ['Blinking white light during setup', 'Solid red light on the main node', 'Node light is off', zTitle];
const zRelated = ['How to update node firmware', 'Choosing where to place your nodes', 'Resetting your whole network'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Meshlo Help Center</title>
<meta name="csrf-param" content="authenticity_token"><meta name="description"
content="A blinking amber light on a Meshlo node means the node cannot reach the mesh.">
<link rel="canonical" href="https://help.meshlo.example/hc/en-us/articles/4418890012345"><link rel="stylesheet"
href="//theme.zdassets.example/theme_assets/style.css">
<script>window.HelpCenter = {"account":{"subdomain":"meshlo"},"user":{"role":"anonymous"},"internal":{"current_session_locale":"en-us"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png"
alt="Meshlo Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a
request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search">
<input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/360001"
class="article-sidebar-item">See more</a></div>
</div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/381-Priya-Castellane">Priya Castellane</a>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-01-14T09:21:40Z" title="2026-01-14 09:21"
data-datetime="relative">January 14, 2026 09:21</time></li>
<li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" data-auth-action="signin" href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}
${zSecs.map(([h, p, l]) => `<h2 id="h_${h.length}">${h}</h2>\n${ps(p)}${l.length > 0 ? `\n<ol>${lis(l)}</ol>` : ''}`).join('\n')}
<p>${zMore}</p></div>
<div class="article-attachments"></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">11 out of 14 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">Twitter</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2>
<ul>${links(zRelated)}</ul></section></div>
</footer><div class="article-comments" id="article-comments"><section class="comments"><h2 class="comments-title">Comments</h2>
<p class="comment-callout">0 comments</p><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Meshlo</a><div class="footer-language-selector">English (US)</div>
<p class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></p></div></footer></body></html>`;
const zendeskBody = texts([...zIntro, ...zSecs.flatMap(([, p, l]) => [...p, ...l]), zMore]);
const zendesk: TestPage = {
  name: 'heldout389-zendesk-copenhagen-troubleshooting',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zSecs.map(([h]) => h),
  body: zendeskBody,
  bylines: ['Priya Castellane', 'January 14, 2026 09:21', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(zendeskBody, [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.slice(0, 3), 'See more', 'Follow',
    'Was this article helpful?', 'Yes', '11 out of 14 found this helpful', 'Have more questions?', 'Return to top', 'Facebook', 'Twitter',
    'LinkedIn', 'Related articles', ...zRelated, 'Comments', '0 comments', 'Article is closed for comments.', 'English (US)', 'Powered by Zendesk',
  ]),
};

export const HELDOUT389_A: readonly TestPage[] = [ifixit, zendesk];
