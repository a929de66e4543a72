import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout454-kit.js';

/**
 * Held-out batch 454, file d: a ModernGov decision details page inside an English district council's site (Civic Cookie
 * Control banner, breadcrumb, ModernGov side menu), and a town's Select Board minutes posted on WordPress with Divi.
 */
const mTitle = 'Harbour car park charges 2027/28';
const mSecs = ['Purpose:', 'Decision:', 'Reasons for the decision:', 'Alternative options considered:'];
const mText: string[][] = [
  [
    j(
      'To set the tariffs for the four council-owned car parks around Saltmarsh Harbour for the year from 1 April 2027, following',
      'the consultation held in November and December 2026.',
    ),
  ],
  [
    'That Cabinet:',
    '(1) approves the tariffs set out in Appendix A, with the all-day charge at Quay Road rising from £6.50 to £7.20;',
    '(2) introduces a £45 annual resident permit for the Fishmarket car park, limited to one permit per household in the Harbour ward;',
    '(3) delegates to the Director of Place, in consultation with the Cabinet Member for Transport, the power to set charges for events.',
  ],
  [
    j(
      'The charges have not risen since April 2024, while the cost of maintaining the car parks has grown by 19 per cent. The resident',
      'permit responds to the 212 consultation replies from Harbour ward households, most of which asked for help with parking in summer.',
    ),
  ],
  [
    j(
      'Keeping the current charges was rejected because it would leave a shortfall of about £96,000 in the parking account. A permit',
      'open to all residents of the district was rejected because the Fishmarket car park has only 64 spaces.',
    ),
  ],
];
const mFields = [
  'Decision Maker: Cabinet',
  'Decision status: Recommendations Approved',
  'Is Key decision?: Yes',
  'Is subject to call in?: Yes',
  'Wards affected: Harbour; Quayside;',
  'Lead officer: Gwen Hallorant',
];
const mDates = ['Publication date: 21/01/2027', 'Date of decision: 19/01/2027', 'Decided at meeting: 19/01/2027 - Cabinet', 'Effective from: 29/01/2027'];
const mDocs = ['Car park charges 2027/28 report PDF 412 KB', 'Appendix A - Tariffs PDF 88 KB', 'Appendix B - Consultation responses PDF 1 MB'];
const mNav = ['Bins and recycling', 'Council tax', 'Parking and roads', 'Planning', 'Councillors, democracy and elections'];
const mSide = ['Calendar', 'Committees', 'Decisions', 'Forward Plans', 'Councillors', 'Search documents'];
const mCrumbs = ['Home', 'Councillors, democracy and elections', 'Decisions'];
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Decision - Harbour car park charges 2027/28 | East Fenmoor District Council</title>
<meta name="DC.title" content="Decision - Harbour car park charges 2027/28"><link href="/moderngov/SiteSpecific/ssMgStyles.css" rel="stylesheet">
<script src="https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script>
<script>CookieControl.load({product:'PRO',initialState:'notify',text:{title:'This site uses cookies to store information on your computer.'}});</script>
</head><body><a class="skip-link" href="#mgMainContent">Skip to main content</a>
<div id="ccc" role="region" aria-label="Cookie preferences"><div id="ccc-notify" class="ccc-notify"><div class="ccc-notify-text">
<h3>This site uses cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your
experience by providing insights into how the site is being used.</p></div><div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-accept-button">
<span>I Accept</span></button><button class="ccc-notify-button ccc-reject-button"><span>I Do Not Accept</span></button>
<button class="ccc-notify-button ccc-link">Settings</button></div></div></div>
<header class="site-header"><a href="https://www.eastfenmoor.gov.uk" class="logo">
<img src="/moderngov/SiteSpecific/logo.svg" alt="East Fenmoor District Council"></a>
<form class="site-search" action="https://www.eastfenmoor.gov.uk/search"><label for="q">Search this site</label><input id="q" name="q">
<button>Search</button></form>
<nav class="main-nav"><ul>${links(mNav)}</ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(mCrumbs)}</ol></nav>
<div id="modgov"><div class="mgSideBar"><ul class="mgSideMenu">${links(mSide, 'mgSideMenuItem')}</ul></div>
<div class="mgContent" id="mgMainContent"><h1 class="mgMainTitleTxt">Decision details</h1><h2 class="mgSubTitleTxt">${mTitle}</h2>
<div class="mgLinks"><a href="mgIssueHistoryHome.aspx?IId=30771" class="mgActionLink">Issue history</a></div>
${mFields.map((f) => `<p><span class="mgLabel">${f.replace(/: .*/, ': ')}</span>${f.replace(/^[^:]*: /, '')}</p>`).join('\n')}
${mSecs.map((s, i) => `<h3 class="mgSubSubTitleTxt">${s}</h3>\n${ps((mText[i] ?? []).map(esc))}`).join('\n')}
<div class="mgDateLine">${mDates.map((d) => `<p><span class="mgLabel">${d.replace(/: .*/, ': ')}</span>${d.replace(/^[^:]*: /, '')}</p>`).join('')}</div>
<h3 class="mgSubSubTitleTxt">Accompanying Documents:</h3><ul class="mgActionList">${mDocs
  .map(
    (d) => `<li><a href="documents/s${d.length}.pdf">${d}</a>
</li>`,
  )
  .join('')}</ul>
</div></div>
<footer class="site-footer"><ul>${links(['Accessibility statement', 'Privacy notice', 'Contact us'])}</ul><p>© East Fenmoor District Council 2027</p></footer>
</body></html>`;
const moderngov: TestPage = {
  name: 'heldout454-moderngov-decision',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSecs,
  body: texts(mText.flat()),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'I Accept', 'I Do Not Accept', 'Settings', 'Search this site', 'Search', ...mNav, 'Home', ...mSide,
    'Decision details', 'Issue history', ...mFields, ...mDates, 'Accompanying Documents:', ...mDocs, 'Accessibility statement', 'Privacy notice',
    'Contact us', '© East Fenmoor District Council 2027',
  ],
};

const wTitle = 'Select Board Meeting Minutes – February 2, 2027';
const wPresent = [
  'Present: Chair Lorraine Tubbs-Avery, Vice Chair Desmond Kellerhals, Members Ana Brightwater, Philip Osterhout and Ruth Oyelaran-Maddox.',
  'Also present: Town Administrator Colin Fairweather, Finance Director Sunita Bhavsar, and approximately 25 residents.',
];
const wItems: [string, string[]][] = [
  ['1. CALL TO ORDER', ['Chair Tubbs-Avery called the meeting to order at 7:00 p.m. in the Community Room of the Town Office Building.']],
  [
    '2. PUBLIC COMMENT',
    [
      j(
        'Gerald Pomfret of Orchard Lane asked when the sidewalk on Center Street near the elementary school would be repaired. The Town',
        'Administrator said the work is in the spring paving contract and should be done before the end of May.',
      ),
      j(
        'Martha Quillen of Beaver Brook Road thanked the Highway Department for its work during the January 18 storm and asked that',
        'the Board consider a sand pile for residents at the transfer station. The Chair asked the Administrator to look into it.',
      ),
    ],
  ],
  [
    '3. APPROVAL OF MINUTES',
    [j('Member Brightwater moved to approve the minutes of January 19, 2027 as presented. Member Osterhout seconded. The motion passed', '5-0.')],
  ],
  [
    '4. FY2028 BUDGET REVIEW',
    [
      j(
        'Finance Director Bhavsar presented the third draft of the FY2028 operating budget. Total proposed spending is $14,862,300, an',
        'increase of 3.9 percent over FY2027. The largest increases are in health insurance (up $212,000), the regional school',
        'assessment (up $188,500) and the solid waste contract (up $64,000).',
      ),
      j(
        'She said the draft keeps the tax rate increase to about 2.6 percent by using $350,000 from free cash, which would leave',
        'reserves at 9.1 percent of the budget, above the Board&rsquo;s policy minimum of 8 percent.',
      ),
      j(
        'Vice Chair Kellerhals asked whether the use of free cash could be repeated next year. Ms. Bhavsar said it could not at that',
        'level without bringing reserves below the policy. Member Oyelaran-Maddox asked staff to show what it would cost to add a',
        'second full-time position at the library, which has been running with one full-time librarian since October.',
      ),
      j('The Board agreed to hold a budget workshop with the Finance Committee on February 16 at 6:00 p.m. and to vote on a', 'recommended budget on March 2.'),
    ],
  ],
  [
    '5. APPOINTMENTS',
    [
      j(
        'Member Osterhout moved to appoint Hannah Greaves to the Conservation Commission for a term ending June 30, 2029. Member',
        'Brightwater seconded. The motion passed 5-0.',
      ),
      j(
        'Member Brightwater moved to appoint Rafael Quintero as an alternate member of the Zoning Board of Appeals for a term ending',
        'June 30, 2028. Vice Chair Kellerhals seconded. The motion passed 5-0.',
      ),
    ],
  ],
  [
    '6. TRANSFER STATION STICKER FEES',
    [
      j(
        'The Administrator presented a request from the Public Works Director to raise the annual transfer station sticker from $120 to',
        '$140 and the second-vehicle sticker from $15 to $20, effective July 1. He said the increase would cover about half of the rise in',
        'the hauling contract. Residents over 65 would continue to receive a $20 discount.',
      ),
      j('Member Oyelaran-Maddox said she would prefer a pay-as-you-throw bag program and asked that it be studied before next year.'),
      j(
        'Vice Chair Kellerhals moved to approve the new sticker fees effective July 1, 2027. Member Osterhout seconded. The motion passed',
        '4-1, Member Oyelaran-Maddox opposed.',
      ),
    ],
  ],
  [
    '7. ADMINISTRATOR&rsquo;S REPORT',
    [
      j(
        'The Administrator reported that the state has awarded the town a $480,000 grant for the replacement of the Mill Pond culvert,',
        'that the annual town report is at the printer, and that the Town Office will be closed on February 15 for Presidents&rsquo; Day.',
      ),
    ],
  ],
  [
    '8. ADJOURNMENT',
    [
      'At 8:47 p.m., Member Brightwater moved to adjourn. Member Osterhout seconded. The motion passed 5-0.',
      'Respectfully submitted, Dorothy Vance-Lindqvist, Recording Secretary',
    ],
  ],
];
const wNav = ['Home', 'Government', 'Departments', 'Meetings', 'Residents', 'Contact'];
const wRecent = ['Planning Board Agenda – February 10, 2027', 'Select Board Meeting Minutes – January 19, 2027', 'Winter Parking Ban Reminder'];
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${wTitle} | Town of Westbury Hollow</title>
<link rel="canonical" href="https://westburyhollow.org/select-board-meeting-minutes-february-2-2027/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}"
,"datePublished":"2027-02-09T10:14:22-05:00","author":{"@type":"Person","name":"Town Clerk"}}]}</script>
<link rel="stylesheet" id="divi-style-css" href="https://westburyhollow.org/wp-content/themes/Divi/style.min.css?ver=4.27.4" type="text/css" media="all">
<link rel="stylesheet" id="cookie-law-info-css"
href="https://westburyhollow.org/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css" media="all">
<style id="divi-style-inline-inline-css">#main-header{background-color:#1d3f2a}</style></head>
<body class="post-template-default single single-post postid-4421 et_pb_button_helper_class et_right_sidebar et_divi_theme">
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyze our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customize</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">(802) 555-0187</span>
<a href="mailto:clerk@westburyhollow.org"><span id="et-info-email">clerk@westburyhollow.org</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container">
<a href="https://westburyhollow.org/">
<img src="/wp-content/uploads/2024/03/town-seal.png" alt="Town of Westbury Hollow" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-4421" class="et_pb_post post-4421 post type-post status-publish format-standard category-select-board-minutes">
<div class="et_post_meta_wrapper"><h1 class="entry-title">${wTitle}</h1><p class="post-meta"> by <span class="author vcard"><a href="/author/townclerk/"
>Town Clerk</a></span> | <span class="published">Feb 9, 2027</span> | <a
href="/category/select-board-minutes/" rel="category tag">Select Board Minutes</a></p></div>
<div class="entry-content">
${ps(wPresent)}
${wItems.map(([h, ps_]) => `<p><strong>${h}</strong></p>\n${ps(ps_)}`).join('\n')}
</div></article></div>
<div id="sidebar"><div id="search-2" class="et_pb_widget widget_search"><form role="search" class="searchform" action="https://westburyhollow.org/">
<label class="screen-reader-text" for="s">Search for:</label><input type="text" name="s" id="s"><input type="submit" id="searchsubmit" value="Search">
</form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul>${links(wRecent)}</ul></div>
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Town Office Hours</h4><div class="textwidget">
<p>Monday – Thursday, 8:00 a.m. – 4:30 p.m.</p>
</div></div></div></div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix">
<div id="footer-info">Town of Westbury Hollow, 62 Common Road, Westbury Hollow, VT
05099</div></div></div></footer></div></div>
<script src="https://westburyhollow.org/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script></body></html>`;
const townWp: TestPage = {
  name: 'heldout454-town-wordpress-minutes',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: texts(wItems.map(([h]) => h)),
  body: texts([...wPresent, ...wItems.flatMap(([, b]) => b.filter((p) => !p.startsWith('Respectfully')))]),
  bylines: ['by Town Clerk | Feb 9, 2027 | Select Board Minutes', 'Respectfully submitted, Dorothy Vance-Lindqvist, Recording Secretary'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyze our traffic.', 'Customize', 'Reject All', 'Accept All',
    '(802) 555-0187', 'clerk@westburyhollow.org', ...wNav.filter((n) => n !== 'Residents'), 'Select Page', 'Search for:', 'Search', 'Recent Posts',
    ...wRecent, 'Town Office Hours',
    'Monday – Thursday, 8:00 a.m. – 4:30 p.m.', 'Town of Westbury Hollow, 62 Common Road, Westbury Hollow, VT 05099',
  ],
};

export const HELDOUT454_D: readonly TestPage[] = [moderngov, townWp];
