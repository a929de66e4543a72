import { ps, type TestPage, texts } from './page-kit.js';
import { lis, waybackBar, waybackHead, waybackTail, waybackTexts } from './pages-heldout268-kit.js';

/**
 * Held-out batch 268, file e2: a Wayback Machine capture of a 2009 small-daily news page laid out in nested tables (spacer gifs,
 * <font> tags, a left column of section links, a "Top Stories" box, the story cell with its headline, byline, dateline and
 * "Posted" line, a printer-friendly / e-mail bar, a photo table with caption, "Related Links", a "Your comments" teaser, the
 * weather and poll boxes in the right column and a footer table).
 */
const ts = '20090827140355';
const url = 'http://www.thekestrelgazette.com/news/story.asp?id=20090826-0412';
const title = 'Grain elevator fire forces evacuation of Kestrel Falls east side';
const p = [
  `KESTREL FALLS — About 300 residents on the east side of Kestrel Falls spent Wednesday night away from home after a fire broke
out in the top of the old Prairie Co-op grain elevator on Railroad Avenue.`,
  `Fire Chief Lyle Amundsen said the fire was reported at 4:20 p.m. by a worker who saw smoke coming from the head house, more
than 100 feet above the ground. Because grain dust can explode, crews were ordered to stay back and fight the fire from ladder
trucks while police went door to door on the streets closest to the elevator.`,
  `"Our first worry was a dust explosion," Amundsen said. "We weren't going to send anybody up inside that structure."`,
  `Residents of eight blocks between Railroad Avenue and Fifth Street were asked to leave. Most stayed with family, while about
40 people spent the night at the Kestrel Falls High School gym, where the Red Cross set up cots and served supper.`,
  `The elevator has been owned by Prairie Co-op since 1957 and was mostly empty, holding about 20,000 bushels of wheat left over
from last year's harvest, manager Doreen Haugland said. Nobody was inside when the fire started.`,
  `By 11 p.m. the flames were out, but crews stayed through the night to watch for hot spots. Amundsen said the evacuation would
be lifted Thursday morning once the state fire marshal's office had looked at the structure.`,
  `The cause of the fire is under investigation. Haugland said an electrical motor that runs the bucket conveyor at the top of
the elevator had been repaired last week, and investigators would look at it first.`,
  `Neighbors who gathered at the corner of Fifth Street to watch said the smoke could be seen from the highway. Several said
they had worried for years about the empty elevator, which the co-op stopped using for most of its grain in 2004 after it
built new steel bins west of town.`,
  `Railroad Avenue will stay closed between Fourth and Sixth streets until further notice.`,
];
const sections = ['Home', 'Local News', 'Sports', 'Obituaries', 'Opinion', 'Classifieds', 'Archives', 'Contact Us'];
const top = ['School board sets levy vote for November', 'Kestrels open season at home Friday', 'County fair numbers up despite rain'];
const relatedL = ['Photo gallery: Elevator fire', 'Co-op plans new bins on Highway 12 (July 2009)'];
const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>${waybackHead}
<title>The Kestrel Gazette - ${title}</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Kestrel Falls, news, fire, elevator"><link href="/web/${ts}cs_/http://www.thekestrelgazette.com/style.css" rel="stylesheet">
<script language="JavaScript">function openPrint(id){window.open('/web/${ts}/http://www.thekestrelgazette.com/print.asp?id='+id,'print','width=600');}</script>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
${waybackBar('14', '27 Aug 2009 - 03 Mar 2012', 'Alexa Crawls', 'Alexa Crawls DU', ts, url, ['JUL', 'AUG', 'SEP'])}
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3" bgcolor="#003366">
<a href="/web/${ts}/http://www.thekestrelgazette.com/"><img src="/web/${ts}im_/http://www.thekestrelgazette.com/images/masthead.gif" width="780" height="90"
alt="The Kestrel Gazette" border="0"></a></td></tr>
<tr><td colspan="3" bgcolor="#CCCCCC" height="22">
<font face="Arial" size="1">&nbsp;Thursday, August 27, 2009 &nbsp;|&nbsp; Serving Kestrel County since 1911</font></td></tr>
<tr><td width="140" valign="top" bgcolor="#E8E8E8"><table width="140" cellpadding="4"><tr><td><font face="Arial" size="2"><b>SECTIONS</b></font></td></tr>
${sections
  .map(
    (s) => `<tr><td class="navlink"><a href="/web/${ts}/http://www.thekestrelgazette.com/${s.toLowerCase().replace(' ', '')}.asp">${s}</a></td>
</tr>`,
  )
  .join('\n')}
<tr><td><img src="/web/${ts}im_/http://www.thekestrelgazette.com/images/spacer.gif" width="1" height="10"></td></tr>
<tr><td bgcolor="#003366"><font color="#FFFFFF" face="Arial" size="2"><b>Top Stories</b></font></td></tr>
<tr><td><font size="1" face="Arial"><ul>${lis(top)}</ul></font></td></tr></table></td>
<td width="480" valign="top"><table width="100%" cellpadding="8"><tr><td>
<font face="Georgia" size="5" class="headline"><b>${title}</b></font><br>
<font face="Arial" size="2" class="byline">By Warren Tollefson<br>Gazette Staff Writer</font><br>
<font face="Arial" size="1" color="#666666">Posted: Thursday, August 27, 2009 6:02 AM CDT</font>
<table width="100%" cellpadding="2"><tr><td align="right"><font face="Arial" size="1">
<a href="javascript:openPrint('20090826-0412')">Printer-friendly version</a>
| <a href="/web/${ts}/http://www.thekestrelgazette.com/email.asp?id=20090826-0412">E-mail this story</a></font></td></tr></table>
<table align="right" width="220" cellpadding="4" border="0"><tr><td><img src="/web/${ts}im_/http://www.thekestrelgazette.com/photos/0826fire.jpg" width="210"
height="150"></td></tr><tr><td><font face="Arial" size="1"><i>Smoke pours from the Prairie Co-op elevator Wednesday. (Gazette photo by Sue Lindahl)</i>
</font></td>
</tr></table>
<font face="Georgia" size="3" class="storybody">
${ps(p)}
</font>
<p><font face="Arial" size="2"><b>Related Links</b></font></p><ul>${lis(relatedL)}</ul>
<table width="100%" bgcolor="#F0F0F0" cellpadding="6"><tr><td><font face="Arial" size="2"><b>Your comments</b> (3)<br>
Comments are moderated and may take up to 24 hours to appear. <a href="#">Add your comment</a></font></td></tr></table>
</td></tr></table></td>
<td width="160" valign="top" bgcolor="#F5F5F5"><table width="160" cellpadding="4"><tr><td bgcolor="#003366"><font color="#FFFFFF" face="Arial" size="2">
<b>Weather</b></font></td></tr><tr><td><font face="Arial" size="2">Sunny, 78°F</font></td></tr>
<tr><td bgcolor="#003366"><font color="#FFFFFF" face="Arial" size="2"><b>Reader Poll</b></font></td></tr>
<tr><td><font face="Arial" size="2">Should the city buy the old elevator site?<br><input type="radio" name="poll"> Yes<br>
<input type="radio" name="poll"> No<br>
<input type="submit" value="Vote"></font></td></tr>
<tr><td><font face="Arial" size="1">ADVERTISEMENT</font><br><img src="/web/${ts}im_/http://ads.example/banner160.gif" width="160" height="600"></td></tr>
</table></td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font color="#FFFFFF" face="Arial" size="1">Copyright © 2009 The Kestrel Gazette. All rights reserved.
| 214 Main Street, Kestrel Falls | (701) 555-0190</font></td></tr></table>
</body></html>${waybackTail('14:03:55 Aug 27, 2009')}`;
export const table2009: TestPage = {
  name: 'heldout268-wayback-table-layout-2009-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p),
  bylines: ['By Warren Tollefson', 'Gazette Staff Writer', 'Posted: Thursday, August 27, 2009 6:02 AM CDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...waybackTexts('14', '27 Aug 2009 - 03 Mar 2012', 'Alexa Crawls', 'Alexa Crawls DU', ts, url, ['JUL', 'AUG', 'SEP']),
    'Thursday, August 27, 2009 | Serving Kestrel County since 1911', 'SECTIONS', ...sections, 'Top Stories', ...top, 'Printer-friendly version',
    'E-mail this story', 'Smoke pours from the Prairie Co-op elevator Wednesday. (Gazette photo by Sue Lindahl)', 'Related Links', ...relatedL,
    'Your comments', 'Comments are moderated and may take up to 24 hours to appear.', 'Add your comment', 'Weather', 'Sunny, 78°F', 'Reader Poll',
    'Should the city buy the old elevator site?', 'Yes', 'ADVERTISEMENT',
    'Copyright © 2009 The Kestrel Gazette. All rights reserved. | 214 Main Street, Kestrel Falls | (701) 555-0190',
  ],
};
