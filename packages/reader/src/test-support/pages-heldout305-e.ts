import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file e: an employee-handbook page on a SharePoint Online intranet (modern page: the suite bar, app bar,
 * hub navigation, site header with Follow / Share, the page title region with author and published date, CanvasZone sections
 * with Rich Text Editor and Quick links web parts, the page's like / comment / view bar and comments, and the "Page details"
 * panel).
 */
const title = 'Handbook: Hybrid Working Policy';
const intro = [
  j(
    'This policy explains how hybrid working operates at Calloway Mutual. It applies to all permanent and fixed-term colleagues',
    'whose roles have been assessed as suitable for hybrid working. It does not change your contractual place of work.',
  ),
];
const h1 = 'Who can work hybrid';
const p1 = [
  j(
    'Most office-based roles are suitable for hybrid working. Some roles, including branch, facilities and post room roles, need',
    'a physical presence every day. Your line manager will confirm whether your role is suitable and will record this in Workday.',
  ),
];
const h2 = 'Our expectations';
const expect = [
  'Colleagues spend at least two days a week at their base office, one of which is the team’s agreed anchor day.',
  'You are available during core hours of 10:00 to 15:00 on every working day, wherever you are working.',
  'You work from a safe, private space at home and complete the home-working assessment in your first month.',
  'Confidential documents are never printed at home and customer calls are never taken in public places.',
];
const h3 = 'Equipment and expenses';
const p3 = [
  j(
    'The company provides a laptop, headset, monitor and keyboard for home use. If you need an adjustable chair or other equipment',
    'because of a health condition, raise a request through the IT Service Portal and Occupational Health will contact you.',
  ),
  j(
    'We do not reimburse home energy or broadband costs, and travel between your home and base office is not a business journey.',
    'Travel to another office at your manager’s request can be claimed in the usual way.',
  ),
];
const h4 = 'Changing or ending an arrangement';
const p4 = [
  j(
    'Hybrid working is reviewed at least once a year. Your manager may ask you to attend the office more often for training,',
    'during a busy period or if performance concerns arise, and will give you at least two weeks’ notice where possible.',
  ),
  j(
    'If you would like to work from home more often for personal reasons, please use the Flexible Working Request process, which',
    'is separate from this policy.',
  ),
];
const hub = ['Home', 'News', 'Handbook', 'People Services', 'IT Help', 'Our Offices'];
const quick = ['Flexible Working Request form', 'Home-working assessment', 'IT Service Portal', 'Expenses guidance'];
const comments = ['Is the anchor day set by the whole department or by each team?', 'Each team agrees its own anchor day with its manager.'];
const rte = (inner: string): string => `<div class="ControlZone" data-sp-feature-tag="Rich Text Editor" data-sp-feature-instance-id="a1b2c3">
<div data-sp-rte="" class="rte--read"><div class="rte-webpart" data-sp-a11y-id="rte">${inner}</div></div></div>`;
const html = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Handbook: Hybrid Working Policy</title>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon">
<script type="text/javascript">var _spPageContextInfo={"webAbsoluteUrl":"https://callowaymutual.sharepoint.example/sites/peoplehub","webTitle":
"People Hub","listTitle":"Site Pages","pageItemId":214,"isSPO":true,"userDisplayName":"","currentCultureName":"en-GB"};</script>
<script type="text/javascript">var g_spPreFetchKeys=["sp-client-shared","sp-pages-assembly"];</script>
<link rel="stylesheet" href="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_default.css"></head>
<body><div id="SuiteNavWrapper"><div id="SuiteNavPlaceholder"><div class="o365cs-base" role="banner"><span class="o365sx-appName">SharePoint</span>
<input type="search" placeholder="Search this site" aria-label="Search this site"></div></div></div>
<div id="spoAppComponent"><div class="SPPageChrome"><div id="sp-appBar" role="navigation" aria-label="App bar"><button aria-label="Home">Home</button>
<button aria-label="My sites">My sites</button><button aria-label="My news">My news</button></div>
<div data-automation-id="HubNav" class="ms-HubNav" role="navigation" aria-label="Hub navigation"><span class="ms-HubNav-title">Calloway
Mutual Intranet</span><ul>${links(hub, 'ms-HorizontalNavItem')}</ul></div>
<div data-automation-id="SiteHeader" class="ms-siteHeader"><span class="ms-siteHeader-siteName">People Hub</span>
<button data-automation-id="followSiteButton">Not following</button><button data-automation-id="shareSiteButton">Share</button></div>
<div id="spPageCanvasContent" class="SPCanvas" role="main"><div class="CanvasComponent LCS"><div class="CanvasZone"><div class="CanvasSection">
<div data-automation-id="pageHeader" class="pageTitle_b1c0"><h1 data-automation-id="TitleTextId" role="heading" class="title_3f9a">${title}</h1>
<div data-automation-id="authorByline" class="authorByline_9d2e"><span class="ms-Persona-primaryText">Bethan Quaye</span>
<span data-automation-id="topicHeaderText" class="ms-Persona-secondaryText">People Policy Lead</span></div>
<span data-automation-id="publishedDate" class="publishDate_ce41">Published 2 March 2026</span></div></div></div>
<div class="CanvasZone row CanvasZone--read"><div class="CanvasSection CanvasSection-col CanvasSection-xl8">
${rte(`${ps(intro)}
<h2>${h1}</h2>
${ps(p1)}
<h2>${h2}</h2><ul>
${lis(expect)}</ul>
<h2>${h3}</h2>
${ps(p3)}
<h2>${h4}</h2>
${ps(p4)}
<p><em>Policy owner: People Policy team. Next review due March 2027.</em></p>`)}</div>
<div class="CanvasSection CanvasSection-col CanvasSection-xl4"><div class="ControlZone" data-sp-feature-tag="QuickLinksWebPart">
<div class="ms-webpart-chrome-title" role="heading" aria-level="2">Quick links</div><ul class="quickLinks_list">${links(quick, 'quickLinks_item')}</ul></div>
<div class="ControlZone" data-sp-feature-tag="Highlighted content"><div role="heading" aria-level="2">Related handbook pages</div><ul>
${links(['Annual Leave Policy', 'Travel and Expenses Policy', 'Information Security Handbook'])}</ul></div></div></div></div>
<div data-automation-id="sp-socialbar" class="socialBar_0a9b"><button data-automation-id="sp-socialbar-likebutton">Like</button>
<span data-automation-id="sp-socialbar-likecount">38 likes</span><span data-automation-id="sp-socialbar-commentcount">2 comments</span>
<span data-automation-id="sp-socialbar-viewcount">1,406 views</span><button data-automation-id="sp-socialbar-savebutton">Save for later</button></div>
<div data-sp-feature-tag="Comments" class="comments_6e4f"><div role="heading" aria-level="2">Comments</div>
<textarea placeholder="Add a comment. Type @ to mention someone"></textarea><ul>
<li class="comment_c0a1"><span class="ms-Persona-primaryText">Owen Lacey</span><span class="commentDate">3 March</span><p>${comments[0]}</p></li>
<li class="comment_c0a1"><span class="ms-Persona-primaryText">Bethan Quaye</span><span class="commentDate">3 March</span><p>${comments[1]}</p></li>
</ul></div></div></div></div>
<div class="PageDetailsPanel" aria-hidden="true"><h2>Page details</h2><p>Description: How hybrid working works, who it applies to and what is
expected.</p></div>
<script src="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-gb_3c2f.js"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-sharepoint-intranet-handbook-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...expect, ...p3, ...p4]),
  bylines: ['Bethan Quaye', 'Published 2 March 2026', 'Policy owner: People Policy team. Next review due March 2027.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SharePoint', 'My sites', 'My news', 'Calloway Mutual Intranet', ...hub, 'People Hub', 'Not following', 'Share', 'People Policy Lead',
    'Quick links', ...quick.slice(0, 2), 'Expenses guidance',
    'Related handbook pages', 'Annual Leave Policy', 'Travel and Expenses Policy', 'Information Security Handbook', 'Like', '38 likes',
    '2 comments', '1,406 views', 'Save for later', 'Comments', 'Owen Lacey', '3 March', ...comments, 'Page details',
    'Description: How hybrid working works, who it applies to and what is expected.',
  ],
};

export const HELDOUT305_E: readonly TestPage[] = [page];
