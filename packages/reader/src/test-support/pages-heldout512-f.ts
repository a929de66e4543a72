import type { TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file f: a family coach firm's booking conditions on an old FrontPage table layout (fixed-width
 * tables, font tags, a left navigation cell with a news box, a hit counter).
 */
const tTitle = 'Booking Conditions';
const tIntro = j(
  'These conditions apply to every private hire booking with Tamsin Valley Coaches. Please read them before you confirm. If',
  'anything is unclear, ring the office and we will be glad to explain.',
);
const tClauses: [string, string][] = [
  [
    '1. Quotations',
    j(
      'Quotations are valid for 28 days. The price quoted covers the coach, the driver and fuel for the journey described. Extra',
      'mileage or waiting asked for on the day will be charged at our standard rates.',
    ),
  ],
  [
    '2. Deposits and payment',
    j(
      'A deposit of 20% is payable when you confirm the booking, and the balance is due 14 days before the day of travel. Schools,',
      'parish councils and account customers may pay within 30 days of our invoice.',
    ),
  ],
  ['3. Cancellation', 'If you cancel a booking, we will keep the following part of the price:'],
  [
    "4. Drivers' hours",
    j(
      'Our drivers must keep to the law on driving hours and rest. We cannot ask a driver to carry on past these limits, and on',
      'long days we may need to send a second driver, whose cost will be added to the price.',
    ),
  ],
  [
    '5. Conduct and damage',
    j(
      'The hirer is responsible for the behaviour of the party. The driver may refuse to carry anyone who is drunk or abusive.',
      'Damage to the coach, and cleaning beyond normal use, will be charged to the hirer at cost.',
    ),
  ],
  ['6. Luggage and lost property', "Luggage is carried at the owner's risk. Property left on the coach will be kept at the depot for one month."],
  [
    '7. Delays',
    j(
      'We will do our best to keep to the times agreed, but we cannot be responsible for delays caused by traffic, weather or',
      'breakdown. If a coach breaks down, we will send a replacement as quickly as we can.',
    ),
  ],
];
const tCancel = [
  ['More than 28 days before travel', 'The deposit only'],
  ['8 to 28 days before travel', 'Half of the price'],
  ['7 days or less before travel', 'The full price'],
];
const tNav = ['Home', 'Coach Hire', 'Day Trips', 'Our Fleet', 'School Runs', 'Contact Us'];
const tF = (t: string, size = 2, extra = ''): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}"${extra}>${t}</font>`;
const tClauseHtml = tClauses
  .map(([h, p], i) => {
    const table =
      i === 2
        ? `<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#99AACC" align="center">
${trs(tCancel.map((r) => r.map((c) => tF(c))))}</table>`
        : '';
    return `<h3>${tF(h, 2, ' color="#003399"')}</h3>\n<p>${tF(p)}</p>${table}`;
  })
  .join('\n');
const tHtml = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>Tamsin Valley Coaches - Booking Conditions</title>
<meta name="keywords" content="coach hire, coaches, minibus, tamsin valley, day trips, school transport">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif')"><a name="top"></a>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="110" alt="Tamsin Valley Coaches - Est. 1962"></td></tr>
<tr><td colspan="2" bgcolor="#003399" height="22">
${tF('&nbsp;Tel: 01632 960315 &nbsp;|&nbsp; Fax: 01632 960316 &nbsp;|&nbsp; Open Mon-Sat 8am-6pm', 1, ' color="#FFFFFF"')}</td></tr>
<tr><td width="160" valign="top" bgcolor="#E6ECF5"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="150" border="0" cellspacing="0" cellpadding="3" align="center">
${tNav
  .map(
    (t) => `<tr><td><img src="images/bullet.gif" width="8" height="8" alt="">
<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${tF(`<b>${t}</b>`)}</a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/bullet.gif" width="8" height="8" alt=""> ${tF('<b>Booking Conditions</b>', 2, ' color="#999999"')}</td></tr></table><br>
<table width="150" border="1" cellspacing="0" cellpadding="5" bordercolor="#003399" bgcolor="#FFFFCC" align="center"><tr><td>${tF('<b>Latest News</b>', 2)}<br>
${tF('<b>Christmas Lights Tours</b><br>Now booking for December. Only &pound;14 per person!', 1)}<br>${tF('<a href="news.htm">more...</a>', 1)}</td></tr>
</table><br>
<div align="center"><img src="images/cpt_member.gif" width="120" height="60" alt="Member"></div></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<h1>${tF(tTitle, 5, ' color="#003399"')}</h1>
<p>${tF(tIntro)}</p>
${tClauseHtml}
<p align="center">${tF('<a href="#top">Back to top</a>', 1)}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center"><hr size="1" noshade color="#003399">${tF('&copy; Tamsin Valley Coaches 1999-2026', 1)}<br>
${tF('Page last updated 14/03/2026', 1)}<br><img src="/cgi-bin/counter.pl?page=conditions" alt="counter" border="0"> ${tF('visitors since 1st January 2003', 1)}
<br><br></td></tr>
</table>
</body>
</html>`;
const tamsin: TestPage = {
  name: 'heldout512-table-layout-coach-terms',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tClauses.map(([h]) => h),
  body: [tIntro, ...tClauses.flatMap(([, p], i) => (i === 2 ? [p, ...rowTexts(tCancel)] : [p]))],
  bylines: ['Page last updated 14/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 01632 960315 | Fax: 01632 960316 | Open Mon-Sat 8am-6pm', ...tNav, 'Latest News', 'Christmas Lights Tours',
    'Now booking for December. Only £14 per person!', 'more...', 'Back to top', '© Tamsin Valley Coaches 1999-2026', 'visitors since 1st January 2003',
  ],
};

export const HELDOUT512_F: readonly TestPage[] = [tamsin];
