import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout687-kit.js';

/**
 * Held-out batch 687, file d: a to-rent listing on a Next.js property portal (hashed CSS-module classes, __NEXT_DATA__,
 * agent box, nearest stations, similar homes) and a sales particulars page of a small agency on an old table layout.
 */
const nTitle = 'Portland Row, Cressley, CR3';
const nPrice = '£1,495 pcm';
const nSub = '2 bedroom flat for rent';
const nFacts = [
  'Let available date: 15/04/2027',
  'Deposit: £1,725',
  'Min. Tenancy: 12 months',
  'Let type: Long term',
  'Furnish type: Unfurnished',
  'Council Tax: Band C',
];
const nFeatures = [
  'Second-floor flat in a converted chapel',
  'Two double bedrooms',
  'Open-plan kitchen and living room',
  'Allocated parking space',
  'Bike store',
  'EPC rating C',
];
const nDesc = [
  j(
    'A bright two-bedroom flat on the second floor of the old Portland Row Methodist chapel, converted in 2018. The living room',
    'keeps two of the chapel&rsquo;s arched windows and opens onto a modern kitchen with an integrated oven, hob, fridge freezer and',
    'washer-dryer.',
  ),
  j(
    'Both bedrooms are doubles; the main bedroom has fitted wardrobes. The bathroom has a shower over the bath. There is an allocated',
    'parking space at the rear and a shared, locked bike store.',
  ),
  'Pets considered by arrangement. Sorry, no smokers. Available from mid-April.',
];
const nStations = ['Cressley Central 0.3 miles', 'Cressley Parkway 1.1 miles', 'Hobb Lane 1.4 miles'];
const nSimilar = ['£1,450 pcm 2 bedroom flat, Tanner Street, Cressley', '£1,520 pcm 2 bedroom apartment, Quay Road, Cressley'];
const nFoot = ['About us', 'Help', 'Advertise with us', 'Terms of use', 'Privacy policy', 'Cookie preferences'];
const nData = `{"props":{"pageProps":{"propertyId":"148822013","listing":{"price":1495,"bedrooms":2,"displayAddress":"${nTitle}","addedOn":"2027-03-01"}}},
"page":"/properties/[id]","query":{"id":"148822013"},"buildId":"kM9x2QpL7c","isFallback":false,"gssp":true,"scriptLoader":[]}`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>2 bedroom flat for rent in ${nTitle} | Homefold</title><meta name="description" content="2 bedroom flat for rent in ${nTitle} for £1,495 pcm."/>
<meta property="og:title" content="2 bedroom flat for rent in ${nTitle}"/><link rel="canonical" href="https://www.homefold.co.uk/properties/148822013"/>
<link rel="preload" href="/_next/static/css/8f3b2c1e9a7d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f3b2c1e9a7d.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-4e2b0a1f.js" defer=""></script><script src="/_next/static/chunks/pages/properties/%5Bid%5D-77c1e2.js" defer="">
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Residence","address":"${nTitle}"}</script></head>
<body><div id="__next"><div class="_1Lk0xq3zJ"><a class="_3xVd9sk_skiplink" href="#main">Skip to main content</a>
<header class="_2Hk3zNq_header" data-testid="global-header"><a href="/" class="_1p0FjR_logo" aria-label="Homefold home"><svg aria-hidden="true"></svg></a>
<nav class="_3m1rTz_nav"><ul><li><a href="/property-for-sale">Buy</a></li><li><a href="/property-to-rent">Rent</a></li>
<li><a href="/house-prices">House prices</a></li><li><a href="/find-an-agent">Find an agent</a></li></ul></nav>
<div class="_2zQvY_auth"><a href="/login">Sign in</a></div></header>
<div class="_1oBq9_backbar"><a class="_2Yk1m_back" href="/property-to-rent/cressley">Back to search results</a><ol class="_3R1pw_breadcrumbs">
<li><a href="/property-to-rent">Property to rent</a></li><li><a href="/property-to-rent/cressley">Cressley</a></li></ol></div>
<main id="main" class="_3nPVwR0HZYQah5tkVJHFh5"><div class="_2TqQt-Hr9MN0c0wH7p7Z5p" data-testid="gallery">
<button class="_1jC7n_gallery" aria-label="Open gallery">
<span class="_3Wq7r_count">1/18</span></button><button class="_2h1aP_floorplan">Floorplan</button></div>
<div class="_1kck3jRw2PGQSOEy3Lihgp"><div class="_5KANqpn5yboC4UXVUxwjZ"><div class="_1gfnqJ3Vtd1z40MlC0MzXu" data-testid="primary-price">
<span>${nPrice}</span></div>
<div class="_2ooECtr3sTsm1oqXcIbm2W">£345 pw</div><button class="_2b7Rd_tooltip" type="button">Tenancy info</button></div>
<h1 class="_2uQQ3SV0eMHL1P6t5ZDo2q" itemprop="streetAddress">${nTitle}</h1>
<div class="_21Dc_JVLfbrsoEkZYykXK5"><p class="_1hV1kqpVceE9m-QrX_hWDN">${nSub}</p></div>
<div class="_4hBezflLdgDMdFtURKTWh"><div class="_3ZGPwl2N1mHAJH3cbltyWn">Added on 01/03/2027</div></div>
<button class="_2aM_5z_save" type="button"><span>Save</span></button><button class="_3Lp9z_share" type="button"><span>Share</span></button></div>
<article class="_2CdMEPuAVXHxzb5evl1Rb8"><section class="_1u12RxIYGx3c84eaGxI6_b" aria-labelledby="letting-details"><h2 id="letting-details"
class="_1K3t0_mVvtcqMmDcWk8Ub4">Letting details</h2><dl class="_2E1qBJkWUYMJYHfYJzUb_r">${nFacts
  .map((f) => {
    const [k, v] = f.split(': ');
    return `<div class="_2RnXSVJcWbWv4IpBC1Sng6"><dt>${k}: </dt><dd>${v}</dd></div>`;
  })
  .join('\n')}</dl></section>
<section class="_1u12RxIYGx3c84eaGxI6_b"><h2 class="_1K3t0_mVvtcqMmDcWk8Ub4">Key features</h2><ul class="_1uI3IvdF5sIuBtRIvKrreQ">
${lis(nFeatures, 'lIhZ24u1NHMa5Y6gDH90A')}</ul></section>
<section class="_1u12RxIYGx3c84eaGxI6_b"><h2 class="_1K3t0_mVvtcqMmDcWk8Ub4">Property description</h2>
<div class="STw8udCxUaBUMfOOZu0iL _3nPVwR0HZYQah5tkVJHFh5">
<div>${nDesc.join('<br><br>')}</div></div></section>
<section class="_1u12RxIYGx3c84eaGxI6_b" data-testid="stations"><h2 class="_1K3t0_mVvtcqMmDcWk8Ub4">Nearest stations</h2><ul>${lis(nStations, '_2Hks2')}</ul>
<p class="_3jAQ6">Distances are straight line measurements from the centre of the postcode.</p></section>
<section class="_2Ga3M" data-testid="broadband"><h2 class="_1K3t0_mVvtcqMmDcWk8Ub4">Broadband</h2>
<p>Ultrafast 1000Mb <a href="/broadband?pc=CR3">Check broadband</a></p></section>
<div class="_2tm2k_disclaimer"><p>Homefold does not check the accuracy of listings. Please confirm details with the agent.</p>
<button class="_1ybqV_report" type="button">Report this listing</button></div></article>
<aside class="_3S0NV6L0aSAXbmzFwUcIWu" data-testid="agent-box"><div class="RPNfwwZBarvBLs58-mdN8"><h3 class="_3PpywCmRYxC0B-ShJiH1yH">Marketed by</h3>
<a href="/estate-agents/agent/Ferris-and-Wade/Cressley-88121.html" class="_2Iz2Xvb7VNuqBrHkDyWaOD">Ferris &amp; Wade Lettings, Cressley</a>
<p class="_3v_UbjB9gN3tvu5TA-Mf_4">22 Minster Street, Cressley, CR1 4DS</p></div><a class="_2N_aw" href="tel:01632960991">Call agent</a>
<button class="_2lYl7 _1GzkL" type="button">Request details</button></aside>
<section class="_3yG1m_similar"><h2 class="_1K3t0_mVvtcqMmDcWk8Ub4">Similar properties</h2><ul>${links(nSimilar, '_1pXv2_card')}</ul></section></main>
<footer class="_1wQ8Z_footer"><ul>${links(nFoot)}</ul><p>© Homefold Group Ltd 2027</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to personalise content and ads and to analyse our traffic.</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const portal: TestPage = {
  name: 'heldout687-nextjs-rental-portal',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Letting details', 'Key features', 'Property description'],
  body: texts([nPrice, '£345 pw', nSub, ...nFacts, ...nFeatures, ...nDesc]),
  bylines: ['Added on 01/03/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Buy', 'House prices', 'Find an agent', 'Sign in', 'Back to search results', 'Property to rent', '1/18',
    'Floorplan', 'Tenancy info', 'Save', 'Share', 'Nearest stations', ...nStations, 'Distances are straight line measurements from the centre of the postcode.',
    'Broadband', 'Ultrafast 1000Mb Check broadband', 'Homefold does not check the accuracy of listings. Please confirm details with the agent.',
    'Report this listing', 'Marketed by', 'Ferris & Wade Lettings, Cressley', '22 Minster Street, Cressley, CR1 4DS', 'Call agent', 'Request details',
    'Similar properties', ...nSimilar, ...nFoot, '© Homefold Group Ltd 2027', 'We use cookies to personalise content and ads and to analyse our traffic.',
    'Manage preferences', 'Accept all cookies',
  ],
};

const tTitle = 'Bramble Cottage, Lower Wenning';
const tPrice = 'Offers in excess of £325,000';
const tIntro = [
  j(
    'A detached stone cottage with a walled garden, at the quiet end of Lower Wenning village, with open views over the Wenning',
    'valley to the rear. The cottage has been extended to provide three bedrooms and is offered with no onward chain.',
  ),
  'Oil-fired central heating, mains water and electricity, private drainage. Freehold. Council tax band E.',
];
const tRooms = [
  'Entrance Porch: Stone flagged floor, coat hooks, door to:',
  'Sitting Room 14\'2" x 12\'6" (4.32m x 3.81m): Inglenook fireplace with wood burning stove, beamed ceiling, two windows to front.',
  'Dining Kitchen 18\'0" x 10\'4" (5.49m x 3.15m): Range of oak units, Belfast sink, oil-fired Rayburn, stable door to garden.',
  'Utility: Plumbing for washing machine, oil boiler.',
  'Bedroom One 12\'8" x 11\'2" (3.86m x 3.40m): Window to rear with valley views, fitted wardrobe.',
  'Bedroom Two 11\'0" x 9\'6" (3.35m x 2.90m): Window to front.',
  'Bedroom Three 8\'4" x 7\'10" (2.54m x 2.39m): Velux window.',
  'Bathroom: White suite of bath with shower over, wash basin and WC, heated towel rail.',
];
const tOutside = [
  j(
    'To the front a gravelled drive provides parking for two cars. The rear garden is enclosed by old stone walls and laid mainly to',
    'lawn, with a flagged terrace, fruit trees and a timber garden store.',
  ),
  j(
    'From Wenning Bridge take the B6480 towards Austwick and turn left after one mile signed Lower Wenning. Bramble Cottage is the',
    'last property on the left after the chapel.',
  ),
];
const tLeft = ['Home', 'Properties for Sale', 'Properties to Let', 'Register', 'Valuations', 'Contact Us'];
const tRow = (k: string, v: string): string => `<tr><td class="bodytext" valign="top"><b>${k}</b>${v}</td></tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Askew &amp; Pell - Property Details - Bramble Cottage</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="estate agents, lower wenning, cottages for sale, askew pell"><link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
//-->
</script></head>
<body bgcolor="#E8E4D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/header.jpg" width="780" height="120" alt="Askew &amp; Pell Estate Agents" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#3B4A2F" height="24" class="toplinks">&nbsp;<font color="#FFFFFF" face="Verdana" size="1">Chartered Surveyors &amp; Estate Agents
since 1962 &nbsp;|&nbsp; Tel: 01632 960 540</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#D7D2C0"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tLeft.map((l) => `<tr><td class="leftnav"><a href="/${l.toLowerCase().replace(/ /g, '')}.asp">${l}</a></td></tr>`).join('\n')}
<tr><td><img src="/images/spacer.gif" width="1" height="20"></td></tr><tr><td class="leftnav"><form action="/search.asp" method="get">
<font face="Verdana" size="1"><b>Quick Search</b><br>Min Price<br><select name="min"><option>No min</option><option>£100,000</option></select><br>
Max Price<br><select name="max"><option>No max</option><option>£500,000</option></select><br><input type="submit" value="Search"></font></form></td></tr>
</table></td>
<td width="10"><img src="/images/spacer.gif" width="10" height="1"></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td class="crumbs"><font face="Verdana" size="1"><a href="/sales.asp">&laquo; Back to Results</a></font></td></tr>
<tr><td><font face="Georgia" size="5" color="#3B4A2F"><b>${tTitle}</b></font><br><font face="Verdana" size="3" color="#8A2B1E"><b>${tPrice}</b></font></td></tr>
<tr><td><table border="0" cellspacing="2" cellpadding="0"><tr><td><img src="/photos/ap1187_1.jpg" width="400" height="300" alt="Bramble Cottage"></td>
<td valign="top"><img src="/photos/ap1187_2_t.jpg" width="90" height="68"><br><img src="/photos/ap1187_3_t.jpg" width="90" height="68"></td></tr></table>
<font face="Verdana" size="1"><a href="javascript:MM_openBrWindow('/photos.asp?id=1187','photos','width=640,height=520')">View all 12 photos</a> |
<a href="/brochures/ap1187.pdf">Printable Brochure</a> | <a href="/floorplans/ap1187.pdf">Floor Plan</a> | <a href="/viewing.asp?id=1187">Arrange a
Viewing</a></font></td></tr>
<tr><td class="bodytext"><font face="Verdana" size="2">${tIntro.join('<br><br>')}</font></td></tr>
<tr><td class="bodytext"><font face="Verdana" size="2" color="#3B4A2F"><b>ACCOMMODATION</b></font></td></tr>
${tRooms.map((r) => tRow(r.slice(0, r.indexOf(': ') + 1), r.slice(r.indexOf(': ') + 1))).join('\n')}
<tr><td class="bodytext"><font face="Verdana" size="2" color="#3B4A2F"><b>OUTSIDE</b></font></td></tr>
<tr><td class="bodytext">${tOutside[0]}</td></tr>
<tr><td class="bodytext"><font face="Verdana" size="2" color="#3B4A2F"><b>DIRECTIONS</b></font></td></tr>
<tr><td class="bodytext">${tOutside[1]}</td></tr>
<tr><td class="smallprint"><font face="Verdana" size="1" color="#666666">These particulars are set out as a general outline only and do not form part of an
offer or contract. Measurements are approximate. Ref: AP1187</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#3B4A2F" align="center" height="30"><font face="Verdana" size="1" color="#FFFFFF">&copy; 2027 Askew &amp; Pell &nbsp;|&nbsp;
5 Church Street, Wenning Bridge &nbsp;|&nbsp; <a href="/privacy.asp"><font color="#FFFFFF">Privacy</font></a> &nbsp;|&nbsp; Website by Dalesweb</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout687-table-layout-particulars',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['ACCOMMODATION', 'OUTSIDE', 'DIRECTIONS'],
  body: texts([tPrice, ...tIntro, ...tRooms, ...tOutside]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Chartered Surveyors & Estate Agents since 1962 | Tel: 01632 960 540', ...tLeft, 'Quick Search', 'Min Price', 'Max Price', '« Back to Results',
    'View all 12 photos', 'Printable Brochure', 'Floor Plan', 'Arrange a Viewing',
    'These particulars are set out as a general outline only and do not form part of an offer or contract. Measurements are approximate. Ref: AP1187',
    '© 2027 Askew & Pell | 5 Church Street, Wenning Bridge | Privacy | Website by Dalesweb',
  ],
};

export const HELDOUT687_D: readonly TestPage[] = [portal, tableLayout];
