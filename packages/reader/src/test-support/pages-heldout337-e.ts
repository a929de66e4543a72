import { links, type TestPage, texts } from './page-kit.js';
import { libcalEvent } from './pages-heldout337-e2.js';
import { j } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file e: a LibraryThing-style Talk thread in a group (the old table-era site header with tabs,
 * the group bar, the topic title and "This topic was continued by" note, numbered messages with poster, date and
 * reply / flag links, the "Join to post" box, the right-hand "Group info" and "Other topics" columns and the footer)
 * and, from file e2, a public library's event page on LibCal.
 */
const tTitle = 'Rereading The Fenwick Inheritance: worth it at fifty?';
const tPosts: readonly (readonly [string, string, readonly string[]])[] = [
  [
    'quillandcandle',
    'Mar 3, 2026, 4:12pm',
    [
      j(
        'I first read Eliza Harrowgate’s <i>The Fenwick Inheritance</i> at nineteen, for an exam, and hated almost every word. I',
        'thought Dorcas was a doormat and the whole business with the will was padding. Thirty years later a friend has talked me',
        'into a reread, and I am a hundred pages in and baffled by my younger self.',
      ),
      j(
        'Has anyone else had this experience with the big Victorian novels? Which ones changed most for you on a second reading,',
        'and which ones did not survive it?',
      ),
    ],
  ],
  [
    'marginalia_mo',
    'Mar 3, 2026, 5:40pm',
    [
      j(
        'Yes, exactly this. At nineteen I read Dorcas as passive. At forty-eight I read her as someone making very careful',
        'choices inside a very small room. The will is not padding, it is the room.',
      ),
      j(
        'The one that did not survive for me was <i>Lord Ashcombe’s Daughters</i>. I loved it as a teenager and found it unbearably',
        'sentimental last year, which I suppose says more about me than about the book.',
      ),
    ],
  ],
  [
    'TheRuralDean',
    'Mar 4, 2026, 9:05am',
    [
      j(
        'I think the chapters narrated by the solicitor are the real test. When I was young I skipped them. Now I think they are',
        'the funniest thing Harrowgate wrote, and the key to the whole book: he is the only character who never understands what',
        'is happening, and he is the one telling us.',
      ),
      'For a reread I would recommend the Calder Classics edition, which restores the serial chapter breaks.',
    ],
  ],
  [
    'quillandcandle',
    'Mar 4, 2026, 12:31pm',
    [
      j(
        '> 3: I have just reached the first solicitor chapter and laughed out loud on the bus. You are right. I have',
        'ordered the Calder edition for the next one.',
      ),
      j('Thinking of starting a group read in April, one part a week. Anyone interested? I will set up a new thread if there are', 'more than three of us.'),
    ],
  ],
  ['ferncopse', 'Mar 5, 2026, 7:58am', ['Count me in for April. I have never read it at all, so I can be the control group.']],
  [
    'marginalia_mo',
    'Mar 5, 2026, 10:17am',
    [
      j(
        'Me too. One part a week sounds right; it is how it was meant to be read, after all. Could we keep the spoilers in',
        'the new thread to the current part only? Some of us will be coming to the ending for the first time in thirty years',
        'and would like to be surprised again.',
      ),
    ],
  ],
];
const tTabs = ['Home', 'Groups', 'Talk', 'More', 'Zeitgeist'];
const tGroupInfo = ['Victorian Reading Room', '1,208 members', '3,412 messages', 'Join group'];
const tOther = ['Group read: The Salt Orchard (spoilers)', 'What are you reading this week? (March)', 'Serial novels and their illustrators'];
const tFoot = ['About', 'Privacy/Terms', 'Help/FAQs', 'Blog', 'Store', 'APIs', 'TinyCat'];
const msg = ([user, date, paras]: readonly [string, string, readonly string[]], i: number): string => `<div class="mT" id="mT${8102 + i}"><table class="mh"
width="100%" cellspacing="0"><tr><td class="mhnum"><a name="${8102 + i}">${i + 1}</a></td><td class="mhuser"><a href="/profile/${user}"
class="mhname">${user}</a></td>
<td class="mhdate"><span class="mhdatestr">${date}</span></td><td class="mhlinks"><a href="#" onclick="return talk_reply(${8102 + i})">Reply</a> <a href="#"
class="mhflag">Flag</a></td></tr></table><div class="mb">${paras.map((p) => p.replace(/^> /, '&gt; ')).join('<br><br>')}</div></div>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Rereading The Fenwick Inheritance: worth it at fifty? | Victorian Reading Room | ShelfThing</title>
<meta name="description" content="I first read Eliza Harrowgate’s The Fenwick Inheritance at nineteen, for an exam, and hated almost every word.">
<link rel="stylesheet" type="text/css" href="/css/lt2.css?v=1411"><script type="text/javascript" src="/js/talk.js?v=1411"></script>
<script type="text/javascript">var LibraryThing = {"topicid":"361205","groupid":"8840","userid":0,"messagesShown":5};</script></head>
<body class="ltbody talkpage"><div id="masthead"><div id="lt_header"><a href="/" id="lt_logo">ShelfThing</a><ul id="lt_tabs">${links(tTabs, 'lt_tab')}</ul>
<div id="lt_signin"><a href="/signup">Join</a> | <a href="/signin">Sign in</a></div></div></div>
<div id="content"><table id="talk_layout" width="100%"><tr><td id="talk_main" valign="top"><div class="talk_groupbar"><a
href="/groups/victorianreadingroom">Victorian
Reading Room</a> › <a href="/talk/8840">Talk</a></div><h1 class="talk_topic_title">${tTitle}</h1>
<div class="talk_topic_note">This topic was continued by <a href="/topic/361410">Group read: The Fenwick Inheritance, April 2026</a>.</div>
<div class="talk_messages">${tPosts.map(msg).join('\n')}</div>
<div class="talk_join_box"><p>Join ShelfThing to post.</p><p>This topic is not marked as primarily about any work, author or other topic.</p></div></td>
<td id="talk_right" valign="top" width="260"><div class="lt_box"><h3>Group info</h3><ul>${links(tGroupInfo)}</ul></div>
<div class="lt_box"><h3>Other topics in this group</h3><ul>${links(tOther)}</ul></div></td></tr></table></div>
<div id="footer"><ul class="footer_links">${links(tFoot)}</ul><p class="footer_copy">© ShelfThing and ShelfThing members</p></div></body></html>`;

const shelfthing: TestPage = {
  name: 'heldout337-librarything-talk-thread-forum',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap(([, , paras]) => texts(paras)),
  bylines: [...new Set(tPosts.map(([u]) => u)), ...tPosts.map(([, d]) => d)],
  furniture: [
    'ShelfThing',
    ...tTabs,
    'Join',
    'Sign in',
    'Talk',
    'This topic was continued by Group read: The Fenwick Inheritance, April 2026.',
    'Reply',
    'Flag',
    'Join ShelfThing to post.',
    'This topic is not marked as primarily about any work, author or other topic.',
    'Group info',
    ...tGroupInfo,
    'Other topics in this group',
    ...tOther,
    ...tFoot,
    '© ShelfThing and ShelfThing members',
  ],
};

export const HELDOUT337_E: readonly TestPage[] = [shelfthing, libcalEvent];
