import { links, type TestPage, texts } from './page-kit.js';
import { webflow } from './pages-heldout385-f2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file f: a travel forum thread on entry rules on vBulletin 4 (navbar, breadcrumb, the thread title
 * h1, postbit_legacy posts with user info, join date and post counts, a quoted post, signatures, "Reply With Quote" and
 * "Like" buttons, the similar threads block, the forum footer) and, from file f2, a visa-free countries listing on Webflow.
 */
const fTitle = 'Tallimor online arrival card – required for transit passengers too?';
type Post = { id: number; user: string; title: string; joined: string; posts: string; date: string; paras: string[]; quote?: string; sig?: string };
const fPosts: Post[] = [
  {
    id: 3301,
    user: 'islandhopper_kt',
    title: 'Senior Member',
    joined: 'Join Date: Aug 2017',
    posts: 'Posts: 1,284',
    date: 'Mar 8, 26, 7:42 am',
    paras: [
      j(
        'I am flying Larkport to Quennet next month and then on to the outer islands on the domestic carrier the same day. Tallimor',
        'started requiring the online arrival card on 1 May last year, but I cannot work out whether it applies if you never leave',
        'the airport in Quennet.',
      ),
      j(
        'The government site says "all arriving passengers", while the airline help page only talks about visitors. Has anyone',
        'done a same-day connection recently? I do not want to be turned away at the gate in Larkport.',
      ),
    ],
    sig: 'Gold for life, sadly not for the rest of my family',
  },
  {
    id: 3302,
    user: 'Marguerite D',
    title: 'Moderator',
    joined: 'Join Date: Mar 2011',
    posts: 'Posts: 9,806',
    date: 'Mar 8, 26, 9:15 am',
    paras: [
      j(
        'Domestic connections in Tallimor are not transit in the legal sense. You clear immigration in Quennet before the domestic',
        'flight, so you are an arriving passenger and you need the card, plus the visa on arrival.',
      ),
      'The card is free. Do it no more than three days before landing, as earlier submissions are rejected.',
    ],
  },
  {
    id: 3303,
    user: 'kwlanding',
    title: 'Member',
    joined: 'Join Date: Jan 2022',
    posts: 'Posts: 57',
    date: 'Mar 9, 26, 3:03 pm',
    quote: 'Do it no more than three days before landing, as earlier submissions are rejected.',
    paras: [
      j(
        'Can confirm. We went through in February on a connection to the northern islands. The check-in agent in Larkport asked for',
        'the QR code before printing boarding passes, and again at the transfer desk in Quennet.',
      ),
      j(
        'One tip: the form times out after 20 minutes and you lose everything, so have your hotel address and flight numbers ready',
        'before you start. The visa on arrival queue took about 40 minutes, cash only in US dollars.',
      ),
    ],
  },
  {
    id: 3304,
    user: 'islandhopper_kt',
    title: 'Senior Member',
    joined: 'Join Date: Aug 2017',
    posts: 'Posts: 1,284',
    date: 'Mar 9, 26, 6:20 pm',
    paras: ['Thanks both, that settles it. I will fill it in on the Saturday before we go and bring crisp dollar bills.'],
    sig: 'Gold for life, sadly not for the rest of my family',
  },
  {
    id: 3305,
    user: 'pacific_rover',
    title: 'Junior Member',
    joined: 'Join Date: Nov 2024',
    posts: 'Posts: 12',
    date: 'Mar 10, 26, 8:51 am',
    paras: [
      j(
        'Adding one data point for anyone who finds this thread later: if you are connecting to an international flight without',
        'leaving the airside area in Quennet, for example on to Fiji, you do not need the card. The transfer desk staff told me it',
        'is only checked at the immigration counters. That matched my experience in January, and nobody asked for it at boarding.',
      ),
      j(
        'Also worth knowing: the card asks for the address of your first night, and the domestic airline will not check you in',
        'for the islands until the agent has seen the approval. Screenshots were accepted without any problem.',
      ),
    ],
  },
];
const post = (p: Post, i: number): string => `<li class="postbitlegacy postbitim postcontainer old" id="post_${p.id}">
<div class="posthead"><span class="postdate old"><span class="date">${p.date}</span></span><span class="nodecontrols"><a name="post${p.id}"
href="#post${p.id}" class="postcounter">#${i + 1}</a></span></div>
<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl"
href="member.php?u=${p.id}"><strong>${p.user}</strong></a></div><span class="usertitle">${p.title}</span>
<dl class="userinfo_extra"><dd>${p.joined}</dd><dd>${p.posts}</dd></dl></div>
<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_${p.id}"><blockquote class="postcontent restore">
${
  p.quote
    ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>Originally Posted by
<strong>Marguerite D</strong><div class="message">${p.quote}</div></div></div></div>`
    : ''
}${p.paras.join('<br /><br />\n')}</blockquote></div></div>
${p.sig ? `<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">${p.sig}</div></blockquote></div>` : ''}
</div><div class="postfoot"><span class="postcontrols"><a class="quote" href="newreply.php?p=${p.id}">Reply With Quote</a></span></div></div></div></li>`;
const fNav = ['Forums', 'Search', 'Today\u2019s Posts', 'Members', 'Calendar'];
const fCrumbs = ['TravelTalk Forums', 'Destinations', 'Asia and the Pacific', 'Tallimor'];
const fSimilar = ['Visa on arrival at Quennet: cash or card?', 'Outer islands domestic flights reliability', 'Transit through Larkport without a visa'];
const fFoot = ['Contact Us', 'Archive', 'Privacy Statement', 'Terms of Service', 'Top'];
const fHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="generator" content="vBulletin 4.2.5" />
<meta name="description" content="I am flying Larkport to Quennet next month and then on to the outer islands on the domestic carrier the same day." />
<title> ${fTitle} - TravelTalk Forums</title><link rel="canonical" href="https://www.traveltalk.example/tallimor/2210481-online-arrival-card.html" />
<script type="text/javascript">var SESSIONURL = ""; var SECURITYTOKEN = "guest"; var IMGDIR_MISC = "images/misc"; var THREADID = 2210481;</script>
</head><body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="/" class="logo-image">
<img src="images/misc/traveltalk-logo.png" alt="TravelTalk Forums" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li>
<li><a href="login.php">Log in</a></li></ul></div></div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">${links(fNav, 'navtab')}</ul></div></div>
<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">${links(fCrumbs, 'navbit')}</ul></div>
<div id="pagetitle"><h1>Thread: <span class="threadtitle"><a href="showthread.php?t=2210481">${fTitle}</a></span></h1></div>
<div id="above_postlist" class="above_postlist"><a href="newreply.php?t=2210481" class="newcontent_textcontrol" rel="nofollow"><span>+</span> Reply to
Thread</a><div id="postpagestats_above" class="postpagestats">Results 1 to 5 of 5</div></div>
<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">${fPosts.map(post).join('\n')}</ol></div>
<div id="similar_threads"><h4 class="threadinfohead blockhead">Similar Threads</h4><ol class="similar_threads">${links(fSimilar, 'floatcontainer')}</ol></div>
<div id="footer_copyright" class="shade footer_copyright">Powered by vBulletin® Version 4.2.5. Copyright © 2026 vBulletin Solutions Inc. All rights
reserved.</div><div id="footer_morecopyright" class="shade footer_copyright">All times are GMT -5. The time now is 11:58 am.</div></div>
<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links">${links(fFoot)}</ul></div></body></html>`;
const forum: TestPage = {
  name: 'heldout385-traveltalk-vbulletin-forum',
  kind: 'forum',
  html: fHtml,
  title: `Thread: ${fTitle}`,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register', 'Log in', ...fNav, ...fCrumbs.filter((t) => t !== 'Tallimor'), 'Reply to Thread', 
    'Results 1 to 5 of 5', 'Senior Member', 'Junior Member', 'Moderator',
    'Join Date: Aug 2017', 'Posts: 1,284', 'Join Date: Mar 2011', 'Posts: 9,806', 'Join Date: Jan 2022', 'Posts: 57',
    'Join Date: Nov 2024', 'Posts: 12', 'Originally Posted by Marguerite D',
    'Gold for life, sadly not for the rest of my family', 'Reply With Quote', 'Similar Threads', ...fSimilar,
    'Powered by vBulletin® Version 4.2.5. Copyright © 2026 vBulletin Solutions Inc. All rights reserved.', 'All times are GMT -5. The time now is 11:58 am.',
    ...fFoot,
  ],
};

export const HELDOUT385_F: readonly TestPage[] = [forum, webflow];
