import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 156, file a2: a Slack Help Center article as saved (the marketing header with "Sign in", "Talk to sales"
 * and "Get started", the Help Center sub-navigation and search, breadcrumbs, the Desktop / iOS / Android tabs with the
 * mobile panels hidden, the "Who can use this feature?" sidebar box, a tip callout inside the article, "Was this article
 * helpful?" with its hidden follow-up form, the "Related articles" list, the cookie banner and the footer).
 */
const skTitle = 'Schedule a huddle reminder for a channel';
const skIntro = [
  'If your team meets in a huddle at the same time every week, you can have Slack post a reminder in the channel a few ' +
    'minutes before it starts. Members can join straight from the reminder, and anyone who can’t make it can leave a note ' +
    'for the others.',
];
const skH1 = 'Create a huddle reminder';
const skDesktop = [
  'Open the channel where the huddle takes place.',
  'Click the channel name in the conversation header, then select the <strong>Settings</strong> tab.',
  'Click <strong>Huddle reminders</strong>, then <strong>Add reminder</strong>.',
  'Choose the days and time of the huddle, and how many minutes before it the reminder should be posted.',
  'Click <strong>Save</strong>.',
];
const skHiddenIos = [
  'Open the channel and tap the channel name at the top of the screen.',
  'Tap <strong>Huddle reminders</strong>, then <strong>Add reminder</strong>, choose the schedule and tap <strong>Save</strong>.',
];
const skHiddenAndroid = [
  'Open the channel, tap the channel name, then tap <strong>Settings</strong>.',
  'Tap <strong>Huddle reminders</strong>, add a reminder, choose the schedule and tap <strong>Save</strong>.',
];
const skTip =
  '<strong>Tip:</strong> Reminders follow the time zone of the person who created them. If your channel spans several time ' +
  'zones, mention the time zone in the reminder note so nobody turns up an hour early.';
const skH2 = 'Edit or delete a reminder';
const skP2 = [
  'Anyone who can post in the channel can change a huddle reminder, unless a channel manager has limited this to channel ' +
    'managers only. To edit a reminder, open <strong>Huddle reminders</strong> from the channel settings and click the ' +
    'reminder you’d like to change. To remove it, click <strong>Delete reminder</strong>.',
  'Changes take effect from the next reminder. Reminders that have already been posted stay in the channel history.',
];
const skH3 = 'Skip a week';
const skP3 = [
  'Holidays happen. When a reminder is posted, members with permission to edit it will see a <strong>Skip next</strong> ' +
    'option in the message menu. Skipping only affects the next reminder; the schedule continues as normal afterwards.',
  'If the channel is quiet for a longer stretch, such as a shutdown at the end of the year, pause the reminder instead. ' +
    'Paused reminders keep their schedule and notes, and you can resume them from the channel settings at any time.',
];
const skH4 = 'Notes for admins';
const skList = [
  'Workspace owners and admins can turn off huddle reminders for the whole workspace from the <strong>Settings and ' +
    'permissions</strong> page in their admin dashboard.',
  'On Enterprise plans, org owners can set a policy that applies to every workspace in the org.',
  'Huddle reminders are not available in channels shared with external organizations.',
];
const skTop = ['Features', 'Solutions', 'Enterprise', 'Resources', 'Pricing'];
const skHelpNav = [
  'Getting Started',
  'Using Slack',
  'Your Profile & Preferences',
  'Connect Tools & Automate Tasks',
  'Workspace Administration',
  'Tutorials & Videos',
];
const skCrumbs = ['Help Center', 'Using Slack', 'Huddles'];
const skWho = ['Who can use this feature?', 'All members', 'Available on paid plans'];
const skRelated = ['Start or join a huddle', 'Use huddles in Slack', 'Set a reminder', 'Manage channel settings'];
const skProblems = ['Sorry about that! What was the problem?', 'The article was hard to understand', 'It didn’t answer my question'];
const skCookie =
  'When you visit or interact with our sites, services or tools, we or our authorised service providers may use cookies for ' +
  'storing information to help provide you with a better, faster and safer experience and for marketing purposes.';
const skFootCols: [string, string[]][] = [
  ['Product', ['Watch Demo', 'Pricing', 'Paid vs. Free', 'Accessibility', 'Featured Apps']],
  ['Why Slack?', ['Slack vs. Email', 'Enterprise', 'Small Business', 'Productivity']],
  ['Resources', ['Help Center', 'What’s New', 'Resources Library', 'Slack Blog', 'Community', 'Customer Stories']],
  ['Company', ['About Us', 'News', 'Media Kit', 'Brand Center', 'Careers', 'Swag Store']],
];
const skLegal = ['Privacy', 'Terms', 'Cookie Preferences', 'Your Privacy Choices'];
const skFootNames = skFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => !skTop.includes(t) && !skHelpNav.includes(t) && t !== 'Help Center');
const skLi = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const skHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${skTitle} | Slack</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Post a reminder before a recurring huddle.">
<meta property="og:title" content="${skTitle}"><meta property="og:site_name" content="Slack"><meta name="twitter:site" content="@SlackHQ">
<link rel="canonical" href="https://slack.com/help/articles/36120418851-${skTitle.replace(/ /g, '-')}">
<link rel="stylesheet" href="https://a.slack-edge.example/bv1-13/slack-help-center.6d2f1c4.min.css">
<script>var boot_data = { version_ts: '1763381210', feature_help_center_tabs: true, locale: 'en-US' };</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Help Center","item":"https://slack.com/help"},
{"@type":"ListItem","position":2,"name":"Using Slack","item":"https://slack.com/help/categories/200111606"}]}</script></head>
<body class="help-center article-page">
<div id="page" class="c-page"><header class="c-nav c-nav--expanded" data-qa="site-header" role="banner"><div class="c-nav__wrapper">
<a class="c-nav__logo" href="https://slack.com/"><span class="u-hidden--visually">Slack</span></a>
<nav class="c-nav--primary" aria-label="Main"><ul class="c-nav__list">${links(skTop, 'c-nav__list-item')}</ul></nav>
<div class="c-nav__cta"><a class="c-nav__link" href="https://slack.com/signin" data-qa="link_sign_in_nav">Sign in</a>
<a class="c-button v--secondary" href="https://slack.com/contact-sales">Talk to sales</a>
<a class="c-button v--primary" href="https://slack.com/get-started">Get started</a></div></div></header>
<div class="help-subnav"><a class="help-subnav__home" href="https://slack.com/help">Help Center</a><ul class="help-subnav__categories">
${links(skHelpNav, 'help-subnav__item')}</ul><form class="help-search" role="search" action="/help/search">
<label for="help_search" class="u-hidden--visually">Search Help Center</label><input id="help_search" name="q" type="search" placeholder="Search Help Center">
</form></div>
<main id="main" class="c-content" role="main"><div class="o-content-container"><ol class="breadcrumbs" aria-label="Breadcrumb">
${skCrumbs.map((t) => `<li class="breadcrumbs__item"><a href="/help/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ol>
<div class="article_layout"><article class="article_content" data-article-id="36120418851"><h1 class="article_title">${skTitle}</h1>
<div class="content">
<p>${skIntro[0]}</p>
<h2>${skH1}</h2>
<div class="tabs" data-tabs><ul class="tab_list" role="tablist"><li role="tab" class="tab selected" aria-selected="true">Desktop</li>
<li role="tab" class="tab" aria-selected="false">iOS</li><li role="tab" class="tab" aria-selected="false">Android</li></ul>
<div class="tab_pane selected" role="tabpanel"><ol>
${skLi(skDesktop)}
</ol></div>
<div class="tab_pane" role="tabpanel" aria-hidden="true" style="display: none"><ol>
${skLi(skHiddenIos)}
</ol></div>
<div class="tab_pane" role="tabpanel" aria-hidden="true" style="display: none"><ol>
${skLi(skHiddenAndroid)}
</ol></div></div>
<div class="callout callout_tip"><p>${skTip}</p></div>
<h2>${skH2}</h2>
<p>${skP2[0]}</p>
<p>${skP2[1]}</p>
<h2>${skH3}</h2>
<p>${skP3[0]}</p>
<p>${skP3[1]}</p>
<h2>${skH4}</h2>
<ul>
${skLi(skList)}
</ul>
</div>
<div class="article_feedback" data-qa="article-feedback"><h2 class="article_feedback__title">Was this article helpful?</h2>
<button class="c-button v--secondary" data-value="yes">Yes, thanks!</button><button class="c-button v--secondary" data-value="no">Not really</button>
<div class="article_feedback__form" hidden><p>${skProblems[0]}</p><label><input type="radio" name="reason"> ${skProblems[1]}</label>
<label><input type="radio" name="reason"> ${skProblems[2]}</label><button type="submit">Submit article feedback</button></div>
<p class="article_feedback__thanks" hidden>Thanks for your feedback!</p></div>
</article>
<aside class="article_sidebar"><div class="sidebar_box who-can-use"><h3 class="sidebar_box__title">${skWho[0]}</h3>
<ul class="sidebar_box__list"><li class="icon_person">${skWho[1]}</li><li class="icon_plans">${skWho[2]}</li></ul></div>
<div class="sidebar_box related-articles"><h3 class="sidebar_box__title">Related articles</h3><ul>${links(skRelated)}</ul></div></aside>
</div></div></main>
<footer class="c-footer" role="contentinfo"><div class="c-footer__columns">
${skFootCols.map(([h, l]) => `<div class="c-footer__column"><h4 class="c-footer__heading">${h}</h4><ul>${links(l, 'c-footer__item')}</ul></div>`).join('\n')}
</div><div class="c-footer__legal"><ul>${links(skLegal, 'c-footer__legal-item')}</ul>
<p class="c-footer__copyright">©2025 Slack Technologies, LLC, a Salesforce company. All rights reserved.</p></div></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${skCookie}</p>
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="https://a.slack-edge.example/bv1-13/help-center.8a1b2e7.min.js" defer></script></body></html>`;
export const slackPage: TestPage = {
  html: skHtml,
  name: 'heldout156-slack-help-center-docs',
  kind: 'docs',
  // only the visible Desktop tab's steps are body, the hidden iOS and Android panels are in neither list; the tab labels,
  // the "Who can use this feature?" box and the hidden feedback form are furniture, the tip callout is body
  title: skTitle,
  headings: [skH1, skH2, skH3, skH4],
  body: texts([...skIntro, ...skDesktop, skTip, ...skP2, ...skP3, ...skList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...skTop, 'Sign in', 'Talk to sales', 'Get started', 'Help Center', ...skHelpNav, 'Search Help Center',
    'Huddles', 'Desktop', 'iOS', 'Android', 'Was this article helpful?', 'Yes, thanks!', 'Not really', ...skProblems, 'Submit article feedback',
    'Thanks for your feedback!', ...skWho, 'Related articles', ...skRelated, ...skFootNames, ...skLegal,
    '©2025 Slack Technologies, LLC, a Salesforce company. All rights reserved.', skCookie, 'Cookie Settings', 'Accept All Cookies',
  ],
};
