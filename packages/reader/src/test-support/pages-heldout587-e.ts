import { links, type TestPage } from './page-kit.js';
import { type Block, blocks, gold, j, thead } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file e: a car key and fob service page on Webflow (rich text, an FAQ accordion and a CTA section),
 * and a family key cutter's price page in an old table layout (spacer gifs, font tags, a marquee).
 */
const fTitle = 'Car keys, fobs and remotes';
const fBlocks: Block[] = [
  [
    'p',
    j(
      'Lost your only car key, or need a spare before it happens? We cut and program keys for most makes from 2000 onwards at our',
      'counter, and we can come to you if the car is within 15 miles of Castlebridge.',
    ),
  ],
  ['h2', 'What we can do'],
  ['li', 'Cut and program a spare transponder key from your existing key'],
  ['li', 'Replace a lost key when you have no key at all (proof of ownership needed)'],
  ['li', 'Fit a new case and buttons to a worn remote fob'],
  ['li', 'Replace fob batteries while you wait'],
  ['h2', 'What to bring'],
  [
    'p',
    j('Your V5C logbook and photo ID with the same address. We will not cut a key for a car without them, and we keep a record', 'of every key we program.'),
  ],
  ['h3', 'How long does it take?'],
  ['p', 'A spare key takes 20 to 40 minutes. Keys for some newer cars have to be ordered from the dealer and take two to three days.'],
  ['h3', 'Is it cheaper than the dealer?'],
  ['p', 'Usually by half. A spare flip key with remote costs from £95 with us, including programming.'],
];
const fNav = ['Home keys', 'Car keys', 'Shoe repairs', 'Engraving', 'Find us'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 14 2025 10:02:11 GMT+0000 -->
<html data-wf-domain="www.castlebridgekeys.co.uk" data-wf-page="65f0a2c1e7" data-wf-site="65f0a2c1d3" lang="en"><head><meta charset="utf-8">
<title>Car Keys &amp; Fobs | Castlebridge Keys &amp; Heels</title>
<meta content="Spare and replacement car keys cut and programmed while you wait." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a2c1d3/css/castlebridge.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f0a2c1d3/logo.svg" alt=""></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="tel:01632960777" class="button nav-button w-button">01632 960777</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu">
</div></div></div></div>
<section class="section hero-small"><div class="container w-container"><div class="breadcrumbs"><a href="/" class="breadcrumb-link">Home</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Car keys</div></div><h1 class="heading-hero">${fTitle}</h1></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text w-richtext">
${blocks(fBlocks.slice(0, 8))}
</div><div class="faq-wrapper">
${[8, 10]
  .map(
    (i) => `<div data-w-id="b1c${i}" class="faq-item"><div class="faq-question">${blocks([fBlocks[i] ?? ['h3', '']], { h3: 'class="faq-heading"' })}
<div class="faq-icon w-embed"><svg width="16" height="16"></svg></div></div>
<div class="faq-answer" style="height:0px">${blocks([fBlocks[i + 1] ?? ['p', '']], { p: 'class="faq-paragraph"' })}</div></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section cta"><div class="container w-container"><h2 class="cta-heading">Locked out of your car?</h2>
<p class="cta-paragraph">Call us and we’ll tell you straight away whether we can help.</p><a href="tel:01632960777" class="button w-button">Call now</a>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div>
<div class="footer-heading">Castlebridge Keys &amp; Heels</div>
<p class="footer-text">5 Castle Street, Castlebridge CB9 2HE</p></div><div>
<div class="footer-heading">Services</div>${fNav.map((n) => `<a href="/${n.length}" class="footer-link">${n}</a>`).join('')}</div></div>
<div class="footer-copyright">© 2025 Castlebridge Keys &amp; Heels Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a2c1d3" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f0a2c1d3/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout587-webflow-car-keys',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  ...gold(fBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((n) => n !== 'Car keys'), '01632 960777', 'Home', 'Locked out of your car?',
    'Call us and we’ll tell you straight away whether we can help.', 'Call now', 'Castlebridge Keys & Heels', '5 Castle Street, Castlebridge CB9 2HE',
    'Services', '© 2025 Castlebridge Keys & Heels Ltd',
  ],
};

const tTitle = 'Key Cutting Price List';
const tBlocks: Block[] = [
  ['p', 'Prices correct from 1st April. All keys cut while you wait unless marked *. If your key does not work we will recut it free of charge.'],
  ['tr', 'Yale type cylinder (brass) | £4.00'],
  ['tr', 'Yale type cylinder (nickel) | £4.50'],
  ['tr', 'Mortice lever key | £6.50'],
  ['tr', 'Padlock key | £4.00'],
  ['tr', 'Abloy type disc key * | £18.00'],
  ['tr', 'Coloured &amp; character keys | £6.00'],
  [
    'p',
    j(
      'We can also supply and fit new door locks, sharpen scissors and knives, and fit watch batteries (from £5.95).',
      'Sorry, we cannot cut keys marked “Do Not Copy” without a letter from the owner of the building.',
    ),
  ],
  ['p', '<i>* ordered in, allow 7 days</i>'],
];
const tLeft = ['Home', 'Shoe Repairs', 'Keys', 'Watches', 'Engraving', 'How to find us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Hobbs &amp; Son - Key Cutting Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="key cutting, shoe repairs, Pellham, locks, watch batteries"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_keys_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Hobbs &amp; Son Shoe Repairs and Key Cutting, Pellham"></td></tr>
<tr><td colspan="2" bgcolor="#660000"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>Now open Saturday afternoons
until 4pm!</b></font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#F4E8C1"><img src="images/spacer.gif" width="150" height="10"><br>
${tLeft.map((n) => `<a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="navlink"><font face="Verdana" size="2">${n}</font></a><br>`).join('\n')}
<br><font face="Verdana" size="1">12 Market Street<br>Pellham<br>Tel: 01632 960 311</font></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Verdana, Arial" size="4" color="#660000"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tBlocks[0]?.[1]}</font><br><br>
${blocks(tBlocks.slice(1, 7), { table: 'width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CC9966"' }, thead('Key', 'Price'))}
<br><font face="Verdana, Arial" size="2">${tBlocks[7]?.[1]}</font><br><br>
<font face="Verdana" size="1">${tBlocks[8]?.[1]}</font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#660000">
<font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2004-2019 Hobbs &amp; Son. All rights reserved.
| Member of the Master Locksmiths Association</font><br>
<img src="http://counter.digits.net/?counter={a1b2}&amp;template=simple" alt="hit counter" border="0"></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout587-table-layout-key-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  ...gold(tBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now open Saturday afternoons until 4pm!', ...tLeft.filter((n) => n !== 'Keys'), '12 Market Street', 'Pellham', 'Tel: 01632 960 311',
    'Copyright © 2004-2019 Hobbs & Son. All rights reserved.', 'Member of the Master Locksmiths Association',
  ],
};

export const HELDOUT587_E: readonly TestPage[] = [webflow, tableLayout];
