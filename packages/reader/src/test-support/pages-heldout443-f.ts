import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout443-kit.js';

/**
 * Held-out batch 443, file f: a Glide app's detail screen built on a spreadsheet (React markup with wire components: the
 * app bar, the hero image, title, text and field components, action buttons, an inline collection of related rows, the
 * tab bar and the "Made with Glide" badge) and a SharePoint Online news page that embeds an Excel Online workbook with a
 * written summary (suite bar, site header and navigation, page title with the author byline, text web parts, the Excel
 * iframe with its fallback text and caption, likes, views and comments, and the site footer).
 */
const gTitle = 'Coldharbour Ridge Loop';
const gText = [
  j(
    'A steady half-day circuit from the Coldharbour village car park, up through the beech hangers to the ridge and back',
    'along the old drove road. The climb is short but steep; after that the walking is easy and the views run north across',
    'the whole vale on a clear day.',
  ),
  j(
    'The path through the hangers can be muddy from November to March, and the stile at Pollard Farm is awkward for dogs.',
    'There is a gate to its left that walkers may use. Please keep dogs on a lead in the sheep fields after the trig point.',
  ),
  j('Refreshments: the Wheatsheaf in Coldharbour serves food until 3 pm at weekends. There is no water on the route.'),
  j(
    'From the car park, take the bridleway behind the church and climb through the hangers until the path levels out at',
    'a bench. Turn left along the ridge, keeping the fence on your right, as far as the trig point. The drove road leaves',
    'the ridge by a finger post two hundred metres further on and brings you down past Pollard Farm to the lane.',
  ),
  j(
    'The group walks this route in both directions. Anticlockwise the climb is gentler but the descent through the',
    'hangers is slippery after rain, so the walk leader will decide on the day.',
  ),
];
const gFields: readonly (readonly [string, string])[] = [
  ['Distance', '11.2 km'],
  ['Ascent', '310 m'],
  ['Time', 'Roughly 3½ hours'],
  ['Grade', 'Moderate'],
  ['Start', 'Coldharbour village car park'],
  ['OS map', 'Explorer sheet 147'],
];
const gFieldTexts = gFields.map(([k, v]) => `${k} ${v}`);
const gRelated = ['Pollard Farm and the Mill Pond', 'Beech Hangers Short Walk', 'Drove Road to Ashby'];
const gTabs = ['Walks', 'Map', 'Favourites', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vale Walks Group</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="apple-mobile-web-app-capable" content="yes">
<meta property="og:title" content="Vale Walks Group"><meta property="og:description" content="Walks from the Vale Walks Group, built with Glide">
<link rel="manifest" href="/manifest.json"><link rel="stylesheet" href="https://go.glideapps.example/static/css/main.c91d.css">
<script>window.__GLIDE_APP__={"appID":"mK2pQ9xVt","isPublished":true,"source":"google-sheets"};</script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div class="app-container sc-bdVaJa kRtMfe">
<div class="glide-app-bar sc-htpNat gXzYqP" data-testid="app-bar"><button aria-label="Back" class="back-button"></button>
<div class="app-bar-title">Vale Walks Group</div><a class="sign-in-button" data-testid="sign-in-button">Sign in</a></div>
<div class="screen-content sc-bxivhb" data-testid="detail-screen" role="main"><div data-testid="wire-hero-image" class="sc-ifAKCX hero">
<img src="https://storage.glideapps.example/ridge.jpg" alt=""><span class="image-caption">Photo: group archive</span></div>
<div data-testid="wire-title" class="sc-EHOje title-component"><h1 class="sc-bZQynM title-text">${gTitle}</h1>
<div class="sc-gzVnrw subtitle-text">Led walk every second Sunday</div></div>
${gText.map((t) => `<div data-testid="wire-rich-text" class="sc-htoDjs rich-text"><div class="markdown-container"><p>${t}</p></div></div>`).join('\n')}
<div data-testid="wire-fields" class="sc-dnqmqq fields-component">${gFields
  .map(([k, v]) => `<div class="field-row"><div class="field-label">${k}</div> <div class="field-value">${v}</div></div>`)
  .join('\n')}</div>
<div data-testid="wire-button-bar" class="sc-iwsKbI buttons"><a role="button" class="button primary">Get directions</a>
<a role="button" class="button">Add to favourites</a><a role="button" class="button">Share</a></div>
<div data-testid="wire-inline-list" class="sc-gZMcBi inline-list"><h2 class="inline-list-title">Nearby walks</h2><ul>${gRelated
  .map((r) => `<li class="list-item"><div class="list-item-title">${r}</div><div class="list-item-sub">From Coldharbour</div></li>`)
  .join('\n')}</ul></div></div>
<nav class="tab-bar sc-kAzzGY" data-testid="tab-bar">${gTabs.map((t) => `<a class="tab" role="tab">${t}</a>`).join('')}</nav>
<a class="made-with-glide" href="https://www.glideapps.com/?utm_source=app">Made with Glide</a></div></div>
<script src="https://go.glideapps.example/static/js/main.7f2e.js"></script></body></html>`;
const glide: TestPage = {
  name: 'heldout443-glide-app-detail-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [...texts(gText), ...gFieldTexts],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Vale Walks Group', 'Sign in', 'Photo: group archive', 'Led walk every second Sunday', 'Get directions', 'Add to favourites', 'Share',
    'Nearby walks', ...gRelated, 'From Coldharbour', ...gTabs, 'Made with Glide',
  ],
};

const xTitle = 'Volunteer hours for 2025: what the workbook shows';
const xSummary = [
  j(
    "Every year we ask each project lead to enter their volunteers' hours in the shared workbook. The 2025 figures are",
    'now complete and the workbook is embedded below, so anyone in the trust can look through the numbers themselves.',
  ),
  j(
    'In short, volunteers gave 18,460 hours last year, up from 16,900 in 2024. That is the equivalent of roughly eleven',
    'full-time posts, and it is the first time we have passed the level we reached before the pandemic.',
  ),
];
const xPoints = [
  'Conservation work parties gave the most time, 7,240 hours, most of it on the heathland restoration at Brackenmoor.',
  'The visitor centre rota grew fastest, by 31 per cent, after the café reopened in April.',
  'Hours in schools education fell slightly because two leads left in the autumn; we are recruiting.',
  'Almost a quarter of all hours came from volunteers who joined in 2025.',
];
const xAfter = [
  j(
    'The workbook has three sheets: the summary chart, hours by project and month, and a sheet of notes on how hours are',
    "counted. Travel time is not counted, training is. If your project's figures look wrong, tell your lead rather than",
    'editing the file, which is read-only on this page.',
  ),
  j(
    'We will use these figures in the annual report and in our bid to the Heritage Lottery Fund, where volunteer time can',
    'be counted as match funding at a set hourly rate.',
  ),
  j(
    'Thank you to every project lead who chased the last timesheets in January, and to every volunteer whose hours are',
    'in there. If you know someone who would like to join a work party or the visitor centre rota, the volunteering page',
    'lists the current openings.',
  ),
];
const xNav = ['Home', 'News', 'Projects', 'Volunteering', 'Policies', 'Documents'];
const xComment = 'Really good to see Brackenmoor numbers written down. Could we get the monthly sheet split by site next year?';
const xHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${xTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Volunteers gave 18,460 hours in 2025.">
<link rel="stylesheet" href="https://res-1.cdn.office.example/files/sp-client/sp-pages-assembly_en-gb.css">
<script type="text/javascript">var _spPageContextInfo={"webTitle":"Staff Hub","pageItemId":214,"isSPO":true,"webTemplate":"64"};</script></head>
<body><div id="SuiteNavWrapper"><div id="O365_NavHeader" role="banner"><span class="o365sx-appName">SharePoint</span>
<button aria-label="Settings" id="O365_MainLink_Settings"></button></div></div>
<div id="spPageChromeAppDiv"><div data-automationid="SiteHeader" class="ms-siteHeader"><div class="ms-siteHeader-siteName">
<a href="/sites/staffhub" data-automationid="SiteHeaderTitle">Staff Hub</a></div>
<nav class="ms-HorizontalNav" aria-label="Site"><ul>${links(xNav, 'ms-HorizontalNavItem')}</ul></nav>
<div class="ms-siteHeader-actions"><button data-automationid="SiteHeaderFollowButton">Not following</button>
<button data-automationid="SiteHeaderShareButton">Share</button></div></div>
<div class="CanvasComponent" data-automation-id="CanvasControl"><div data-automation-id="pageHeader" class="pageTitle">
<h1 data-automation-id="TitleTextId" class="ms-pageTitle">${xTitle}</h1>
<div data-automation-id="authorByline" class="ms-byline"><span class="name">Harriet Lowdon</span>
<span class="published">Published 12 February 2026</span></div></div>
<div class="CanvasZone"><div class="CanvasSection"><div class="ControlZone" data-automation-id="CanvasControl">
<div data-sp-feature-tag="Rich Text Editor" class="cke_editable rte--read">${ps(xSummary)}
<h2>The main findings</h2><ul>${lis(xPoints)}</ul></div></div>
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="File Viewer" data-automation-id="FileViewer">
<iframe title="Volunteer hours 2025.xlsx" width="100%" height="480" frameborder="0" scrolling="no"
src="https://harlowfield.sharepoint.example/sites/staffhub/_layouts/15/Doc.aspx?sourcedoc={5b2f}&amp;action=embedview&amp;wdAllowInteractivity=False">
This is an embedded <a target="_blank" href="https://office.com">Microsoft Office</a> document, powered by
<a target="_blank" href="https://office.com/webapps">Office</a>.</iframe>
<div class="ms-FileViewer-caption">Volunteer hours 2025.xlsx, read-only view</div></div></div>
<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor" class="cke_editable rte--read">
<h2>About the workbook</h2>${ps(xAfter)}</div></div></div></div>
<div data-automation-id="sp-socialbar" class="ms-SocialBar"><button data-automation-id="sp-socialbar-likebutton">Like</button>
<span data-automation-id="sp-socialbar-viewcount">143 views</span><button>Save for later</button></div>
<div data-automation-id="sp-comment-section" class="ms-Comments"><h2>Comments</h2><div class="ms-AddComment">Add a comment</div>
<div class="ms-Comment"><span class="ms-Comment-author">Owain Tregear</span><span class="ms-Comment-date">13 February 2026</span>
<p class="ms-Comment-text">${xComment}</p><button>Reply</button></div></div></div>
<footer data-automation-id="SiteFooter" class="ms-siteFooter"><span>Harlowfield Countryside Trust</span>
<ul>${links(['Contact IT', 'Accessibility'])}</ul></footer></div>
</body></html>`;
const excel: TestPage = {
  name: 'heldout443-excel-online-sharepoint-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['The main findings', 'About the workbook'],
  body: [...texts(xSummary), ...xPoints, ...texts(xAfter)],
  bylines: ['Harriet Lowdon', 'Published 12 February 2026', 'Owain Tregear', '13 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SharePoint', 'Staff Hub', ...xNav, 'Not following', 'Share', 'This is an embedded Microsoft Office document, powered by Office.',
    'Volunteer hours 2025.xlsx, read-only view', 'Like', '143 views', 'Save for later', 'Comments', 'Add a comment', xComment, 'Reply',
    'Harlowfield Countryside Trust', 'Contact IT', 'Accessibility',
  ],
};

export const HELDOUT443_F: readonly TestPage[] = [glide, excel];
