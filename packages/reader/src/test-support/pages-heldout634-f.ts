import { links, type TestPage, texts } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file f: an entertainment agency blog post on HubSpot CMS and a clown's prices page in an old table layout. */
const hsTitle = 'How to choose a magician for your school fair';
const hsSecs: Sec[] = [
  {
    b: [
      j(
        'A school fair is not a birthday party. The audience changes every twenty minutes, half of it is under five, and the other',
        'half is queuing for the tombola. We book more than 150 school and fête magicians a year, and these are the questions our',
        'best PTA organisers ask before they sign anything.',
      ),
    ],
  },
  {
    h: 'Walkabout or stage show?',
    b: [
      j(
        'A walkabout magician moves through the crowd doing close-up tricks for small groups. A stage show gathers everyone in one',
        'place for 30 to 45 minutes. For a fair that runs all afternoon, walkabout usually works better: it keeps people moving',
        'between stalls, and nobody misses the show because they were buying cakes.',
      ),
      'If you do want a stage show, put it in the hall at a fixed time and announce it on the programme and over the speakers.',
    ],
  },
  {
    h: 'Ask about outdoor experience',
    b: [
      j(
        'Magic that works in a living room can disappear in a windy playground. Ask whether the magician has performed outdoors',
        'before, what they do in the rain, and whether they need shade. Card tricks and silks are hard in wind; rope, coins and',
        'balloon magic travel better.',
      ),
    ],
  },
  {
    h: 'Check the paperwork',
    b: [
      {
        ul: [
          'An enhanced DBS certificate issued in the last three years',
          'Public liability insurance of at least £5 million, naming the school if asked',
          'A written quote that says how long they will perform and when they arrive',
        ],
      },
    ],
  },
  {
    h: 'What it should cost',
    b: [
      j(
        'In our experience, a good walkabout magician costs £180 to £300 for two hours, and a stage show £150 to £250. Many',
        'performers offer schools a discount if the fair is on a weekday afternoon, when they are less likely to have a party booked.',
      ),
      j(
        'Whatever you pay, agree it in writing. The most common dispute we see is about overtime when a fair runs late, so decide',
        'in advance whether the magician stays on and for how much.',
      ),
    ],
  },
];
const hsNav = ['Find an Entertainer', 'Schools', 'Corporate', 'Weddings', 'Blog', 'About'];
const hsTags = ['School Events', 'Planning'];
const hsRecent = ['10 party games that need no equipment', 'Are balloon modellers worth it?', 'Booking a clown: what parents ask'];
const hsHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>How to choose a magician for your school fair</title>
<link rel="shortcut icon" href="https://www.marvelloevents.co.uk/hubfs/favicon.png"><meta name="description" content="Walkabout or stage show, outdoor magic,
DBS checks and fees: what PTAs should ask before booking a magician.">
<script src="https://static.hsappstatic.net/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet"
href="https://www.marvelloevents.co.uk/hs-fs/hub/7734021/hub_generated/template_assets/1/112233445566/1712000000000/template_main.min.css">
<link rel="amphtml" href="https://www.marvelloevents.co.uk/blog/choose-magician-school-fair?hs_amp=true">
<meta property="og:description" content="Walkabout or stage show, outdoor magic, DBS checks and fees.">
<meta property="og:title" content="How to choose a magician for your school fair"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.marvelloevents.co.uk/blog/choose-magician-school-fair">
<meta property="article:published_time" content="2025-04-02T08:30:00Z">
<meta property="article:author" content="Priya Lanchester"><meta property="article:tag" content="School Events"></head>
<body><div class="body-wrapper   hs-content-id-167234509812 hs-blog-post hs-blog-id-98123456712">
<div data-global-resource-path="marvello-2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.marvelloevents.co.uk/hubfs/marvello-logo.svg"
class="hs-image-widget" alt="Marvello Events"></a></span></span></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hsNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hsTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.marvelloevents.co.uk/blog/author/priya-lanchester" rel="author">Priya Lanchester</a>
<time datetime="2025-04-02 08:30:00" class="blog-post__timestamp">Apr 2, 2025 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${secsHtml(hsSecs.slice(0, 3))}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b2e9d10-3c4a-4f7e-9a1b-2c3d4e5f6a7b">
<span class="hs-cta-node hs-cta-5b2e9d10-3c4a-4f7e-9a1b-2c3d4e5f6a7b" id="hs-cta-5b2e9d10-3c4a-4f7e-9a1b-2c3d4e5f6a7b">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7734021/5b2e9d10-3c4a-4f7e-9a1b-2c3d4e5f6a7b"><img class="hs-cta-img" id="hs-cta-img-5b2e9d10"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/7734021/5b2e9d10.png" alt="Get a free quote for your school fair"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(7734021,
'5b2e9d10-3c4a-4f7e-9a1b-2c3d4e5f6a7b', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code -->
${secsHtml(hsSecs.slice(3))}
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
Topics: ${hsTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Recent posts</h2><ul>${links(hsRecent, 'blog-related-posts__post')}</ul></div></section>
<div class="blog-subscribe"><h3>Subscribe by email</h3><div class="hbspt-form" id="hbspt-form-6b1a7d00">
<form id="hsForm_6b1a7d00" method="POST" class="hs-form stacked hs-custom-form"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-6b1a7d00" for="email-6b1a7d00"><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-6b1a7d00" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="marvello-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Marvello Events Ltd, 14 Chandlers Yard, Wessingham WS2 4QT</p><p>© 2025 Marvello Events. All rights reserved.</p>
<ul class="footer__links">${links(['Privacy policy', 'Performer sign-up', 'Contact'])}</ul></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr hs-cookie-notification-position-bottom" data-hs-banner-type="default" role="region"
aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to collect
information about how you interact with our website and allow us to remember you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/7734021.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);</script></body>
</html>`;
const hsGold = gold(hsSecs);
const hubspot: TestPage = done({
  name: 'heldout634-school-fair-magician-hubspot',
  kind: 'blog',
  html: hsHtml,
  title: hsTitle,
  headings: hsGold.headings,
  body: hsGold.body,
  bylines: ['Priya Lanchester', 'Apr 2, 2025 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hsNav, 'Search', `Topics: ${hsTags.join(', ')}`, 'Recent posts', ...hsRecent, 'Subscribe by email', 'Email*',
    'Marvello Events Ltd, 14 Chandlers Yard, Wessingham WS2 4QT', '© 2025 Marvello Events. All rights reserved.', 'Privacy policy', 'Performer sign-up',
    'Contact', j('This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
    'and allow us to remember you.'), 'Accept', 'Decline',
  ],
});

const tTitle = 'Prices &amp; Booking';
const tIntro = j(
  'Hello grown-ups! Here are my prices for 2025. All parties include my magic show, balloon animals for every child, games',
  'with prizes and my famous squirty flower (don’t worry, it only squirts me).',
);
const tRows = [
  ['1 hour party', 'up to 15 children', '£110'],
  ['1½ hour party', 'up to 25 children', '£150'],
  ['2 hour party', 'up to 35 children', '£185'],
  ['School or fête (per hour)', 'any number', '£95'],
];
const tAfter = [
  j(
    'I travel free within 10 miles of Dunmere. After that it is 40p a mile. To book, please ring me on 01632 960 274 (leave a',
    'message if I am out clowning!) or email <a href="mailto:uncle.dandelion@dunmere-net.co.uk">uncle.dandelion@dunmere-net.co.uk</a>.',
  ),
  'A £25 deposit by cheque or bank transfer secures your date. Sorry, I cannot refund deposits if you cancel within two weeks.',
];
const tNav = ['Home', 'About Me', 'Prices &amp; Booking', 'Photos', 'Guestbook', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="clown, childrens entertainer, Dunmere, parties, magic, balloons">
<title>Uncle Dandelion the Clown - Prices</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style><!-- a:link { color: #0000CC } body { font-family: Comic Sans MS } --></style></head>
<body bgcolor="#FFFF99" background="images/stars.gif" topmargin="0" leftmargin="0">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img border="0" src="images/banner.gif" width="760" height="120" alt="Uncle Dandelion the Clown"></td></tr>
<tr><td colspan="2" bgcolor="#FF0066"><marquee scrollamount="4"><font color="#FFFFFF" face="Comic Sans MS" size="2">
<b>*** Now taking bookings for Summer 2025 ***
Weekends are filling up fast!!! ***</b></font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCFFFF"><p>&nbsp;</p>
${tNav
  .map(
    (t) => `<p align="center"><font face="Comic Sans MS" size="2">
<a href="${t === tTitle ? 'prices' : t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></p>`,
  )
  .join('\n')}
<p align="center"><img border="0" src="images/dandelion_wave.gif" width="100" height="140" alt="Uncle Dandelion waving"></p>
<p align="center"><font face="Arial" size="1">You are visitor number<br><img src="/cgi-bin/Count.cgi?df=dandelion.dat" alt="004217"></font></p></td>
<td width="610" valign="top"><blockquote>
<p align="center"><font face="Comic Sans MS" size="6" color="#FF0066"><b>${tTitle}</b></font></p>
<p><font face="Comic Sans MS" size="3">${tIntro}</font></p>
<div align="center"><table border="1" cellpadding="6" cellspacing="0" width="90%" bordercolor="#FF0066">
<tr bgcolor="#FFCCFF"><td><b><font face="Comic Sans MS" size="2">Party</font></b></td><td><b><font face="Comic Sans MS" size="2">Children</font></b></td>
<td><b><font face="Comic Sans MS" size="2">Price</font></b></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font face="Comic Sans MS" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table></div>
${tAfter.map((t) => `<p><font face="Comic Sans MS" size="3">${t}</font></p>`).join('\n')}
<p><font face="Comic Sans MS" size="3" color="#FF0066"><b>Honk honk!<br>Uncle Dandelion</b></font></p>
</blockquote></td></tr>
<tr><td colspan="2" bgcolor="#CCFFFF"><p align="center"><font face="Arial" size="1">Last updated: 02/03/2025<br>
© Uncle Dandelion 2003-2025. Site best viewed at 800x600 in Internet Explorer.<br>
<a href="index.htm">Home</a> | <a href="mailto:uncle.dandelion@dunmere-net.co.uk">Email
me</a></font></p></td></tr>
</table></body></html>`;
const tableLayout: TestPage = done({
  name: 'heldout634-clown-prices-table-layout',
  kind: 'docs',
  html: tHtml,
  title: 'Prices & Booking',
  headings: [],
  body: texts([tIntro, ...tRows.map((r) => r.join(' ')), ...tAfter]),
  bylines: ['Honk honk! Uncle Dandelion', 'Last updated: 02/03/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** Now taking bookings for Summer 2025 *** Weekends are filling up fast!!! ***', ...tNav.map((t) => t.replace('&amp;', '&')),
    'You are visitor number', '© Uncle Dandelion 2003-2025. Site best viewed at 800x600 in Internet Explorer.', 'Email me',
  ],
});

export const HELDOUT634_F: readonly TestPage[] = [hubspot, tableLayout];
