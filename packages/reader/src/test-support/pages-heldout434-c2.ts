import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file c2: a tsunami warning centre's bulletin page, the message itself plain text in a `<pre>` (an old
 * table layout: agency header, top nav, left menu with the message list and an event map link, "available as" format
 * links, the bulletin with its product code, issuer and issue-time lines and "$$" end mark, disclaimer, footer).
 */
const tTitle = 'Tsunami Threat Message Number 2';
const tCode = 'WEPX42 SOTW 110512';
const tIssuer = 'SOUTHERN OCEAN TSUNAMI WARNING CENTRE - PORT ANNICK';
const tIssued = 'ISSUED AT 0512 UTC WED FEB 11 2026';
const tBlocks = [
  '...TSUNAMI THREAT MESSAGE...',
  j(
    '* THIS MESSAGE IS FOR COUNTRIES AND TERRITORIES ADJACENT TO THE TESLIN ISLANDS REGION. THERE IS NO TSUNAMI THREAT TO OTHER',
    'COASTS OF THE SOUTHERN OCEAN FROM THIS EARTHQUAKE.',
  ),
  '* AN EARTHQUAKE HAS OCCURRED WITH THESE PRELIMINARY PARAMETERS',
  '  MAGNITUDE      6.2',
  '  ORIGIN TIME    0417 UTC FEB 11 2026',
  '  COORDINATES    51.4 NORTH 176.9 WEST',
  '  DEPTH          38 KM / 24 MILES',
  '  LOCATION       TESLIN ISLANDS',
  j(
    '* BASED ON ALL AVAILABLE DATA... HAZARDOUS TSUNAMI WAVES FROM THIS EARTHQUAKE WERE POSSIBLE ONLY WITHIN 100 KM OF THE',
    'EPICENTER. SEA LEVEL GAUGES AT CARROW BAY AND PORT ANNICK RECORDED AMPLITUDES OF LESS THAN 0.1 METERS.',
  ),
  j(
    '* THE TSUNAMI THREAT FROM THIS EARTHQUAKE HAS NOW PASSED. SMALL SEA LEVEL CHANGES MAY CONTINUE FOR SEVERAL HOURS NEAR THE',
    'EPICENTER BUT ARE NOT EXPECTED TO BE HAZARDOUS.',
  ),
  j(
    '* GOVERNMENT AGENCIES RESPONSIBLE FOR THREATENED COASTAL AREAS SHOULD STAY ALERT FOR INFORMATION AND FOLLOW INSTRUCTIONS',
    'FROM NATIONAL AND LOCAL AUTHORITIES.',
  ),
  j('* THIS WILL BE THE FINAL MESSAGE ISSUED FOR THIS EVENT UNLESS ADDITIONAL INFORMATION BECOMES AVAILABLE.'),
];
const tNav = ['Home', 'Current Messages', 'Past Events', 'Tsunami Safety', 'Education', 'About Us'];
const tLeft = ['Message 1 - Threat', 'Message 2 - Final', 'Event map', 'Sea level observations'];
const tFormats = ['Text', 'CAP', 'XML', 'Atom'];
const tFoot = ['Disclaimer', 'Privacy Policy', 'Accessibility', 'Contact the Centre'];
const tPre = [tCode, 'TSUSOT', '', tTitle.toUpperCase(), tIssuer, tIssued, '', ...tBlocks.map((b) => `${b}\n`), '$$'].join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>SOTWC - ${tTitle} - Teslin Islands</title><meta name="keywords" content="tsunami, warning, bulletin, Teslin Islands">
<meta name="description" content="Tsunami message issued by the Southern Ocean Tsunami Warning Centre">
<link rel="stylesheet" type="text/css" href="/css/sotwc.css"><script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var msgRefresh=setTimeout(function(){location.reload();},300000);</script></head>
<body bgcolor="#ffffff"><table id="page" width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td id="header" colspan="2">
<a href="/"><img src="/images/sotwc_banner.png" alt="Southern Ocean Tsunami Warning Centre" width="760" height="80" border="0"></a>
<div id="agency">Southern Ocean Tsunami Warning Centre</div><div id="topnav"><ul>${links(tNav)}</ul></div></td></tr>
<tr><td id="leftmenu" width="180" valign="top"><div class="menuhead">This Event</div><ul>${links(tLeft)}</ul>
<div class="menuhead">Subscribe</div><p class="small">Get messages by email or RSS.</p></td>
<td id="content" valign="top"><h1 class="msgtitle">${tTitle}</h1>
<p class="formats">This message is also available as: ${tFormats.map((f) => `<a href="/events/20260211/msg2.${f.toLowerCase()}">${f}</a>`).join(' | ')}</p>
<div class="message"><pre>${tPre}</pre></div>
<p class="disclaimer">Messages are issued by the Southern Ocean Tsunami Warning Centre. Always follow the advice of your local emergency officials.</p>
</td></tr><tr><td id="footer" colspan="2"><ul>${links(tFoot)}</ul><p>Page last modified: Feb 11 2026 05:14 UTC</p></td></tr></table></body></html>`;
export const tsunami: TestPage = {
  name: 'heldout434-tsunami-centre-bulletin-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBlocks.map((b) => b.replace(/\s+/g, ' ').trim()),
  bylines: [tIssuer, tIssued, 'Page last modified: Feb 11 2026 05:14 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Southern Ocean Tsunami Warning Centre', ...tNav, 'This Event', ...tLeft, 'Subscribe', 'Get messages by email or RSS.',
    'This message is also available as: Text | CAP | XML | Atom', tCode, 'TSUSOT',
    'Messages are issued by the Southern Ocean Tsunami Warning Centre. Always follow the advice of your local emergency officials.', ...tFoot,
  ],
};
