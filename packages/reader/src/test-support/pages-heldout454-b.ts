import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file b: a Granicus MediaPlayer meeting video page with its agenda index, and a CivicPlus (CivicEngage)
 * News Flash recapping a council meeting, with the mega menu, Google Translate widget and "Other News" rail.
 */
const gTitle = 'City Council Regular Meeting';
const gWhen = 'Jan 5, 2027 6:00 PM';
const gIndex: [string, string][] = [
  ['00:00:12', 'Call to Order and Roll Call'],
  ['00:02:40', 'Proclamation: Harbor Volunteers Week'],
  ['00:09:05', 'Public Comment on Non-Agenda Items'],
  ['00:31:48', 'Consent Calendar, Items 4.1 through 4.7'],
  ['00:34:10', 'Public Hearing: Zoning Text Amendment ZTA-26-09, Short-Term Rentals in the Waterfront District'],
  ['01:52:33', 'Award of Contract for the Pier 3 Fender Replacement'],
  ['02:10:02', 'First Reading of Ordinance 2027-01, Leaf Blower Noise Limits'],
  ['02:41:19', 'Council Member Reports and Adjournment'],
];
const gTabs = ['Agenda', 'Minutes', 'Share', 'Download'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Port Calder - City Council on ${gWhen}</title><meta property="og:title" content="${gTitle} - ${gWhen}">
<meta property="og:video" content="https://portcalder.granicus.com/player/clip/1884">
<link rel="stylesheet" href="//portcalder.granicus.com/MediaPlayer/css/player.css" type="text/css">
<script src="//portcalder.granicus.com/MediaPlayer/js/jquery-1.12.4.min.js"></script>
<script src="//portcalder.granicus.com/MediaPlayer/js/mediaplayer.js"></script>
<script>var clip_id=1884, view_id=2, entry_id=0;
var stream_url="https://archive-stream.granicus.com/OnDemand/_definst_/mp4:archive/portcalder/portcalder_7f1b.mp4/playlist.m3u8";</script>
</head><body class="mediaplayer"><div id="wrapper"><div id="header"><a href="https://www.portcalder.gov"><img id="logo" src="/MediaPlayer/images/logo.png"
alt="City of Port Calder"></a><div id="header-links"><a href="/ViewPublisher.php?view_id=2">Archived Videos</a> | <a href="/help">Help</a></div></div>
<div id="content"><div id="video-container"><div id="player" class="video-js vjs-default-skin"><video id="granicus-video" preload="none"
poster="/images/poster.jpg"></video><div class="vjs-control-bar" aria-hidden="true"><button class="vjs-play-control">Play</button></div></div>
<div id="meta"><h1 id="clip-title">${gTitle}</h1><p id="clip-date">${gWhen}</p></div></div>
<div id="sidebar"><ul id="tabs">${gTabs.map((t, i) => `<li${i === 0 ? ' class="selected"' : ''}><a href="#${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<div id="index" class="tab-pane"><h2 class="index-title">Index</h2>
${gIndex
  .map(
    ([t, x]) => `<div class="index-point" time="${t}"><a href="javascript:void(0)" onclick="SetTime('${t}')"><span class="time">${t}</span>
<span class="title">${esc(x)}</span></a></div>`,
  )
  .join('\n')}</div>
<div id="share" class="tab-pane" style="display:none"><label>Embed code</label><textarea readonly>&lt;iframe src="..."&gt;&lt;/iframe&gt;</textarea></div>
</div></div><div id="footer"><p>Powered by Granicus</p></div></div></body></html>`;
const granicus: TestPage = {
  name: 'heldout454-granicus-video',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gWhen, ...gIndex.map(([, x]) => x)],
  bylines: [],
  furniture: ['Archived Videos', 'Help', ...gTabs.slice(1), 'Index', ...gIndex.map(([t]) => t), 'Powered by Granicus'],
};

const pTitle = 'Council Adopts Downtown Parking Plan, Delays Vote on Water Rates';
const pBody = [
  j(
    'At its January 26 regular meeting, the Elmhurst Springs City Council voted 5-2 to adopt the Downtown Parking Management Plan',
    'and continued the proposed water rate increase to its February 23 meeting so that staff can answer questions raised by residents.',
  ),
  'Downtown Parking Management Plan',
  j(
    'The plan replaces the free two-hour limit on Main Street and Depot Avenue with paid parking from 10 a.m. to 6 p.m., Monday',
    'through Saturday, at $1.50 an hour. The first 30 minutes will remain free. Employees of downtown businesses will be able to buy',
    'a monthly permit for the Cedar Street lot for $25.',
  ),
  j(
    'Council Members Ruiz-Whitfield and Osei voted against the plan, saying it should wait until the new garage on Third Street opens',
    'in 2028. Mayor Dana Colquitt said the paid zones would pay for the garage&rsquo;s operation and that the rates will be reviewed after',
    'one year.',
  ),
  'Water rates continued',
  j(
    'Staff proposed raising the base monthly water charge from $18.40 to $21.10 and the usage charge by 6 percent a year for three',
    'years to fund the replacement of the Hillcrest reservoir. Eleven residents spoke during the public hearing, most of them asking',
    'for a lower rate for households that use little water.',
  ),
  'Council asked staff to return with:',
  'a lifeline rate option for low-use households',
  'the cost of phasing the reservoir work over five years instead of three',
  'a comparison with rates in neighboring cities',
  'Other actions',
  j(
    'The Council also approved the consent calendar, appointed Priya Nandakumar to the Library Board and proclaimed February as',
    'Elmhurst Springs Reads Month. Video of the full meeting is available on the city&rsquo;s meeting portal.',
  ),
];
const pNav = ['Government', 'Departments', 'Residents', 'Business', 'How Do I...'];
const pCrumbs = ['Home', 'News Flash'];
const pOther = ['Planning Commission Seeks Applicants', 'Holiday Trash Collection Schedule', 'Library Hours Extended on Thursdays'];
const pFoot = ['Contact Us', 'Site Map', 'Accessibility', 'Copyright Notices'];
const pQuick = ['Agendas & Minutes', 'Pay Utility Bill', 'Job Opportunities', 'Notify Me®'];
const pUl = [pBody[7] ?? '', pBody[8] ?? '', pBody[9] ?? ''];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News Flash • Elmhurst Springs, OH • CivicEngage</title>
<meta name="description" content="Council adopts downtown parking plan and continues water rates to February 23.">
<link rel="stylesheet" href="/Areas/Layout/Assets/Styles/Site.css?v=2"><script src="/Assets/Scripts/jQuery/jquery-3.5.1.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7H2KX9"></script><script>window.dataLayer=window.dataLayer||[];</script>
<style>#divEditor1 .fr-view p{margin:0 0 1em}</style></head><body class="wide" id="bodyWrapper">
<a id="skipToContentLink" class="skipToContentLink" href="#moduleContent">Skip to Main Content</a>
<div id="outer-wrap"><div id="bannerContainer"><header id="siteHeader"><div class="siteLogo"><a href="/"><img alt="Elmhurst Springs, OH - Homepage"
src="/ImageRepository/Document?documentID=12"></a></div><div id="google_translate_element"><div class="skiptranslate goog-te-gadget">
<select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option></select></div></div>
<div class="siteSearch"><form action="/Search" role="search"><label for="searchField" class="hidden">Search</label><input id="searchField" type="text"
placeholder="Search..."><input type="submit" class="widgetSearchButton" value="Search"></form></div>
<nav id="mainNav" class="megaMenu"><ul class="rootNavMenu">${links(pNav, 'topMenuItem')}</ul></nav></header></div>
<div id="contentarea"><div id="breadCrumbs" class="breadCrumbContainer"><ol class="breadCrumbs">${links(pCrumbs)}</ol></div>
<div class="row outer"><div class="col col1" id="moduleContent"><div id="CivicAlerts" class="moduleContentNew"><div class="single">
<h1 class="headline" id="versionHeadLine">${pTitle}</h1><div class="date">Post Date:01/27/2027 4:12 PM</div>
<div class="content"><div id="divEditor1" class="fr-view">
${ps([pBody[0] ?? ''])}<h2><strong>${pBody[1]}</strong></h2>${ps([pBody[2] ?? '', pBody[3] ?? ''])}
<h2><strong>${pBody[4]}</strong></h2>${ps([pBody[5] ?? '', pBody[6] ?? ''])}<ul>${pUl.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2><strong>${pBody[10]}</strong></h2>${ps([pBody[11] ?? ''])}</div></div>
<div class="pager"><a class="prev" href="/CivicAlerts.aspx?AID=811">⇐Previous</a><a class="next" href="/CivicAlerts.aspx?AID=813">Next⇒</a></div>
</div></div></div>
<div class="col col2" id="sidebar"><div class="moduleSidebar"><h3>Tools</h3><ul><li><a href="/RSS.aspx">RSS</a></li>
<li><a href="/list.aspx">Notify Me®</a></li></ul>
<h3>Other News in City Council</h3><ul>${links(pOther)}</ul><a class="viewAll" href="/CivicAlerts.aspx?CID=3">View All</a></div></div></div></div>
<footer id="siteFooter"><div class="quickLinks"><h3>Quick Links</h3><ul>${links(pQuick)}</ul></div>
<div class="contactInfo"><h3>Contact Us</h3><p>City of Elmhurst Springs<br>400 Mercer Avenue<br>Elmhurst Springs, OH 45399</p><p>Phone: 513-555-0142</p></div>
<ul class="footerNav">${links(pFoot)}</ul><div class="cpLogo"><a href="https://connect.civicplus.com/referral">Government Websites by
<img src="/Areas/Layout/Assets/Images/cp-logo.svg" alt="CivicPlus"></a></div></footer></div>
<script src="/Assets/Scripts/Translate/translate.js"></script></body></html>`;
const civicPlus: TestPage = {
  name: 'heldout454-civicplus-news-flash',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pBody[1] ?? '', pBody[4] ?? '', pBody[10] ?? ''],
  body: texts(pBody.filter((_, i) => ![1, 4, 10].includes(i))),
  bylines: ['Post Date:01/27/2027 4:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Select Language', 'Search', ...pNav.filter((n) => n !== 'Residents'), ...pCrumbs, '⇐Previous', 'Next⇒', 'Tools', 'RSS',
    'Notify Me®',
    'Other News in City Council', ...pOther, 'View All', 'Quick Links', ...pQuick.slice(0, 3), 'Contact Us', 'City of Elmhurst Springs',
    '400 Mercer Avenue', 'Elmhurst Springs, OH 45399', 'Phone: 513-555-0142', ...pFoot.slice(1), 'Government Websites by',
  ],
};

export const HELDOUT454_B: readonly TestPage[] = [granicus, civicPlus];
