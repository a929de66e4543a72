import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout507-kit.js';

/**
 * Held-out batch 507, file b: a hall management committee's minutes on an old hand-made table layout (left menu cell, font
 * tags, visitor counter), and a community hall's booking conditions on Squarespace 7.1 (sections, cookie banner, footer form).
 */
const mTitle = 'Minutes of the Hall Management Committee Meeting held on Tuesday 12 January 2027 at 7.30pm';
const mItems: [string, string[]][] = [
  [
    '1. Present and apologies',
    [
      'Present: Brian Copley (Chairman), Janet Harker (Secretary), Gwen Ollerton (Treasurer), Dave Ritson, Pauline Shand, Tom Whitely.',
      'Apologies: Margaret Fell, Cllr Alan Byers (Parish Council representative).',
    ],
  ],
  ['2. Minutes of the last meeting', ['The minutes of the meeting of 10 November 2026 were agreed as a true record and signed by the Chairman.']],
  [
    '3. Matters arising',
    [
      j(
        'The replacement fire door to the kitchen has been fitted by Ritson Joinery at the quoted price of £1,185. DR declared an',
        'interest and left the room for this item at the November meeting.',
      ),
      'The new key safe is in place. JH has given the code to all regular hirers.',
    ],
  ],
  [
    '4. Treasurer’s report',
    [
      j(
        'GO reported a balance of £14,322.18 in the current account and £21,050.00 in the deposit account. Hire income for the year',
        'to 31 December was £18,940, up £2,110 on last year. The electricity bill for the quarter was £1,406, a little lower than feared.',
      ),
      'The accounts will go to the independent examiner at the end of February.',
    ],
  ],
  [
    '5. Bookings',
    [
      j(
        'PS reported that the hall is now booked on 41 of the 52 Saturdays in 2027. Two enquiries for wedding receptions have been',
        'received for September. The committee agreed to keep the hire rates unchanged until April 2028.',
      ),
    ],
  ],
  [
    '6. Maintenance',
    [
      j(
        'The gutters on the north side are blocked again. TW will get two quotes for clearing them and fitting leaf guards. The',
        'committee agreed that the Chairman and Treasurer may approve spending of up to £600 between meetings.',
      ),
      'The stage curtains need cleaning before the pantomime. PS to ask the drama group whether they can contribute.',
    ],
  ],
  [
    '7. Any other business',
    ['The Parish Council has asked whether the hall could be used as a warm space on Wednesday afternoons. Agreed in principle; BC to reply.'],
  ],
  ['8. Date of next meeting', ['Tuesday 9 March 2027 at 7.30pm in the Committee Room. The meeting closed at 9.05pm.']],
];
const mNav = ['Home', 'About the Hall', 'Hiring', 'Diary', 'Committee', 'Minutes', 'Links', 'Contact Us'];
const mP = (t: string): string => `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t.replace(/&/g, '&amp;')}</font></p>`;
const mHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>Askrigg Moor Memorial Hall - Minutes January 2027</title><meta name="keywords" content="Askrigg Moor, village hall, memorial hall, hire, minutes">
<link rel="stylesheet" type="text/css" href="style.css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#335533" height="90"><img src="images/banner.jpg" width="780" height="90" alt="Askrigg Moor Memorial Hall"></td></tr>
<tr><td colspan="2" bgcolor="#DDEEDD" align="right"><font face="Verdana" size="1">Registered Charity No. 521877&nbsp;&nbsp;</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#DDEEDD"><table width="150" border="0" cellpadding="4" cellspacing="0">
${mNav.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><p align="center"><img src="images/hall-small.jpg" width="120" height="90" alt="The hall in winter"></p>
<p align="center"><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=hall.dat" alt="counter"> 004512</font></p></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h2 align="center"><font face="Verdana, Arial, Helvetica, sans-serif" color="#335533">${mTitle}</font></h2>
${mItems.map(([h, ps2]) => `<h3><font face="Verdana, Arial, Helvetica, sans-serif" size="3">${h}</font></h3>\n${ps2.map(mP).join('\n')}`).join('\n')}
<p><font face="Verdana" size="2"><i>Minutes taken by Janet Harker, Hon. Secretary</i></font></p>
<p align="center"><font face="Verdana" size="1"><a href="minutes.htm">Back to Minutes index</a> | <a href="#top">Top of page</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#335533" align="center"><font face="Verdana" size="1" color="#FFFFFF">Page last updated 14/01/2027<br>
Best viewed at 1024 x 768 in Internet Explorer</font></td></tr></table></body></html>`;
const tableMinutes: TestPage = {
  name: 'heldout507-table-layout-minutes',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mItems.map(([h]) => h),
  body: mItems.flatMap(([, b]) => b),
  bylines: ['Minutes taken by Janet Harker, Hon. Secretary', 'Page last updated 14/01/2027'],
  furniture: [
    'Registered Charity No. 521877',
    ...mNav.filter((t) => t !== 'Minutes' && t !== 'Committee'),
    'You are visitor number',
    'Back to Minutes index',
    'Top of page',
    'Best viewed at 1024 x 768 in Internet Explorer',
  ],
};

const sTitle = 'Booking Conditions';
const sLead = j(
  'These conditions apply to every booking of Fernleigh Community Hall, whether for a single party or a weekly class. By signing',
  'the hire agreement, the hirer accepts them on behalf of everyone attending the event.',
);
const sSecs: [string, string[]][] = [
  [
    'Bookings and payment',
    [
      'A booking is only confirmed when we have received a signed hire agreement and, where required, the deposit.',
      'Hire charges for one-off bookings must be paid in full 14 days before the event. Regular hirers are invoiced monthly in arrears.',
      'The hirer must be aged 21 or over and must be present for the whole of the hire period.',
    ],
  ],
  [
    'Deposits',
    [
      j(
        'A damage and cleaning deposit of £150 is payable for all private parties. It will be returned within 14 days of the event',
        'unless the hall has been left unclean or something has been damaged or lost.',
      ),
      'Where the cost of cleaning or repairs is more than the deposit, the hirer will be invoiced for the difference.',
    ],
  ],
  [
    'Cancellations',
    [
      'If the hirer cancels more than 28 days before the event, all money paid will be refunded less an administration fee of £20.',
      'If the hirer cancels between 28 and 7 days before the event, half of the hire charge will be kept. After that, the full charge is payable.',
      j(
        'The Trustees may cancel a booking if the hall is needed as a polling station or in an emergency, or if they have reason to believe',
        'the event will break these conditions. Any money paid will then be refunded in full.',
      ),
    ],
  ],
  [
    'Use of the hall',
    [
      'The hall must not be used for any purpose other than that stated on the hire agreement.',
      'No more than 150 people may be in the Main Hall at any time. The hirer must make sure that all fire exits are kept clear.',
      'Nothing may be fixed to the walls, ceilings or doors except with the reusable putty provided. No confetti, glitter or candles, please.',
      'Music must be turned down at 10.30pm and stopped at 11.30pm, and the building must be empty by midnight.',
    ],
  ],
  [
    'Alcohol and licensing',
    [
      j(
        'The hall holds a premises licence. Hirers who want to sell alcohol, including by including it in a ticket price, must apply',
        'to the district council for a Temporary Event Notice at least ten working days before the event and give us a copy.',
      ),
    ],
  ],
  [
    'Leaving the hall',
    [
      j(
        'At the end of the hire the hirer must stack the tables and chairs, sweep the floor, wipe down the kitchen and take all rubbish',
        'away. Please check that all windows are shut, lights are off and the front door is locked, and return the key to the key safe.',
      ),
    ],
  ],
];
const sNav = ['Home', 'Rooms & Rates', 'Booking Conditions', 'What’s On', 'About', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta
charset="utf-8"><title>Booking Conditions — Fernleigh Community Hall</title>
<link rel="canonical" href="https://www.fernleighhall.org/booking-conditions"><meta property="og:site_name" content="Fernleigh Community Hall">
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Fernleigh Community Hall"},"templateId":"5c5a519771c10ba3470d8101","pageType":2};</script>
<script type="application/ld+json">{"url":"https://www.fernleighhall.org","name":"Fernleigh Community Hall","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/63f0c1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-63f0c2a8e1b7a54d7d2b9c11" class="primary-button-style-solid tweak-global-animations-enabled header-width-full collection-type-page
view-item">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div
class="sqs-announcement-bar-content"><p>The hall will be closed from 22 December to
2 January for floor sanding.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-inner container--fluid
header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Fernleigh Community Hall</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}"
data-animation-role="header-element">${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f0c2a8e1b7a54d7d2b9c13">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--narrow
horizontal-alignment--center vertical-alignment--middle" data-section-id="63f0c2a8e1b7a54d7d2b9c15"><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-63f0c2a8e1b7a54d7d2b9c15"><div class="row sqs-row"><div class="col
sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1676723401_4411"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sLead}</p>
${sSecs
  .map(
    ([h, items]) =>
      `<h2 style="white-space:pre-wrap;">${h}</h2>\n<ol data-rte-list="default">${items
        .map(
          (t) => `<li><p
style="white-space:pre-wrap;">${t.replace(/&/g, '&amp;')}</p></li>`,
        )
        .join('')}</ol>`,
  )
  .join('\n')}
<p class="sqsrte-small" style="white-space:pre-wrap;"><em>Approved by the Trustees, March 2026.</em></p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container
sqs-block-button-container--center">
<a href="/s/Fernleigh-hire-agreement.pdf" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Download the hire agreement</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section"
data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Fernleigh Community Hall</h3>
${ps(['Station Road, Fernleigh, Devon EX17 6HL', 'bookings@fernleighhall.org · 01363 884 210', 'Charity number 1152093'], ' style="white-space:pre-wrap;"')}
</div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="63f0c7"><header
class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Hall news by email</h2><div
class="newsletter-form-header-description"><p>One email a month, no spam.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label><input id="email-yui_3_17_2" class="newsletter-form-field-element
field-element" name="email"
type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="form-submission-text
hidden">Thank you!</div></form></div></div></div></div></div></div>
</div></div></section></footer>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-theme-dark" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-cta-container">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to give you the best experience. Read our <a href="/privacy">privacy policy</a>.</p>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div></div>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-definition-e8a9e0a5d2f5.js"></script></body></html>`;
const sqspConditions: TestPage = {
  name: 'heldout507-squarespace-booking-conditions',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([sLead, ...sSecs.flatMap(([, b]) => b)]),
  bylines: ['Approved by the Trustees, March 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'The hall will be closed from 22 December to 2 January for floor sanding.', ...sNav.filter((t) => t !== sTitle), 'Book Now',
    'Download the hire agreement', 'Station Road, Fernleigh, Devon EX17 6HL', 'bookings@fernleighhall.org · 01363 884 210', 'Charity number 1152093',
    'Hall news by email', 'One email a month, no spam.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'This site uses cookies to give you the best experience. Read our privacy policy.', 'Accept', 'Decline',
  ],
};

export const HELDOUT507_B: readonly TestPage[] = [tableMinutes, sqspConditions];
