import { ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file c: an avalanche bulletin on an old table-layout avalanche centre site (HTML 4, font tags, spacer
 * GIFs) and a backcountry conditions thread on Discourse.
 */
const aTitle = 'Avalanche Bulletin — Corrie Range';
const aDanger: string[][] = [
  ['Alpine', '3 - Considerable', '3 - Considerable'],
  ['Treeline', '2 - Moderate', '3 - Considerable'],
  ['Below Treeline', '1 - Low', '2 - Moderate'],
];
const aSummaryHead = 'Summary';
const aSummary = [
  j(
    'Thirty to forty centimetres of new snow and strong southwest winds have built fresh wind slabs on north and east aspects in',
    'the alpine. These slabs sit on a layer of surface hoar buried on February 2 and will be easy to trigger on steep, unsupported',
    'slopes. Travel in avalanche terrain is not recommended above treeline on Saturday.',
  ),
];
const aProbHead = 'Avalanche Problems';
const aProbs: string[][] = [
  ['Wind Slab', 'N, NE, E in the Alpine and Treeline', 'Likely', 'Size 1.5 - 2.5'],
  ['Persistent Slab', 'All aspects at Treeline', 'Possible', 'Size 2 - 3'],
];
const aObsHead = 'Recent Observations';
const aObs = [
  j(
    'On Thursday a skier triggered a size 2 wind slab on a northeast slope at 2,150 m near Larkspur Col. The crown was 40 cm',
    'deep and the slab ran 250 m. No one was caught.',
  ),
  j(
    'Several natural size 1 to 2 avalanches were seen on Friday from the Glen Ardoch road, all on lee slopes in the alpine.',
    'Field teams found the February 2 surface hoar 35 to 55 cm down with sudden, planar results in snowpack tests.',
  ),
];
const aWxHead = 'Weather Forecast';
const aWx = [
  'Saturday: Cloudy with flurries, 5 cm. Ridge winds southwest 40 to 60 km/h. Freezing level 900 m.',
  'Sunday: Clearing. Ridge winds west 20 km/h. Freezing level 1,200 m.',
];
const aTravel = j(
  'Stick to simple, low-angle terrain and avoid slopes where the wind has loaded fresh snow. Watch for shooting cracks and',
  'whumpfing, which are signs of an unstable snowpack.',
);
const aMenu = ['Current Bulletin', 'Archive', 'Submit an Observation', 'Courses', 'Donate', 'Links'];
const aHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Corrie Range Avalanche Centre :: Current Bulletin</title><meta name="keywords" content="avalanche, bulletin, Corrie Range, backcountry">
<link rel="stylesheet" href="/css/cac.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('/img/nav_on.gif')">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#1C3F6E" height="80">
<a href="/"><img src="/img/cac_banner.gif" width="468" height="80" border="0" alt="Corrie Range Avalanche Centre"></a></td></tr>
<tr><td bgcolor="#D9E3EF"><font face="Verdana, Arial" size="1"><b>Backcountry avalanche information for the Corrie Range since 1996</b></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr><td width="170" valign="top" bgcolor="#EEF2F7" class="leftnav">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
${aMenu
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="/${t.toLowerCase().replace(/ /g, '_')}.html" class="nav">${t}</a></font></td>
</tr>`,
  )
  .join('\n')}
</table><br><img src="/img/spacer.gif" width="1" height="20" alt=""><br>
<font face="Verdana" size="1">Emergency: call 911 and ask for Mountain Rescue</font><br><br>
<a href="https://www.paypal.com/donate"><img src="/img/paypal_donate.gif" border="0" alt="Donate with PayPal"></a></td>
<td valign="top"><font face="Verdana, Arial" size="2">
<h1><font color="#1C3F6E">${aTitle}</font></h1>
<p><font size="1">Issued: Friday, February 6, 2026, 4:00 PM<br>Valid until: Saturday, February 7, 2026, 4:00 PM<br>Forecaster: R. Okonkwo-Hale</font></p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
<tr bgcolor="#1C3F6E"><th><font color="#FFFFFF">Elevation</font></th><th><font color="#FFFFFF">Saturday</font></th>
<th><font color="#FFFFFF">Sunday</font></th></tr>
${aDanger.map((r) => tr(r)).join('\n')}</table>
<h2>${aSummaryHead}</h2>${ps(aSummary)}
<h2>${aProbHead}</h2><table width="100%" border="1" cellspacing="0" cellpadding="4"><tr bgcolor="#D9E3EF"><th>Problem</th><th>Location</th>
<th>Likelihood</th><th>Size</th></tr>
${aProbs.map((r) => tr(r)).join('\n')}</table>
<h2>${aObsHead}</h2>${ps(aObs)}
<h2>${aWxHead}</h2>${ps(aWx)}
<p><b>${aTravel}</b></p>
<hr size="1" noshade><p><font size="1">This bulletin describes general conditions and does not apply to ski areas or highways.
Always make your own assessment.</font></p><p><font size="1"><a href="/archive.html">Previous bulletins</a> | <a href="/print.html">Printer version</a>
</font></p></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td align="center" bgcolor="#1C3F6E"><font face="Verdana" size="1" color="#FFFFFF">
Corrie Range Avalanche Centre is a non-profit society. Copyright &copy; 1996-2026. Webmaster: webmaster@corrieavalanche.org</font></td></tr></table>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-402118-1']);_gaq.push(['_trackPageview']);</script></body></html>`;
const avalanche: TestPage = {
  name: 'heldout486-avalanche-bulletin-table',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: [aSummaryHead, aProbHead, aObsHead, aWxHead],
  body: [...aDanger.map((r) => rowText(r)), ...aSummary, ...aProbs.map((r) => rowText(r)), ...aObs, ...aWx, aTravel],
  bylines: ['Issued: Friday, February 6, 2026, 4:00 PM', 'Valid until: Saturday, February 7, 2026, 4:00 PM', 'Forecaster: R. Okonkwo-Hale'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Backcountry avalanche information for the Corrie Range since 1996', ...aMenu, 'Emergency: call 911 and ask for Mountain Rescue',
    'This bulletin describes general conditions and does not apply to ski areas or highways. Always make your own assessment.',
    'Previous bulletins', 'Printer version',
    'Corrie Range Avalanche Centre is a non-profit society. Copyright © 1996-2026. Webmaster: webmaster@corrieavalanche.org',
  ],
};

const fTitle = 'Conditions on the Pallister Glacier approach this week?';
const fPosts: [string, string, string[]][] = [
  [
    'skinnyskis_dee',
    'Feb 3',
    [
      j(
        'Planning a two-day trip up the Pallister this weekend, camping at the toe of the glacier. Has anyone been up the approach',
        'since the warm spell? Wondering whether the creek crossing below the moraine is still bridged.',
      ),
      'Also curious how the crevasses near the icefall looked. Last March there was a big open one right on the usual skin track.',
    ],
  ],
  [
    'hutkeeper_ossie',
    'Feb 3',
    [
      j(
        'Was up there Saturday. The creek is bridged but the snow over it is getting thin, we crossed one at a time about 50 m',
        'upstream of the summer ford. Moraine is wind-scoured in places, bring ski crampons.',
      ),
      "The icefall is fine if you stay climber's left. The big crack from last year is filled in, but probe before you camp.",
    ],
  ],
  [
    'Mireille_T',
    'Feb 4',
    [
      j(
        'Adding to this: avalanche centre has a persistent slab problem at treeline right now. The approach crosses the bottom of',
        "the Slate Gully runout for about 200 m, so don't stop there and go early before the sun hits it.",
      ),
    ],
  ],
  ['skinnyskis_dee', 'Feb 4', ['Super helpful, thanks both. Will report back Monday.']],
];
const fCats = ['Trip Reports and Conditions', 'Corrie Range'];
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Trip Reports and Conditions - Corrie Backcountry Forum</title>
<meta name="description" content="Planning a two-day trip up the Pallister this weekend, camping at the toe of the glacier.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 5e8c1f"><meta name="discourse_theme_id" content="2">
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.corriebc.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"skinnyskis_dee"}}</script>
<script defer src="/assets/start-discourse-a9c2.js"></script></head>
<body class="category-trip-reports-and-conditions docked"><div id="main-outlet-wrapper" class="wrap" role="main">
<section id="main" class="ember-application"><div class="skip-link-container"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Corrie Backcountry Forum" id="site-logo" class="logo-big"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button" type="button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button" type="button">
<span class="d-button-label">Log In</span>
</button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" title="Search"
 aria-label="Search"><svg class="fa d-icon d-icon-search"><use href="#search"></use></svg></a></li></ul></div></div></div></header>
<div id="main-outlet" class="wrap"><div class="container posts" id="main-container"><div id="topic-title"><div class="container">
<div class="title-wrapper"><h1 data-topic-id="18842">
<a href="/t/conditions-on-the-pallister-glacier-approach-this-week/18842" class="fancy-title">${fTitle}</a></h1>
<div class="topic-category">${fCats
  .map(
    (c) => `<a class="badge-category__wrapper" href="/c/${c.length}"><span class="badge-category__name">${c}</span>
</a>`,
  )
  .join('')}
</div><div class="list-tags"><a href="/tag/glacier" class="discourse-tag simple">glacier</a>
<a href="/tag/ski-touring" class="discourse-tag simple">ski-touring</a>
</div></div></div></div>
<div class="topic-area"><div class="posts-wrapper"><div class="post-stream">
${fPosts
  .map(
    (
      [u, d, ps0],
      i,
    ) => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" class="boxed onscreen-post" role="region">
<div class="row"><div class="topic-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}"><img alt="" width="48" height="48" class="avatar"
 src="/user_avatar/forum.corriebc.org/${u}/48/1.png"></a></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username"><a href="/u/${u}">${u}</a></span></div><div class="post-infos">
<div class="post-info post-date">
<a class="post-date" href="/t/18842/${i + 1}"><span title="${d}, 2026" class="relative-date">${d}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(ps0)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="btn-flat like" title="like this post" aria-label="like this post"><svg class="d-icon d-icon-far-heart"></svg></button>
<button class="btn-flat share" title="copy a link to this post"><svg class="d-icon d-icon-link"></svg></button>
<button class="btn-flat reply create" title="begin composing a reply to this post"><span class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`,
  )
  .join('\n')}
</div></div><div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Feb 3</span></li>
<li><h4>last reply</h4><span class="relative-date">Feb 4</span></li><li><span class="number">3</span><h4>replies</h4></li>
<li><span class="number">412</span><h4>views</h4></li></ul></section></div></div>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/18611" class="title raw-link">Larkspur Col skin track: wind-scoured above 2,000 m</a></td>
<td class="num posts">6</td></tr><tr class="topic-list-item"><td class="main-link"><a href="/t/18790" class="title raw-link">Hut booking for Easter week</a>
</td>
<td class="num posts">11</td></tr></tbody></table></div></div></div></section></div>
<noscript><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></noscript></body></html>`;
const forumThread: TestPage = {
  name: 'heldout486-glacier-conditions-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , p]) => texts(p)),
  bylines: ['skinnyskis_dee', 'hutkeeper_ossie', 'Mireille_T', 'Feb 3', 'Feb 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fCats, 'ski-touring', 'Reply', 'created', 'last reply', '3', 'replies', '412', 'views',
    'Suggested Topics', 'Larkspur Col skin track: wind-scoured above 2,000 m', '6', 'Hut booking for Easter week', '11',
  ],
};

export const HELDOUT486_C: readonly TestPage[] = [avalanche, forumThread];
