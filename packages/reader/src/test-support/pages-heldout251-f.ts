import { type TestPage, texts } from './page-kit.js';
import { classyAppeal } from './pages-heldout251-f2.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file f: a National Guard unit's announcement on a Facebook-like social page (React markup with
 * atomic class names, the page header with follower count and Follow / Message buttons, the post card with page name,
 * timestamp and audience, the post text in data-ad-preview="message" divs, reaction and comment counts, the Like /
 * Comment / Share bar, two comments with their names and ages, the login wall banner). The announcement is the body;
 * the comments under it are furniture like comments on an article.
 */
const gTitle = 'Family Day and Deployment Briefing – Saturday, April 11';
const gBody = [
  j(
    'Soldiers and families of the 2nd Battalion, 188th Infantry Regiment: our pre-mobilization Family Day is set for Saturday, April 11,',
    'at the Halden Readiness Center. Doors open at 9 a.m. and the deployment briefing starts at 10 a.m. sharp in the drill hall.',
  ),
  'The briefing will cover:',
  '🔹 Timeline for mobilization training and the deployment window',
  '🔹 Pay, TRICARE enrollment and the family support office',
  '🔹 Powers of attorney and wills (JAG will be on site until 2 p.m.)',
  '🔹 How to reach the unit’s Family Readiness Group while Soldiers are away',
  j(
    'Lunch is provided. There will be a kids’ area with face painting and a tour of the vehicles. Please RSVP through your company’s FRG leader',
    'by April 3 so we can plan food and childcare.',
  ),
  'Questions? Send us a message here or call the family readiness support assistant at 555-017-2011. 🇺🇸 #GuardFamilies #2ndBn188th',
];
const gCm1 = 'We’ll be there! Is there parking for families on the north lot or do we use the fairgrounds?';
const gCm2 = 'North lot is reserved for families that day. Overflow at the fairgrounds with a shuttle every 15 min.';
const cls = 'x1i10hfl xjbqb8w x6umtig x1b1mbwd xaqea5y xav7gou x9f619 x1ypdohk';
const gHtml = `<!DOCTYPE html>
<html id="facebook" class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8"><title>2nd Battalion, 188th Infantry Regiment - Ostmark Army National
Guard | Fieldbook</title>
<meta property="og:title" content="${gTitle}"><meta property="og:description" content="Soldiers and families of the 2nd Battalion, 188th Infantry Regiment">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":"${gTitle}",
"datePublished":"2026-03-06T17:02:00-06:00",
"author":{"@type":"Organization","name":"2nd Battalion, 188th Infantry Regiment - Ostmark Army National Guard"}}</script>
<link rel="stylesheet" href="https://static.xx.fieldbook.example/rsrc.php/v3/yL/l/0,cross/a1b2.css">
<script>requireLazy(["Bootloader"],function(b){b.loadResources([])});</script></head>
<body class="_6s5d _71pn system-fonts--body"><div id="mount_0_0_Qx"><div class="x9f619 x1n2onr6 x1ja2u2z"><div role="banner" class="x78zum5 xdt5ytf">
<a aria-label="Fieldbook" class="${cls}" href="/">Fieldbook</a><div class="x1iyjqo2"><input type="search" aria-label="Search Fieldbook"
placeholder="Search Fieldbook"></div></div>
<div role="main" class="x1hc1fzr x1unhpq9"><div class="x1e56ztr"><div class="xyamay9 x1pi30zi"><h2 class="x1heor9g x1qlqyl8"><span
class="x193iq5w">2nd Battalion, 188th Infantry Regiment - Ostmark Army National Guard</span></h2>
<div class="x1yztbdb"><span class="x193iq5w">4.1K followers • 212 following</span></div><div class="x6s0dn4 x78zum5"><div aria-label="Follow" role="button"
class="${cls}"><span>Follow</span></div><div aria-label="Message" role="button" class="${cls}"><span>Message</span></div></div></div>
<div role="tablist" class="x1ey2m1c"><a role="tab" href="#">Posts</a> <a role="tab" href="#">About</a> <a role="tab" href="#">Photos</a> <a role="tab"
href="#">Events</a></div></div>
<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-posinset="1" class="x1a2a7pz"><div class="x1cy8zhl x9f619 x78zum5">
<div class="xu06os2 x1ok221b"><h3 class="x1heor9g"><span><a href="#" class="${cls}"><strong>2nd Battalion, 188th Infantry Regiment - Ostmark Army National
Guard</strong></a></span></h3>
<span class="x4k7w5x"><a aria-label="March 6 at 5:02 PM" href="#" class="${cls}"><span>March 6 at 5:02 PM</span></a> · <span aria-label="Shared with
Public">Public</span></span></div></div>
<div data-ad-comet-preview="message" data-ad-preview="message" class="xdj266r x11i5rnm xat24cr x1mh8g0r"><div dir="auto" class="x1iorvi4 x1pi30zi">
<h1 class="x1heor9g x1qlqyl8 x1pd3egz"><span>${gTitle}</span></h1>
${gBody.map((t) => `<div dir="auto" style="text-align:start">${t}</div>`).join('\n')}</div></div>
<div class="x1n2onr6"><img src="https://scontent.xx.fieldbook.example/v/t39/familyday.jpg" alt="May be an image of text that says 'FAMILY DAY APRIL 11'"></div>
<div class="x6s0dn4 xi81zsa x78zum5"><span aria-label="See who reacted to this" role="toolbar"><span class="xt0b8zv">138</span></span><span class="xkrqix3">
<span>27 comments</span> <span>41 shares</span></span></div>
<div class="x9f619 x1n2onr6 x1ja2u2z"><div aria-label="Like" role="button" class="${cls}"><span>Like</span></div><div aria-label="Leave a comment"
role="button" class="${cls}"><span>Comment</span></div><div aria-label="Send this to friends or post it on your profile" role="button"
class="${cls}"><span>Share</span></div></div>
<div class="x1jx94hy"><div class="x1n2onr6"><span>Most relevant</span></div><ul>
<li><div role="article" aria-label="Comment by Danielle Ferro 2d"><span class="x3nfvp2"><a href="#">Danielle Ferro</a></span><div dir="auto">${gCm1}</div>
<ul class="x1rg5ohu"><li><span>2d</span></li><li><div role="button">Like</div></li><li><div role="button">Reply</div></li></ul></div></li>
<li><div role="article" aria-label="Comment by 2nd Battalion 2d"><span class="x3nfvp2"><a href="#">2nd Battalion, 188th Infantry Regiment - Ostmark Army
National Guard</a> · <span>Author</span></span><div dir="auto">${gCm2}</div></div></li></ul>
<div role="button" class="${cls}"><span>View more comments</span></div></div></div></div></div></div></div>
<div class="x1n2onr6 login-wall"><div><span>See more from 2nd Battalion, 188th Infantry Regiment on Fieldbook</span></div>
<a href="/login">Log In</a> <span>or</span>
<a href="/r.php">Create new account</a></div>
<script>requireLazy(["ScheduledServerJS"],function(s){s.handle({"__bbox":{"require":[["CometPostRoot","post",[],[]]]}})});</script></body></html>`;
const guardPost: TestPage = {
  name: 'heldout251-social-page-guard-announcement',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: ['March 6 at 5:02 PM', '2nd Battalion, 188th Infantry Regiment - Ostmark Army National Guard'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fieldbook', '4.1K followers • 212 following', 'Follow', 'Message', 'Posts', 'About', 'Photos', 'Events', 'Public', '138', '27 comments', '41 shares',
    'Like', 'Comment', 'Share', 'Most relevant', 'Danielle Ferro', gCm1, 'Author', gCm2, 'Reply', 'View more comments',
    'See more from 2nd Battalion, 188th Infantry Regiment on Fieldbook', 'Log In', 'Create new account',
  ],
};

export const HELDOUT251_F: readonly TestPage[] = [guardPost, classyAppeal];
