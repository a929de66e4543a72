import { type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout527-kit.js';

/**
 * Held-out batch 527, file f2: a tea room's "Cream Teas" page on an old hand-made table layout (Dreamweaver rollover scripts, font
 * tags, a left navigation column, a marquee, a hit counter and a "best viewed" line), with no h1 or h2 at all.
 */
const tTitle = 'Our Cream Teas';
const tH1 = 'The Tea Menu';
const tH2 = 'Finding Us';
const tIntro = [
  j(
    'Welcome to Bramble Cottage! We have been serving cream teas in our 17th century cottage at Upper Wenning since 1988. All of',
    'our scones are baked fresh every morning by Mrs Joan Pellow, using her grandmother\u2019s recipe, and our jams are made in the',
    'cottage kitchen from fruit picked in the village.',
  ),
  j(
    'In fine weather you can take your tea in the walled garden, among the roses and the old bee skeps. On cold days there is a',
    'log fire in the front parlour.',
  ),
];
const tRows = [
  ['Cream Tea', 'Two scones, clotted cream, jam and a pot of tea', '\u00a33.95'],
  ['Bramble Tea', 'As above, with a slice of homemade cake', '\u00a35.25'],
  ['Farmhouse Tea', 'Sandwiches, scones and cake for one', '\u00a36.50'],
  ['Pot of Tea', 'Assam, Earl Grey, Darjeeling or Lapsang', '\u00a31.40'],
];
const tMenuNote = 'Children\u2019s portions are available. We regret we cannot take credit cards.';
const tFind = [
  j(
    'Bramble Cottage is on the B3412 between Wenning and Coldharbour, opposite the church. There is parking for six cars in the',
    'lane and more at the village hall.',
  ),
  'Open Wednesday to Sunday, 11am to 5pm, March to October. Coaches by appointment only.',
];
const tNav = ['Home', 'Cream Teas', 'Lunches', 'Gift Shop', 'Guest Book', 'Links'];
const font = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Bramble Cottage Tea Rooms - Cream Teas</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="cream tea, tea rooms, Upper Wenning, scones, clotted cream">
<meta name="description" content="Bramble Cottage Tea Rooms, Upper Wenning. Traditional cream teas since 1988.">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
//-->
</script>
<style type="text/css">
<!--
a:link { color: #5C3317; text-decoration: none; }
a:hover { color: #8B0000; text-decoration: underline; }
.small { font-family: Verdana, Arial; font-size: 10px; color: #666666; }
-->
</style>
</head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_teas_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Bramble Cottage Tea Rooms, Upper Wenning"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#5C3317"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>Now open on Sundays through the
winter!</b></font>
</marquee></td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#E8DCC0">
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `        <tr><td>${font(`<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a>`)}</td></tr>`).join('\n')}
      </table>
      <p align="center"><img src="images/teapot.gif" width="90" height="80" alt=""></p>
      <p align="center" class="small">You are visitor number<br><img src="/cgi-bin/counter.pl?df=bramble.dat" alt="004213"></p>
    </td>
    <td width="600" valign="top" bgcolor="#FFFFFF">
      <table width="100%" border="0" cellspacing="0" cellpadding="15">
        <tr>
          <td>
            <font face="Georgia, Times New Roman, Times, serif" size="5" color="#5C3317"><b>${tTitle}</b></font><br>
            <br>
            ${font(`${tIntro[0]}<br>\n            <br>\n            ${tIntro[1]}`)}<br>
            <br>
            <font face="Georgia, Times New Roman, Times, serif" size="4" color="#5C3317"><b>${tH1}</b></font><br>
            <br>
            <table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#E8DCC0">
${tRows
  .map(
    (r) =>
      `              <tr>\n${r
        .map(
          (c, i) => `               
<td${i === 2 ? ' align="right"' : ''}>${font(i === 0 ? `<b>${c}</b>` : c)}</td>`,
        )
        .join('\n')}\n              </tr>`,
  )
  .join('\n')}
            </table>
            <br>
            ${font(`<i>${tMenuNote}</i>`)}<br>
            <br>
            <font face="Georgia, Times New Roman, Times, serif" size="4" color="#5C3317"><b>${tH2}</b></font><br>
            <br>
            ${font(`${tFind[0]}<br>\n            <br>\n            ${tFind[1]}`)}<br>
            <br>
            <p align="center"><img src="images/scones.jpg" width="400" height="267" alt="Scones and jam" border="1"><br>
            <span class="small">Fresh from the oven</span></p>
          </td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#E8DCC0" align="center"><span class="small">&copy; 2005 Bramble Cottage Tea Rooms, Upper Wenning. Tel: 01632 960 251<br>
      Page last updated: 12/05/2005 | Best viewed at 800x600 with Internet Explorer 6<br>
      <a href="http://www.tearoomring.example/next?id=41">Next &gt;&gt;</a> | Member of the Tea Room Web Ring |
      <a href="http://www.tearoomring.example/prev?id=41">&lt;&lt; Prev</a></span></td>
  </tr>
</table>
</body>
</html>`;
const tableLayout: TestPage = {
  name: 'heldout527-table-layout-tea-room',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tIntro, ...tRows.map((r) => r.join(' ')), tMenuNote, ...tFind]),
  bylines: ['Page last updated: 12/05/2005'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now open on Sundays through the winter!', ...tNav, 'You are visitor number', 'Fresh from the oven',
    '\u00a9 2005 Bramble Cottage Tea Rooms, Upper Wenning. Tel: 01632 960 251', 'Best viewed at 800x600 with Internet Explorer 6', 'Next >>',
    'Member of the Tea Room Web Ring', '<< Prev',
  ],
};

export const HELDOUT527_F2: readonly TestPage[] = [tidy(tableLayout)];
