import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, settle, trs } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file b: a golf club's competition results page on an old hand-made table layout (font tags, spacer gifs,
 * a left menu column, a hit counter), and a court-booking page on ClubSpark (the LTA's club SaaS, with its venue menu,
 * rendered booking sheet and footer).
 */
const rTitle = 'Spring Medal – Results';
const rIntro = [
  j(
    'The Spring Medal was played on Saturday 18 April in dry but breezy conditions, with 96 members returning cards.',
    'The greens had been cut and rolled on the Friday and were running at 9 on the stimpmeter.',
  ),
  j(
    'Congratulations to Alastair Brennock, who won Division 1 with a nett 66, and to Colin Dearden, whose nett 67 in Division 2',
    'cuts his handicap to 17. The CSS was 71 (reduction only).',
  ),
];
const rDiv1 = [
  ['1', 'Alastair Brennock', '6', '72', '66'],
  ['2', 'Hamish Torrance', '9', '76', '67'],
  ['3', 'Peter Oyelaran', '4', '71', '67'],
  ['4', 'Graham Wetherill', '11', '79', '68'],
  ['5', 'Iain McCulloch', '8', '77', '69'],
];
const rDiv2 = [
  ['1', 'Colin Dearden', '18', '85', '67'],
  ['2', 'Bernard Skeldon', '22', '91', '69'],
  ['3', 'Ravi Dholakia', '15', '85', '70'],
  ['4', 'Tom Gilliard', '20', '91', '71'],
];
const rTwos = 'Twos: Hamish Torrance (7th), Iain McCulloch (12th), Bernard Skeldon (16th). Sweep of £72 shared, £24 each.';
const rNext = 'The next competition is the Captain\u2019s Prize qualifier on Saturday 2 May. Entry sheets are in the locker room.';
const rMenu = ['Home', 'Course', 'Membership', 'Visitors', 'Competitions', 'Results', 'Fixtures', 'Handicaps', 'Ladies', 'Seniors', 'Juniors', 'Contact'];
const rHead = ['Pos', 'Name', 'H/cap', 'Gross', 'Nett'];
const rTable = (rows: string[][]): string => `<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#336633" class="results">
<tr bgcolor="#336633">${rHead.map((h) => `<th><font face="Verdana, Arial" size="2" color="#FFFFFF">${h}</font></th>`).join('')}</tr>
${trs(rows, 'res')}
</table>`;
const rHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Thornlea Golf Club - Competition Results</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="thornlea golf club, golf, results, medal">
<link href="thornlea.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script></head>
<body bgcolor="#E8EFE0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/menu_over.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Thornlea Golf Club"></td></tr>
<tr><td colspan="2" bgcolor="#336633" height="22"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;&nbsp;Thornlea Golf Club, Moor Road,
Thornlea, Northumberland NE46 2QT &nbsp;|&nbsp; Tel 01434 602 118</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#D6E3C8" class="leftmenu"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="150" border="0" cellspacing="0" cellpadding="4" align="center">
${rMenu.map((t) => `<tr><td class="menu"><a href="${t.toLowerCase()}.htm" class="menulink">${t}</a></td></tr>`).join('\n')}
</table><br><div align="center"><font face="Verdana, Arial" size="1"><b>Course Status</b><br>Open - trolleys allowed</font></div><br>
<div align="center"><a href="http://www.englandgolf.org" target="_blank"><img src="images/eg_logo.gif" width="120" height="60" border="0"
alt="England Golf"></a></div><br></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#336633">${rTitle}</font></h1>
<font face="Verdana, Arial" size="2">
${ps(rIntro)}
<h3><font color="#336633">Division 1 (0 - 12)</font></h3>
${rTable(rDiv1)}
<h3><font color="#336633">Division 2 (13 - 28)</font></h3>
${rTable(rDiv2)}
<p>${rTwos}</p>
<p>${rNext}</p>
<p><a href="results.htm">&lt;&lt; Back to Results</a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
&copy; Thornlea Golf Club 2003-2026 &nbsp;|&nbsp; <a href="mailto:secretary@thornleagolf.co.uk"><font color="#FFFFFF">Email the Secretary</font></a><br>
Page last updated 20/04/2026</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana, Arial" size="1">You are visitor number <img src="/cgi-bin/counter.cgi?page=results"
alt="counter"> &nbsp; Site by <a href="http://www.fairwaywebdesign.co.uk">Fairway Web Design</a></font></td></tr>
</table></body></html>`;
const tableSite: TestPage = {
  name: 'heldout494-table-layout-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Division 1 (0 - 12)', 'Division 2 (13 - 28)'],
  body: [...rIntro, ...rowTexts(rDiv1), ...rowTexts(rDiv2), rTwos, rNext],
  bylines: ['Page last updated 20/04/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thornlea Golf Club, Moor Road, Thornlea, Northumberland NE46 2QT | Tel 01434 602 118', ...rMenu, 'Course Status', 'Open - trolleys allowed',
    '<< Back to Results', '© Thornlea Golf Club 2003-2026 | Email the Secretary', 'You are visitor number', 'Site by Fairway Web Design',
  ],
};

const bTitle = 'Book a court';
const bBody = [
  j(
    'Members can book courts up to seven days in advance. Each member may hold one peak-time booking at a time; peak time is',
    '5pm to 9pm on weekdays and 9am to 1pm at weekends.',
  ),
  'Guests must be booked in by a member. The guest fee of £6 a visit is paid when you make the booking.',
  j(
    'Floodlights are switched on automatically for bookings after sunset. Please cancel any booking you cannot use, at least',
    'two hours before the start, so that another member can take the court.',
  ),
  'Courts 5 and 6 are reserved for coaching on Saturday mornings until 11am.',
];
const bCourts = ['Court 1', 'Court 2', 'Court 3', 'Court 4', 'Court 5 (clay)', 'Court 6 (clay)'];
const bTimes = ['17:00', '18:00', '19:00', '20:00'];
const bNav = ['Home', 'Book a court', 'Membership', 'Coaching', 'Events', 'Competitions', 'Contact us'];
const bFoot = ['About ClubSpark', 'Terms of use', 'Privacy policy', 'Cookie policy', 'Help'];
const bCell = (c: number, t: number): string => {
  const booked = (c + t) % 3 === 0;
  return booked
    ? `<div class="resource-session booked" data-resource="${c}" data-time="${t}"><span class="session-label">Booked</span></div>`
    : `<a href="#" class="resource-session book-interval not-booked" data-test-id="booking-${c}|${t}"><span class="available-booking-slot">Book</span>
<span class="cost">£0.00</span></a>`;
};
const bHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Book a court | Rushmere Park Tennis Club</title><meta name="description" content="Book tennis courts at Rushmere Park Tennis Club.">
<link href="/Content/css/venue.min.css?v=7.41.0" rel="stylesheet"><script src="https://www.googletagmanager.com/gtag/js?id=G-7H2QK"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7H2QK');</script>
<script>var CS = CS || {}; CS.VenueId = 'b2c4e1a0-7d1f'; CS.VenueName = 'Rushmere Park Tennis Club'; CS.BookingDate = '2026-06-12';</script></head>
<body class="venue booking-page theme-blue"><a class="skip-link sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite"><div class="cookie-consent-inner">
<p>We use cookies to make ClubSpark work and to help us improve it. Find out more in our <a href="/cookie-policy">cookie policy</a>.</p>
<button class="btn btn-primary js-cookie-accept">Accept all cookies</button><button class="btn btn-secondary js-cookie-settings">Cookie settings</button>
</div></div>
<header class="site-header"><div class="powered-by-bar"><div class="container"><a href="https://clubspark.lta.org.uk" class="clubspark-logo">
<img src="/Content/images/clubspark-logo-white.svg" alt="ClubSpark"></a><ul class="account-links"><li><a href="/Account/SignIn">Sign in</a></li>
<li><a href="/Account/Register">Register</a></li></ul></div></div>
<div class="venue-header"><div class="container"><a href="/RushmereParkTC" class="venue-name"><img src="/Uploads/rushmere/logo.png" alt="">
<span>Rushmere Park Tennis Club</span></a></div></div>
<nav class="venue-navigation" aria-label="Venue"><div class="container"><button class="nav-toggle" aria-expanded="false"><span>Menu</span></button>
<ul class="nav-list">${links(bNav, 'nav-item')}</ul></div></nav></header>
<main id="main-content" class="main-content"><div class="container"><div class="page-heading"><h1>${bTitle}</h1></div>
<div class="row"><div class="col-md-12"><div class="content-block booking-info cms-content">${ps(bBody)}</div>
<div class="booking-sheet-wrapper" id="booking-sheet" data-ng-app="bookingApp"><div class="booking-controls">
<button class="btn btn-link date-prev" aria-label="Previous day">&lsaquo;</button><span class="booking-date">Friday 12 June 2026</span>
<button class="btn btn-link date-next" aria-label="Next day">&rsaquo;</button><a class="btn btn-default" href="#" data-toggle="datepicker">Choose date</a></div>
<div class="booking-sheet"><div class="resource-wrap time-column"><div class="resource-header">&nbsp;</div>
${bTimes.map((t) => `<div class="time-label">${t}</div>`).join('')}</div>
${bCourts
  .map(
    (c, ci) => `<div class="resource-wrap" data-resource-name="${c}"><div class="resource-header"><h3 class="resource-name">${c}</h3></div>
${bTimes.map((_, ti) => bCell(ci, ti)).join('\n')}</div>`,
  )
  .join('\n')}
</div><div class="booking-key"><span class="key-item key-available">Available</span><span class="key-item key-booked">Booked</span>
<span class="key-item key-coaching">Coaching</span></div></div></div></div></div></main>
<footer class="site-footer"><div class="container"><div class="venue-contact"><h4>Rushmere Park Tennis Club</h4><p>Park Lane, Rushmere, IP4 5EQ</p></div>
<ul class="footer-links">${links(bFoot)}</ul><p class="copyright">© 2026 Lawn Tennis Association. ClubSpark is a product of Sport:80.</p></div></footer>
<script src="/bundles/booking?v=7.41.0"></script></body></html>`;
const clubspark: TestPage = {
  name: 'heldout494-clubspark-booking',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to make ClubSpark work and to help us improve it. Find out more in our cookie policy.', 'Accept all cookies',
    'Cookie settings', 'Sign in', 'Register', 'Rushmere Park Tennis Club', 'Menu', ...bNav.filter((t) => t !== bTitle), 'Friday 12 June 2026',
    'Choose date', ...bTimes, ...bCourts, 'Booked', 'Book', '£0.00', 'Available', 'Coaching', 'Park Lane, Rushmere, IP4 5EQ', ...bFoot,
    '© 2026 Lawn Tennis Association. ClubSpark is a product of Sport:80.',
  ],
};

export const HELDOUT494_B: readonly TestPage[] = [tableSite, clubspark].map(settle);
