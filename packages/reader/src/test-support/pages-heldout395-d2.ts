import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';

/** Held-out batch 395, file d2: a Medium founder's letter (described in file d's doc comment). */
const mTitle = 'A letter from our founder, ten years in';
const mSub = 'What I got wrong, what we kept, and why we are still small on purpose.';
const mP1 = [
  j(
    'Ten years ago this month, I sent the first invoice from Quillfern from my kitchen table. It was for 240 dollars, for',
    'bookkeeping software I had written for my aunt’s flower shop and two of her neighbours. I did not know it was a company.',
  ),
  j(
    'Today Quillfern is used by about nine thousand small shops, and there are thirty-four of us. I want to use this letter to say',
    'thank you, and to be honest about a few things.',
  ),
];
const mP2 = [
  j(
    'In our third year we raised money and tried to become a platform for every kind of small business. We hired quickly, built',
    'features nobody had asked for and, for about eighteen months, got worse at the one thing our customers loved us for.',
  ),
  j(
    'The turning point was a letter from a bike shop owner in Duluth who wrote that our new dashboard took eleven clicks to do',
    'what used to take two. He was right. We rolled most of it back, and I had to tell twelve colleagues that their roles no',
    'longer existed. That was the worst week of my working life.',
  ),
];
const mQuote = 'We would rather be the best tool for a shop with three employees than an average tool for everyone.';
const mP3 = [
  j(
    'That sentence went up on our wall after the rollback, and it still decides most of our arguments. It is why we do not sell',
    'to enterprises, why our support team answers the phone, and why our prices have gone up only once in ten years.',
  ),
  'A few promises for the next ten years:',
];
const mList = [
  'We will stay profitable and answer to our customers, not to a sale of the company',
  'Your data will always be exportable in plain files, free of charge',
  'We will publish what we earn and what we spend, every year, on this blog',
];
const mP4 = [
  j(
    'I am often asked what comes next. The truthful answer is more of the same, done better. If you run a small shop and use',
    'Quillfern, thank you for trusting us with your books. If something we built annoys you, please reply to this letter. I read',
    'every one.',
  ),
];
const mResp = [
  'Congratulations on ten years. The rollback story is the reason I still recommend you to every shop owner I meet.',
  'Honest letter. Would love to see the yearly numbers broken down by team.',
];
const mMore = ['How we price Quillfern, and why it rarely changes', 'Our support team answers the phone. Here is what that costs.'];
const mRec = ['The quiet economics of the corner shop', 'Why I stopped chasing venture capital', 'Bootstrapping a SaaS to one million in revenue'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mp = (t: string): string =>
  `<p id="p${t.length}" class="pw-post-body-paragraph nd ne gu nf b ng nh ni nj nk nl nm nn no np nq fn bk" data-selectable-paragraph="">${t}</p>`;
const mh = (t: string): string => `<h2 id="h${t.length}" class="oe of gu bf og oh oi oj ok ol om on oo op bk" data-selectable-paragraph="">${t}</h2>`;
const mHtml = `<!doctype html><html lang="en"><head><title>A letter from our founder, ten years in | by Marguerite Osei | Quillfern Notes | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${mTitle}">
<meta data-rh="true" property="article:published_time" content="2026-02-03T14:21:07.112Z"><meta data-rh="true" name="author" content="Marguerite Osei">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="6 min read">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":
"2026-02-03T14:21:07.112Z","author":{"@type":"Person","name":"Marguerite Osei"},"publisher":{"@type":"Organization","name":"Quillfern Notes"}}</script>
</head><body><div id="root"><div class="a b c"><div class="l c"><div class="l c"><div class="ab cb"><div class="ch bg ci cj ck cl">
<div class="cm cn co cp cq cr cs ct"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/"><svg viewBox="0 0 719 160" class="dd"></svg></a>
<div class="ab q dz"><a data-testid="headerWriteButton" href="/new-story" class="af ag ah">Write</a></div>
<p class="bf b be z du"><a class="af ag ah ai aj" href="/m/signin">Sign in</a></p></div></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="h k"><div class="ab ca">
<div class="ch bg ev ew ex ey"><div><h1 id="8a1c" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div><div><h2 id="2b0e" class="pw-subtitle-paragraph hq gt gu bf b hr hs ht hu hv du"
data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hq hr hs ht hu ab"><div><div class="ab hv"><div class="bm"
aria-hidden="false">
<a href="/@marguerite.osei" rel="noopener follow"><div class="l hw hx by hy hz"><img alt="Marguerite Osei" class="l fd by dd de cx"
src="https://miro.medium.example/v2/resize:fill:88:88/1*mo.jpeg"
width="44" height="44" loading="lazy"></div></a></div></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z
bk"><div class="ia ab q">
<div class="ab q ib"><p class="bf b ic id bk"><a class="af ag ah ai aj ak al am an ie" data-testid="authorName" href="/@marguerite.osei"
rel="noopener follow">Marguerite Osei</a></p>
<span class="if ig" aria-hidden="true"><span class="bf b bg z du">·</span></span><p class="bf b ic id du"><button class="ih ii ah ai"
disabled="">Follow</button></p></div></div></span></div></div>
<div class="l im"><span class="bf b bg z du"><div class="ab cn in io ip"><div class="iq ir ab"><div class="bf b bg z du ab is"><span class="it l"
aria-hidden="true">
<span class="bf b bg z du">Published in</span></span><div class="ab q"><a class="af ag ah ai" data-testid="publicationName"
href="https://medium.example/quillfern-notes"
rel="noopener follow"><p class="bf b bg z iu iv iw bk">Quillfern Notes</p></a></div></div></div><div class="ab ae"><span
data-testid="storyReadTime">6 min read</span>
<div class="jc jd l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z du">·</span></span></div><span
data-testid="storyPublishDate">Feb 3, 2026</span>
</div></div></span></div></div></div><div class="ab cp je jf jg jh ji jj jk jl jm jn jo jp jq jr js jt"><div class="h k w fg fh q"><div class="kj l">
<div class="ab q kk kl"><div class="pw-multi-vote-icon fj kc km kn ko"><button data-testid="headerClapButton" class="kp ao kq kr ks kt ku"></button></div>
<div class="pw-multi-vote-count l lc ld le lf lg lh li"><p class="bf b dv z du"><span class="lj">1.1K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao lk ll lm" aria-label="responses"><p class="bf b dv z du"><span class="pw-responses-count
lp lq">14</span></p>
</button></div></div></div><div class="ab q jx jy jz ka kb kc"><button aria-label="Listen" data-testid="audioPlayButton" class="af fg ah ai"><p
class="bf b bg z du">Listen</p>
</button><button aria-controls="postFooterSocialMenu" class="af fg ah ai" data-testid="headerSocialShareButton"><p class="bf b bg z
du">Share</p></button></div></div>
</div></div></div></div></div></div><div class="ab ca"><div class="ch bg ev ew ex ey">
${mP1.map(mp).join('\n')}
${mh('The year we tried to be everything')}
${mP2.map(mp).join('\n')}
<blockquote class="pq pr ps"><p id="q1" class="nd ne pt nf b ng nh ni nj fn bk" data-selectable-paragraph="">${mQuote}</p></blockquote>
${mP3.map(mp).join('\n')}
<ul class=""><li id="l1" class="nd ne gu nf b ng pu pv pw px py qa qb qc fn bk"
data-selectable-paragraph="">${mList.join('</li>\n<li class="nd ne gu nf b ng fn bk" data-selectable-paragraph="">')}</li></ul>
${mh('What comes next')}
${mP4.map(mp).join('\n')}
</div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ev ew ex ey"><div class="ab cp tb tc"><a class="td te tf" href="/tag/small-business" rel="noopener follow"><div
class="tg eh cw th fc ti tj bf b bg z bk tk">Small Business</div></a>
<a class="td te tf" href="/tag/bootstrapping" rel="noopener follow"><div class="tg eh cw th fc ti tj bf b bg z bk tk">Bootstrapping</div></a></div>
<div class="l tl"><h2 class="bf hg uu uv uw ux uy bk"><a href="/@marguerite.osei" rel="noopener follow">Written by Marguerite Osei</a></h2>
<div class="vb vc vd"><span class="pw-follower-count bf b bg z du">2.3K Followers</span></div>
<p class="bf b bg z bk"><span class="bg">Founder of Quillfern. Bookkeeping for small shops. Writes about running a small company slowly.</span></p></div>
<div class="ab q wd we"><h2 class="bf hg qz ra rb rc rd bk">Responses (14)</h2></div>
${mResp
  .map(
    (r, i) => `<div class="l wf"><div class="ab q"><a href="/@reader${i}" class="af ag"><p class="bf b bg z bk">${['Tomas Rieder', 'Yuki Marsh'][i]}</p></a>
<p class="bf b bg z du">Feb ${4 + i}, 2026</p></div><pre class="wg wh wi"><div class="bf b dv z bk">${r}</div></pre></div>`,
  )
  .join('\n')}
<a class="af ag ah" href="/quillfern-notes/a-letter-from-our-founder/responses"><p class="bf b bg z bk">See all responses</p></a>
<h2 class="bf hg ve vf vg bk">More from Marguerite Osei and Quillfern Notes</h2><ul class="ab">${links(mMore, 'xa xb')}</ul>
<h2 class="bf hg ve vf vg bk">Recommended from Medium</h2><ul class="ab">${links(mRec, 'xa xb')}</ul></div></div>
<div class="yk yl ym"><ul class="ab q">${links(mFoot, 'yn yo')}</ul></div></div></div>
<script>window.__BUILD_ID__="main-20260203-140611-7b9e1a0c2f";window.__APOLLO_STATE__ =
{"ROOT_QUERY":{"post({\\"id\\":\\"e7a10b\\"})":{"__ref":"Post:e7a10b"}}}</script>
</body></html>`;
export const medium: TestPage = {
  name: 'heldout395-medium-founder-letter',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['The year we tried to be everything', 'What comes next'],
  body: texts([mSub, ...mP1, ...mP2, mQuote, ...mP3, ...mList, ...mP4]),
  bylines: ['Marguerite Osei', 'Feb 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Write', 'Sign in', 'Follow', 'Published in', 'Quillfern Notes', '6 min read', '1.1K', 'Listen', 'Share', 'Small Business', 'Bootstrapping',
    'Written by Marguerite Osei', '2.3K Followers', 'Founder of Quillfern. Bookkeeping for small shops. Writes about running a small company slowly.',
    'Responses (14)', 'Tomas Rieder', 'Yuki Marsh', 'Feb 4, 2026', 'Feb 5, 2026', ...mResp, 'See all responses',
    'More from Marguerite Osei and Quillfern Notes',
    ...mMore, 'Recommended from Medium', ...mRec, ...mFoot,
  ],
};
