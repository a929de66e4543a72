import { type TestPage, texts } from './page-kit.js';
import { substackPost } from './pages-heldout125-b2.js';

/**
 * Held-out batch 125, file b: a Medium story in a publication as a signed-out visitor saves it (the metabar with "Open in
 * app", "Sign up", "Sign in", "Write" and search, the title and subtitle, the byline block with author, "Follow", "Published
 * in", read time and date, the clap, response, "Listen" and "Share" bar above and below the text, h1 section headings as Medium
 * writes them, a photo caption, a blockquote, the tag pills, the "Written by" and publication cards, two responses, the "More
 * from" and "Recommended from Medium" rails and the footer) and, from file b2, a Substack post.
 */
const mdTitle = 'The standup I stopped running';
const mdSub = 'We replaced our daily meeting with a written check-in for six months. Here is what broke and what got better.';
const mdP1 = [
  `For four years my team of seven met every morning at 9:30 for a fifteen-minute standup. It rarely took fifteen minutes. Most days
it took twenty-five, and on a bad day it took forty, while two people debated a bug that the other five had no part in.`,
  `Last January I cancelled it. Not as an experiment with a fixed end date, but as a decision I was prepared to reverse if it went
badly. Six months on, we have not brought it back, though we have added something I did not expect to need.`,
];
const mdH1 = 'Why the standup stopped working';
const mdP2 = [
  `The problem was not the meeting itself. It was that the team had changed around it. When we started, all seven of us sat in the
same office in Porto. By last year, three people were in Porto, two were in Lisbon, one was in Recife and one worked from a village
outside Braga with an unreliable connection.`,
  `9:30 in Porto was 5:30 in the morning in Recife. Our colleague there, Tiago, joined every single standup for a year before I
realised he was setting an alarm for it. That alone should have been enough.`,
];
const mdH2 = 'What we replaced it with';
const mdP3 = [
  `Each person now posts a short written update in a shared channel by 11:00 their own time. We agreed on three prompts, borrowed from
every standup template in existence:`,
];
const mdL1 = ['What did you finish since your last update?', 'What are you working on next?', 'Is anything blocking you, and who could help?'];
const mdP4 = ['The rule is that an update should take five minutes to write and one minute to read. Anything longer belongs in its own thread.'];
const mdH3 = 'What got better';
const mdP5 = [
  `The obvious win was time. Seven people times twenty-five minutes is almost three hours of attention a day. Even allowing for the
time spent writing and reading updates, we got most of that back.`,
  `The less obvious win was that the updates became a record. When someone asked in April why we had changed the retry logic in the
billing service, the answer was sitting in Marta’s update from the second week of February, with a link to the pull request.`,
];
const mdQuote = 'A standup is a conversation nobody can search. A written update is a note you can find again.';
const mdH4 = 'What broke';
const mdP6 = [
  `Two things went wrong in the first couple of months. First, blockers sat unnoticed. In a meeting, someone saying “I am stuck” gets
an immediate response. In a channel, it can sit for hours if the right person is heads-down. We fixed this by asking people to tag a
specific colleague when they raise a blocker, rather than hoping someone notices.`,
  `Second, and more seriously, the team got quieter. People stopped chatting. Nobody mentioned their weekend or their kid’s football
match, and the two newest members told me in their one-to-ones that they felt they barely knew anyone.`,
];
const mdH5 = 'The meeting we added back';
const mdP7 = [
  `So we now have one meeting a week, on Thursday afternoon Porto time, which is a civilised morning in Recife. It has no agenda. We
talk about whatever comes up, and about half the time that is work. Attendance is optional, and almost everyone comes.`,
  `If you are thinking of dropping your standup, my advice is to do it, but to be honest about what the meeting was really for. Ours
was only partly about status. The rest was about being a team, and that needed its own time.`,
];
const mdCaption = 'Photo by Duarte Veloso on Unsplash';
const mdTags = ['Management', 'Remote Work', 'Meetings', 'Teamwork', 'Leadership'];
const mdBio = 'Engineering manager in Porto. I write about small teams, remote work and the meetings we could do without.';
const mdPubBio = 'Practical writing about how small teams plan, meet and ship.';
const mdResp = [
  ['Callum Reid', 'Jun 11, 2025', 'We did almost exactly this and hit the same wall with people going quiet. The weekly optional call is a good fix.', '48'],
  ['Priscila Antunes', 'Jun 12, 2025', 'How do you handle the days when someone simply forgets to post an update?', '9'],
];
const mdMore = [
  ['Ines Carvalho', 'One-to-ones are not status meetings', 'Four questions I ask instead of “what are you working on?”', 'Mar 3, 2025'],
  ['Rafael Souto', 'How we write a decision record in twenty minutes', 'A template, a timer and one rule about who gets the last word.', 'May 21, 2025'],
  ['Ines Carvalho', 'Hiring your first senior engineer', 'What I got wrong the first time, and what I look for now.', 'Jan 14, 2025'],
];
const mdRec = [
  ['Aoife Brennan', 'The quiet cost of async everything', 'Apr 2, 2025'],
  ['Kwame Mensah', 'Why your retro keeps producing the same actions', 'Feb 18, 2025'],
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdIds = ['8c1f', '2d7e', 'a31b', 'f04c', '61aa', '9e2d', 'c7b0', '0b5f', 'd48e', '73c2', 'e9a6', '5f13', 'b2d9', '4a70', '18ce', 'ce31'];
let mdN = 0;
const mdP = (t: string): string =>
  `<p id="${mdIds[mdN++ % mdIds.length]}" class="pw-post-body-paragraph mg mh hh mi b hi mj mk ml hl mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb he bk"
data-selectable-paragraph="">${t}</p>`;
const mdPs = (a: readonly string[]): string => a.map(mdP).join('\n');
const mdH = (t: string): string => `<h1 id="h${mdN++}" class="nc nd hh bf ne nf ng hj hk nh ni hm hn nj nk nl nm nn no np nq nr ns nt nu nv bk"
data-selectable-paragraph="">${t}</h1>`;
const mdBar = (where: string): string => `<div class="ab cp ka kb kc kd ke kf kg kh ki kj kk kl km kn ko kp" data-testid="${where}"><div class="h k w ea eb q">
<div class="le l"><div class="ab q lf lg"><div class="pw-multi-vote-icon ed an lh li lj"><div class=""><div class="lk ll lm ln lo lp lq am lr ls lt lj">
<svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454z"></path></svg></div></div></div>
<div class="pw-multi-vote-count l lu lv lw lx ly lz ma"><p class="bf b dy z dx"><span class="mb">1.1K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao lm me mf ab q ee mg mh" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24"
class="mi"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482"></path>
</svg><p class="bf b dy z dx"><span class="pw-responses-count mj mk">23</span></p></button></div></div></div>
<div class="ab q"><div class="ml l lb"><div><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false"
aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af ee ah ai aj ak al mm an ao ap ex mn mo mp" disabled=""><svg
width="25" height="25" viewBox="0 0 25 25" class="ax"><path
d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18z"></path>
</svg></button></div></div></div><div class="ep mq cm"><div class="l ae"><div class="ab cb"><div class="mr ms mt mu mv mw ci bh"><div class="ab">
<div class="bm bh" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al mm an ao ap ex mx my mb mz na nb
nc nd s ne nf ng nh ni nj nk u nl nm nn"><svg width="24" height="24" viewBox="0 0 24 24"><path d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0"></path></svg>
<div class="j i d"><p class="bf b bg z dx">Listen</p></div></button></div></div></div></div></div></div>
<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false">
<button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al mm
an ao ap ex mx my mb mz na nb nc nd s ne nf ng nh ni nj nk u nl nm nn"><svg width="24" height="24" viewBox="0 0 24 24"><path
d="M15.218 4.931a.4.4 0 0 1-.118.132"></path>
</svg><div class="j i d"><p class="bf b bg z dx">Share</p></div></button></div></div></div></div></div>`;
const mdCard = (author: string, title: string, sub: string, date: string): string => `<div class="sj sk sl sm sn l"><article data-testid="post-preview"
class="so ab sp sq sr"><div class="ab cp"><div class="l"><a href="/@x?source=post_page---read_next_recirc"><p
class="bf b ij z ja ue jc jd je jf jg jh bk">${author}
</p></a></div><a href="/p/${date.replace(/[^0-9A-Za-z]/g, '')}"><h2 class="bf gi ij ik ul um un uo ja jb jd je jf jg jh bk">${title}</h2>
<div class="up l"><h3 class="bf b ij z ja uq jc jd ur jf jh dx">${sub}</h3></div></a><div class="us ut ab q"><span
class="bf b dy z dx">${date}</span></div></div>
</article></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>The standup I stopped running | by Ines Carvalho | Jun, 2025 | Better Teams Weekly</title>
<meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>
<meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:site_name" content="Medium"/>
<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2025-06-10T14:02:11.512Z"/>
<meta data-rh="true" name="title" content="The standup I stopped running | by Ines Carvalho | Jun, 2025 | Better Teams Weekly"/>
<meta data-rh="true" property="og:title" content="${mdTitle}"/><meta data-rh="true" name="description" content="${mdSub}"/>
<meta data-rh="true" name="author" content="Ines Carvalho"/><meta data-rh="true" name="twitter:label1" content="Reading time"/>
<meta data-rh="true" name="twitter:data1" content="6 min read"/><link data-rh="true" rel="canonical"
href="https://betterteams.pub/the-standup-i-stopped-running-4be1c0d2a9f3"/>
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"url":"https://betterteams.pub/the-standup-i-stopped-running-4be1c0d2a9f3",
"dateCreated":"2025-06-10T14:02:11.512Z","datePublished":"2025-06-10T14:02:11.512Z","dateModified":"2025-06-11T08:40:03.117Z","headline":"${mdTitle}",
"name":"${mdTitle}","description":"${mdSub}","identifier":"4be1c0d2a9f3","author":{"@type":"Person","name":"Ines Carvalho",
"url":"https://medium.com/@inescarvalho"},
"creator":["Ines Carvalho"],"publisher":{"@type":"Organization","name":"Better Teams Weekly","url":"betterteams.pub"},"isAccessibleForFree":true}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c">
<div class="p q r s t u v w x i d y z"><a class="dv ah dw bf al b an ao ap aq ar as at au s u j i d"
href="https://rsci.app.link/?%24canonical_url=medium">Open in app
</a><div class="q"><p class="bf b dy dz ea eb ec ed ee ef eg eh dx"><span><button
class="bf b dy dz ei dp ej ek el em en eo ep eq er es et eu ev ew ex ey ez fa fb fc"
data-testid="headerSignUpButton">Sign up</button></span></p><div class="ab q fd"><p class="bf b dy dz ea eb ec ed ee ef eg eh dx"><span><a class="af ag ah ai aj
ak al am an ao ap aq ar as at" data-testid="headerSignInButton"
href="/m/signin?operation=login&amp;redirect=https%3A%2F%2Fbetterteams.pub">Sign in</a></span></p>
</div></div></div>
<div class="p q r ab ac"><div class="ab q ae"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab" aria-label="Homepage" data-testid="headerMediumLogo"
href="/?source=post_page---top_nav_layout_nav"><svg viewBox="0 0 719 160" class="fe ff fg"><path d="m174.104 9.734.215-.047V8.02H130.39"></path></svg></a>
<div class="fh j"><div class="ab fi fj fk fl fm fn fo fp fq fr fs"><div class="ft ab q"><svg width="24" height="24" viewBox="0 0 24 24"><path
d="M4.092 11.06"></path></svg>
</div><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0"
class="ay fu fv fw ab fx fy fz ga gb gc" placeholder="Search" value=""/></div></div></div>
<div class="h k w gd ge"><div class="gf ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton"
href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story"><div class="bf b bg z dx gg gh ab q fz gi"><svg width="24" height="24"
viewBox="0 0 24 24" aria-label="Write"><path d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0z"></path></svg><div
class="dv l">Write</div></div></a></div></div></div>
<div class="gp gq gr gs gt l"><div class="ab cb"><div class="ci bh gu gv gw gx"></div></div><article><div class="l"><div class="l"><span
class="l"></span><section>
<div><div class="fr fs ft fu fv"></div><div class="fw fx fy fz ga"><div class="ab cb"><div class="ci bh ew ex ey ez">
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hd he hf hg hh ab"><div><div class="ab hi"><a
class="af ag ah ai aj ak al am an ao
ap aq ar as at ab q" data-testid="publicationHeaderLink" href="https://betterteams.pub/?source=post_page---post_publication_sidebar"><p class="bf b hj hk bk">
</p></a></div></div></div></div></div>
<div><h1 id="b2a1" class="pw-post-title gy gz ha bf hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw bk" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div><div><h2 id="c4d7" class="pw-subtitle-paragraph hx hy hz bf b ia ib ic id ie if ig ih ii ij ik il im cq dx"
data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="in io ip iq ir ab"><div><div class="ab is"><div><div class="bm"
aria-hidden="false">
<a href="/@inescarvalho?source=post_page---byline--4be1c0d2a9f3"><div class="l it iu by iv iw"><img alt="Ines Carvalho" class="l fj by dd de cw"
src="https://miro.medium.example/v2/resize:fill:88:88/1*q8X.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div>
<div class="ix ab by"><div><div class="bm" aria-hidden="false"><a href="https://betterteams.pub/?source=post_page---byline--4be1c0d2a9f3" rel="noopener follow">
<div class="l iy iz by iv ja"><img alt="Better Teams Weekly" class="l fj by br jb cw" src="https://miro.medium.example/v2/resize:fill:48:48/1*P0b.png"
width="24"
height="24" loading="lazy" data-testid="publicationPhoto"/></div></a></div></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jc ab q"><div class="ab q jd"><div class="ab q"><div><div
class="bm"
aria-hidden="false"><p class="bf b je jf bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jg" data-testid="authorName"
href="/@inescarvalho?source=post_page---byline--4be1c0d2a9f3">Ines Carvalho</a></p></div></div></div><span class="jh ji" aria-hidden="true"><span
class="bf b bg z dx">·
</span></span><p class="bf b je jf dx"><button class="jj jk ah ai aj ak al am an ao ap aq ar ex jl jm">Follow</button></p></div></div></span></div></div>
<div class="l jn"><span class="bf b bg z dx"><div class="ab cn jo jp jq"><div class="jr js ab"><div class="bf b bg z dx ab jt"><span
class="ju l jn">Published in
</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jg ab q" data-testid="publicationName"
href="https://betterteams.pub/?source=post_page---byline--4be1c0d2a9f3"><p
class="bf b bg z jv jw jx jy jz ka kb kc bk">Better Teams Weekly</p></a></div></div></div>
<div class="h k"><span class="jh ji" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div></div><span
data-testid="storyReadTime">6 min read</span>
<div class="kd ke l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div>
<span data-testid="storyPublishDate">Jun 10, 2025</span></div></span></div></div></div>
${mdBar('headerClapBar')}</div></div>
${mdPs(mdP1)}
<figure class="nw nx ny nz oa ob nt nu paragraph-image"><div role="button" tabindex="0" class="oc od fk oe bh of"><div class="nt nu nv"><picture>
<source srcSet="https://miro.medium.example/v2/resize:fit:640/format:webp/1*Kd3.jpeg 640w" type="image/webp"/><img alt="" class="bh lp og c" width="700"
height="467"
loading="eager" role="presentation"/></picture></div></div><figcaption class="oh fg oi nt nu oj ok bf b bg z dx" data-selectable-paragraph="">Photo by
<a class="af ol" href="https://unsplash.example/@duarteveloso" rel="noopener ugc nofollow" target="_blank">Duarte Veloso</a> on <a class="af ol"
href="https://unsplash.example" rel="noopener ugc nofollow" target="_blank">Unsplash</a></figcaption></figure>
${mdH(mdH1)}
${mdPs(mdP2)}
${mdH(mdH2)}
${mdPs(mdP3)}
<ul class="">${mdL1
  .map(
    (t, i) =>
      `<li id="l${i}" class="mg mh hh mi b hi mj mk ml hl mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb om on oo bk" data-selectable-paragraph="">${t}</li>`,
  )
  .join('\n')}</ul>
${mdPs(mdP4)}
${mdH(mdH3)}
${mdPs(mdP5)}
<blockquote class="op oq or"><p id="q1" class="mg mh os mi b hi mj mk ml hl mm mn mo mp mq mr ms mt mu mv mw mx my mz na nb he bk"
data-selectable-paragraph="">${mdQuote}
</p></blockquote>
${mdH(mdH4)}
${mdPs(mdP6)}
${mdH(mdH5)}
${mdPs(mdP7)}
</div></div></div></div></section></div></div></article></div>
<div class="l ae"><div class="ab cb"><div class="ci bh ew ex ey ez"><div class="ot ou ab is"><div class="ov ab">${mdTags
  .map(
    (t) => `<a class="ow ax" href="/tag/${t.toLowerCase().replace(' ', '-')}?source=post_page-----4be1c0d2a9f3"><div
class="ox fk cx oy ge oz pa bf b bg z bk pb">${t}
</div></a>`,
  )
  .join('')}</div></div>${mdBar('footerClapBar')}</div></div></div>
<div class="l"><div class="qd qe qf qg qh qi"><div class="ab ca"><div class="ci bh ew ex ey ez"><div class="ab cp qj"><div class="ab q"><h2
class="bf gi qk ql qm qn
qo qp qq qr qs qt qu qv qw qx qy qz bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@inescarvalho?source=post_page---post_author_info">
<span class="gm ra rb">Written by Ines Carvalho</span></a></h2><div class="rc l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
href="/@inescarvalho/followers?source=post_page---post_author_info"><span class="bf b bg z dx">2.3K Followers</span></a><span
class="bf b bg z dx"> · Writer for
Better Teams Weekly</span></div><div class="rd l"><p class="bf b bg z bk"><span class="ob">${mdBio}</span></p></div></div><div class="re rf"><button
class="bf b bg
z rg bk rh ri rj rk rl rm rn">Follow</button></div></div>
<div class="ab cp qj"><h2 class="bf gi qk ql qm qn qo qp qq qr qs qt qu qv qw qx qy qz bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
href="https://betterteams.pub/?source=post_page---post_publication_info"><span class="gm ra rb">Published in Better Teams Weekly</span></a></h2>
<div class="rc l"><span class="bf b bg z dx">18K Followers</span><span class="bf b bg z dx"> · Last published 2 days ago</span></div><div class="rd l"><p
class="bf b bg
z bk"><span class="ob">${mdPubBio}</span></p></div></div></div></div></div>
<div class="ab ca"><div class="ci bh ew ex ey ez"><div class="ab q rp"><h2 class="bf gi rq hd rr bk">Responses (23)</h2></div><div class="rs l"><button
class="bf b bg
z rt ru rv rw rx ry rz sa sb sc sd se sf sg">What are your thoughts?</button></div>
${mdResp
  .map(
    ([
      n,
      d,
      t,
      c,
    ]) => `<div class="sh l"><article><div class="ab cp"><div class="ab q"><a href="/@r?source=post_page---post_responses"><p class="bf b bg z bk">${n}</p></a>
<p class="bf b bg z dx">${d}</p></div><div class="si sj l"><pre class="bf b sk z sl sm sn so sp sq sr ss st su sv sw sx sy sz ta tb bk">${t}</pre></div>
<div class="ab q"><div class="pw-multi-vote-count l tc"><p class="bf b dy z dx"><span class="mb">${c}</span></p></div><button
class="bf b bg z dx td">Reply</button>
</div></div></article></div>`,
  )
  .join('\n')}
<div class="te tf l"><a class="bf b bg z bk rh ri rj rk rl rm rn"
href="/p/4be1c0d2a9f3/responses/show?source=post_page---post_responses">See all responses</a></div>
</div></div>
<div class="ab ca"><div class="ci bh ew ex ey ez"><h2 class="bf gi tg th ti tj bk">More from Ines Carvalho and Better Teams Weekly</h2>
${mdMore.map(([a, t, s, d]) => mdCard(a ?? '', t ?? '', s ?? '', d ?? '')).join('\n')}
<h2 class="bf gi tg th ti tj bk">Recommended from Medium</h2>
${mdRec.map(([a, t, d]) => mdCard(a ?? '', t ?? '', '', d ?? '')).join('\n')}
<div class="tk l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/?source=post_page---read_next_recirc">See more recommendations</a></div>
</div></div></div></div>
<div class="tl tm l"><div class="ab cb"><div class="ci bh ew ex ey ez"><div class="ab q tn"><ul class="ab to">${mdFoot
  .map(
    (t) => `<li class="tp"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.example/${t.toLowerCase().replace(/ /g, '-')}">
<p class="bf b dy z dx">${t}</p></a></li>`,
  )
  .join('')}</ul></div></div></div></div>
</div></div></div>
<script>window.__BUILD_ID__="main-20250609-172514-4f3c0e1a7b"</script><script>window.__GRAPHQL_URI__ = "https://betterteams.pub/_/graphql"</script>
<script>window.__PRELOADED_STATE__ = {"algolia":{"queries":{}},"cache":{"experimentGroupSet":true,"reason":"","group":"enabled","tags":["group-edgeCachePosts",
"post-4be1c0d2a9f3","user-9a1d03","collection-b71e"],"serverVariantState":"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/manifest.8e1f2a.js"></script><script
src="https://cdn-client.medium.example/lite/static/js/main.4c7d1b.js">
</script></body></html>`;
const mediumPost: TestPage = {
  html: mdHtml,
  name: 'heldout125-medium-blog',
  kind: 'blog',
  // the subtitle is body (Medium's dek); the section headings are h1s, as Medium writes them; the blockquote is body; the
  // author name, read time and date are bylines; counts, buttons, tags, the author and publication cards, responses (reader
  // comments), the rails and the footer are furniture; the caption's credit is furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3, mdH4, mdH5],
  body: texts([mdSub, ...mdP1, ...mdP2, ...mdP3, ...mdL1, ...mdP4, ...mdP5, mdQuote, ...mdP6, ...mdP7]),
  bylines: ['Ines Carvalho', '6 min read', 'Jun 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Write', 'Follow', 'Published in', 'Better Teams Weekly', '1.1K', '23', 'Listen', 'Share', mdCaption, ...mdTags,
    'Written by Ines Carvalho', '2.3K Followers', 'Writer for Better Teams Weekly', mdBio, 'Published in Better Teams Weekly', '18K Followers',
    'Last published 2 days ago', mdPubBio, 'Responses (23)', 'What are your thoughts?', ...mdResp.flat(), 'Reply', 'See all responses',
    'More from Ines Carvalho and Better Teams Weekly', ...mdMore.flatMap((m) => m.slice(1)), 'Rafael Souto', 'Recommended from Medium', ...mdRec.flat(),
    'See more recommendations', ...mdFoot,
  ],
};

export const HELDOUT125_B: readonly TestPage[] = [mediumPost, substackPost];
