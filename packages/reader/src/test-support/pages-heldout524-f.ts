import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, outside, row, trs } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file f: a mutual insurer's member news post on HubSpot CMS (blog post template) with a rates table,
 * related posts and a HubSpot cookie banner, and a village shop association's autumn newsletter on an old table layout.
 */
const uTitle = 'Members to share £3.1 million in this year’s mutual bonus';
const uParas = [
  j(
    'Brackenmoor Mutual’s board has confirmed a mutual bonus of £3.1 million for 2026, to be added to members’ policies on',
    '1 January. Around 48,000 members with life and savings plans will receive it.',
  ),
  j(
    'Because we are owned by our members rather than shareholders, the profits we make are shared among the people we insure.',
    'This is the eighth year in a row that we have paid a bonus.',
  ),
];
const uHead = 'How much will I get?';
const uIntro = 'The bonus is a percentage of the value of each plan on 31 December. The rates for 2026 are:';
const uRows = [
  ['Whole of life plans', '4.5%'],
  ['Over 50s plans', '3.8%'],
  ['Junior savings plans', '5.2%'],
  ['Tax-free savings plans', '3.1%'],
];
const uHead2 = 'Do I need to do anything?';
const uDo = [
  'No. The bonus is added automatically, and your annual statement in February will show the new value of your plan.',
  j(
    'Bonuses are not guaranteed and depend on how our investments and claims perform each year. Once added, a bonus can',
    'only be taken away if you cash in your plan early.',
  ),
];
const uNav = ['Life cover', 'Savings', 'Funeral plans', 'About us', 'Member news'];
const uRelated = [
  ['Your vote at the 2027 AGM', 'How to vote online, by post or in person in Harrowfield.'],
  ['New hardship fund for members', 'Members facing money worries can now apply for a grant of up to £750.'],
];
const uCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact',
  'with our website and allow us to remember you.',
);
const uReg = 'Brackenmoor Mutual is a friendly society authorised by the PRA and regulated by the FCA and the PRA, register no. 110482.';
const uHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${uTitle}</title>
<link rel="shortcut icon" href="https://www.brackenmoor.co.uk/hubfs/favicon.png"><meta name="description" content="Around 48,000 members will receive a bonus.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brackenmoor.co.uk/member-news/mutual-bonus-2026">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}",
"datePublished":"2026-11-12T09:00:00Z"}</script>
<link rel="stylesheet" href="https://www.brackenmoor.co.uk/hs-fs/hub/4410291/hub_generated/template_assets/1/main.min.css"></head>
<body><div class="body-wrapper hs-content-id-10928 hs-blog-post hs-blog-id-8812"><div
data-global-resource-path="brackenmoor-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><a href="/" id="hs-link-site_logo"><img src="https://www.brackenmoor.co.uk/hubfs/logo.svg" alt="Brackenmoor Mutual"
class="hs-image-widget"></a>
</span></div><div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div
class="header__navigation">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper
no-list">${links(uNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
</div><a class="button header__cta" href="/login">Member login</a></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a href="/member-news/author/glenys-ardmore" rel="author">Glenys Ardmore</a>
<time datetime="2026-11-12 09:00:00" class="blog-post__timestamp">12 November 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(uParas)}
<!--more--><h2>${uHead}</h2><p>${uIntro}</p>
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="width: 100%; border-collapse: collapse;"><tbody>
<tr><td><strong>Plan</strong></td><td><strong>Bonus rate</strong></td></tr>${trs(uRows)}</tbody></table></div>
<h2>${uHead2}</h2>${ps(uDo)}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg><a class="blog-post__tag-link"
href="/member-news/tag/bonus">Bonus</a>,
<a class="blog-post__tag-link" href="/member-news/tag/members">Members</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></div></section></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${uRelated
  .map(
    ([t, e]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content">
<h3><a class="blog-related-posts__title-link" href="#">${t}</a></h3><p>${e}</p></div></article>`,
  )
  .join('\n')}</div></div></section></main>
<div data-global-resource-path="brackenmoor-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<span id="hs_cos_wrapper_footer_menu" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav aria-label="Footer navigation"><ul>
${links(['Complaints', 'Accessibility', 'Privacy notice', 'Cookie settings'])}</ul></nav></span>
<p>${uReg}</p><p>© 2026 Brackenmoor Mutual</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-investigation="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${uCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/4410291.js"></script></body></html>`;
const uBody = [...uParas, uIntro, ...uRows.map(row), ...uDo];
const hubspot: TestPage = {
  name: 'heldout524-hubspot-mutual-bonus-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [uHead, uHead2],
  body: uBody,
  bylines: ['Glenys Ardmore', '12 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([uTitle, uHead, uHead2, ...uBody], [
    'Skip to content', ...uNav, 'Member login', 'Bonus', 'Members', 'Related posts', ...uRelated.flat(), 'Complaints', 'Accessibility', 'Privacy notice',
    'Cookie settings', uReg, '© 2026 Brackenmoor Mutual', uCookie, 'Accept', 'Decline',
  ]),
};

const vTitle = 'Autumn Newsletter 2026';
const vSecs: [string, string[]][] = [
  [
    'Shop news',
    [
      j(
        'Thank you to everyone who came to the tenth birthday party in September. We raised £640 for the church roof and ate',
        'a great deal of cake. The shop took £212,000 in the year to June, up 6% on last year, and made a small surplus of £3,900.',
      ),
      'The post office counter now opens on Saturday mornings as well as weekdays, thanks to two newly trained volunteers.',
    ],
  ],
  [
    'Volunteers',
    [
      j(
        'We still have gaps on Wednesday afternoons and Sunday mornings. If you can spare two hours a fortnight, please put your',
        'name in the book behind the counter or ring Peter on the number below.',
      ),
    ],
  ],
  [
    'Dates for your diary',
    [
      'Saturday 7 November: members’ meeting, village hall, 7.30pm',
      'Sunday 29 November: Christmas order forms available',
      'Thursday 24 December: open 8am to 1pm',
    ],
  ],
];
const vSign = 'Compiled by Gwen Harbottle, Secretary';
const vNav = ['Home', 'About the Shop', 'Opening Hours', 'Newsletters', 'Become a Member', 'Contact Us'];
const vMarquee = 'Fresh bread from Lowther Bakery every day except Monday!';
const vFoot = [
  'Lower Dunsby Village Shop Association Ltd, The Street, Lower Dunsby. Registered Society No. 29561R.',
  'Page last updated 12/10/2026',
  'You are visitor number 004817',
  'Best viewed at 1024 x 768',
];
const vSecHtml = vSecs
  .map(([h, p]) =>
    h === 'Dates for your diary'
      ? `<h3><font face="Arial" color="#336633">${h}</font></h3>\n<ul>${lis(p.map((t) => `<font face="Verdana" size="2">${t}</font>`))}</ul>`
      : `<h3><font face="Arial" color="#336633">${h}</font></h3>\n${p.map((t) => `<p><font face="Verdana" size="2">${t}</font></p>`).join('\n')}`,
  )
  .join('\n');
const vHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Lower Dunsby Village Shop - Newsletter</title>
<style type="text/css">a:link { color: #336633 } a:hover { color: #996600 } .navlink { font-family: Verdana; font-size: 11px; color: #FFFFFF }</style>
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#E8F0E0" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="110" alt="Lower Dunsby Village Shop and Post Office" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#336633"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF">${vMarquee}</font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#336633"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${vNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink"><b>${t}</b></a></td></tr>`).join('\n')}
</table><p align="center"><img src="images/postoffice.gif" width="120" height="60" alt="Post Office"></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p align="center"><font face="Arial" size="5" color="#336633"><b>${vTitle}</b></font></p>
${vSecHtml}
<p><font face="Verdana" size="2"><i>${vSign}</i></font></p>
<p><font face="Verdana" size="1"><a href="newsletters.htm">&lt;&lt; Back to all newsletters</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">${vFoot[0]}<br>${vFoot[1]}</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">${vFoot[2]} | ${vFoot[3]} | <a href="mailto:webmaster@lowerdunsbyshop.org.uk">Email the
webmaster</a></font></td></tr></table></body></html>`;
const vBody = vSecs.flatMap(([, p]) => p);
const vHeads = vSecs.map(([h]) => h);
const oldTable: TestPage = {
  name: 'heldout524-table-layout-village-shop-newsletter',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: vBody,
  bylines: [vSign, vFoot[1] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([vTitle, ...vHeads, ...vBody], [
    vMarquee, ...vNav, '<< Back to all newsletters', vFoot[0] ?? '', vFoot[2] ?? '', vFoot[3] ?? '', '|', 'Email the webmaster',
  ]),
};

export const HELDOUT524_F: readonly TestPage[] = [hubspot, oldTable];
