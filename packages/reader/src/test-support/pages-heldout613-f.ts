import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file f: an aquatic centre's hours and livestock page on an old hand-written table layout (FrontPage era,
 * hit counter, spacer GIFs), and a pet shop's grooming FAQ page on HubSpot CMS with an accordion and a HubSpot cookie banner.
 */
const tTitle = "Opening Times &amp; This Week's Livestock";
const tParas = [
  j(
    'Welcome to Deepwater Aquatic Centre. We have over 120 tanks of tropical, coldwater and marine fish, plus ponds and',
    'pond plants in season. All our fish are quarantined for at least a week before they go on sale.',
  ),
  j(
    'Please note we do not sell fish to anyone under 16 unless they are with an adult, and we will always ask about your',
    'tank before selling you fish. If you are not sure, bring a water sample and we will test it for free.',
  ),
];
const tHours = [
  ['Monday', 'CLOSED'],
  ['Tuesday - Friday', '10.00am - 6.00pm'],
  ['Saturday', '9.00am - 5.30pm'],
  ['Sunday', '10.00am - 4.00pm'],
];
const tStock = [
  'Cardinal tetras (wild caught) - £2.95 each or 10 for £25',
  'Pearl gouramis - £6.50',
  'Bristlenose plecs (our own bred) - £4.00',
  'Fancy goldfish, orandas and ryukins - from £8.00',
  'Clownfish pairs (tank bred) - £45.00 pair',
];
const tNote = 'Stock changes every week, ring first if you are coming a long way for something.';
const tSide = ['Home', 'Opening Times', 'Tropical', 'Coldwater', 'Marine', 'Ponds', 'How to Find Us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Deepwater Aquatic Centre - Opening Times and Livestock</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="keywords" content="aquatic centre, tropical fish, marine fish, pond, koi, goldfish, aquarium shop">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css">
<!--
body { font-family: Verdana, Arial, sans-serif; font-size: 12px; }
.nav { color: #FFFFFF; font-weight: bold; text-decoration: none; }
-->
</style></head>
<body bgcolor="#003366" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Deepwater Aquatic Centre"></td></tr>
<tr><td colspan="2" bgcolor="#0066CC" align="center"><marquee scrollamount="3"><font color="#FFFFFF" size="2"><b>NEW MARINE DELIVERY EVERY THURSDAY!!</b>
</font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#0066CC"><table width="150" border="0" cellpadding="4" cellspacing="0">
${tSide.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr>
<tr><td align="center"><font color="#FFFFFF" size="1">You are visitor number</font><br><img src="/cgi-bin/counter.pl?page=times" alt="counter"></td></tr>
</table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<h1><font face="Verdana" color="#003366">${tTitle}</font></h1>
<p>${tParas[0]}</p>
<p>${tParas[1]}</p>
<h2><font color="#003366">Opening Times</font></h2>
<table border="1" cellpadding="4" cellspacing="0" bordercolor="#999999">
${tHours.map((r) => `<tr><td width="160"><b>${r[0]}</b></td><td>${r[1]}</td></tr>`).join('\n')}
</table>
<p><font size="1"><i>Bank holidays 10.00am - 4.00pm. Closed Christmas Day, Boxing Day and New Years Day.</i></font></p>
<h2><font color="#003366">In Stock This Week</font></h2>
<p><b>Updated Friday 13th March</b></p>
${tStock.map((t) => `<img src="images/bullet.gif" width="8" height="8" alt=""> ${t.replace(/&/g, '&amp;')}<br>`).join('\n')}
<p>${tNote}</p>
<p align="center"><a href="#top"><font size="1">Back to top</font></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font color="#FFFFFF" size="1">Deepwater Aquatic Centre, Mill Lane, Hartsby. Tel 01632 960 225<br>
&copy; 2004-2026 Deepwater Aquatics. Site last updated 13/03/2026</font></td></tr>
</table></body></html>`;
const tableAquatic: TestPage = {
  name: 'heldout613-aquatic-centre-table',
  kind: 'docs',
  html: tHtml,
  title: "Opening Times & This Week's Livestock",
  headings: ['Opening Times', 'In Stock This Week'],
  body: [...tParas, ...tHours.map((r) => r.join(' ')), 'Bank holidays 10.00am - 4.00pm. Closed Christmas Day, Boxing Day and New Years Day.', ...tStock, tNote],
  bylines: ['Updated Friday 13th March'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW MARINE DELIVERY EVERY THURSDAY!!', 'Home', 'How to Find Us', 'Links', 'You are visitor number', 'Back to top',
    'Deepwater Aquatic Centre, Mill Lane, Hartsby. Tel 01632 960 225', '© 2004-2026 Deepwater Aquatics. Site last updated 13/03/2026',
  ],
};

const qTitle = 'Grooming FAQs';
const qIntro = j(
  'Our grooming salon at Hollybrook Pet Supplies is run by two qualified groomers. Here are the questions we are asked most',
  'often. If yours is not here, give the salon a call.',
);
const qFaq: [string, string][] = [
  [
    'How often should my dog be groomed?',
    'Most double-coated and curly-coated breeds need a full groom every six to eight weeks, with brushing at home in between.',
  ],
  ['Do you groom cats?', 'Yes, on Tuesday mornings only, when the salon is kept quiet and dog-free. We offer bath and dry, de-matting and lion cuts.'],
  ['How long will my dog be with you?', 'Allow two to three hours for a full groom. We will text you when your dog is ready to collect.'],
  [
    'Can you groom a nervous or elderly dog?',
    j(
      'Yes. Let us know when you book and we will give them a quieter slot with extra breaks. We may suggest a shorter first visit',
      'so that your dog can get used to us.',
    ),
  ],
  ['Does my dog need to be vaccinated?', 'Yes. We need to see an up-to-date vaccination record at the first appointment.'],
  ['What is your cancellation policy?', 'Please give us 48 hours notice. Missed appointments are charged at half the price of the groom.'],
];
const qNav = ['Shop', 'Grooming', 'Puppy Classes', 'Offers', 'Contact'];
const qHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Grooming FAQs | Hollybrook Pet Supplies</title>
<meta name="description" content="Answers to common questions about our grooming salon."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="Grooming FAQs | Hollybrook Pet Supplies"><link rel="canonical" href="https://www.hollybrookpets.co.uk/grooming-faqs">
<link rel="stylesheet" href="https://www.hollybrookpets.co.uk/hubfs/hub_generated/template_assets/1/128811/1712231/template_main.min.css">
<style>#hs_cos_wrapper_widget_1711982 .accordion__title{font-weight:700}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How often should my dog be
groomed?"}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-128811902 hs-site-page page"><div data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="//www.hollybrookpets.co.uk" id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="/hubfs/logo.png"
class="hs-image-widget" height="60" style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Hollybrook Pet Supplies"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${qNav
  .map((t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/${t.toLowerCase()}">${t}</a></li>`)
  .join('\n')}</ul></nav></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell"
data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget
dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12"><div id="hs_cos_wrapper_widget_1711981" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1711981_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${qTitle}</h1>
<p>${qIntro}</p></span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module"
data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_1711982" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="accordion">${qFaq
  .map(
    (
      [q, a],
      i,
    ) => `<details class="accordion__item"${i === 0 ? ' open' : ''}><summary class="accordion__title"><h3 class="accordion__heading">${q}</h3></summary>
<div class="accordion__content"><p>${a}</p></div></details>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1711983" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="button-wrapper">
<a class="button" href="https://meetings.hubspot.com/hollybrook-grooming">Book a grooming appointment</a></div></div></div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div id="hs_cos_wrapper_footer_rich_text" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"><p>Hollybrook Pet Supplies, 3 Orchard Way, Wetherby Green</p><p>Salon: 01632 960 588</p></span></div>
<div class="footer__copyright"><p>© 2026 Hollybrook Pet Supplies Ltd</p></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="cookie-banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer.
These cookies are used to collect information about how you interact with our website.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a>
<a href="#" id="hs-eu-cookie-settings-button" role="button">Cookie Settings</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4419203.js"></script>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspotGrooming: TestPage = {
  name: 'heldout613-grooming-faq-hubspot',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qFaq.map((f) => f[0]),
  body: texts([qIntro, ...qFaq.map((f) => f[1])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Shop', 'Puppy Classes', 'Offers', 'Contact', 'Book a grooming appointment', 'Hollybrook Pet Supplies, 3 Orchard Way, Wetherby Green',
    'Salon: 01632 960 588', '© 2026 Hollybrook Pet Supplies Ltd',
    'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.', 'Accept', 'Decline',
    'Cookie Settings',
  ],
};

export const HELDOUT613_F: readonly TestPage[] = [tableAquatic, hubspotGrooming];
