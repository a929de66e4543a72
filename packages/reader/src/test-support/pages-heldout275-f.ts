import { type TestPage, texts } from './page-kit.js';
import { bloxTheatre } from './pages-heldout275-f2.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file f: an app review in a Medium publication (Medium's React markup with its short generated class
 * names, the publication header, "Member-only story" label, author block with Follow, read time and date, clap and response
 * counts, the Listen and Share buttons, app-store badges in a figure with caption, the "Written by" card, "More from", the
 * "Recommended from Medium" rail and the footer links); and, from file f2, a theatre review on a BLOX CMS (TownNews) newspaper.
 */
const mTitle = 'I Let an App Run My Houseplants for a Month. Here’s What Survived.';
const mSub = 'Nestwise promises to keep your plants alive with a camera and a schedule. My fiddle-leaf fig has opinions.';
const mBody1 = [
  j(
    'I am, by any fair measure, a bad plant parent. I overwater in spring, forget everything in August, and have killed two',
    'succulents, which I am told is almost an achievement. So when Nestwise, a new plant-care app from a three-person studio in',
    'Utrecht, offered to take the decisions out of my hands, I said yes.',
  ),
  j(
    'The pitch is simple. You photograph each plant, the app identifies it, asks a few questions about light and pot size, and',
    'builds a watering and feeding schedule. Every week it asks for a new photo and adjusts the plan based on what it sees.',
  ),
];
const mBody2 = [
  j(
    'Setup took about ten minutes for my eleven plants. Identification was right for nine of them on the first try; it confused',
    'my pothos with a philodendron, and thought my string of pearls was a very small grape vine, which I found charming.',
  ),
  j(
    'The weekly check-in is where Nestwise earns its keep. When my calathea’s leaves started to curl, the app spotted it from the',
    'photo before I did, suggested moving it away from the radiator, and cut its watering back by a third. Two weeks later the',
    'new leaves were flat and glossy.',
  ),
];
const mBody3 = [
  'It is not perfect. A few things annoyed me over the month:',
  'Reminders arrive at the same time every day, with no quiet hours.',
  'The light meter, which uses your phone’s camera, gave wildly different readings from one minute to the next.',
  'The free tier caps you at five plants, and the subscription is £3.99 a month.',
];
const mBody4 = [
  j(
    'After thirty days, ten of my eleven plants are doing better than when I started, and the eleventh, a fern I rescued from a',
    'supermarket, was probably doomed anyway. If you are as forgetful as I am, Nestwise is the first plant app I would actually',
    'recommend paying for. If you already have green fingers, the free tier will do.',
  ),
];
const mRec = ['The Five Apps I Actually Kept on My Home Screen This Year', 'Why Every Habit Tracker Eventually Fails Me', 'A Week Without Notifications'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const mp = (t: string, id: string): string => `<p id="${id}" class="pw-post-body-paragraph nq nr gu ns b nt nu nv nw nx ny nz oa ob oc od oe of og oh oi
oj ok ol om on oo op gn bk" data-selectable-paragraph="">${t}</p>`;
const mh = (t: string, id: string): string => `<h2 id="${id}" class="oq or gu bf os ot ou ov ow ox oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn bk"
data-selectable-paragraph="">${t}</h2>`;
const mHtml = `<!doctype html>
<html lang="en"><head><title>${mTitle} | by Tamsin Okoro | Byte Sized | Mar, 2026 | Medium</title><meta data-rh="true" charset="utf-8">
<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="description" content="${mSub}">
<meta data-rh="true" name="author" content="Tamsin Okoro"><meta data-rh="true" property="article:published_time" content="2026-03-08T14:21:03.118Z">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle.replace(/’/g, "'")}",
"author":{"@type":"Person","name":"Tamsin Okoro"},"publisher":{"@type":"Organization","name":"Byte Sized"},"isAccessibleForFree":false}</script>
<script>window.__BUILD_ID__="main-20260305-181511-4c1a2e"; window.__GRAPHQL_URI__ = "https://medium.example/_/graphql";</script></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l m n o"><div class="p q r s t u"><a href="/byte-sized" class="af ag ah ai aj ak al am an ao ap aq ar as at">Byte Sized</a>
<div class="bd be"><a href="/m/signin" class="af ag">Sign in</a><a href="/m/signup" class="bf b bg bh">Get started</a></div></div></div>
<div class="ff fg fh"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="hb hc hd he hf">
<div class="ab cb"><div class="ci bh gf gg gh gi"><div class="hg l"><div class="ab ba hh"><span class="bf b bg z dx">Member-only story</span></div></div>
<div><h1 id="7a21" class="pw-post-title hi hj gu bf hk hl hm hn ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if bk"
data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="0c4e" class="pw-subtitle-paragraph ig ih gu bf b ii ij ik il im in io ip iq ir is it iu iv iw cp ex">${mSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="ix iy iz ja jb ab"><div><div class="ab jc"><div><div class="bm" aria-hidden="false"><a
href="/@tamsinokoro"><img alt="Tamsin Okoro" class="l fb by jd je cx" src="https://miro.medium.example/1*a.jpeg" width="44" height="44"></a></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jf ab q"><div class="ab q jg"><div class="ab q"><div><div
class="bm" aria-hidden="false"><p class="bf b jh ji bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jj" data-testid="authorName"
href="/@tamsinokoro">Tamsin Okoro</a></p></div></div></div><span class="jk jl" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p
class="bf b jh ji dx"><button class="jm jn ah ai aj ak al am an ao ap aq ar jo jp jq" disabled="">Follow</button></p></div></div></span></div></div>
<div class="l jr"><span class="bf b bg z dx"><div class="ab cn js jt ju"><span data-testid="storyReadTime">5 min read</span><div class="jv jw l"
aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Mar 8,
2026</span></div></span></div></div></div>
<div class="ab cp jx jy jz ka kb kc kd ke kf kg kh ki kj kk kl km"><div class="h k w fy fz q"><div class="lc l"><div class="ab q ld le"><p class="bf b
dy z dx"><span class="lf">1.4K</span></p></div></div><div class="bq ab"><button class="af fl ah ai aj ak al lg an ao ap ex lh li lu"
aria-label="responses"><p class="bf b dy z dx"><span class="pw-responses-count lw lx">23</span></p></button></div></div><div class="ab q kn ko kp
kq kr ks kt ku kv kw kx ky kz la lb"><button aria-label="Listen" class="af fl ah ai aj ak al lg"><p class="bf b bg z dx">Listen</p></button><button
aria-label="Share" class="af fl ah ai aj"><p class="bf b bg z dx">Share</p></button></div></div></div></div></div></div>
<div class="ab cb"><div class="ci bh gf gg gh gi">
${mBody1.map((t, i) => mp(t, `p1${i}`)).join('\n')}
<figure class="mu mv mw mx my mz mr ms paragraph-image"><div class="nc nd ce ne bh nf"><a href="https://apps.apple.example/app/nestwise"><img alt="Download
on the App Store" class="bh lm ng c" width="160" height="54" src="https://miro.medium.example/1*appstore.png"></a><a
href="https://play.google.example/store/apps/details?id=nl.nestwise"><img alt="Get it on Google Play" class="bh lm ng c" width="180" height="54"
src="https://miro.medium.example/1*play.png"></a></div><figcaption class="nh ni nj mr ms nk nl bf b bg z dx" data-selectable-paragraph="">Nestwise is free
on iOS and Android, with an optional subscription.</figcaption></figure>
${mh('First impressions', 'h1a')}
${mBody2.map((t, i) => mp(t, `p2${i}`)).join('\n')}
${mh('The annoyances', 'h1b')}
${mp(mBody3[0] ?? '', 'p30')}
<ul class="">${mBody3
  .slice(1)
  .map(
    (t, i) =>
      `<li id="l${i}" class="pq pr gu ns b nt nu nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo ps pt pu bk"
data-selectable-paragraph="">${t}</li>`,
  )
  .join('\n')}</ul>
${mh('Verdict', 'h1c')}
${mBody4.map((t, i) => mp(t, `p4${i}`)).join('\n')}
</div></div></div></section></div></div></article></div>
<div class="ab cb pv"><div class="written-by"><h2 class="bf gu pw px bk"><a href="/@tamsinokoro">Written by Tamsin Okoro</a></h2><p class="bf b bg z
bk">2.8K Followers</p><p class="bf b bg z dx">Writes about apps, habits and the small tech that runs our days.</p><button class="bf b bg">Follow</button>
</div><div class="more-from"><h2 class="bf gu pw">More from Tamsin Okoro and Byte Sized</h2></div>
<div class="recommended"><h2 class="bf gu pw">Recommended from Medium</h2><div class="ab">${mRec
  .map((r) => `<article class="qa qb"><a href="#"><h2 class="bf gu qc qd">${r}</h2></a></article>`)
  .join('\n')}</div></div></div>
<footer class="ab cb qe"><div class="ab q">
${mFoot.map((f) => `<a href="#" class="af ag ah"><p class="bf b dy z dx">${f}</p></a>`).join('\n')}</div></footer></div>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null},"Post:4c9e1f2b7a10":{"title":"${mTitle.replace(/’/g, "'")}","clapCount":1412}}</script>
</body></html>`;
const medium: TestPage = {
  name: 'heldout275-medium-app-review',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['First impressions', 'The annoyances', 'Verdict'],
  body: texts([mSub, ...mBody1, ...mBody2, ...mBody3, ...mBody4]),
  bylines: ['Tamsin Okoro', '5 min read', 'Mar 8, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Byte Sized', 'Sign in', 'Get started', 'Member-only story', 'Follow', '1.4K', 'Listen', 'Share',
    'Nestwise is free on iOS and Android, with an optional subscription.', 'Written by Tamsin Okoro', '2.8K Followers',
    'Writes about apps, habits and the small tech that runs our days.', 'More from Tamsin Okoro and Byte Sized', 'Recommended from Medium', ...mRec, ...mFoot,
  ],
};

export const HELDOUT275_F: readonly TestPage[] = [medium, bloxTheatre];
