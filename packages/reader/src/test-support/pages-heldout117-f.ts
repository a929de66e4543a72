import { type TestPage, texts } from './page-kit.js';
import { substackPost } from './pages-heldout117-f2.js';
import { bio, caption, caption2, foot, more, p1, parts, recommended, responses, subtitle, tags, title } from './pages-heldout117-f3.js';

/**
 * Held-out batch 117, file f: a Medium post on a personal profile (not in a publication) as a signed-out visitor saves it
 * (the top bar with search, "Write", "Sign up" and "Sign in", the "Open in app" link, the h1 and subtitle, the byline block
 * with "Follow", reading time and date, the clap / response / Listen / Share bar, figures with captions, the
 * pw-post-body-paragraph text, tags, the repeated clap bar, "Written by" with follower counts, responses, "More from",
 * "Recommended from Medium" and the footer links) and, from file f2, a Substack post cut by its paywall, with comments.
 */
const cls = 'ng nh gw ni b nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od gp bk';
let n = 0;
const pid = (): string => ((0x1a2b + n++ * 977) & 0xffff).toString(16).padStart(4, '0');
const para = (t: string): string => `<p id="${pid()}" class="pw-post-body-paragraph ${cls}" data-selectable-paragraph="">${t}</p>`;
const h2 = (t: string): string =>
  `<h2 id="${pid()}" class="oe of gw bf og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb bk" data-selectable-paragraph="">${t}</h2>`;
const fig = (img: string, cap: string): string => `<figure class="mr ms mt mu mv mw mo mp paragraph-image"><div role="button" tabindex="0" class="mx my fj mz bh
na">
<span class="fs"><div class="mo mp mq"><picture><source srcset="https://miro.medium.example/v2/resize:fit:1400/format:webp/${img} 1400w" sizes="(min-resolution:
4dppx) and
(max-width: 700px) 50vw, 700px" type="image/webp"><img alt="" class="bh ml nb c" width="700" height="467" loading="lazy" role="presentation"
src="https://miro.medium.example/v2/resize:fit:1400/${img}"></picture></div></span></div><figcaption class="nc fe nd mo mp ne nf bf b bg z dx"
data-selectable-paragraph="">${cap}</figcaption></figure>`;
const bar = (claps: string, resp: string): string => `<div class="ab cp jl jm jn jo jp jq jr js jt ju jv jw jx jy jz ka"><div class="h k w fg fh q"><div
class="kq l">
<div class="ab q kr ks"><div class="pw-multi-vote-icon fj ka kt ku kv"><div class="kw kx ky kz la lb lc am ld le lf kv"><svg width="24" height="24" viewBox="0 0
24 24"
aria-label="clap"></svg></div></div><div class="pw-multi-vote-count l lg lh li lj lk ll lm"><p class="bf b dy z dx"><span
class="kx">${claps}</span></p></div></div></div>
<div class="bm" aria-hidden="false"><button class="ao kw lp lq ab q fk lr ls" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24"></svg>
<p class="bf b dy z dx"><span class="pw-responses-count lo lp">${resp}</span></p></button></div></div><div class="ab q"><button aria-label="Add to list bookmark
button"
class="af fk ah ai aj ak al mh an ao ap ex mi mj mk"><svg width="25" height="25" viewBox="0 0 25 25"></svg></button><button aria-label="Listen"
data-testid="audioPlayButton"
class="af fk ah ai aj ak al mh an ao ap ex mi mj mk"><div class="ab q"><svg width="24" height="24" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b
bg z dx">Listen
</p></div></div></button><button aria-controls="postPageShareMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af
fk ah ai aj
ak al mh an ao ap ex mi mj mk"><div class="ab q"><svg width="24" height="24" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z
dx">Share</p></div></div></button>
<button aria-label="More options" class="af fk ah ai aj ak al mh an ao ap ex mi mj mk"><svg width="24" height="24" viewBox="0 0 24
24"></svg></button></div></div>`;
const card = (t: string, sub: string, meta: string, by = ''): string => `<div class="ab cb ql"><article class="qm l" data-testid="post-preview"><div class="l">
${by ? `<div class="ab q"><p class="bf b dy z bk">${by}</p></div>` : ''}<a href="/@jwhitcombe/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" rel="noopener
follow">
<h2 class="bf gx ko kp kq kr ks kt ku kv kw kx ky kz bk">${t}</h2>${sub ? `<h3 class="bf b iw z dx">${sub}</h3>` : ''}</a><div class="ab q"><span class="bf b dy
z dx">${meta}
</span></div></div></article></div>`;
const html = `<!doctype html><html lang="en"><head><title data-rh="true">I went back to a paper notebook for my to-do list. Here’s the system that stuck. | by
Jonah
Whitcombe | Mar, 2025 | Medium</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport"
content="width=device-width,minimum-scale=1,initial-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title"
content="${title}">
<meta data-rh="true" property="og:description" content="${subtitle}"><meta data-rh="true" property="article:published_time" content="2025-03-09T14:21:07.512Z">
<meta data-rh="true" name="author" content="Jonah Whitcombe"><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">
<meta data-rh="true" property="twitter:label1" content="Reading time"><meta data-rh="true" property="twitter:data1" content="5 min read">
<link data-rh="true" rel="canonical" href="https://medium.example/@jwhitcombe/i-went-back-to-a-paper-notebook-4f2a9c1b7e3d">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"url":"https://medium.example/@jwhitcombe/i-went-back-to-a-paper-notebook-4f2a9c1b7e3d","dateCreated":"2025-03-09T14:21:07.512Z",
"datePublished":"2025-03-09T14:21:07.512Z","headline":"${title}","name":"${title}","description":"${subtitle}",
"identifier":"4f2a9c1b7e3d","author":{"@type":"Person","name":"Jonah Whitcombe","url":"https://medium.example/@jwhitcombe"},"creator":["Jonah Whitcombe"],
"publisher":{"@type":"Organization","name":"Medium","url":"https://medium.example/"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="552" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before,
*:after{box-sizing:inherit}
body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;
min-height:100vh}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l n o p q"><div class="r s t u v w x y">
<div class="ab q ac ad ae af"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerMediumLogo"
href="/?source=post_page---top_nav_layout_nav-----------"
aria-label="Homepage"><svg width="719" height="160" viewBox="0 0 719 160"></svg></a><div class="au h"><div class="ab av aw ax ay q az ba"><div class="bf"><svg
width="24"
height="24" fill="none" viewBox="0 0 24 24"></svg></div><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search"
data-testid="headerSearchInput" tabindex="0" class="ay be bf bg z bh bi bj bk bl bm" placeholder="Search" value=""></div></div></div>
<div class="h k w fg fh"><div class="fi ab"><span><a class="fj ax ao" href="https://rsci.app.example/?%24canonical_url=open-in-app" rel="noopener follow">Open
in app</a></span>
</div></div><div class="ab q fk"><div class="fl fm l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton"
href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.example%2Fnew-story" rel="noopener follow"><div class="bf b bg z dx fn fo ab q fp fq"><svg
width="24"
height="24" viewBox="0 0 24 24" aria-label="Write"></svg><div class="dx bf b bg z">Write</div></div></a></div><div class="gi gj gk gl gm gn go"><span><a
class="bf b bg z fr
fs ft fu fv fw fx fy fz ga gb gc gd ge gf" data-testid="headerSignUpButton" href="/m/signin?operation=register" rel="noopener follow">Sign up</a></span>
<span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="/m/signin?operation=login" rel="noopener follow">Sign
in</a></span>
</div></div></div></div></div>
<div class="gp gq gr gs gt l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gp gq gr
gs gt">
<div class="ab cb"><div class="ci bh fz ga gb gc"><div><h1 id="b3f1" class="pw-post-title gu gv gw bf gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp
hq hr bk"
data-testid="storyTitle" data-selectable-paragraph="">${title}</h1></div><div><h2 id="7c2a" class="pw-subtitle-paragraph hs gv gw bf b ht hu hv hw hx hy hz ia
ib ic id
ie if ig ih cq dx" data-selectable-paragraph="">${subtitle}</h2><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ii ij ik il
im ab">
<div><div class="ab in"><div class="bm" aria-hidden="false"><a href="/@jwhitcombe?source=post_page---byline--4f2a9c1b7e3d" rel="noopener follow"><div class="l
io ip by iq ir">
<img alt="Jonah Whitcombe" class="l fd by dd de cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*jw.jpeg" width="44" height="44" loading="lazy"
data-testid="authorPhoto"></div></a></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="iu ab q">
<div class="ab q iv"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b iw ix bk"><a class="af ag ah ai aj ak al am an ao ap aq ar iy"
data-testid="authorName" href="/@jwhitcombe?source=post_page---byline--4f2a9c1b7e3d" rel="noopener follow">Jonah Whitcombe</a></p></div></div></div><span
class="iz ja"
aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b iw ix dx"><span><a class="jb jc ah ai aj ak al am an ao ap aq ar ex jd je"
href="/m/signin?actionUrl=follow%2Fjwhitcombe" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l jf"><span class="bf b bg
z dx">
<div class="ab cn jg jh ji"><span data-testid="storyReadTime">5 min read</span><div class="jj jk l" aria-hidden="true"><span class="l" aria-hidden="true"><span
class="bf b bg z dx">
·</span></span></div><span data-testid="storyPublishDate">Mar 9, 2025</span></div></span></div></div></div>
${bar('1.4K', '23')}</div></div></div>
${fig('1*notebooks-stack.jpeg', caption)}
${p1.map(para).join('\n')}
${parts.map(([h, ps], i) => `${h2(h)}\n${ps.map(para).join('\n')}${i === 0 ? `\n${fig('1*daily-page.jpeg', caption2)}` : ''}`).join('\n')}
</div></div></div></div></section></div></div></article></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="pg ph ab iu"><div class="pi ab">
${tags
  .map(
    (t) => `<a class="pj ax am ao" href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----4f2a9c1b7e3d" rel="noopener follow"><div
class="pk fj cx pl ge pm
pn bf b bg z bk po">${t}</div></a>`,
  )
  .join('\n')}</div></div>
${bar('1.4K', '23')}</div></div>
<div class="l ag pq"><div class="ab cb"><div class="ci bh fz ga gb gc"><div class="pr ps ab iu"><div class="ab q"><a
href="/@jwhitcombe?source=post_page---post_author_info"
rel="noopener follow"><img alt="Jonah Whitcombe" class="l fd by qc qd cx" src="https://miro.medium.example/v2/resize:fill:128:128/1*jw.jpeg" width="64"
height="64"></a></div>
<div class="ab co"><div class="qe l"><a href="/@jwhitcombe?source=post_page---post_author_info" rel="noopener follow"><h2 class="pw-author-name bf qf qg qh qi
qj qk ql qm qn qo
qp qq qr qs qt qu bk"><span class="gp qv">Written by Jonah Whitcombe</span></h2></a><div class="qw ab"><div class="l fj"><span class="pw-follower-count bf b bg
z bk"><a
href="/@jwhitcombe/followers" rel="noopener follow">612 followers</a></span></div><div class="bf b bg z dx ab ke"><span class="iz l" aria-hidden="true"><span
class="bf b bg z
dx">·</span></span><a href="/@jwhitcombe/following" rel="noopener follow">88 following</a></div></div><div class="qx l"><p class="bf b bg z bk"><span
class="hf">${bio}</span></p>
</div></div><div class="h k"><span><a class="bf b bg z fr qy ft fu fv fw fx fy fz ga qz gd ge" href="/m/signin?actionUrl=follow%2Fjwhitcombe" rel="noopener
follow">Follow
</a></span></div></div></div></div></div></div>
<div class="ab cb"><div class="ci bh fz ga gb gc"><div class="ra rb rc rd re l"><h2 class="bf qf rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt ru bk">Responses
(23)</h2>
<div class="ab q"><div class="rv rw l" role="textbox">What are your thoughts?</div></div>
${responses
  .map(
    ([a, d, t, c], i) => `<div class="rx l" data-testid="response-${i}"><div class="ab q"><a href="/@r${i}" rel="noopener follow"><p class="bf b dy z
bk">${a}</p></a><span class="bf b
dy z dx">${d}</span></div><div class="ry l"><pre class="bf b bg z bk rz">${t}</pre></div><div class="ab q sa"><span class="pw-multi-vote-count bf b dy z
dx">${c}</span>
<button class="af ag ah ai aj ak al am an ao ap aq ar as at">Reply</button></div></div>`,
  )
  .join('\n')}<a class="bf b bg z sb" href="/@jwhitcombe/4f2a9c1b7e3d/responses/show">See all responses</a></div></div></div>
<div class="sc sd l"><div class="ab cb"><div class="ci bh fz ga gb gc"><h2 class="bf qf rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt ru bk">More from Jonah
Whitcombe</h2>
${more.map(([t, s, d]) => card(t, s, d)).join('\n')}<a class="bf b bg z sb" href="/@jwhitcombe">See all from Jonah Whitcombe</a>
<h2 class="bf qf rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt ru bk">Recommended from Medium</h2>
${recommended.map(([a, t, d]) => card(t, '', d, a)).join('\n')}<a class="bf b bg z sb" href="/?source=post_page---read_next_recirc">See more
recommendations</a></div></div></div>
<div class="ab cb se sf sg"><div class="ci bh fz ga gb gc"><div class="sh si sj sk ab q fk">
${foot
  .map(
    (t) => `<a class="bf b dy z bk sl" href="https://help.medium.example/${t.toLowerCase().replace(/ /g, '-')}" rel="noopener follow"><p class="bf b dy z
dx">${t}</p></a>`,
  )
  .join('\n')}
</div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250307-181204-0e7c1b5a3d";window.__GRAPHQL_URI__="https://medium.example/_/graphql";
window.__PRELOADED_STATE__={"config":{"nodeEnv":"production"}}
</script><script src="https://cdn-client.medium.example/lite/static/js/main.d9c1e7f0.js" async></script></body></html>`;
const medium: TestPage = {
  html,
  name: 'heldout117-medium-personal-blog-post',
  kind: 'blog',
  // the subtitle under the title is body (a dek); figure captions, the clap/response bars (shown twice), tags, author box,
  // responses (reader comments on a blog page) and rails are furniture
  title,
  headings: parts.map(([h]) => h),
  body: [subtitle, ...p1, ...parts.flatMap(([, ps]) => texts(ps))],
  bylines: ['Jonah Whitcombe', '5 min read', 'Mar 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Open in app', 'Write', 'Sign up', 'Sign in', 'Follow', '1.4K', '23', 'Listen', 'Share', caption, caption2, ...tags, 'Written by Jonah Whitcombe',
    '612 followers', '88 following', bio, 'Responses (23)', 'What are your thoughts?', ...responses.flat(), 'Reply', 'See all responses',
    'More from Jonah Whitcombe', ...more.flat(), 'See all from Jonah Whitcombe', 'Recommended from Medium', ...recommended.flat(), 'See more recommendations',
    ...foot,
  ])],
};

export const HELDOUT117_F: readonly TestPage[] = [medium, substackPost];
