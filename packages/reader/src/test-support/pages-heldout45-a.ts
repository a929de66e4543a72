import { type TestPage, texts } from './page-kit.js';
import { pinterestPin } from './pages-heldout45-a2.js';

/**
 * Held-out batch 45, file a: an Instagram public post page as a logged-out visitor saves it (atomic class names, the
 * server-side JSON scripts, the top bar with "Log in" and "Sign up", the post header with username, "Follow" and location,
 * the caption in an h1 with hashtag links, comments with like counts, "Reply", "See translation" and a reply thread, the
 * action bar with "1,482 likes", "More posts from", the cookie dialog, the sign-up bar and the Meta footer). The Pinterest
 * pin page of this file is in pages-heldout45-a2.ts.
 */
const igUser = 'kiln_and_quince';
const igTitle = 'Three days of stoking, and this is what came out of the kiln.';
const igCaption = [
  'We fired the anagama for the first time since the spring floods, 62 hours from lighting to clamping the firebox shut. About a ' +
    'third of the pots came out cracked, which hurts, but the ones on the back shelf caught the ash exactly the way I hoped: that ' +
    'green run on the tall jar is pine ash from the last eight hours.',
  'Lessons for next time, mostly so I stop repeating them: the floor bricks were still holding damp from the flood, so the front ' +
    'of the kiln never got above 1,180°C until day two. Bisque the wadding. Do not let Callum choose the playlist for the night shift.',
  'Huge thanks to the six people who took stoking shifts, and to Ruth at the timber yard who saved us her offcuts all summer. A ' +
    'handful of the survivors will be in the December sale; mailing list folks get first look on the 6th.',
];
const igTags = ['#woodfired', '#anagama', '#ceramics', '#studiopottery', '#kilnopening'];
type IgComment = { who: string; when: string; title: string; text: string; likes: string; replies?: IgComment[] };
const igComments: IgComment[] = [
  {
    who: 'ruthbarrowtimber',
    when: '2d',
    title: 'Nov 9, 2025',
    likes: '11 likes',
    text: 'So glad the offcuts went somewhere useful! That tall jar is going to live in my kitchen, I have decided.',
  },
  {
    who: 'callum.makes',
    when: '2d',
    title: 'Nov 9, 2025',
    likes: '24 likes',
    text: 'In my defence the playlist kept everyone awake at 4am. Mostly out of anger.',
  },
  {
    who: 'okafor.clay',
    when: '1d',
    title: 'Nov 10, 2025',
    likes: '8 likes',
    text:
      'The flood damp in the floor bricks is such a good catch. We lost a whole firing to that in 2022 before anyone worked out why ' +
      'the front was running cold. Did you try a candling fire to dry it out first?',
    replies: [
      {
        who: igUser,
        when: '1d',
        title: 'Nov 10, 2025',
        likes: '3 likes',
        text:
          '@okafor.clay we did twelve hours of candling but I think it needed two full days. Next time I will put a thermocouple ' +
          'low down near the floor so I can actually see it.',
      },
    ],
  },
  {
    who: 'lena.vik_pottery',
    when: '22h',
    title: 'Nov 10, 2025',
    likes: '2 likes',
    text: 'That ash run is gorgeous. How many cords of wood did the whole firing take?',
    replies: [
      {
        who: igUser,
        when: '20h',
        title: 'Nov 10, 2025',
        likes: '1 like',
        text: '@lena.vik_pottery just under three cords, mostly pine with some larch for the last push.',
      },
    ],
  },
  {
    who: 'hollowfieldgallery',
    when: '9h',
    title: 'Nov 11, 2025',
    likes: '5 likes',
    text: 'Put us down for the back-shelf jar if it is still around in December 👀',
  },
];
const igAllComments = igComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const igFoot = [
  'Meta',
  'About',
  'Blog',
  'Jobs',
  'Help',
  'API',
  'Privacy',
  'Terms',
  'Locations',
  'Instagram Lite',
  'Threads',
  'Contact Uploading & Non-Users',
  'Meta Verified',
];
const igLink = (who: string): string =>
  `<a class="x1i10hfl xjqpnuy xa49m3k xqeqjp1 x2hbi6w xdl72j9 x2lah0s xe8uvvx x2lwn1j xeuugli x1hl2dhg xggy1nq x1ja2u2z x1t137rt ` +
  `x1q0g3np x1lku1pv x1a2a7pz x6s0dn4 xjyslct x1ejq31n xd10rxx x1sy0etr x17r0tee x9f619 x1ypdohk x1f6kntn xwhw2v2 xl56j7k x17ydfre ` +
  `x2b8uid xlyipyv x87ps6o x14atkfc xcdnw81 x1i0vuye xjbqb8w xm3z3ea x1x8b98j x131883w x16mih1h x972fbf xcfux6l x1qhh985 xm0m39n ` +
  `xt0psk2 xt7dq6l xexx8yu x4uap5 x18d9i69 xkhd6sd x1n2onr6 x1n5bzlp xqnirrm xj34u2y x568u83 _a6hd" href="/${who}/" role="link" ` +
  `tabindex="0">${who}</a>`;
const igComment = (c: IgComment): string => `<div role="button" class="_a9zm"><div class="_a9zn _a9zo"><div class="_a9zj _a9zl">
<div class="_a9zr"><h3 class="_a9zc"><div class="xt0psk2"><span class="xt0psk2">${igLink(c.who)}</span></div></h3>
<div class="_a9zs"><span class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">${c.text}</span></div>
<div class="_a9zt"><span class="_a9zu"><a class="x1i10hfl xjbqb8w x1ejq31n" href="/p/DQx4kT2jRm9/c/1803${c.likes.length}/" role="link">
<time class="_a9ze _a9zf" datetime="2025-11-10T09:12:44.000Z" title="${c.title}">${c.when}</time></a></span>
<button class="_a9ze _a9zf" type="button"><span class="x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft">${c.likes}</span></button>
<button class="_a9ze _a9zf" type="button"><span class="x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft">Reply</span></button>
<button class="_a9ze _a9zf _a9zg" type="button"><span class="x1lliihq">See translation</span></button></div></div></div>
<span class="_a9zu"><div class="x6s0dn4 x78zum5 xdt5ytf xl56j7k" role="button" tabindex="0"><svg aria-label="Like" class="x1lliihq x1n2onr6"
height="12" role="img" viewBox="0 0 24 24" width="12"><title>Like</title></svg></div></span></div>
${
  c.replies === undefined
    ? ''
    : `<ul class="_a9yo"><li><div class="_a9yp"><button class="_acan _acao _acas _aj1-" type="button"><div class="_a9yu"></div>
<span class="_a9yi">Hide replies</span></button></div></li>
<div class="_a9yq">${c.replies.map(igComment).join('\n')}</div></ul>`
}</div>`;
const igHtml = `<!DOCTYPE html>
<html class="_9dls js-focus-visible _aa4c" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>kiln &amp; quince on Instagram: "${igTitle}"</title>
<meta property="og:title" content="kiln &amp; quince on Instagram: &quot;${igTitle}&quot;">
<meta name="description" content="1,482 likes, 37 comments - ${igUser} on November 9, 2025: &quot;${igTitle} We fired the anagama...&quot;">
<meta property="og:image" content="https://scontent.cdninstagram.example/v/t51.29350-15/466201_n.jpg"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.instagram.com/p/DQx4kT2jRm9/"><meta name="theme-color" content="#FFFFFF">
<style nonce="a1Xk9">._9dls{--fds-black:#000000;--ig-primary-text:0,0,0}._a9zs{word-wrap:break-word}._a9ze{color:rgb(var(--ig-secondary-text))}</style>
<script type="application/json" data-content-len="6210" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":
[["RelayPrefetchedStreamCache","next",[],["adp_PolarisPostRootQueryRelayPreloader_6740",{"__bbox":{"complete":true,"result":{"data":
{"xdt_api__v1__media__shortcode__web_info":{"items":[{"code":"DQx4kT2jRm9","taken_at":1762712524,"like_count":1482,"comment_count":37,
"user":{"username":"${igUser}","full_name":"kiln & quince","is_verified":false},"caption":{"text":"${igTitle}\\n\\nWe fired the anagama…"}}]}}}}}]]]}}]]]}
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","url":"https://www.instagram.com/p/DQx4kT2jRm9/",
"author":{"@type":"Person","alternateName":"@${igUser}"},"datePublished":"2025-11-09T18:22:04+00:00","interactionStatistic":
[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":1482}]}</script></head>
<body class="" style="background-color:rgb(var(--ig-primary-background))"><div id="splash-screen" style="display:none"></div>
<div class="x9f619 x1n2onr6 x1ja2u2z" id="mount_0_0_Lq"><div><div class="x9f619 x1n2onr6 x1ja2u2z"><div class="x78zum5 xdt5ytf x1n2onr6">
<div class="x1uvtmcs x4k7w5x x1h91t0o x1beo9mf xaigb6o x12ejxvf x3igimt xarpa2k xedcshv x1lytzrv x1t2pt76 x7ja8zs x1n2onr6 x1qrby5j x1jfb8zj"
role="banner"><div class="x6s0dn4 x78zum5 x1q0g3np xs83m0k xeuugli x1n2onr6"><a class="x1i10hfl xjbqb8w" href="/" role="link" tabindex="0">
<svg aria-label="Instagram" class="x1lliihq x1n2onr6 x5n08af" height="29" role="img" viewBox="32 4 113 32" width="103"><title>Instagram</title></svg></a>
<div class="x6s0dn4 x78zum5"><a class="x1i10hfl x1qhh985 x1a2a7pz" href="/accounts/login/?next=%2Fp%2FDQx4kT2jRm9%2F" role="link">
<button class="_acan _acap _acas _aj1- _ap30" type="button"><div class="x9f619 xjbqb8w">Log in</div></button></a>
<a class="x1i10hfl" href="/accounts/emailsignup/" role="link"><button class="_acan _acao _acas _aj1- _ap30" type="button">Sign up</button></a></div></div></div>
<section class="_aa55"><main class="xvbhtw8 x78zum5 xdt5ytf x1iyjqo2 xl56j7k" role="main"><div class="x9f619 xjbqb8w x78zum5 x168nmei x13lgxp2 x5pf9jr">
<div class="x6s0dn4 x78zum5 xdt5ytf xdj266r xkrivgy xat24cr x1gryazu x1n2onr6 xh8yej3"><article class="x1iyjqo2 x1vjfegm">
<div class="_aatb _aatc _aate _aatf _aatg"><div class="_aasi"><div class="_aap6 _aap7 _aap8"><div class="x78zum5 xdt5ytf">
<header class="_aaqw"><div class="x78zum5 x1q0g3np"><div class="x1i10hfl"><canvas class="_aarh" height="42" width="42"></canvas>
<a class="x1i10hfl" href="/${igUser}/" role="link"><img alt="${igUser}'s profile picture" class="xpdipgo x972fbf" src="/s150x150/4492.jpg"></a></div>
<div class="x78zum5 xdt5ytf"><div class="x78zum5"><span class="xt0psk2"><div class="x9f619">${igLink(igUser)}</div></span>
<span class="x1lliihq x193iq5w" style="margin:0 4px">•</span><div class="x9f619 x1n2onr6"><button class="_acan _acao _acas _aj1- _ap30" type="button">
<div class="_ap3a _aaco _aacw _aad6 _aade" dir="auto">Follow</div></button></div></div>
<div class="_aaqm"><a class="x1i10hfl _a6hd" href="/explore/locations/218874025/hollowfield-pottery/" role="link">Hollowfield Pottery, Cumbria</a></div></div>
<div class="x1i10hfl" role="button" tabindex="0"><svg aria-label="More options" class="x1lliihq" height="24" role="img" width="24">
<title>More options</title></svg></div></div></header></div></div>
<div class="_aatk _aatl"><div class="_aagu"><div class="_aagv" style="padding-bottom:125%"><img alt="Photo by kiln &amp; quince in Hollowfield
Pottery, Cumbria with @callum.makes. May be an image of vase and indoor." class="x5yr21d xu96u03 x10l6tqk x13vifvy x87ps6o xh8yej3" crossorigin="anonymous"
decoding="auto" sizes="598px" src="https://scontent.cdninstagram.example/v/t51.29350-15/466201_n.jpg"></div><div class="_aagw"></div></div>
<button aria-label="Next" class=" _afxw _al46 _al47" tabindex="-1"><div class=" _9zm2"></div></button>
<ul class="_acay"><li class="_acaz" style="transform:translateX(0px)"></li><li class="_acaz"></li><li class="_acaz"></li></ul></div>
<div class="x1qjc9v5 x9f619 x78zum5 xdt5ytf x1iyjqo2"><div class="x78zum5 xdt5ytf x1iyjqo2 xs83m0k"><div class="x5yr21d xw2csxc x1odjw0f">
<ul class="_a9z6 _a9za"><div class="x78zum5 xdt5ytf"><div role="button" class="_a9zm"><div class="_a9zn _a9zo"><div class="_a9zj _a9zl">
<div class="_a9zr"><h2 class="_a9zc"><div class="xt0psk2"><span class="xt0psk2">${igLink(igUser)}</span></div></h2>
<div class="_a9zs"><h1 class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">${igTitle}<br>
<br>
${igCaption.join('<br>\n<br>\n')}<br>
<br>
${igTags.map((t) => `<a class="x1i10hfl xjbqb8w" href="/explore/tags/${t.slice(1)}/" role="link" tabindex="0">${t}</a>`).join(' ')}</h1></div>
<div class="_a9zt"><span class="_a9zu"><time class="_a9ze _a9zf" datetime="2025-11-09T18:22:04.000Z" title="Nov 9, 2025">2d</time></span>
<button class="_a9ze _a9zf _a9zg" type="button"><span class="x1lliihq">See translation</span></button></div></div></div></div></div></div>
<div class="_a9zq"><div class="x78zum5 xdt5ytf">${igComments.map(igComment).join('\n')}</div>
<li><div class="_a9yp"><button class="_abl-" type="button"><div class="_abm0"><svg aria-label="Load more comments" class="x1lliihq" height="24" role="img"
width="24"><title>Load more comments</title></svg></div></button></div></li></div></ul></div>
<section class="_aamu _ae3_ _ae47 _ae48"><span class="_aamw"><div role="button"><svg aria-label="Like" height="24"
role="img"><title>Like</title></svg></div></span>
<span class="_aamx"><div role="button"><svg aria-label="Comment" height="24" role="img"><title>Comment</title></svg></div></span>
<button class="_abl-" type="button"><svg aria-label="Share Post" height="24" role="img"><title>Share Post</title></svg></button>
<span class="_aamz"><div role="button"><svg aria-label="Save" height="24" role="img"><title>Save</title></svg></div></span></section>
<section class="_ae5m _ae5n _ae5o"><div class="x9f619"><span
class="x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs xt0psk2 x1i0vuye xvs91rp x1s688f x5n08af x10wh9bi"
dir="auto"><a class="x1i10hfl" href="/p/DQx4kT2jRm9/liked_by/" role="link">1,482 likes</a></span></div></section>
<div class="x1yztbdb x1h3rv7z x1swvt13"><div class="_aaqe"><a class="x1i10hfl" href="/p/DQx4kT2jRm9/" role="link"><span class="x1lliihq x1plvlek">
<time class="x1p4m5qa" datetime="2025-11-09T18:22:04.000Z" title="Nov 9, 2025">November 9, 2025</time></span></a></div></div>
<section class="x5ur3kl x13fuv20 x178xt8z x1roi4f4 x2lah0s xvs91rp xl56j7k x17ydfre x1n2onr6 x1n5bzlp x10wh9bi xpkswlk"><div class="x6s0dn4">
<span class="x1lliihq x1plvlek xryxfnj"><a class="x1i10hfl" href="/accounts/login/?next=%2Fp%2FDQx4kT2jRm9%2F" role="link">Log in</a>
to like or comment.</span></div></section></div></div></div></div></article>
<div class="x1n2onr6 x1gslohp"><div class="_aa6h"><span class="x1lliihq x1plvlek">More posts from <a class="x1i10hfl _a6hd" href="/${igUser}/">${igUser}</a>
</span></div><div class="_ac7v xat24cr x1f01sob xcghwft xzboxd6"><div class="x1lliihq x1n2onr6 xh8yej3 x4gyw5p xfllauq xo2y696 x11i5rnm x2pgyrj">
<a class="x1i10hfl _a6hd" href="/p/DQr0aL3jBxE/" role="link"><div class="_aagu"><div class="_aagv"><img alt="Photo by kiln &amp; quince on November 2,
2025. May be an image of bowl." class="x5yr21d" src="/p/DQr0aL3jBxE.jpg"></div></div></a></div>
<div class="x1lliihq x1n2onr6"><a class="x1i10hfl _a6hd" href="/p/DQk22ZOjW1s/"><div class="_aagu"><div class="_aagv"><img alt="Photo by kiln &amp; quince
on October 27, 2025. May be an image of brick wall and fire." src="/p/DQk22ZOjW1s.jpg"></div></div></a></div></div></div></div></div></main>
<footer class="x1qjc9v5 x9f619 x78zum5 xdt5ytf x2lah0s xk390pu x1t137rt" role="contentinfo"><div class="x9f619 x1n2onr6 x1ja2u2z x78zum5">
<div class="x78zum5 xdt5ytf">${igFoot
  .map(
    (t) => `<a class="x1i10hfl xjbqb8w" href="/legal/${t.length}/" role="link"><span
class="x1lliihq">${t.replace(/&/g, '&amp;')}</span></a>`,
  )
  .join('\n')}
</div><div class="x9f619 x1n2onr6"><span class="x1lliihq x1plvlek"><select aria-label="Switch display language"><option value="en">English</option>
<option value="en-gb">English (UK)</option></select></span><span class="x1lliihq">© 2025 Instagram from Meta</span></div></div></footer></section></div>
<div class="x1n2onr6 xzkaem6"><div class="x6s0dn4 x78zum5 x5yr21d" role="dialog" aria-label="Allow the use of cookies from Instagram on this browser?">
<h2 class="x1lliihq">Allow the use of cookies from Instagram on this browser?</h2>
<p class="x1lliihq">We use cookies and similar technologies to help provide and improve content on Instagram. You can review your cookie controls
at any time.</p><button class="_a9-- _ap36 _a9_0" tabindex="0">Allow all cookies</button>
<button class="_a9-- _ap36 _a9_1" tabindex="0">Decline optional cookies</button></div></div>
<div class="x1ey2m1c xds687c x17qophe x10l6tqk x13vifvy" style="position:fixed;bottom:0"><div class="x78zum5 x1q0g3np"><div class="xdt5ytf">
<span class="x1lliihq x1s688f">See more from ${igUser}</span><span class="x1lliihq">Sign up to see photos and videos from your friends.</span></div>
<a href="/accounts/login/"><button class="_acan _acap _acas" type="button">Log in</button></a>
<a href="/accounts/emailsignup/"><button class="_acan _acao _acas" type="button">Sign up</button></a></div></div></div></div></div>
<script type="application/json" data-content-len="412" data-sjs>{"require":[["CometSSRMergedContentInjector","onPayloadReceived",null,
[{"__bbox":{"clientRender":true}}]]]}</script><noscript><img height="1" width="1" style="display:none" src="/logging/falco?noscript=1" alt=""></noscript>
</body></html>`;
const instagram: TestPage = {
  html: igHtml,
  name: 'heldout45-instagram-post',
  kind: 'forum',
  // a social post without a title of its own: the caption's first line is the title, the rest of the caption (the hashtag line
  // too, a line of the post) is body, and on a social page every comment and reply is body (the "@name" mentions are words of
  // the replies); the username (post header, caption, two replies: once) and every time ("2d", the comments' ages, "November 9,
  // 2025") are bylines; the location tag under the username is post metadata, not an author or date line: furniture; "Follow",
  // the icons' SVG titles ("Like", "Comment", "Share Post", "Save", "More options"), like counts, "Reply", "See translation",
  // "Hide replies", "1,482 likes", "Log in to like or comment.", "More posts from", the top bar, cookie dialog, sign-up bar and
  // footer are furniture; the footer's "About" is a word of the caption ("About a third"): left out; the two replies open with
  // "@okafor.clay" and "@lena.vik_pottery", words of their body, and those two names are still bylines (on their own lines
  // above their comments)
  title: igTitle,
  headings: [],
  body: [...texts(igCaption), igTags.join(' '), ...igAllComments.map((c) => c.text)],
  bylines: [igUser, ...igAllComments.map((c) => c.who).filter((w) => w !== igUser), '2d', '1d', '22h', '20h', '9h', 'November 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Instagram', 'Log in', 'Sign up', 'Follow', 'Hollowfield Pottery, Cumbria', 'More options', 'Reply', 'Like', 'Load more comments',
    'Comment', 'Share Post', 'Save', 'See more from', 'English', 'English (UK)', '11 likes', '24 likes', '8 likes', '3 likes', '2 likes', '1 like', '5 likes',
    'See translation', 'Hide replies', '1,482 likes', 'to like or comment.', 'More posts from', ...igFoot.filter((t) => t !== 'About'),
    '© 2025 Instagram from Meta',
    'Allow the use of cookies from Instagram on this browser?',
    'We use cookies and similar technologies to help provide and improve content on Instagram. You can review your cookie controls at any time.',
    'Allow all cookies', 'Decline optional cookies', 'Sign up to see photos and videos from your friends.',
  ],
};

export const HELDOUT45_A: readonly TestPage[] = [instagram, pinterestPin];
