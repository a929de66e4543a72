import { type TestPage, texts } from './page-kit.js';
import { shopifyHelp } from './pages-heldout138-e2.js';

/**
 * Held-out batch 138, file e: a Salesforce Help article on help.salesforce.com as the Experience Cloud site saves it
 * (the global header with search and "Log In", the product tabs, breadcrumbs, the documentation tree with hidden "Loading"
 * spinner texts, the DITA topic with short description, editions and permissions tables, numbered steps, a note with its
 * title span, the "Did this article solve your issue?" box, "Share your feedback", the footer and the consent banner) and,
 * from file e2, a Shopify Help Center article.
 */
const sfTitle = 'Set Up Stage Reminders for Opportunities';
const sfShort =
  'Remind opportunity owners to follow up when a deal stays in the same stage longer than you expect. Stage reminders create a ' +
  'task for the owner and, if you choose, notify the owner’s manager.';
const sfP1 = [
  'Each reminder rule applies to one sales process and one stage. When an opportunity has been in that stage for the number of ' +
    'days you set, Salesforce creates a task assigned to the opportunity owner with the subject you choose. Reminders are checked ' +
    'once a day, so a task can appear up to 24 hours after the threshold passes.',
  'Before you start, decide how long a healthy deal usually spends in each stage. Many teams take the median from the ' +
    'Opportunity Stage Duration report and add a week.',
];
const sfH1 = 'Turn On Stage Reminders';
const sfSteps1 = [
  'From Setup, in the Quick Find box, enter <kbd class="ph userinput">Opportunity Settings</kbd>, and then select ' +
    '<span class="ph uicontrol">Opportunity Settings</span>.',
  'Select <span class="ph uicontrol">Enable Stage Reminders</span>.',
  'Save your changes.',
];
const sfH2 = 'Create a Reminder Rule';
const sfSteps2 = [
  'From Setup, in the Object Manager, click <span class="ph uicontrol">Opportunity</span>, and then click ' +
    '<span class="ph uicontrol">Stage Reminder Rules</span>.',
  'Click <span class="ph uicontrol">New Rule</span>.',
  'Select the sales process and the stage that the rule applies to.',
  'In <span class="ph uicontrol">Days in Stage</span>, enter a number from 1 through 180.',
  'Enter the task subject and, optionally, a comment. You can include merge fields such as <code>{!Opportunity.Name}</code> in both.',
  'To notify the owner’s manager too, select <span class="ph uicontrol">Also Notify Manager</span>. The manager receives an in-app ' +
    'notification when the task is created, not a copy of the task.',
  'Save the rule.',
];
const sfNote =
  'Reminder rules don’t apply retroactively. An opportunity that’s already past the threshold when you save a rule gets its ' +
  'first reminder the next time the daily check runs, not one reminder for each day that it was late.';
const sfH3 = 'Considerations';
const sfList = [
  'Each sales process can have up to 10 active reminder rules.',
  'If an opportunity moves to a new stage and then back again, its days in stage start again from zero.',
  'The Closed Won and Closed Lost stages can’t have reminder rules.',
  'Tasks created by reminders count toward your org’s data storage like any other task.',
];
const sfEditions = ['Required Editions', 'Available in: Lightning Experience', 'Available in: Professional, Enterprise, Performance, and Unlimited Editions'];
const sfPerms = ['User Permissions Needed', 'To create and edit stage reminder rules:', 'Customize Application'];
const sfTabs = ['Home', 'Documentation', 'Known Issues', 'Trailhead', 'Trailblazer Community', 'Contact Support'];
const sfCrumbs = ['Salesforce Help', 'Docs', 'Sales Cloud', 'Opportunities'];
const sfTree = ['Opportunity Fields', 'Create Opportunities', 'Opportunity Stages', '@@', 'Opportunity Teams', 'Opportunity Splits'];
const sfTreeTop = ['Sales Cloud Basics', 'Accounts', 'Contacts', 'Leads'];
const sfTreeTail = ['Products and Price Books', 'Quotes', 'Forecasts'];
const sfVote = ['Did this article solve your issue?', 'Let us know so we can improve!', 'Yes', 'No', 'Share your feedback'];
const sfFoot = ['Privacy Information', 'Terms of Service', 'Legal', 'Use of Cookies', 'Trust', 'Accessibility', 'Cookie Preferences'];
const sfFoot2 = ['Your Privacy Choices', 'Responsible Disclosure', 'Contact'];
const sfCopy = '© Copyright 2025 Salesforce, Inc. All rights reserved. Various trademarks held by their respective owners.';
const sfCookie =
  'This site uses cookies and similar technologies for site operation, analytics, a better user experience and advertising. ' +
  'You can consent to their use or manage your own preferences.';
const sfLoading =
  '<div class="slds-spinner_container slds-hide">' +
  '<div role="status" class="slds-spinner slds-spinner_small"><span class="slds-assistive-text">Loading</span></div></div>';
const sfTreeLi = (items: readonly string[]): string =>
  items
    .map((t) =>
      t === '@@'
        ? `<li role="treeitem" aria-level="3" aria-selected="true" class="slds-is-selected"><div class="slds-tree__item"><a href="#"
tabindex="0">${sfTitle}</a></div></li>`
        : `<li role="treeitem" aria-level="3" aria-selected="false"><div class="slds-tree__item"><a href="/s/articleView?id=sales.${t.length}.htm&amp;type=5"
tabindex="-1">${t}</a></div></li>`,
    )
    .join('\n');
const sfTopLi = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li role="treeitem" aria-level="2" aria-expanded="false"><div class="slds-tree__item"><button class="slds-button slds-button_icon"
aria-hidden="true" tabindex="-1"></button><a href="#" tabindex="-1">${t}</a></div></li>`,
    )
    .join('\n');
const sfOl = (items: readonly string[]): string =>
  `<ol class="ol steps">${items.map((t) => `<li class="li step stepexpand"><span class="ph cmd">${t}</span></li>`).join('\n')}</ol>`;
const sfHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Set Up Stage Reminders for Opportunities</title><meta name="description" content="${sfShort}">
<link rel="canonical" href="https://help.salesforce.com/s/articleView?id=sales.opp_stage_reminders.htm&amp;type=5">
<meta property="og:title" content="${sfTitle}"><meta property="og:site_name" content="Salesforce">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${sfTitle}","inLanguage":"en-US",
"publisher":{"@type":"Organization","name":"Salesforce"}}</script>
<link rel="stylesheet" href="/s/sfsites/c/resource/HelpAssets/css/slds.min.css"><script src="/s/sfsites/l/%7B%22mode%22%3A%22PROD%22%7D/bootstrap.js"></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6a3b5f1e"></script></head>
<body class="comm-page-custom-articleview"><div class="siteforceThemeLayoutStarter"><div class="siteforceStarterBody">
<c-hs-global-header><header class="hs-header slds-grid slds-grid_vertical-align-center"><a class="hs-header__logo" href="/s/" aria-label="Salesforce Help home">
<img src="/s/sfsites/c/resource/HelpAssets/img/salesforce-logo.svg" alt="Salesforce"><span class="hs-header__title">Help</span></a>
<div class="hs-header__search" role="search"><label class="slds-assistive-text" for="hs-search">Search Help</label><input id="hs-search" type="search"
placeholder="Search Help" class="slds-input"></div><a class="slds-button slds-button_brand hs-header__login" href="/s/login">Log In</a></header>
<nav class="hs-tabs" aria-label="Help"><ul class="slds-tabs_default__nav">${sfTabs
  .map(
    (t) => `<li class="slds-tabs_default__item"><a
href="/s/${t.length}">${t}</a></li>`,
  )
  .join('')}
</ul></nav></c-hs-global-header>
<div class="contentRegion comm-layout-column"><c-hc-article-view><nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb
slds-list_horizontal">
${sfCrumbs.map((t) => `<li class="slds-breadcrumb__item"><a href="/s/${t.length}">${t}</a></li>`).join('')}</ol></nav>
<div class="slds-grid slds-gutters"><div class="slds-col slds-size_1-of-4 hc-doc-tree"><div class="slds-tree_container"><h4 class="slds-tree__group-header"
id="treeheading">Sales Cloud</h4><ul class="slds-tree" role="tree" aria-labelledby="treeheading">${sfTopLi(sfTreeTop)}
<li role="treeitem" aria-level="2" aria-expanded="true"><div class="slds-tree__item"><a href="#">Opportunities</a></div><ul
role="group">${sfTreeLi(sfTree)}</ul></li>
${sfTopLi(sfTreeTail)}</ul>${sfLoading}</div></div>
<div class="slds-col slds-size_3-of-4 hc-article"><div id="content" class="content-body"><h1 id="topic-title" class="helpHead1">${sfTitle}</h1>
<div class="shortdesc">${sfShort}</div><div class="editions-container"><table class="featureTable sort_table"><tbody><tr><td
class="ph"><p>${sfEditions[0]}</p></td></tr>
<tr><td><div class="p">${sfEditions[1]}</div><div class="p">Available in: <strong>Professional</strong>, <strong>Enterprise</strong>,
<strong>Performance</strong>, and <strong>Unlimited</strong> Editions</div></td></tr></tbody></table>
<table class="permTable sort_table"><thead><tr><th colspan="2">${sfPerms[0]}</th></tr></thead><tbody><tr><td>${sfPerms[1]}</td><td>${sfPerms[2]}</td></tr>
</tbody></table></div><div class="body taskbody"><section class="section context">${sfP1.map((p) => `<p class="p">${p}</p>`).join('\n')}</section>
<h2 class="helpHead2">${sfH1}</h2>${sfOl(sfSteps1)}
<h2 class="helpHead2">${sfH2}</h2>${sfOl(sfSteps2)}
<div class="note note note_note"><span class="note__title">Note</span> ${sfNote}</div>
<h2 class="helpHead2">${sfH3}</h2><ul class="ul">${sfList.map((t) => `<li class="li">${t}</li>`).join('\n')}</ul></div></div>
<c-hc-article-feedback><div class="hc-feedback slds-box"><h3 class="slds-text-heading_small">${sfVote[0]}</h3><p>${sfVote[1]}</p>
<button class="slds-button slds-button_neutral">${sfVote[2]}</button><button class="slds-button slds-button_neutral">${sfVote[3]}</button>
<a class="hc-feedback__link" href="#feedback">${sfVote[4]}</a>${sfLoading}</div></c-hc-article-feedback></div></div></c-hc-article-view></div>
<c-hs-global-footer><footer class="hs-footer"><ul class="hs-footer__links">${[...sfFoot, ...sfFoot2]
  .map((t) => `<li><a href="https://www.salesforce.com/company/${t.length}/">${t}</a></li>`)
  .join('')}</ul><p class="hs-footer__copyright">${sfCopy}</p><p class="hs-footer__address">Salesforce, Inc.</p></footer></c-hs-global-footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div
id="onetrust-policy-text">${sfCookie}</div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Required Only</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></body></html>`;
const salesforceHelp: TestPage = {
  html: sfHtml,
  name: 'heldout138-salesforce-help-docs',
  kind: 'docs',
  // the short description is body; the editions and permissions tables are in neither list; steps are body; the note is
  // body, its "Note" title span in neither list; the tree entry that repeats the title is left out
  title: sfTitle,
  headings: [sfH1, sfH2, sfH3],
  body: texts([sfShort, ...sfP1, ...sfSteps1, ...sfSteps2, sfNote, ...sfList]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help', 'Search Help', 'Log In', ...sfTabs, ...sfCrumbs, ...sfTreeTop, ...sfTree.filter((t) => t !== '@@'), ...sfTreeTail, 'Loading',
    ...sfVote, ...sfFoot, ...sfFoot2, sfCopy, 'Salesforce, Inc.', sfCookie, 'Cookie Settings', 'Required Only', 'Accept All Cookies',
  ],
};

export const HELDOUT138_E: readonly TestPage[] = [salesforceHelp, shopifyHelp];
