import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file c2: a public works road-closure notice in the News module of a Granicus govAccess (formerly Vision)
 * city site (ASP.NET form with view state, "Skip to Main Content", the header quick links and search, main navigation, the
 * "News Flash" module title and the department label, the "Posted on" line, the notice with its closure list and a detour map
 * image with a caption, "Return to full list", the page tools Print / Feedback / Share & Bookmark / Font Size with the hidden
 * "Press Enter to show all options" hint, the "Other News in Public Works" list, the Notify Me box and the footer).
 */
const vtTitle = 'Granger Avenue Bridge closed to all traffic March 17 to April 4 for deck repairs';
const vtP1 = [
  'The Granger Avenue Bridge over Mill Creek will be closed to all vehicle, bicycle and pedestrian traffic from 7:00 a.m. on Monday, ' +
    'March 17, through 6:00 p.m. on Friday, April 4, 2025, while crews replace damaged sections of the bridge deck and expansion joints.',
  'The bridge, built in 1964, carries about 9,500 vehicles a day. An inspection last fall found cracking and exposed reinforcing ' +
    'steel in the deck that must be repaired before it spreads. The work is part of the City’s 2025 Capital Improvement Program and ' +
    'is being carried out by Lakeshore Bridge & Concrete under contract with the Public Works Department.',
];
const vtH = ['Detour', 'What to expect', 'Bus service', 'Questions'];
const vtP2 = [
  'Northbound and southbound traffic will be detoured to the Fulton Street Bridge using Ninth Street and Riverside Drive. Trucks over ' +
    '10 tons must use the State Route 41 bypass. Detour signs will be in place by Friday, March 14.',
];
const vtList = [
  'Granger Avenue will be closed between Ninth Street and Canal Street. Local access to homes and businesses on those blocks will be maintained.',
  'Pedestrians and cyclists can cross Mill Creek on the Fulton Street Bridge or the Mill Creek Trail footbridge, about a quarter mile east.',
  'Work hours are 7:00 a.m. to 6:00 p.m., Monday through Saturday. Some concrete pours may start earlier to avoid afternoon heat.',
  'Expect noise from jackhammers and saw cutting during the first week of the closure.',
];
const vtP3 = [
  'Metro Transit routes 4 and 12 will follow the detour. The stops at Granger and Mill Creek Road will be temporarily moved to Fulton ' +
    'Street at Riverside Drive. See the transit agency’s service alerts for details.',
];
const vtP4 = [
  'Work depends on the weather, and the schedule may change. The City will post updates here and on its social media channels. For ' +
    'questions about the project, contact the Public Works Department at 555-0175 or publicworks@cityofbrandon.example.',
];
const vtCap = 'Detour route for the Granger Avenue Bridge closure (click to enlarge).';
const vtQuick = ['Agendas & Minutes', 'Pay Utility Bill', 'Report a Problem', 'Jobs'];
const vtNav = ['Government', 'Departments', 'Community', 'Business', 'Services', 'I Want To...'];
const vtTools = ['Print', 'Feedback', 'Share & Bookmark', 'Press Enter to show all options, press Tab go to next option', 'Font Size:'];
const vtOther = [
  'Spring street sweeping begins April 1',
  'Leaf collection ends for the season',
  'Hydrant flushing scheduled in the north district',
  'Water main replacement on Oak Street completed',
];
const vtNotify = ['Notify Me®', 'Receive email or text alerts for news and notices from the City of Brandon.', 'Sign Up'];
const vtFoot = ['City of Brandon', '100 Civic Center Plaza', 'Brandon, OH 44830', 'Phone: 555-0100'];
const vtFootLinks = ['Contact Us', 'Accessibility', 'Privacy Policy', 'Site Map', 'Employee Portal'];
const vtHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head id="ctl00_ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Granger Avenue Bridge closed to all traffic March 17 to April 4 for deck repairs | Brandon, OH</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta property="og:title" content="${vtTitle}"><meta property="og:type" content="article"><meta name="description" content="The Granger Avenue Bridge will be
closed for deck repairs.">
<link href="/Project/Contents/Main/_gfx/themes/Brandon/main.css?v=638412" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/Project/Resources/Scripts/jquery-3.6.0.min.js"></script><script type="text/javascript"
src="/Project/Resources/Scripts/vi.frontend.js"></script></head>
<body id="ctl00_ctl00_body" class="news interior"><form name="aspnetForm" method="post" action="./Home/Components/News/News/3318/17" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkQ3p3Qm9ZbXlQa2w="></div>
<a href="#skip-to-content" class="skip">Skip to Main Content</a>
<div id="header" class="header"><div class="container"><a id="ctl00_ctl00_logo" class="logo" href="/"><img src="/ImageRepository/Document?documentId=5"
alt="City of Brandon, Ohio"></a>
<ul class="quick-links">${links(vtQuick)}</ul><div class="search" role="search"><label for="ctl00_ctl00_Search_Input" class="hidden">Site Search</label>
<input name="ctl00$ctl00$Search$Input" type="text" id="ctl00_ctl00_Search_Input" placeholder="Search..."><a class="search-btn" href="#">Search</a></div>
<nav class="main-nav" aria-label="Main"><ul class="nav">${links(vtNav, 'nav-item')}</ul></nav></div></div>
<div id="content" class="content"><div class="container"><div class="breadcrumbs"><a href="/">Home</a> <span class="sep">›</span> <a href="/news">News
Flash</a>
<span class="sep">›</span> <span>Public Works</span></div>
<div id="skip-to-content"></div><div class="page-tools" role="toolbar"><ul class="tools">
${vtTools
  .map((t, i) =>
    i === 3
      ? `<li class="sr-only" aria-hidden="false">${t}</li>`
      : `<li><a class="tool"
href="#">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}
<li><a class="font-up" href="#">+</a></li><li><a class="font-down" href="#">-</a></li></ul></div>
<div class="main-column"><h2 class="module-title">News Flash</h2><div class="news_category">Public Works</div>
<div id="ctl00_ctl00_MainContent_ModuleContent_ctl00_divNewsDetail" class="news_detail"><h1 class="news_title">${vtTitle}</h1>
<div class="news_date">Posted on: <span class="date">March 10, 2025</span></div>
<div class="news_body fr-view">
${ps(vtP1)}
<h3>${vtH[0]}</h3>
${ps(vtP2)}
<div class="image_widget"><a href="/ImageRepository/Document?documentID=4471" target="_blank"><img src="/ImageRepository/Document?documentID=4471&amp;w=600"
alt="Map of the detour via Ninth Street, Fulton Street and Riverside Drive"></a><p class="image_caption">${vtCap}</p></div>
<h3>${vtH[1]}</h3>
<ul>${vtList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${vtH[2]}</h3>
${ps(vtP3)}
<h3>${vtH[3]}</h3>
${ps(vtP4)}
</div><a class="return" href="/news">Return to full list &gt;&gt;</a></div></div>
<aside class="side-column"><div class="widget other-news"><h3 class="widget-title">Other News in Public Works</h3><ul>${links(vtOther)}</ul>
<a class="view-all" href="/news?cat=17">View All</a></div>
<div class="widget notify-me"><h3 class="widget-title">${vtNotify[0]}</h3><p>${vtNotify[1]}</p><a class="button"
href="/list.aspx">${vtNotify[2]}</a></div></aside>
</div></div>
<div id="footer" class="footer"><div class="container"><div class="address">${ps(vtFoot)}</div><ul class="footer-links">${links(vtFootLinks)}</ul>
<p class="powered">Government Websites by <a href="https://granicus.com">Granicus</a> - Connecting People and Government</p></div></div>
<script type="text/javascript">//<![CDATA[
Sys.Application.initialize(); vi.news.detail.init({ id: 3318, category: 17 });
//]]></script></form></body></html>`;
export const roadClosure: TestPage = {
  name: 'heldout221-govaccess-road-closure',
  kind: 'news',
  html: vtHtml,
  // the module title "News Flash" and the department label are furniture, "Posted on:" and its date bylines; the detour map
  // caption is furniture
  title: vtTitle,
  headings: vtH,
  body: texts([...vtP1, ...vtP2, ...vtList, ...vtP3, ...vtP4]),
  bylines: ['Posted on: March 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...vtQuick, 'Site Search', 'Search', ...vtNav, 'Home', 'News Flash', 'Public Works', ...vtTools, vtCap, 'Return to full list >>',
    'Other News in Public Works', ...vtOther, 'View All', ...vtNotify, ...vtFoot, ...vtFootLinks,
    'Government Websites by Granicus - Connecting People and Government',
  ],
};
