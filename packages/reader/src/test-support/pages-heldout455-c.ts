import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file c: an astronomy club's star party notice as a Squarespace 7.1 event item with a cookie banner and a
 * newsletter footer, and a weekly DX bulletin on an old hand-written table layout with font tags and a visitor counter.
 */
const sTitle = 'Spring Star Party at Corliss Meadow';
const sMeta = ['Friday, May 7, 2027', '7:30 PM 11:30 PM', 'Corliss Meadow Nature Preserve 4410 Orchard Line Road Brackenridge'];
const sBody = [
  j(
    'Our spring star party is back at Corliss Meadow, the darkest site within an hour of town. Members will set up telescopes',
    'along the south field from sunset, and everyone is welcome, whether you own a telescope or have never looked through one.',
  ),
  j(
    'Expect Jupiter low in the west at dusk, the first-quarter Moon, and once it gets properly dark, the galaxies of Leo and Virgo',
    'and the globular cluster M3. Club members will run a short constellation tour with a green laser at 9 pm.',
  ),
  'Please read before you come',
  'Use only red lights after sunset, and switch your car lights off before you drive into the south field.',
  'Bring warm layers and a chair. The meadow gets cold and damp after dark, even in May.',
  'No pets, please, except service animals.',
  'If it is cloudy we will post a cancellation here and on the club’s email list by 4 pm on the day.',
  j(
    'The star party is free. Parking is on the gravel lot by the preserve office; overflow parking is signposted along Orchard Line',
    'Road. Questions? Email our outreach coordinator, Nell Okafor-Stead.',
  ),
];
const sNav = ['Events', 'Meetings', 'Outreach', 'Loaner Telescopes', 'Membership', 'Contact'];
const sCookie = 'This website uses cookies to improve your experience.';
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>${sTitle} — Brackenridge Astronomy Club</title>
<link rel="canonical" href="https://www.brackenridgeastro.org/events/spring-star-party-2027"><meta property="og:site_name" content="Brackenridge Astronomy
Club">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Event","name":"${sTitle}","startDate":"2027-05-07T19:30:00-0500",
"location":{"@type":"Place","name":"Corliss Meadow Nature Preserve"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateVersion":"7.1"};</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/64a1f0/26/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6620bd" class="primary-button-style-solid header-width-full tweak-blog-alternating-side-by-side-width-full eventlist-style-stacked
tweak-events-stacked-show-thumbnails form-field-style-solid header-button-style-solid view-item collection-type-events collection-6620a1 mobile-style-available
sqs-seven-one"><div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Brackenridge Astronomy Club</a></div></div><div class="header-nav"><div
class="header-nav-wrapper">
<nav class="header-nav-list">${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">
${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/donate">
Donate</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6620a1"><section data-test="page-section"
class="page-section content-collection full-bleed-section collection-type-events background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white" data-section-theme="white"><div class="section-border"><div
class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="eventitem-backlink"><a href="/events">Back to All Events</a></div><div
class="eventitem-pagination">
<a href="/events/member-meeting-april" class="eventitem-pagination-item eventitem-pagination-item--prev"><span
class="eventitem-pagination-label">Previous</span>
<span class="eventitem-pagination-title">April Member Meeting</span></a></div><article class="eventitem" id="article-6620bd">
<div class="eventitem-column-meta"><h1 class="eventitem-title" data-content-field="title">${sTitle}</h1><ul class="event-meta" data-content-field="event-meta">
<li class="event-meta-item eventitem-meta-date event-meta-date-time-container"><time class="event-date" datetime="2027-05-07">${at(sMeta, 0)}</time></li>
<li class="event-meta-item eventitem-meta-time"><span class="event-time-localized"><time class="event-time-localized-start" datetime="2027-05-07">7:30 PM</time>
<span class="event-datetime-divider"></span><time class="event-time-localized-end" datetime="2027-05-07">11:30 PM</time></span></li>
<li class="event-meta-item eventitem-meta-address"><span class="eventitem-meta-address-line eventitem-meta-address-line--title">Corliss Meadow Nature
Preserve</span>
<span class="eventitem-meta-address-line">4410 Orchard Line Road</span><span class="eventitem-meta-address-line">Brackenridge</span>
<a href="http://maps.google.com?q=4410+Orchard+Line+Road" class="eventitem-meta-address-maplink" target="_blank">(map)</a></li>
<li class="event-meta-item eventitem-meta-export event-meta-item"><a href="http://www.google.com/calendar/event?action=TEMPLATE"
class="eventitem-meta-export-item">
Google Calendar</a><span class="eventitem-meta-export-divider"></span><a href="/events/spring-star-party-2027?format=ical"
class="eventitem-meta-export-item">ICS</a>
</li></ul></div><div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-6620bd"><div class="row sqs-row">
<div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1711"><div
class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">${at(sBody, 0)}</p><p class="" style="white-space:pre-wrap;">${at(sBody, 1)}</p>
<h3 style="white-space:pre-wrap;">${at(sBody, 2)}</h3><ul data-rte-list="default">${sBody
  .slice(3, 7)
  .map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`)
  .join('')}</ul><p class="" style="white-space:pre-wrap;">${at(
  sBody,
  7,
)}</p></div></div></div></div></div></div></div></article></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black"
data-section-theme="black">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6620ff"><div class="fe-block fe-block-8b1a">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="">Brackenridge
Astronomy Club
is a 501(c)(3) nonprofit.</p><p class="">Meetings: second Thursday, Lindell Science Center, Room 114</p></div></div></div></div><div class="fe-block
fe-block-9c2e">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="6620cc" autocomplete="on"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in
the loop</h2>
<div class="newsletter-form-header-description"><p>Star party alerts and meeting reminders, about twice a month.</p></div></header><div
class="newsletter-form-body">
<div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email
Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button
sqs-button-element--primary" type="submit"><span class="newsletter-form-button-label">Sign
Up</span></button></div></form></div></div></div></div></div></div></div>
</div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" data-test="sqs-cookie-banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom"><div
class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button
class="sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout455-star-party-squarespace',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 2)],
  body: [...sMeta, ...texts(sBody.filter((_, i) => i !== 2))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Brackenridge Astronomy Club', ...sNav, 'Donate', 'Back to All Events', 'Previous', 'April Member Meeting', '(map)', 'Google Calendar',
    'ICS', 'Brackenridge Astronomy Club is a 501(c)(3) nonprofit.', 'Meetings: second Thursday, Lindell Science Center, Room 114', 'Stay in the loop',
    'Star party alerts and meeting reminders, about twice a month.', 'Email Address', 'Sign Up', sCookie, 'Decline', 'Accept',
  ],
};

const dTitle = 'Weekly DX Digest No. 1482';
const dDek = 'Activity news for the week of 10 to 16 May 2027, compiled from members’ reports and expedition announcements.';
const dEntries: [string, string][] = [
  [
    'TROMELIN ISLAND, FT4T',
    j(
      'A team of six is due to land on Tromelin around 19 May for about ten days, permit and weather allowing. Plans are CW, SSB and',
      'FT8 on 160 to 6 metres with three stations. QSL via F6KQR, OQRS only; logs will be uploaded to LoTW after the team is home.',
    ),
  ],
  [
    'NIUE, E6',
    j(
      'Ken, JA7OBX, will be active as E62KX from 12 to 26 May, holiday style, mainly FT8 on 30, 17 and 12 metres with some CW in the',
      'evenings. QSL via home call, direct or bureau.',
    ),
  ],
  [
    'SOUTH SUDAN, Z8',
    j(
      'Z81D is reported active again on 20 and 15 metres SSB around 1500z, operated by a relief worker in Juba. QSL via OM2AX.',
      'Please note that Z81D is not a pirate, whatever the cluster spots say.',
    ),
  ],
  [
    'QSL NEWS',
    j(
      'The 3Y0K cards have been printed and the first 4,000 direct requests went into the post last week. Bureau cards will follow in',
      'July. The QSL manager asks that you do not send duplicate requests before the end of June.',
    ),
  ],
];
const dNav = ['Home', 'This week', 'Archive', 'Most Wanted', 'QSL Managers', 'Links', 'Contact'];
const dTd = `<td valign="top"><font face="Verdana, Arial" size="2">`;
const dHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Weekly DX Digest - No. 1482</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="DX, amateur radio, DXpedition, QSL, bulletin"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" link="#000099" vlink="#660066">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#000066" height="70">
<font face="Arial Black" size="5" color="#FFFFFF">&nbsp;The Weekly DX Digest</font><br><font face="Verdana" size="1" color="#CCCCFF">&nbsp;&nbsp;Serving the
DX community since 1994</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6E6F0"><img src="images/spacer.gif" width="150" height="10"><br>
${dNav.map((t) => `&nbsp;<font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font><br>`).join('\n')}
<br><center><a href="http://www.example.net/ring"><img src="images/dxring.gif" width="88" height="31" border="0" alt="DX Web Ring"></a></center><br>
<font face="Verdana" size="1">&nbsp;Editor: Ivo Marchetti, I4XQZ</font></td>
<td width="630" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr>${dTd}
<p align="center"><font size="5"><b>${dTitle}</b></font></p>
<p align="center"><i>${dDek}</i></p><hr size="1" noshade>
${dEntries.map(([h, p]) => `<h3><font color="#990000">${h}</font></h3>\n<p>${p}</p>`).join('\n')}
<hr size="1" noshade><p><font size="1">Last updated: 16 May 2027</font></p>
<p><font size="1">Information in this bulletin may be reproduced freely if the Weekly DX Digest is credited.</font></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#000066" align="center"><font face="Verdana" size="1" color="#FFFFFF">You are visitor number
<img src="cgi-bin/counter.gif" alt="0482193"> since March 1998 &middot; Best viewed at 800x600</font></td></tr></table></body></html>`;
const tableDx: TestPage = {
  name: 'heldout455-dx-digest-table-layout',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dEntries.map(([h]) => h),
  body: [dDek, ...dEntries.map(([, p]) => p)],
  bylines: ['Editor: Ivo Marchetti, I4XQZ', 'Last updated: 16 May 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Weekly DX Digest', 'Serving the DX community since 1994', ...dNav,
    'Information in this bulletin may be reproduced freely if the Weekly DX Digest is credited.', 
    'You are visitor number since March 1998 · Best viewed at 800x600',
  ],
};

export const HELDOUT455_C: readonly TestPage[] = [squarespace, tableDx];
