import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file f: a freelance WordPress developer's care-plan page on Divi (top bar, pricing tables, footer widgets,
 * Cookie Notice bar), and a long-running web design firm's advice page in an old table layout (spacer GIFs, font tags, left
 * navigation column, hit counter).
 */
const vTitle = 'WordPress care plans';
const vIntro = j(
  'Your website needs looking after once it is live. I keep small business WordPress sites updated, backed up and secure, so you can',
  'get on with running the business. Every plan is month to month, and you deal with me directly, not a ticket queue.',
);
const vPlans: readonly (readonly [string, string, string, readonly string[], readonly string[]])[] = [
  [
    'Essentials',
    'For brochure sites',
    '45',
    ['Weekly plugin, theme and core updates', 'Daily off-site backups', 'Uptime monitoring'],
    ['Monthly content edits'],
  ],
  ['Business', 'For busy sites', '85', ['Everything in Essentials', 'Security scanning and firewall', 'One hour of edits each month'], ['Speed optimisation']],
  ['Shop', 'For WooCommerce stores', '140', ['Everything in Business', 'Update testing on a staging copy', 'Speed optimisation'], []],
];
const vAfter = [
  'What if something breaks?',
  j(
    'If your site goes down or is hacked while you are on a plan, I fix it at no extra cost. I aim to reply within two working',
    'hours, Monday to Friday, 9am to 5pm.',
  ),
  j(
    'Not on a plan yet? I can take on one-off fixes too, charged at £60 an hour with a one-hour minimum. Email me with the address',
    'of the site and what has gone wrong.',
  ),
];
const vNav = ['Home', 'Services', 'Care plans', 'Portfolio', 'Blog', 'Contact'];
const vPlanHtml = ([name, sub, price, yes, no]: (typeof vPlans)[number], i: number): string =>
  `<div class="et_pb_pricing_table et_pb_pricing_table_${i}${i === 1 ? ' et_pb_featured_table' : ''}"><div class="et_pb_pricing_heading">
<h2 class="et_pb_pricing_title">${name}</h2><span class="et_pb_best_value">${sub}</span></div><div class="et_pb_pricing_content_top">
<span class="et_pb_et_price">
<span class="et_pb_dollar_sign">£</span><span class="et_pb_sum">${price}</span><span class="et_pb_frequency">
<span class="et_pb_frequency_slash">/</span>month</span>
</span></div><div class="et_pb_pricing_content"><ul class="et_pb_pricing">${yes.map((t) => `<li><span>${t}</span></li>`).join('')}${no
    .map((t) => `<li class="et_pb_not_available"><span>${t}</span></li>`)
    .join('')}</ul></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_pricing_table_button" href="/contact/?plan=${name.toLowerCase()}">Choose
${name}</a></div></div>`;
const vText = (n: number, inner: string): string =>
  `<div class="et_pb_module et_pb_text et_pb_text_${n} et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">${inner}</div></div>`;
const vRow = (n: number, inner: string): string =>
  `<div class="et_pb_row et_pb_row_${n}"><div
class="et_pb_column et_pb_column_4_4 et_pb_column_${n} et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div>`;
const vHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://oddsockweb.co.uk/xmlrpc.php"><script type="text/javascript">document.documentElement.className = 'js';</script>
<title>WordPress Care Plans | Odd Sock Web</title><meta name="description" content="Monthly WordPress maintenance for small businesses.">
<link rel="canonical" href="https://oddsockweb.co.uk/care-plans/"><meta name="generator" content="WordPress 6.5.3">
<meta name="generator" content="Divi v.4.25.1">
<link rel='stylesheet' id='divi-style-parent-css' href='https://oddsockweb.co.uk/wp-content/themes/Divi/style-static.min.css?ver=4.25.1' type='text/css'
media='all'>
<link rel='stylesheet' id='cookie-notice-front-css' href='https://oddsockweb.co.uk/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all'>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<style id="et-builder-module-design-112-cached-inline-styles">.et_pb_section_0.et_pb_section{background-color:#f4efe6!important}</style></head>
<body class="page-template-default page page-id-112 cookies-not-set et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade
et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns3 et_cover_background et_pb_gutter et_pb_gutters3 et_pb_pagebuilder_layout
et_no_sidebar et_divi_theme et-db"><div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info">
<span id="et-info-phone">07700 900 312</span>
<a href="mailto:hello@oddsockweb.co.uk"><span id="et-info-email">hello@oddsockweb.co.uk</span></a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span>
<a href="https://oddsockweb.co.uk/"><img src="https://oddsockweb.co.uk/wp-content/uploads/2023/05/oddsock-logo.png" width="220" height="60"
alt="Odd Sock Web" id="logo"
data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav">
${links(vNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav><div id="et_top_search"><span id="et_search_icon"></span></div>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar mobile_menu_bar_toggle">
</span></div></div>
</div></div><div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://oddsockweb.co.uk/"><input type="search" class="et-search-field" placeholder="Search &hellip;" value="" name="s" title="Search for:"></form>
<span class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-112" class="post-112 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular">${vRow(0, vText(0, `<h1>${vTitle}</h1><p>${vIntro}</p>`))}</div>
<div class="et_pb_section et_pb_section_1 et_section_regular">${vRow(
  1,
  `<div class="et_pb_module et_pb_pricing_tables_0 et_pb_pricing clearfix et_pb_pricing_3
et_pb_pricing_no_bullet"><div class="et_pb_pricing_table_wrap">${vPlans.map(vPlanHtml).join('\n')}</div></div>`,
)}</div>
<div class="et_pb_section et_pb_section_2 et_section_regular">${vRow(2, vText(1, `<h2>${vAfter[0]}</h2>${ps(vAfter.slice(1))}`))}</div>
</div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget">
<div id="text-2" class="fwidget et_pb_widget widget_text">
<h4 class="title">Odd Sock Web</h4><div class="textwidget">
<p>Freelance WordPress developer in Northfold, working with small businesses across the county since 2016.</p>
</div></div></div><div class="footer-widget"><div id="nav_menu-2" class="fwidget et_pb_widget widget_nav_menu"><h4 class="title">Useful links</h4><div
class="menu-footer-container"><ul id="menu-footer" class="menu">${links(['Privacy policy', 'Terms of service', 'Cookie policy'], 'menu-item')}</ul></div>
</div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-linkedin">
<a href="https://www.linkedin.com/"
class="icon"><span>LinkedIn</span></a></li></ul><div id="footer-info">© 2026 Odd Sock Web · Built with Divi and WordPress</div></div></div></footer></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-visible cn-animated cn-effect-fade cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff">
<span id="cn-notice-text" class="cn-text-container">We use cookies to
ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span>
<span id="cn-notice-buttons"
class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span>
<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>
<script type="text/javascript" src="https://oddsockweb.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1" id="divi-custom-script-js"></script></body>
</html>`;
const diviPlans: TestPage = {
  name: 'heldout532-divi-freelance-care-plans',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [...vPlans.map(([n]) => n), vAfter[0] ?? ''],
  body: texts([vIntro, ...vPlans.flatMap(([, sub, price, yes, no]) => [sub, `£${price}/month`, ...yes, ...no]), ...vAfter.slice(1)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '07700 900 312', 'hello@oddsockweb.co.uk', ...vNav.filter((t) => t !== 'Care plans'), 'Select Page', ...vPlans.map(([n]) => `Choose ${n}`), 'Odd Sock Web',
    'Freelance WordPress developer in Northfold, working with small businesses across the county since 2016.', 'Useful links', 'Privacy policy',
    'Terms of service', 'Cookie policy', '© 2026 Odd Sock Web · Built with Divi and WordPress',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok',
  ],
};

const tTitle = 'Choosing a web address for your business';
const tBody = [
  j(
    'The first thing most of our customers ask about is the web address, or domain name. It is worth a little thought, because',
    'changing it later means new letterheads, new van signs and telling every customer you have.',
  ),
  'Keep it short and easy to say',
  j(
    'Say the address out loud over the telephone. If you have to spell it, or explain the hyphens, it is too complicated. Your',
    'business name is usually the best choice; a short description of what you do and where is the next best.',
  ),
  '.co.uk or .com?',
  j(
    'If your customers are in this country, a .co.uk address tells them straight away that you are a local firm. We usually',
    'suggest buying both and pointing the .com at the same website, so nobody else can take it.',
  ),
  'Register it in your own name',
  j(
    'Always make sure the domain is registered to you or your company, not to your web designer. Over the years we have helped many',
    'businesses who could not move their website because a previous designer owned the address and could no longer be found.',
  ),
  j(
    'When we register a domain for a customer, we put it in their name and give them the login details on a printed sheet. It',
    'costs about £12 a year, and we never add a mark-up.',
  ),
  j('If you would like help choosing a name, give us a ring on 01632 960 771 and we will check which addresses are still free.'),
];
const tHeads = [1, 3, 5];
const tNav = ['Home', 'About Us', 'Our Work', 'Prices', 'Advice', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Harrow Web Design - Advice - Choosing a web address</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="web design, ellesby, websites, domain names">
<meta name="description" content="Friendly web design in Ellesby since 1999."><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/banner.jpg" width="760" height="110" alt="Harrow Web Design - websites for local businesses" border="0"
usemap="#bannermap">
<map name="bannermap"><area shape="rect" coords="0,0,300,110" href="index.html" alt="Home"></map></td></tr>
<tr><td colspan="3" bgcolor="#336699" height="22"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">&nbsp;&nbsp;Friendly web design in
Ellesby since 1999</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8EEF4"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0">${tNav
  .map(
    (t) =>
      `<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.html" class="navlink">${t}</a></font>
</td></tr>`,
  )
  .join('\n')}</table><br><div align="center"><font face="Verdana, Arial" size="1"><b>Call us today!</b><br>01632 960 771</font></div><br>
<div align="center"><img src="images/fsb_member.gif" width="100" height="60" alt="Member of the Federation of Small Businesses"></div></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1" alt=""></td>
<td width="590" valign="top"><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="index.html">Home</a> &gt; <a href="advice.html">Advice</a>
&gt; Web addresses</font>
<h1><font face="Georgia, Times New Roman, serif" color="#336699">${tTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tBody
  .map((t, i) => (tHeads.includes(i) ? `<p><b><font color="#336699">${t}</font></b></p>` : `<p>${t}</p>`))
  .join('\n')}
<p><i>Last updated: 14 March 2026</i></p>
<p><a href="advice.html">&lt;&lt; Back to Advice</a> | <a href="javascript:window.print()">Printer friendly version</a> | <a href="#top">Top of page</a></p>
</font></td></tr>
<tr><td colspan="3" bgcolor="#336699" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Harrow Web Design, 8 Castle Row, Ellesby EL2 5JD
&nbsp;|&nbsp; Tel: 01632 960 771 &nbsp;|&nbsp; <a href="mailto:info@harrowweb.co.uk"><font color="#FFFFFF">info@harrowweb.co.uk</font></a><br>
&copy; 1999-2026 Harrow Web Design. All rights reserved.</font></td></tr>
<tr><td colspan="3" align="center"><font face="Verdana, Arial" size="1" color="#999999">You are visitor number <img
src="/cgi-bin/counter.cgi?page=advice-domains"
alt="48213" align="absmiddle"> &nbsp;&middot;&nbsp; Best viewed at 1024 x 768</font></td></tr></table></body></html>`;
const tablePage: TestPage = {
  name: 'heldout532-table-layout-web-design-advice',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => tBody[i] ?? ''),
  body: texts(tBody.filter((_, i) => !tHeads.includes(i))),
  bylines: ['Last updated: 14 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Friendly web design in Ellesby since 1999', ...tNav, 'Call us today!', 'Web addresses', '<< Back to Advice', 'Printer friendly version',
    'Top of page', 'Harrow Web Design, 8 Castle Row, Ellesby EL2 5JD | Tel: 01632 960 771 | info@harrowweb.co.uk',
    '© 1999-2026 Harrow Web Design. All rights reserved.', 'You are visitor number · Best viewed at 1024 x 768',
  ],
};

export const HELDOUT532_F: readonly TestPage[] = [diviPlans, tablePage];
