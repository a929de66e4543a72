import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout475-kit.js';

/**
 * Held-out batch 475, file e: a short LibAnswers (Springshare) FAQ answer with its topics, votes, "Answered By" line and a
 * sidebar of popular answers, and a secondary school library's research guide built with the new Google Sites.
 */
const fTitle = 'How do I get into JSTOR from off campus?';
const fBody = [
  j(
    'Start from the library website rather than from Google. Go to <a href="https://library.pemberton.example/az">Databases A-Z</a>,',
    'choose JSTOR and sign in with your Pemberton username and password when the login screen appears.',
  ),
  'If JSTOR still asks you to pay for an article:',
  'check that the address bar begins with <strong>jstor-org.ezproxy.pemberton.example</strong>;',
  'clear your cookies and open JSTOR again from the A-Z list;',
  'try a private browsing window, which ignores old logins.',
  'Some recent issues are not part of our subscription. For those, use the Request button on the article page and we will get you a copy.',
];
const fTopics = ['Databases', 'Off-campus access', 'JSTOR'];
const fPopular = ['How do I renew my books?', 'Can I print from my laptop?', 'How do I book a group study room?'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${fTitle} - LibAnswers</title><meta name="description" content="Start from the library website rather than from Google.">
<link rel="canonical" href="https://ask.pemberton.example/faq/228104"><link rel="stylesheet"
href="https://libapps.s3.amazonaws.com/web/css2.21.4/lib/bootstrap.min.css">
<link rel="stylesheet" href="https://ask.pemberton.example/css/la_public.min.css"><script
src="https://libapps.s3.amazonaws.com/web/jquery/js/jquery-3.6.0.min.js"></script>
<script>var springSpace = springSpace || {};springSpace.la = {"iid":2240,"qid":228104,"lang":"en"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${fTitle}"}]}</script></head>
<body class="s-la-faq-body"><div id="s-la-public-skiplink"><a href="#s-la-content-main" class="sr-only sr-only-focusable">Skip to Main Content</a></div>
<div id="s-la-public-header"><div class="pem-banner"><a href="https://library.pemberton.example"><img
src="https://libapps.s3.amazonaws.com/customers/2240/pem.png"
alt="Pemberton College Library"></a><span class="pem-banner-title">Ask the Library</span></div></div>
<div id="s-la-bc" class="s-la-bc-container container"><ol class="breadcrumb">${links(['Pemberton College Library', 'Ask the Library'])}
<li class="active">How do I get into JSTOR from off...</li></ol></div>
<div id="s-la-page" class="container"><div id="s-la-content-search" class="s-la-content-search-wrapper"><form id="s-la-content-search-form" role="search">
<label for="s-la-content-search-query" class="sr-only">Type your question</label><input type="text" id="s-la-content-search-query" class="form-control"
placeholder="Type your question"><button type="submit" class="btn btn-default">Search</button></form></div>
<div class="row"><div id="col1" class="col-md-8"><div id="s-la-content-main" class="s-la-content"><div class="s-la-faq">
<h1 id="s-la-faq-title">${fTitle}</h1><div id="s-la-faqcontent" class="s-la-faq-answer"><div id="faq-answer">${ps(fBody.slice(0, 2))}
<ul>${lis(fBody.slice(2, 5))}</ul>${ps([fBody[5] ?? ''])}</div></div>
<div class="s-la-faq-meta"><div id="s-la-faq-topics" class="s-la-faq-topics"><span class="s-la-faq-topics-label">Topics</span>
${fTopics.map((t) => `<a class="label label-default" href="https://ask.pemberton.example/search/?t=0&amp;topics=${t}">${t}</a>`).join(' ')}</div>
<div class="s-la-faq-feedback"><span class="s-la-faq-feedback-title">Was this helpful?</span> <button class="btn btn-default btn-sm">Yes</button>
<span class="s-la-faq-count">27</span> <button class="btn btn-default btn-sm">No</button> <span class="s-la-faq-count">4</span></div>
<div class="s-la-faq-meta-info"><span class="s-la-faq-metauser">Answered By: Keturah Linden</span> <span class="s-la-faq-metadate">Last Updated: Sep 14,
2026</span>
<span class="s-la-faq-metaviews">Views: 1,204</span></div><div class="s-la-faq-comments"><a href="#s-la-faq-comments-form" class="btn btn-link">Comments
(0)</a></div>
</div></div></div></div>
<div id="col2" class="col-md-4"><div class="s-la-box s-la-box-contact"><h2 class="s-la-box-title">Contact Us</h2><div class="s-la-box-content">
<div id="libchat_58c2"></div><p>Chat, text 555-0170 or email ask@pemberton.example</p></div></div>
<div class="s-la-box"><h2 class="s-la-box-title">Popular Answers</h2><div class="s-la-box-content"><ul>${links(fPopular)}</ul></div></div></div></div></div>
<div id="s-la-public-footer" class="container"><div class="s-la-footer-brand">Powered by Springshare.</div><div class="s-la-footer-rights">All rights
reserved.</div>
<div class="s-la-footer-login"><a href="https://pemberton.libapps.com/libapps/login.php">Login to LibApps</a></div></div>
<script src="https://ask.pemberton.example/js/la_public.min.js"></script></body></html>`;
const libAnswers: TestPage = {
  name: 'heldout475-libanswers-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['Answered By: Keturah Linden', 'Last Updated: Sep 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Ask the Library', 'Pemberton College Library', 'How do I get into JSTOR from off...', 'Search', 'Topics',
    'Off-campus access', 'Was this helpful?', 'Yes', '27', 'No', '4', 'Views: 1,204', 'Comments (0)', 'Contact Us',
    'Chat, text 555-0170 or email ask@pemberton.example', 'Popular Answers', ...fPopular, 'Powered by Springshare.', 'All rights reserved.',
    'Login to LibApps',
  ],
};

const gTitle = 'Year 10 History Coursework: Research Guide';
const gBody = [
  j(
    'Your coursework asks you to investigate how the Fernhill area changed between 1900 and 1950. This page lists the sources we',
    'recommend and shows you how to use them. Come and see us in the library at lunchtime if you get stuck.',
  ),
  'Step 1: Start with background reading',
  j(
    'Read an overview before you look for detail. The books on the History coursework trolley by the library desk can be',
    'borrowed overnight; please return them by 8:40 the next morning so that other classes can use them.',
  ),
  'Step 2: Use the online sources',
  '<b>Britannica School</b>: encyclopedia articles at three reading levels. Log in with your school Google account.',
  '<b>Fernhill Memories</b>: photographs and interviews collected by the Fernhill Local History Group.',
  '<b>Census Explorer</b>: household records from 1901, 1911 and 1921 for the town. Ask Ms Arnott for the class password.',
  'Step 3: Record your sources',
  j(
    'Keep a list of every source as you go, with the author, title, date and web address. You will need it for your bibliography,',
    'and it is much harder to find a source again later. Use the template in your Google Classroom.',
  ),
];
const gNav = ['Home', 'Opening Hours', 'Reading Lists', 'Research Guides', 'Book a Class Visit'];
const gP = (t: string): string => `<p dir="ltr" class="zfr3Q CDt4Ke" style="margin-top:0pt;margin-bottom:12pt"><span class="C9DxTc">${t}</span></p>`;
const gH2 = (t: string, id: string): string => `<h2 id="h.${id}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke"><div class="CjVfdc" jsaction="touchstart:UrsOsc;"><div
class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d"></div></div><span
class="C9DxTc">${t}</span></div></h2>`;
const gTile = (
  inner: string,
): string => `<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb
wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">${inner}</div></div></div></div>`;
const gHtml = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><script nonce="r4nd0m">var DOCS_timing={};
DOCS_timing['sl']=new Date().getTime();</script><script nonce="r4nd0m">_docs_flag_initialData={"docs-ails":"docs_warm"};</script>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer"
content="origin"><link rel="canonical" href="https://sites.google.com/fernhill.example/library/research-guides/year-10-history">
<meta itemprop="name" content="Fernhill Academy Library - Year 10 History"><meta property="og:title" content="Fernhill Academy Library - Year 10 History">
<title>Fernhill Academy Library - Year 10 History</title><link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C400%2C700&display=swap"
rel="stylesheet"
nonce="r4nd0m"><style nonce="r4nd0m">.Zjiec{font-family:'Lato',sans-serif}.zfr3Q{color:#212121}.duRjpb{font-size:34pt}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;"><div
jscontroller="X4BaPc"><div jsname="LgbsSe"><div class="zDUgLc" jsname="ZBtY8b" role="navigation"><a class="TlfmSc YSH9J" href="#h.intro">Skip to main
content</a><a class="TlfmSc YSH9J" href="#zDUgLc">Skip to navigation</a></div>
<div class="LqzjUe"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="Xpil1b"><a class="Wvu0Ad" href="/fernhill.example/library/home"><span
class="yszRuf">Fernhill Academy Library</span></a></div><div class="JzO0Vc"><nav class="plFg0c" role="navigation" jsname="ihoMLd"><ul class="jYxBte Fpy8Db"
role="navigation">${gNav
  .map(
    (t) => `<li jsname="ibnC6b" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb"><a
class="aJHbb dk90Ob hDrhEe HlqNPb" href="/fernhill.example/library/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div></div></li>`,
  )
  .join('')}</ul></nav></div>
<div class="RBEWZc" role="search" aria-label="Search this site"><div role="button" class="U26fgb JRtysb WzwrXb" aria-label="Open search
bar"></div></div></div></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr"><section id="h.intro" class="yaqOZd LB7kq cJgDec tpmmCb O13XJf" style=""><div class="Nu95r"><div
class="IFuOkc" style="background-image:url(https://lh5.googleusercontent.com/banner=w16383)"></div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">
${gTile(`<h1 id="h.p_title" dir="ltr" class="zfr3Q duRjpb CDt4Ke" style="text-align:center"><span class="C9DxTc">${gTitle}</span></h1>`)}</div></div></section>
<section id="h.s1" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">${gTile(gP(gBody[0] ?? ''))}</div></div></section>
<section id="h.s2" class="yaqOZd qeLZfd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">${gTile(gH2(gBody[1] ?? '', 'step1') + gP(gBody[2] ?? ''))}
${gTile(`<div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="padding-top:66%"></div><img src="https://lh4.googleusercontent.com/trolley=w1280"
class="CENy8b" alt=""></div>`)}
</div></div></section>
<section id="h.s3" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">${gTile(
  `${gH2(gBody[3] ?? '', 'step2')}<ul class="n8H08c UVNKR">${gBody
    .slice(4, 7)
    .map((t) => `<li class="zfr3Q TYR86d eD0Rn" style="margin-left:15pt"><p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc">${t}</span></p></li>`)
    .join('')}</ul>`,
)}</div></div></section>
<section id="h.s4" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">${gTile(gH2(gBody[7] ?? '', 'step3') + gP(gBody[8] ?? ''))}
${gTile(`<div class="w536ob"><a class="FKF6mc TpQm9d" href="https://classroom.google.com/" aria-label="Open Google Classroom"><div class="NsaAfc">
<p>Open Google Classroom</p></div></a></div>`)}
</div></div></section></div>
<div class="Xpil1b xgQ6eb"><div class="dZA9kd ynRLnc" role="contentinfo"><div class="BByQSb"><span class="yszRuf">Fernhill Academy Library · Open 8:15 to 16:30
on school days</span>
</div></div></div>
<div jscontroller="j1RDQb" class="dZA9kd ynRLnc" data-last-updated-at-time="1759315200000" data-is-preview="false"><div role="button" class="U26fgb JRtysb
WzwrXb
I12f0b K2mXPb zXBiaf ynRLnc" aria-label="Site actions" tabindex="0"><div class="NWlf3e MbhUzd"></div><span class="MhXXcc oJeWuf"><span class="Lw7GHd
snByac"><svg
width="24" height="24"></svg></span></span></div><div class="JPdR6b hVNH5c" jsname="xl07Ob" style="display:none"><div class="XvhY1d"><div class="JAPqpe
K0NPx"><span
class="z80M1 FeRvI" role="menuitem"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Google Sites</div></div></span><span
class="z80M1
FeRvI" role="menuitem"><div class="jO7h3c">Report abuse</div></span><span class="z80M1 FeRvI" role="menuitem"><div class="jO7h3c">Page details</div></span><span
class="z80M1 FeRvI" role="menuitem"><div class="jO7h3c">Page updated</div></span></div></div></div></div></div></div></div>
<script nonce="r4nd0m">DOCS_timing['cl']=new Date().getTime();</script></body></html>`;
const googleSites: TestPage = {
  name: 'heldout475-google-sites-research-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[7] ?? ''],
  body: texts(gBody.filter((_, i) => ![1, 3, 7].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Fernhill Academy Library', ...gNav, 'Open Google Classroom',
    'Fernhill Academy Library · Open 8:15 to 16:30 on school days',
  ],
};

export const HELDOUT475_E: readonly TestPage[] = [libAnswers, googleSites];
