import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout264-kit.js';

/**
 * Held-out batch 264, file f2: a Salesforce Help-style article of an invented CRM, as the Lightning community saves it
 * (c- custom elements: the help header with its menus, the cookie consent dialog, breadcrumbs, the "Help Topics" tree,
 * the publish date, the "Required Editions" and "User Permissions Needed" boxes, the article body with its steps and
 * tips, "Did this article solve your issue?", "Related Articles", the "Still need help?" box and the footer).
 */
const fTitle = 'Set Up Merge Rules for Contacts';
const fPublish = 'Publish Date: Mar 3, 2026';
const fEditions = ['Available in: Lightning Experience and Bramble Classic', 'Available in: Professional, Enterprise, and Unlimited Editions'];
const fPerms = ['To create, edit, or activate merge rules:', 'Customize Application AND Manage Duplicates'];
const fIntro = [
  j(
    'Merge rules tell Bramble what to do when a user or an import creates a contact that looks like one you already have. A rule',
    'pairs a matching method with an action: the record can be blocked, allowed with a warning, or merged automatically into the',
    'existing contact.',
  ),
  j(
    'Your org comes with one standard merge rule for contacts, which is active and warns users about likely duplicates. Create',
    'custom rules when the standard rule is too broad or too narrow for your data.',
  ),
];
const fH = ['Create a Merge Rule', 'Decide What Happens to Matches', 'Test Before You Activate'] as const;
const fSteps = [
  'From Setup, in the Quick Find box, enter <em>Merge Rules</em>, and then select <strong>Merge Rules</strong>.',
  'Click <strong>New Rule</strong> and select <strong>Contact</strong>.',
  'Enter a name and a description. Names must be unique and can contain up to 80 characters.',
  'Under Matching Criteria, select a matching method. Exact email matching is the safest choice to start with.',
  'Optionally, add conditions so that the rule only applies to some records, such as contacts from one region.',
  'Save the rule. New rules are inactive until you activate them.',
];
const fActions = [
  j(
    'For each rule, choose one action for records created in the app and one for records created through imports and the API.',
    'Blocking is useful for integrations that should never create duplicates, while a warning suits sales users who sometimes',
    'need to create a contact that only looks like a duplicate.',
  ),
  j(
    'Automatic merging keeps the older record as the master. Field values from the newer record fill only fields that are empty',
    'on the master, and activity history from both records is kept.',
  ),
];
const fTip = 'Merged records can\u2019t be separated again. Turn on automatic merging only after the rule has run in warning mode for a few weeks.';
const fTest = [
  j(
    'Before you activate a rule, run a merge report for it from the rule\u2019s detail page. The report lists existing contacts that',
    'the rule would have matched, so you can check for false matches without affecting any records. When the results look right,',
    'click <strong>Activate</strong>. You can have up to five active merge rules per object.',
  ),
];
const fTop = ['Products', 'Support & Services', 'Learning', 'Events', 'Community', 'Log In'];
const fCrumbs = ['Home', 'Help', 'Data Quality', 'Duplicate Management'];
const fTree = ['Data Quality', 'Duplicate Management', 'Merge Rule Setup', 'Matching Methods', 'Merge Reports', 'Data Import'];
const fRel = ['Matching Methods for Merge Rules', 'Run a Merge Report', 'Considerations for Automatic Merging'];
const fFoot = [
  'Legal',
  'Terms of Service',
  'Privacy Information',
  'Responsible Disclosure',
  'Trust',
  'Contact Us',
  'Cookie Preferences',
  'Your Privacy Choices',
];
const fHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${fTitle}</title><meta name="description" content="Merge rules tell Bramble what to do when a new contact looks like an existing one."/>
<meta property="og:title" content="${fTitle}"/><meta name="robots" content="index, follow"/>
<link rel="stylesheet" href="/sfsites/c/resource/helpcommunity/styles.css"/><script src="/s/sfsites/auraFW/javascript/aura_prod.js"></script>
<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap = {execBootstrapJs: Date.now()};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${fTitle}","datePublished":"2026-03-03"}</script>
</head><body><div id="trustarc-banner" role="dialog" aria-label="Cookie Consent"><p>We use cookies to make interactions with our websites and services easy and
meaningful. To better understand how they are used, read more about the cookies we use.</p><button>Accept All Cookies</button><button>Do Not Accept</button>
<button>Cookie Preferences</button></div>
<div class="siteforceServiceBody"><div class="cHelpAndTrainingLayout"><c-help-header><header class="help-header"><a class="help-header__logo" href="/s/">Bramble
Help</a><nav class="help-header__nav" aria-label="Global"><ul>${links(fTop, 'help-header__item')}</ul></nav></header></c-help-header>
<div class="slds-grid slds-wrap"><div class="slds-col slds-size_1-of-4"><c-help-topic-tree><nav class="slds-tree_container" aria-label="Help Topics"><h2
class="slds-tree__group-header">Help Topics</h2><ul class="slds-tree" role="tree">${links(fTree, 'slds-tree__item')}</ul></nav></c-help-topic-tree></div>
<div class="slds-col slds-size_3-of-4"><c-article-view><nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb slds-list_horizontal">
${links(fCrumbs, 'slds-breadcrumb__item')}</ol></nav><article class="slds-card article-content"><div class="slds-card__header">
<h1 class="slds-text-heading_large article-title">${fTitle}</h1><p class="slds-text-body_small article-date">${fPublish}</p></div>
<div class="slds-box article-editions"><h2 class="slds-text-heading_small">Required Editions</h2><ul>${lis(fEditions)}</ul></div>
<div class="slds-box article-permissions"><table class="slds-table"><thead><tr><th>User Permissions Needed</th></tr></thead><tbody><tr><td>${fPerms[0]}</td>
<td>${fPerms[1]}</td></tr></tbody></table></div>
<lightning-formatted-rich-text class="slds-rich-text-editor__output"><span>
${ps(fIntro)}
<h2 class="helpHead2">${fH[0]}</h2>
<ol>${lis(fSteps)}</ol>
<h2 class="helpHead2">${fH[1]}</h2>
${ps(fActions)}
<div class="box message tip"><img src="/img/tip.png" alt="Tip"/><p>${fTip}</p></div>
<h2 class="helpHead2">${fH[2]}</h2>
${ps(fTest)}
</span></lightning-formatted-rich-text></article>
<c-article-feedback><div class="slds-box feedback"><h3>Did this article solve your issue?</h3><p>Let us know so we can improve!</p><button
class="slds-button slds-button_neutral">Share your feedback</button></div></c-article-feedback>
<c-related-articles><section class="related"><h3>Related Articles</h3><ul>${links(fRel)}</ul></section></c-related-articles>
<c-still-need-help><div class="slds-box need-help"><h3>Still need help?</h3><p>Ask the Bramble Community or open a case with Bramble Support.</p>
<a class="slds-button slds-button_brand" href="/s/support">Contact Support</a></div></c-still-need-help></c-article-view></div></div>
<c-help-footer><footer class="help-footer"><p>© Copyright 2026 Bramble, Inc. All rights reserved. Various trademarks held by their respective owners.</p>
<ul>${links(fFoot, 'help-footer__item')}</ul></footer></c-help-footer></div></div></body></html>`;
export const bramble: TestPage = {
  name: 'heldout264-salesforce-help-article',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fH],
  body: texts([...fEditions, ...fPerms, ...fIntro, ...fSteps, ...fActions, fTip, ...fTest]),
  bylines: [fPublish],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'We use cookies to make interactions with our websites and services easy and meaningful.', 'Accept All Cookies', 'Do Not Accept',
    'Bramble Help', ...fTop, 'Help Topics', ...fTree, ...fCrumbs, 'Required Editions', 'Did this article solve your issue?',
    'Let us know so we can improve!', 'Share your feedback', 'Related Articles', ...fRel, 'Still need help?',
    'Ask the Bramble Community or open a case with Bramble Support.', 'Contact Support',
    '© Copyright 2026 Bramble, Inc. All rights reserved. Various trademarks held by their respective owners.', ...fFoot,
  ]),
};
