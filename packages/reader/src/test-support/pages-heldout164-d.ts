import { links, type TestPage, texts } from './page-kit.js';
import { godotForumTopic } from './pages-heldout164-d2.js';

/**
 * Held-out batch 164, file d: a Fark comments page as a logged-out visitor saves it (top tab bar, login / TotalFark links,
 * leaderboard ad, the headline row with source, topic tag and comment count, the "Posted ... by" line, the Smartest and
 * Funniest boxes, comments with login name, time, a quoted comment, the Smartest / Funniest vote links and Report, the
 * "Oldest first" sort, the "Login to comment" box, the right rail and the footer) and, from file d2, a Godot Forum topic.
 */
const fkTitle = 'Town council votes to keep its 1970s roundabout fountain running despite it soaking every passing cyclist';
type FkC = { id: number; user: string; when: string; quote?: [string, string]; text: string };
const fkComments: FkC[] = [
  {
    id: 1,
    user: 'Spokes McGee',
    when: '2025-10-14 07:42:10 AM',
    text: 'As a cyclist in that town I can confirm the fountain has a personal grudge. It waits until you are level with it.',
  },
  {
    id: 2,
    user: 'HaroldWinsome',
    when: '2025-10-14 07:45:33 AM',
    text:
      'The article buries the actual reason: the pump was replaced in 2019 with one twice as powerful because the old one kept ' +
      'failing, and nobody adjusted the nozzles. It is not the fountain, it is a maintenance ticket that has been open for six years.',
  },
  {
    id: 3,
    user: 'damp_but_dignified',
    when: '2025-10-14 07:51:02 AM',
    quote: ['HaroldWinsome', 'it is a maintenance ticket that has been open for six years.'],
    text: 'So it is a perfect recreation of every office I have ever worked in.',
  },
  {
    id: 4,
    user: 'Ermintrude Fallowfield',
    when: '2025-10-14 08:03:47 AM',
    text:
      'The council meeting minutes are actually worth reading. One councillor suggested a sign warning cyclists, another suggested ' +
      'turning the fountain off on windy days, and a third asked who would decide which days were windy. They voted to keep the ' +
      'fountain and form a working group on wind.',
  },
  {
    id: 5,
    user: 'Spokes McGee',
    when: '2025-10-14 08:10:19 AM',
    text: 'A working group on wind. You cannot make this up. Well, Fark can, but they did not need to.',
  },
  {
    id: 6,
    user: 'cargo_bike_carla',
    when: '2025-10-14 08:24:55 AM',
    text:
      'Honestly the fountain is lovely and the town does not have much else going for it. Fix the nozzles, put a small deflector on the ' +
      'cycle lane side and everyone is happy. This would cost less than the working group’s first meeting.',
  },
  {
    id: 7,
    user: 'Mr. Pennyroyal',
    when: '2025-10-14 09:01:38 AM',
    text:
      'I lived there for ten years. In summer the kids ride through it on purpose. The only people who complain are commuters in ' +
      'suits, and the local paper has a photographer who waits there at 8am most Mondays. Those photos sell more copies than the council news.',
  },
  { id: 8, user: 'damp_but_dignified', when: '2025-10-14 09:15:27 AM', text: 'Now that is a newspaper that understands its audience.' },
  {
    id: 9,
    user: 'Ophelia Trask',
    when: '2025-10-14 09:40:06 AM',
    text:
      'Update from the town’s own page: the engineer has agreed to turn the pressure down by a third next week while they look for ' +
      'replacement nozzles. The working group on wind will still meet, because of course it will.',
  },
];
const fkTabs = ['Main', 'Sports', 'Geek', 'Fandom', 'Entertainment', 'Politics', 'Business', 'Discussion', 'Photoshop', 'Live'];
const fkRail = ['Fark Newsletter', 'Fark Store', 'Fark Party Photos', 'TotalFark'];
const fkFoot = ['Contact', 'FAQ', 'Terms of Service', 'Privacy Policy', 'Advertise'];
const fkComment = (c: FkC): string => `<div class="comment" id="c${140000 + c.id}"><table class="ctable"><tbody><tr><td class="clogin">
<a href="/users/${c.user.replace(/[^A-Za-z0-9]/g, '')}" class="clogin">${c.user}</a></td><td class="ctimestamp"><span class="ctime"
data-ts="17604${c.id}">${c.when}</span></td></tr></tbody></table><div class="ctext">${
  c.quote
    ? `<span class="quoteLink"><a href="#c${140002}">${c.quote[0]}</a>:
</span><span class="quote">${c.quote[1]}</span><br><br>`
    : ''
}${c.text}</div>
<div class="cvotes"><a href="#" class="voteSmartest">Smartest</a><a href="#" class="voteFunniest">Funniest</a><a href="/reportcomment/${c.id}"
class="reportLink">Report</a></div></div>`;
const fkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fark.com: (14382210) ${fkTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${fkTitle}"><meta property="og:site_name" content="FARK.com">
<link rel="canonical" href="https://www.fark.com/comments/14382210">
<link rel="stylesheet" href="https://img.fark.example/css/fark.min.css?v=1012"><script src="https://img.fark.example/js/fark.min.js?v=1012"></script></head>
<body class="comments"><div id="container"><div id="header"><a id="logo" href="/"><img src="https://img.fark.example/images/fark-logo.png" alt="Fark"></a>
<ul id="topTabs">${links(fkTabs, 'tab')}</ul><div id="loginLinks"><a href="/account/login">Login</a> <a href="/account/register">Create account</a>
<a href="/totalfark">Get TotalFark</a></div></div>
<div id="topAd" class="adSlot"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-fark-top"></div></div>
<div id="bodyContainer"><div id="bodyMainContainer"><table class="headlineTable" id="headline14382210"><tbody><tr class="headlineRow">
<td class="headlineSourceImage"><a href="/go/14382210"><img src="https://img.fark.example/pub/Grantchester_Echo.gif" alt="Grantchester Echo"></a></td>
<td class="headlineTopic"><img src="https://img.fark.example/images/topics/Wet.gif" alt="Wet" title="Wet"></td>
<td class="headlineText"><span class="headline"><a href="/go/14382210" class="outbound_link">${fkTitle}</a></span></td>
<td class="headlineComments"><a href="/comments/14382210">(9)</a></td></tr></tbody></table>
<div class="commentsHeader"><span class="headlineSource">(Grantchester Echo)</span> <span class="submitter">Posted 2025-10-14 07:31:09 AM by Quentin
Marsh</span></div>
<div class="bestComments"><div class="smartest"><h3>Smartest</h3><p>HaroldWinsome</p></div><div class="funniest"><h3>Funniest</h3><p>damp_but_dignified</p>
</div></div>
<div class="commentSort">View: <a href="?sort=old" class="selected">Oldest first</a> <a href="?sort=voted">Most voted</a></div>
<div id="commentsArea">
${fkComments.map(fkComment).join('\n')}
</div><div class="loginToComment"><p>Login to comment</p><a href="/account/login">Login</a></div></div>
<div id="rightCol"><div class="adSlot"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-fark-right"></div></div>
<ul class="rightLinks">${links(fkRail)}</ul></div></div>
<div id="footer"><ul>${links(fkFoot)}</ul><p>Fark is not responsible for the content of external sites. Copyright © 1999 - 2025 Fark, Inc.</p></div></div>
</body></html>`;
const fark: TestPage = {
  html: fkHtml,
  name: 'heldout164-fark-comments',
  kind: 'forum',
  // the headline is the title; every comment is body, the quoted comment text is in neither list; commenter names, times
  // and the "Posted ... by" submitter line are bylines; source, comment count, best-comment boxes, votes, tabs, rails and
  // footer are furniture
  title: fkTitle,
  headings: [],
  body: texts(fkComments.map((c) => c.text)),
  bylines: [...new Set(fkComments.map((c) => c.user)), ...fkComments.map((c) => c.when), 'Posted 2025-10-14 07:31:09 AM by Quentin Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fkTabs, 'Login', 'Create account', 'Get TotalFark', 'Advertisement', '(9)', '(Grantchester Echo)', 'Smartest', 'Funniest', 'View:', 'Oldest first',
    'Most voted', 'Report', 'Login to comment', ...fkRail.slice(0, 3), ...fkFoot,
    'Fark is not responsible for the content of external sites. Copyright © 1999 - 2025 Fark, Inc.',
  ],
};

export const HELDOUT164_D: readonly TestPage[] = [fark, godotForumTopic];
