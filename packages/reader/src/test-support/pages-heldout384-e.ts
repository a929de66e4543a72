import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file e: a Slack App Directory app page (the c- and p- BEM classes of slack.com: directory header with
 * search and workspace menu, breadcrumb, p-app_header with developer and "Add to Slack", the Description / Features /
 * Security &amp; Compliance tabs, the short description with a bulleted list, the side panel with categories, pricing,
 * supported languages and links, "Related apps" and the slack.com footer). A page whose main text is short.
 */
const kTitle = 'Standup Finch';
const kBody = [
  j(
    "Standup Finch runs your team's daily standup in Slack, so nobody has to find a time that suits four time zones. At the hour you",
    'choose, each person gets a direct message with three short questions. Their answers are collected into a single thread in the',
    'team channel, and anyone who is away or on leave is skipped automatically.',
  ),
  'With Standup Finch you can:',
  'Ask your own questions, or start from templates for engineering, support and design teams',
  "Send the questions in each person's local time zone and working days",
  'Flag blockers with a single emoji, which alerts the team lead in a separate message',
  'Read a weekly digest of who was blocked, for how long, and what unblocked them',
  j(
    "Finch stores answers for 90 days by default and can be set to delete them after one week. Admins can export a team's",
    'history at any time from the app home tab.',
  ),
];
const kTabs = ['Description', 'Features', 'Security & Compliance'];
const kRelated = ['Retro Heron', 'Pollwren', 'Lunchbell'];
const kFoot = ['Product', 'Why Slack?', 'Enterprise', 'Pricing', 'Resources', 'Company', 'Privacy', 'Terms', 'Cookie Preferences', 'Contact Us'];
const kHtml = `<!DOCTYPE html><html lang="en-US" class=""><head><meta charset="utf-8">
<title>Standup Finch | Slack App Directory</title><meta name="description" content="Asynchronous daily standups with blockers and weekly digests.">
<meta property="og:title" content="Standup Finch | Slack App Directory"><meta property="og:site_name" content="Slack">
<link rel="canonical" href="https://slack.com/apps/A03KX4Q2RT7-standup-finch">
<script type="text/javascript">var boot_data = {"version_uid":"a91e2d","app_id":"A03KX4Q2RT7","feature_app_directory_v2":true};</script>
<link href="https://a.slack-edge.example/bv1-13/slack-app-directory.css" rel="stylesheet"></head>
<body class="p-app_directory_page"><div id="page"><header class="c-app_directory_header"><a class="c-app_directory_header__logo" href="/apps">App
Directory</a><form class="c-app_directory_search"><input class="c-input_text" type="text" placeholder="Search App Directory"></form>
<nav class="c-app_directory_header__nav"><a href="/apps/category/At0EFWTR6D-featured">Browse</a><a href="/apps/manage">Manage</a>
<a href="https://api.slack.example/apps">Build</a><a class="c-app_directory_header__team" href="/signin">Sign in to your workspace</a></nav></header>
<div class="p-app_directory_breadcrumb"><a href="/apps">App Directory</a> <span>›</span> <a href="/apps/category/At0MQP5BEF-productivity">Productivity</a>
<span>›</span> <span>${kTitle}</span></div>
<main class="p-app_page"><div class="p-app_header"><img class="p-app_header__icon" src="https://avatars.slack-edge.example/2024-05-02/finch_512.png" alt="">
<div class="p-app_header__info"><h1 class="p-app_header__name">${kTitle}</h1>
<div class="p-app_header__developer">Built by <a href="https://finchhq.example">Finch HQ</a></div>
<span class="c-pill c-pill--slack_approved">Slack Marketplace Approved</span></div>
<div class="p-app_header__actions"><a class="c-button c-button--primary" href="/oauth/v2/authorize?client_id=3321">Add to Slack</a>
<a class="c-link p-app_header__learn" href="https://finchhq.example">Learn more</a></div></div>
<div class="c-tabs p-app_tabs" role="tablist">${kTabs
  .map(
    (t, i) => `<button class="c-tabs__tab${i === 0 ? ' c-tabs__tab--active' : ''}"
role="tab">${t.replace('&', '&amp;')}</button>`,
  )
  .join('')}</div>
<div class="p-app_page__body"><div class="p-app_description"><div class="p-app_description__content c-rich_text">
${ps(kBody.slice(0, 2))}
<ul>${kBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(kBody.slice(6))}
</div><div class="p-app_screenshots"><img src="https://slack-files.example/finch/shot1.png" alt="">
<p class="p-app_screenshots__caption">The standup thread with two blockers flagged</p></div></div>
<aside class="p-app_sidebar"><div class="p-app_sidebar__section"><h4>Categories</h4><a href="/apps/category/productivity">Productivity</a>
<a href="/apps/category/project-management">Project Management</a></div>
<div class="p-app_sidebar__section"><h4>Pricing</h4><p>Free to try, paid plans available</p></div>
<div class="p-app_sidebar__section"><h4>Supported languages</h4><p>English, Japanese, Portuguese</p></div>
<div class="p-app_sidebar__section"><h4>Links</h4><ul>${links(['Website', 'Support', 'Privacy policy'])}</ul></div>
<div class="p-app_sidebar__section p-app_sidebar__disclaimer"><p>Standup Finch is not developed or endorsed by Slack.</p>
<a href="/help/articles/report-app">Report this app</a></div></aside></div>
<section class="p-related_apps"><h3 class="p-related_apps__title">Related apps</h3><ul>${links(kRelated, 'c-app_card')}</ul></section></main>
<footer class="c-footer"><ul class="c-footer__list">${links(kFoot)}</ul><p class="c-footer__copyright">©2026 Slack Technologies, LLC, a Salesforce company.
All rights reserved.</p></footer></div>
<div id="onetrust-banner-sdk" role="dialog"><p id="onetrust-policy-text">We use cookies to improve your experience, personalise content and measure our
ads.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="https://a.slack-edge.example/bv1-13/app-directory.js" defer></script></body></html>`;
export const slackApp: TestPage = {
  name: 'heldout384-slack-app-directory',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kBody),
  bylines: ['Built by Finch HQ'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'App Directory', 'Browse', 'Manage', 'Build', 'Sign in to your workspace', 'Productivity', 'Slack Marketplace Approved', 'Add to Slack', 'Learn more',
    ...kTabs, 'The standup thread with two blockers flagged', 'Categories', 'Project Management', 'Pricing', 'Free to try, paid plans available',
    'Supported languages', 'English, Japanese, Portuguese', 'Links', 'Website', 'Support', 'Privacy policy',
    'Standup Finch is not developed or endorsed by Slack.', 'Report this app', 'Related apps', ...kRelated, ...kFoot,
    '©2026 Slack Technologies, LLC, a Salesforce company. All rights reserved.',
    'We use cookies to improve your experience, personalise content and measure our ads.', 'Accept All Cookies', 'Cookie Settings',
  ],
};
