import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file f2: a telehealth service's help-center article on Zendesk Guide with the Copenhagen theme (the
 * header with "Submit a request" and "Sign in", the search bar, breadcrumbs, the article sidebar "Articles in this section",
 * the author avatar with the created / updated meta, the body with steps, a note callout and a table, "Was this article
 * helpful?" votes, "Return to top", "Related articles", the "Have more questions?" footer and the comments notice).
 */
const zTitle = 'How do I test my camera and microphone before a video visit?';
const zIntro = [
  j(
    'A quick check before your appointment helps your clinician see and hear you clearly. We recommend testing your',
    'device at least 15 minutes before your visit starts.',
  ),
];
const zH = ['Run the device test', 'If your camera or microphone is not detected', 'Supported browsers'];
const zSteps = [
  'Open the link in your appointment email, or sign in to the Clarivo Health app.',
  'Select Test my device on the waiting room screen.',
  'When your browser asks for permission to use your camera and microphone, select Allow.',
  'Speak for a few seconds and check that the sound bar moves. Make sure you can see yourself in the preview window.',
  'Select Play test sound to check your speaker or headphones.',
];
const zTrouble = [
  j(
    'Close any other apps that might be using your camera, such as video calling or meeting apps, then reload the page. If you',
    'previously blocked access, open your browser’s site settings and change the camera and microphone permissions to Allow.',
  ),
  'On a work computer, your IT department may have blocked camera access. Try a personal phone or tablet instead.',
];
const zNote = 'Note: If you still cannot connect five minutes after your appointment time, your clinician will call you on the phone number in your profile.';
const zRows: [string, string][] = [
  ['Windows and Mac', 'Latest two versions of Chrome, Edge and Firefox; Safari 16 or later on Mac'],
  ['iPhone and iPad', 'The Clarivo Health app, or Safari on iOS 16 or later'],
  ['Android', 'The Clarivo Health app, or Chrome on Android 11 or later'],
];
const zSection = [
  'Preparing for your visit',
  'How do I test my camera and microphone before a video visit?',
  'Can someone join my visit with me?',
  'What happens if my visit is interrupted?',
];
const zRelated = ['Troubleshooting poor video quality', 'Using Clarivo Health on a shared computer', 'Getting your visit summary'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} – Clarivo Health Help Center</title>
<meta name="description" content="A quick check before your appointment helps your clinician see and hear you clearly.">
<meta content="https://support.clarivohealth.example/hc/en-us/articles/36018822" property="og:url"><meta property="og:type" content="website">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-1e7b.css" media="all"><link rel="stylesheet"
href="//theme.zdassets.example/theme_assets/1123/style.css" media="all">
<script>window.HelpCenter = {"account":{"subdomain":"clarivohealth"},"user":{"role":"anonymous"},"internal":{"current_session":{"locale":"en-us"}}};
</script></head><body><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="Clarivo Health Help Center
home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav><a class="sign-in" rel="nofollow" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs"><li title="Clarivo Health Help Center"><a href="/hc/en-us">Clarivo Health Help Center</a></li><li title="Video visits"><a
href="/hc/en-us/categories/3601">Video visits</a></li><li title="Preparing for your visit"><a href="/hc/en-us/sections/3602">Preparing for your
visit</a></li></ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(zSection.slice(1), 'sidenav-item')}</ul><a href="/hc/en-us/sections/3602" class="article-sidebar-item">See
more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/avatar.png" alt="Avatar" class="user-avatar"></div><div class="article-meta">
<span class="article-author-name">Dana Whitcombe</span><ul class="meta-group"><li class="meta-data"><time datetime="2025-08-14T15:20:11Z"
title="2025-08-14 15:20" data-datetime="relative">7 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" href="/hc/en-us/articles/36018822/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zH[0]}</h2><ol>${zSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>${zH[1]}</h2>${ps(zTrouble)}
<div class="callout callout--note"><p>${zNote}</p></div>
<h2>${zH[2]}</h2><table><tbody><tr><th>Device</th><th>Supported</th></tr>
${zRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a
href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">14 out of 17 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul>
</section></div><div class="article-comments" id="article-comments"><section class="comments"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Clarivo Health Help Center</a><div class="footer-language-selector">
<span>English (US)</span></div></div><p class="powered-by-zendesk">Powered by Zendesk</p></footer>
<script src="//static.zdassets.example/hc/assets/en-us.bundle.js"></script></body></html>`;
export const telehealthHelp: TestPage = {
  name: 'heldout249-zendesk-copenhagen-telehealth-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zIntro, ...zSteps, ...zTrouble, zNote, ...zRows.flat()]),
  bylines: ['Dana Whitcombe', '7 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Clarivo Health Help Center', 'Video visits', 'Preparing for your visit',
    'Articles in this section', ...zSection.slice(2), 'See more', 'Follow', 'Facebook', 'LinkedIn', 'Was this article helpful?',
    '14 out of 17 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Comments',
    'Article is closed for comments.', 'English (US)', 'Powered by Zendesk',
  ],
};
