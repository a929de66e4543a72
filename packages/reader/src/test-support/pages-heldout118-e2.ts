import { links, type TestPage, texts } from './page-kit.js';
import { oneTrust, oneTrustTexts } from './pages-heldout118-kit.js';

/**
 * Held-out batch 118, file e2: a Salesforce Help documentation article (help.salesforce.com articleView, an Experience
 * Cloud LWR page saved after rendering: the help header with nav, search and "Log In", the release and language pickers,
 * the doc tree, the breadcrumb, the DITA-generated article with its short description, the "Available in" edition table
 * and the "User Permissions Needed" table, steps with ph cmd spans, a note, sections with helpHead2 titles, the "Did this
 * article solve your issue?" box, the footer with the company address and legal links, and the OneTrust banner).
 */
const sfTitle = 'Set Up Quiet Hours for Case Notifications';
const sfShort =
  'Quiet hours stop email and in-app notifications about case updates from reaching agents outside their working hours. ' +
  'Notifications that arrive during quiet hours are held and delivered as a single summary when the agent’s working hours begin.';
const sfPerm = ['User Permissions Needed', 'To set up quiet hours:', 'Customize Application'];
const sfP1 = [
  'Quiet hours use the working hours and time zone on each agent’s user record. Agents without working hours receive notifications ' +
    'at any time, as before.',
];
const sfSteps = [
  'From Setup, in the Quick Find box, enter <kbd class="ph userinput">Case Notifications</kbd>, and then select ' +
    '<span class="ph uicontrol">Quiet Hours</span>.',
  'Click <span class="ph uicontrol">Enable Quiet Hours</span>.',
  'Select which notification types to hold. By default, new case assignments, case comments, and escalations are held.',
  'Optionally, select <span class="ph uicontrol">Always deliver critical cases</span> to let notifications about cases with ' +
    'Critical priority through at any time.',
  'Save your changes.',
];
const sfNote =
  'Quiet hours don’t apply to notifications sent by flows or Apex. To hold those notifications, check the recipient’s working ' +
  'hours in the flow before you send them.';
const sfH1 = 'How Held Notifications Are Delivered';
const sfP2 = [
  'When an agent’s working hours begin, held notifications are combined into one summary email and one in-app notification. The ' +
    'summary lists each case with its latest update, grouped by account. If more than 50 notifications are held, the summary shows ' +
    'the 50 most recent and links to a list view with the rest.',
  'Agents can see held notifications at any time from the notifications tray by selecting <span class="ph uicontrol">Show Held</span>.',
];
const sfH2 = 'Considerations';
const sfCons = [
  'Changes to an agent’s working hours take effect the next time quiet hours start.',
  'Quiet hours apply to email and in-app notifications. Mobile push notifications follow the device’s own settings.',
  'Holidays defined in business hours count as quiet hours for the whole day.',
  'Quiet hours aren’t available for Experience Cloud site users.',
];
const sfH3 = 'Try Quiet Hours with a Few Agents First';
const sfP3 = [
  'Before you turn on quiet hours for everyone, try them with a small group. Create a permission set that includes the ' +
    '<span class="ph uicontrol">Hold Case Notifications</span> permission, assign it to a few agents, and then select ' +
    '<span class="ph uicontrol">Apply only to users with the permission</span> in the Quiet Hours settings.',
  'Ask those agents to check the summary they receive at the start of their next shift. When you’re happy with the results, ' +
    'clear the option so that quiet hours apply to all agents who have working hours.',
];
const sfNav = ['Help', 'Docs', 'Knowledge', 'Support', 'Trailhead', 'Trailblazer Community'];
const sfPick = ['Release: Winter ’26', 'Language: English'];
const sfTree = ['Service Cloud', 'Cases', 'Case Settings', 'Case Notifications', 'Notify Agents About Case Updates', 'Customize Case Notification Templates'];
const sfCrumbs = ['Salesforce Help', 'Docs', 'Service Cloud', 'Cases'];
const sfFeedback = ['Did this article solve your issue?', 'Let us know so we can improve!', 'Share your feedback'];
const sfFoot = ['Legal', 'Terms of Service', 'Privacy Information', 'Responsible Disclosure', 'Trust', 'Contact', 'Cookie Preferences', 'Your Privacy Choices'];
const sfCopy = [
  '© Copyright 2025 Salesforce, Inc. All rights reserved. Various trademarks held by their respective owners.',
  'Salesforce, Inc. Harbour Point Tower, 200 Pier Street, 12th Floor, Oakwater, CA 94999, United States',
];
const sfOt = {
  policy:
    'We use cookies to personalize your experience, measure how our sites perform, and show you relevant content. Select “Accept ' +
    'All Cookies” to agree, or manage your choices in Cookie Settings.',
  policyLink: 'Cookie Statement',
  settings: 'Cookie Settings',
  reject: 'Reject All',
  accept: 'Accept All Cookies',
};
const sfHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Set Up Quiet Hours for Case Notifications</title><meta name="description" content="${sfShort}">
<meta property="og:title" content="${sfTitle}"><meta property="og:site_name" content="Salesforce Help">
<link rel="canonical" href="https://help.salesforce.com/s/articleView?id=service.case_notifications_quiet_hours.htm&amp;type=5">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="a9d5f5a3-4a1b-44c0-9e0c-3e1c2f5b7d10" type="text/javascript"></script>
<link rel="stylesheet" href="/webruntime/framework/styles/slds.min.css"><script type="module" src="/webruntime/framework/bootstrap.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${sfTitle}","inLanguage":"en-US",
"publisher":{"@type":"Organization","name":"Salesforce"}}</script></head>
<body><webruntime-app><community_layout-slds-flexible-layout><div class="cHcLayout">
<a class="slds-assistive-text slds-assistive-text_focus skip-link" href="#main">Skip to Main Content</a>
<c-hc-header><header class="hc-header slds-grid slds-grid_vertical-align-center" role="banner"><a class="hc-header__logo" href="/s/"><img
src="/img/salesforce-cloud-logo.svg" alt="Salesforce"><span class="hc-header__title">Salesforce Help</span></a><nav class="hc-header__nav"
aria-label="Global"><ul class="slds-list_horizontal">${links(sfNav, 'hc-header__nav-item')}</ul></nav><c-hc-search class="hc-header__search"><div
class="slds-form-element"><label class="slds-assistive-text" for="hc-search-input">Search</label><input id="hc-search-input" type="search"
class="slds-input" placeholder="Search Help"></div></c-hc-search><a class="slds-button slds-button_brand hc-header__login" href="/s/login">Log In</a>
</header></c-hc-header>
<main id="main" class="hc-main slds-grid"><c-hc-doc-tree class="hc-doc-tree slds-col slds-size_3-of-12"><nav aria-label="Documentation"><div
class="hc-doc-tree__title">Contents</div><ul class="slds-tree" role="tree">
${sfTree
  .map(
    (t, i) =>
      `<li role="treeitem" aria-level="${Math.min(i + 1, 4)}" class="slds-tree__item"><a href="/s/articleView?id=service.${i}.htm&amp;type=5">${t}</a></li>`,
  )
  .join('\n')}
<li role="treeitem" aria-level="5" aria-selected="true" class="slds-tree__item slds-is-selected"><a href="#">${sfTitle}</a></li></ul></nav></c-hc-doc-tree>
<div class="hc-article slds-col slds-size_9-of-12"><c-hc-breadcrumbs><nav aria-label="Breadcrumbs" role="navigation"><ol class="slds-breadcrumb
slds-list_horizontal slds-wrap">${sfCrumbs
  .map(
    (t) => `<li class="slds-breadcrumb__item"><a href="/s/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}
</ol></nav></c-hc-breadcrumbs><div class="hc-article__toolbar slds-grid"><button class="slds-button hc-picker" type="button">${sfPick[0]}</button><button
class="slds-button hc-picker" type="button">${sfPick[1]}</button><button class="slds-button slds-button_icon" title="Print"><span
class="slds-assistive-text">Print</span></button><button class="slds-button slds-button_icon" title="Copy link"><span class="slds-assistive-text">Copy
link</span></button></div>
<c-hc-doc-article><div id="content" class="content"><div class="body conbody"><h1 class="helpHead1">${sfTitle}</h1>
<div class="shortdesc">${sfShort}</div>
<div class="data colSort"><table class="featureTable sort_table" summary=""><tbody><tr><td class="entry" style="vertical-align:top;">
<div class="p">Available in: <span class="ph">Lightning Experience</span></div><div class="p">Available in: <strong class="ph b">Enterprise</strong>,
<strong class="ph b">Unlimited</strong>, and <strong class="ph b">Developer</strong> Editions</div></td></tr></tbody></table>
<table class="permTable sort_table" summary=""><thead class="thead" style="text-align:left;"><tr><th class="featureTableHeader" colspan="2">${sfPerm[0]}</th>
</tr>
</thead><tbody class="tbody"><tr><td class="entry" style="vertical-align:top;">${sfPerm[1]}</td><td class="entry" style="vertical-align:top;">${sfPerm[2]}</td>
</tr></tbody></table></div>
${sfP1.map((p) => `<p class="p">${p}</p>`).join('\n')}
<ol class="ol steps">${sfSteps.map((t) => `<li class="li step stepexpand"><span class="ph cmd">${t}</span></li>`).join('\n')}</ol>
<div class="note note"><span class="notetitle">Note</span> ${sfNote}</div>
<div class="section"><h2 class="helpHead2 sectiontitle">${sfH1}</h2>
${sfP2.map((p) => `<p class="p">${p}</p>`).join('\n')}</div>
<div class="section"><h2 class="helpHead2 sectiontitle">${sfH2}</h2>
<ul class="ul">${sfCons.map((t) => `<li class="li">${t}</li>`).join('\n')}</ul></div>
<div class="section"><h2 class="helpHead2 sectiontitle">${sfH3}</h2>
${sfP3.map((p) => `<p class="p">${p}</p>`).join('\n')}</div></div></div></c-hc-doc-article>
<c-hc-article-feedback><div class="hc-feedback slds-box"><h2 class="slds-text-heading_small">${sfFeedback[0]}</h2><p>${sfFeedback[1]}</p>
<button class="slds-button slds-button_neutral" type="button">${sfFeedback[2]}</button></div></c-hc-article-feedback></div></main>
<c-hc-footer><footer class="hc-footer" role="contentinfo"><div class="hc-footer__inner"><p class="hc-footer__copyright">${sfCopy[0]}</p>
<p class="hc-footer__address">${sfCopy[1]}</p><ul class="hc-footer__links slds-list_horizontal">${links(sfFoot, 'hc-footer__link')}</ul></div></footer>
</c-hc-footer></div></community_layout-slds-flexible-layout></webruntime-app>
${oneTrust(sfOt)}</body></html>`;

export const salesforceArticle: TestPage = {
  html: sfHtml,
  name: 'heldout118-salesforce-help-docs',
  kind: 'docs',
  // the short description is body; the "Available in" edition table and the "User Permissions Needed" table are in
  // neither list (like availability boxes elsewhere in this batch); the note's text is body, its "Note" label in
  // neither list; the doc-tree entry that repeats the title is left out
  title: sfTitle,
  headings: [sfH1, sfH2, sfH3],
  body: texts([sfShort, ...sfP1, ...sfSteps, sfNote, ...sfP2, ...sfCons, ...sfP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Salesforce Help', ...sfNav, 'Search', 'Log In', 'Contents', ...sfTree, ...sfPick, 'Print', 'Copy link', ...sfFeedback,
    ...sfCopy, ...sfFoot, ...oneTrustTexts(sfOt),
  ],
};
