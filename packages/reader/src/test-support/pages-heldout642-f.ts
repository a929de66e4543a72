import { type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout642-kit.js';

/**
 * Held-out batch 642, file f: a private group ghost tour landing page built with Elementor (Hello Elementor theme, Pro header
 * and footer templates, icon boxes, testimonials, an FAQ accordion, a form and a hidden popup), and an old table-layout site
 * of a one-man ghost walk with a visitor counter.
 */
const eTitle = 'Private Ghost Tours for Groups';
const eIntro = j(
  'Have the whole of Hollowmere’s haunted history to yourselves. Our private tours follow the same route as the public walk, but at',
  'a time you choose, with stories picked for your group and as much or as little fright as you can handle.',
);
const eBoxes = [
  ['Hen and stag parties', 'A ninety-minute walk with a glass of fizz in the crypt bar at the end. Dressing up encouraged.'],
  ['Work socials', 'Start or finish at your venue. We can add a quiz round about the stories on the way.'],
  ['Schools and youth groups', 'Curriculum-linked history with the gore turned down. Free places for staff.'],
];
const ePrice = 'Private tours start at £150 for up to 15 people. Larger groups are £10 a head.';
const eFaq = [
  ['How far in advance should we book?', 'Weekends in October sell out by the summer. For other dates, two weeks is usually enough.'],
  ['What if it rains?', 'We walk in all weathers. If the weather is dangerous, we will move your tour to another date free of charge.'],
  ['Can we bring children?', 'Yes. Tell us their ages when you book and your guide will pitch the stories accordingly.'],
];
const eTesti = [
  ['“Our guide had twenty hens in the palm of her hand. Best part of the weekend.”', 'Priya, Leeds', 'Hen party, May 2026'],
  ['“Brilliant team night out. Genuinely creepy in the churchyard.”', 'Tom R.', 'Office social, March 2026'],
];
const eNav = ['Home', 'Public Tours', 'Private Tours', 'Gift Vouchers', 'Contact'];
const eForm = ['Your name', 'Email', 'Group size', 'Preferred date', 'Tell us about your group', 'Send enquiry'];
const eW = (
  type: string,
  inner: string,
  id: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eCon = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}"
data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">${inner}</div></div>`;
const eMenu = (
  id: string,
  hidden: boolean,
): string => `<nav${hidden ? ' aria-hidden="true"' : ' aria-label="Menu"'} class="elementor-nav-menu--${hidden ? 'dropdown' : 'main'}
elementor-nav-menu__container${hidden ? '' : ' elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade'}"><ul id="menu-${id}"
class="elementor-nav-menu">${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"
class="elementor-item"${hidden ? ' tabindex="-1"' : ''}>${t}</a></li>`,
  )
  .join('')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>${eTitle} &#8211; Hollowmere Ghost Walks</title><meta name="description"
content="Private ghost tours in Hollowmere for hen parties, work socials and schools.">
<link rel='stylesheet' id='hello-elementor-css' href='https://hollowmereghostwalks.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://hollowmereghostwalks.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' media='all'>
<link rel='stylesheet' id='elementor-post-311-css' href='https://hollowmereghostwalks.co.uk/wp-content/uploads/elementor/css/post-311.css?ver=1726' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<meta name="generator" content="Elementor 3.23.4; features: e_optimized_css_loading; settings: css_print_method-external, google_font-enabled"></head>
<body class="page-template page-template-elementor_header_footer page page-id-311 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5
elementor-page elementor-page-311"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="27" class="elementor elementor-27 elementor-location-header" data-elementor-post-type="elementor_library">
${eCon(
  '3f1a',
  `${eW(
    'theme-site-logo',
    `<a href="/"><img width="200" height="64"
src="/wp-content/uploads/2024/01/hollowmere-logo.png" alt="Hollowmere Ghost Walks"></a>`,
    '9bd2',
  )}
${eW(
  'nav-menu',
  `${eMenu('1-8e2a', false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><svg aria-hidden="true"
class="e-font-icon-svg e-eicon-menu-bar"></svg><span class="elementor-screen-only">Menu</span></div>${eMenu('2-8e2a', true)}`,
  '8e2a',
)}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a Tour</span></span></a></div>`,
  '1c4d',
)}`,
)}
</div>
<div data-elementor-type="wp-page" data-elementor-id="311" class="elementor elementor-311" data-elementor-post-type="page">
${eCon(
  'a01',
  `${eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, 'a02')}
${eW('text-editor', `<p>${eIntro}</p>`, 'a03')}`,
)}
${eCon(
  'b01',
  eBoxes
    .map((b, i) =>
      eW(
        'icon-box',
        `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon
elementor-animation-"><svg aria-hidden="true" class="e-font-icon-svg e-fas-ghost"></svg></span></div><div class="elementor-icon-box-content"><h3
class="elementor-icon-box-title"><span>${b[0]}</span></h3><p class="elementor-icon-box-description">${b[1]}</p></div></div>`,
        `b1${i}`,
      ),
    )
    .join('\n'),
)}
${eCon(
  'c01',
  `${eW(
    'heading',
    `<h2 class="elementor-heading-title
elementor-size-default">Prices</h2>`,
    'c02',
  )}${eW('text-editor', `<p>${ePrice}</p>`, 'c03')}`,
)}
${eCon(
  'd01',
  eTesti
    .map((t, i) =>
      eW(
        'testimonial',
        `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${t[0]}</div>
<div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner"><div
class="elementor-testimonial-details"><div class="elementor-testimonial-name">${t[1]}</div><div
class="elementor-testimonial-job">${t[2]}</div></div></div></div></div>`,
        `d1${i}`,
      ),
    )
    .join('\n'),
)}
${eCon(
  'e01',
  `${eW('heading', '<h2 class="elementor-heading-title elementor-size-default">Frequently asked questions</h2>', 'e02')}
${eW(
  'accordion',
  `<div class="elementor-accordion">${eFaq
    .map(
      (f, i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-152${i}"
class="elementor-tab-title" data-tab="${i + 1}" role="button" aria-controls="elementor-tab-content-152${i}" aria-expanded="false"><span
class="elementor-accordion-icon
elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><svg class="e-font-icon-svg e-fas-plus"></svg></span></span><a
class="elementor-accordion-title" tabindex="0">${f[0]}</a></div><div id="elementor-tab-content-152${i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-152${i}"><p>${f[1]}</p></div></div>`,
    )
    .join('\n')}</div>`,
  'e03',
)}`,
)}
${eCon(
  'f01',
  `${eW('heading', '<h2 class="elementor-heading-title elementor-size-default">Send us an enquiry</h2>', 'f02')}
${eW(
  'form',
  `<form class="elementor-form" method="post" name="Private enquiry"><input type="hidden" name="post_id" value="311"><div class="elementor-form-fields-wrapper
elementor-labels-above">${eForm
    .slice(0, 5)
    .map(
      (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i}
elementor-col-100"><label for="form-field-f${i}" class="elementor-field-label">${l}</label><input size="1" type="text" name="form_fields[f${i}]"
id="form-field-f${i}"
class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
    )
    .join('\n')}<div class="elementor-field-group elementor-column elementor-field-type-submit
elementor-col-100 e-form__buttons"><button class="elementor-button elementor-size-sm" type="submit"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">${eForm[5]}</span></span></button></div></div></form>`,
  'f03',
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="33" class="elementor elementor-33 elementor-location-footer" data-elementor-post-type="elementor_library">
${eCon(
  'g01',
  `${eW('text-editor', '<p>Hollowmere Ghost Walks Ltd, 14 Abbey Lane, Hollowmere</p>', 'g02')}${eW(
    'icon-list',
    `<ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="tel:01632960551"><span class="elementor-icon-list-icon"><svg aria-hidden="true"
class="e-font-icon-svg e-fas-phone"></svg>
</span><span class="elementor-icon-list-text">01632 960 551</span></a></li><li class="elementor-icon-list-item"><a href="/terms/"><span
class="elementor-icon-list-text">Booking terms</span></a></li></ul>`,
    'g03',
  )}${eW('text-editor', '<p>© 2026 Hollowmere Ghost Walks Ltd. All rights reserved.</p>', 'g04')}`,
)}
</div>
<div data-elementor-type="popup" data-elementor-id="402" class="elementor elementor-402 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:
{&quot;exit_intent&quot;:&quot;yes&quot;}}" data-elementor-post-type="elementor_library">${eCon(
  'p01',
  `${eW(
    'heading',
    `<h2 class="elementor-heading-title
elementor-size-default">Before you go…</h2>`,
    'p02',
  )}${eW('text-editor', '<p>Get 10% off your first walk when you join our mailing list.</p>', 'p03')}`,
)}</div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},
"version":"3.23.4","is_static":false};</script>
<script src="https://hollowmereghostwalks.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = settle({
  name: 'heldout642-elementor-private-group-tours',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eBoxes.map((b) => b[0] ?? ''), 'Prices', 'Frequently asked questions'],
  body: [eIntro, ...eBoxes.map((b) => b[1] ?? ''), ePrice, ...eFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Book a Tour', ...eTesti.flat(), 'Send us an enquiry', ...eForm,
    'Hollowmere Ghost Walks Ltd, 14 Abbey Lane, Hollowmere',
    '01632 960 551', 'Booking terms', '© 2026 Hollowmere Ghost Walks Ltd. All rights reserved.',
  ],
});

const tTitle = 'Tour Times &amp; Meeting Place';
const tParas = [
  j(
    'The Brackenbury Ghost Walk runs every Friday and Saturday night at 8.00pm, all year round (except Christmas Day). In July and',
    'August there is an extra walk on Wednesdays.',
  ),
  j(
    'Meet me outside the <b>Black Bull</b> on Church Street. I am the one in the top hat. The walk lasts about 75 minutes and',
    'finishes back at the Black Bull, which is no accident!',
  ),
  'Adults £5.00 &middot; Children £3.00 &middot; Family (2+2) £14.00',
  j(
    'There is no need to book unless you are a group of ten or more. For groups, please ring Alf on 01632 960 093 or send an',
    'e-mail to <a href="mailto:alf@brackenburyghostwalk.co.uk">alf@brackenburyghostwalk.co.uk</a>.',
  ),
];
const tNav = ['Home', 'The Walk', 'Tour Times', 'The Ghosts', 'Photos', 'Guestbook', 'Links'];
const tHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Brackenbury Ghost Walk - Tour Times</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="ghost walk, brackenbury, ghosts, haunted, ghost tour, yorkshire"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- body { background-color: #000000; } .nav { font-family: Verdana; font-size: 11px; color: #CCCCCC; } --></style></head>
<body bgcolor="#000000" text="#CCCCCC" link="#FF9900" vlink="#CC6600" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Brackenbury Ghost Walk"></td></tr>
<tr><td width="160" valign="top" bgcolor="#1A1A1A"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
<tr><td class="nav"><br><img src="images/lantern.gif" width="60" height="80" alt=""><br><br><font size="1">As seen on<br>Tyne Tees TV!</font></td></tr>
</table></td>
<td width="600" valign="top" bgcolor="#000000"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman, serif" color="#FF9900" size="5"><b>${tTitle}</b></font><br><br>
${tParas.map((t) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font><br><br>`).join('\n')}
<font face="Verdana, Arial, Helvetica, sans-serif" size="1"><i>Last updated 12/03/2011</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#1A1A1A"><font face="Verdana" size="1" color="#888888">${tNav.join(' | ')}<br>
&copy; Alf Rudd 2003-2011. All rights reserved. Please do not copy my stories without asking.<br>
You are visitor number <img src="http://counter.digits.example/?counter=ghostwalk&amp;style=green" alt="5,212"> since 1st May 2003<br>
Best viewed at 1024x768 in Internet Explorer</font></td></tr></table></body></html>`;
const tableSite: TestPage = settle({
  name: 'heldout642-table-layout-tour-times',
  kind: 'blog',
  html: tHtml,
  title: 'Tour Times & Meeting Place',
  headings: [],
  body: texts(tParas).map((t) => t.replace(/&middot;/g, '·')),
  bylines: ['Last updated 12/03/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'As seen on Tyne Tees TV!', tNav.join(' | '), '© Alf Rudd 2003-2011. All rights reserved. Please do not copy my stories without asking.',
    'You are visitor number since 1st May 2003', 'Best viewed at 1024x768 in Internet Explorer',
  ],
});

export const HELDOUT642_F: readonly TestPage[] = [elementor, tableSite];
