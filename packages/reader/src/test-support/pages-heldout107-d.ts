import { links, ps, type TestPage, texts } from './page-kit.js';
import { ftStory } from './pages-heldout107-d2.js';

/**
 * Held-out batch 107, file d: a local US daily on a TownNews BLOX CMS template (the weather widget, the top nav with
 * "Subscribe" and "Log In", the section flag, kicker, headline and subhead, the byline with "Staff Writer", the dates, the
 * share container, the lead photo caption and credit, in-story ad regions, the "Get email notifications" block with its
 * hidden {{subject}} template texts, tags, the author card, "Related to this story", "Most Popular", the comment guidelines
 * ("Welcome to the discussion.") and the footer) and, from file d2, a Financial Times story.
 */
const tnTitle = 'School board approves four-day week for Ridgeway district starting next fall';
const tnSub = 'Vote was 5-2 after a three-hour meeting; parents split over child care';
const tnP = [
  'The Ridgeway Unified School District will move to a four-day school week in August after its board voted 5-2 on Monday night to adopt a new calendar.',
  'Students will attend classes Tuesday through Friday, with school days extended by about 50 minutes. The district said the total number of ' +
    'instructional hours would stay the same.',
  'Superintendent Carla Mendes told the board that the change was mainly about hiring. The district started this year with 23 open teaching ' +
    'positions, and Mendes said candidates had repeatedly asked about the schedule in interviews.',
  '“We are competing with districts that already made this move, and we are losing,” Mendes said. “This is the first thing in years that ' +
    'teachers have told us would make them stay.”',
  'More than 60 people spoke during public comment, which lasted nearly two hours.',
  'Several parents said the change would leave them scrambling for child care on Mondays. Jenna Whitlock, a nurse with two children at Pine ' +
    'Street Elementary, said she worked 12-hour shifts and had no family nearby.',
  '“I support the teachers. I really do. But I need someone to explain to me where my kids are supposed to go,” she said.',
  'The district plans to offer a paid Monday program at each elementary school, run by the Ridgeway Parks and Recreation Department, with ' +
    'reduced fees for families who qualify for free or reduced-price lunch.',
  'Board members Tom Brightwater and Ellen Sato voted against the calendar. Sato said she wanted the district to wait a year and study results ' +
    'in neighboring Cold Creek, which switched in 2023.',
  'Board President Luis Ortega said the district could not wait. “Every year we wait, we lose more good teachers,” he said.',
  'The district will hold information sessions for families in January. The new calendar will be reviewed after two years.',
];
const tnWeather = ['Clear', '41°', 'Ridgeway, CO'];
const tnTop = ['Subscribe', 'Log In', 'E-Edition'];
const tnNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Lifestyles', 'Calendar', 'Classifieds', 'Jobs'];
const tnFlag = 'Education';
const tnKicker = 'Top Story';
const tnBy = 'By Dana Whitfield';
const tnShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const tnCaption = 'Parents and teachers line up to speak at Monday’s Ridgeway school board meeting.';
const tnCredit = 'Marco Ruiz/The Ridgeway Sentinel';
const tnNotify = [
  'Get email notifications on {{subject}} daily!',
  'Your notification has been saved.',
  'There was a problem saving your notification.',
  '{{description}} Email notifications are only sent once a day, and only if there are new matching items.',
];
const tnTags = ['Ridgeway Unified School District', 'School Board', 'Four-day Week', 'Education'];
const tnAuthor = 'Dana Whitfield covers education and county government for the Sentinel.';
const tnRelated = ['Cold Creek district reports mixed results after first year of four-day week', 'Ridgeway teachers union endorses calendar change'];
const tnPop = [
  'Police identify driver in Highway 50 crash',
  'New brewery opens in old fire station downtown',
  'Ridgeway High volleyball advances to state semifinal',
  'County commissioners delay vote on landfill expansion',
];
const tnRules = [
  'Welcome to the discussion.',
  'Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.',
  'PLEASE TURN OFF YOUR CAPS LOCK.',
  'Don’t Threaten. Threats of harming another person will not be tolerated.',
  'Be Truthful. Don’t knowingly lie about anyone or anything.',
  'Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.',
];
const tnFoot = ['Contact Us', 'Submit News', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Site Map'];
const tnCopy = '© Copyright 2025 The Ridgeway Sentinel, 114 Main St. Ridgeway, CO | Terms of Use | Privacy Policy';
const tnAd = (n: string): string => `<div class="tnt-ads-container hidden-print"><div class="tnt-ads-label hidden-print">Ad</div>
<div id="tncms-region-article_instory_${n}" class="tncms-region hidden-print"><div id="tncms-block-${n}" class="tncms-block"></div></div></div>`;
const tnHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tnTitle} | News | ridgewaysentinel.com</title>
<meta name="description" content="${tnSub}"><meta name="author" content="Dana Whitfield Staff Writer"><meta property="og:title" content="${tnTitle}">
<meta name="tncms-access-version" content="1.42.0"><link rel="canonical"
href="https://www.ridgewaysentinel.com/news/school-board-approves-four-day-week/article_5f1c2d3e.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${tnTitle}","datePublished":"2025-11-11T23:15:00-07:00",
"dateModified":"2025-11-12T08:40:00-07:00","author":[{"@type":"Person","name":"Dana Whitfield Staff Writer"}],"publisher":{"@type":"Organization",
"name":"The Ridgeway Sentinel"}}</script>
<script>var TNCMS = TNCMS || {}; TNCMS.AdManager = {"ads":[]}; __tnt = {"pageType":"article","asset":{"type":"article","id":"5f1c2d3e"}};</script>
<link rel="stylesheet"
href="https://bloximages.example/ridgewaysentinel.com/shared-content/art/tncms/templates/libraries/flex/bootstrap.min.css">
</head><body class="fixed-header-body lee-body article-body" id="body-article">
<div id="site-container"><header id="site-header" class="hidden-print"><div id="site-top-nav-container"><div class="weather-current-conditions">
<span class="tnt-weather-summary">${tnWeather[0]}</span>
<span class="tnt-weather-temp">${tnWeather[1]}</span> <span class="tnt-weather-location">${tnWeather[2]}</span></div>
<ul class="nav navbar-nav navbar-right">${links(tnTop, 'tnt-top-nav-item')}</ul></div>
<div id="site-navbar-container"><nav id="main-nav_menu" class="navbar" role="navigation"><ul class="nav navbar-nav">${links(tnNav, 'dropdown')}</ul></nav>
</div></header>
<div id="main-page-container"><section id="main-page-section"><div class="row"><div class="col-md-8 col-lg-8 main-content">
<article class="asset story-asset" itemscope itemtype="http://schema.org/NewsArticle" id="article_5f1c2d3e">
<header class="asset-header"><div class="meta"><span class="asset-section"><a href="/news/education/" class="tnt-section-tag">${tnFlag}</a></span>
<span class="asset-kicker"><span class="label label-flag-top-story">${tnKicker}</span></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${tnTitle}</span></h1><h2 class="subhead"><span>${tnSub}</span></h2>
<div class="meta"><ul class="list-inline"><li><span class="tnt-byline">${tnBy}</span> <span class="tnt-byline-title">Staff Writer</span></li>
<li><time datetime="2025-11-11T23:15:00-07:00" class="tnt-date asset-date text-muted">Nov 11, 2025</time></li>
<li><time datetime="2025-11-12T08:40:00-07:00" class="tnt-date asset-date text-muted">Updated 3 hrs ago</time></li></ul></div>
<div class="share-container headline-right hidden-print"><ul class="list-inline">${links(tnShare, 'share-item')}</ul></div></header>
<div class="asset-photo"><figure class="photo layout-horizontal"><img class="img-responsive" src="https://bloximages.example/board-meeting.jpg"
alt="School board meeting">
<figcaption class="caption-container"><div class="caption-text"><p>${tnCaption}</p></div><span class="tnt-byline">${tnCredit}</span></figcaption></figure></div>
<div class="asset-body"><div class="subscriber-preview"><div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">
${ps(tnP.slice(0, 3))}
${tnAd('top')}
${ps(tnP.slice(3, 7))}
${tnAd('mid')}
${ps(tnP.slice(7))}
</div></div></div>
<div class="notify-me-container hidden-print"><div class="notify-me-prompt" hidden>${tnNotify[0]}</div>
<div class="notify-me-success" hidden>${tnNotify[1]}</div><div class="notify-me-error" hidden>${tnNotify[2]}</div>
<p class="notify-me-description" hidden>${tnNotify[3]}</p></div>
<div class="asset-tags"><ul class="list-inline">${links(tnTags, 'tag')}</ul></div>
<div class="asset-author card"><h4 class="tnt-user-name">Dana Whitfield</h4><p class="tnt-user-title">Staff Writer</p><p class="tnt-user-bio">${tnAuthor}</p>
<a href="mailto:dwhitfield@ridgewaysentinel.example">Author email</a><a href="#" class="tnt-follow">Follow Dana Whitfield</a></div>
<div id="asset-related-items"><h3>Related to this story</h3><ul>${links(tnRelated, 'tnt-related')}</ul></div>
<div id="comments" class="asset-comments"><div class="comment-guidelines">${tnRules.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
</article></div>
<aside class="col-md-4 col-lg-4 hidden-print" id="sidebar"><div class="tnt-ads-label">Ad</div><div class="card"><h3>Most Popular</h3>
<ol>${links(tnPop, 'tnt-asset-link')}</ol></div></aside></div></section></div>
<footer id="site-footer" class="hidden-print"><ul class="list-inline">${links(tnFoot, 'footer-link')}</ul><p class="copyright">${tnCopy}</p>
<p class="powered-by">Powered by BLOX Content Management System from TownNews.com.</p></footer></div>
<script src="https://bloximages.example/tncms/asset/editorial/5f1c2d3e/asset.js" async></script></body></html>`;
const townNewsStory: TestPage = {
  html: tnHtml,
  name: 'heldout107-townnews-blox-news',
  kind: 'news',
  // the subhead is body (a dek); the by-line, "Staff Writer" and the dates are bylines; the photo credit, the hidden
  // notification template texts, tags, the author card and the comment guidelines are furniture
  title: tnTitle,
  headings: [],
  body: texts([tnSub, ...tnP]),
  bylines: [tnBy, 'Staff Writer', 'Nov 11, 2025', 'Updated 3 hrs ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tnWeather, ...tnTop, ...tnNav, tnKicker, ...tnShare, tnCaption, tnCredit, 'Ad', ...tnNotify, ...tnTags, tnAuthor, 'Author email',
    'Follow Dana Whitfield', 'Related to this story', ...tnRelated, 'Most Popular', ...tnPop, ...tnRules, ...tnFoot, tnCopy,
    'Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT107_D: readonly TestPage[] = [townNewsStory, ftStory];
