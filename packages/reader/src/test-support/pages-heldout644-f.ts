import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout644-kit.js';

/**
 * Held-out batch 644, file f: a short venue hire landing page for a heritage lighthouse station on HubSpot CMS (drag-and-drop
 * template, HubSpot form and cookie banner), and a tide mill history page on an old hand-made table-layout site.
 */
const hTitle = 'Weddings and events at Gullhaven Light';
const hBody = [
  j(
    'Say your vows in the whitewashed engine room, then walk out to the cliff edge for photographs with the tower behind you.',
    'Gullhaven Light is licensed for civil ceremonies of up to 60 guests, and the old fog signal station seats 90 for dinner.',
  ),
  j('Hire of the station is exclusive from 4pm, after the last visitors have left. Every booking helps to keep the lighthouse', 'open and in good repair.'),
  'Dates for 2027 are filling quickly. Tell us a little about your plans and our events team will be in touch within two working days.',
];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weddings &amp; Events | Gullhaven Light</title>
<meta name="description" content="Weddings and private events at a working lighthouse station."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><link rel="stylesheet"
href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<link rel="stylesheet" href="https://www.gullhavenlight.com/hubfs/hub_generated/template_assets/1/104/1711/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Weddings & Events"}</script>
<meta property="og:url" content="https://www.gullhavenlight.com/weddings-events"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-142885 hs-landing-page hs-page"><div data-global-resource-path="gullhaven/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="https://www.gullhavenlight.com" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/gullhaven-logo.svg"
alt="Gullhaven Light"
class="hs-image-widget" width="180"></a></span></div></div><div class="header__menu header__menu--desktop"><nav class="menu menu--desktop"
aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(['Visit', 'Stay', 'Weddings', 'Learn', 'Shop'], 'hs-menu-item hs-menu-depth-1')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--landing">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column"
data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid ">
<div class="span7 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="7">
<div id="hs_cos_wrapper_widget_1711" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1711_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1>${ps(hBody)}</span></div></div>
<div class="span5 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="7" data-w="5">
<div id="hs_cos_wrapper_widget_1712" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><h3 id="hs_cos_wrapper_widget_1712_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field"
data-hs-cos-type="text">Enquire about a date</h3><div id="hs_form_target_widget_1712"><form novalidate accept-charset="UTF-8" class="hs-form-private hsForm_9a1b
hs-form stacked hs-custom-form" id="hsForm_9a1b"><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-9a1b"
for="firstname-9a1b"><span>First name</span><span class="hs-form-required">*</span></label><div class="input"><input id="firstname-9a1b" name="firstname"
required type="text" class="hs-input" inputmode="text" autocomplete="given-name" value=""></div></div><div class="hs_email hs-email hs-fieldtype-text field
hs-form-field"><label for="email-9a1b"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-9a1b" name="email"
required type="email" class="hs-input" value=""></div></div><div class="hs_event_date hs-event_date hs-fieldtype-date field hs-form-field"><label
for="event_date-9a1b"><span>Preferred date</span></label><div class="input"><input id="event_date-9a1b" name="event_date" type="text" class="hs-input"
readonly value=""></div></div><div class="legal-consent-container"><div class="hs-richtext"><p>We'll only use your details to reply to your enquiry.</p>
</div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send enquiry"></div></div>
</form></div></div></div></div></div></div></div></div></div></main>
<div data-global-resource-path="gullhaven/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Gullhaven Light, Gullhaven, Pembrokeshire SA62 3RX</p><p>© 2026 Gullhaven Lighthouse Trust</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/2911834.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout644-hubspot-lighthouse-weddings',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Visit', 'Stay', 'Learn', 'Shop', 'Enquire about a date', 'First name', 'Email', 'Preferred date',
    "We'll only use your details to reply to your enquiry.", 'Gullhaven Light, Gullhaven, Pembrokeshire SA62 3RX', '© 2026 Gullhaven Lighthouse Trust',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Dunmore Tide Mill - a short history';
const tH = ['How a tide mill works', 'The mill and the Pennock family', 'Decline and rescue', 'Visiting today'];
const tIntro = j(
  'Dunmore Tide Mill sits at the head of Dunmore Creek, where the sea walls of the old mill pond still hold back twelve acres',
  'of water at high tide. It is one of only a handful of tide mills left on this coast and the only one where the wheel still',
  'turns.',
);
const tWorks = [
  j(
    'As the tide comes in, it flows through a pair of gates in the dam and fills the mill pond. When the tide turns the gates',
    'swing shut under the weight of water, and the miller waits until the sea outside has dropped far enough to give a good',
    'fall. Then the sluice is opened and the stored water runs out under the wheel for four or five hours.',
  ),
  j('This meant the miller worked to the tides, not the clock. A day’s milling might start at three in the morning one week and', 'at teatime the next.'),
];
const tPennock = [
  j(
    'A mill is recorded here in 1461, but the present building dates from 1782, when it was rebuilt for the Pennock family, who',
    'ran it for four generations. At its height in the 1850s it worked three pairs of stones and shipped flour by barge to',
    'Colchester and London.',
  ),
  j(
    'The last of the family, Josiah Pennock, gave up milling flour in 1912 and the mill ground only animal feed after that. The',
    'ledgers for 1860 to 1912 survive and are kept at the county record office.',
  ),
];
const tRescue = [
  j(
    'Milling stopped in 1947 when the dam was breached in a storm surge. The building was used as a boat store, and by the 1970s',
    'the wheel had collapsed into the tail race.',
  ),
  j(
    'The Dunmore Mill Preservation Society was formed in 1978. Volunteers rebuilt the dam and pond gates between 1981 and 1985, and',
    'a new wheel, made to the pattern of the old one, first turned on the tide on 14 September 1991.',
  ),
];
const tVisit = j(
  'The mill is open on Sunday afternoons from Easter to September, and the society mills on the spring tides about twice a',
  'month. See the society’s own website for dates.',
);
const tSide = ['Home', 'Mills of Essex A-Z', 'Windmills', 'Watermills', 'Tide mills', 'Photo gallery', 'Links', 'Guestbook', 'Email me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Essex Mills - Dunmore Tide Mill</title><meta name="keywords" content="tide mill, Dunmore, Essex, mills, watermill, history">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<style type="text/css"><!-- body { font-family: Verdana, Arial, sans-serif; font-size: 10pt } a:hover { color: #CC0000 } --></style>
<script language="JavaScript"><!-- function MM_swapImgRestore() { var i,x,a=document.MM_sr; } //--></script></head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#003366" height="80">
<img src="images/banner.jpg" width="760" height="80" alt="Essex Mills - windmills, watermills and tide mills of Essex"></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6E6CC"><br><font face="Verdana" size="2"><b>Menu</b><br>
${tSide.map((t) => `&nbsp;&raquo; <a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a><br>`).join('\n')}
<br><br><center><a href="http://www.millsring.net/next.cgi?id=44"><img src="images/millsring.gif" border="0" alt="Mills Webring"></a><br>
<font size="1">Member of the Mills Webring<br>[ <a href="http://www.millsring.net/prev.cgi?id=44">Prev</a> | <a
href="http://www.millsring.net/next.cgi?id=44">Next</a> ]
</font></center></font></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><font face="Verdana" size="2">
<h1><font face="Georgia" color="#003366">${tTitle}</font></h1>
<p>${tIntro}</p>
<p align="center"><img src="images/dunmore1.jpg" width="400" height="280" border="1"><br><i><font
size="1">The mill from the creek at low tide, 2004</font></i></p>
<h3><font color="#003366">${tH[0]}</font></h3>${ps(tWorks)}
<h3><font color="#003366">${tH[1]}</font></h3>${ps(tPennock)}
<h3><font color="#003366">${tH[2]}</font></h3>${ps(tRescue)}
<h3><font color="#003366">${tH[3]}</font></h3><p>${tVisit}</p>
<p align="right"><a href="#top">Back to top</a></p><hr size="1" color="#CCCC99">
<p align="center"><font size="1">&laquo; <a href="stowmarket.htm">Stow Maries Windmill</a> | <a href="tidemills.htm">Tide mills index</a> |
<a href="thorrington.htm">Thorrington Post Mill</a> &raquo;</font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Page last updated 12 March 2006<br>
Text and photographs &copy; R. Hollis 2001-2006. Please ask before using.<br>You are visitor number
<img src="/cgi-bin/Count.cgi?df=dunmore.dat&amp;dd=A" alt="4512" align="absmiddle"></font></td></tr></table></body></html>`;
const table: TestPage = {
  name: 'heldout644-table-layout-tide-mill',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [...tH],
  body: texts([tIntro, ...tWorks, ...tPennock, ...tRescue, tVisit]),
  bylines: ['Page last updated 12 March 2006'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', ...tSide.filter((t) => t !== 'Tide mills'), 'Member of the Mills Webring', 'Prev', 'Next', 'The mill from the creek at low tide, 2004',
    'Back to top', 'Stow Maries Windmill', 'Tide mills index', 'Thorrington Post Mill', 'Text and photographs © R. Hollis 2001-2006. Please ask before using.',
    'You are visitor number',
  ],
};

export const HELDOUT644_F: readonly TestPage[] = [hubspot, table];
