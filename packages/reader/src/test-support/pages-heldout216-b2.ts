import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file b2: a Strava support article on the Zendesk Help Center (Copenhagen-based theme: the header with
 * "Submit a request" and "Sign in", the search box, breadcrumbs, the article with author avatar, "Updated" time and "Follow",
 * a note callout at the top of the text, numbered steps with an image, "Was this article helpful?" votes, "Return to top",
 * "Related articles", "Articles in this section", "Have more questions?", the OneTrust banner and the footer).
 */
const title = 'Why does my Relative Effort look different from my heart rate zones?';
const note = 'Note: Relative Effort needs heart rate data or Perceived Exertion. Activities without either will not show a score.';
const intro = paras(`
Relative Effort measures how much cardiovascular work went into an activity. It is calculated from the time you spend in each of
your heart rate zones, with time in higher zones counting for more. Because the score weighs the zones differently, two
activities with a similar average heart rate can have quite different Relative Effort.

This article explains the most common reasons the score may not match what you expect and how to check your settings.
`);
const h1 = 'Check your maximum heart rate';
const p1 = paras(`
Your zones are based on your maximum heart rate. If you have never entered one, we estimate it from your age, and for many
athletes the estimate is too low or too high. A maximum that is set too low puts more of your time in the top zones and
inflates your scores.
`);
const steps = [
  'On the website, hover over your profile picture in the upper right corner and select Settings.',
  'Select My Performance in the left-hand menu.',
  'Under Heart Rate Zones, select Edit and enter your maximum heart rate.',
  'Save your changes. Your zones update for activities you upload from now on.',
] as const;
const p2 = paras(`
Changing your maximum heart rate does not recalculate Relative Effort for activities you have already uploaded. If you would like
an older activity updated, open it, select the three dots menu and choose Refresh Activity Achievements.
`);
const h2 = 'Gaps and spikes in heart rate data';
const p3 = paras(`
Wrist-based sensors sometimes lock on to your cadence instead of your pulse, particularly in cold weather or during intervals.
This shows up as a sudden jump to a steady, very high value. Chest straps are less affected. If you see a spike like this on
your activity’s analysis page, the Relative Effort for that activity will be higher than your effort really was.
`);
const h3 = 'Activities without heart rate';
const p4 = paras(`
If an activity has no heart rate data, you can add Perceived Exertion on the activity’s edit page and turn on the option to use
it for Relative Effort. The score is then estimated from the exertion you choose and the duration of the activity.
`);
const topNav = ['Strava.com', 'Community Hub', 'Submit a request', 'Sign in'] as const;
const crumbs = ['Strava Support', 'Features', 'Fitness and Performance'] as const;
const imgCap = 'The Heart Rate Zones section in My Performance settings';
const related = ['Relative Effort', 'Heart Rate Zones', 'Perceived Exertion', 'Fitness and Freshness'] as const;
const section = ['Relative Effort', 'Fitness and Freshness', 'Training Log', 'Progress Summary Chart', 'See more'] as const;
const foot = ['Strava', 'Terms of Service', 'Privacy Policy', 'Subscription Terms', 'Cookie Policy', 'Careers', 'Press'] as const;
const cookie = 'Strava uses cookies and similar technologies to improve your experience, analyse use and personalise content.';
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${title} – Strava Support</title>
<meta name="csrf-param" content="authenticity_token"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://support.strava.com/hc/en-us/articles/26741305229581">
<meta name="description" content="Relative Effort measures how much cardiovascular work went into an activity.">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-2f1e0c.css" media="all">
<link rel="stylesheet" href="//theming.zdassets.example/theming_assets/strava/style.css?digest=1740123" media="all">
<script src="//static.zdassets.example/hc/assets/en-us.6f3e.js"></script>
<script>window.HelpCenter={"account":{"subdomain":"strava"},"user":{"role":"anonymous"},"internal":{"current_article_id":26741305229581}};</script>
</head><body>
<a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theming.zdassets.example/strava/logo.svg" alt="Help Center home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
${links(topNav, '')}</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container" id="main-content"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(crumbs)}</ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-us/search"><input type="search" name="query"
placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<ul>${links(section, 'sidenav-item')}</ul></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${title}" class="article-title">${title}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//strava.zendesk.example/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span>Strava Support</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-10-14T16:20:03Z"
title="2026-10-14 16:20" data-datetime="relative">Updated</time> 1 month ago</li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<div class="callout callout--note"><p>${note}</p></div>
${ps(intro)}
<h2 id="h_01JA1">${h1}</h2>
${ps(p1)}
<ol>${lis(steps)}</ol>
<p class="wysiwyg-text-align-center"><img src="https://support.strava.com/hc/article_attachments/2674.png" alt="${imgCap}"></p>
<p class="image-caption"><em>${imgCap}</em></p>
${ps(p2)}
<h2 id="h_01JA2">${h2}</h2>
${ps(p3)}
<h2 id="h_01JA3">${h3}</h2>
${ps(p4)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><a href="#" class="share-facebook" title="Facebook">Facebook</a>
<a href="#" class="share-twitter" title="X Corp">X Corp</a><a href="#" class="share-linkedin" title="LinkedIn">LinkedIn</a></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">342 out of 1,108 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></div></footer>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(related, '')}</ul></section>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><ul class="footer-links">${links(foot, 'footer-link')}</ul>
<p class="footer-copyright">© 2026 Strava</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="alertdialog" aria-describedby="onetrust-policy-text">
<p id="onetrust-policy-text">${cookie}</p><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="//static.zdassets.example/hc/assets/hc_enduser-8e2d.js" defer></script></body></html>`;

export const strava: TestPage = {
  html,
  name: 'heldout216-strava-support-article',
  kind: 'docs',
  // the note callout at the top of the article body is part of the article (body); the image caption is furniture; the
  // "Strava Support" author label and "Updated 1 month ago" are bylines
  title,
  headings: [h1, h2, h3],
  body: [note, ...texts(intro), ...texts(p1), ...steps, ...texts(p2), ...texts(p3), ...texts(p4)],
  bylines: ['Strava Support', 'Updated 1 month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...topNav, ...crumbs.slice(1), 'Articles in this section', ...section.filter((s) => s !== 'Relative Effort'), 'Follow',
    imgCap, 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', 'No', '342 out of 1,108 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', 'Heart Rate Zones', 'Perceived Exertion', ...foot.slice(1), '© 2026 Strava',
    cookie, 'Reject All', 'Accept All Cookies', 'Cookie Settings',
  ],
};
