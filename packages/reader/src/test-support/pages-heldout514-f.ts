import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file f: a hospital League of Friends shop's news item on an old FrontPage table layout (font tags,
 * left nav column, hit counter), and a furniture reuse charity's long FAQ post on HubSpot CMS (growth theme, cookie banner).
 */
const tTitle = 'Shop closed for refurbishment';
const tBody = [
  j(
    'The League of Friends shop in the main entrance of Kelby General Hospital will be closed from Monday 1st March until',
    'Friday 19th March while new shelving, a new counter and better lighting are fitted.',
  ),
  j(
    'During the closure our trolley service will still visit Wards 4 to 9 every weekday afternoon with newspapers, sweets,',
    'toiletries and phone chargers. Patients on other wards can ask a nurse to call the shop phone on extension 4410.',
  ),
  j(
    'We are sorry for any inconvenience. The refurbishment has been paid for entirely by a legacy from the late Mrs Doreen',
    'Hayhurst, who volunteered in the shop for 31 years. The new counter will carry a small plaque in her memory.',
  ),
  'If you would like to join our team of volunteers when the shop reopens, please pick up a form from the Friends office next to main reception.',
];
const tNav = ['Home', 'About the Friends', 'News', 'Volunteering', 'Donations', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Kelby Hospital League of Friends - News</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- a:link { color: #336633 } .small { font-size: 10px } --></style></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="images/banner.gif" width="760" height="90"
alt="Kelby Hospital League of Friends"></td></tr>
<tr><td width="150" valign="top" bgcolor="#CCE5CC"><table width="100%" border="0" cellpadding="6"><tr><td><font face="Verdana, Arial" size="2">
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a><br>`).join('\n')}
</font><p><font face="Verdana, Arial" size="1">Registered Charity<br>No. 504872</font></p><p><font face="Verdana" size="1">Visitors:</font><br>
<img src="/cgi-bin/counter.pl?df=news.dat" alt="counter"></p></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial" size="4" color="#336633"><b>${tTitle}</b></font><br><font face="Verdana" size="1" color="#666666">Posted 10th February 2027</font>
${tBody.map((t) => `<p><font face="Verdana, Arial" size="2">${t}</font></p>`).join('\n')}
<p><font face="Verdana, Arial" size="2">Jean Fairclough<br>Shop Manager</font></p>
<hr size="1" noshade><p><font face="Verdana" size="1"><a href="news.htm">&lt;&lt; Back to News</a> | <a href="javascript:window.print()">Print this page</a>
</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Kelby Hospital League of Friends 2027 |
Page last updated 10/02/2027 | <a href="mailto:webmaster@kelbyfriends.org.uk"><font color="#FFFFFF">Webmaster</font></a></font></td></tr></table></body>
</html>`;
const table: TestPage = {
  name: 'heldout514-table-layout-friends-shop-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Posted 10th February 2027', 'Jean Fairclough', 'Shop Manager', 'Page last updated 10/02/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About the Friends', 'News', 'Volunteering', 'Donations', 'Contact Us', 'Registered Charity', 'No. 504872', 'Visitors:', '<< Back to News',
    'Print this page', '© Kelby Hospital League of Friends 2027', 'Webmaster',
  ],
};

const hTitle = 'Gift Aid on donated furniture: your questions answered';
const hB = [
  j(
    'Every week someone at the warehouse door asks us about Gift Aid, usually while holding one end of a wardrobe. It is a fair',
    'question and the answer is not obvious, because Gift Aid was designed for gifts of money, not sofas. This post collects the',
    'questions we hear most often and answers them as plainly as we can.',
  ),
  j(
    'The short version: if you pay UK income tax or capital gains tax, signing up for Gift Aid when you donate furniture to us',
    'can add 25 per cent to what we raise from your items, at no cost to you.',
  ),
  'The basics',
  'What is Gift Aid?',
  j(
    'Gift Aid is a government scheme that lets charities claim back the basic rate tax you have already paid on money you give',
    'them. For every £1 donated by a taxpayer, the charity can claim an extra 25p from HM Revenue and Customs.',
  ),
  'How can it apply to furniture?',
  j(
    'Strictly speaking, it cannot apply to the furniture itself. What happens instead is that you appoint us as your agent to sell',
    'your items on your behalf. When an item sells, the money is yours, and you then give it to us. Because it is now a gift of money',
    'from a taxpayer, we can claim Gift Aid on it. This is called the retail Gift Aid scheme and it is used by most charity shops.',
  ),
  'Do I have to do anything after I sign up?',
  j(
    'Very little. We write to you each April with the total your items raised in the tax year. If you do not reply within 21 days,',
    'the money is treated as a donation to us. If you would like the money for yourself instead, you can ask for it, though in',
    'six years nobody has.',
  ),
  'Who can sign up',
  'Can anyone sign up?',
  j(
    'You need to have paid at least as much UK income tax or capital gains tax in the tax year as all the charities you support',
    'will claim on your donations. Council tax and VAT do not count. If you are not sure, you can still donate without signing up,',
    'and we will be just as grateful.',
  ),
  'What if I stop paying tax?',
  j(
    'Please let us know, for example if you retire and your pension falls below your personal allowance. We will stop claiming',
    'Gift Aid on your items. You can tell us by email, by phone or at the warehouse desk.',
  ),
  'I am donating on behalf of someone else. Can I sign up for them?',
  j(
    'No. Gift Aid can only be claimed on items that belong to the taxpayer who signs the declaration. House clearances are the',
    'most common case: if you are clearing a parent\u2019s home, the items usually belong to their estate, and the executor',
    'would need to sign up on its behalf. Ask us and we will explain how it works for estates.',
  ),
  'Practical questions',
  'How do you keep track of my items?',
  j(
    'When you sign up we give you a donor number, and each item gets a label with that number on it before it goes onto the',
    'warehouse floor. When it sells, the till records the price against your number. Items that go to our partner schemes for',
    'people moving out of homelessness are not sold, so no Gift Aid is claimed on those.',
  ),
  'What about items you cannot sell?',
  j(
    'Furniture that does not sell within eight weeks is reduced, and after twelve weeks it is offered free to our partner',
    'agencies. Anything still left is broken down for recycling. None of those routes produce a sale, so there is nothing to claim.',
  ),
  'Does it cost me anything?',
  'No. You do not pay anything extra, and signing up does not affect your own tax bill.',
  'How much difference does it make?',
  j(
    'Last year 1,612 donors were signed up, and Gift Aid brought in £38,420 on top of their sales. That is enough to pay the',
    'wages of one van crew for a year, or to furnish around ninety homes for families moving out of temporary accommodation.',
  ),
  'How to sign up',
  'Ask for a form at the warehouse desk when you drop off.',
  'Tell our collection crew when they pick up your furniture; they carry forms in the van.',
  'Fill in the online form before your collection date and quote your booking reference.',
  j(
    'You only need to sign up once. Your declaration covers everything you donate to us in future until you tell us otherwise.',
    'If you move house, please give us your new address so that your April letter reaches you.',
  ),
];
const hH2 = [2, 9, 17, 26];
const hH3 = [3, 5, 7, 10, 12, 14, 18, 20, 22, 24];
const hNav = ['Donate furniture', 'Get furniture', 'Volunteer', 'Partner agencies', 'About us', 'Blog'];
const hFoot = ['Contact us', 'Privacy policy', 'Terms of collection', 'Accessibility'];
const hRel = [
  ['What happens to your sofa after we collect it', 'From the van to the warehouse floor to a new home, the whole journey.'],
  ['Fire labels: why we cannot take some sofas', 'The rules on upholstered furniture, and what to do if your label is missing.'],
];
const hP = (i: number): string => ps([hB[i] ?? '']);
const hSec = (a: number, b: number): string =>
  hB
    .slice(a, b)
    .map((t, k) => (hH2.includes(a + k) ? `<h2>${t}</h2>` : hH3.includes(a + k) ? `<h3>${t}</h3>` : hP(a + k)))
    .join('\n');
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Gift Aid on donated furniture: your questions answered</title>
<link rel="shortcut icon" href="https://www.furniturebanknorth.org.uk/hubfs/favicon.png">
<meta name="description" content="Gift Aid was designed for gifts of money, not sofas.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.furniturebanknorth.org.uk/blog/gift-aid-furniture">
<link rel="stylesheet" href="https://www.furniturebanknorth.org.uk/hubfs/hub_generated/template_assets/1/52112998/1699/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Sam Whitlock"},
"datePublished":"2027-01-21T09:30:00Z"}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-162273940 hs-blog-post hs-blog-id-98210444">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget"><img src="https://www.furniturebanknorth.org.uk/hubfs/fbn-logo.png" class="hs-image-widget" alt="Furniture Bank North">
</a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off" placeholder="Search"></form></div></div></div></div>
<div class="header__row-2"><nav class="header__navigation header--element" aria-label="Main menu">
<ul class="submenu level-1">${links(hNav, 'has-submenu menu-item')}</ul>
</nav></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/sam-whitlock">Sam Whitlock</a>
<time datetime="2027-01-21 09:30:00" class="blog-post__timestamp">January 21, 2027</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${hP(0)}<!--more-->${hP(1)}
${hSec(2, 27)}
<ul>${lis(hB.slice(27, 30))}</ul>${hP(30)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1e0c2a"><span class="hs-cta-node hs-cta-5b1e0c2a" id="hs-cta-5b1e0c2a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/98210444/5b1e0c2a"><img class="hs-cta-img" id="hs-cta-img-5b1e0c2a" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/98210444/5b1e0c2a.png" alt="Book a free collection"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(98210444, '5b1e0c2a', {});</script>
</span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="/blog/tag/gift-aid" rel="tag">Gift
Aid</a>, <a class="blog-post__tag-link" href="/blog/tag/donating" rel="tag">Donating</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"></div></section>
</div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (r) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${r[0]}"><div class="blog-related-posts__content">
<h3><a class="blog-related-posts__title-link" href="/blog/">${r[0]}</a></h3><p>${r[1]}</p></div></article>`,
  )
  .join('\n')}</div></div></div>
<div class="blog-subscribe content-wrapper"><h3>Subscribe to our blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked"
novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7e0f"><span>Email</span>
<span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7e0f" name="email" required type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav class="footer__menu">
<ul>${links(hFoot)}</ul></nav><p>Furniture Bank North is a registered charity (1141986) and a company limited by guarantee (07502213).</p>
<p>© 2027 Furniture Bank North</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-ignore="true" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalised services to you, both on this website and through other media.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/98210444.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout514-hubspot-gift-aid-faq',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hH2, ...hH3].sort((a, b) => a - b).map((i) => hB[i] ?? ''),
  body: texts(hB.filter((_, i) => !hH2.includes(i) && !hH3.includes(i))),
  bylines: ['Sam Whitlock', 'January 21, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Get furniture', 'Volunteer', 'About us', 'Blog', 'Related posts', ...hRel.flat(), 'Subscribe to our blog', 'Subscribe',
    ...hFoot,
    'Furniture Bank North is a registered charity (1141986) and a company limited by guarantee (07502213).', '© 2027 Furniture Bank North',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised',
      'services to you, both on this website and through other media.',
    ),
    'Accept', 'Decline',
  ],
};

export const HELDOUT514_F: readonly TestPage[] = [table, hubspot];
