import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file f2: a local campaign's Facebook page, saved while logged out, with one long update (atomic x-classes,
 * the page header whose h1 is the page name, the likes / followers line, page tabs, the Intro card, the post with the page name and
 * its timestamp, the post text in dir="auto" divs, reaction and comment counts, Like / Comment / Share, two comments with
 * "Like" / "Reply", and the login dialog and bottom bar).
 */
const fTitle = 'Save Larkspur Meadow';
const fPost = [
  'UPDATE ON THE PLANNING APPLICATION – please read and share 🌼',
  j(
    'Thank you to the 214 of you who came to the drop-in at the Scout hut on Saturday. The planning officers told us it was the biggest',
    'turnout they have ever seen for a consultation in Larkspur, and they took away more than 300 written comments.',
  ),
  j(
    'Here is where things stand. The developer has submitted revised plans that cut the number of houses from 140 to 118, but the new',
    'layout still builds over the whole of the lower meadow, including the wet grassland where the snipe and the orchids are. The',
    'access road still comes off Pound Lane, right opposite the primary school gate.',
  ),
  j(
    'The ecology report attached to the application was written in August, after the orchids had finished flowering and when the',
    'ground was dry. We have written to the council asking for a new survey in May and June, and the county wildlife trust has',
    'backed that request.',
  ),
  'What you can do this week:',
  j(
    '1) Send a comment on the revised plans on the council planning portal before 5pm on Friday 20 March. Use your own words, and mention',
    'the school road and the wildlife survey if you can. Feedback on the old plans does not carry over, so please comment again even if',
    'you already did in the autumn.',
  ),
  '2) Write to your county councillor and ask them to call the application in to the planning committee rather than leave it to officers.',
  j('3) Come to the meadow walk on Sunday 15 March at 10am, meeting at the Pound Lane stile. Wellies recommended. Children and dogs on', 'leads welcome.'),
  j(
    'We are not against new homes in Larkspur. We have said from the start that the brownfield site at the old dairy could take sixty',
    'houses without losing a single tree. We will keep making that case. Thank you for standing with us. 💚',
  ),
];
const fComments = [
  'Just submitted my comment. Took ten minutes, everyone can do this!',
  'Will the walk go ahead if it rains? Asking for my very muddy spaniel.',
];
const x = 'x1i10hfl xjbqb8w x1ejq31n xd10rxx x1sy0etr x17r0tee x972fbf xcfux6l';
const fHtml = `<!DOCTYPE html><html id="facebook" class="_9dls __fb-light-mode" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Save Larkspur Meadow | Larkspur | Facebook</title><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<meta property="og:title" content="Save Larkspur Meadow"><meta property="og:description" content="UPDATE ON THE PLANNING APPLICATION – please read and share.
Save Larkspur Meadow. 1,204 likes · 86 talking about this.">
<meta property="og:url" content="https://www.facebook.com/savelarkspurmeadow/"><meta property="al:android:app_name" content="Facebook">
<link rel="stylesheet" href="https://static.xx.fbcdn.example/rsrc.php/v4/yD/l/0,cross/kX6Gw1A.css">
<script type="application/json" data-content-len="412" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[["CurrentUserInitialData",
[],{"USER_ID":"0","ACCOUNT_ID":"0"},270]]}}]]]}</script></head>
<body class="_6s5d _71pn system-fonts--body segoe"><div id="mount_0_0_Xy" class="x9f619 x1n2onr6 x1ja2u2z">
<div role="banner" class="x1cy8zhl x9f619"><a aria-label="Facebook" href="/" class="${x}"><svg></svg></a>
<div class="x6s0dn4 x78zum5"><input aria-label="Email or phone" placeholder="Email or phone" type="text"><input aria-label="Password"
placeholder="Password" type="password"><div role="button" class="x1ja2u2z x78zum5">Log In</div>
<a href="/recover/initiate/" class="${x}"><span class="x193iq5w">Forgot Account?</span></a></div></div>
<div role="main" class="x9f619 x1n2onr6"><div class="x1e56ztr x1xmf6yo"><div class="x78zum5 xdt5ytf"><div class="x1ey2m1c xds687c">
<img class="x1rg5ohu x5yr21d" src="https://scontent.xx.fbcdn.example/v/t39.30808-6/cover.jpg" alt="May be an image of grass, nature and flowers"></div>
<div class="x1iyjqo2"><span class="x1lliihq"><h1 class="html-h1 xdj266r x11i5rnm xat24cr x1mh8g0r">${fTitle}</h1></span>
<span class="x193iq5w xeuugli"><a href="/savelarkspurmeadow/friends_likes/" class="${x}">1.2K likes</a> • <a href="/savelarkspurmeadow/followers/"
class="${x}">1.4K followers</a></span></div>
<div role="tablist" class="x6s0dn4 x78zum5">${['Posts', 'About', 'Mentions', 'Reviews', 'Followers', 'Photos']
  .map(
    (t) => `<a role="tab" class="${x}"
href="#"><span class="x193iq5w">${t}</span></a>`,
  )
  .join('')}</div></div></div>
<div class="x9f619 x1n2onr6 x78zum5"><div class="xw7yly9 x1yztbdb"><div class="x1n2onr6"><h2 dir="auto" class="x1heor9g x1qlqyl8">Intro</h2>
<span dir="auto" class="x193iq5w">Residents of Larkspur working to protect the meadow and the Pound Lane hedgerows from development.</span>
<ul><li><span class="x193iq5w">Page · Community organization</span></li><li><span class="x193iq5w">Larkspur, United Kingdom</span></li>
<li><span class="x193iq5w">savelarkspurmeadow@mail.example</span></li></ul></div></div>
<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-posinset="1" aria-describedby=":r1a:" class="x1a2a7pz"><div class="x1cy8zhl x9f619">
<div class="xu06os2 x1ok221b"><h2 id=":r1a:" dir="auto" class="x1heor9g x1qlqyl8"><span class="xt0psk2"><a href="/savelarkspurmeadow"
class="${x}"><strong><span>
${fTitle}</span></strong></a></span></h2></div>
<div class="xu06os2 x1ok221b"><span class="x4k7w5x x1h91t0o"><a href="/savelarkspurmeadow/posts/pfbid02kXq" class="${x}" role="link" tabindex="0"><span>March 4
at 7:12 PM</span></a> · <span><svg title="Shared with Public"></svg></span></span></div>
<div data-ad-comet-preview="message" data-ad-preview="message" class="x1iorvi4 x1pi30zi"><div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">
${fPost.map((p) => `<div dir="auto" style="text-align: start;">${p}</div>`).join('\n')}
</div></div>
<div class="x6s0dn4 xi81zsa x78zum5"><span aria-label="See who reacted to this" role="toolbar"><span class="x1e558r4">All reactions:</span>
<span class="x135b78x">187</span></span><span class="x193iq5w">38 comments</span><span class="x193iq5w">61 shares</span></div>
<div class="x9f619 x1n2onr6 x1ja2u2z">${['Like', 'Comment', 'Share']
  .map((a) => `<div aria-label="${a}" role="button" class="${x}"><span class="x193iq5w">${a}</span></div>`)
  .join('')}</div>
<div class="x1jx94hy x12nagc"><div role="button" class="${x}"><span class="x193iq5w">Most relevant</span></div>
${fComments
  .map(
    (c, i) => `<div role="article" aria-label="Comment by ${['Hattie Brennock', 'Simon Aldous'][i]}" class="x1n2onr6 x1iorvi4">
<a href="#" class="${x}"><span class="x3nfvp2">${['Hattie Brennock', 'Simon Aldous'][i]}</span></a><div dir="auto" style="text-align: start;">${c}</div>
<ul class="html-ul x1y1aw1k"><li><span class="x193iq5w">${['2d', '1d'][i]}</span></li><li><div role="button"><span>Like</span></div></li>
<li><div role="button"><span>Reply</span></div></li></ul></div>`,
  )
  .join('\n')}
<div role="button" class="${x}"><span class="x193iq5w">View more comments</span></div></div></div></div></div></div></div>
<div role="dialog" class="x1n2onr6 x1vjfegm"><span dir="auto">See more from Save Larkspur Meadow on Facebook</span>
<a href="/login/" role="button" class="${x}"><span>Log in</span></a><span>or</span><a href="/reg/" role="button" class="${x}"><span>Create new
account</span></a></div>
</div><div class="x1uvtmcs"><span>Privacy · Terms · Advertising · Cookies · Meta © 2026</span></div></div>
<script>requireLazy(["TimeSliceImpl","ServerJS"],function(TimeSlice,ServerJS){var s=new ServerJS();s.handle({"define":[]});});</script></body></html>`;
export const facebook: TestPage = {
  name: 'heldout297-facebook-page-update',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPost),
  bylines: ['March 4 at 7:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Forgot Account?', '1.2K likes', '1.4K followers', 'Posts', 'About', 'Mentions', 'Reviews', 'Followers',
    'Photos', 'Intro', 'Residents of Larkspur working to protect the meadow and the Pound Lane hedgerows from development.',
    'Page · Community organization', 'Larkspur, United Kingdom', 'savelarkspurmeadow@mail.example', 'All reactions:', '187', '38 comments',
    '61 shares', 'Like', 'Comment', 'Share', 'Most relevant', 'Hattie Brennock', 'Simon Aldous', ...fComments, 'Reply', 'View more comments',
    'See more from Save Larkspur Meadow on Facebook', 'Create new account', 'Privacy · Terms · Advertising · Cookies · Meta © 2026',
  ],
};
