import { links, type TestPage, texts } from './page-kit.js';
import { appleSupport } from './pages-heldout70-d2.js';

/**
 * Held-out batch 70, file d: a Salesforce Help documentation topic as the help site's Lightning web runtime serves it (TechArticle
 * JSON-LD, global header with "Log In", the "Search Help" box, the release picker, breadcrumbs, the doc "Contents" tree with the
 * current topic, print / share / "Ask Agentforce" actions, a DITA task: short description, the "Required Editions" box with the
 * editions and permissions tables, prerequisite, context, steps with step info and a note, result and example; "Did this
 * article solve your issue?", "See Also" links, the legal footer and cookie preferences).
 */
const sfTitle = 'Clone a Price Book';
const sfShort = 'Save time setting up a new price book by copying an existing one, including all of its product entries and list prices.';
const sfPrereq =
  'Make sure that the products in the original price book are active. Inactive products are cloned, but their entries stay ' +
  'inactive in the new price book until you activate the products themselves.';
const sfContext =
  'Cloning copies the price book’s name, description and active status, along with every price book entry. Custom fields on ' +
  'the price book are copied too, but opportunities and quotes that use the original price book stay linked to it. You can ' +
  'clone the standard price book only into a custom price book.';
const sfSteps = [
  'From the App Launcher, find and select <span class="ph uicontrol">Price Books</span>.',
  'Open the price book that you want to copy.',
  'Click <span class="ph uicontrol">Clone with Related</span>.',
  'Select <span class="ph uicontrol">Price Book Entries</span>, and then click <span class="ph uicontrol">Next</span>.',
  'Enter a name for the new price book. Names must be unique, so include something that identifies its purpose, such as a ' + 'region or a year.',
  'Save your changes.',
];
const sfStepInfo = 'The Clone button copies only the price book record. To include the product entries, use Clone with Related instead.';
const sfNote = 'The new price book is inactive until you activate it. Sales reps can’t add its products to opportunities while it’s inactive.';
const sfResult =
  'Your new price book appears in the Price Books list view. To adjust prices, edit the list prices in the Price Book Entries ' +
  'related list, or export the entries and update them in bulk with Data Loader. If your org uses multiple currencies, each ' +
  'currency’s entry is copied separately.';
const sfExample =
  'Before a January price change, a sales operations manager at a hardware distributor clones the 2025 Wholesale price book, ' +
  'names the copy 2026 Wholesale, raises its list prices by four percent with Data Loader, and activates it on the first working ' +
  'day of the year.';
const sfNav = ['Home', 'Docs', 'Knowledge Articles', 'Known Issues', 'Trailhead', 'Trailblazer Community', 'Contact Support'];
const sfCrumbs = ['Salesforce Help', 'Docs', 'Sales Cloud', 'Manage Price Books'];
const sfTree = ['Sales Cloud', 'Products, Price Books, and Schedules', 'Manage Price Books', 'Create Price Books'];
const sfTree2 = ['Deactivate a Price Book', 'Price Book Fields'];
const sfEditions = [
  'Available in: Lightning Experience and Salesforce Classic',
  'Available in: Professional, Enterprise, Performance, Unlimited, and Developer Editions',
];
const sfSeeAlso = ['Create Price Books', 'Add Products to a Price Book', 'Considerations for Using Multiple Currencies'];
const sfFoot = [
  'Privacy Information',
  'Terms of Service',
  'Legal',
  'Use of Cookies',
  'Trust',
  'Cookie Preferences',
  'Your Privacy Choices',
  'Responsible Disclosure',
];
const sfLegal =
  '© Copyright 2025 Salesforce, Inc. All rights reserved. Various trademarks held by their respective owners. Salesforce, Inc. ' +
  'Salesforce Tower, 415 Mission Street, 3rd Floor, San Francisco, CA 94105, United States';
const lwc = 'lwc-6pvb2r1k0n9';
const sfHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${sfTitle}</title>
<meta name="description" content="${sfShort}"><link rel="canonical" href="https://help.salesforce.com/s/articleView?id=sales.pricebooks_clone.htm&amp;type=5">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${sfTitle}","inLanguage":"en-US",
"publisher":{"@type":"Organization","name":"Salesforce"},"dateModified":"2025-10-09"}</script>
<link rel="stylesheet" href="/webruntime/org-styling/global/slds.css"><style>.helpHead1{font-size:2rem}.box table{border:1px solid #c9c9c9}</style>
<script>window.sfdcPageContext={"pageType":"articleView","language":"en_US","release":"258"};</script></head>
<body><webruntime-app><lwr-router-container><community_layout-slds-flexible-layout>
<header class="hc-global-header slds-grid"><c-hc-global-header ${lwc}-host><a class="skip" href="#main-content">Skip to Main Content</a>
<a class="brand" href="https://help.salesforce.com/s/"><img src="/img/salesforce-cloud.svg" alt="Salesforce"><span class="brand-name">Salesforce Help</span></a>
<nav aria-label="Help navigation"><ul class="slds-list_horizontal">${links(sfNav, 'slds-nav-item')}</ul></nav>
<div class="hc-search" role="search"><input type="search" placeholder="Search Help" aria-label="Search Help"></div>
<button class="slds-button slds-button_brand" type="button">Log In</button></c-hc-global-header></header>
<div class="slds-grid slds-wrap doc-layout"><aside class="slds-col slds-size_3-of-12 doc-toc" aria-label="Contents">
<c-hc-doc-toc ${lwc}-host><div class="toc-header"><h2 class="slds-text-heading_small">Contents</h2><button class="slds-button"
 type="button">Collapse All</button></div>
<ul role="tree">${sfTree.map((t, i) => `<li role="treeitem" aria-level="${i + 1}" aria-expanded="true"><a href="#">${t}</a></li>`).join('')}
<li role="treeitem" aria-level="5" aria-selected="true" class="is-active"><a href="#">${sfTitle}</a></li>
${sfTree2.map((t) => `<li role="treeitem" aria-level="5"><a href="#">${t}</a></li>`).join('')}</ul></c-hc-doc-toc></aside>
<main id="main-content" class="slds-col slds-size_9-of-12"><c-hc-article-view ${lwc}-host>
<nav role="navigation" aria-label="Breadcrumbs"><ol class="slds-breadcrumb slds-list_horizontal">
${sfCrumbs.map((t) => `<li class="slds-breadcrumb__item"><a href="#">${t}</a></li>`).join('')}</ol></nav>
<div class="article-toolbar slds-grid"><div class="release-picker"><label for="rel">Release</label><select id="rel"><option selected>Winter '26</option>
<option>Summer '25</option></select></div><div class="actions"><button type="button" class="slds-button">Print</button>
<button type="button" class="slds-button">Share</button><button type="button" class="slds-button slds-button_outline-brand">Ask Agentforce</button></div></div>
<div id="content" class="content"><div class="body-content"><div id="sales.pricebooks_clone" class="topic task nested0">
<h1 class="helpHead1">${sfTitle}</h1>
<div class="body taskbody"><p class="shortdesc">${sfShort}</p>
<div class="box"><h4 class="box-title">Required Editions</h4><table class="featureTable sort_table"><tbody>
${sfEditions
  .map(
    (t) => `<tr><td
 class="entry editionTitle">${t.replace(/(Professional|Enterprise|Performance|Unlimited|Developer)/g, '<strong class="ph b">$1</strong>')}</td></tr>`,
  )
  .join('')}
</tbody></table><table class="permTable sort_table"><thead><tr><th class="featureTableHeader" colspan="2">User Permissions Needed</th></tr></thead><tbody>
<tr><td class="entry">To clone price books:</td><td class="entry"><span class="ph">Create</span> on price books<p class="p">AND</p><span class="ph">Read</span>
 on products</td></tr></tbody></table></div>
<section class="section prereq p"><p class="p">${sfPrereq}</p></section>
<section class="section context"><p class="p">${sfContext}</p></section>
<ol class="ol steps">${sfSteps
  .map(
    (t, i) =>
      `<li class="li step${i === 2 ? ' stepexpand' : ''}"><span class="ph cmd">${t}</span>` +
      (i === 2 ? `<div class="itemgroup info">${sfStepInfo}</div>` : '') +
      (i === 4 ? `<div class="itemgroup info"><div class="note note note_note"><span class="note__title">Note</span> ${sfNote}</div></div>` : '') +
      '</li>',
  )
  .join('\n')}</ol>
<section class="section result"><p class="p">${sfResult}</p></section>
<div class="example"><h4 class="sectiontitle">Example</h4><p class="p">${sfExample}</p></div>
</div></div></div>
<div class="related-links"><div class="relinfo"><strong>See Also</strong><ul>${links(sfSeeAlso, 'link ulchildlink')}</ul></div></div></div>
<c-hc-article-feedback ${lwc}-host><div class="feedback slds-box"><p class="slds-text-heading_small">Did this article solve your issue?</p>
<p>Let us know so we can improve!</p><button type="button" class="slds-button slds-button_neutral">Yes</button>
<button type="button" class="slds-button slds-button_neutral">No</button></div></c-hc-article-feedback></c-hc-article-view></main></div>
<footer class="hc-footer"><c-hc-global-footer ${lwc}-host><p class="legal">${sfLegal}</p><ul class="footer-links">${links(sfFoot)}</ul>
<a href="/s/contactsupport">Contact</a></c-hc-global-footer></footer>
</community_layout-slds-flexible-layout></lwr-router-container></webruntime-app>
<script type="module" src="/webruntime/framework/lwr/bootstrap/app_articleview.js"></script></body></html>`;
const salesforce: TestPage = {
  html: sfHtml,
  name: 'heldout70-salesforce-help-article',
  kind: 'docs',
  // a DITA task without section headings: headings empty; short description, prerequisite, context, steps with their info
  // text and note ("Note" in neither), result and example ("Example" in neither) are body; the "Required Editions" box with
  // its editions and permissions tables is furniture: the topic's applicability record, not its text (as Microsoft's "Applies
  // To" list is); the "Contents" tree's entry for this topic repeats the title: in neither list; the page names no author or
  // date: no bylines; header, search, release picker, tree, breadcrumbs, toolbar, "See Also", the feedback box and footer are furniture
  title: sfTitle,
  headings: [],
  body: [
    sfShort,
    sfPrereq,
    sfContext,
    ...texts(sfSteps.slice(0, 3)),
    sfStepInfo,
    ...texts(sfSteps.slice(3, 5)),
    sfNote,
    ...sfSteps.slice(5),
    sfResult,
    sfExample,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Salesforce Help', ...sfNav.filter((t) => t !== 'Docs'), 'Log In', 'Contents', 'Collapse All', ...sfTree, ...sfTree2, 'Docs',
    'Release', "Winter '26", "Summer '25", 'Print', 'Share', 'Ask Agentforce', 'Required Editions', ...sfEditions, 'User Permissions Needed',
    'To clone price books:', 'Create on price books', 'Read on products', 'See Also', ...sfSeeAlso.filter((t) => t !== 'Create Price Books'),
    'Did this article solve your issue?', 'Let us know so we can improve!', 'Yes', 'No', sfLegal, ...sfFoot, 'Contact',
  ],
};

export const HELDOUT70_D: readonly TestPage[] = [salesforce, appleSupport];
