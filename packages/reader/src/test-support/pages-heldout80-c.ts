import type { TestPage } from './page-kit.js';
import { tumblrPost } from './pages-heldout80-c2.js';

/**
 * Held-out batch 80, file c: a Medium personal blog post outside any publication (the top bar with "Open in app",
 * search, "Write", "Sign up", "Sign in", the title and subtitle, the author row with "Follow", reading time and date, the
 * clap/response/listen/share bar, a captioned image, the tag row, the sign-up box for logged-out readers, "Written by"
 * with follower counts, responses, "More from" and "Recommended from Medium" rails and the footer links), and a Tumblr
 * text post with notes on a custom theme (file c2).
 */
const mdTitle = 'I rode my bike to work every day for a winter. Here’s what actually changed.';
const mdSub = 'Not my fitness, mostly. My sense of the city, my tolerance for wet socks, and the way I plan a day.';
const md1 = [
  'Last October I sold my car. It was eleven years old, it needed a new clutch, and the quote for the work was more than the car ' +
    'was worth. I told myself I would buy another one in the spring. It is now spring, and I have not.',
  'My commute across Brannock is 7.4 kilometres each way, most of it along the canal towpath and the last stretch up Carrow Hill. ' +
    'I rode it every working day from the first of November to the end of March, which came to 98 days and a little over 1,400 ' +
    'kilometres. I kept a notebook, partly out of stubbornness and partly because I wanted to know whether the things people ' +
    'promise you about cycling are true.',
];
const mdCaption = 'The canal towpath at Stoke Lock at 7:50 on a January morning. Photo by the author.';
const mdH1 = 'The fitness part is overrated';
const md2 = [
  'Everyone told me I would get fit. I did, a bit. I lost about two kilos over the winter and the hill stopped making me ' +
    'want to lie down at the top. But the change was slower and smaller than the internet had led me to expect, and I suspect ' +
    'the two kilos had as much to do with not driving to the bakery as with the riding itself.',
  'What changed faster was my sense of the weather. After three weeks I could tell from the sound of the rain on the skylight ' +
    'whether I needed the overtrousers. After six I had stopped checking the forecast at all.',
];
const mdH2 = 'What I did not expect';
const md3 = [
  'I started noticing the city at the speed of a bike, which turns out to be the speed at which you can read a shop sign. I ' +
    'found a cobbler, two cafés that open at seven and a tiny park behind the fire station that I had driven past for years.',
  'I also started planning differently. A car lets you say yes to anything, anywhere, at any time. A bike makes you ask whether ' +
    'the errand is worth it, and about a third of the time the honest answer was no.',
  'The gear that mattered, in order of importance:',
];
const mdList = [
  'Mudguards. Full-length ones. Nothing else comes close.',
  'A second pair of gloves, so one pair can dry while you wear the other.',
  'Lights bright enough that drivers slow down before they have decided why.',
];
const md4 = [
  'I am not going to tell you to sell your car. Mine was dying anyway, and I live somewhere flat-ish with a towpath. But if you ' +
    'have been wondering, try one month. Keep a notebook. You might be surprised by what ends up in it.',
];
const mdTop = ['Open in app', 'Write', 'Sign up', 'Sign in'];
const mdTags = ['Cycling', 'Commuting', 'Urban Life', 'Winter'];
const mdSignup = [
  'Sign up to discover human stories that deepen your understanding of the world.',
  'Distraction-free reading. No ads.',
  'Organize your knowledge with lists and highlights.',
  'Tell your story. Find your audience.',
  'Sign up for free',
  'Try for $5/month',
];
const mdResp: [string, string, string][] = [
  ['Hanne Tollefsen', 'Oct 11, 2025', 'The point about planning is so true. I walk everywhere now and I do half the errands I used to.'],
  ['Marcus Oyelaran', 'Oct 12, 2025', 'Mudguards. Yes. I would add overshoes, but only if your commute is longer than twenty minutes.'],
];
const mdMore: [string, string][] = [
  ['The bus map of Brannock is a lie (and I love it)', 'Jun 3, 2025'],
  ['What a year of cooking from one cookbook taught me', 'Feb 14, 2025'],
];
const mdRec: [string, string][] = [
  ['Why I stopped tracking every ride', 'Annika Verhoeven'],
  ['The quiet joy of a car-free Sunday', 'Tomás Ibarra'],
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdP = (a: readonly string[]): string =>
  a
    .map(
      (t, i) => `<p id="${(8042 + i * 97).toString(16)}"
class="pw-post-body-paragraph ls lt gu lu b lv lw lx ly lz ma mb mc md me mf mg mh mi mj mk ml mm mn
mo mp gn bk" data-selectable-paragraph="">${t}</p>`,
    )
    .join('\n');
const mdH = (t: string, id: string): string => `<h2 id="${id}" class="mq mr gu bf ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn bk"
data-selectable-paragraph="">${t}</h2>`;
const mdUfi = `<div class="ac cp jn jo jp jq jr js jt ju jv"><div class="h k w fj fk r"><div class="ks l"><div class="ac r kt ku"><div
class="pw-multi-vote-icon ep ki kv kw kx">
<span><a href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fvote%2Fp%2F9f1c2a7b3e4d&amp;operation=register" rel="noopener follow"><div><div class="bm"
aria-hidden="false"><div class="kz ao la lb lc ld am le lf lg kx"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path
d="M11.37.828 12 3.282"></path>
</svg></div></div></div></a></span></div><div class="pw-multi-vote-count l lh li lj lk ll lm ln"><p class="bf b dv ab du"><span
class="lo">1.2K</span></p></div></div>
</div><div class="bm" aria-hidden="false"><button class="ao kz lr ls ab q fk lt lu" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24
24"></svg>
<p class="bf b dv ab du"><span class="pw-responses-count lq lr">7</span></p></button></div></div>
<div class="ac r ki kj kk kl km kn"><button aria-label="Add to list bookmark button" class="af fk ah ai aj ak al lv an ao ap ex lw lx ly"
disabled=""><svg width="25"
height="25" viewBox="0 0 25 25"></svg></button><button aria-label="Listen" class="af fk ah ai aj ak al lv an ao ap ex"><div class="ac r"><svg
width="24" height="24"></svg>
<div class="j i d"><p class="bf b bg ab du">Listen</p></div></div></button>
<button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af fk ah ai aj
ak al lv an
ao ap ex"><div class="ac r"><svg width="24" height="24"></svg><div class="j i d"><p class="bf b bg ab du">Share</p></div></div></button></div></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title data-rh="true">${mdTitle} | by Kwame Holt | Oct, 2025 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="2025-10-09T17:22:31.114Z"><meta data-rh="true" name="title" content="${mdTitle}">
<meta data-rh="true" property="og:title" content="${mdTitle}"><meta data-rh="true" name="description" content="${mdSub}">
<meta data-rh="true" name="author" content="Kwame Holt"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read"><link data-rh="true" rel="canonical" href="https://medium.com/@kwameholt/9f1c2a7b3e4d">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":"https://medium.com/@kwameholt/9f1c2a7b3e4d",
"dateCreated":"2025-10-09T17:22:31.114Z","datePublished":"2025-10-09T17:22:31.114Z","dateModified":"2025-10-10T08:01:55.020Z","headline":"${mdTitle}",
"name":"${mdTitle}","description":"${mdSub}","identifier":"9f1c2a7b3e4d","author":{"@type":"Person","name":"Kwame Holt","url":"https://medium.com/@kwameholt"},
"creator":["Kwame Holt"],"publisher":{"@type":"Organization","name":"Medium","url":"https://medium.com/"},
"mainEntityOfPage":"https://medium.com/@kwameholt/9f1c2a7b3e4d",
"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="588" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">
<div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="du ah dv bf al b an ao ap aq ar as at au s u w i d q dw z"
href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F9f1c2a7b3e4d" rel="noopener follow">${mdTop[0]}<svg width="10" height="10"
viewBox="0 0 10 10"></svg></a></div>
<div class="ac r ed"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/?source=post_page---top_nav_layout_nav-----" rel="noopener follow">
<svg viewBox="0 0 719 160" height="25"><path fill="#242424" d="m174.104 9.734.215-.047"></path></svg></a><div class="ag h"><div class="ag bi bj bk bl bm">
<div class="bx l by bz ca"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"></svg></div><input role="combobox" aria-controls="search-results"
aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay cb cc cd ab" placeholder="Search" value=""></div></div></div>
<div class="h k w fj fk"><div class="fl ac"><a class="ag ah ai" data-testid="headerWriteButton" href="/m/signin?operation=register&amp;redirect=%2Fnew-story"
rel="noopener follow"><div class="bf b bg ab ec fr fs"><svg width="24" height="24" aria-label="Write"></svg><div class="dt
l">${mdTop[1]}</div></div></a></div></div>
<div class="l k j e"><div class="fl ac"><span><a class="bf b bg ab" data-testid="headerSignUpButton"
href="/m/signin?operation=register">${mdTop[2]}</a></span></div>
<div class="l"><span><a class="ag ah ai" data-testid="headerSignInButton" href="/m/signin?operation=login">${mdTop[3]}</a></span></div></div></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fo ge gf gg gh"></div><div class="gi gj gk gl gm"><div class="ac cb">
<div class="ci bh hg hh hi hj"><div><h1 id="c1e0" class="pw-post-title gn go gp bf gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf bk" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div><div><h2 id="5d21" class="pw-subtitle-paragraph hm go gp bf b hn ho hp hq hr hs ht hu hv hw hx hy hz du"
data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ac cp"><div class="speechify-ignore bh l"><div class="ir is it iu iv ac"><div class="ac r iw"><div class="ac r"><div
class="h k"><div>
<div class="bm" aria-hidden="false"><a href="/@kwameholt?source=post_page---byline--9f1c2a7b3e4d---------------------------------------" rel="noopener follow">
<div class="l ix iy bx iz ja"><img alt="Kwame Holt" class="l ep bx dd de cw" src="https://miro.medium.com/v2/resize:fill:64:64/1*Qm3k.jpeg" width="32"
height="32"
loading="lazy" data-testid="authorPhoto"></div></a></div></div></div></div>
<span class="bf b bg ab bk"><div class="jb ac r"><div class="ac r jc"><div class="ac r"><div><div class="bm" aria-hidden="false"><span class="bf b bg ab bk">
<a class="ag ah ai aj ak al am an ao ap aq ar as jd" data-testid="authorName" href="/@kwameholt?source=post_page---byline--9f1c2a7b3e4d" rel="noopener
follow">Kwame
Holt</a></span></div></div></div><span class="je jf" aria-hidden="true"><span class="bf b bg ab du">·</span></span><p class="bf b bg ab du"><span><a
class="jg jh ah ai"
href="/m/signin?actionUrl=https%3A%2F%2Fmedium.com%2F_%2Fsubscribe%2Fuser%2F4b1d&amp;operation=register" rel="noopener
follow">Follow</a></span></p></div></div></span>
</div></div><div class="l jk"><span class="bf b bg ab du"><div class="ac af"><span data-testid="storyReadTime">6 min read</span><div class="jl jm l"
aria-hidden="true">
<span class="l" aria-hidden="true"><span class="bf b bg ab du">·</span></span></div><span data-testid="storyPublishDate">Oct 9,
2025</span></div></span></div></div>
${mdUfi}</div></div>
<figure class="nk nl nm nn no np nh ni paragraph-image"><div role="button" tabindex="0" class="nq nr fj ns bh nt"><div class="nh ni nj"><picture>
<source srcset="https://miro.medium.com/v2/resize:fit:640/format:webp/1*Tw0p.jpeg 640w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw"
type="image/webp">
<img alt="" class="bh md nu c" width="700" height="467" loading="eager" role="presentation"
src="https://miro.medium.com/v2/resize:fit:700/1*Tw0p.jpeg"></picture></div>
</div><figcaption class="nv ff nw nh ni nx ny bf b bg ab du" data-selectable-paragraph="">${mdCaption}</figcaption></figure>
${mdP(md1)}
${mdH(mdH1, 'b7a0')}
${mdP(md2)}
${mdH(mdH2, 'e2f9')}
${mdP(md3)}
<ul class="">${mdList
  .map(
    (t) => `<li id="${t.length.toString(16)}0a" class="oa ob gu lu b lv oc lx ly lz od mb mc md oe mf mg mh of oj ok bk"
data-selectable-paragraph="">${t}</li>`,
  )
  .join('\n')}</ul>
${mdP(md4)}
</div></div></div></div></section></div></div></article></div>
<div class="ac cb"><div class="ci bh hg hh hi hj"><div class="pd pe ac iw"><div class="pf pg ac">${mdTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(' ', '-')}?source=post_page-----9f1c2a7b3e4d" rel="noopener follow"><div class="ph dx ci pi ge
pj pk bf b bg ab bk pl">${t}</div></a>`,
  )
  .join('\n')}</div></div>${mdUfi}</div></div>
<div class="qa qb qc qd ac cb"><div class="ci bh"><div class="qe ac r qf"><h2 class="bf qg qh qi qj bk">${mdSignup[0]}</h2><div class="qk ac r"><div
class="ql l">
<div class="bf b bg ab bk">Free</div><p class="bf b bg ab du">${mdSignup[1]}</p><p class="bf b bg ab du">${mdSignup[2]}</p><p class="bf b bg ab
du">${mdSignup[3]}</p>
<a class="bf b qm ab" href="/m/signin?operation=register">${mdSignup[4]}</a></div><div class="ql l"><div class="bf b bg ab bk">Membership</div>
<a class="bf b qm ab" href="/plans">${mdSignup[5]}</a></div></div></div></div></div>
<div class="ac cb"><div class="ci bh hg hh hi hj"><div class="rc ac r"><a href="/@kwameholt" rel="noopener follow"><img alt="Kwame Holt" class="l ep
bx rd re cw"
src="https://miro.medium.com/v2/resize:fill:96:96/1*Qm3k.jpeg" width="48" height="48" loading="lazy"></a><div class="rf l">
<h2 class="bf qg rg rh ri bk"><a href="/@kwameholt" rel="noopener follow">Written by Kwame Holt</a></h2><div class="rj ac"><span class="bf b bg ab du">
<a href="/@kwameholt/followers" rel="noopener follow">1.3K followers</a></span><span class="bf b bg ab du">·</span><span class="bf b bg ab du">
<a href="/@kwameholt/following" rel="noopener follow">212 following</a></span></div><p class="bf b bg ab bk">Transport planner by day, amateur baker by night.
Writing about cities, bikes and bread.</p></div><a class="jg jh ah ai" href="/m/signin?operation=register" rel="noopener follow">Follow</a></div>
<div class="rk l"><h2 class="bf qg rg rh ri bk">Responses (7)</h2><div class="rl l"><div class="bf b bg ab du">What are your thoughts?</div></div>
${mdResp
  .map(
    ([n, d, t]) => `<div class="rm l"><div class="ac r"><a href="/@${n.split(' ')[0]!.toLowerCase()}" rel="noopener follow"><p class="bf b bg ab
bk">${n}</p></a>
<p class="bf b bg ab du">${d}</p></div><div class="rn l"><pre class="bf b bg ab bk ro rp rq">${t}</pre></div><div class="ac r"><span
class="pw-multi-vote-count">12</span>
<button class="ag ah ai">Reply</button></div></div>`,
  )
  .join('\n')}<button class="bf b bg ab bk rr">See all responses</button></div>
<div class="rs l"><h2 class="bf qg rg rh ri bk">More from Kwame Holt</h2>${mdMore
  .map(
    ([t, d]) => `<article class="rt l"><a href="/@kwameholt/${t.length.toString(16)}" rel="noopener follow"><h2 class="bf qg ru rv bk">${t}</h2></a>
<span class="bf b bg ab du">${d}</span></article>`,
  )
  .join('\n')}<a class="bf b bg ab" href="/@kwameholt" rel="noopener follow">See all from Kwame Holt</a></div>
<div class="rw l"><h2 class="bf qg rg rh ri bk">Recommended from Medium</h2>${mdRec
  .map(
    ([t, a]) => `<article class="rt l"><p class="bf b bg ab bk">${a}</p><a href="/p/${t.length.toString(16)}b" rel="noopener follow"><h2 class="bf qg
ru rv bk">${t}</h2></a>
</article>`,
  )
  .join('\n')}<a class="bf b bg ab" href="/?source=post_page---read_next_recirc" rel="noopener follow">See more recommendations</a></div></div></div>
<div class="sa sb ac"><div class="ac r sc">${mdFoot
  .map(
    (t) => `<a class="sd se" href="https://help.medium.com/${t.toLowerCase().replace(/ /g, '-')}"
rel="noopener follow">
<p class="bf b dv ab du">${t}</p></a>`,
  )
  .join('')}</div></div></div></div>
<script>window.__BUILD_ID__="main-20251008-143012-7d1c2e9a41"</script><script src="https://cdn-client.medium.com/lite/static/js/main.a31c7e2b.js"
async></script>
</body></html>`;
const medium: TestPage = {
  html: mdHtml,
  name: 'heldout80-medium-personal-blog',
  kind: 'blog',
  // the subtitle under the title is in neither list; author name, reading time and date are bylines; claps, response
  // counts, "Listen", "Share", "Follow", the image caption, tags, the sign-up box, "Written by" with counts and bio,
  // responses (names, dates, texts), the two rails and the footer are furniture
  title: mdTitle,
  headings: [mdH1, mdH2],
  body: [...md1, ...md2, ...md3, ...mdList, ...md4],
  bylines: ['Kwame Holt', '6 min read', 'Oct 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mdTop, 'Follow', '1.2K', '7', 'Listen', 'Share', mdCaption, ...mdTags, ...mdSignup, 'Free', 'Membership', 'Written by Kwame Holt', '1.3K followers',
    '212 following', 'Transport planner by day, amateur baker by night. Writing about cities, bikes and bread.', 'Responses (7)', 'What are your thoughts?',
    ...mdResp.flat(), '12', 'Reply', 'See all responses', 'More from Kwame Holt', ...mdMore.flat(), 'See all from Kwame Holt', 'Recommended from Medium',
    ...mdRec.flat(), 'See more recommendations', ...mdFoot,
  ],
};

export const HELDOUT80_C: readonly TestPage[] = [medium, tumblrPost];
