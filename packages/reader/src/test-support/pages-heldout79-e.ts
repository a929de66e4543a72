import { links, ps, type TestPage, texts } from './page-kit.js';
import { pythonModule } from './pages-heldout79-e2.js';

/**
 * Held-out batch 79, file e: a Slack Help Center article with plan availability notes (the cookie banner, the slack.com global
 * header, the help centre bar with its search and categories, breadcrumbs, the "Who can use this feature?" box under the title,
 * Desktop / iOS / Android tabs, "Note:" lines with plan notes inside the text, the "Was this article helpful?" box with its
 * hidden follow-up, "Related articles", and the footer with the region picker); and (file e2) a Python documentation page.
 */
const skTitle = 'Mute a channel during focus hours';
const skIntro = [
  'If a busy channel pulls you away from your work, you can set it to stay quiet during your focus hours. Messages still arrive ' +
    'and the channel still appears in your sidebar, but you won’t get notifications from it until your focus hours end.',
  'When your focus hours are over, quiet channels behave like any other channel again. Anything posted while they were quiet is ' +
    'marked as unread, so you can catch up at your own pace.',
];
const skWho = ['Who can use this feature?', 'All members', 'Available on all plans'];
const skSet = [
  'Open the channel you’d like to quiet.',
  'Click the channel name in the conversation header.',
  'Select <strong>Notifications</strong>, then choose <strong>Quiet during focus hours</strong>.',
  'Click <strong>Save</strong>.',
];
const skSetMobile = [
  'Open the channel and tap the channel name at the top of your screen.',
  'Tap <strong>Notifications</strong>, then toggle on <strong>Quiet during focus hours</strong>.',
];
const skNote1 =
  '<strong>Note:</strong> On the free plan, you can quiet up to three channels at a time. On paid plans, you can quiet as many ' + 'channels as you like.';
const skHours = [
  'Your focus hours are set in your preferences and apply to every quiet channel. To change them, click your profile picture, ' +
    'select <strong>Preferences</strong>, then <strong>Notifications</strong>, and edit the times under <strong>Focus hours</strong>.',
  'Mentions of you and of your user groups still come through during focus hours, so that a colleague who needs you urgently can ' +
    'reach you. If you’d rather not get those either, pause notifications instead.',
];
const skNote2 =
  '<strong>Note:</strong> On the Enterprise Grid plan, Org Owners and Admins can set default focus hours for everyone in the ' +
  'organization. Members can still change their own hours unless the default is locked.';
const skAdmin = [
  'Workspace Owners and Admins can see how many members have quieted a channel from the channel’s <strong>Insights</strong> tab. ' +
    'They can’t see which members quieted it.',
  'Quieting a channel doesn’t affect anyone else. Other members of the channel get their notifications as usual, and the people ' +
    'who post in the channel can’t tell that you’ve quieted it.',
];
const skH = ['Quiet a channel', 'Change your focus hours', 'What Owners and Admins can see'];
const skNav = ['Features', 'Solutions', 'Enterprise', 'Resources', 'Pricing', 'Sign in', 'Talk to sales', 'Get started'];
const skCats = ['Getting Started', 'Using Slack', 'Your Profile & Preferences', 'Connecting Apps', 'Administration', 'Tutorials'];
const skCrumbs = ['Help Center', 'Using Slack', 'Notifications'];
const skTabs = ['Desktop', 'iOS', 'Android'];
const skRelated = ['Pause notifications in Slack', 'Configure your Slack notifications', 'Set your focus hours'];
const skFootCols: [string, string[]][] = [
  ['Product', ['Watch Demo', 'Pricing', 'Paid vs. Free', 'Accessibility', 'Featured Releases', 'Changelog', 'Status']],
  ['Company', ['About Us', 'News', 'Media Kit', 'Brand Center', 'Careers', 'Slack Shop', 'Engineering Blog', 'Design Blog', 'Contact Us']],
];
const skLegal = ['Privacy', 'Terms', 'Cookie Preferences', 'Your Privacy Choices'];
const skCopy = '©2025 Slack Technologies, LLC, a Salesforce company. All rights reserved. Various trademarks held by their respective owners.';
const skRegion = 'Selecting a different region will change the language and content of slack.com.';
const skCookie =
  'We use cookies to give you a better experience, analyse site traffic and show you relevant content. By clicking “Accept all ' +
  'cookies”, you agree to the storing of cookies on your device.';
const skFeedback = ['Was this article helpful?', 'Yes, thanks!', 'Not really', 'Sorry about that! What did you find most unhelpful?'];
const ol = (a: readonly string[]): string => `<ol>${a.map((t) => `<li>${t}</li>`).join('\n')}</ol>`;
const skHtml = `<!DOCTYPE html><html lang="en-GB" class="no_js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${skTitle} | Slack</title><meta name="description" content="${texts(skIntro)[0]}"><meta name="robots" content="index, follow">
<meta property="og:type" content="website"><meta property="og:site_name" content="Slack"><meta property="og:title" content="${skTitle}">
<link rel="canonical" href="https://slack.com/intl/en-gb/help/articles/36006181240327-Mute-a-channel-during-focus-hours">
<link href="https://a.slack-edge.com/bv1-13/helpcenter.c6f2b8a.min.css" rel="stylesheet" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${skTitle}",
"publisher":{"@type":"Organization","name":"Slack"}}
</script><script>window.TS = window.TS || {}; TS.boot_data = {"version_ts":1733421125,"locale":"en-GB","help_center":true};</script></head>
<body class="help-center article-page"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${skCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject all cookies</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div>
<header class="c-nav c-nav--expanded" data-qa="global-header"><div class="c-nav__wrapper"><a class="c-slacklogo" href="/intl/en-gb/" data-qa="logo"
aria-label="Slack homepage"></a><nav class="c-nav--main" aria-label="Main"><ul class="c-nav__list">${links(skNav.slice(0, 5), 'c-nav__list__item')}</ul></nav>
<ul class="c-nav__list c-nav__list--secondary">${links(skNav.slice(5), 'c-nav__list__item')}</ul></div></header>
<div class="c-help-header"><div class="c-help-header__inner"><a href="/intl/en-gb/help" class="c-help-header__title">Help Center</a>
<form class="c-help-search" action="/intl/en-gb/help/search" role="search"><input type="search" name="q" placeholder="How can we help?"
aria-label="Search the Help Center">
</form><nav class="c-help-categories" aria-label="Help categories"><ul>${links(skCats)}</ul></nav></div></div>
<main id="page_contents" class="article-page__main"><div class="breadcrumbs" data-qa="breadcrumbs">${skCrumbs
  .map(
    (t) => `<a href="/intl/en-gb/help/${t.length}"
class="breadcrumb">${t}</a>`,
  )
  .join(' <span class="breadcrumb-separator">›</span> ')}</div>
<div class="article-content" itemscope itemtype="http://schema.org/Article"><h1 itemprop="name">${skTitle}</h1>
<div class="article-availability c-availability" data-qa="feature-availability"><h2 class="c-availability__title">${skWho[0]}</h2><ul
class="c-availability__list">
<li class="c-availability__item c-availability__item--members">${skWho[1]}</li><li
class="c-availability__item c-availability__item--plans">${skWho[2]}</li></ul></div>
<div class="content" itemprop="articleBody">${ps(skIntro)}
<h2 id="quiet">${skH[0]}</h2><div class="tabs" data-qa="platform-tabs"><ul class="tab-list" role="tablist">${skTabs
  .map(
    (t, i) => `<li role="tab"
aria-selected="${i === 0}" class="tab${i === 0 ? ' tab--active' : ''}">${t}</li>`,
  )
  .join('')}</ul>
<div class="tab-panel" role="tabpanel" data-tab="desktop">${ol(skSet)}</div>
<div class="tab-panel tab-panel--hidden" role="tabpanel" data-tab="ios" hidden>${ol(skSetMobile)}</div>
<div class="tab-panel tab-panel--hidden" role="tabpanel" data-tab="android" hidden><ol><li>Open the channel and tap the channel name at the top of your
screen.</li>
<li>Tap <strong>Notifications</strong>, then toggle on <strong>Quiet during focus hours</strong>.</li></ol></div></div>
<p>${skNote1}</p>
<h2 id="hours">${skH[1]}</h2>${ps(skHours)}
<p>${skNote2}</p>
<h2 id="admins">${skH[2]}</h2>${ps(skAdmin)}</div>
<div class="article-feedback" data-qa="article-feedback"><p class="article-feedback__question">${skFeedback[0]}</p><button class="btn btn_outline"
data-qa="helpful-yes">${skFeedback[1]}</button><button class="btn btn_outline" data-qa="helpful-no">${skFeedback[2]}</button>
<div class="article-feedback__followup" hidden><p>${skFeedback[3]}</p></div></div></div>
<aside class="article-related"><h2>Related articles</h2><ul>${links(skRelated)}</ul></aside></main>
<footer class="c-footer" data-qa="footer"><div class="c-footer__columns">${skFootCols
  .map(
    ([h, l]) => `<div class="c-footer__column"><h2 class="c-footer__heading">${h}</h2>
<ul>${links(l)}</ul></div>`,
  )
  .join('\n')}</div><div class="c-footer__bottom"><ul class="c-footer__legal">${links(skLegal)}</ul>
<div class="c-region-picker"><button type="button" class="c-region-picker__button">Change region</button><p class="c-region-picker__help">${skRegion}</p>
<select aria-label="Change region"><option>United Kingdom (English)</option><option>United States (English)</option><option>Deutschland
(Deutsch)</option></select></div>
<p class="c-footer__copyright">${skCopy}</p></div></footer>
<script src="https://a.slack-edge.com/bv1-13/helpcenter.3f9a1c7.min.js" crossorigin="anonymous"></script></body></html>`;
const slack: TestPage = {
  html: skHtml,
  name: 'heldout79-slack-help-article',
  kind: 'docs',
  // the "Who can use this feature?" box under the title is furniture; the "Note:" lines with plan notes are body; the platform
  // tab labels are furniture; the iOS and Android tab panels are hidden copies of the mobile steps: the iOS panel's steps are
  // body, the Android panel (the same texts) is in neither list
  title: skTitle,
  headings: skH,
  body: [...texts(skIntro), ...texts(skSet), ...texts(skSetMobile), ...texts([skNote1]), ...texts(skHours), ...texts([skNote2]), ...texts(skAdmin)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    skCookie, 'Cookie Settings', 'Reject all cookies', 'Accept all cookies', ...skNav, 'Help Center', ...skCats, ...skWho,
    ...skTabs, ...skFeedback, 'Related articles', ...skRelated, ...skFootCols.flatMap(([h, l]) => [h, ...l]), ...skLegal, 'Change region', skRegion,
    'United Kingdom (English)', 'United States (English)', 'Deutschland (Deutsch)', skCopy,
  ],
};

export const HELDOUT79_E: readonly TestPage[] = [slack, pythonModule];
