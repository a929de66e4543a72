import { links, type TestPage, texts } from './page-kit.js';
import { googleGroupsThread } from './pages-heldout229-a2.js';

/**
 * Held-out batch 229, file a: a groups.io topic page of a model-railway group as a signed-out visitor saves it (the navbar
 * with Log In / Sign Up, the group's left menu, the topic header with its hashtags, each message's "From", date and "#"
 * number with the Reply / Reply to Sender / More controls, the quoted text a reply carries, the hidden "Topic options"
 * dropdown, the "Previous Topic" / "Next Topic" pager and the footer) and, from file a2, a Google Groups conversation.
 */
const gTitle = 'DCC booster trips every time a train enters the reversing loop';
const gM1 = [
  'I finally have the reversing loop on the lower deck wired, and every time a loco crosses the gap at the far end the booster ' +
    'shuts down. The auto-reverser is a Lenz-style unit from the club swap table, set to its middle sensitivity, and the loop is ' +
    'about eleven metres long with insulated joiners in both rails at each end.',
  'It happens with every engine, including a plain four-wheel shunter with no sound and no lights. The booster is rated at 3 amps ' +
    'and the rest of the layout draws well under 1 amp when three trains are running. Has anybody seen this before?',
];
const gM2 = [
  'Nine times out of ten this is a race between the reverser and the booster. When the wheels bridge the gap the booster sees a ' +
    'dead short, and if its own protection trips before the reverser has flipped the loop, you get exactly what you describe.',
  'Two things to try. First, turn the reverser up to its most sensitive setting so it reacts sooner. Second, check whether your ' +
    'booster has an adjustable trip time; many of them let you slow it down to 100 ms or more, which gives the reverser time to win.',
  'It is also worth checking the gaps are not staggered. If the two rail gaps are more than a wheelbase apart, a loco can bridge ' +
    'one gap and then the other, and you get two shorts in a row.',
];
const gM3 = [
  'Thank you, that was it. The gap on the inner rail was a good 40 mm further along than the outer one. I cut a new gap opposite ' +
    'the first, filled the old one with styrene and set the reverser to its most sensitive setting.',
  'Twenty passes with the shunter and a long coal train this evening and not a single trip. I have written it up for the group ' +
    'wiki page on loops so the next person finds it there.',
];
const gQuote = 'Nine times out of ten this is a race between the reverser and the booster.';
const gNav = ['Home', 'Messages', 'Calendar', 'Files', 'Photos', 'Wiki', 'Members', 'Subscribe'];
const gFoot = ['About', 'Pricing', 'Features', 'Blog', 'Help', 'Terms of Service', 'Privacy Policy'];
const gMsg = (id: number, from: string, date: string, body: string, quote = ''): string => `<div class="table-background-color"
id="msg${id}"><div class="expanded-message" data-msgnum="${id}"><table class="table table-condensed table-fixed"><tbody><tr><td>
<div class="media"><div class="media-left"><img class="media-object img-circle" src="/img/profile/${id}.png" alt=""></div>
<div class="media-body"><div class="pull-right"><span class="hidden-xs"><a href="/g/sloperiver-rail/message/${id}">
<span title="${date}">${date}</span></a></span> &nbsp;<a href="/g/sloperiver-rail/message/${id}" class="msgnum">#${id}</a>
</div><u>${from}</u></div></div>
<div class="user-content" dir="auto">${body}${quote === '' ? '' : `<div class="gmail_quote"><blockquote type="cite">${quote}</blockquote></div>`}</div>
<div class="hidden-print"><div class="btn-group" role="group"><a href="/g/sloperiver-rail/post?repl=${id}" class="btn btn-default btn-sm">Reply</a>
<a href="/g/sloperiver-rail/post?replsender=${id}" class="btn btn-default btn-sm">Reply to Sender</a>
<button type="button" class="btn btn-default btn-sm dropdown-toggle" data-toggle="dropdown">More</button></div></div>
</td></tr></tbody></table></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>sloperiver-rail@groups.io | DCC booster trips every time a train enters the reversing loop</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${gM1[0]?.slice(0, 120)}">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="Groups.io">
<link rel="stylesheet" href="https://groups.io/static/css/bootstrap.min.css"><link rel="stylesheet" href="https://groups.io/static/css/groupsio.css">
<script src="https://groups.io/static/js/jquery.min.js"></script><script>var csrf = "c29faa01"; var groupid = 118204;</script>
</head><body class="">
<nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="https://groups.io"><img src="/img/groupsio-logo.png" alt="Groups.io" height="22"></a></div>
<ul class="nav navbar-nav navbar-right"><li><a href="/login">Log In</a></li><li><a href="/register">Sign Up</a></li></ul>
<form class="navbar-form navbar-right" role="search"><input type="text" class="form-control" placeholder="Search"></form></div></nav>
<div class="container-fluid"><div class="row"><div class="col-sm-3 col-md-2 sidebar hidden-xs" id="sidebar">
<div class="group-name"><a href="/g/sloperiver-rail">sloperiver-rail@groups.io</a></div><ul class="nav nav-sidebar">
${links(gNav, 'nav-item')}</ul></div>
<div class="col-sm-9 col-md-10 main" id="main"><div id="topic-header"><ul class="breadcrumb"><li><a href="/g/sloperiver-rail">Home</a></li>
<li><a href="/g/sloperiver-rail/topics">Topics</a></li></ul>
<h3 class="subject"><span id="topic-subject">${gTitle}</span></h3>
<div class="hashtags"><a href="/g/sloperiver-rail/topics?hashtag=dcc" class="label label-default">#dcc</a>
<a href="/g/sloperiver-rail/topics?hashtag=wiring" class="label label-default">#wiring</a></div>
<div class="btn-group pull-right"><button class="btn btn-default btn-xs dropdown-toggle" data-toggle="dropdown">Topic options</button>
<ul class="dropdown-menu" style="display:none"><li><a href="#">Mute This Topic</a></li><li><a href="#">Follow This Topic</a></li></ul></div></div>
<div id="records">
${gMsg(48112, 'Declan Furlong', 'Mar 3', gM1.map((p) => `<div>${p}</div><div><br></div>`).join('\n'))}
${gMsg(48115, 'Hetty Oyelaran', 'Mar 3', gM2.map((p) => `<p>${p}</p>`).join('\n'))}
${gMsg(48131, 'Declan Furlong', 'Mar 4', gM3.map((p) => `<p>${p}</p>`).join('\n'), gQuote)}
</div><div class="row"><div class="col-xs-12"><ul class="pager"><li class="previous"><a href="/g/sloperiver-rail/topic/prev">Previous Topic</a></li>
<li class="next"><a href="/g/sloperiver-rail/topic/next">Next Topic</a></li></ul></div></div></div></div></div>
<footer class="footer"><div class="container-fluid"><ul class="list-inline">${links(gFoot)}</ul>
<p class="text-muted">© 2025 Groups.io</p></div></footer>
<script src="https://groups.io/static/js/bootstrap.min.js"></script></body></html>`;
const groupsIo: TestPage = {
  html: gHtml,
  name: 'heldout229-groupsio-topic-forum',
  kind: 'forum',
  // the topic subject is the title; the three messages are body, the quoted line in the last reply is in neither list
  title: gTitle,
  headings: [],
  body: texts([...gM1, ...gM2, ...gM3]),
  bylines: ['Declan Furlong', 'Hetty Oyelaran', 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Sign Up', 'sloperiver-rail@groups.io', ...gNav, 'Topics', '#dcc', '#wiring', 'Topic options', 'Mute This Topic',
    'Follow This Topic', '#48112', '#48115', '#48131', 'Reply', 'Reply to Sender', 'More', 'Previous Topic', 'Next Topic', ...gFoot,
    '© 2025 Groups.io',
  ],
};

export const HELDOUT229_A: readonly TestPage[] = [groupsIo, googleGroupsThread];
