import { links, type TestPage, texts } from './page-kit.js';
import { bat } from './pages-heldout210-e2.js';

/**
 * Held-out batch 210, file e: an EV charging network's help article on Zendesk Guide (Copenhagen theme: header with
 * "Submit a request" and "Sign in", the search hero, breadcrumbs, the author avatar line with "Updated" time and
 * "Follow", a notice box at the top of the article body, numbered steps, "Was this article helpful?" with the vote
 * count, "Return to top", "Related articles", "Recently viewed articles", the comments section with "Please sign in to
 * leave a comment.", and the footer) and, from file e2, a Bring a Trailer auction listing.
 */
const zdTitle = 'Why did my charging session stop early?';
const zdNotice =
  'We are aware of an issue affecting some 150 kW chargers at motorway sites after the February software update. Sessions may stop ' +
  'at 80%. A fix is being rolled out.';
const zdIntro = [
  'A charging session can end before your car is full for several reasons. Most of them are set by the car rather than the ' +
    'charger. This article explains the most common causes and what you can do about each one.',
];
const zdH = ['Your car reached its charge limit', 'The battery is too cold or too hot', 'The connection was interrupted', 'Still having trouble?'];
const zdP = [
  [
    'Most electric cars let you set a maximum charge level, often 80% for everyday use. When the car reaches that level, it tells the ' +
      'charger to stop and the session ends normally. Check the charging settings in your car or its app and raise the limit if ' +
      'you need more range for a long journey.',
  ],
  [
    'Cars protect their batteries by limiting charging speed when the battery is outside its ideal temperature range. In very cold ' +
      'weather, some cars will stop a rapid charging session entirely once the charging speed drops below a minimum.',
    'If your car offers battery preconditioning, use it by setting one of our stations as the destination in the car’s navigation ' +
      'about 20 minutes before you arrive.',
  ],
  ['If the session ended suddenly with an error message on the charger screen, try the following:'],
  [
    'If your session stopped early and you were charged for energy you did not receive, contact us within 30 days. Please include ' +
      'the charger ID printed on the unit, the date and time of the session, and a screenshot from the app if you have one.',
  ],
];
const zdSteps = [
  'Unplug the connector from your car, wait ten seconds, and plug it in again firmly until it clicks.',
  'Start a new session in the app, or tap your card again on the reader.',
  'If the same charger fails twice, move to another charger at the site and report the fault in the app.',
];
const zdHead = ['Voltline Help Centre', 'Submit a request', 'Sign in'];
const zdCrumb = ['Voltline Help Centre', 'Charging', 'Troubleshooting'];
const zdHelp = ['Was this article helpful?', 'Yes', 'No', '214 out of 268 found this helpful', 'Have more questions?', 'Submit a request'];
const zdRel = ['How do I start a charging session?', 'Why is my car charging slowly?', 'How are charging sessions billed?', 'What do the charger lights mean?'];
const zdRecent = ['Recently viewed articles', 'Setting up contactless payment'];
const zdFoot = ['Voltline', 'Privacy', 'Terms of use', 'Status'];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>Why did my charging session stop early? – Voltline Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hc:meta:server:eyJ">
<link rel="canonical" href="https://help.voltline.example/hc/en-gb/articles/36011283512081-Why-did-my-charging-session-stop-early">
<meta property="og:type" content="website"><meta property="og:title" content="${zdTitle}"><meta property="og:site_name" content="Voltline Help Centre">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-9a2c.css">
<script src="https://static.zdassets.example/hc/assets/en-gb.7b1e.js"></script><script src="//static.zdassets.example/hc/assets/hc_enduser-3c1f.js"></script>
<script type="text/javascript">HelpCenter.account = {"subdomain":"voltline"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.example/logo.png" alt="Voltline Help Centre Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zdCrumb)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search">
<input type="search" name="query" placeholder="Search" aria-label="Search">
</form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<ul>${links([zdTitle, ...zdRel.slice(1, 3)], 'sidenav-item')}</ul><a href="/hc/en-gb/sections/360" class="article-sidebar-item">See more</a></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zdTitle}" class="article-title">${zdTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://voltline.zendesk.example/system/photos/ag.png" alt="" class="user-avatar">
</div>
<div class="article-meta"><span title="Aisha Gantt">Aisha Gantt</span><ul class="meta-group"><li class="meta-data">
<time datetime="2026-02-26T11:04:17Z" title="2026-02-26 11:04" data-datetime="relative">Updated 26 February 2026 11:04</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<div class="notice-box" style="background:#fff4d6;padding:12px;border-left:4px solid #f2a900"><p><strong>${zdNotice}</strong></p></div>
${zdIntro.map((p) => `<p>${p}</p>`).join('\n')}
${zdH
  .map(
    (h, i) =>
      `<h2 id="h_01HQ${i}">${h}</h2>\n${(zdP[i] ?? []).map((p) => `<p>${p}</p>`).join('\n')}${
        i === 2 ? `\n<ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>` : ''
      }`,
  )
  .join('\n')}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">${zdHelp[0]}</h2><div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful" aria-pressed="false">${zdHelp[1]}</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful" aria-pressed="false">${zdHelp[2]}</button></div>
<small class="article-votes-count"><span class="article-vote-label">${zdHelp[3]}</span></small></div>
<div class="article-more-questions">${zdHelp[4]} <a href="/hc/en-gb/requests/new">${zdHelp[5]}</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>${zdRecent[0]}</h2><ul>${links([zdRecent[1] ?? ''])}</ul>
</section></div>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zdRel)}</ul></section></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Please sign in to leave a comment.</p></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">${zdFoot[0]}</a><ul>${links(zdFoot.slice(1))}</ul>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></footer>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/" target="_blank" rel="nofollow">Powered by Zendesk</a></div>
</body></html>`;
const voltline: TestPage = {
  html: zdHtml,
  name: 'heldout210-ev-charging-zendesk-help',
  kind: 'docs',
  // the service notice at the top of the article body is furniture (a platform alert, not the article); the sidebar's
  // "Articles in this section" repeats the title and is left out of the gold apart from its heading
  title: zdTitle,
  headings: zdH,
  body: texts([...zdIntro, ...zdP.flat().slice(0, 4), ...zdSteps, ...zdP.flat().slice(4)]),
  bylines: ['Aisha Gantt', 'Updated 26 February 2026 11:04'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...zdHead, 'Charging', 'Troubleshooting', 'Articles in this section', 'See more', 'Follow', zdNotice, 'Facebook', 'X Corp',
    'LinkedIn', ...zdHelp, 'Return to top', ...zdRecent, 'Related articles', ...zdRel, 'Comments', '0 comments', 'Please sign in to leave a comment.',
    ...zdFoot, 'English (GB)', 'Powered by Zendesk',
  ],
};

export const HELDOUT210_E: readonly TestPage[] = [voltline, bat];
