import { type TestPage, texts } from './page-kit.js';
import { hyperkittyThread } from './pages-heldout35-c2.js';

/**
 * Held-out batch 35, file c: a Groups.io topic as saved logged out (the fixed navbar with Log In / Sign Up, the group sidebar
 * with its sections and "Join This Group", the topic header with a hashtag label, the paging bar with previous / next topic,
 * messages as expanded rows with avatar initials, a name, a date with its full form in a title, a message number, e-mail
 * bodies with "Show quoted text" toggles over hidden quotes, ham-radio sign-offs, hidden reply buttons and the footer).
 */
const giTitle = 'Receiver dead on 40m after finishing the band module';
const giM1 = [
  'Finished the 40m band module for my Wren-4 last night. 20m and 30m both work fine, but on 40m the receiver is almost completely ' +
    'dead. I can just hear a strong local station if I touch the antenna connector, nothing otherwise.',
  'I have checked every solder joint on the module under a magnifier and compared the parts against the bill of materials twice. ' +
    'The toroids were wound per the manual, 21 turns on T37-2 for L3 and L4. Any ideas where to look next?',
];
const giM2 = [
  'Hi Tomasz,',
  'The most common cause of exactly this symptom is the enamel on the toroid leads. If it isn’t fully scraped or burned off where ' +
    'the wire goes into the board, the joint looks fine but doesn’t conduct. Check continuity across L3 and L4 with the meter probes ' +
    'right on the pads.',
  'The second most common is the band relay jumper. The 40m module needs JP2 moved to the B position, which is easy to miss because ' +
    'the manual mentions it on the page after the winding instructions.',
];
const giM3 = [
  'It was the jumper. JP2 was still in A. Moved it and the band came alive, signals everywhere. I feel a bit silly, but thank you.',
  'For the record, the toroids measured fine too. While I had the iron hot I reflowed the relay pins anyway, since two of them ' +
    'looked a little dull, and the receiver is now as quiet as the other bands with the antenna off.',
];
const giM4 = [
  'Don’t feel silly, I did exactly the same thing on my first module. Would it be possible to put a note about JP2 on the first ' +
    'page of the 40m instructions? I think a lot of us read the winding part and go straight to the soldering.',
];
const giM5 = [
  'Fair point, Linnea. I have added a bold note at the top of the 40m and 60m manuals; the updated PDFs are in the Files section ' +
    'of the group. The next printing of the paper manual will have it on the first page, with a photo of the jumper in the ' +
    'right position.',
];
const giQ = (when: string, who: string, text: string): string =>
  `<div class="showquotedtext"><a href="#" class="showquotedtext-link">Show quoted text</a></div><div class="quotedtext" style="display:none">\
<div>On ${when}, ${who} wrote:</div><blockquote type="cite">${text}</blockquote></div>`;
type GiMsg = { id: number; name: string; initials: string; date: string; full: string; body: string; sig?: string };
const giMsg = (m: GiMsg): string => `
<tr><td><div class="expanded-message" id="expanded_${m.id}"><div class="clearfix"><div class="pull-left avatar-col">
<span class="avatar-initials avatar-initials-md" style="background-color:#5a8f7b">${m.initials}</span></div>
<div class="message-header"><span class="sender-name"><u><b>${m.name}</b></u></span>
<span class="pull-right"><span class="msg-date" title="${m.full}">${m.date}</span> &nbsp;<a href="https://groups.io/g/qrp-builders/message/${m.id}"
 class="msg-number">#${m.id}</a></span></div></div>
<div class="user-content" id="msgbody${m.id}"><div dir="ltr">${m.body}</div>${m.sig === undefined ? '' : `<div class="gmail_signature">${m.sig}</div>`}</div>
<div class="message-buttons hidden-print" style="display:none"><a class="btn btn-default btn-xs" href="#">Reply</a>
<a class="btn btn-default btn-xs" href="#">More</a></div></div></td></tr>`;
const giSide = ['Home', 'Messages', 'Hashtags', 'Photos', 'Files', 'Wiki', 'Calendar', 'Members'];
const giFoot = ['Top', 'About', 'Features', 'Pricing', 'Help', 'Privacy', 'Terms', 'Contact'];
const giP = (ps: readonly string[]): string => ps.map((p) => `<div>${p}</div><div><br></div>`).join('\n');
const giHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>qrp-builders@groups.io | ${giTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${giTitle}"><meta property="og:site_name" content="Groups.io">
<link href="https://groups.io/static/css/bootstrap.min.css?v=1.2" rel="stylesheet"><link href="https://groups.io/static/css/gio.css?v=2611" rel="stylesheet">
<script type="text/javascript">var gio = gio || {}; gio.csrf = "q8f3kZr0b1xUv7mT"; gio.loggedIn = false;</script></head>
<body><nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="https://groups.io/"><img src="https://groups.io/img/groupsio-logo.svg" alt="Groups.io" height="22"></a></div>
<ul class="nav navbar-nav navbar-right"><li><a href="https://groups.io/login">Log In</a></li><li><a href="https://groups.io/register">Sign Up</a></li></ul>\
</div></nav>
<div class="container-fluid" id="page"><div class="row"><div class="col-sm-3 col-lg-2 hidden-xs" id="sidebar"><div class="sidebar-group">
<a href="https://groups.io/g/qrp-builders" class="group-name">qrp-builders@groups.io</a><p class="group-desc">Builders of the Wren QRP kits</p></div>
<ul class="nav nav-pills nav-stacked">${giSide.map((t) => `<li><a href="https://groups.io/g/qrp-builders/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<a class="btn btn-success btn-sm join-btn" href="https://groups.io/g/qrp-builders/join">Join This Group</a></div>
<div class="col-sm-9 col-lg-10" id="main"><div id="topic-header"><ol class="breadcrumb"><li><a href="https://groups.io/g/qrp-builders/topics">Topics</a></li>
</ol><h3 class="topic-title"><span class="subject">${giTitle}</span> <a class="label label-default hashtag" style="background-color:#d9534f"
 href="https://groups.io/g/qrp-builders/topics?hashtag=help">#help</a></h3></div>
<div class="btn-toolbar topic-toolbar"><div class="btn-group"><span class="btn btn-default btn-sm disabled">Date</span></div>
<span class="pagination-summary">1 - 5 of 5</span><div class="btn-group pull-right"><a class="btn btn-default btn-sm" href="#">Previous Topic</a>
<a class="btn btn-default btn-sm" href="#">Next Topic</a></div></div>
<table class="table table-fixed" id="records"><tbody>
${giMsg({ id: 48210, name: 'Tomasz Wilk', initials: 'TW', date: 'Jan 10', full: 'Sat, 10 Jan 2026 20:41:07 CET', body: giP(giM1), sig: '73, Tomasz SP9TWK' })}
${giMsg({
  id: 48214,
  name: 'Dave Albrecht',
  initials: 'DA',
  date: 'Jan 10',
  full: 'Sat, 10 Jan 2026 14:58:40 PST',
  body: `${giP(giM2)}${giQ('Sat, Jan 10, 2026 at 08:41 PM', 'Tomasz Wilk', giM1[0] ?? '')}`,
  sig: 'Dave Albrecht / Wren Kits / wrenkits.example',
})}
${giMsg({
  id: 48229,
  name: 'Tomasz Wilk',
  initials: 'TW',
  date: 'Jan 11',
  full: 'Sun, 11 Jan 2026 10:12:55 CET',
  body: `${giP(giM3)}${giQ('Sat, Jan 10, 2026 at 11:58 PM', 'Dave Albrecht', giM2[2] ?? '')}`,
  sig: '73, Tomasz SP9TWK',
})}
${giMsg({ id: 48233, name: 'Linnea Berg', initials: 'LB', date: 'Jan 11', full: 'Sun, 11 Jan 2026 07:30:19 EST', body: giP(giM4), sig: 'Linnea, KC1VRB' })}
${giMsg({ id: 48251, name: 'Dave Albrecht', initials: 'DA', date: 'Jan 12', full: 'Mon, 12 Jan 2026 09:04:02 PST', body: giP(giM5) })}
</tbody></table><div class="btn-toolbar topic-toolbar"><span class="pagination-summary">1 - 5 of 5</span>
<div class="btn-group pull-right"><a class="btn btn-default btn-sm" href="#">Previous Topic</a><a class="btn btn-default btn-sm" href="#">Next Topic</a></div>
</div></div></div></div>
<footer class="footer"><div class="container-fluid"><ul class="list-inline">${giFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
<p class="text-muted">© 2026 Groups.io</p></div></footer>
<script src="https://groups.io/static/js/jquery.min.js"></script><script>$(".showquotedtext-link").click(function(e){e.preventDefault();\
$(this).parent().next(".quotedtext").toggle();});</script></body></html>`;
const groupsioTopic: TestPage = {
  html: giHtml,
  name: 'heldout35-groupsio-topic',
  kind: 'forum',
  // the five messages are body, the greeting "Hi Tomasz," with them; the quoted earlier messages behind "Show quoted text" (and
  // their "On ..., ... wrote:" lines) are in neither; names and the short dates are bylines (the full dates sit in title
  // attributes only); the e-mail sign-offs under each message ("73, Tomasz SP9TWK", "Linnea, KC1VRB", Dave's shop line) are
  // signatures: furniture; message numbers, the hashtag label, the group sidebar, paging, the hidden reply buttons, navbar and
  // footer are furniture; "Home", "Files", "Top", "About", "Help" and "Date" are left out (words of the body or too short to tell)
  title: giTitle,
  headings: [],
  body: texts([...giM1, ...giM2, ...giM3, ...giM4, ...giM5]),
  bylines: ['Tomasz Wilk', 'Jan 10', 'Dave Albrecht', 'Jan 11', 'Linnea Berg', 'Jan 12'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Sign Up', 'qrp-builders@groups.io', 'Builders of the Wren QRP kits', ...giSide.filter((t) => t !== 'Home' && t !== 'Files'),
    'Join This Group', 'Topics', '#help', '1 - 5 of 5', 'Previous Topic', 'Next Topic', '#48210', '#48214', '#48229', '#48233', '#48251',
    '73, Tomasz SP9TWK', 'Dave Albrecht / Wren Kits / wrenkits.example', 'Linnea, KC1VRB', 'Show quoted text', 'Reply', 'More',
    ...giFoot.filter((t) => t !== 'Top' && t !== 'Help' && t !== 'About'), '© 2026 Groups.io',
  ],
};

export const HELDOUT35_C: readonly TestPage[] = [groupsioTopic, hyperkittyThread];
