import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file f: a local pro's service listing on a Sharetribe Web Template marketplace (Thumbtack-style) and a
 * freelance job post on an old table-layout project board (PHP, 2000s markup, still served).
 */
const sTitle = 'Garden clearance and hedge cutting - Wrenfield and villages';
const sBody = [
  j(
    'Overgrown garden, hedge that has taken over the path, a shed nobody has opened since 2019? I clear gardens of all sizes and take',
    'everything away the same day. I am licensed to carry green waste and every load goes to a composting site, not to landfill.',
  ),
  'Typical jobs',
  'Hedge cutting and shaping, up to 3 metres',
  'Full garden clearance before a house sale or move',
  'Ivy and bramble removal from walls and fences',
  'Shed and greenhouse dismantling',
  'How pricing works',
  j('I price by the half day after a free visit or a short video call. Most small gardens are one half day. Waste removal is', 'included up to one van load.'),
  'Service area',
  'Wrenfield, Ashby Cross, Little Hollow and anywhere within 12 miles.',
];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title data-rh="true">${sTitle} | Yardhands</title><meta data-rh="true" name="description" content="Overgrown garden, hedge that has taken over the path?"/>
<meta data-rh="true" property="og:type" content="website"/>
<link data-rh="true" rel="canonical" href="https://www.yardhands.example/l/garden-clearance-hedge-cutting/6512c0f4"/>
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"Product","name":"${sTitle}","offers":{"price":"95.00",
"priceCurrency":"GBP"}}</script>
<link rel="stylesheet" href="/static/css/main.3a9d1c44.css"/>
<script>window.__PRELOADED_STATE__ = "{\\"marketplaceData\\":{\\"entities\\":{}},\\"ListingPage\\":{\\"id\\":\\"6512c0f4\\"}}";</script></head>
<body><div id="root"><div class="Page_root__Xo1tF"><div class="LayoutSingleColumn_root__u6Q8r"><div class="TopbarContainer_topbar__aP2Wd">
<nav class="TopbarDesktop_root__Gb5gQ"><a class="LinkedLogo_logoContainer__c7VdM" href="/"><img class="Logo_logo__yO0Kx" src="/static/media/yardhands-logo.png"
alt="Yardhands"/></a><form class="TopbarSearchForm_desktop__mwD0u"><input class="LocationAutocompleteInput_input__dV3pl" placeholder="Search garden pros..."/>
</form><a class="TopbarDesktop_createListingLink__uQ2f0" href="/l/new"><span>Offer your services</span></a>
<a class="TopbarDesktop_signupLink__Cq3Lb" href="/signup"><span>Sign up</span></a><a class="TopbarDesktop_loginLink__h0Fcz" href="/login"><span>Log in</span>
</a></nav></div>
<main class="LayoutSingleColumn_main__mP6bW"><div class="ListingPage_contentWrapperForHeroLayout__uBt9f">
<div class="ListingPage_mainColumnForHeroLayout__q3TSz">
<div class="SectionHero_root__b6J2k"><div class="SectionHero_imageWrapperForSectionHero__vQ1cB"><div class="SectionHero_actionBar__eK8nY"><button
class="SectionHero_viewPhotos__sXr5P">View photos (7)</button></div><img alt="${sTitle}" src="https://sharetribe.imgix.net/6512/hedge.jpg?w=1200"/></div></div>
<div class="ListingPage_mobileHeading__t8Rvu"><h1 class="ListingPage_orderPanelTitle__n0x1X">${sTitle}</h1></div>
<section class="SectionTextMaybe_sectionText__oP3fL"><p class="SectionTextMaybe_text__w9KqS">${at(sBody, 0)}</p></section>
<section class="SectionDetailsMaybe_sectionDetails__jF9lR"><h2 class="SectionDetailsMaybe_title__qN8Yd">Details</h2>
<ul class="SectionDetailsMaybe_details__hS2Gm">
<li class="SectionDetailsMaybe_detailsRow__gW4aQ"><span class="SectionDetailsMaybe_detailLabel__z0V0x">Insured</span><span>Yes</span></li>
<li class="SectionDetailsMaybe_detailsRow__gW4aQ"><span class="SectionDetailsMaybe_detailLabel__z0V0x">Team size</span><span>2 people</span></li></ul></section>
<section class="SectionMultiEnumMaybe_sectionMultiEnum__qk2bN"><h2>${at(sBody, 1)}</h2><ul class="PropertyGroup_twoColumns__j9uIw">
${lis(sBody.slice(2, 6), 'PropertyGroup_item__cD2Ia')}</ul></section>
<section class="SectionTextMaybe_sectionText__oP3fL">
<h2 class="SectionTextMaybe_title__r0pNb">${at(sBody, 6)}</h2>${ps([at(sBody, 7)], ' class="SectionTextMaybe_text__w9KqS"')}</section>
<section class="SectionMapMaybe_sectionMap__Yb3Zx" id="listing-location"><h2 class="SectionMapMaybe_title__fT1nR">${at(sBody, 8)}</h2>
<p class="SectionMapMaybe_text__eY7vR">${at(sBody, 9)}</p><button class="Map_mapRoot__v2Lp0">Show map</button></section>
<section class="SectionReviews_sectionReviews__aJ3nA" id="reviews"><h2 class="SectionReviews_title__oF5tE">Reviews (23)</h2><ul class="Reviews_root__vT0dG">
<li class="Reviews_reviewItem__iW7dP"><img class="Avatar_root__p0Hk6" alt="Beatrix" src="/static/avatars/b.png"/><div><p class="Reviews_reviewContent__dV1yH">
Cleared a jungle in one morning and left the lawn tidier than they found it.</p>
<p class="Reviews_reviewInfo__m0nQ2">Beatrix<span class="Reviews_separator__kT4uR">•</span>
October 2026</p></div></li></ul></section>
<section class="SectionAuthorMaybe_sectionAuthor__e4Tjh" id="author"><h2 class="SectionAuthorMaybe_title__hB0qE">About your provider</h2>
<div class="UserCard_root__w9nDf"><div class="UserCard_info__b1Wc2"><h3 class="UserCard_heading__x7Qrg">Hello, I'm Callum</h3>
<p class="UserCard_desktopBio__e2Sgp">Gardener for fifteen years, hedge obsessive for longer.</p><p class="UserCard_links__bN5sZ">
<a href="/u/callum-brisley">View profile</a><span class="UserCard_linkSeparator__tG6Yw">•</span><a href="#contact">Contact</a></p></div></div></section></div>
<div class="ListingPage_orderColumnForHeroLayout__zL5cX"><div class="OrderPanel_root__oQ0iT"><div class="OrderPanel_orderHeading__tF3wH">
<h2 class="OrderPanel_orderTitle__p1Ewz">Request a quote</h2><div class="OrderPanel_author__wV1dH">by Callum B.</div></div>
<div class="OrderPanel_priceContainer__lE9kD">
<p class="OrderPanel_price__jV1nA">£95.00</p><div class="OrderPanel_perUnit__yE1rX">per half day</div></div>
<button class="PrimaryButton_root__kZ0fR">Request to book</button>
<p class="OrderPanel_finePrint__uL2mC">You won't be charged yet</p></div></div></div></main>
<footer class="Footer_root__bF2xD"><div class="Footer_content__wP3fN">
<ul>${links(['How it works', 'For pros', 'Trust & safety', 'Terms of Service', 'Privacy Policy'])}</ul>
<p class="Footer_copyright__rY8dS">© Yardhands Ltd 2026</p></div></footer></div></div></div>
<script src="/static/js/main.7e1a0d2b.js"></script></body></html>`;
const sharetribeListing: TestPage = {
  name: 'heldout477-sharetribe-listing',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 1), at(sBody, 6), at(sBody, 8)],
  body: texts(sBody.filter((_, i) => ![1, 6, 8].includes(i))),
  bylines: ['by Callum B.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Offer your services', 'Sign up', 'Log in', 'View photos (7)', 'Details', 'Insured', 'Yes', 'Team size', '2 people', 'Show map', 'Reviews (23)',
    'Cleared a jungle in one morning and left the lawn tidier than they found it.', 'Beatrix', 'October 2026', 'About your provider',
    "Hello, I'm Callum", 'Gardener for fifteen years, hedge obsessive for longer.', 'View profile', 'Contact', 'Request a quote', '£95.00',
    'per half day', 'Request to book', "You won't be charged yet", 'How it works', 'For pros', 'Trust & safety', 'Terms of Service',
    'Privacy Policy', '© Yardhands Ltd 2026',
  ],
};

const oTitle = 'Convert 1,200 product descriptions from Dutch to English (furniture webshop)';
const oBody = [
  j(
    'We are a family furniture business in Zwolle with a webshop of about 1,200 products. The descriptions are in Dutch and we need',
    'them in natural British English for a new UK store. Each description is 60 to 150 words, so the whole job is about 120,000 words.',
  ),
  j(
    'We do not want machine translation that has been lightly checked. The texts describe wood types, finishes and care, and they',
    'should read as if a British shop wrote them. A glossary of 80 terms (oak types, oils, fabrics) will be provided.',
  ),
  'Requirements:',
  '- Native English speaker with good Dutch',
  '- Experience with furniture, interiors or retail product copy',
  '- Able to work in a CSV file without breaking the columns',
  j(
    'Please bid for a paid test of 20 descriptions first. If the test is good we will award the rest in batches of 200 with payment',
    'per batch through escrow.',
  ),
];
const oInfo: [string, string][] = [
  ['Project ID:', '88241'],
  ['Budget:', '$1500-3000'],
  ['Posted:', '12/02/2026 09:41 EST'],
  ['Bidding ends:', '12/16/2026'],
  ['Status:', 'Open'],
  ['Bids:', '14'],
];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>GetCoders.example - Project: ${oTitle}</title>
<meta name="keywords" content="freelance, translation, dutch, english, projects"><link rel="stylesheet" type="text/css" href="/style.css">
<script language="JavaScript" type="text/javascript">function popUp(u){window.open(u,'bid','width=520,height=420,scrollbars=yes');}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#1F3A5F"><tr><td width="220"><a href="/">
<img src="/images/logo.gif" width="210" height="52"
border="0" alt="GetCoders - freelance projects since 2003"></a></td><td align="right" class="toplinks">
<a href="/login.php">Login</a> | <a href="/register.php">Register</a>
| <a href="/help.php">Help</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#E8EEF5"><tr><td class="menu"><a href="/projects.php">Browse Projects</a> &middot;
<a href="/post.php">Post Project</a> &middot; <a href="/coders.php">Find Coders</a> &middot; <a href="/forum/">Forum</a></td></tr></table>
<table width="960" align="center" border="0" cellspacing="0" cellpadding="8"><tr><td valign="top" width="720">
<font size="1" face="Verdana"><a href="/">Home</a> &gt; <a href="/projects.php?cat=12">Translation</a> &gt; Project #88241</font>
<table width="100%" border="0" cellspacing="1" cellpadding="6" bgcolor="#B7C4D4"><tr><td bgcolor="#1F3A5F"><font color="#FFFFFF" size="3" face="Verdana">
<b>${oTitle}</b>
</font></td></tr><tr><td bgcolor="#FFFFFF"><table border="0" cellspacing="0" cellpadding="2">
${oInfo.map(([k, v]) => `<tr><td class="label" width="120"><b>${k}</b></td><td class="value">${v}</td></tr>`).join('\n')}</table></td></tr>
<tr><td bgcolor="#F4F7FA"><font size="2" face="Verdana"><b>Description:</b></font></td></tr><tr><td bgcolor="#FFFFFF" class="desc">
<font size="2" face="Verdana">
${at(oBody, 0)}<br><br>${at(oBody, 1)}<br><br>${at(oBody, 2)}<br>${at(oBody, 3)}<br>${at(oBody, 4)}<br>${at(oBody, 5)}<br><br>${at(oBody, 6)}</font></td></tr>
<tr><td bgcolor="#F4F7FA"><font size="2" face="Verdana"><b>Job type:</b> Translation, Copywriting</font></td></tr>
<tr><td bgcolor="#F4F7FA"><font size="2" face="Verdana"><b>Buyer:</b> <a href="/buyer.php?id=4410">meubelhuis_terp</a> (rating 9.6/10, 11 reviews)</font></td>
</tr>
</table><br><center><a href="javascript:popUp('/bid.php?id=88241')">
<img src="/images/btn_bid.gif" width="150" height="28" border="0" alt="Bid on this project"></a>
&nbsp; <a href="/pmb.php?id=88241">Ask the buyer a question</a></center><br>
<table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#B7C4D4"><tr bgcolor="#1F3A5F"><td><font color="#FFFFFF" size="1">Coder</font></td>
<td><font color="#FFFFFF" size="1">Bid</font></td><td><font color="#FFFFFF" size="1">Delivery</font></td></tr>
<tr bgcolor="#FFFFFF"><td><font size="1"><a href="/coder.php?id=3311">vertaalwerk_anna</a></font></td><td><font size="1">$2400</font></td><td>
<font size="1">30 days</font></td></tr>
<tr bgcolor="#F4F7FA"><td><font size="1"><a href="/coder.php?id=7012">J.Penhallow</a></font></td><td><font size="1">$2750</font></td><td>
<font size="1">25 days</font></td></tr>
</table></td><td valign="top" width="240" bgcolor="#F4F7FA"><font size="2" face="Verdana"><b>Similar projects</b></font><br>
<font size="1" face="Verdana"><a href="/project.php?id=88190">German to English manuals</a><br><a href="/project.php?id=88102">Proofread Dutch catalogue</a><br>
</font><br><font size="1" face="Verdana"><b>Sponsored</b><br><a href="/ads/click.php?id=7">Get paid in 24 hours with EscrowFast</a></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="6" bgcolor="#1F3A5F"><tr><td align="center"><font color="#C9D6E3" size="1" face="Verdana">
<a href="/terms.php"><font color="#C9D6E3">Terms</font></a> | <a href="/privacy.php"><font color="#C9D6E3">Privacy</font></a> | <a href="/contact.php">
<font color="#C9D6E3">Contact</font></a><br>Copyright &copy; 2003-2026 GetCoders.example. All rights reserved.</font></td></tr></table>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-114820-1']);_gaq.push(['_trackPageview']);</script></body></html>`;
const tableBoard: TestPage = {
  name: 'heldout477-table-layout-job',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oBody),
  bylines: ['Posted: 12/02/2026 09:41 EST', 'Buyer: meubelhuis_terp (rating 9.6/10, 11 reviews)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Login', 'Register', 'Help', 'Browse Projects', 'Post Project', 'Find Coders', 'Forum', 'Home', 'Project #88241',
    'Project ID: 88241', 'Budget: $1500-3000', 'Bidding ends: 12/16/2026', 'Status: Open', 'Bids: 14', 'Description:',
    'Job type: Translation, Copywriting', 'Ask the buyer a question', 'Coder', 'Delivery', 'vertaalwerk_anna', '$2400', '30 days',
    'J.Penhallow', '$2750', '25 days', 'Similar projects', 'German to English manuals', 'Proofread Dutch catalogue', 'Sponsored',
    'Get paid in 24 hours with EscrowFast', 'Terms', 'Privacy', 'Contact', 'Copyright © 2003-2026 GetCoders.example. All rights reserved.',
  ],
};

export const HELDOUT477_F: readonly TestPage[] = [sharetribeListing, tableBoard];
