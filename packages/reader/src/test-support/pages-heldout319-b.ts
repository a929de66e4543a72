import { links, type TestPage, texts } from './page-kit.js';
import { brs, j } from './pages-heldout319-kit.js';

/**
 * Held-out batch 319, file b: an Instagram post page whose caption is the body (logged-out top bar, the author row with
 * Follow, the location line, a carousel's alt text, like count, dated comments, "More posts from", the login prompt and the
 * Meta footer) and a Threads post whose author continued it in a thread of three posts (the body) with replies from others
 * (the logged-out "Say more with Threads" card, the Thread / Replies / Views header, counts and the footer).
 */
const igTitle = 'Twelve months of repairing chairs for the Halloway library';
const igCap = [
  j(
    'A year ago the library in Halloway asked whether I could look at "a few wobbly chairs". There were sixty-one of them, all oak,',
    'all made in the same workshop in 1958, and most had not been glued since the seventies. Here is what a year of Tuesdays taught me.',
  ),
  j(
    'First: old hide glue is your friend. It softens with warm water and a little vinegar, so every joint came apart cleanly without',
    'a single broken tenon. Modern PVA in the two chairs someone had "fixed" was the only real damage I found.',
  ),
  j(
    'Second: measure before you clamp. Three of the chairs had been re-glued with one leg a few millimetres short, and the wobble',
    'was never the joint at all. A thin oak shim and a fresh glue-up took ten minutes each.',
  ),
  j(
    'Third: keep a notebook. Every chair got a number in pencil under the seat and a page in my book: which joints were loose,',
    'what glue was in them, what I did. When chair 23 came back in November with a cracked rail, I knew exactly what it had been',
    'through, and the library now has a record of the whole set for whoever looks after them next.',
  ),
  j(
    'Fourth: the finish matters less than you think. I cleaned each chair with a mild soap, then one coat of wax. The patina from',
    'sixty years of readers is the best part, and stripping it would have made them look like reproductions.',
  ),
  j(
    'The last chair went back on Friday. The librarians have asked me to teach a repair evening in May, so if you live nearby and',
    'have a chair that rocks, bring it along. Details in my stories.',
  ),
];
const igComments = [
  ['marta.weaves', 'The shim tip is so simple. I have two kitchen chairs that need exactly this.', '4d', '18 likes'],
  ['halloway.library', 'Thank you for every single Tuesday. The reading room sounds different without the creaking!', '4d', '64 likes'],
];
const igFoot = ['Meta', 'About', 'Blog', 'Jobs', 'Help', 'API', 'Privacy', 'Terms', 'Locations', 'Instagram Lite', 'Threads', 'Meta Verified'];
const igHtml = `<!DOCTYPE html><html class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Oren Lasky on Instagram: "${igTitle}"</title><meta property="og:site_name" content="Instagram">
<meta property="og:title" content="Oren Lasky on Instagram: &quot;${igTitle}&quot;"><meta property="og:type" content="article">
<meta property="og:url" content="https://www.instagram.com/p/C4kLm2sNq7x/"><meta name="twitter:card" content="summary_large_image">
<meta property="al:ios:app_name" content="Instagram"><link rel="canonical" href="https://www.instagram.com/p/C4kLm2sNq7x/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":"${igTitle}",
"author":{"@type":"Person","name":"Oren Lasky","alternateName":"@oren.makes"},"datePublished":"2026-03-04T10:12:00+00:00"}</script>
<script type="application/json" data-content-len="812" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"define":[]}}]]]}</script>
</head><body class="system-fonts--body segoe"><div id="mount_0_0_Xx"><div><div class="x9f619 x1n2onr6 x1ja2u2z">
<div class="x78zum5 xdt5ytf x1t2pt76"><nav class="x1vjfegm"><div class="_acum"><a href="/" aria-label="Instagram" class="_aa_c">
<svg aria-label="Instagram" class="x1lliihq x1n2onr6" height="29" role="img" viewBox="32 4 113 32" width="103"></svg></a>
<div class="_acun"><a href="/accounts/login/" class="_acan _acap _acas _aj1- _ap30">Log in</a><a href="/accounts/emailsignup/"
class="_acan _acao _acat _aj1- _ap30">Sign up</a></div></div></nav>
<main class="xvbhtw8 x78zum5" role="main"><div class="x1yvgwvq xjd31um x1ixjvfu"><article class="x1iyjqo2 _aatb _aate _aatg">
<div class="_aatk _aatl"><div class="_aagu _aa20 _aato"><div class="_aagv"><img alt="Photo by Oren Lasky on March 4, 2026. May be an image of
chair and indoor." class="x5yr21d xu96u03 x10l6tqk" src="https://scontent.cdninstagram.example/v/t51.jpg"></div></div></div>
<div class="_aasi"><header class="_aaqw"><div class="x78zum5"><a href="/oren.makes/" class="x1i10hfl"><span class="_ap3a _aaco _aacw _aacx _aad7 _aade"
dir="auto">oren.makes</span></a><span class="_ap3a _aaco _aacu _aacy _aad6 _aade"> • </span><button class="_acan _acao _acas _aj1- _ap30">Follow</button></div>
<div class="_aaqm"><a href="/explore/locations/21890/halloway-public-library/" class="_aaqk">Halloway Public Library</a></div></header>
<div class="x5yr21d xw2csxc x1odjw0f x1n2onr6"><ul class="_a9z6 _a9za"><div role="button" class="_a9zj _a9zl"><li class="_a9zj _a9zl _a9z5">
<div class="_a9zm"><div class="_a9zr"><h2 class="_a9zc"><a href="/oren.makes/" class="x1i10hfl">oren.makes</a></h2>
<div class="_a9zs"><h1 class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">${igTitle}</h1><span class="x193iq5w xeuugli" dir="auto">
${brs(igCap)}</span></div><div class="_a9zt"><time class="x1p4m5qa" datetime="2026-03-04T10:12:00.000Z" title="Mar 4, 2026">4d</time></div></div></div>
</li></div>
${igComments
  .map(
    ([u, c, t, l]) => `<ul class="_a9ym"><div role="button" class="_a9zj _a9zl"><li class="_a9zj _a9zl _a9z5"><div class="_a9zm"><div class="_a9zr">
<h3 class="_a9zc"><a href="/${u}/">${u}</a></h3><div class="_a9zs"><span class="_ap3a _aaco _aacu _aacx _aad7 _aade" dir="auto">${c}</span></div>
<div class="_a9zt"><span class="_a9ze _a9zf"><time class="_a9ze _a9zf" datetime="2026-03-04T12:00:00.000Z">${t}</time></span>
<button class="_a9ze"><span class="x1lliihq">${l}</span></button><button class="_a9ze"><span class="x1lliihq">Reply</span></button></div>
</div></div></li></div></ul>`,
  )
  .join('\n')}
</ul></div><section class="_ae5m _ae5n _ae5o"><span class="_aamw"><div class="x1i10hfl"><svg aria-label="Like" height="24"></svg></div></span>
<span class="_aamx"><svg aria-label="Comment" height="24"></svg></span><span class="_aamy"><svg aria-label="Share Post" height="24"></svg></span></section>
<section class="_ae5m _ae5n _ae5q"><div class="_aacl _aaco _aacw _aacx _aada _aade"><span class="xdj266r">2,318 likes</span></div></section>
<div class="_ae5u _ae5v"><a href="/accounts/login/" class="_aacl _aaco">Log in</a><span> to like or comment.</span></div></div></article>
<div class="_aa6g"><h2 class="_aacl _aaco _aacu">More posts from <a href="/oren.makes/">oren.makes</a></h2><div class="_ac7v">
<a href="/p/C3zQw1/" class="x1i10hfl"><img alt="Photo by Oren Lasky on February 11, 2026. May be an image of workbench." src="/a.jpg"></a></div></div></div>
<footer class="_ab8s _ab8w" role="contentinfo"><div class="_ab8t"><ul class="_ab8v">${links(igFoot, '_ab8w')}</ul>
<span class="_ab8x">English (UK)</span><span class="_ab8x">© 2026 Instagram from Meta</span></div></footer></main></div></div></div></div>
<script type="application/json" data-sjs>{"require":[["CometPlatformRootClient","setInitialProps",[],[{"rootView":{"props":{}}}]]]}</script>
</body></html>`;
const instagram: TestPage = {
  name: 'heldout319-instagram-post-blog',
  kind: 'blog',
  html: igHtml,
  title: igTitle,
  headings: [],
  body: texts(igCap),
  bylines: ['oren.makes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Sign up', 'Follow', 'Halloway Public Library', ...igComments.flatMap(([u, c, , l]) => [u ?? '', c ?? '', l ?? '']), 'Reply', '2,318 likes',
    'to like or comment.', 'More posts from', ...igFoot, 'English (UK)', '© 2026 Instagram from Meta',
  ],
};

const thTitle = 'We ran a four-day week at our print shop for six months. Here is the honest version.';
const thPosts = [
  [
    j(
      'We are eleven people, two presses and a bindery. Since September everyone works Monday to Thursday, same pay, same hours',
      'per week spread over four longer days. I promised I would write it up when the trial ended, so this is the thread.',
    ),
  ],
  [
    'What went well:',
    '• Sick days fell from 41 in the same months last year to 17.',
    '• Nobody left. Last year we lost three people to the big shops across the river.',
    '• The presses run better in longer blocks. Fewer make-readies each week means less paper wasted getting the colour right.',
  ],
  [
    j(
      'What did not: Friday customers. About a fifth of our rush jobs used to come in on Friday mornings, and some of those clients',
      'went elsewhere. We now have one person on call on Fridays for collections only, rotating, with a day off in lieu.',
    ),
    j(
      'The longer days were also hard on the two of us with school runs. We moved the start to 07:30 so the day ends by 17:00,',
      'which helped, but it is the thing I would plan better if we started again.',
    ),
    j(
      'We are keeping it. Turnover is flat, profit is slightly up because of the paper savings, and when I asked the team, the vote',
      'was ten to one. The one was me, for about a week in November, and then I came round.',
    ),
    j(
      'If you are thinking of trying it, run it as a trial with an end date and tell customers early. Ours got a letter six weeks',
      'before we started, and the ones who stayed mostly said the notice was what made the difference. Happy to answer questions below.',
    ),
  ],
];
const thReplies = [
  ['lenore.binds', 'Really useful to see the Friday problem written down. That is exactly what our owner worries about.', '2d', '86'],
  ['kasimir_ink', 'How did you handle the bindery deadlines that used to land on Fridays?', '2d', '14'],
];
const thFoot = ['© 2026', 'Threads Terms', 'Privacy Policy', 'Cookies Policy', 'Report a problem'];
const thPost = (ps: string[], time: string, counts: [string, string, string]): string => `<div data-pressable-container="true"
class="x1a2a7pz x1n2onr6"><div class="x78zum5 xdt5ytf"><div class="x9f619 x1n2onr6 x1ja2u2z"><div class="x78zum5 x1q0g3np">
<span class="x1lliihq x1plvlek xryxfnj" dir="auto"><a href="/@marit.presswork" role="link" class="x1i10hfl"><span
class="x1lliihq x193iq5w x6ikm8r">marit.presswork</span></a></span><span class="x1lliihq"><a href="/@marit.presswork/post/C5fTr${time}"
role="link"><time class="x1rg5ohu xnei2rj" datetime="2026-03-05T09:${time}:00.000Z" title="05/03/2026, 09:${time}">2d</time></a></span></div>
<div class="x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6" dir="auto">
<span>${ps.join('<br>\n')}</span></span></div>
<div class="x6s0dn4 x78zum5 xl56j7k"><div role="button" class="x1i10hfl"><svg aria-label="Like" role="img"></svg><span
class="x17qophe x10l6tqk">${counts[0]}</span></div><div role="button" class="x1i10hfl"><svg aria-label="Reply" role="img"></svg><span
class="x17qophe">${counts[1]}</span></div><div role="button" class="x1i10hfl"><svg aria-label="Repost" role="img"></svg><span
class="x17qophe">${counts[2]}</span></div></div></div></div></div>`;
const thHtml = `<!DOCTYPE html><html id="facebook" class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Marit Olsvik (@marit.presswork) on Threads</title><meta property="og:title" content="Marit Olsvik (@marit.presswork) on Threads">
<meta property="og:description" content="${thTitle}"><meta property="og:site_name" content="Threads"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://www.threads.net/@marit.presswork/post/C5fTr02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","articleBody":"${thTitle}",
"author":{"@type":"Person","name":"Marit Olsvik","identifier":"marit.presswork"},"datePublished":"2026-03-05T09:02:00.000Z"}</script>
<script type="application/json" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[]}}]]]}</script>
</head><body class="_a3wf system-fonts--body segoe"><div id="barcelona-page-layout"><div class="x1n2onr6 xzkaem6">
<div class="x78zum5 xdt5ytf x1iyjqo2"><div role="navigation" class="x1c1b4dv"><a href="/" aria-label="Threads" role="link"><svg aria-label="Threads"
viewBox="0 0 192 192"></svg></a><a href="/login" class="x1i10hfl"><div class="xnz67gz">Log in</div></a></div>
<div class="x6s0dn4 x78zum5 x1n2onr6"><div class="x1s688f xp4054r"><span>Thread</span></div><div class="x10l6tqk"><span dir="auto">1.9K views</span></div></div>
<main class="x1iyjqo2 x1hc1fzr"><div class="xb57i2i x1q594ok x5lxg6s"><div class="x1ypdohk">
<div class="x1lliihq x1plvlek"><span dir="auto"><span>${thTitle}</span></span></div>
${thPost(thPosts[0] ?? [], '02', ['1.4K', '212', '96'])}
${thPost(thPosts[1] ?? [], '04', ['806', '41', '22'])}
${thPost(thPosts[2] ?? [], '07', ['933', '58', '31'])}
<div class="x1n2onr6 x1ye3gou"><span class="x1lliihq" dir="auto">Replies</span><span class="x1lliihq" dir="auto">View activity</span></div>
${thReplies
  .map(
    ([u, c, t, l]) => `<div data-pressable-container="true" class="x1a2a7pz x1n2onr6"><span class="x1lliihq x1plvlek"><a href="/@${u}"><span
class="x1lliihq">${u}</span></a></span><time class="x1rg5ohu" datetime="2026-03-05T11:20:00.000Z">${t}</time><div class="x1a6qonq"><span
class="x1lliihq x1plvlek" dir="auto"><span>${c}</span></span></div><div role="button"><svg aria-label="Like"></svg><span class="x17qophe">${l}</span></div>
</div>`,
  )
  .join('\n')}
</div></div></main>
<div class="x1c1b4dv x78zum5 xdt5ytf" role="complementary"><div class="x1lliihq"><span dir="auto">Say more with Threads</span></div>
<div class="x1lliihq x1g0d7a9"><span dir="auto">Join Threads to share ideas, ask questions, post random thoughts and more.</span></div>
<a href="/login?show_choice_screen=false" class="x1i10hfl"><span>Continue with Instagram</span></a><a href="/login" class="x1i10hfl"><span>Log in with
username instead</span></a></div>
<footer class="x1n2onr6 x17qophe" role="contentinfo"><ul>${links(thFoot, 'x1lliihq')}</ul></footer></div></div></div></body></html>`;
const threads: TestPage = {
  name: 'heldout319-threads-thread-forum',
  kind: 'forum',
  html: thHtml,
  title: thTitle,
  headings: [],
  body: texts(thPosts.flat()),
  bylines: ['marit.presswork'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Thread', '1.9K views', '1.4K', '212', '806', '933', 'Replies', 'View activity',
    ...thReplies.flatMap(([u, c]) => [u ?? '', c ?? '']), 'Say more with Threads',
    'Join Threads to share ideas, ask questions, post random thoughts and more.', 'Continue with Instagram', 'Log in with username instead', ...thFoot,
  ],
};

export const HELDOUT319_B: readonly TestPage[] = [instagram, threads];
