import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file b2: a Medium story (React markup with hashed class names and data-testid hooks, the subtitle,
 * author row with Follow, read time and date, clap / response / Listen / Share bar, figures, tags, "Written by" card,
 * "More from" and "Recommended from Medium" rails, the membership upsell and the footer links).
 */
const mTitle = 'We Took the Search Bar Out of Our Warehouse App';
const mSub = 'Pickers were typing less and finding more. Here is what replaced it, and what we got wrong on the way.';
const mH = ['The problem nobody reported', 'What we built instead', 'What went wrong'];
const mP0 = [
  j(
    'For three years the first thing you saw in Stackwell, the picking app we build for mid-sized warehouses, was a search',
    'bar. It was big, it was fast, and according to our logs almost nobody used it properly.',
  ),
];
const mP1 = [
  j(
    'When we finally shadowed pickers on the floor at a garden-supplies depot near Hollins Cross, the pattern was obvious',
    'within an hour. People held a scanner in one hand and a tote in the other. Typing meant putting something down.',
  ),
  j(
    'So they typed two or three letters, scrolled a long list with a thumb, and picked the first thing that looked right.',
    'Our mis-pick rate for items with similar names was four times the rate for everything else.',
  ),
];
const mP2 = [
  j(
    'We replaced the search bar with a “next bay” card. The app already knew the pick list and the layout of the floor, so it',
    'could simply show the next item, its bay and its photo, large enough to read at arm’s length.',
  ),
  j(
    'Search did not disappear. It moved behind a button in the corner, and we added voice input for the cases where a',
    'picker really did need to look something up.',
  ),
];
const mList = [
  'Mis-picks on look-alike items fell from 3.1 per cent to 0.8 per cent over six weeks.',
  'Average time per pick dropped by nine seconds.',
  'Use of the hidden search button settled at about one in forty picks.',
];
const mQuote = 'The best interface for someone holding two things is one that does not ask for a third hand.';
const mP3 = [
  j(
    'Our first version of the card hid the quantity in small type, and for a week people picked one of everything. We had',
    'tested with single-unit orders only. The fix took an afternoon; the apology to the depot manager took longer.',
  ),
  j(
    'We also underestimated how much people liked the old list for restocking, which is a different job with different',
    'habits. Restock mode now keeps the list, and nobody has asked for the search bar back.',
  ),
];
const mTags = ['UX Design', 'Product Management', 'Logistics', 'Case Study'];
const mMore = ['How we cut our onboarding from two days to two hours', 'Barcode scanners are still the best UI we ship'];
const mRec = ['The quiet death of the hamburger menu', 'Designing for gloves: lessons from cold storage', 'Stop shipping dashboards'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const para = (id: string, t: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph ng nh fo ni b nj nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od fh bk"
data-selectable-paragraph="">${t}</p>`;
const h2 = (id: string, t: string): string =>
  `<h2 id="${id}" class="oe of fo be og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb bk" data-selectable-paragraph="">${t}</h2>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Odile Fenwick | Stackwell Design | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="description" content="${mSub}">
<meta data-rh="true" name="author" content="Odile Fenwick"><meta data-rh="true" property="article:published_time" content="2026-03-02T08:41:17.532Z">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="5 min read">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Odile Fenwick"},"publisher":{"@type":"Organization","name":"Stackwell Design"},"isAccessibleForFree":true}</script>
<style type="text/css" data-fela-rehydration="538" data-fela-type="STATIC">html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x y z ab ac ae af ag ah ai aj ak">
<div class="am l"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/?source=post_page---top_nav_layout_nav"></a></div>
<div class="as ay az ba bb"><span class="bf b bg ab bh bi bj bk bl"><a class="bm bn" href="/m/signin?operation=register">Open in app</a></span></div>
<div class="ab q"><a class="bc bd" data-testid="headerWriteButton" href="/new-story"><div class="bf b bg dc">Write</div></a>
<span><a class="ax av" data-testid="headerSignUpButton" href="/m/signin?operation=register">Sign up</a></span>
<span><a class="ew" data-testid="headerSignInButton" href="/m/signin?operation=login">Sign in</a></span></div></div></div>
<div class="l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="hc he hf hg hh"></div><div class="hi hj hk hl hm">
<div class="ab ca"><div class="ch bg ew ex ey ez"><div><h1 id="6c1e"
class="pw-post-title hn ho hp be hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih ii ij
ik il bk" data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="a9d0" class="pw-subtitle-paragraph im ho hp be b in io ip iq ir is it iu iv iw ix iy iz ja jb cq dx" data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab co"><div class="jc jd je jf jg ab"><div><div class="ab jh"><div><div class="bm" aria-hidden="false"><a href="/@odilefenwick"
rel="noopener follow"><img alt="Odile Fenwick" class="l eu by ji jj cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*odile.jpeg" width="44"
height="44"></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jl ab q">
<div class="ab q jm"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jn jo bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jp"
data-testid="authorName" href="/@odilefenwick" rel="noopener follow">Odile Fenwick</a></p></div></div></div><span class="jq jr" aria-hidden="true">
<span class="bf b bg z dx">·</span></span><p class="bf b jn jo dx"><span><a class="js jt ah ai aj ak al am an ao ap aq ar eq ju jv" href="#">Follow</a>
</span></p></div></div></span></div></div><div class="l jw"><span class="bf b bg z dx"><div class="ab cp jx jy jz"><div class="ka kb ab"><div
class="bf b bg z dx ab kc">
<span class="kd l jw">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jp ab q"
data-testid="publicationName"
href="/stackwell-design"><p class="bf b bg z ke kf kg kh ki kj kk kl bk">Stackwell Design</p></a></div></div></div><div class="h k"><span class="jq jr"
aria-hidden="true"><span class="bf b bg z dx">·</span></span></div></div><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">5
min read</span>
<div class="km kn l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div>
<span data-testid="storyPublishDate">Mar 2, 2026</span></div></span></div></span></div></div></div>
<div class="ab co ko kp kq kr ks kt ku kv kw kx ky kz la lb lc ld"><div class="h k w ff fg q"><div class="lt l"><div class="ab q lu lv">
<div class="pw-multi-vote-icon ed kd lw lx ly"><button data-testid="headerClapButton" class="lz ao ma mb mc md am me mf mg ly"></button></div>
<div class="pw-multi-vote-count l mh mi mj mk ml mm mn"><p class="bf b dy z dx"><span class="mo">1.4K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao lz mr ms ab q ee mt mu" aria-label="responses"><p class="bf b dy z dx"><span
class="pw-responses-count mq mp">
23</span></p></button></div></div></div><div class="ab q"><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton"
class="af ee ah ai aj ak al nb an ao ap ex nc nd ne"><div class="ab q"><p class="bf b dy z dx">Listen</p></div></button></div>
<div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post"
data-testid="headerSocialShareButton"
class="af ee ah ai aj ak al nb an ao ap ex nc nd ne"><div class="ab q"><p
class="bf b dy z dx">Share</p></div></button></div></div></div></div></div></div></div>
${para('c301', mP0[0] ?? '')}
<figure class="pf pg ph pi pj pk pc pd paragraph-image"><div role="button" tabindex="0" class="pl pm fi pn bh po"><div class="pc pd pe">
<picture><img alt="" class="bh lp pp c" width="700" height="467" loading="eager" role="presentation"
src="https://miro.medium.example/v2/resize:fit:1400/1*floor.jpeg">
</picture></div></div><figcaption class="pq pr ps pc pd pt pu be b bf z dx" data-selectable-paragraph="">A picker at the Hollins Cross depot, scanner in one
hand and tote in the other. Photo by the author.</figcaption></figure>
${h2('d1a0', mH[0] ?? '')}
${mP1.map((t, i) => para(`d1a${i + 1}`, t)).join('\n')}
${h2('e2b0', mH[1] ?? '')}
${mP2.map((t, i) => para(`e2b${i + 1}`, t)).join('\n')}
<ul class="">${mList
  .map(
    (t, i) => `<li id="f3c${i}" class="qa qb fo ni b nj nk nl qc qd qe qf qg qh qi qj qk ql qm qn qo qp qq qr qs qt qu qv qw qx ok qy qz bk"
data-selectable-paragraph="">${t}</li>`,
  )
  .join('\n')}</ul>
<blockquote class="ra rb rc"><p id="f3d1" class="pw-post-body-paragraph ng nh rd ni b nj nk" data-selectable-paragraph=""><em
class="re">${mQuote}</em></p></blockquote>
${h2('a4e0', mH[2] ?? '')}
${mP3.map((t, i) => para(`a4e${i + 1}`, t)).join('\n')}
</div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="rf rg ab jh"><div class="rh ab"><a class="ri ax an ao" href="#">Sign up to discover human
stories that
deepen your understanding of the world.</a></div></div>
<div class="rj rk ab"><ul class="ab rl">${mTags
  .map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}" class="ro ap rp be b bf z dx"><div class="rq rr">${t}</div></a></li>`)
  .join('\n')}</ul></div>
<div class="ab q"><span class="pw-multi-vote-count">1.4K</span><span class="pw-responses-count">23</span></div>
<div class="rs rt ru"><h2 class="be ss zj zk zl bk"><a href="/@odilefenwick">Written by Odile Fenwick</a></h2><div class="tb tc ab"><span
class="pw-follower-count bf b bg z bk">
<a href="/@odilefenwick/followers">3.8K Followers</a></span></div><div class="zp l"><p class="bf b bg z bk">Design lead at Stackwell. Writing about software for
people whose hands are full.</p></div><button class="be b bf z hg">Follow</button></div>
<div class="ab ca"><h2 class="be b ix z bk">More from Odile Fenwick and Stackwell Design</h2><div class="ab cn">${mMore
  .map(
    (t) => `<div class="vz l"><a href="#">
<h2 class="be hq fu wb ww wx tg wc wd we wf wg bk">${t}</h2></a></div>`,
  )
  .join('\n')}</div></div>
<div class="ab ca"><h2 class="be b ix z bk">Recommended from Medium</h2><div class="ab cn">${mRec
  .map(
    (t) => `<div class="vz l"><a href="#">
<h2 class="be hq fu wb ww wx tg bk">${t}</h2></a></div>`,
  )
  .join('\n')}</div><a class="af ag ah" href="/?source=post_page">See more recommendations</a></div>
<div class="ab ca"><div class="paywall-upsell"><p>Get unlimited access to the best of Medium for less than $1/week.</p><a href="/plans">Become a
member</a></div></div>
</div></div><div class="yi yj yk ab ca"><div class="ab cn"><div class="ab yl">${mFoot
  .map((t) => `<a class="bf b dy z ym" href="https://help.medium.example/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('\n')}</div></div></div></div></div>
<script>window.__BUILD_ID__="main-20260302-083311-d1a9ccb4e1"</script><script>window.__APOLLO_STATE__ =
{"Post:5f2a":{"title":"${mTitle}","clapCount":1412}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.62d8a4c1.js" async></script></body></html>`;
export const medium: TestPage = {
  name: 'heldout260-medium-story-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mSub, ...mP0, ...mP1, ...mP2, ...mList, mQuote, ...mP3]),
  bylines: ['Odile Fenwick', 'Mar 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Write', 'Sign up', 'Sign in', 'Follow', 'Published in', 'Stackwell Design', '5 min read', '1.4K', 'Listen', 'Share',
    'A picker at the Hollins Cross depot, scanner in one hand and tote in the other. Photo by the author.',
    'Sign up to discover human stories that deepen your understanding of the world.', ...mTags, 'Written by Odile Fenwick', '3.8K Followers',
    'Design lead at Stackwell. Writing about software for people whose hands are full.', 'More from Odile Fenwick and Stackwell Design', ...mMore,
    'Recommended from Medium', ...mRec, 'See more recommendations', 'Get unlimited access to the best of Medium for less than $1/week.', 'Become a member',
    ...mFoot,
  ],
};
