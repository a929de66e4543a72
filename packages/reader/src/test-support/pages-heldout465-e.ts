import { type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout465-kit.js';

/**
 * Held-out batch 465, file e: a small coworking location page built with Wix (rich-text elements in absolutely laid-out
 * containers), and a membership plans page on WordPress with the Divi theme (pricing tables and a comparison table).
 */
const wxTitle = 'The Loft at Pelham Mill';
const wxBody = [
  'A light-filled coworking loft above the old weaving shed, for freelancers and small teams in the Calder valley.',
  j(
    'Thirty desks, two meeting rooms and a kitchen with a long table where most of us eat lunch together. The mill sits beside',
    'the canal towpath, ten minutes on foot from Hebble Bridge station, with free parking in the mill yard.',
  ),
  'Open Monday to Friday, 8am to 6pm. Members on the Resident plan have 24-hour access.',
  'Day passes are £18 and can be bought at the door. No need to book ahead unless you are bringing a group.',
];
const wxNav = ['Home', 'The Loft', 'Prices', 'Gallery', 'Contact'];
const rich = (t: string, tag = 'p', font = 'font_8'): string =>
  `<${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text" style="letter-spacing:normal;">${t}</span></${tag}>`;
const comp = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8a1f0c_4e2.png">
<title>The Loft | Pelham Mill Coworking</title><meta name="description" content="Coworking desks and meeting rooms at Pelham Mill.">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Pelham Mill Coworking","address":{"@type":"PostalAddress",
"addressLocality":"Hebble Bridge"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"b1c2d3e4-0f9a-4b8c-9d7e-6a5b4c3d2e1f","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lq1a2b3c{left:0;width:980px;position:absolute}.font_8{font:normal normal normal 16px/1.6em figtree,sans-serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mStcX5">top of page</span></div><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div
class="_4XcTfy">
${comp('lq1a2b3c', rich('<a href="/">Pelham Mill</a>', 'p', 'font_9'))}
<nav id="comp-lq1a2b4d" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wxNav
  .map(
    (n) => `<li class="wixui-horizontal-menu__item"><a href="/${n.toLowerCase().replace(/ /g, '-')}"
class="wixui-horizontal-menu__item-label"><span>${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dmp-page"><div class="c1dmp">
<section id="comp-lq1b0a01" class="xuzjBY comp-lq1b0a01 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq1b0a02"
class="comp-lq1b0a02 wixui-column-strip__column">
<div data-mesh-id="comp-lq1b0a02inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq1b0a02inlineContent-gridContainer"
data-testid="mesh-container-content">
${comp('lq1b0a03', rich(wxTitle, 'h1', 'font_0'))}
${comp('lq1b0a04', rich(wxBody[0] ?? '', 'p', 'font_7'))}
<div id="comp-lq1b0a05" class="MazNVa comp-lq1b0a05 wixui-image" data-testid="imageX"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lq1b0a05" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq1b0a05"}'><img
src="https://static.wixstatic.com/media/8a1f0c_loft.jpg/v1/fill/w_980,h_520/loft.jpg"
alt="The Loft" style="width:980px;height:520px;object-fit:cover"></wow-image></div></div>
${comp(
  'lq1b0a06',
  [wxBody[1], wxBody[2], wxBody[3]]
    .map((t) => rich(t ?? ''))
    .join(`\n<p class="font_8 wixui-rich-text__text"><span
class="wixui-rich-text__text">&#8203;</span></p>\n`),
)}
<a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Arrange a
visit</span></a>
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${comp('lq1c0f01', rich('Pelham Mill, Canal Road, Hebble Bridge HX7 3LP') + rich('hello@pelhammill.co.uk'))}
${comp('lq1c0f02', rich('© 2024 by Pelham Mill Coworking. Proudly created with Wix.com', 'p', 'font_9'))}
</div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span class="mStcX5">bottom of
page</span></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b3a0c7d1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = gold({
  name: 'heldout465-wix-location',
  kind: 'docs',
  html: wxHtml,
  title: wxTitle,
  headings: [],
  body: wxBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pelham Mill', ...wxNav, 'Arrange a visit', 'Pelham Mill, Canal Road, Hebble Bridge HX7 3LP', 'hello@pelhammill.co.uk',
    '© 2024 by Pelham Mill Coworking. Proudly created with Wix.com',
  ],
});

const vTitle = 'Membership Plans';
const vIntro = j(
  'Every membership at Saltgate Exchange includes fast Wi-Fi, printing, coffee and a seat at our Thursday socials. Pick the plan',
  'that suits how often you come in; you can switch at the end of any month.',
);
const vPlans = [
  { name: 'Drop In', sub: 'For the occasional visit', price: '£25', per: 'per day', items: ['Any open desk', 'Coffee and printing', 'Book on the day'] },
  { name: 'Part Time', sub: 'Three days a week', price: '£160', per: 'per month', items: ['12 days a month', '3 meeting room hours', 'Locker'] },
  {
    name: 'Full Time',
    sub: 'Your own fixed desk',
    price: '£295',
    per: 'per month',
    items: ['Fixed desk and chair', '24/7 access', '8 meeting room hours', 'Mail handling'],
  },
];
const vRows: string[][] = [
  ['Desk', 'Any free desk', 'Any free desk', 'Your own'],
  ['Access', '9am to 5pm', '8am to 8pm', '24/7'],
  ['Meeting rooms', 'Pay as you go', '3 hours', '8 hours'],
  ['Guest passes', 'None', '1 a month', '4 a month'],
];
const vOutro = j('Need a private office instead? We have six lockable studios for teams of two to six. Prices start at £850 a month, all in.');
const vNav = ['Home', 'Workspace', 'Membership', 'Events', 'Contact'];
const vFoot = ['Saltgate Exchange, 7 Custom House Quay, Whitby YO21 3PT', 'Open weekdays 8am to 8pm'];
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><link rel="pingback"
href="https://saltgateexchange.co.uk/xmlrpc.php">
<script type="text/javascript">document.documentElement.className = 'js';</script><title>${vTitle} | Saltgate Exchange</title>
<meta name="generator" content="WordPress 6.5.3"><meta name="generator" content="Divi v.4.25.1"><link rel="stylesheet" id="divi-style-css"
href="https://saltgateexchange.co.uk/wp-content/themes/Divi/style-static.min.css?ver=4.25.1" type="text/css" media="all">
<style id="et-divi-customizer-global-cached-inline-styles">#main-header,#main-header .nav li ul{background-color:#0f3b4c}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${vTitle}"}</script></head>
<body class="page-template-default page page-id-88 et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade
et_pb_pagebuilder_layout">
<div id="page-container"><div id="et-boc" class="et-boc"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="https://saltgateexchange.co.uk/"><img src="/wp-content/uploads/2023/01/saltgate-logo.png"
alt="Saltgate Exchange" id="logo" data-height-percentage="54"></a></div><div id="et-top-navigation" data-height="66" data-fixed-height="40">
<nav id="top-menu-nav"><ul id="top-menu" class="nav">${vNav
  .map(
    (n) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a
href="/${n.toLowerCase()}/">${n}</a></li>`,
  )
  .join('')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span
class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div>
<div id="et_top_search"><span id="et_search_icon"></span></div></div></div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form"
action="https://saltgateexchange.co.uk/">
<input type="search" class="et-search-field" placeholder="Search &hellip;" name="s" title="Search for:"></form><span
class="et_close_search_field"></span></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-88" class="post-88 page type-page status-publish hentry"><div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular"><div class="et_pb_row et_pb_row_0"><div
class="et_pb_column et_pb_column_4_4 et_pb_column_0">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_center et_pb_bg_layout_dark"><div
class="et_pb_text_inner"><h1>${vTitle}</h1><p>${vIntro}</p></div></div>
</div></div></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4 et_pb_column_1">
<div class="et_pb_module et_pb_pricing_tables_0 et_pb_pricing clearfix et_pb_pricing_3 et_pb_no_featured_in_first_row"><div class="et_pb_pricing_table_wrap">
${vPlans
  .map(
    (p, i) => `<div class="et_pb_pricing_table et_pb_pricing_table_${i}${i === 1 ? ' et_pb_featured_table' : ''}"><div class="et_pb_pricing_heading">
<h2 class="et_pb_pricing_title">${p.name}</h2><span class="et_pb_best_value">${p.sub}</span></div><div class="et_pb_pricing_content_top">
<span class="et_pb_et_price"><span class="et_pb_sum">${p.price}</span><span class="et_pb_frequency"><span
class="et_pb_frequency_slash">/</span>${p.per}</span></span></div>
<div class="et_pb_pricing_content"><ul class="et_pb_pricing">${lis(
      p.items.map((t) => `<span>${t}</span>`),
      'et_pb_pricing_li',
    )}</ul></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_pricing_table_button" href="/join/">Sign Up</a></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_section_regular"><div class="et_pb_row et_pb_row_2"><div class="et_pb_column et_pb_column_4_4 et_pb_column_2">
<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><h2>Compare plans</h2><table class="plan-compare"><thead><tr><th></th>
${vPlans.map((p) => `<th>${p.name}</th>`).join('')}</tr></thead><tbody>${vRows
  .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`)
  .join('\n')}
</tbody></table><p>${vOutro}</p></div></div>
<div class="et_pb_module et_pb_cta_0 et_pb_promo et_pb_bg_layout_dark et_pb_text_align_center"><div class="et_pb_promo_description"><h2
class="et_pb_module_header">Come and try a free day</h2>
<div><p>Bring your laptop and see if it suits you.</p></div></div><div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button"
href="/free-day/">Claim your day</a></div></div>
</div></div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div id="text-2"
class="fwidget et_pb_widget widget_text">
<h4 class="title">Find us</h4><div class="textwidget">${vFoot.map((f) => `<p>${f}</p>`).join('')}</div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons"><li class="et-social-icon et-social-instagram"><a href="#"
class="icon"><span>Instagram</span></a></li></ul>
<div id="footer-info">Copyright © 2024 Saltgate Exchange CIC</div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://saltgateexchange.co.uk/wp-content/themes/Divi/js/scripts.min.js?ver=4.25.1"
id="divi-custom-script-js"></script></body></html>`;
const divi: TestPage = gold({
  name: 'heldout465-divi-plans',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [...vPlans.map((p) => p.name), 'Compare plans'],
  body: texts([vIntro, ...vPlans.flatMap((p) => [p.sub, `${p.price}/${p.per}`, ...p.items]), ...vRows.map((r) => r.slice(1).join(' ')), vOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Select Page', 'Sign Up', 'Come and try a free day', 'Bring your laptop and see if it suits you.', 'Claim your day', 'Find us', ...vFoot,
    'Instagram', 'Copyright © 2024 Saltgate Exchange CIC',
  ],
});

export const HELDOUT465_E: readonly TestPage[] = [wix, divi];
