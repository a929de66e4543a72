import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';
import { zendeskHelp } from './pages-heldout444-b2.js';

/**
 * Held-out batch 444, file b: an employer's benefits portal page on a SharePoint Online modern communication site (suite
 * bar, site header with the hub navigation, command bar, the page title region with author and published date, text web
 * parts in canvas zones, a Quick links web part, a call-to-action web part, the "Like" / "Comment" social bar and the
 * comments box) and, from file b2, a marketplace help article on a Zendesk Help Center (Copenhagen theme).
 */
const cTitle = 'Open Enrollment 2027: what is changing in your medical, dental and vision benefits';
const cIntro = [
  j(
    'Open Enrollment runs from November 3 to November 21 this year. It is the one time each year, outside of a qualifying life event, when',
    'you can change your medical plan, add or remove dependants, and set your contribution to the health savings or flexible spending account.',
  ),
  j(
    'If you do nothing, your current medical, dental and vision elections roll over to 2027, but your FSA election does not. You must enroll',
    'again to keep a health care or dependent care FSA next year.',
  ),
];
const cMedical = [
  'Both medical plans stay with Cobalt Health Partners, so your ID cards and network do not change.',
  'The PPO deductible rises from $750 to $900 per person; the HSA plan deductible stays at $1,800.',
  'Employee premiums for the PPO go up by about $9 per paycheck for employee-only coverage; HSA plan premiums do not change.',
  'The company seed to your HSA increases to $750 for individuals and $1,500 for families, paid in two instalments in January and July.',
];
const cDental = [
  j(
    'Dental moves to a new carrier, Brightline Dental, on January 1. Most dentists in our area are in both networks, but check yours with',
    'the Brightline provider search before you enroll. The annual maximum increases from $1,500 to $2,000, and adult orthodontia is now',
    'covered at 50% up to a $1,500 lifetime maximum.',
  ),
  j(
    'Vision stays with ClearView, and the frame allowance goes from $150 to $180. You will receive new dental ID cards by mail in December;',
    'vision cards do not change.',
  ),
];
const cHow = [
  j(
    'Log in to the Benefits Center from the link box on this page and choose "Start Open Enrollment". Review each benefit, confirm your',
    'dependants and upload any required documents for newly added family members. Print or save the confirmation statement at the end.',
  ),
  j(
    'Spouses and domestic partners who have access to coverage through their own employer will be charged a $100 monthly surcharge if they',
    'enroll in our medical plan. You will be asked to answer the surcharge question during enrollment.',
  ),
];
const cEvents = [
  j('Benefits fair in the Ridgeway atrium on November 6 from 10:00 to 2:00, with representatives from Cobalt, Brightline and ClearView.'),
  'Live webinar "Choosing between the PPO and the HSA plan" on November 10 and November 13 at noon.',
];
const cHub = ['Home', 'News', 'Benefits & Perks', 'Pay & Time Off', 'Policies', 'Locations'];
const cQuick = ['Benefits Center login', 'Cobalt Health find a doctor', '2027 Benefits Guide (PDF)', 'Contact the Benefits team'];
const cHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>Open Enrollment 2027</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47">
<meta name="robots" content="noindex"><script type="text/javascript">var _spPageContextInfo = {"webAbsoluteUrl":"https://ostrander.sharepoint.example
/sites/PeopleHub","webTitle":"People Hub","serverRequestPath":"/sites/PeopleHub/SitePages/Open-Enrollment-2027.aspx","isSPO":true};</script>
<script type="text/javascript" src="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-us_7e2b.js"></script></head>
<body><div id="SuiteNavWrapper"><div id="O365_NavHeader" class="o365cs-base"><a id="O365_MainLink_Help" role="button">Help</a>
<span class="o365sx-appName">SharePoint</span></div></div>
<div id="spPageCanvasContent" class="SPCanvas"><div class="ms-HubNav" role="navigation"><span class="ms-HubNav-title">Ostrander People Hub</span>
<ul class="ms-HorizontalNav">${links(cHub, 'ms-HorizontalNavItem')}</ul></div>
<div class="ms-siteHeader-siteName"><span class="ms-siteHeader-title">People Hub</span><button class="ms-Button">Following</button></div>
<div class="ms-CommandBar" role="menubar"><button class="ms-CommandBarItem-link">New</button><button class="ms-CommandBarItem-link">Page details</button>
<button class="ms-CommandBarItem-link">Promote</button><button class="ms-CommandBarItem-link">Share</button></div>
<div class="ms-PageLayout" data-automation-id="contentScrollRegion"><div data-automation-id="pageHeader" class="pageTitle_7c9d">
<div class="pageTitle_topic">BENEFITS</div><h1 id="pageTitle" class="title_a53d" role="heading" aria-level="1">${cTitle}</h1>
<div class="authorByline_9e8f" data-automation-id="authorByline"><span class="ms-Persona-primaryText">Marisol Etheridge</span>
<span class="ms-Persona-secondaryText">Total Rewards Manager</span></div>
<div class="publishDate_4b1c" data-automation-id="pageHeaderDate">Published 10/20/2026</div></div>
<div class="CanvasZone CanvasZone--read" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-sm12 CanvasSection-xl8">
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor" class="rte-webpart">
<div data-sp-rte="" class="cke_editable rte--read ms-rtestate-field">
${ps(cIntro)}
<h2>Medical plan changes</h2><ul>${lis(cMedical)}</ul>
<h2>Dental and vision</h2>${ps(cDental)}
<h2>How to enroll</h2>${ps(cHow)}
<h3>Dates to remember</h3><ul>${lis(cEvents)}</ul>
</div></div></div></div>
<div class="CanvasSection CanvasSection-col CanvasSection-xl4"><div class="ControlZone"><div data-sp-feature-tag="QuickLinksWebPart" class="quickLinks">
<h2 class="webPartTitle" role="heading">Quick links</h2><ul class="ms-List">${links(cQuick, 'ms-List-cell')}</ul></div></div>
<div class="ControlZone"><div data-sp-feature-tag="CallToActionWebPart" class="callToAction"><p class="cta-text">Questions about your choices?
Book a 15-minute call with a benefits counselor.</p><a class="ms-Button ms-Button--primary" href="/book">Book a call</a></div></div></div></div>
<div data-automation-id="sp-socialbar" class="socialBar_2f1e"><button class="ms-Button like">Like</button><span class="likeCount">48 likes</span>
<button class="ms-Button comment">Comment</button><span class="viewCount">1,212 views</span><button class="ms-Button save">Save for later</button></div>
<div data-sp-feature-tag="Comments" class="comments_b1a3"><h2 class="commentsTitle">Comments</h2>
<div class="commentBox"><textarea placeholder="Add a comment. Type @ to mention someone"></textarea></div>
<div class="comment_item"><span class="ms-Persona-primaryText">Theo Lindqvist</span><span class="commentDate">October 21</span>
<p class="commentText">Is the HSA seed prorated for people who join mid-year?</p></div>
<div class="comment_item"><span class="ms-Persona-primaryText">Marisol Etheridge</span><span class="commentDate">October 21</span>
<p class="commentText">Good question, Theo: yes, new hires after July 1 get only the July instalment.</p></div></div></div></div>
<script type="text/javascript">window.__spfxPreloadedData = {"pageId":184,"canvasLayout":"twoColumnRight"};</script></body></html>`;
const sharepointPortal: TestPage = {
  name: 'heldout444-sharepoint-benefits-portal-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Medical plan changes', 'Dental and vision', 'How to enroll', 'Dates to remember'],
  body: texts([...cIntro, ...cMedical, ...cDental, ...cHow, ...cEvents]),
  bylines: ['Marisol Etheridge', 'Total Rewards Manager', 'Published 10/20/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help', 'SharePoint', 'Ostrander People Hub', ...cHub, 'People Hub', 'Following', 'Page details', 'Promote', 'BENEFITS', 'Quick links', ...cQuick,
    'Questions about your choices? Book a 15-minute call with a benefits counselor.', 'Book a call', 'Like', '48 likes', 'Comment', '1,212 views',
    'Save for later', 'Comments', 'Theo Lindqvist', 'October 21', 'Is the HSA seed prorated for people who join mid-year?',
    'Good question, Theo: yes, new hires after July 1 get only the July instalment.',
  ],
};

export const HELDOUT444_B: readonly TestPage[] = [sharepointPortal, zendeskHelp];
