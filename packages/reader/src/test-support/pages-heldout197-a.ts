import { links, ps, type TestPage } from './page-kit.js';
import { googleSitesPost } from './pages-heldout197-a2.js';

/**
 * Held-out batch 197, file a: a SharePoint Online communication-site news post as a signed-in employee saves it (the suite
 * bar, the site header with its hub navigation and "Following" / "Share site" buttons, the command bar, the title region whose
 * title is a role="heading" div and not an h1, author and published date, text web parts, an image web part with caption,
 * a call-out text web part, the like / comment / views bar, the comments box with one colleague's comment, the "More news"
 * rail and the feedback button) and, from file a2, a Google Sites page.
 */
const spTitle = 'Ferry desk moves to Pier 3 as Skarvik terminal works begin';
const spP1 = [
  'From Monday 10 March the passenger service desk at Skarvik will move from the main terminal hall to a temporary cabin at the ' +
    'landward end of Pier 3. The move makes room for the first phase of the terminal refurbishment, which is expected to take ' +
    'fourteen weeks.',
  'Sailings are not affected. All routes will keep their current timetables, and vehicle check-in stays in lanes 1 to 6 as now. ' +
    'What changes is where foot passengers collect boarding passes, where lost property is handed in, and where our own crews ' +
    'report at the start of a shift.',
];
const spH1 = 'What changes for crews';
const spP2 = [
  'Deck and catering crews on the early roster should use the staff gate on Havnegata rather than the terminal entrance, which will ' +
    'be fenced off from Sunday evening. Your pass will work on the new reader from Friday; if it does not, call the security desk ' +
    'before your shift, not at the gate.',
];
const spList = [
  'Crew sign-on moves to the first floor of the Pier 3 cabin.',
  'Lockers in the terminal basement stay open, but the route to them is through the freight corridor.',
  'The staff canteen closes for two weeks from 10 March; a food van will be parked by the bunkering berth from 05:30.',
  'Parking bays 40 to 62 are reserved for contractors for the length of the works.',
];
const spH2 = 'What changes for passengers';
const spP3 = [
  'Signs will go up across the terminal this week, and the website and app will show the new desk location from Saturday. ' +
    'Passengers with reduced mobility can still book assistance in the usual way; the assistance team will meet them at the ' +
    'drop-off point and take them to the cabin by buggy.',
  'We expect some confusion in the first few days. If a passenger asks you where to go, the short answer is: follow the blue signs ' +
    'to Pier 3, and the desk is the grey cabin with the flags.',
];
const spCallout = 'Questions about the works can go to the project mailbox or to Anders Lie, terminal project manager, on extension 4471.';
const spH3 = 'Why now';
const spP4 = [
  'The terminal hall has not had a major refit since it opened in 1998. The roof leaks in two places, the heating fails every ' +
    'winter, and the layout was designed for twice as many foot passengers and half as many cars as we carry today. The ' +
    'refurbishment will bring the desk, the waiting area and the café onto one level and add a covered walkway to the ramp.',
  'The second phase, covering the waiting area and toilets, is planned for autumn, outside the summer peak. We will share ' +
    'dates for that as soon as the contract is signed.',
];
const spCaption = 'The temporary service cabin being lifted into place at Pier 3 last week. Photo: Jonas Brekke';
const spSuite = ['App launcher', 'SharePoint', 'Settings', 'Help', 'Account manager for Sigrid Aas'];
const spNav = ['Home', 'News', 'Our fleet', 'Policies', 'People & teams', 'IT help', 'Safety'];
const spCmd = ['New', 'Promote', 'Page details', 'Immersive Reader', 'Share'];
const spMore = ['Safety stand-down on all vessels next Thursday', 'Meet the new catering team on the Lofotbris', 'Pay slips move to the HR app from April'];
const spMoreMeta = ['Harald Nygaard, 3 days ago', 'Internal Communications, 5 days ago', 'Payroll, 1 week ago'];
const spComment = 'Will the food van take card payments? The canteen machine was the only place on site that did before 06:00.';
const spMail = 'skarvik-works@nordvikferries.example';
const spHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${spTitle}</title>
<meta name="referrer" content="origin"><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon">
<meta property="og:title" content="${spTitle}"><meta property="og:type" content="website">
<meta property="og:image" content="https://nordvik.sharepoint.example/sites/hub/SiteAssets/SitePages/skarvik/cabin.jpg">
<meta property="og:description" content="From Monday 10 March the passenger service desk at Skarvik will move to Pier 3.">
<link rel="stylesheet" href="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-us_7c2a.css">
<script type="text/javascript">var _spPageContextInfo={"webAbsoluteUrl":"https://nordvik.sharepoint.example/sites/hub","webTitle":"Nordvik Hub",
"pageItemId":412,"listTitle":"Site Pages","isNewsPage":true,"userDisplayName":"Sigrid Aas","currentCultureName":"en-US"};</script>
<script type="text/javascript" src="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-us_2a9f.js" defer></script>
</head><body class="ms-Fabric" dir="ltr"><div id="spoAppComponent"><div class="Files-root">
<div id="SuiteNavWrapper" class="od-SuiteNav"><div id="O365_NavHeader" class="o365cs-base o365sx-navbar" role="banner">
<button class="o365sx-waffle" id="O365_MainLink_NavMenu" aria-label="App launcher"><span class="o365sx-waffleText">App launcher</span></button>
<a class="o365sx-appName" id="O365_AppName" href="https://nordvik.sharepoint.example/_layouts/15/sharepoint.aspx"><span>SharePoint</span></a>
<div id="O365_SearchBoxContainer" class="ms-SearchBox" role="search"><input id="sbcId" class="ms-SearchBox-field" aria-label="Search this site"
placeholder="Search this site" type="text"></div><div class="o365sx-rightMenu">
<button id="O365_MainLink_Settings" class="o365sx-button" aria-label="Settings"><span class="o365sx-hiddenText">Settings</span></button>
<button id="O365_MainLink_Help" class="o365sx-button" aria-label="Help"><span class="o365sx-hiddenText">Help</span></button>
<button id="O365_MainLink_Me" class="o365sx-button" aria-label="Account manager for Sigrid Aas"><span class="o365sx-hiddenText">Account manager for
Sigrid Aas</span><div class="o365sx-profile"><img alt="" src="/_layouts/15/userphoto.aspx?size=S"></div></button></div></div></div>
<div class="SPPageChrome" data-automation-id="SPPageChrome"><div class="SPPageChrome-app"><div data-automation-id="SiteHeader"
class="ms-siteHeader-siteLogo ms-compositeHeader ms-compositeHeader-extendedHeader" role="banner"><div class="ms-compositeHeader-mainLayout">
<div class="ms-siteLogo-defaultLogo"><img alt="" src="/sites/hub/SiteAssets/__siteIcon__.png"></div>
<div class="ms-compositeHeader-topWrapper"><h1 class="ms-siteHeader-siteName" data-automation-id="SiteHeaderTitle">
<a href="https://nordvik.sharepoint.example/sites/hub" class="ms-siteHeader-siteNameLink">Nordvik Hub</a></h1></div>
<div class="ms-compositeHeader-actionsWrapper"><button class="ms-Button ms-Button--action" data-automation-id="followSite">
<span class="ms-Button-label">Following</span></button><button class="ms-Button ms-Button--action" data-automation-id="shareSite">
<span class="ms-Button-label">Share site</span></button></div></div>
<div class="ms-HorizontalNav" role="navigation" aria-label="Site navigation"><ul class="ms-HorizontalNavItems" role="menubar">
${links(spNav, 'ms-HorizontalNavItem')}</ul></div></div>
<div class="commandBarWrapper" data-automation-id="pageCommandBar"><div class="ms-CommandBar" role="menubar">
${spCmd.map((t) => `<button class="ms-Button ms-Button--commandBar" role="menuitem"><span class="ms-Button-label">${t}</span></button>`).join('\n')}
</div></div>
<div class="SPCanvas" data-automation-id="SPCanvas"><div class="CanvasComponent LCS" data-automation-id="CanvasComponent">
<div class="pageLayout"><div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-xl12">
<div data-sp-feature-tag="PageTitle" data-automation-id="pageHeader" class="pageTitle_5a1b0c0a"><div class="imageArea_5a1b0c0a">
<img alt="" src="/sites/hub/SiteAssets/SitePages/skarvik/header.jpg"></div><div class="textArea_5a1b0c0a">
<div class="topicHeader_5a1b0c0a" data-automation-id="TopicHeader">Operations</div>
<div data-automation-id="TitleTextId" role="heading" aria-level="1" class="title_5a1b0c0a">${spTitle}</div>
<div class="authorByline_5a1b0c0a" data-automation-id="authorByline"><div class="ms-Persona ms-Persona--size32"><div class="ms-Persona-details">
<div class="ms-Persona-primaryText" data-automation-id="authorPersonaName">Mette Kvale</div>
<div class="ms-Persona-secondaryText">Internal Communications</div></div></div>
<div class="publishDate_5a1b0c0a" data-automation-id="newsDate">Published 4 March 2025</div></div></div></div></div></div>
<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-xl8">
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rte Web Part" data-sp-feature-instance-id="a1f0">
<div class="cke_editable rte--read isFluentRTE rte-webpart-rte-fontscale" data-automation-id="textBox">
${ps(spP1)}
<h2>${spH1}</h2>
${ps(spP2)}
<ul>${spList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div></div>
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="ImageWebPart" data-sp-feature-instance-id="b2c1">
<div class="imageWebPart_8e2c" data-automation-id="imageWebPart"><figure><img alt="Grey service cabin on a crane hook"
src="/sites/hub/SiteAssets/SitePages/skarvik/cabin.jpg" data-sp-original-image="true"><figcaption class="captionElement_8e2c"
data-automation-id="captionElement">${spCaption}</figcaption></figure></div></div></div>
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rte Web Part" data-sp-feature-instance-id="c3d2">
<div class="cke_editable rte--read isFluentRTE" data-automation-id="textBox">
<h2>${spH2}</h2>
${ps(spP3)}
<div class="calloutBox"><p><strong>${spCallout.replace(' or to', '</strong> or to')}</p></div>
<h2>${spH3}</h2>
${ps(spP4)}
<p>Project mailbox: <a href="mailto:${spMail}">${spMail}</a></p></div></div></div></div>
<div class="CanvasSection CanvasSection-col CanvasSection-xl4"><div class="ControlZone" data-automation-id="CanvasControl">
<div data-sp-feature-tag="News Web Part" class="newsWebPart"><h2 class="webPartTitle" role="heading" aria-level="2">More news</h2>
<a class="seeAll" href="/sites/hub/_layouts/15/news.aspx">See all</a><ul class="newsList">
${spMore
  .map(
    (t, i) => `<li class="newsItem" data-automation-id="newsItem"><a href="/sites/hub/SitePages/news-${i}.aspx"><div class="newsItemTitle"
data-automation-id="newsItemTitle">${t}</div></a><div class="newsItemMeta">${spMoreMeta[i]}</div></li>`,
  )
  .join('\n')}</ul></div></div></div></div>
<div class="CanvasZone"><div data-sp-feature-tag="Comments" class="commentsWrapper" data-automation-id="commentsWrapper">
<div class="socialBar" data-automation-id="sp-socialbar"><button data-automation-id="sp-socialbar-likebutton" aria-label="Like">
<span class="label">Like</span></button><span class="likeCount" data-automation-id="sp-socialbar-likedbytext">18 people like this</span>
<button aria-label="Comment"><span class="label">Comment</span></button><span class="viewCount" data-automation-id="sp-socialbar-viewcount">
412 views</span><button data-automation-id="sp-socialbar-savefortlaterbutton"><span class="label">Save for later</span></button></div>
<h2 class="commentsHeader">Comments</h2><div class="addComment"><textarea aria-label="Add a comment" placeholder="Add a comment. Type @ to
mention someone"></textarea><button class="ms-Button ms-Button--primary" disabled><span class="ms-Button-label">Post</span></button></div>
<div class="commentList" role="list"><div class="comment" role="listitem"><div class="ms-Persona-primaryText">Tor Eriksen</div>
<span class="commentDate">Yesterday at 19:02</span><p class="commentText">${spComment}</p><button><span>Like</span></button>
<button><span>Reply</span></button></div></div></div></div></div></div></div>
<button class="feedbackButton" data-automation-id="feedbackButton"><span>Feedback</span></button></div></div></div></div>
<script type="text/javascript">window.spClientSidePageContext={"pageId":412,"newsPublished":"2025-03-04T08:12:00Z"};</script>
</body></html>`;
const sharepoint: TestPage = {
  html: spHtml,
  name: 'heldout197-sharepoint-news',
  kind: 'news',
  // the call-out box and the mailbox line are part of the post (body); the topic header, caption, "More news" rail, social bar,
  // comments box and the chrome are furniture; the author, her role line and the published date are bylines
  title: spTitle,
  headings: [spH1, spH2, spH3],
  body: [...spP1, ...spP2, ...spList, ...spP3, spCallout, ...spP4, `Project mailbox: ${spMail}`],
  bylines: ['Mette Kvale', 'Internal Communications', 'Published 4 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...spSuite, 'Nordvik Hub', 'Following', 'Share site', ...spNav, ...spCmd, 'Operations', spCaption, 'More news', 'See all', ...spMore,
    ...spMoreMeta, 'Like', '18 people like this', 'Comment', '412 views', 'Save for later', 'Comments', 'Post', 'Tor Eriksen', 'Yesterday at 19:02',
    spComment, 'Reply', 'Feedback',
  ],
};

export const HELDOUT197_A: readonly TestPage[] = [sharepoint, googleSitesPost];
