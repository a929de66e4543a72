import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file b2: a Medium member-only story as a signed-out visitor saves it (the "Open in app" bar, the
 * metabar with "Write", "Sign up" and "Sign in", the "Member-only story" label above the title, the subtitle, the author
 * line with "Follow", "Published in", read time and date, the clap / responses / save / "Listen" / "Share" bar, the
 * preview paragraphs inside the metered section, the "Create an account to read the full story." paywall with its sign-up
 * buttons, the "Written by" and "Published in" cards, "Responses (23)", "More from" and "Recommended from Medium" rails and
 * the footer links).
 */
const title = 'The spreadsheet that ran our dispatch desk for nine years';
const sub = 'It was fragile, undocumented and nobody wanted to touch it. Replacing it taught me more than building it did.';
const p1 = [
  'In 2016 I built a spreadsheet to help our dispatch team assign delivery runs to drivers. It was meant to last a month while ' +
    'the real system was being chosen. It lasted nine years, survived three managers and two office moves, and by the end it ' +
    'was quietly responsible for getting about four thousand parcels a day out of the depot in Hallam Vale.',
  'Last spring we finally switched it off. I want to write about that, because I think almost every organisation has a sheet ' +
    'like this somewhere, and because the way we replaced it went better than I expected for reasons I did not expect.',
];
const h1 = 'How a temporary fix becomes the system';
const p2 = [
  'Nobody decides to run a business on a spreadsheet. It happens one reasonable request at a time. Could it colour the runs that ' +
    'are over capacity? Could it pull the van registrations from the fleet list? Could it email the run sheets to the drivers at ' +
    'six in the morning?',
  'Each of those took me an afternoon. Each one made the sheet a little more useful and a little harder to understand. By year ' +
    'three there were eleven tabs, two hidden ones, a macro that nobody but me could read, and a rule, written on a sticky note ' +
    'on the dispatch office monitor, that said <em>do not sort column F</em>.',
  'The strange thing is that it worked. Dispatchers trusted it more than anything IT had given them, because it did exactly what ' +
    'they needed and nothing else. When it went wrong, they knew who to call. That was the problem, of course: they called me.',
];
const h2 = 'Writing down what the sheet actually did';
const p3 = [
  'When the replacement project started, the first thing the vendor asked for was a list of requirements. We did not have one. ' +
    'What we had was nine years of behaviour that people relied on without knowing it was there.',
];
const nav = ['Write', 'Sign up', 'Sign in'];
const paywall = [
  'Create an account to read the full story.',
  'The author made this story available to Medium members only.',
  'If you’re new to Medium, create a new account to read this story on us.',
  'Continue in app',
  'Or, continue in mobile web',
  'Sign up with Google',
  'Sign up with Facebook',
  'Sign up with email',
  'Already have an account? Sign in',
];
const more = [
  ['Why our on-call rota finally stopped hurting', '5 min read', 'Aug 14, 2025'],
  ['Nobody reads the runbook', '4 min read', 'Jun 2, 2025'],
];
const recommended = [
  ['The quiet cost of “just one more column”', 'Reza Halloran', '6 min read'],
  ['What I learned shadowing a warehouse night shift', 'Ines Valcourt', '9 min read'],
];
const foot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const cls = 'pw-post-body-paragraph ny nz gu oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ov go bj';
const para = (t: string, id: string): string => `<p id="${id}" class="${cls}" data-selectable-paragraph="">${t}</p>`;
const head = (t: string, id: string): string =>
  `<h2 id="${id}" class="ow ox gu be oy oz pa pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt bj" data-selectable-paragraph="">${t}</h2>`;
const body = [
  ...p1.map((t, i) => para(t, `a1${i}f`)),
  head(h1, 'c4e2'),
  ...p2.map((t, i) => para(t, `b2${i}c`)),
  head(h2, '9d10'),
  ...p3.map((t, i) => para(t, `e7${i}a`)),
].join('\n');
const card = (t: string, a: string, b: string, i: number): string => `<div class="qz ra rb rc" data-testid="post-preview"><article
class="meteredContent"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/p/${i}a7f?source=read_next_recirc"
rel="noopener follow">
<div class="l"><h2 class="be gv ix iy bj">${t}</h2></div></a><div class="ab q"><span class="be b dv z dx">${a}</span><span class="ix iy"
aria-hidden="true"><span class="be b bf z dx">·</span></span><span class="be b dv z dx">${b}</span></div></article></div>`;
const html = `<!doctype html><html lang="en"><head><title>${title} | by Tamsin Okafor | Slow Systems | Oct, 2025 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="2025-10-09T14:02:51.337Z"><meta data-rh="true" name="title" content="${title}">
<meta data-rh="true" property="og:title" content="${title}"><meta data-rh="true" name="description" content="${sub}">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="7 min read">
<meta data-rh="true" name="author" content="Tamsin Okafor"><link data-rh="true" rel="author" href="https://medium.com/@tamsinokafor">
<link data-rh="true" rel="canonical" href="https://medium.com/slow-systems/the-spreadsheet-that-ran-our-dispatch-desk-3f9a1c2b7d40">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://medium.com/slow-systems/3f9a1c2b7d40",
"dateCreated":"2025-10-09T14:02:51.337Z","datePublished":"2025-10-09T14:02:51.337Z","headline":"${title}","name":"${title}","description":"${sub}",
"identifier":"3f9a1c2b7d40","author":{"@type":"Person","name":"Tamsin Okafor","url":"https://medium.com/@tamsinokafor"},"publisher":{"@type":"Organization",
"name":"Slow Systems","url":"https://medium.com/slow-systems"},"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".meteredContent"}}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"><style type="text/css" data-fela-rehydration="612" data-fela-type="STATIC">
html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c"><div class="m n o p q r s t u v w x y z">
<div class="ab ac ad ae af ag ah ai"><a class="ak al am an ao ap aq ar as at"
href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F3f9a1c2b7d40"
rel="noopener follow">Open in app</a></div><div class="au av aw ax ay az ba bb bc"><div class="ab q"><a aria-label="Homepage" data-testid="headerMediumLogo"
href="https://medium.com/?source=post_page---top_nav_layout_nav-----------------------------------------" rel="noopener follow"><svg
viewBox="0 0 1043.63 592.71"
class="dl dm"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36"></path></svg></a>
<div class="ae h"><div class="ab aw dn bb do"><div class="dp dq"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor"
fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 13.9 0"></path></svg></div><input role="combobox" aria-controls="searchResults"
aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="aw bx ds dt du dv ab dw dx dy dz" placeholder="Search"
value=""></div></div></div><div class="h k w fa fb"><div class="fc ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story" rel="noopener follow">
<div class="be b bf z du fd fe ab q ff fg"><svg width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"><path fill="currentColor"
d="M14 4a.5.5 0 0 0 0-1z"></path></svg><div class="dx l">${nav[0]}</div></div></a></div></div><div class="fh fi ab"><span><a class="be b bf z fj ab fk
fl fm fn fo fp fq fr fs ft fu fv fw fx fy" data-testid="headerSignUpButton" href="https://medium.com/m/signin?operation=register" rel="noopener follow">
${nav[1]}</a></span><div class="h k w fa fb"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton"
href="https://medium.com/m/signin?operation=login" rel="noopener follow">${nav[2]}</a></span></div></div></div></div>
<div class="gc gd ge gf gg l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fx gh gi gj gk"></div>
<div class="gl gm gn go gp"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ab q gq"><div class="ab q gr"><svg width="16" height="16"
viewBox="0 0 64 64" fill="none"><path fill="#FFC017" d="m39.637 40.831-5.771 15.871"></path></svg></div><p class="be b dv z du">Member-only story</p></div>
<div><h1 id="6b1e" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr bj"
data-testid="storyTitle" data-selectable-paragraph="">${title}</h1></div><div><h2 id="0a3c" class="pw-subtitle-paragraph hs gt gu be b ht hu hv hw hx hy
hz ia ib ic id ie if ig ih ii ij ik il cq du" data-selectable-paragraph="">${sub}</h2><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l">
<div class="im in io ip iq ab"><div><div class="ab ir"><div><div class="bm" aria-hidden="false"><a
href="https://medium.com/@tamsinokafor?source=post_page---byline--3f9a1c2b7d40"
rel="noopener follow"><div class="l is it by iu iv"><img alt="Tamsin Okafor" class="l fd by dd de cx"
src="https://miro.medium.example/v2/resize:fill:88:88/1*tk.jpeg"
width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1">
<span class="be b bf z bj"><div class="iw ab q"><div class="ab q ix"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b iy iz bj"><a
class="af ag ah ai aj ak al am an ao ap aq ar ja" data-testid="authorName" href="https://medium.com/@tamsinokafor?source=post_page---byline--3f9a1c2b7d40"
rel="noopener follow">Tamsin Okafor</a></p></div></div></div><span class="jb jc" aria-hidden="true"><span class="be b bf z du">·</span></span><p
class="be b iy iz
du"><span><a class="jd je ah ai aj ak al am an ao ap aq ar ex jf jg" href="https://medium.com/m/signin?actionUrl=%2F_%2Fsubscribe%2Fuser%2F7c1e"
rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l jh"><span class="be b bf z du"><div class="ab cn ji jj jk">
<div class="jl jm ab"><div class="be b bf z du ab jn"><span class="jo l jh">Published in</span><div><div class="l" aria-hidden="false"><a
class="af ag ah ai aj ak al am an ao ap aq ar ja ab q" data-testid="publicationName"
href="https://medium.com/slow-systems?source=post_page---byline--3f9a1c2b7d40"
rel="noopener follow"><p class="be b bf z jp jq jr js jt ju jv jw bj">Slow Systems</p></a></div></div></div><div class="h k"><span class="jb jc"
aria-hidden="true"><span class="be b bf z du">·</span></span></div></div><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">7 min
read</span><div class="jx jy l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·</span></span></div><span
data-testid="storyPublishDate">Oct 9, 2025</span></div></span></div></span></div></div></div><div class="ab cp jz ka kb kc kd ke kf kg kh ki kj kk kl km kn ko">
<div class="h k w fa fb q"><div class="le l"><div class="ab q lf lg"><div class="pw-multi-vote-icon fj jo lh li lj"><div class=""><div class="lk ll lm ln lo lp
lq am lr ls lt lj"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" d="M11.37.828 12 3.282l.63-2.454z"></path>
</svg></div></div></div><div class="pw-multi-vote-count l lu lv lw lx ly lz ma"><p class="be b dv z du"><span class="mb">1.4K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao le me mf ab q fk mg mh" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24"
class="md"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 2.234-5.321"></path></svg><p class="be b dv z du"><span class="pw-responses-count mc md">23</span>
</p></button></div></div></div><div class="ab q kp kq kr ks kt ku kv kw kx ky kz la lb lc ld"><div class="mi k j i d"></div><div class="h k"><div><div
class="bm" aria-hidden="false"><button aria-label="Add to list bookmark button" class="af fk ah ai aj ak al mj an ao ap ex mk ml mm" disabled=""><svg
width="25" height="25" fill="none" viewBox="0 0 25 25" class="fj"><path fill="#000" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5"></path></svg></button></div></div>
</div><div class="fd mn cn"><div class="l ae"><div class="ab cb"><div class="mo mp mq mr ms mt ci bh"><div class="ab"><div class="bm bh" aria-hidden="false">
<div><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al mj an ao ap ex mu mv mh mw mx
my mz na s nb nc nd ne nf ng nh u ni nj nk"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd"
d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0"></path></svg><div class="j i d"><p class="be b bf z du">Listen</p></div></button></div></div></div></div></div></div>
</div></div><div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm"
aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton"
class="af fk ah ai aj ak al mj an ao ap ex mu mv mh mw mx my mz na s nb nc nd ne nf ng nh u ni nj nk"><svg width="24" height="24" fill="none"
viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132"></path></svg><div class="j i d"><p class="be b bf z
du">Share</p></div></button></div></div></div></div></div></div></div></div></div>
<div class="meteredContent">
${body}
</div></div></div></div></section></div></div></article>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="pu pv pw px py pz qa" data-testid="paywall"><div class="qb"><div class="ab cb qc"><h2 class="be
gv qd qe qf qg qh qi qj bj">${paywall[0]}</h2></div><p class="be b iy iz du">${paywall[1]}</p><p class="be b iy iz du">${paywall[2]}</p>
<div class="qk ql"><a class="be b bf z fj ab fk fl fm fn fo fp fq fr fs ft fu fv fw fx fy"
href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F3f9a1c2b7d40">
${paywall[3]}</a></div><p class="be b dv z du">${paywall[4]}</p><div class="qm"><button class="qn qo ab q" data-testid="googleSignUpButton"><svg width="25"
height="25" viewBox="0 0 25 25"><path fill="#4285F4" d="M20.66 12.7c0-.61-.05-1.19-.15-1.74H12.5v3.28"></path></svg><div class="qp">${paywall[5]}</div>
</button><button class="qn qo ab q" data-testid="facebookSignUpButton"><div class="qp">${paywall[6]}</div></button><button class="qn qo ab q"
data-testid="emailSignUpButton"><div class="qp">${paywall[7]}</div></button></div><p class="be b iy iz du">Already have an account? <a
href="https://medium.com/m/signin?operation=login&amp;redirect=https%3A%2F%2Fmedium.com%2Fp%2F3f9a1c2b7d40">Sign in</a></p></div></div></div></div>
<div class="qq qr qs qt qu l bx"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ab qv"><div class="qw"><a href="https://medium.com/@tamsinokafor"
rel="noopener follow"><img alt="Tamsin Okafor" class="l fd by qx qy cx" src="https://miro.medium.example/v2/resize:fill:96:96/1*tk.jpeg" width="48" height="48"
loading="lazy"></a></div><div class="ab qz"><a href="https://medium.com/@tamsinokafor" rel="noopener follow"><h2 class="pw-author-name be ra rb rc bj">
<span class="gv">Written by Tamsin Okafor</span></h2></a><div class="ab"><span class="pw-follower-count be b bf z bj">2.1K followers</span><span class="be b bf
z du">·</span><span class="be b bf z bj">48 following</span></div><p class="be b bf z bj">Operations lead in logistics. I write about the unglamorous
systems that keep things moving.</p></div><div class="rd"><a class="jd je ah"
href="https://medium.com/m/signin?actionUrl=%2F_%2Fsubscribe%2Fuser%2F7c1e">Follow</a>
</div></div><div class="ab qv re"><a href="https://medium.com/slow-systems" rel="noopener follow"><h2 class="be ra rb rc bj"><span class="gv">Published in Slow
Systems</span></h2></a><div class="ab"><span class="be b bf z bj">8.4K followers</span><span class="be b bf z du">·</span><span class="be b bf z bj">Last
published 2 days ago</span></div><p class="be b bf z bj">Essays on operations, maintenance and the work nobody sees.</p></div>
<div class="rf rg"><h2 class="be ra rb rc bj">Responses (23)</h2><div class="rh"><a href="https://medium.com/m/signin?operation=register">See all responses</a>
</div></div><div class="ri"><h2 class="be ra rb rc bj">More from Tamsin Okafor and Slow Systems</h2>
${more.map(([t, a, b], i) => card(t!, a!, b!, i)).join('\n')}
<a class="af ag ah" href="https://medium.com/@tamsinokafor">See all from Tamsin Okafor</a></div><div class="ri"><h2 class="be ra rb rc bj">Recommended from
Medium</h2>
${recommended.map(([t, a, b], i) => card(t!, a!, b!, i + 5)).join('\n')}
<a class="af ag ah" href="https://medium.com/?source=post_page---read_next_recirc">See more recommendations</a></div></div></div></div>
<div class="rj rk rl l"><div class="ab cb"><div class="rm ab rn"><ul class="ab ro">
${foot
  .map(
    (t) => `<li class="rp"><a class="af ag ah ai" href="https://help.medium.example/${t.toLowerCase().replace(/ /g, '-')}" rel="noopener follow"><p
class="be b dv z du">${t}</p></a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20251010-112233-4c5d6e7f8a"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__PRELOADED_STATE__ =
{"algolia":{"queries":{}},"cache":{"experimentGroupSet":true},"config":{"nodeEnv":"production","productName":"Medium"}}</script>
<script>window.__APOLLO_STATE__ = {"Post:3f9a1c2b7d40":{"__typename":"Post","id":"3f9a1c2b7d40","title":"${title}","isLocked":true,
"readingTime":6.84,"clapCount":1412,"postResponses":{"__typename":"PostResponses","count":23}}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/manifest.9a2c1d7e.js"></script><script
src="https://cdn-client.medium.example/lite/static/js/main.5e3f.js"></script>
</body></html>`;
export const mediumStory: TestPage = {
  html,
  name: 'heldout143-medium-memberonly-blog',
  kind: 'blog',
  // only the preview above the paywall is on the page: that is the body; the subtitle is body (as a dek); the paywall,
  // the author and publication cards, the rails and the footer are furniture; the author name, the read time and the
  // date are bylines
  title,
  headings: [h1, h2],
  body: texts([sub, ...p1, ...p2, ...p3]),
  bylines: ['Tamsin Okafor', '7 min read', 'Oct 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', ...nav, 'Member-only story', 'Follow', 'Published in', 'Slow Systems', '1.4K', '23', 'Listen', 'Share', ...paywall.slice(0, 8),
    paywall[8]!, 'Written by Tamsin Okafor', '2.1K followers', '48 following',
    'Operations lead in logistics. I write about the unglamorous systems that keep things moving.', 'Published in Slow Systems', '8.4K followers',
    'Last published 2 days ago', 'Essays on operations, maintenance and the work nobody sees.', 'Responses (23)', 'See all responses',
    'More from Tamsin Okafor and Slow Systems', ...more.flat(), 'See all from Tamsin Okafor', 'Recommended from Medium', ...recommended.flat(),
    'See more recommendations', ...foot,
  ],
};
