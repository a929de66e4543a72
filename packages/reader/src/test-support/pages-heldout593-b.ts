import { links, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file b: a theatre wardrobe's hire catalogue entry on an old hand-written table layout (HTML 4.01, font
 * tags, spacer GIFs, visitor counter), and a costume hire shop's FAQ page on Squarespace 7.1 with accordion blocks.
 */
const tTitle = 'Lady Bracknell day dress, 1895';
const tSpecs = [
  ['Catalogue no.', 'T-1142'],
  ['Period', 'Late Victorian, 1890s'],
  ['Size', 'Bust 40in, waist 32in, skirt length 41in'],
  ['Colours', 'Plum silk with black velvet trim'],
  ['Pieces', 'Bodice, skirt, hat with ostrich plumes, lorgnette'],
];
const tParas = [
  j(
    'A commanding afternoon dress made for our 2011 production of a Wilde comedy and worn in four productions since. The bodice has',
    'leg-of-mutton sleeves boned at the shoulder, a high collar and a velvet yoke; the skirt is gored with a small train and a',
    'hook-and-bar fastening at the back.',
  ),
  j(
    'The hat is built on a buckram base and packed in its own box. Please keep it boxed in transit, as the plumes crush easily.',
    'The dress can be let out by two inches at the waist; alterations are done by our wardrobe only.',
  ),
  'Suitable for Lady Bracknell, a society hostess, a dowager or any grand matron of the period.',
];
const tNav = ['Home', 'Catalogue', 'Hire terms', 'Making to order', 'Find us', 'Contact'];
const tRange = ['Cecily tea gown, 1895', "Gentleman's frock coat, 1890s", "Lady's riding habit, 1880s"];
const tCrumbs = 'Home &gt; Catalogue &gt; Victorian &amp; Edwardian &gt; T-1142';
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Stagecraft Wardrobe Hire :: Catalogue :: T-1142 Lady Bracknell day dress</title>
<meta name="keywords" content="theatre costume hire, victorian costume, lady bracknell, amateur dramatics">
<link href="../styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function openWin(u) { window.open(u,'photo','width=520,height=640,scrollbars=no'); }
//-->
</script></head>
<body bgcolor="#3B1F2B" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="../images/banner.jpg" width="780" height="120" alt="Stagecraft Wardrobe Hire - costumes for theatre since 1972"></td></tr>
<tr><td colspan="3" bgcolor="#C9A227" height="24"><font face="Verdana, Arial" size="1" color="#3B1F2B">&nbsp;&nbsp;${tCrumbs}</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#EFE6D2"><img src="../images/spacer.gif" width="150" height="10" alt="">
<table width="140" border="0" cellspacing="0" cellpadding="4" align="center">
${tNav.map((t) => `<tr><td class="navlink"><a href="../${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><font face="Verdana, Arial" size="1">&nbsp;&nbsp;<b>Opening hours</b><br>&nbsp;&nbsp;Mon-Fri 9.30-4.30<br>&nbsp;&nbsp;Sat by appointment</font></td>
<td width="20"><img src="../images/spacer.gif" width="20" height="1" alt=""></td>
<td width="610" valign="top"><br><h1 class="itemtitle"><font face="Georgia, Times New Roman" color="#3B1F2B">${tTitle}</font></h1>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="260" valign="top">
<a href="javascript:openWin('../photos/T-1142-large.jpg')"><img src="../photos/T-1142.jpg" width="240" height="320" border="1" alt="T-1142"></a><br>
<font face="Verdana, Arial" size="1">Click photo to enlarge</font></td><td valign="top">
<table width="100%" border="0" cellspacing="1" cellpadding="3" class="spec">
${tSpecs
  .map(
    ([k, v]) => `<tr><td bgcolor="#EFE6D2" width="90"><font face="Verdana, Arial" size="2"><b>${k}</b></font></td><td>
<font face="Verdana, Arial" size="2">${v}</font></td></tr>`,
  )
  .join('\n')}
</table><br><table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#F7F2E7" style="border:1px solid #C9A227"><tr><td>
<font face="Verdana, Arial" size="2"><b>Hire fee:</b> &pound;85 per week (production hire)<br><b>Status:</b> Available from 6 April</font><br><br>
<form action="../cgi-bin/enquiry.pl" method="post"><input type="hidden" name="item" value="T-1142">
<input type="submit" name="add" value="Add to enquiry list" class="btn"></form></td></tr></table></td></tr></table>
<font face="Verdana, Arial" size="2">${tParas.map((p) => `<p>${p}</p>`).join('\n')}</font>
<hr size="1" noshade color="#C9A227"><font face="Verdana, Arial" size="2"><b>Other items in this range:</b></font><br>
<table border="0" cellspacing="6" cellpadding="0"><tr>
${tRange
  .map(
    (t, i) => `<td align="center" width="120"><a href="T-114${3 + i}.htm"><img src="../photos/thumbs/T-114${3 + i}.jpg" width="100" height="130"
border="0" alt=""><br><font face="Verdana, Arial" size="1">${t}</font></a></td>`,
  )
  .join('\n')}
</tr></table><p><font face="Verdana, Arial" size="1"><a href="victorian.htm">&lt;&lt; Back to Victorian &amp; Edwardian</a></font></p></td></tr>
<tr><td colspan="3" bgcolor="#3B1F2B" align="center"><font face="Verdana, Arial" size="1" color="#EFE6D2">
Stagecraft Wardrobe Hire, Unit 4 Tanner's Yard, Brockhampton BR3 2LX &middot; Tel 01632 960 418<br>
Page last updated 12/03/2019 &middot; You are visitor no. <img src="../cgi-bin/counter.pl?page=T-1142" alt="counter" align="absmiddle"><br>
&copy; Stagecraft Wardrobe Hire 2004-2019 &middot; Site by Webbly Design</font></td></tr></table></body></html>`;
const tableCatalogue: TestPage = tidy({
  name: 'heldout593-table-theatre-catalogue',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tSpecs.map(([k, v]) => `${k} ${v}`), ...tParas],
  bylines: ['Page last updated 12/03/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home > Catalogue > Victorian & Edwardian > T-1142', ...tNav, 'Opening hours', 'Mon-Fri 9.30-4.30', 'Sat by appointment',
    'Click photo to enlarge', 'Hire fee: £85 per week (production hire)', 'Status: Available from 6 April', 'Other items in this range:', ...tRange,
    '<< Back to Victorian & Edwardian', "Stagecraft Wardrobe Hire, Unit 4 Tanner's Yard, Brockhampton BR3 2LX · Tel 01632 960 418",
    'You are visitor no.', '© Stagecraft Wardrobe Hire 2004-2019 · Site by Webbly Design',
  ],
});

const qTitle = 'Hire FAQs';
const qIntro = j(
  'New to hiring? Most of what people ask us at the counter is answered below. If your question is not here, give us a ring',
  'during opening hours and one of the team will help.',
);
const qItems: [string, string[]][] = [
  [
    'How far ahead should I book?',
    [
      j(
        'Two to three weeks is usually enough. For Halloween, Christmas parties and World Book Day we recommend booking a month ahead,',
        'as our most popular costumes go quickly.',
      ),
    ],
  ],
  [
    'Do I need to come in for a fitting?',
    [
      j(
        'We strongly recommend it. A fitting takes about twenty minutes and lets us adjust hems, swap sizes and add accessories.',
        'If you live too far away we can post a costume, but we cannot guarantee the fit.',
      ),
    ],
  ],
  [
    'How long can I keep the costume?',
    ['Standard hire is three nights. You can extend to a full week for an extra £12, as long as the costume is not booked by someone else.'],
  ],
  [
    'What happens if the costume gets damaged?',
    [
      j(
        'Accidents happen and normal wear is fine. Tell us about any damage when you return the costume rather than trying to fix it',
        'yourself. Repairs are charged at cost and taken from your deposit.',
      ),
      'Please never wash a costume at home. Cleaning is included in the price.',
    ],
  ],
  [
    'Do you hire to schools and theatre groups?',
    [
      j(
        'Yes. Schools, amateur dramatic societies and dance schools get a 15% discount on orders of ten costumes or more, and a',
        'longer hire period to cover rehearsals. Email us with your show and cast list for a quote.',
      ),
    ],
  ],
  ['Can I buy a costume instead of hiring it?', ['We sell retired hire stock and new accessories in the shop. Hire costumes themselves are not for sale.']],
];
const qNav = ['Costumes', 'Hire FAQs', 'Groups and schools', 'About', 'Contact'];
const qItemHtml = (q: string, as: string[], i: number): string => `<li class="accordion-item">
<div class="accordion-divider accordion-divider--top" aria-hidden="true" style="height: 1px; opacity: 1;"></div>
<h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false"
aria-controls="accordion-0-${i}" id="button-block-yui_3_17_2_1_1715-${i}" style="padding-top: 30px; padding-bottom: 30px;">
<span class="accordion-item__title" style="padding-right: 14px;">${q}</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true"
style="height: 14px; width: 14px;"><div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div>
</button></h4><div class="accordion-item__dropdown" role="region" id="accordion-0-${i}" aria-labelledby="button-block-yui_3_17_2_1_1715-${i}">
<div class="accordion-item__description" style="min-width: 70%; max-width: 300px;">${as
  .map(
    (a) => `<p class=""
style="white-space:pre-wrap;">${a}</p>`,
  )
  .join('')}
</div></div><div class="accordion-divider" aria-hidden="true" style="height: 1px; opacity: 1;"></div></li>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Hire FAQs &mdash; The Dressing Up Box</title>
<link rel="canonical" href="https://www.thedressingupbox.co.uk/hire-faqs"><meta property="og:site_name" content="The Dressing Up Box">
<meta property="og:title" content="Hire FAQs &mdash; The Dressing Up Box">
<meta name="description" content="Answers to the questions we are asked most about costume hire.">
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"63f1","siteTitle":"The Dressing Up Box"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.thedressingupbox.co.uk","name":"The Dressing Up Box",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a2" class="header-width-full tweak-transparent-header primary-button-style-solid form-field-style-solid  view-page">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">The Dressing Up Box</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === qTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}"
data-animation-role="header-element"${t === qTitle ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book-a-fitting">Book a fitting</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger">
<div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a2c0">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a2c1"><div class="section-border">
<div class="section-background">
</div></div><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a2c1">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-5f8e">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${qTitle}</h1>
<p class="" style="white-space:pre-wrap;">${qIntro}</p></div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_1715"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="" data-is-divider-enabled="true" data-is-first-divider-visible="true"
data-is-last-divider-visible="true" data-accordion-title-alignment="left" data-accordion-icon-placement="right" role="list">
${qItems.map(([q, as], i) => qItemHtml(q, as, i)).join('\n')}
</ul></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="black" class="page-section layout-engine-section background-width--full-bleed black"
data-section-id="64a2c2"><div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64a2c3" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description"><p>New costumes, seasonal offers and
fitting dates, once a month.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" autocomplete="email" type="email" spellcheck="false"
placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div class="hidden form-submission-text">Thank you!</div>
</form></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed"><div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;"><strong>The Dressing Up Box</strong></p>
<p class="" style="white-space:pre-wrap;">3 Market Arcade, Fellbury</p><p class="" style="white-space:pre-wrap;">Wednesday to Saturday, 10 till 5</p>
</div></div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2" data-block-type="54"><div class="sqs-block-content">
<div class="sqs-svg-icon--outer social-icon-alignment-left social-icons-color-black"><nav class="sqs-svg-icon--list">
<a href="https://instagram.com/thedressingupbox"
target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg>
</div></a>
</nav></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary" aria-label="Accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer src="//assets.squarespace.com/universal/scripts-compressed/website-component-accordion-aa0c2b-min.en-US.js"></script></body></html>`;
const squarespaceFaq: TestPage = tidy({
  name: 'heldout593-squarespace-hire-faq',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qItems.map(([q]) => q),
  body: texts([qIntro, ...qItems.flatMap(([, as]) => as)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'The Dressing Up Box', ...qNav.filter((t) => t !== qTitle), 'Book a fitting', 'Join our mailing list',
    'New costumes, seasonal offers and fitting dates, once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '3 Market Arcade, Fellbury', 'Wednesday to Saturday, 10 till 5', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT593_B: readonly TestPage[] = [tableCatalogue, squarespaceFaq];
