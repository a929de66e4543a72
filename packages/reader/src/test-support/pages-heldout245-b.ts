import { links, ps, type TestPage, texts } from './page-kit.js';
import { filmDb } from './pages-heldout245-b2.js';
import { j, lis } from './pages-heldout245-kit.js';

/**
 * Held-out batch 245, file b: a streaming service's help-center article on Zendesk Guide (Copenhagen theme: header with
 * "Submit a request" and "Sign in", search hero, breadcrumbs, the article's author avatar and "Updated" line, Follow
 * button, the "Was this article helpful?" vote box, "Return to top", "Related articles" and "Recently viewed articles"
 * sidebars, the chat widget launcher and the footer) and, from file b2, a film database title page with its cast list.
 */
const zTitle = 'Fix playback errors on smart TVs';
const zIntro = [
  j(
    'If a title stops loading, shows a spinning wheel, or returns an error code such as TW-1042 on your smart TV, the steps below',
    'usually fix it. Work through them in order and try playing something after each one.',
  ),
];
const zH1 = 'Before you start';
const zBefore = [
  'Make sure your TV is connected to the internet and that other apps on the same TV can stream video.',
  'Check the Tidewater+ status page to see whether there is a known outage in your area.',
  'Note the error code, if one appears on screen. You will need it if you contact us.',
];
const zH2 = 'Restart the app and the TV';
const zRestart = [
  'Close the Tidewater+ app completely, not just by going back to the home screen.',
  'Unplug your TV from the power outlet for at least one minute. Pressing the power button on the remote is not enough.',
  'Plug the TV back in, open Tidewater+ and try your title again.',
];
const zH3 = 'Clear the app data or reinstall';
const zClear = [
  j(
    'On most Android TV and Google TV sets, go to <strong>Settings &gt; Apps &gt; Tidewater+ &gt; Clear data</strong>. On other TVs, delete',
    'the app and install it again from the TV’s app store. You will need to sign in again afterwards.',
  ),
];
const zNote = '<strong>Note:</strong> Clearing data also removes your downloads on that TV.';
const zH4 = 'Error codes we see most often';
const zRows = [
  '<td>TW-1042</td> <td>The app lost its connection while loading the title.</td> <td>Restart your router and the TV.</td>',
  '<td>TW-2210</td> <td>Your TV’s software is too old for the current app.</td> <td>Install the latest TV system update.</td>',
  '<td>TW-3005</td> <td>Too many screens are streaming on your plan.</td> <td>Stop playback on another device.</td>',
];
const zOutro = [
  j(
    'If none of these steps works, contact us with the error code, the make and model of your TV and the title you were trying to',
    'watch, and our support team will look into it.',
  ),
];
const zNav = ['Submit a request', 'Sign in'];
const zCrumbs = ['Tidewater+ Help Center', 'Watching on TV', 'Troubleshooting'];
const zRelated = ['Sign in to Tidewater+ on a smart TV', 'Change video quality settings', 'Supported devices for Tidewater+'];
const zRecent = ['Update your payment method', 'Download titles to watch offline'];
const zFoot = ['Tidewater+ Home', 'Plans & Pricing', 'Privacy', 'Terms of Use', 'Cookie Preferences'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8">
<title>${zTitle} – Tidewater+ Help Center</title>
<link rel="canonical" href="https://help.tidewaterplus.example/hc/en-us/articles/36120455102231-Fix-playback-errors-on-smart-TVs">
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<meta property="og:type" content="website"><meta property="og:site_name" content="Tidewater+ Help Center">
<meta property="og:description" content="If a title stops loading, shows a spinning wheel, or returns an error code...">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.example/theme_assets/11902277/style.css" media="all">
<script>window.HelpCenter = {};HelpCenter.account = {"subdomain":"tidewaterplus","environment":"production","name":"Tidewater+"};
HelpCenter.user = {"role":"anonymous","locale":"en-us"};</script>
<script src="//static.zdassets.example/hc/assets/jquery.min.js"></script></head>
<body class="community-enabled">
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png"
alt="Tidewater+ Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-us/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div>
<div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${links(zCrumbs)}
</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links(['Fix playback errors on smart TVs', 'Subtitles are out of sync', 'Audio but no picture'], 'sidenav-item')}</ul>
<a href="/hc/en-us/sections/9912" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header">
<h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//theme.zdassets.example/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span class="article-author-name">Priya Velander</span>
<ul class="meta-group"><li class="meta-data"><time datetime="2026-02-18T09:12:44Z" title="2026-02-18 09:12" data-datetime="relative">Updated February 18,
2026</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow this article">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2>${zH1}</h2><ul>${lis(zBefore)}</ul>
<h2>${zH2}</h2><ol>${lis(zRestart)}</ol>
<h2>${zH3}</h2>${ps(zClear)}
<div class="callout callout--note">${ps([zNote])}</div>
<h2>${zH4}</h2>
<table class="error-codes"><thead><tr><th>Code</th> <th>What it means</th> <th>What to try</th></tr></thead>
<tbody>${zRows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>
${ps(zOutro)}
</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#" class="share-twitter">X Corp</a></li>
<li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div>
<div class="article-comment-count"><span>0 comments</span></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 57 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2>
<ul>${links(zRecent)}</ul></section></div>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(zFoot)}</ul>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button></div>
<p class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></p></div></footer>
<iframe id="launcher" title="Button to launch messaging window" tabindex="0"></iframe>
<div id="web-messenger-launcher" class="launcher"><span class="launcher-label">Chat with us</span></div>
<script src="//static.zdassets.example/hc/assets/hc_enduser.js"></script>
<script>$(document).ready(function(){ HelpCenter.internal.article.init({"id":36120455102231}); });</script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout245-zendesk-streaming-help',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2, zH3, zH4],
  body: texts([...zIntro, ...zBefore, ...zRestart, ...zClear, zNote, ...zRows, ...zOutro]),
  bylines: ['Priya Velander', 'Updated February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zNav, ...zCrumbs, 'Articles in this section', 'Subtitles are out of sync', 'Audio but no picture', 'See more',
    'Follow', 'Facebook', 'X Corp', 'LinkedIn', '0 comments', 'Was this article helpful?', 'Yes', '41 out of 57 found this helpful',
    'Have more questions?', 'Return to top', 'Recently viewed articles', ...zRecent, 'Related articles', ...zRelated, ...zFoot, 'English (US)',
    'Powered by Zendesk', 'Chat with us',
  ],
};

export const HELDOUT245_B: readonly TestPage[] = [zendesk, filmDb];
