import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 131, file b2: a Medium publication post on the publication's own domain, saved signed out (the metabar
 * with the publication logo, "Open in app", "Write", "Sign up" and "Sign in", the publication's tab menu, h1 and the
 * subtitle h2, the author/publication block with "Follow", read time and date, the clap/response/bookmark/listen/share bar,
 * atomic-class body paragraphs, a pull quote, a figure caption, the tag pills, the repeated action bar, "Written by" and
 * "Published in" cards with follower counts, "Responses (6)" with two responses, "More from" cards, "Recommended from
 * Medium", the footer links and the Apollo state script).
 */
const mdTitle = 'How we cut our nightly batch job from six hours to forty minutes';
const mdSubtitle = 'A story about one slow query, two wrong guesses and a very boring fix';
const mdP1 = [
  'For most of last year, the job that reconciles the day’s payments at Tidewater ran every night from midnight until about six in ' +
    'the morning. Nobody loved it, but it finished before the finance team logged on, so nobody touched it either.',
  'Then in February it started finishing at eight, then nine. One morning it was still running at eleven, and the finance team spent ' +
    'a day working from yesterday’s numbers. This is the story of how we got it down to forty minutes, and why the fix was much less ' +
    'exciting than the things we tried first.',
];
const mdH1 = 'Wrong guess number one: the database is too small';
const mdP2 = [
  'The obvious suspect was the database. Payment volume had doubled over the year, and the reconciliation job reads every payment ' +
    'from the previous day. So we did what everyone does and moved to a bigger instance, with twice the memory and twice the cores.',
  'The job got about ten per cent faster. The bill got about ninety per cent bigger. We moved back a week later.',
];
const mdH2 = 'Wrong guess number two: it needs to run in parallel';
const mdP3 = [
  'Next we split the job by merchant and ran eight workers at once. This helped more, but it also made the job much harder to reason ' +
    'about, and two nights in a row the workers deadlocked against each other while updating the same summary table. We rolled that ' +
    'back too.',
];
const mdH3 = 'What was actually happening';
const mdP4 = [
  'Eventually someone did the thing we should have done first: turned on query logging for a night and looked at what the job was ' +
    'really doing. Almost all of the time went into a single query, run once for every payment, that looked up the merchant’s ' +
    'settlement rules.',
  'That query was fine when we had a few thousand payments a day. At 1.8 million a day, it meant 1.8 million round trips to the ' +
    'database, each one doing a small index lookup and returning the same handful of rows.',
];
const mdQuote = 'The database was not slow. We were just asking it the same question 1.8 million times a night.';
const mdH4 = 'The boring fix';
const mdP5 = [
  'There are only about 4,000 merchants, and their settlement rules change perhaps once a week. So at the start of the job we now ' +
    'load all of the rules into memory in one query, and look them up from there. It is about thirty lines of code.',
  'The job now finishes in forty minutes. It uses less database time than it did a year ago, on the original, smaller instance.',
];
const mdH5 = 'What we took away';
const mdList = [
  '<strong>Measure before you guess.</strong> One night of query logs would have saved us a month.',
  '<strong>Bigger machines hide problems for a while;</strong> they rarely fix them.',
  '<strong>Parallelism is a cost, not a free speed-up.</strong> Only pay it when you know where the time is going.',
];
const mdP6 = [
  'We have since added a dashboard that shows the five slowest queries of every nightly job, and it has already caught two more ' +
    'problems of exactly the same shape.',
];
const mdMeta = ['Open in app', 'Sign up', 'Sign in', 'Write'];
const mdTabs = ['Engineering', 'Product', 'Careers', 'About'];
const mdCaption = 'Nightly job duration from January to April. The drop in the middle of March is the fix. Image by the author.';
const mdTags = ['Database', 'Performance', 'Software Engineering', 'Batch Processing'];
const mdAuthor = [
  'Written by Dario Venn',
  '212 followers',
  '· Writer for Tidewater Engineering',
  'Staff engineer at Tidewater. I write about boring systems that keep working.',
  'Published in Tidewater Engineering',
  '1.4K followers',
  '· Last published 3 days ago',
  'How the team behind Tidewater builds and runs payments software.',
];
const mdResponses = [
  {
    name: 'Ingrid Solberg-Hale',
    date: 'Mar 13, 2025',
    text: 'The N+1 query strikes again. We had the exact same thing in our invoicing job and it took us a bigger instance to notice too.',
    claps: '14',
  },
  {
    name: 'Tomasz Wielgosz',
    date: 'Mar 15, 2025',
    text: 'How do you handle a rule that changes while the job is running? Do you reload the cache, or just accept one stale night?',
    claps: '3',
  },
];
const mdMore = [
  { title: 'Our on-call rota, one year later', ex: 'What changed when we stopped paging people at night for things that could wait.' },
  { title: 'Why we still deploy on Fridays', ex: 'Small changes, good tests and a rollback button are worth more than a rule.' },
];
const mdRec = [
  { title: 'The index you forgot to drop', ex: 'Three years of unused indexes were costing us more than the queries they were for.' },
  { title: 'Caching is a promise about time', ex: 'Every cache is a decision about how stale you are willing to be.' },
];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const sp = (c: string, t: string): string => `<span class="${c}">${t}</span>`;
const dot = '<span class="in io" aria-hidden="true"><span class="be b bf z dw">·</span></span>';
const mdBar = (where: string): string => `<div class="ab cp jl jm jn jo jp jq jr js jt ju jv jw jx jy jz ka"><div class="h k w ed eg q"><div class="kq l">
<div class="ab q kr ks"><div class="pw-multi-vote-icon ed kt ku kv kw"><div class=""><div class="kx ky kz la lb lc ld am le lf lg lh">
<button class="ab cp li" data-testid="${where}ClapButton" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24"
aria-label="clap"></svg></button></div></div>
</div><div class="pw-multi-vote-count l lj lk ll lm ln lo lp"><p class="be b du z dw"><span class="lq">1.1K</span></p></div></div></div>
<div class="ab q"><button class="af fk ah ai aj ak al lr an ao ap ex ls lt lu lv" aria-label="responses"><svg width="24" height="24"></svg>
<p class="be b du z dw"><span class="pw-responses-count lw lx">6</span></p></button></div></div><div class="ab q kb kc kd ke kf kg kh ki kj kk kl km kn ko kp">
<div class="ly k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton"
aria-expanded="false" aria-label="Add to list bookmark button" data-testid="${where}BookmarkButton" class="af fk ah ai aj ak al lr an ao ap ex mg mh mi"
disabled><svg width="24" height="24" viewBox="0 0 24 24" class="av"></svg></button></div></div></div><div class="ep mj cn"><div class="l ae">
<div class="ab cb"><div class="mk ml mm mn mo mp ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false">
<button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al lr an ao ap ex mq mr md ms mt mu mv mw s mx my mz na nb nc nd u ne nf ng">
<svg width="24" height="24" viewBox="0 0 24 24"></svg><div class="j i d"><p class="be b bf z
dw">Listen</p></div></button></div></div></div></div></div></div></div></div>
<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false">
<button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="${where}SocialShareButton"
class="af fk ah ai aj ak al lr an ao ap ex mq mr md ms mt mu mv mw s mx my mz na nb nc nd u ne nf ng"><svg width="24" height="24" viewBox="0 0 24 24"></svg>
<div class="j i d"><p class="be b bf z dw">Share</p></div></button></div></div></div></div></div>`;
const pClass = 'pw-post-body-paragraph nk nl gv nm b nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of og oh gi bj';
const hClass = 'oi oj gv be ok ol om on oo op oq or os ot ou ov ow ox oy oz pa pb pc pd pe pf bj';
let id = 0x3a10;
const mp = (a: readonly string[]): string => a.map((t) => `<p id="${(id++).toString(16)}" class="${pClass}" data-selectable-paragraph="">${t}</p>`).join('\n');
const mh = (t: string): string => `<h2 id="${(id++).toString(16)}" class="${hClass}" data-selectable-paragraph="">${t}</h2>`;
const card = (c: { title: string; ex: string }, by: string): string => `<div class="ur us ut uu uv uw ux uy uz va vb"><article class="vc vd ve"
data-testid="post-preview"><div class="l"><div class="ab"><div class="vf l"><span class="be b du z bj"><p class="be b du z bj">${by}</p></span></div></div>
<a href="https://engineering.tidewater.example/${c.title.toLowerCase().replace(/[^a-z]+/g, '-')}" rel="noopener follow"><h2 class="be gs vg vh vi vj vk vl hm ho
vm vn
vo vp vq vr vs vt vu vv vw vx gi jb jd vy jf jh bj">${c.title}</h2><div class="vz l"><h3 class="be b ik z go wa jb jd wb jf jh dw">${c.ex}</h3></div></a></div>
</article></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>How we cut our nightly batch job from six hours to forty minutes | by Dario Venn | Mar, 2025 |
Tidewater Engineering</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport"
content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2025-03-12T14:02:18.113Z">
<meta data-rh="true" name="title" content="${mdTitle} | by Dario Venn | Mar, 2025 | Tidewater Engineering">
<meta data-rh="true" property="og:title" content="${mdTitle}"><meta data-rh="true" name="description" content="${mdSubtitle}">
<meta data-rh="true" name="author" content="Dario Venn"><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="7 min read">
<link data-rh="true" rel="canonical" href="https://engineering.tidewater.example/how-we-cut-our-nightly-batch-job-8c41e2f07d6a">
<script data-rh="true"
type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","image":["https://miro.medium.example/v2/resize:fit:1200/1*q3.png"],
"url":"https://engineering.tidewater.example/how-we-cut-our-nightly-batch-job-8c41e2f07d6a","dateCreated":"2025-03-12T14:02:18.113Z",
"datePublished":"2025-03-12T14:02:18.113Z","dateModified":"2025-03-13T09:11:40.502Z","headline":"${mdTitle}","name":"${mdTitle}","description":"${mdSubtitle}",
"identifier":"8c41e2f07d6a","author":{"@type":"Person","name":"Dario Venn","url":"https://engineering.tidewater.example/@dariovenn"},"creator":["Dario Venn"],
"publisher":{"@type":"Organization","name":"Tidewater Engineering","url":"https://engineering.tidewater.example"},
"mainEntityOfPage":"https://engineering.tidewater.example/8c41e2f07d6a"}</script>
<style type="text/css" data-fela-rehydration="563"
data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*,*:before,*:after{box-sizing:inherit}</style>
</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c"><div class="m n o p q r s t u v w x y z ab
ac ad ae af">
<div class="ag ah ai aj ak al am an ao ap aq ar as at au av aw ax"><div class="ab q ay"><a class="ag ah ai aj ak al am an ao ap aq ar as at au"
href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F8c41e2f07d6a&amp;~feature=LoOpenInAppButton&amp;~channel=ShowPostUnderCollection"
rel="noopener follow">${mdMeta[0]}</a></div></div><div class="az ba bb bc bd be bf bg bh bi"><div class="ab q bj"><div class="ab q">
<a data-testid="publicationLogo" href="https://engineering.tidewater.example/?source=post_page---top_nav_layout_nav-----------------------------------------"
rel="noopener follow"><img alt="Tidewater Engineering" class="bk" src="https://miro.medium.example/v2/resize:fit:428/1*tidewater-logo.png" width="214"
height="36"></a>
</div><div class="bl h"><div class="ab bm q"><div class="bn bo l"><div class="ab ch bq br bs bt bu bv bw bx"><div class="by l"><svg width="24"
height="24"></svg></div>
<input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0"
class="ax ca cb cc ab cd ce cf cg ch ci cj ck cl cm" placeholder="Search" value=""></div></div></div></div></div><div class="h k w fh fi">
<div class="fj ab"><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar as at fk" data-testid="headerWriteButton"
href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story" rel="noopener follow"><div class="bi b bf z bj fl fm
fn">
<svg width="24" height="24" viewBox="0 0 24 24" aria-label="Write"></svg><div class="dx l">${mdMeta[3]}</div></div></a></div></div></div>
<div class="l k j i"><div class="fj ab"><a data-testid="headerSignUpButton" href="https://medium.com/m/signin?operation=register" rel="noopener follow">
<span class="bd b be z dw">${mdMeta[1]}</span></a></div></div><div class="fj fo l"><a data-testid="headerSignInButton" class="af ag ah ai aj ak al am an ao ap
aq ar
as at fk" href="https://medium.com/m/signin?operation=login" rel="noopener follow">${mdMeta[2]}</a></div></div></div>
<div class="ab ca cb"><nav class="gc gd ge gf" aria-label="Publication navigation"><ul class="ab q gg">
${mdTabs
  .map(
    (t) => `<li class="gh l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://engineering.tidewater.example/${t.toLowerCase()}"
rel="noopener follow"><p class="be b bf z dw">${t}</p></a></li>`,
  )
  .join('\n')}</ul></nav></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"></div></div></div><div class="ab ca cb"><div class="ch bg ew ex ey ez">
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fs ft fu fv fw"></div><div class="fx fy fz ga gb"><div class="ab ca">
<div class="ch bg ew ex ey ez"><div><h1 id="2b6f" class="pw-post-title gp gq gr be gs gt gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr
bj"
data-testid="storyTitle" data-selectable-paragraph="">${mdTitle}</h1></div><div><h2 id="77c0" class="pw-subtitle-paragraph hs gq gr be b ht hu hv hw hx hy hz ia
ib ic id ie if ig ih cq dw" data-selectable-paragraph="">${mdSubtitle}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="ii ij ik il im ab"><div><div class="ab in"><div><div class="bm"
aria-hidden="false">
<a href="https://engineering.tidewater.example/@dariovenn?source=post_page---byline--8c41e2f07d6a---------------------------------------" rel="noopener follow">
<div class="l io ip by iq ir"><div class="l ed"><img alt="Dario Venn" class="l eq by dd de cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*dv.jpeg"
width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></div></a></div></div><div class="is ab ed"><div><div class="bm" aria-hidden="false">
<a href="https://engineering.tidewater.example/?source=post_page---byline--8c41e2f07d6a---------------------------------------" rel="noopener follow">
<div class="l it iu by iq iv"><div class="l ed"><img alt="Tidewater Engineering" class="l eq by br iw cx"
src="https://miro.medium.example/v2/resize:fill:48:48/1*tw.png"
width="24" height="24" loading="lazy" data-testid="publicationPhoto"></div></div></a></div></div></div></div></div><div class="bm bg l"><div class="ab">
<div style="flex:1"><span class="be b bf z bj"><div class="ix ab q"><div class="ab q iy"><div class="ab q"><div><div class="bm" aria-hidden="false">
<p class="be b iz ja bj"><a class="af ag ah ai aj ak al am an ao ap aq ar jb" data-testid="authorName"
href="https://engineering.tidewater.example/@dariovenn?source=post_page---byline--8c41e2f07d6a---------------------------------------" rel="noopener
follow">Dario Venn</a>
</p></div></div></div>${dot}<p class="be b iz ja dw"><span><a class="jc jd ah ai aj ak al am an ao ap aq ar ex je jf"
href="https://medium.com/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l jg">
<span class="be b bf z dw"><div class="ab cn jh ji jj"><div class="jk jl ab"><div class="be b bf z dw ab jm"><span class="jn l jg">Published in</span>
<div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jb ab q" data-testid="publicationName"
href="https://engineering.tidewater.example/?source=post_page---byline--8c41e2f07d6a---------------------------------------" rel="noopener follow">
<p class="be b bf z jo jp jq jr js jt ju jv bj">Tidewater Engineering</p></a></div></div></div><div class="h k">${dot}</div></div>
<span class="be b bf z dw"><div class="ab ae">${sp('', '<span data-testid="storyReadTime">7 min read</span>')}<div class="jw jx l" aria-hidden="true">
<span class="l" aria-hidden="true"><span class="be b bf z dw">·</span></span></div><span data-testid="storyPublishDate">Mar 12, 2025</span></div></span>
</div></span></div></div></div>${mdBar('header')}</div></div></div></div></div>
<div class="ch bg ew ex ey ez">
${mp(mdP1)}
${mh(mdH1)}
${mp(mdP2)}
<figure class="pg ph pi pj pk pl pd pe paragraph-image"><div role="button" tabindex="0" class="pm pn ed po bg pp"><div class="pd pe pf"><picture>
<source srcset="https://miro.medium.example/v2/resize:fit:640/format:webp/1*chart.png 640w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw"
type="image/webp">
<img alt="" class="bg lu pq c" width="700" height="394" loading="eager" role="presentation"></picture></div></div>
<figcaption class="pr fg ps pd pe pt pu be b bf z dw" data-selectable-paragraph="">${mdCaption}</figcaption></figure>
${mh(mdH2)}
${mp(mdP3)}
${mh(mdH3)}
${mp(mdP4)}
<blockquote class="qa qb qc"><p id="${(id++).toString(16)}" class="pw-post-body-paragraph nk nl qd nm b nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of
og oh gi bj" data-selectable-paragraph="">${mdQuote}</p></blockquote>
${mh(mdH4)}
${mp(mdP5)}
${mh(mdH5)}
<ul class="">${mdList.map((t) => `<li id="${(id++).toString(16)}" class="${pClass} qe qf qg bk" data-selectable-paragraph="">${t}</li>`).join('\n')}</ul>
${mp(mdP6)}
</div></div></div></section></div></div></article></div></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qt qu ab jk ix"><div class="qv ab">
${mdTags
  .map(
    (t) => `<a href="https://medium.com/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----8c41e2f07d6a---------------------------------------"
rel="noopener follow"><div class="qw ed cx qx gj qy qz bf b bg z bj ra">${t}</div></a>`,
  )
  .join('\n')}</div></div>
${mdBar('footer')}</div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="sf sg ab jk ix"><div class="ab sh"><div class="ab cn cp"><div class="l">
<a href="https://engineering.tidewater.example/@dariovenn" rel="noopener follow"><img alt="Dario Venn" class="l eq by sj sk cx" width="48" height="48"
loading="lazy"
src="https://miro.medium.example/v2/resize:fill:96:96/1*dv.jpeg"></a></div><div class="l"><div class="sl"><a href="https://medium.com/m/signin?actionUrl=follow"
class="be b bf z sm sn so sp sq sr ss st su sv sw sx sy sz ta tb bm tc td" rel="noopener follow">Follow</a></div></div></div></div>
<div class="te l"><h2 class="be sn so sp sq bj"><a href="https://engineering.tidewater.example/@dariovenn" rel="noopener follow">${mdAuthor[0]}</a></h2>
<div class="ab tf tg"><span class="pw-follower-count be b bf z bj"><a
href="https://engineering.tidewater.example/@dariovenn/followers">${mdAuthor[1]}</a></span>
<span class="be b bf z dw">${mdAuthor[2]}</span></div><div class="th l"><p class="be b bf z bj"><span class="jb">${mdAuthor[3]}</span></p></div></div>
<div class="te l"><h2 class="be sn so sp sq bj"><a href="https://engineering.tidewater.example/" rel="noopener follow">${mdAuthor[4]}</a></h2>
<div class="ab tf tg"><span class="pw-follower-count be b bf z bj"><a href="https://engineering.tidewater.example/followers">${mdAuthor[5]}</a></span>
<span class="be b bf z dw">${mdAuthor[6]}</span></div><div class="th l"><p class="be b bf z bj"><span class="jb">${mdAuthor[7]}</span></p></div>
<a href="https://medium.com/m/signin?actionUrl=follow-collection" class="be b bf z sm tj" rel="noopener follow">Follow
publication</a></div></div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ti tj tk" id="responses"><div class="l"><h2 class="be sn tl tm bj">Responses
(6)</h2>
</div><div class="tn l"><div class="to tp tq ab" role="button" tabindex="0"><p class="be b bf z dw">What are your thoughts?</p></div></div>
${mdResponses
  .map(
    (r) => `<div class="tr ts l"><div class="ab cm"><div class="ab q"><a href="https://medium.com/@${r.name.toLowerCase().replace(/[^a-z]/g, '')}" rel="noopener
follow">
<img alt="${r.name}" class="l eq by dd de cx" width="32" height="32" loading="lazy"></a><div class="tt l"><div class="ab q"><p class="be b bf z bj">
<a href="https://medium.com/@${r.name.toLowerCase().replace(/[^a-z]/g, '')}" rel="noopener follow">${r.name}</a></p></div><p class="be b bf z dw">
<a href="https://medium.com/@x/${r.claps}" rel="noopener follow">${r.date}</a></p></div></div></div><pre class="tu tv tw ax"><div class="be b ik il bj">
<div class="l">${r.text}</div></div></pre><div class="ab q tx"><div class="ab q"><button class="af fk ah ai aj ak al lr an ao ap ex ls" aria-label="clap">
<svg width="16" height="16"></svg></button><p class="be b du z dw"><span class="pw-multi-vote-count">${r.claps}</span></p></div>
<button class="be b du z dw ty" aria-label="reply">Reply</button></div></div>`,
  )
  .join('\n')}<div class="tz ua l"><a class="be b bf z bj ub" href="https://engineering.tidewater.example/8c41e2f07d6a/responses/show" rel="noopener follow">
See all responses</a></div></div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><h2 class="be sn ud ue bj">More from Dario Venn and Tidewater Engineering</h2>
${mdMore.map((c) => card(c, 'Dario Venn')).join('\n')}<a class="be b bf z bj" href="https://engineering.tidewater.example/@dariovenn">See all from Dario
Venn</a>
<h2 class="be sn ud ue bj">Recommended from Medium</h2>${mdRec.map((c, n) => card(c, ['Halvard Brekke', 'Seo-yeon Park'][n]!)).join('\n')}
<a class="be b bf z bj" href="https://medium.com/?source=post_page---read_next_recirc">See more recommendations</a></div></div></div>
<div class="uf ug uh ui uj uk ul um un uo"><div class="ab ca"><div class="ch bg up uq ur us"><div class="ab q ut uu"><footer class="ab cm"><ul class="ab q uv">
${mdFoot
  .map(
    (t) => `<li class="uw"><a href="https://help.medium.com/${t.toLowerCase().replace(/ /g, '-')}" rel="noopener follow"><p class="be b du z
dw">${t}</p></a></li>`,
  )
  .join('\n')}
</ul></footer></div></div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250311-201455-a0b21f9d2c"</script><script>window.__GRAPHQL_URI__ =
"https://engineering.tidewater.example/_/graphql"</script>
<script>window.__PRELOADED_STATE__ = {"algolia":{"queries":{}},"cache":{"experimentGroupSet":true,"reason":"","group":"enabled","tags":["group-edgeCachePosts",
"post-8c41e2f07d6a","user-4e7a","collection-91bd"],"serverVariantState":"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"}}</script>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query","viewer":null},"Post:8c41e2f07d6a":{"__typename":"Post","id":"8c41e2f07d6a",
"title":"${mdTitle}","readingTime":6.93,"clapCount":1104,"isLocked":false,"creator":{"__ref":"User:4e7a"}}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/manifest.8a0e91c2.js"></script><script
src="https://cdn-client.medium.example/lite/static/js/main.d1f5.js">
</script></body></html>`;
export const mediumPost: TestPage = {
  name: 'heldout131-medium-custom-domain-blog',
  kind: 'blog',
  html: mdHtml,
  // the subtitle h2 is the dek (body); the pull quote is body; the caption, tags, follower cards and responses are furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3, mdH4, mdH5],
  body: texts([mdSubtitle, ...mdP1, ...mdP2, ...mdP3, ...mdP4, mdQuote, ...mdP5, ...mdList, ...mdP6]),
  bylines: ['Dario Venn', '7 min read', 'Mar 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mdMeta, ...mdTabs.slice(0, 2), 'Follow', 'Published in', 'Tidewater Engineering', '1.1K', 'Listen', 'Share', mdCaption, ...mdTags, ...mdAuthor,
    'Follow publication', 'Responses (6)', 'What are your thoughts?', ...mdResponses.flatMap((r) => [r.name, r.date, r.text]), 'Reply', 'See all responses',
    'More from Dario Venn and Tidewater Engineering', ...mdMore.flatMap((c) => [c.title, c.ex]), 'See all from Dario Venn', 'Recommended from Medium',
    ...mdRec.flatMap((c) => [c.title, c.ex]), 'Halvard Brekke', 'Seo-yeon Park', 'See more recommendations', ...mdFoot,
  ],
};
