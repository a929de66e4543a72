import { links, ps, type TestPage, texts } from './page-kit.js';
import { guitarLesson } from './pages-heldout223-c2.js';

/**
 * Held-out batch 223, file c: a DAW maker's knowledge-base article on Zendesk Guide (Copenhagen-derived theme: header with
 * "Submit a request" and "Sign in", search, breadcrumbs, the author avatar and "Updated" line, "Follow", the article body with
 * numbered steps, a callout and a screenshot, "Was this article helpful?" voting, "Have more questions? Submit a request",
 * "Related articles", "Articles in this section", "Recently viewed articles", the chat widget launcher and the footer) and,
 * from file c2, a guitar lesson page.
 */
const zdTitle = 'Audio dropouts and crackles when recording: causes and fixes';
const zdP1 = [
  'If you hear clicks, crackles or short gaps in playback or in recorded audio, Loomstone is usually not getting enough time to ' +
    'process audio before the audio interface needs it. This article explains the most common causes and what to check, in order ' +
    'of how often they solve the problem.',
];
const zdH1 = 'Check the buffer size';
const zdP2 = [
  'The buffer size sets how much audio Loomstone processes at once. Small buffers give low latency but leave less room for the ' +
    'computer to catch up when it is busy. Larger buffers are more stable.',
];
const zdSteps = [
  'Open Settings and choose the Audio tab.',
  'Under Buffer Size, choose the next larger value, for example 256 instead of 128 samples.',
  'Play back the project again and listen for dropouts.',
  'Repeat until playback is clean, then record.',
];
const zdNote =
  'Note: While you are mixing, a buffer of 512 or 1024 samples is usually fine. Lower it again only when you need to record or play software instruments live.';
const zdH2 = 'Check the CPU meter';
const zdP3 = [
  'The CPU meter in the top bar shows how much of the available processing time Loomstone is using. If it regularly goes above 80 ' +
    'percent, dropouts are likely. Freeze tracks that you are not editing, or replace heavy plug-ins with lighter ones while you record.',
  'A single plug-in can cause spikes even if the average load is low. Open the Performance panel with Ctrl+Alt+P (Cmd+Option+P on ' +
    'Mac) to see the load of each track.',
];
const zdH3 = 'Check your computer’s power and background settings';
const zdList = [
  'On Windows, choose the High performance power plan, and turn off USB selective suspend.',
  'On laptops, connect the power supply. Many laptops slow the processor down when they run on battery.',
  'Close browsers, cloud sync apps and video calls while recording.',
  'Turn off Wi-Fi and Bluetooth if your interface driver is sensitive to them.',
];
const zdH4 = 'Still having problems?';
const zdP4 = [
  'If none of the steps above helps, save a diagnostics report from Help › Create Diagnostics Report and attach it to a support ' +
    'request, along with the make and model of your audio interface and the driver version you are using.',
];
const zdCaption = 'The Audio tab in Settings, with the Buffer Size menu open.';
const zdHeader = ['Loomstone', 'Community', 'Downloads', 'Submit a request', 'Sign in'];
const zdCrumbs = ['Loomstone Help Center', 'Troubleshooting', 'Audio and MIDI'];
const zdRelated = ['Choosing the right audio driver on Windows', 'Setting up an aggregate device on macOS', 'My interface is not shown in the Audio settings'];
const zdSection = [
  'Audio dropouts and crackles when recording: causes and fixes',
  'MIDI keyboard is not recognised',
  'Latency compensation explained',
  'Recording is out of sync with playback',
  'No sound from the metronome',
];
const zdFoot = ['Loomstone.example', 'Privacy', 'Terms', 'Cookie preferences', 'Powered by Zendesk'];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zdTitle} – Loomstone Help Center</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="description" content="If you hear clicks, crackles or short gaps in playback">
<link rel="canonical" href="https://help.loomstone.example/hc/en-us/articles/4410328817553-Audio-dropouts-and-crackles-when-recording-causes-and-fixes">
<meta property="og:type" content="website"><meta property="og:site_name" content="Loomstone Help Center"><meta property="og:title" content="${zdTitle}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-4f8a9b.css" media="all">
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ8K/style.css?digest=2893471">
<script src="//static.zdassets.example/hc/assets/en-us.8a7b91.js"></script>
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"loomstone"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theming_assets/logo.png" alt="Loomstone Help Center home page"></a>
</div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">${links(zdHeader)}</ul></nav>
</div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zdCrumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(zdSection, 'sidenav-item')}</ul>
<a href="/hc/en-us/sections/360001" class="article-sidebar-item">See more</a></div>
</div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar">
<img src="https://loomstone.zendesk.example/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/3821-Karin-Oyelaran">Karin Oyelaran</a><ul class="meta-group">
<li class="meta-data"><time datetime="2025-10-02T13:14:55Z" title="2025-10-02 14:14" data-datetime="relative">Updated October 02, 2025 14:14</time></li>
</ul></div></div><div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow article">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zdP1)}
<h2 id="h_01JB1">${zdH1}</h2>
${ps(zdP2)}
<ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><img src="/hc/article_attachments/8821/audio-settings.png" alt="Audio settings"></p><p class="wysiwyg-font-size-small"><em>${zdCaption}</em></p>
<div class="callout callout--info"><p><strong>Note:</strong> While you are mixing, a buffer of 512 or 1024 samples is usually fine. Lower it again only when
you need to record or play software instruments live.</p></div>
<h2 id="h_01JB2">${zdH2}</h2>
${ps(zdP3)}
<h2 id="h_01JB3">${zdH3}</h2>
<ul>${zdList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="h_01JB4">${zdH4}</h2>
${ps(zdP4)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">Twitter</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 57 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2>
<ul><li><a href="/hc/en-us/articles/44102">Installing Loomstone on a second computer</a></li></ul></section></div>
<div class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zdRelated)}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(zdFoot)}</ul></div></footer>
<button id="launcher" class="chat-launcher" aria-label="Chat with us">Chat with us</button>
<script src="https://static.zdassets.example/ekr/snippet.js?key=8a7d-44" id="ze-snippet"></script></body></html>`;
const zendeskKb: TestPage = {
  html: zdHtml,
  name: 'heldout223-zendesk-daw-kb',
  kind: 'docs',
  // the note callout is body; the screenshot caption, author and Updated line, voting, related and section lists are not;
  // the section list's first entry is the title itself and is left out of the furniture
  title: zdTitle,
  headings: [zdH1, zdH2, zdH3, zdH4],
  body: [...texts(zdP1), ...texts(zdP2), ...zdSteps, zdNote, ...texts(zdP3), ...zdList, ...texts(zdP4)],
  bylines: ['Karin Oyelaran', 'Updated October 02, 2025 14:14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdHeader, ...zdCrumbs, 'Articles in this section', ...zdSection.slice(1), 'See more', 'Follow', zdCaption, 'Facebook',
    'Twitter', 'LinkedIn', 'Was this article helpful?', 'Yes', 'No', '41 out of 57 found this helpful', 'Have more questions? Submit a request',
    'Return to top', 'Recently viewed articles', 'Installing Loomstone on a second computer', 'Related articles', ...zdRelated, 'Comments',
    '0 comments', 'Article is closed for comments.', ...zdFoot, 'Chat with us',
  ],
};

export const HELDOUT223_C: readonly TestPage[] = [zendeskKb, guitarLesson];
