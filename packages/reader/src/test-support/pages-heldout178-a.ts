import { links, ps, type TestPage, texts } from './page-kit.js';
import { anadoluNews } from './pages-heldout178-a2.js';

/**
 * Held-out batch 178, file a: a Xinhua English story on english.news.cn (the PC header with the logo and channel nav, the
 * hidden mobile header that repeats the headline and time, the header block with date, time, "Source: Xinhua" and the
 * editor, the share strip, a centred photo with its navy caption inside the text, the "[Editor: huaxia]" line, the related
 * rail, the "Most Viewed" list and the footer) and, from file a2, an Anadolu Agency English story.
 */
const xhTitle = 'Highland county turns old salt works into solar-thermal test field';
const xhP1 = [
  'HEQIAO, Nov. 3 (Xinhua) -- A solar-thermal demonstration plant built on the beds of a disused salt works went into trial ' +
    'operation on Monday in Heqiao County, in the country&#39;s northwest, local authorities said.',
  'The 50-megawatt plant uses 8,400 mirrors to focus sunlight onto a central tower, where molten salt is heated to more than ' +
    '560 degrees Celsius and stored in insulated tanks. The stored heat can drive a steam turbine for up to 11 hours after ' +
    'sunset, according to Liang Wenshu, deputy head of the county&#39;s energy bureau.',
  '&quot;The old salt beds are flat, dry and already connected to a road and a substation,&quot; Liang said. &quot;What used to be ' +
    'a burden for the county is now the base for a new industry.&quot;',
];
const xhP2 = [
  'The salt works, which employed more than 1,200 people at its peak in the 1980s, closed in 2009 after the lake that fed it ' +
    'shrank. Some 300 former workers and their children have been hired for construction and maintenance at the new plant, ' +
    'county figures show.',
  'Engineers at the site said the high altitude of about 2,900 meters and more than 3,100 hours of sunshine a year make the ' +
    'area well suited to concentrated solar power. Dust from the dry lake bed, however, means the mirrors must be cleaned ' +
    'more often than at lower sites. A fleet of 14 autonomous cleaning vehicles, developed with a university in the ' +
    'provincial capital, washes each mirror once every five days using recycled water.',
  'Zhou Peiran, chief engineer of the project, said the trial period would run until the end of March, during which the ' +
    'team will test how the storage tanks perform in the region&#39;s cold winter nights, when temperatures can fall below ' +
    'minus 25 degrees Celsius.',
  '&quot;Winter is the real examination,&quot; Zhou said. &quot;If the salt stays liquid and the output holds steady through January, ' +
    'we will know the design works here.&quot;',
  'When fully operational, the plant is expected to generate about 180 million kWh of electricity a year, enough for ' +
    'roughly 90,000 households, and cut annual carbon dioxide emissions by an estimated 150,000 tonnes.',
  'The county plans to add a second, 100-megawatt unit on the remaining salt beds by 2028 and is in talks with two ' +
    'equipment makers about building a mirror assembly workshop nearby, local officials said.',
];
const xhCaption =
  'This aerial photo taken on Nov. 2, 2025 shows the solar-thermal demonstration plant on the beds of a former salt works in Heqiao ' +
  'County. (Xinhua/Ma Yuting)';
const xhNav = ['Home', 'China', 'World', 'Business', 'Sci-Tech', 'Culture', 'Sports', 'Photos', 'Video', 'Opinion'];
const xhRelated = [
  'Clean energy capacity in northwest region tops 60 mln kW',
  'Feature: Herders learn to maintain rooftop panels',
  'Molten salt storage project passes grid connection test',
];
const xhMost = [
  'Autumn harvest wraps up across northern plains',
  'Railway freight volume hits record in October',
  'Scientists map migration of black-necked cranes',
  'Museum opens digital gallery of ancient bronzes',
  'Border port handles more than 1 mln passengers',
];
const xhFollow = ['Facebook', 'X', 'YouTube', 'Instagram'];
const xhTop = ['Xinhua Headlines', 'Photos', 'Video', 'Special Reports'];
const xhFoot = ['About Us', 'Contact Us', 'Advertise with Xinhuanet', 'Sitemap'];
const xhCopy = 'Copyright © 2000-2025 XINHUANET.com All Rights Reserved.';
const xhHtml = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="solar,salt works,energy">
<meta name="description" content="A solar-thermal demonstration plant built on the beds of a disused salt works went into trial operation on Monday.">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="pagetype" content="1"><meta name="filetype" content="0"><meta name="publishedtype" content="1"><meta name="catalogs" content="01030000">
<meta name="contentid" content="20251103e8f1a2b4c6d84f2a9b0c1e3d5f7a9b21"><meta name="publishdate" content="2025-11-03">
<meta name="source" content="Xinhua"><meta name="author" content="Xinhua">
<title>Highland county turns old salt works into solar-thermal test field-Xinhua</title>
<link rel="stylesheet" href="//lib.xinhuanet.com/common/reset.css"><link rel="stylesheet" href="../../../detail2020/css/style.css">
<script src="//lib.xinhuanet.com/jquery/jquery1.12.4/jquery.min.js"></script><script src="//lib.xinhuanet.com/common/share.js"></script></head>
<body>
<div class="domPC">
<div class="topBar"><div class="wrapper"><div class="logo left"><a href="https://english.news.cn/"><img src="../../../detail2020/images/logo.png"
alt="Xinhuanet"></a></div><div class="nav right"><ul>${links(xhNav, 'navItem')}</ul></div>
<div class="search right"><form action="https://so.news.cn/" target="_blank"><input class="inputTxt" type="text" placeholder="Search">
<input type="submit" class="btn" value=""></form></div></div></div>
<div class="header"><div class="wrapper"><div class="header-cont clearfix"><div class="header-time left"><span class="day"><em>2025</em>-11-03</span>
<span class="time">21:14:35</span></div><div class="source">Source: Xinhua</div><div class="editor">Editor: huaxia</div>
<div class="fenxiang right"><span>Share</span><a class="wx" href="javascript:void(0)"></a><a class="fb" href="javascript:void(0)"></a>
<a class="tw" href="javascript:void(0)"></a><a class="in" href="javascript:void(0)"></a></div></div>
<div class="head-line clearfix"><h1><span class="title">${xhTitle}</span></h1><div class="wzzy"></div></div></div></div>
<div class="main clearfix"><div class="main-left left">
<div id="detail"><span id="detailContent">
${ps(xhP1)}
<p style="text-align: center;"><img id="{6B1A7F20-2C4E}" src="20251103e8f1a2b4c6d84f2a9b0c1e3d5f7a9b21_20251103a1.jpg" border="0"
alt="" sourcename="本地文件" sourcedescription="网上抓取的文件"></p>
<p style="text-align: center;"><span style="color: #000080;">${xhCaption}</span></p>
${ps(xhP2)}
</span></div>
<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0)" class="advise"></a></span><span class="editor">[Editor: huaxia]</span></div>
<div class="columBox xglj"><div class="col tit"><span>Related</span></div><ul class="list">${links(xhRelated)}</ul></div>
</div>
<div class="main-right right"><div class="columBox mostViewed"><div class="tit"><span>Most Viewed</span></div><ul class="list">
${links(xhMost)}</ul></div>
<div class="columBox follow"><div class="tit"><span>Follow Us</span></div><ul class="share">${links(xhFollow)}</ul></div>
<div class="columBox topNav"><div class="tit"><span>More</span></div><ul class="list">${links(xhTop)}</ul></div>
<div class="columBox adv"><ins class="xinhua-ad" data-ad-id="DT-en-right-01"></ins></div></div></div>
<div class="foot"><div class="wrapper"><ul class="footLink">${links(xhFoot)}</ul><p class="copyright">${xhCopy}</p></div></div>
</div>
<div class="domMobile"><div class="mheader"><a href="https://english.news.cn/"><img src="../../../detail2020/images/mlogo.png" alt=""></a></div>
<div class="mtitle"><h1>${xhTitle}</h1><div class="info">Source: Xinhua | 2025-11-03 21:14:35</div></div></div>
<script src="../../../detail2020/js/detail.js"></script>
<script>var _hmt = _hmt || []; (function(){var hm = document.createElement("script"); hm.src = "//hm.example/hm.js";
document.body.appendChild(hm);})();</script>
</body></html>`;
const xinhuaNews: TestPage = {
  html: xhHtml,
  name: 'heldout178-xinhua-news',
  kind: 'news',
  // the dateline opens the first paragraph (body); the header date, time, source and editor lines are bylines
  title: xhTitle,
  headings: [],
  body: texts([...xhP1, ...xhP2]),
  bylines: ['2025-11-03', '21:14:35', 'Source: Xinhua', 'Editor: huaxia', '[Editor: huaxia]', 'Source: Xinhua | 2025-11-03 21:14:35'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xhNav, 'Share', xhCaption, 'Related', ...xhRelated, 'Most Viewed', ...xhMost, 'Follow Us', ...xhFollow, 'More',
    'Xinhua Headlines', 'Special Reports', ...xhFoot, xhCopy,
  ],
};

export const HELDOUT178_A: readonly TestPage[] = [xinhuaNews, anadoluNews];
