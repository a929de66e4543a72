import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file c: a dry cleaner's refurbishment notice on a Wix site (hashed class names, rich-text components, the
 * free-plan Wix banner), and a shoe repairer's price list on an old hand-made table layout (font tags, a nav column, a marquee).
 */
const xTitle = 'Closed for refurbishment: 14 to 21 April';
const xBody = [
  j(
    'From Monday 14 April the shop will be closed for a week while we replace the counter, the pressing units and the old boiler,',
    'which has served us faithfully since 1998.',
  ),
  j(
    'Anything handed in before Saturday 12 April will be ready for collection that afternoon. If you can’t get to us in time, your',
    'items will be safe with us and ready on Tuesday 22 April.',
  ),
  j('While we are closed, Brightwell Cleaners at 3 Station Parade will take in dry cleaning for us, and you will pay our usual', 'prices.'),
  'We reopen at 7.30am on Tuesday 22 April. Thank you for your patience, and do come and see the new shop.',
];
const xSig = 'Denise and the Marlowe team';
const xNav = ['Home', 'Services', 'Prices', 'Notices', 'Contact'];
const xFoot = ['41 High Street, Wensford WF2 8AB', 'Tel: 01632 960772', 'Mon–Fri 7.30–6, Sat 8–4'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string, font = 'font_8'): string =>
  `<p class="${font} wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"/>
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a21c4_0d1e.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/7a21c4_0d1e.png"
type="image/png"/>
<script>window.__browser_deprecation__ = false; window.fedops = window.fedops || {}; window.fedops.apps = window.fedops.apps || {};</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-seo-isolated-renderer","type":"GA","code":0},
"mode":{"qa":false},"siteFeaturesConfigs":{}}</script>
<title>Notices | Marlowe Cleaners</title>
<meta name="description" content="Marlowe Cleaners is closed for refurbishment from 14 to 21 April."/>
<link rel="canonical" href="https://www.marlowecleaners.example/notices"/>
<meta property="og:title" content="Notices | Marlowe Cleaners"/><meta property="og:site_name" content="Marlowe Cleaners"/>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"DryCleaningOrLaundry","name":"Marlowe Cleaners",
"address":{"@type":"PostalAddress","streetAddress":"41 High Street","addressLocality":"Wensford"}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lt4k2u1z{width:980px;}
.font_0{font:normal normal normal 40px/1.4em playfair display,serif;}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div>
<div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBg"></div></div><div class="u0TQQf">
<div class="WiUBia" data-mesh-id="SITE_HEADERinlineContent">
${rt('lt4k2u1z', wp('MARLOWE CLEANERS', 'font_6'))}
${rt('lt4k2v0a', wp('Dry cleaning · Laundry · Alterations', 'font_9'))}
<div id="comp-lt4k2w3b" class="comp-lt4k2w3b wixui-horizontal-menu"><nav class="StylableHorizontalMenu3372578893__root" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.marlowecleaners.example/${t.toLowerCase()}" class="StylableHorizontalMenu3372578893__menuItem">
<div class="itemDepth02233374943__root"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU">
<div id="c1ng8" class="dBAkHi theme-vars"><div class="PFkO7r wN7ufb" data-mesh-id="c1ng8inlineContent">
<div data-mesh-id="c1ng8inlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lt4m9x01" tabindex="-1" class="Oqnisf comp-lt4m9x01 wixui-section" data-block-level-container="ClassicSection">
<div id="bgLayers_comp-lt4m9x01" data-hook="bgLayers" class="MW5IWV">
<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lt4m9x02" class="comp-lt4m9x02 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lt4m9x02inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-lt4m9x02inlineContent-gridContainer" data-testid="mesh-container-content">
${rt('lt4m9y11', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${rt('lt4m9y12', xBody.map((t) => wp(t)).join('\n<p class="font_8 wixui-rich-text__text">&nbsp;</p>\n'))}
${rt('lt4m9y13', wp(`<span style="font-style:italic;" class="wixui-rich-text__text">${xSig}</span>`))}
<div class="comp-lt4m9y14 wixui-image" id="comp-lt4m9y14"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lt4m9y14" class="HlRz5e BI8PVQ" data-image-info="{}">
<img src="https://static.wixstatic.com/media/7a21c4_shopfront.jpg/v1/fill/w_420,h_280,al_c,q_80/shopfront.jpg" alt="Marlowe Cleaners shop front"
style="width:420px;height:280px;object-fit:cover"/></wow-image></div></div>
</div></div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="u0TQQf">
<div class="WiUBia" data-mesh-id="SITE_FOOTERinlineContent">
${rt(
  'lt4k3a01',
  [wp('<span style="font-weight:bold;" class="wixui-rich-text__text">Marlowe Cleaners</span>', 'font_9'), ...xFoot.map((t) => wp(t, 'font_9'))].join('\n'),
)}
${rt(
  'lt4k3a02',
  wp('© 2025 by Marlowe Cleaners. Proudly created with <a href="https://www.wix.com" target="_blank" class="wixui-rich-text__text">Wix.com</a>', 'font_9'),
)}
</div></div></div></footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw ate4Ki wixui-wix-ads">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank" rel="nofollow" class="Pq4BUm">
<span class="u1n1ax">This site was designed with the </span><span class="dMtg5b"><svg class="YpCyHd" viewBox="0 0 28 10.89" aria-label="Wix"></svg>.com</span>
<span class="u1n1ax"> website builder. Create your website today.</span><span class="Nt8VVc">Start Now</span></a></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e3aeb2b6.bundle.min.js" async></script>
</body>
</html>`;
const wix: TestPage = {
  name: 'heldout519-wix-refurbishment-notice',
  kind: 'news',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xBody),
  bylines: [xSig],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'MARLOWE CLEANERS', 'Dry cleaning · Laundry · Alterations', ...xNav.filter((t) => t !== 'Prices'), 'Marlowe Cleaners', ...xFoot,
    '© 2025 by Marlowe Cleaners. Proudly created with Wix.com', 'This site was designed with the', '.com', 'website builder. Create your website today.',
    'Start Now',
  ],
};

const tTitle = 'Price List';
const tIntro = j(
  'All work is done on the premises by our own staff. Most repairs are ready the same day if left before 11am. Prices are for',
  'standard repairs &amp; we will always quote first for anything unusual.',
);
const tSections = [
  [
    'Gents',
    [
      ['Full soles &amp; heels (leather)', '£58.00'],
      ['Half soles (leather)', '£32.00'],
      ['Half soles (rubber)', '£26.00'],
      ['Heels (rubber)', '£14.50'],
      ['Stick-on soles', '£18.00'],
    ],
  ],
  [
    'Ladies',
    [
      ['Heel tips (pair)', '£8.50'],
      ['Heel tips, stiletto (pair)', '£7.50'],
      ['Half soles (rubber)', '£22.00'],
      ['Replace heel blocks', 'from £30.00'],
    ],
  ],
  [
    'Other Repairs',
    [
      ['Zip replacement (boots)', 'from £35.00'],
      ['Stretching (per shoe)', '£9.00'],
      ['Re-dye (per pair)', '£25.00'],
      ['Stitching (per seam)', 'from £6.00'],
      ['Handbag handle repair', 'from £15.00'],
    ],
  ],
] as const;
const tNote = 'Prices may change without notice. Please ask at the counter for leather or suede work not listed here.';
const tNav = ['Home', 'Price List', 'Key Cutting', 'Watch Batteries', 'Engraving', 'Find Us'];
const tHours = ['Opening Times', 'Mon - Fri 8.30 - 5.30', 'Sat 8.30 - 4.00', 'Closed Sunday'];
const tMarquee = 'NOW CUTTING CAR KEYS AND REMOTE FOBS - ASK IN STORE';
const vf = (t: string, size = '2', color = '#000000'): string =>
  `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}" color="${color}">${t}</font>`;
const tTable = (rows: readonly (readonly [string, string])[]): string =>
  `<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCC99">\n${rows
    .map(([a, b], i) => `<tr bgcolor="${i % 2 === 0 ? '#EEEECC' : '#FFFFFF'}"><td>${vf(a)}</td><td align="right" width="110">${vf(b)}</td></tr>`)
    .join('\n')}\n</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Heeley's Shoe Repairs - Price List</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="shoe repairs, key cutting, heels, soles, watch batteries, Brackley Cross">
<meta name="description" content="Heeley's Shoe Repairs and Key Cutting, Cattle Market Lane, Brackley Cross. Prices for soles, heels and other repairs.">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments;
 for(i=0; i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_over.gif','images/nav_prices_over.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Heeley's Shoe Repairs &amp; Key Cutting"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99"><marquee scrollamount="3">${vf(`<b>${tMarquee}</b>`, '2', '#663300')}</marquee></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#663300" class="nav">
<table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/\W+/g, '')}.html" class="navlink">${vf(`<b>${t}</b>`, '2', '#FFFFCC')}</a></td>
</tr>`,
  )
  .join('\n')}
</table>
<br>
<div class="sidebox" align="center">${vf(`<b>${tHours[0]}</b><br>${tHours.slice(1).join('<br>')}`, '1', '#FFFFCC')}</div>
<br><center><img src="images/guild_logo.gif" width="120" height="60" alt="Member of the Guild of Master Cobblers" border="0"></center><br>
</td>
<td width="600" valign="top" class="content">
<table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
${vf(`<b>${tTitle}</b>`, '4', '#663300')}<br><br>
${vf(tIntro)}
${tSections.map(([h, rows]) => `<p>${vf(`<b>${h}</b>`, '3', '#663300')}</p>\n${tTable(rows)}`).join('\n')}
<p>${vf(`<i>${tNote}</i>`)}</p>
</td></tr></table>
</td>
</tr>
<tr><td colspan="2" bgcolor="#663300" align="center">
${vf(
  `Heeley's Shoe Repairs, 7 Cattle Market Lane, Brackley Cross, BX4 1HH &nbsp;|&nbsp; Tel: 01632 960 215<br>
&copy; Heeley's Shoe Repairs 2004-2009 &nbsp;|&nbsp; Site by <a href="http://www.pixelbarn.example" target="_blank">
<font color="#FFFFCC">PixelBarn Web Design</font></a><br>
Page last updated 12/03/2009<br>You are visitor number <img src="http://counter.digits.example/?counter=heeleys&amp;type=odometer" alt="hit counter"
border="0">`,
  '1',
  '#FFFFFF',
)}
</td></tr>
</table>
<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">try { var pageTracker = _gat._getTracker("UA-4417203-1"); pageTracker._trackPageview(); } catch(err) {}</script>
</body>
</html>`;
const tableLayout: TestPage = {
  name: 'heldout519-table-layout-shoe-repair-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: texts([tIntro, ...tSections.flatMap(([, rows]) => rows.map(([a, b]) => `${a} ${b}`)), tNote]),
  bylines: ['Page last updated 12/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    tMarquee, ...tNav.filter((t) => t !== tTitle), ...tHours, "Heeley's Shoe Repairs, 7 Cattle Market Lane, Brackley Cross, BX4 1HH", 'Tel: 01632 960 215',
    "© Heeley's Shoe Repairs 2004-2009", 'Site by PixelBarn Web Design', 'You are visitor number',
  ],
};

export const HELDOUT519_C: readonly TestPage[] = [wix, tableLayout];
