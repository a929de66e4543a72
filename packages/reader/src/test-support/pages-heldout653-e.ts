import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, esc, j } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file e: a reptile shop's live animal shipping page on Webflow (hero, rich text and an FAQ accordion
 * built from Webflow dropdowns, newsletter form in the footer).
 */
const wTitle = 'How we ship live reptiles';
const wDek = 'Every animal travels by overnight courier in an insulated box, packed by hand on the morning it leaves.';
const wH = ['Packing', 'When we ship', 'When your parcel arrives', 'Shipping questions'];
const wPack = [
  j(
    'Snakes travel in cotton bags, lizards and geckos in ventilated deli cups with a twist of damp paper. Each animal is packed',
    'into a polystyrene box inside a cardboard outer, with a heat pack in winter or a cool pack in a heatwave.',
  ),
  'We label every box with the species, the date packed and our phone number, and we never pack more than one animal to a bag.',
];
const wWhen = [
  j(
    'We ship Monday to Wednesday only, so no parcel sits in a depot over the weekend. We will not ship if the forecast is below',
    '2 °C or above 28 °C anywhere on the route, and we will email you if your order has to wait.',
  ),
];
const wArrive = [
  j(
    'Someone aged 18 or over must be in to sign for the box. Open it straight away in a warm room, check the animal and send us',
    'a photo within two hours. That photo is what our live arrival guarantee is based on.',
  ),
  'Leave the animal alone to settle for at least a week before you offer food or handle it.',
];
const wFaq = [
  ['Do you ship to Northern Ireland and the islands?', 'Yes, to Northern Ireland, the Isle of Wight and the Scottish islands, with one extra day in transit.'],
  ['What does shipping cost?', 'A flat £39 for any number of animals in one box. Dry goods can go in the same parcel for free.'],
  ['What if I am not in?', 'The courier will return the box to the depot and call us. We arrange a same-day collection or bring the animal back.'],
];
const wNav = ['Shop', 'Care guides', 'Shipping', 'About', 'Contact'];
const wFoot = ['Terms', 'Privacy', 'Animal welfare policy'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Mon Feb 09 2026 11:04:52 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.baskingco.uk" data-wf-page="65a1f0c2b7e4d13f9a2c8e71" data-wf-site="65a1f0c2b7e4d13f9a2c8e40" lang="en"><head><meta charset="utf-8">
<title>Live Animal Shipping | Basking Co.</title><meta content="${wDek}" name="description"><meta content="Live Animal Shipping | Basking Co."
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a1f0c2b7e4d13f9a2c8e40/css/basking-co.webflow.shared.3f1c2a9b0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/65a1f0c2b7e4d13f9a2c8e40/65a1f3d0_favicon.png" rel="shortcut icon" type="image/x-icon">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M1XZ4B"></script><script type="text/javascript">window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-7QK2M1XZ4B');</script></head>
<body><div class="page-wrapper"><div class="banner-strip"><div class="banner-text">Live arrival guaranteed on every animal</div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65a1f0c2b7e4d13f9a2c8e40/65a1f2_basking-logo.svg" loading="lazy" width="140"
alt="Basking Co." class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${anchors(wNav, 'nav-link w-nav-link')}<a href="/cart" class="nav-button w-button">Basket (0)</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container-narrow w-container"><div class="eyebrow">Delivery</div><h1
class="heading-xl">${wTitle}</h1>
<p class="hero-paragraph">${wDek}</p></div></section>
<section class="section-content"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${wH[0]}</h2>${ps(wPack)}<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/65a1f0c2b7e4d13f9a2c8e40/65b0_packing.jpg" loading="lazy" alt="A corn snake being packed"></div>
<figcaption>A corn snake packed for an overnight trip.</figcaption></figure>
<h2>${wH[1]}</h2>${ps(wWhen)}<h2>${wH[2]}</h2>${ps(wArrive)}</div>
<div class="faq-wrapper"><h2 class="heading-m">${wH[3]}</h2>
${wFaq
  .map(
    ([q, a], i) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle" id="w-dropdown-toggle-${i}"
aria-controls="w-dropdown-list-${i}" aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><div class="faq-question-text">${q}</div><div
class="faq-icon w-icon-dropdown-toggle" aria-hidden="true"></div></div>
<nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${i}" aria-labelledby="w-dropdown-toggle-${i}"><p class="faq-answer-text">${esc(a ?? '')}</p></nav>
</div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><div class="cta-card"><h2 class="heading-l">Not sure which animal is
right for you?</h2>
<p class="cta-text">Book a free video call with one of our keepers.</p><a href="/book-a-call" class="button w-button">Book a call</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div
class="footer-heading">Basking Co.</div>
<p class="footer-text">Captive-bred reptiles and supplies, Harrowgate Mill, Lenfield. Licensed pet shop, licence no. PS/2291.</p></div>
<div class="footer-col"><div class="footer-heading">Newsletter</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get" class="footer-form" data-wf-page-id="65a1f0c2b7e4d13f9a2c8e71" data-wf-element-id="b1e2c3d4">
<input class="footer-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required=""><input
type="submit" data-wait="Please wait..." class="submit-button w-button" value="Join"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
<div class="footer-col">${anchors(wFoot, 'footer-link')}</div></div><div class="footer-bottom"><div class="footer-small">© 2026 Basking Co. Ltd. All rights
reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2b7e4d13f9a2c8e40" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65a1f0c2b7e4d13f9a2c8e40/js/webflow.4b2a1c8e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout653-webflow-live-shipping',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wDek, ...wPack, ...wWhen, ...wArrive, ...wFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Live arrival guaranteed on every animal', ...wNav.filter((t) => t !== 'Shipping'), 'Basket (0)', 'Delivery', 'A corn snake packed for an overnight trip.',
    'Not sure which animal is right for you?', 'Book a free video call with one of our keepers.', 'Book a call', 'Basking Co.',
    'Captive-bred reptiles and supplies, Harrowgate Mill, Lenfield. Licensed pet shop, licence no. PS/2291.', 'Newsletter', ...wFoot,
    '© 2026 Basking Co. Ltd. All rights reserved.',
  ],
};

/** The old table-layout page: a tortoise rescue's care sheet, hand-written HTML of the early 2000s with font tags. */
const tTitle = 'Caring for Mediterranean Tortoises';
const tSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Most of the tortoises that come to Tortoise Haven are Mediterranean species: spur-thighed, Hermann\u2019s and marginated',
        'tortoises. Many were bought as pets in the 1960s and 70s, before the import ban, and have outlived the people who bought',
        'them. Some of our residents are over eighty years old.',
      ),
      j(
        'This sheet sets out the basic care we expect from anyone who adopts one of our tortoises. It is not the last word on the',
        'subject, and keepers who have kept tortoises for many years may do things differently. If you are unsure about anything,',
        'please ring us before you try it.',
      ),
    ],
  ],
  [
    'Outdoor housing',
    [
      j(
        'A tortoise should spend as much of the summer as possible outside. It needs a secure pen, not the run of the garden, where',
        'it can be lost, fall into a pond or be injured by a lawnmower or a dog. The walls should be at least twice the length of',
        'the tortoise\u2019s shell in height and sunk a few inches into the soil, because tortoises climb and dig.',
      ),
      j(
        'The pen must get sun for most of the day. Put a sheltered house at one end, raised off the ground and facing south, and',
        'plant some low shrubs so the tortoise has shade. Rockery stones and a gentle slope give it somewhere to bask and help to',
        'wear down the claws.',
      ),
      j(
        'A shallow dish of water, sunk into the ground so the tortoise can walk in and out, should always be available. Tortoises',
        'drink by dipping their heads in and will often climb in to soak on a hot day.',
      ),
    ],
  ],
  [
    'Indoor accommodation',
    [
      j(
        'In a British spring and autumn, and on cold or wet days in summer, a tortoise will need to be brought in. We recommend an',
        'open-topped tortoise table at least four feet long, with a basking lamp at one end and a strip light giving ultraviolet',
        'light. Do not use a glass tank or an aquarium: they get far too hot and the tortoise cannot see out.',
      ),
      j(
        'The floor of the table can be a mix of topsoil and play sand. Avoid wood chips, cat litter and anything that could be',
        'swallowed. Change the UV tube every year, even if it still lights, because the ultraviolet fades long before the light does.',
      ),
    ],
  ],
  [
    'Feeding',
    [
      j(
        'Mediterranean tortoises are grazers. In the wild they eat weeds, flowers and dry grasses, and they should be fed the same',
        'way at home. Dandelions, clover, plantain, sow thistle, bindweed and the leaves and flowers of mallow are all good.',
        'Pesticides must never have been sprayed near any plants you feed.',
      ),
      j(
        'Do not feed fruit, tomatoes, lettuce, peas or beans, and never feed tinned pet food, bread or cheese. These foods are too',
        'rich, and a tortoise fed on them will grow lumpy and soft-shelled. A sprinkle of a calcium supplement on the food twice',
        'a week is all the extra a healthy tortoise needs.',
      ),
    ],
  ],
  [
    'Hibernation',
    [
      j(
        'A healthy adult tortoise should hibernate every winter for about ten to twelve weeks. Before it goes to sleep, it must',
        'have a clear gut, so stop feeding it for three weeks beforehand while still bathing it in warm water every other day.',
      ),
      j(
        'The safest place to hibernate a tortoise is in a box inside a fridge kept at about 5 °C, which you open every day to let',
        'in fresh air. If you use a shed or garage, you MUST use a maximum and minimum thermometer. Frost will kill a tortoise or',
        'leave it blind.',
      ),
      j(
        'Weigh your tortoise every week during hibernation. If it loses more than one per cent of its weight in a month, or',
        'passes urine, wake it up, warm it gradually and bring it to us or to a vet.',
      ),
    ],
  ],
  [
    'Waking up',
    [
      j(
        'When your tortoise wakes, give it a bath in warm water straight away and put it under the basking lamp. It should drink',
        'and pass urine within a day or two and start to eat within a week. A tortoise that has not eaten by the end of the second',
        'week after waking needs to see a vet urgently. Do not wait for it to start by itself.',
      ),
    ],
  ],
  [
    'Signs of illness',
    [
      'runny nose, bubbles at the nostrils or a whistling sound when breathing',
      'swollen or closed eyes',
      'a yellow or cheesy coating in the mouth',
      'soft patches on the shell, or a shell that smells',
      'not eating when the weather is warm',
      j(
        'If you see any of these, keep the tortoise warm and call us. We are always happy to give advice, day or night, and we',
        'will tell you which vets in the area know about tortoises.',
      ),
    ],
  ],
];
const tList = 6;
const tNav = ['Home', 'About Us', 'Care Sheets', 'Adoption', 'Lost & Found', 'Guestbook', 'Links', 'Contact'];
const tSec = ([h, paras]: [string, string[]], i: number): string => {
  const head = h === '' ? '' : `<p><b><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#336633">${h}</font></b></p>\n`;
  if (i !== tList) return `${head}${ps(paras, ' align="justify"')}`;
  const items = paras
    .slice(0, -1)
    .map((t) => `<li>${t}</li>`)
    .join('\n');
  return `${head}<p>Call us if your tortoise shows any of these signs:</p>\n<ul type="square">${items}</ul>\n${ps(paras.slice(-1), ' align="justify"')}`;
};
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Tortoise Haven - Mediterranean Tortoise Care</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tortoise, tortoises, hermanns, spur thighed, hibernation, tortoise rescue, tortoise care, adoption">
<meta name="description" content="Tortoise Haven rescue and rehoming - care sheet for mediterranean tortoises">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0;
 i<a.length; i++) if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}} }
//--></script>
<style type="text/css"><!-- a:link { color: #336633; } a:visited { color: #663300; } .small { font-size: 10px; font-family: Verdana; } --></style></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_care_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Tortoise Haven - Tortoise Rescue and Rehoming since 1989"></td></tr>
<tr><td colspan="2" bgcolor="#336633" height="22"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>We are now FULL for adult
tortoises until March - please ring before bringing a tortoise to us</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0C8"><br><table width="150" border="0" cellspacing="2" cellpadding="3" align="center">
${tNav
  .map(
    (t) => `<tr><td bgcolor="#336633"><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font color="#FFFFFF">
<b>${esc(t)}</b></font></a></font></td></tr>`,
  )
  .join('\n')}
</table><br><p align="center"><font face="Verdana" size="1">Registered Charity<br>No. 1034478</font></p>
<p align="center"><a href="donate.htm"><img src="images/donate_button.gif" width="120" height="40" border="0" alt="Donate"></a></p>
<p align="center"><font face="Verdana" size="1">Member of the<br><a href="http://www.ring.example/tortoise">Tortoise Keepers Webring</a><br><a
href="prev.htm">&lt;&lt; Prev</a> | <a href="next.htm">Next &gt;&gt;</a></font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td><font face="Verdana, Arial, Helvetica, sans-serif"
size="2">
<p align="center"><font size="5" color="#336633"><b>${tTitle}</b></font></p>
<p align="center"><img src="images/divider_tort.gif" width="400" height="20" alt=""></p>
${tSecs.map(tSec).join('\n')}
<p align="center"><img src="images/divider_tort.gif" width="400" height="20" alt=""></p>
<p align="center"><a href="#top">Back to top</a> | <a href="caresheet.pdf">Print this care sheet (PDF)</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Tortoise Haven 1999-2011. All text and photos on this
site are ours, please ask before you copy them.<br>
Page last updated 12/03/2011 | <a href="mailto:info@tortoisehaven.example"><font color="#FFFFCC">Email us</font></a><br>
Best viewed at 800 x 600 in Internet Explorer<br>You are visitor number <img src="http://counter.example/cgi-bin/count.cgi?id=thaven&amp;dd=C" alt="048213"
align="absmiddle"></font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout653-table-layout-tortoise-care',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(tSecs.flatMap(([, p], i) => (i === tList ? ['Call us if your tortoise shows any of these signs:', ...p] : p))),
  bylines: ['Page last updated 12/03/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are now FULL for adult tortoises until March - please ring before bringing a tortoise to us', ...tNav, 'Registered Charity', 'No. 1034478',
    'Member of the', 'Tortoise Keepers Webring', '<< Prev', 'Next >>', 'Back to top', 'Print this care sheet (PDF)',
    '© Tortoise Haven 1999-2011. All text and photos on this site are ours, please ask before you copy them.', 'Email us',
    'Best viewed at 800 x 600 in Internet Explorer', 'You are visitor number',
  ],
};

export const HELDOUT653_E: readonly TestPage[] = [webflow, tables];
