import { type TestPage, texts } from './page-kit.js';
import { cells, j, tr } from './pages-heldout669-kit.js';

/**
 * Held-out batch 669, file f: a fleece price list on an old hand-made table-layout farm site (font tags, a left menu column,
 * a hit counter), and a sheep breed article on a MediaWiki wiki with the Vector 2022 skin (infobox, references, categories).
 */
const tTitle = 'Fleece for Sale – 2026 Clip';
const tIntro = j(
  'Our Balwen and Welsh Mountain ewes were shorn on 24th June. All fleeces are skirted by hand and kept dry in the loft.',
  'Fleeces are sold as they come off the sheep (not washed).',
);
const tHead = ['Lot', 'Breed', 'Colour', 'Weight', 'Price'];
const tRows = [
  ['1', 'Balwen', 'Black, white blaze', '1.6 kg', '£14'],
  ['2', 'Balwen', 'Dark brown', '1.4 kg', '£12'],
  ['3', 'Welsh Mountain', 'White', '1.9 kg', '£10'],
  ['4', 'Balwen x Jacob', 'Grey / brown', '2.2 kg', '£16'],
  ['5', 'Welsh Mountain', 'White, some kemp', '1.8 kg', '£6'],
];
const tOrderH = 'How to order';
const tOrder = [
  j(
    'Please ring Glenys on 01974 298 117 (evenings) or e-mail us. Fleeces can be collected from the farm or posted for £6.50 each.',
    'Payment by cheque or bank transfer.',
  ),
  'SOLD fleeces will be marked on this page as soon as we can.',
];
const tNav = ['Home', 'Our Sheep', 'Fleece', 'Holiday Caravan', 'Eggs', 'Links', 'Contact Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Garth Uchaf Farm - Fleece for Sale</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="fleece, Balwen, Welsh Mountain, spinning, Ceredigion, sheep"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" link="#4B5320" vlink="#4B5320">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Garth Uchaf Farm - Balwen Sheep"></td></tr>
<tr><td width="150" valign="top" bgcolor="#556B2F"><table width="150" border="0" cellpadding="6" cellspacing="0">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2"
 color="#FFFFFF"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="40" alt=""></td></tr>
<tr><td align="center"><font face="Verdana" size="1" color="#FFFFFF">You are visitor no.<br><img src="/cgi-bin/Count.cgi?df=garth.dat"
 alt="004521"></font></td></tr>
</table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p align="center"><font face="Georgia, Times New Roman, serif" size="5" color="#4B5320"><b>${tTitle}</b></font></p>
<p>${tFont(tIntro)}</p>
<table width="95%" border="1" cellpadding="4" cellspacing="0" bordercolor="#556B2F" align="center">
<tr bgcolor="#556B2F">${tHead.map((h) => `<td><font face="Verdana" size="2" color="#FFFFFF"><b>${h}</b></font></td>`).join('')}</tr>
${tRows.map((r) => tr(r.map(tFont))).join('\n')}
</table>
<p>${tFont('<img src="images/new.gif" width="28" height="11" alt="new"> <i>Photos of each lot on request.</i>')}</p>
<h3><font face="Georgia, Times New Roman, serif" color="#4B5320">${tOrderH}</font></h3>
${tOrder.map((p) => `<p>${tFont(p)}</p>`).join('\n')}
<p>${tFont('<a href="mailto:glenys@garthuchaf.co.uk">glenys@garthuchaf.co.uk</a>')}</p>
<hr width="80%" size="1" color="#556B2F">
<p align="center"><font face="Verdana" size="1">Last updated 2nd July 2026<br>Best viewed at 1024 x 768 with Internet Explorer or Firefox<br>
&copy; Garth Uchaf Farm, Pontrhydygroes, Ceredigion<br>Site by <a href="http://www.ystwythweb.co.uk">Ystwyth Web Design</a></font></p>
</td></tr></table></td></tr></table>
<!-- Start of StatCounter Code --><script type="text/javascript">var sc_project=2231458; var sc_invisible=1; var sc_security="a9c1f02e";</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script><!-- End of StatCounter Code --></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout669-table-layout-fleece-prices',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [tOrderH],
  body: texts([tIntro, ...tRows.map(cells), 'Photos of each lot on request.', ...tOrder, 'glenys@garthuchaf.co.uk']),
  bylines: ['Last updated 2nd July 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Our Sheep', 'Holiday Caravan', 'Eggs', 'Links', 'Contact Us', 'You are visitor no.', 'Best viewed at 1024 x 768 with Internet Explorer or Firefox',
    '© Garth Uchaf Farm, Pontrhydygroes, Ceredigion', 'Site by Ystwyth Web Design',
  ],
};

export const HELDOUT669_F: readonly TestPage[] = [tableLayout];
