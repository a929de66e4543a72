import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file b: a savings bank's short branch relocation notice on Squarespace 7.1 (blog item with author
 * profile and prev / next pagination), and a credit union's member newsletter as a Mailchimp campaign archive page.
 */
const sTitle = 'Our Depot Street branch is moving across the square';
const sBody = [
  j(
    'After 41 years at 12 Depot Street, our downtown branch will move to a new, fully accessible office at 3 Foundry Square.',
    'The last day at Depot Street is Friday, January 15, and the new branch opens on Tuesday, January 19.',
  ),
  'Your account numbers, checks and debit cards will not change. The branch will be closed on Saturday, January 16, while we move.',
  'What is new at Foundry Square',
  'a 24-hour drive-up ATM that accepts deposits',
  'two private offices for loan and account appointments',
  'a community room that local groups can book at no cost',
  'Safe deposit box holders will receive a letter with a moving appointment. Questions? Call the branch at (555) 010-7731.',
];
const sNav = ['Personal', 'Business', 'Lending', 'News', 'Locations'];
const sFoot = ['Privacy', 'Security', 'Accessibility', 'Careers'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<!-- This is Squarespace. --><!-- millrace-savings -->
<title>${sTitle} — Millrace Savings Bank</title><link rel="canonical" href="https://www.millracesavings.com/news/depot-street-branch-moving">
<meta property="og:site_name" content="Millrace Savings Bank"><meta property="og:title" content="${sTitle} — Millrace Savings Bank">
<meta property="og:type" content="article"><meta itemprop="author" content="Millrace Savings Bank">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"64c1e0a2b1","siteTitle":"Millrace Savings Bank"},"collection":{"title":"News","type":1},
"item":{"title":"${sTitle}","publishOn":1765468800000}};</script>
<script type="application/ld+json">{"url":"https://www.millracesavings.com","name":"Millrace Savings Bank",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-12-11T09:00:00-0500","author":"Dana Whitcombe","@context":"http://schema.org",
"@type":"Article"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64c1e0a2b1/22/5c5a519771c10ba3470d8101/64c1e0a2b1/1513/site.css" rel="stylesheet"></head>
<body id="item-6578f0c4" class="primary-button-style-solid primary-button-shape-pill tweak-blog-item-width-narrow tweak-blog-item-alignment-left
tweak-blog-item-meta-position-above-title tweak-blog-item-show-author-profile tweak-blog-item-pagination-show collection-type-blog-basic-grid
collection-layout-default view-item blog-item-page header-overlay-alignment-center">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<p>Holiday hours: all branches close at 1:00 p.m. on December 24.</p></div></div><span class="sqs-announcement-bar-close" role="button" tabindex="0"
aria-label="Close Announcement"></span></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64c1e0a2b1/logo.png"
alt="Millrace Savings Bank"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="https://secure.millracesavings.com/login">Online Banking</a></div></div>
</div></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6578f0c4e1"><section data-test="page-section"
data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle" data-section-id="6578f0c4e2"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-dana-whitcombe
post-type-text article-index-1 tag-branches category-news" data-item-id="6578f0c4" id="article-6578f0c4">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published
date-highlight" datetime="2026-12-11" pubdate data-content-field="published-on">December 11, 2026</time></div><div class="blog-meta-item
blog-meta-item--categories"><a href="/news?category=Branch+News" class="blog-categories">Branch News</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1765468800000" id="item-6578f0c4"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block
sqs-block-html" data-block-type="2" id="block-b7c2a1"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}<h3>${sBody[2]}</h3><ul data-rte-list="default">${lis(
  sBody.slice(3, 6).map(
    (t) => `<p class=""
style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>${ps(sBody.slice(6), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block map-block sqs-block-map" data-block-type="4" id="block-yui_3_17_2_1_1765"><div class="sqs-block-content">
<div class="sqs-block-map-placeholder" aria-label="Map of 3 Foundry Square"></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/news?author=5f1a" class="author-avatar"><img alt="" src="//images.squarespace-cdn.com/avatar.jpg"></a>
<div class="author-name">Dana Whitcombe</div><div class="author-bio"><p>Dana manages the Depot Street branch and has worked at Millrace since 2009.</p></div>
</div>
</div></article><section class="item-pagination item-pagination--prev-next" data-item-pagination="">
<a class="item-pagination-link item-pagination-link--prev" href="/news/holiday-hours-2026"><div class="item-pagination-icon icon icon--stroke"></div>
<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Holiday hours for 2026</h2></div>
</a>
<a class="item-pagination-link item-pagination-link--next" href="/news/new-youth-savings"><div class="pagination-title-wrapper"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Meet our new youth savings account</h2></div></a></section></div></div></div>
</section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="">Millrace Savings Bank · 88 Mill Road, Lowell Falls, NH 03999 · (555) 010-7700</p>
<p class="">Member FDIC · Equal Housing Lender</p></div></div></div><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="">${sFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' | ')}</p></div></div></div></div></div></div>
</section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to understand how you use our site and to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout505-squarespace-branch-move',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sBody[2] ?? ''],
  body: texts(sBody.filter((_, i) => i !== 2)),
  bylines: ['December 11, 2026', 'Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Holiday hours: all branches close at 1:00 p.m. on December 24.', 'Skip to Content', ...sNav, 'Online Banking', 'Branch News',
    'Dana manages the Depot Street branch and has worked at Millrace since 2009.', 'Previous', 'Holiday hours for 2026', 'Next',
    'Meet our new youth savings account', 'Millrace Savings Bank · 88 Mill Road, Lowell Falls, NH 03999 · (555) 010-7700',
    'Member FDIC · Equal Housing Lender', ...sFoot,
    'We use cookies to understand how you use our site and to improve your experience.', 'Accept', 'Decline',
  ],
};

const mTitle = 'The Brindle Bulletin: Winter 2026';
const mIntro = j(
  'Dear members, this has been a year of steady growth for Brindle Creek. We welcomed 1,140 new members, opened our first branch in',
  'Harlow Township and returned $612,000 to you through our year-end bonus dividend. Thank you for banking with a cooperative you own.',
);
const mSign = '— Teresa Malloy, President and CEO';
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Bonus dividend paid December 20',
    [
      j(
        'The board approved a bonus dividend of 5% of the dividends you earned on savings, money market and certificate accounts in 2026,',
        'plus a 2% rebate of the interest you paid on consumer loans. The bonus was deposited to your primary savings on December 20.',
      ),
      j(
        'You will see it on your statement as “Bonus Dividend 2026”. It is reported as dividend income, and members who received $10 or more',
        'will find it included on their 1099-INT.',
      ),
    ],
  ],
  [
    'Winter weather and branch closings',
    [
      j(
        'When roads are unsafe we may open late or close a branch. We post closings on our website and in the mobile app by 7:00 a.m.,',
        'and our phone line stays open from home. Digital banking, ATMs and shared branches are available during any closing.',
      ),
    ],
  ],
  [
    'Watch for holiday scams',
    [
      j(
        'Fraudsters are calling members and pretending to be from our fraud department, using a number that looks like ours on caller ID.',
        'They ask for the one-time code we text you “to stop a charge”. We will never ask you for that code. Hang up and call us back at the',
        'number on the back of your card.',
      ),
      'Other scams we have seen this season:',
      'texts about a package that could not be delivered, with a link asking for a small “redelivery fee”',
      'online listings for puppies, concert tickets or rental cabins that ask for payment by gift card or wire transfer',
      'messages from a “grandchild” in trouble who needs money sent right away and asks you not to tell anyone',
    ],
  ],
  [
    'Save the date: 2027 annual meeting',
    [
      j(
        'Our 68th annual meeting will be held on Thursday, March 18, 2027 at 6:00 p.m. in the Harlow Township Community Center. Members will',
        'hear reports on the year and elect three directors. Light supper is served at 5:15 p.m.; please RSVP at any branch by March 5.',
      ),
    ],
  ],
  [
    'Scholarships for graduating seniors',
    [
      j(
        'Brindle Creek will award six $1,500 scholarships to members graduating from high school in 2027. Applications are due February 26',
        'and ask for a short essay on what a first paycheck should teach you.',
      ),
    ],
  ],
];
const mFlat = mSecs.flatMap((s) => s[1]);
const mSecHtml = (s: readonly [string, readonly string[]]): string => {
  const items = s[1].filter((p) => p.length < 140 && !p.endsWith(':'));
  const paras = s[1].filter((p) => !items.includes(p));
  const list = items.length === 0 ? '' : `<ul>${lis(items)}</ul>`;
  return `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr>
<td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;
min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:0px 18px 9px;">
<h2>${s[0]}</h2>${ps(paras)}${list}</td></tr></tbody></table></td></tr></tbody></table>`;
};
const mHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Brindle Bulletin: Winter 2026</title><meta property="og:title" content="The Brindle Bulletin: Winter 2026">
<meta property="og:description" content="Bonus dividend, winter closings, holiday scams and more."><meta property="og:url"
content="https://mailchi.mp/brindlecreekcu/winter-2026">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3{display:block;margin:0;padding:0;}
#awesomewrap{position:relative;}.mcnPreviewText{display:none !important;}#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}</style>
<script type="text/javascript">var w=window;if(w.performance||w.mozPerformance){var perf=w.performance;}</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><div id="awesomebar-inner"><ul class="left-side"><li class="subscribe"><a
href="http://eepurl.com/iQx7Lm" title="Subscribe to Brindle Creek Credit Union's mailing list">Subscribe</a></li><li class="past-issues">
<a href="https://us14.campaign-archive.com/home/?u=8f2a&amp;id=3c1d" title="View past issues">Past Issues</a></li></ul><ul class="right-side">
<li class="rss"><a href="https://us14.campaign-archive.com/feed?u=8f2a&amp;id=3c1d" title="RSS Feed">RSS</a></li></ul></div></div></div>
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0;
overflow:hidden; visibility:hidden; mso-hide:all;">Bonus dividend, winter closings, holiday scams and more.</span><!--<![endif]-->
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top"
id="bodyCell"><!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr>
<td align="center" valign="top" width="600" style="width:600px;"><![endif]--><table border="0" cellpadding="0" cellspacing="0" width="100%"
class="templateContainer"><tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%"
class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent"
style="text-align:right;"><a href="https://mailchi.mp/brindlecreekcu/winter-2026"
target="_blank">View this email in your browser</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter">
<tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="Brindle Creek Credit Union"
src="https://mcusercontent.com/8f2a/images/bccu-header.png"
width="564" style="max-width:1200px;" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">
<tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding:0px 18px 9px;"><h1>${mTitle}</h1>${ps([mIntro])}<p><em>${mSign}</em></p></td></tr></tbody>
</table></td></tr></tbody></table>
${mSecs.map(mSecHtml).join('\n')}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody class="mcnButtonBlockOuter"><tr><td align="center" valign="top"
class="mcnButtonBlockInner"><table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer"><tbody><tr><td align="center" valign="middle"
class="mcnButtonContent"><a class="mcnButton" title="Apply for a scholarship" href="https://www.brindlecreekcu.org/scholarships" target="_blank">Apply for a
scholarship</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody><tr><td align="center">
<a href="https://www.facebook.com/" target="_blank">Facebook</a> <a href="https://www.instagram.com/" target="_blank">Instagram</a> <a
href="https://www.brindlecreekcu.org" target="_blank">Website</a></td></tr></tbody></table><table border="0" cellpadding="0" cellspacing="0" width="100%"
class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0"
cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="text-align:center;">
<em>Copyright © 2026 Brindle Creek Credit Union, All rights reserved.</em><br>You are receiving this email because you are a member of Brindle Creek
Credit Union.<br><br><strong>Our mailing address is:</strong><br>Brindle Creek Credit Union<br>200 Tanner Road<br>Harlow, VT 05999<br><br>Federally insured by
NCUA.<br><br>Want to change how you receive these emails?<br>You can <a href="https://brindlecreekcu.us14.list-manage.com/profile?u=8f2a">update your
preferences</a> or <a href="https://brindlecreekcu.us14.list-manage.com/unsubscribe?u=8f2a">unsubscribe from this list</a>.</td></tr></tbody></table></td>
</tr></tbody></table></td></tr></table><!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]--></td></tr></table></center>
<script src="https://us14.campaign-archive.com/js/archivebar-desktop.js"></script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout505-mailchimp-newsletter',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s[0]),
  body: texts([mIntro, ...mFlat]),
  bylines: [mSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'RSS', 'View this email in your browser', 'Apply for a scholarship', 'Facebook', 'Instagram', 'Website',
    'Copyright © 2026 Brindle Creek Credit Union, All rights reserved.', 'You are receiving this email because you are a member of Brindle Creek Credit Union.',
    'Our mailing address is:', 'Brindle Creek Credit Union', '200 Tanner Road', 'Harlow, VT 05999',
    'Federally insured by NCUA.', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

export const HELDOUT505_B: readonly TestPage[] = [squarespace, mailchimp];
