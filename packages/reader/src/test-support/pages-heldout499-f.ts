import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file f: a small dental practice's fee list in an old hand-made table layout (font tags, spacer GIFs,
 * a left navigation column and a hit counter), and a hearing clinic's blog post on cleaning hearing aids on HubSpot CMS.
 */
const tTitle = 'Private Fees';
const tIntro = 'All fees are for private treatment. Please ask at reception for a written estimate before starting any course of treatment.';
const tRows = [
  ['Examination (new patient)', '£45.00'],
  ['Examination (existing patient)', '£35.00'],
  ['Small X-ray (each)', '£10.00'],
  ['Scale &amp; polish', '£42.00'],
  ['White filling', 'from £85.00'],
  ['Root canal treatment (front tooth)', '£280.00'],
  ['Extraction', '£95.00'],
  ['Full acrylic denture (upper or lower)', '£420.00'],
];
const tNote = 'Payment is due at the end of each appointment. We accept cash, cheques and all major cards.';
const tNav = ['Home', 'The Practice', 'Our Team', 'Fees', 'Opening Hours', 'How to Find Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Mr J. Pellow BDS - Dental Surgeon - Fees</title>
<meta name="keywords" content="dentist, Saltash Cove, dental surgery, fees, private dentist">
<meta name="description" content="Private dental fees at J. Pellow Dental Surgery">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- .nav { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF; text-decoration: none } --></style></head>
<body bgcolor="#E8F0F4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="110" alt="J. Pellow Dental Surgery, Saltash Cove"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2B6A8C"><img src="images/spacer.gif" width="160" height="12"><br>
<table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
</table><br><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;Tel: 01632 960390</font><br><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#2B6A8C"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tIntro}</font><br><br>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#CCCCCC">
<tr bgcolor="#2B6A8C"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Treatment</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF">
<b>Fee</b></font></td></tr>
${trs(tRows.map((r) => r.map((c) => `<font face="Verdana" size="2">${c}</font>`)))}
</table><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tNote}</font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#666666"><i>Fees correct as of April 2026</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B6A8C" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
J. Pellow Dental Surgery, 2 Fore Street, Saltash Cove &nbsp;|&nbsp; &copy; 2026 &nbsp;|&nbsp; GDC No. 61874<br>
You are visitor number <img src="/cgi-bin/counter.cgi?df=fees.dat" alt="counter"> since 2004</font></td></tr></table></body></html>`;
const tablePage: TestPage = {
  name: 'heldout499-table-layout-dental-fees',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...rowTexts(tRows), tNote]),
  bylines: ['Fees correct as of April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Tel: 01632 960390', 'J. Pellow Dental Surgery, 2 Fore Street, Saltash Cove | © 2026 | GDC No. 61874', 'You are visitor number since 2004',
  ],
};

const hTitle = 'How to clean your hearing aids: a simple weekly routine';
const hParas = [
  j(
    'Earwax and moisture are the two most common reasons a hearing aid stops working properly. Most of the faults we see in',
    'clinic could have been avoided with a few minutes of cleaning each week, so here is the routine we teach every new patient.',
  ),
  j('You will need a soft dry cloth, the small brush and wax pick that came with your aids, and a drying box or', 'dehumidifier if you have one.'),
];
const hDaily = [
  'Wipe the aids with a dry cloth when you take them out, holding them over a soft surface in case you drop them.',
  'Brush the microphone ports gently, with the openings facing down so that debris falls out rather than in.',
  'Leave them in the charger or drying box overnight with the battery doors open.',
];
const hWeekly = [
  j(
    'Once a week, check the wax guard at the tip of the receiver. If it looks blocked, or the sound has become weak or',
    'muffled, change it using the tool in your filter pack. It takes less than a minute.',
  ),
  j(
    'If you wear an aid with a tube and custom mould, separate the mould from the aid and wash it in warm soapy water. Dry it',
    'completely, using a tube blower to clear the tubing, before you reconnect it. Never wash the aid itself.',
  ),
];
const hTip = 'Tip: put your aids in last, after hairspray, make-up and moisturiser, and take them out first.';
const hWhen = j(
  'If your aids still sound weak after a new wax guard, whistle all the time or cut out, book a clean and check. We will',
  'open the aids, vacuum the microphones and test them in the lab, and you will usually have them back within the hour.',
);
const hHeads = ['Every day', 'Once a week', 'When to call us'];
const hNav = ['Hearing Tests', 'Hearing Aids', 'Tinnitus', 'Microsuction', 'Blog', 'Contact'];
const hRel = ['Five signs your hearing aid needs a service', 'Rechargeable or disposable batteries?', 'Travelling with hearing aids'];
const hRelCard = (t: string): string =>
  `<article class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/x"><h3>${t}</h3></a></article>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Our audiologists' weekly hearing aid cleaning routine.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4418920/hub_generated/template_assets/1/93821470/1714000000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${hTitle}","author":{"@type":"Person","name":"Dana Whitlock"}}</script>
<link rel="canonical" href="https://blog.soundpathhearing.example/how-to-clean-your-hearing-aids"><meta property="og:type" content="article">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-172004118 hs-blog-post hs-blog-id-8812213">
<div data-global-resource-path="soundpath_2024/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="/hubfs/soundpath-logo.svg" class="hs-image-widget" alt="SoundPath Hearing"></a></span></span></div>
<div class="header__menu"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-field">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-field"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/author/dana-whitlock">Dana Whitlock</a>
<time datetime="2026-04-09 09:30:00" class="blog-post__timestamp">Apr 9, 2026 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hParas)}
<!--more--><h2>${hHeads[0]}</h2><ul>${lis(hDaily)}</ul><h2>${hHeads[1]}</h2>${ps(hWeekly)}
<p style="background-color:#eef6f3;padding:12px;"><strong>${hTip}</strong></p>
<h2>${hHeads[2]}</h2><p>${hWhen}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7b1c2d3e"><span class="hs-cta-node hs-cta-7b1c2d3e" id="hs-cta-7b1c2d3e">
<a href="https://cta-redirect.hubspot.example/cta/redirect/4418920/7b1c2d3e"><img class="hs-cta-img" id="hs-cta-img-7b1c2d3e" style="border-width:0px;"
src="https://no-cache.hubspot.example/cta/default/4418920/7b1c2d3e.png" alt="Book a clean and check"></a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg class="icon" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/tag/hearing-aid-care">Hearing aid care</a>
<a class="blog-post__tag-link" href="/tag/maintenance">Maintenance</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel.map(hRelCard).join('\n')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the SoundPath blog</h3><div class="hbspt-form" id="hbspt-form-5c2e"><form class="hs-form stacked hs-form-private">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-5c2e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-5c2e" class="hs-input" type="email" name="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="soundpath_2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>SoundPath Hearing, Unit 4, Wharfside, Brennock BR7 3LT · 01632 960622</p><p>© 2026 SoundPath Hearing Ltd. All rights reserved.</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-region="hs_eu_cookie_confirmation"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-buttons-area"><div id="hs-eu-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/4418920.js"></script></body></html>`;
const hubspotCleaning: TestPage = {
  name: 'heldout499-hubspot-hearing-aid-cleaning',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hParas, ...hDaily, ...hWeekly, hTip, hWhen]),
  bylines: ['Dana Whitlock', 'Apr 9, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Hearing aid care', 'Maintenance', 'Related posts', ...hRel, 'Subscribe to the SoundPath blog', 'Email',
    'SoundPath Hearing, Unit 4, Wharfside, Brennock BR7 3LT · 01632 960622', '© 2026 SoundPath Hearing Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT499_F: readonly TestPage[] = [tablePage, hubspotCleaning].map(finish);
