import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 54, file c2: a Medium member-only story as a logged-out reader sees it (Fela atomic class names everywhere,
 * the top bar with "Open in app", search, "Write", "Sign up" and "Sign in", the "Member-only story" badge, title and subtitle,
 * author, "Follow", publication, reading time and date, the clap, response, "Listen" and "Share" bar, a captioned image, the
 * preview paragraphs cut at the paywall with its sign-up box, tags, the author and publication cards, responses count, "More
 * from" and "Recommended from Medium" cards, the footer links and the Apollo state script).
 */
const mdTitle = 'I Audited Every Meeting on My Calendar for 90 Days. Here’s What I Cut.';
const mdSub = 'Forty percent of my recurring meetings had no decision-maker in the room. Removing them was easier than I expected.';
const mdPs1 = [
  'Last autumn I noticed something uncomfortable about my calendar. On a typical Tuesday I had seven meetings, and when I looked ' +
    'back at the week I could not name a single decision that had come out of any of them. Most were recurring meetings that had ' +
    'quietly outlived whatever they were first set up to do.',
  'I manage a team of eleven engineers at a mid-sized logistics company, and for years I had treated a full calendar as proof ' +
    'that I was doing my job. So I decided to test that belief. For ninety days I kept a simple spreadsheet. After every meeting ' +
    'I wrote down three things: <strong class="nk hk">who was there</strong>, <strong class="nk hk">whether anything was ' +
    'decided</strong>, and <strong class="nk hk">whether I could have learned the same thing from a written update</strong>.',
] as const;
const mdH = 'The numbers were worse than I thought';
const mdPs2 = [
  'Over the three months I attended 214 meetings, not counting one-to-ones. Of those, 87 had no one present who could actually ' +
    'approve or reject the thing being discussed. Another 46 were status updates where every single item could have been a ' +
    'paragraph in a shared document.',
  'That is 133 meetings, or roughly 100 hours, spent on conversations that by my own rules did not need to happen. I found that ' +
    'number genuinely upsetting, partly because I had organised a fair share of them myself.',
  'The first thing I did was <em class="ol">not</em> to cancel anything. Instead, I sorted every recurring meeting into three ' +
    'groups, and I shared the spreadsheet with my team before making a single change.',
];
const mdCaption = 'Photo by Ana Kovač on Unsplash';
const mdWall = [
  'Create an account to read the full story.',
  'The author made this story available to Medium members only.',
  'If you’re new to Medium, create a new account to read this story on us.',
  'Continue in app',
  'Or, continue in mobile web',
  'Sign up with Google',
  'Sign up with Facebook',
  'Sign up with email',
  'Already have an account?',
] as const;
const mdTags = ['Productivity', 'Management', 'Leadership', 'Remote Work', 'Work Culture'];
const mdMore = [
  ['In Better Workweeks', 'by Nadia Ferreira', 'The One-Page Weekly Update That Replaced Our Standups', 'Jan 14', '2.1K'],
  ['In Better Workweeks', 'by Nadia Ferreira', 'Why I Stopped Accepting Meetings Without an Agenda', 'Nov 21, 2024', '987'],
  ['', 'Tobias Lind', 'The Hidden Cost of Being the Most Helpful Person on the Team', 'Feb 2', '4.4K'],
] as const;
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mdP = (id: string, t: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph mx my hh mz b na nb nc nd ne nf ng nh ni nj nk nl nm nn no np nq nr ns nt nu hb bk"
 data-selectable-paragraph="">${t}</p>`;
const mdCard = ([
  pub,
  by,
  t,
  d,
  claps,
]: (typeof mdMore)[number]): string => `<div class="ab cn"><article class="rc rd" data-testid="post-preview"><div class="l ab">
<div class="bf b bg z dx">${pub === '' ? '' : `<span>${pub}</span> `}<span>${by}</span></div><a href="#"
 rel="noopener follow"><h2 class="bf ge sq sr ss st su sv bk">${t}</h2>
</a><div class="ab q"><span class="bf b bg z dx">${d}</span><div class="ab q"><svg width="16" height="16" viewBox="0 0 16 16"></svg>
<span class="bf b bg z dx">${claps}</span></div></div></div></article></div>`;
const mdHtml = `<!doctype html><html lang="en"><head><title>${mdTitle} | by Nadia Ferreira | Mar, 2025 | Better Workweeks</title>
<meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>
<meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" name="author" content="Nadia Ferreira"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/>
<meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="8 min read"/>
<script data-rh="true"
 type="application/ld+json">{"@context":"http:\\u002F\\u002Fschema.org","@type":"NewsArticle",
"url":"https:\\u002F\\u002Fmedium.com\\u002Fbetter-workweeks\\u002Fi-audited-every-meeting-8c2f1e9a7b3d",
"dateCreated":"2025-03-04T13:02:11.201Z","datePublished":"2025-03-04T13:02:11.201Z","headline":"${mdTitle}","identifier":"8c2f1e9a7b3d",
"author":{"@type":"Person","name":"Nadia Ferreira","url":"https:\\u002F\\u002Fmedium.com\\u002F@nadiaferreira"},"isAccessibleForFree":false}</script>
<style type="text/css" data-fela-rehydration="563"
 data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}
body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}</style>
<style type="text/css" data-fela-rehydration="563"
 data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, sans-serif}
.b{font-weight:400}.c{background-color:rgba(255, 255, 255, 1)}.l{display:block}.ab{display:flex}
.bf{font-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}
.mz{font-family:source-serif-pro, Georgia, Cambria, "Times New Roman", Times, serif}
.pq{-webkit-mask-image:linear-gradient(to bottom, #000 40%, transparent)}</style>
</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c"><div class="m n o p c">
<div class="q r s t u v w x y z ab ac ae af"><a class="dm ah dn bf al b dq dr ds dt du dv dw dx s dy dz"
 href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com"
 rel="noopener follow">Open in app<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" fill="none" viewBox="0 0 10 10" class="dl"></svg></a>
<div class="ac r"><div class="l ab"><div class="ab q ea"><span><a class="bf b bg z bk eb ec ed ee ef eg eh ei ej ek el" data-testid="headerSignUpButton"
 href="/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fbetter-workweeks" rel="noopener follow">Sign up</a></span>
<span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="/m/signin?operation=login"
 rel="noopener follow">Sign in</a></span>
</div></div></div></div>
<div class="ac r em"><a data-testid="headerMediumLogo" href="/?source=post_page---top_nav_layout_nav-----------------------------------------"
 aria-label="Homepage"
 rel="noopener follow"><svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" viewBox="0 0 719 160" class="en eo"></svg></a>
<div class="ab fa"><div class="ab ae ah fb fc fd fe"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"></svg></div><input role="combobox"
 aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ax ff fg fh ab fi fj fk fl fm"
 placeholder="Search" value="" autocomplete="off"/></div></div>
<div class="ac r em"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton"
 href="/m/signin?operation=register&amp;redirect=new-story"
 rel="noopener follow"><div class="bf b bg z dx fp fq ab q fr fs"><svg width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"></svg>
<div class="dw l">Write</div></div></a></div></div></div>
<div class="ft fu fv fw fx l"><div class="ab cb"><div class="ci bh fy fz ga gb"></div></div><main class="gc"><article><div class="l"><div class="l">
<span class="l"></span><section><div><div class="gs gt gu gv gw"></div><div class="gx gy gz ha hb"><div class="ab cb"><div class="ci bh fy fz ga gb">
<div class="ab q hc hd"><div class="ab q"><svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path fill="#FFC017"
 d="m39.637 40.831-5.771"></path></svg>
<p class="bf b bg z dx">Member-only story</p></div></div>
<div><h1 id="1b2c" class="pw-post-title he hf hg bf hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic bk" data-testid="storyTitle"
 data-selectable-paragraph="">${mdTitle}</h1></div><div><h2 id="6f0a"
 class="pw-subtitle-paragraph id ie hg bf b if ig ih ii ij ik il im in io ip iq ir is it cq dx"
 data-selectable-paragraph="">${mdSub}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="iu iv iw ix iy ab"><div><div class="ab iz"><div><div class="bm"
 aria-hidden="false">
<a href="/@nadiaferreira?source=post_page---byline--8c2f1e9a7b3d---------------------------------------" rel="noopener follow"><div class="l ja jb by jc jd">
<img alt="Nadia Ferreira" class="l ep by dd de cx" src="https://miro.medium.com/v2/resize:fill:64:64/1*Xq2.jpeg" width="32" height="32" loading="lazy"
 data-testid="authorPhoto"/></div></a></div></div></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div
 class="je ab q">
<div class="ab q jf"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jg jh bk"><a class="af ag ah ai aj ak al am an ao ap aq ar ji"
 data-testid="authorName" href="/@nadiaferreira?source=post_page---byline--8c2f1e9a7b3d" rel="noopener follow">Nadia Ferreira</a></p></div></div></div>
<span class="jj jk" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="bf b jg jh dx"><span><a class="jl jm ah ai aj ak al am an ao ap aq
 ar ex jn jo"
 href="/m/signin?actionUrl=%2F_%2Fsubscribe%2Fuser%2F4e1a&amp;operation=register" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>
<div class="l jp"><span class="bf b bg z dx"><div class="ab cn jq jr js"><div class="jt ju ab"><div class="bf b bg z dx ab jv"><span class="jw l
 jp">Published in</span>
<div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar ji ab q" data-testid="publicationName" href="/better-workweeks"
 rel="noopener follow"><p class="bf b bg z jx jy jz ka kb kc kd ke bk">Better Workweeks</p></a></div></div></div><div class="h k"><span class="jj jk"
 aria-hidden="true">
<span class="bf b bg z dx">·</span></span></div></div><span class="bf b bg z dx"><div class="ab ae"><span data-testid="storyReadTime">8 min read</span>
<div class="kf kg l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div>
<span data-testid="storyPublishDate">Mar 4, 2025</span></div></span></div></span></div></div></div>
<div class="ab cp kh ki kj kk kl km kn ko kp kq kr ks kt ku kv kw"><div class="h k w fg fh q"><div class="lm l"><div class="ab q ln lo">
<div class="pw-multi-vote-icon ep jw lp lq lr"><div class=""><div class="ls lt lu lv lw lx ly am lz ma mb" role="button" aria-label="clap"></div></div></div>
<div class="pw-multi-vote-count l mc md me mf mg mh mi"><p class="bf b dy z dx"><span class="mj">1.4K</span></p></div></div></div>
<div class="bq ab"><div><div class="bm" aria-hidden="false"><button class="ao mk mn mo ab q fm mp mq" aria-label="responses"><svg width="24" height="24"
 viewBox="0 0 24 24" class="ml"></svg><p class="bf b dy z dx"><span class="pw-responses-count mm ml">37</span></p></button></div></div></div></div>
<div class="ab q kx ky kz la lb lc ld le lf lg lh li lj lk ll"><div class="mr k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false">
<button aria-label="Listen" data-testid="audioPlayButton" class="af fm ah ai aj ak al ms an ao ap ex mt mu mg mv mw mx my mz s na nb nc nd ne nf ng u nh ni nj">
<div class="ab q"><svg width="24" height="24" fill="none" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z dx">Listen</p></div></div></button>
</div></div></div><div class="bm" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label="Share Post"
 data-testid="headerSocialShareButton"
 class="af fm ah ai aj ak al ms an ao ap ex mt mu mg mv mw mx my mz s na nb nc nd ne nf ng u nh ni nj"><svg width="24" height="24" fill="none"
 viewBox="0 0 24 24"></svg>
<div class="j i d"><p class="bf b bg z dx">Share</p></div></button></div></div></div></div></div></div></div>
<figure class="nl nm nn no np nq ni nj paragraph-image"><div role="button" tabindex="0" class="nr ns ep nt bh nu"><div class="ni nj nk"><picture>
<source srcSet="https://miro.medium.com/v2/resize:fit:640/format:webp/0*calendar.jpg 640w,
 https://miro.medium.com/v2/resize:fit:1400/format:webp/0*calendar.jpg 1400w"
 sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 100vw" type="image/webp"/><img alt="" class="bh me nv c" width="700" height="467" loading="eager"
 role="presentation"/></picture></div></div><figcaption class="nw nx ny ni nj nz oa bf b bg z dx" data-selectable-paragraph="">Photo by <a class="af ob"
 href="https://unsplash.com/@anakovac?utm_source=medium&amp;utm_medium=referral" rel="noopener ugc nofollow" target="_blank">Ana Kovač</a> on <a class="af ob"
 href="https://unsplash.com?utm_source=medium&amp;utm_medium=referral" rel="noopener ugc nofollow" target="_blank">Unsplash</a></figcaption></figure>
${mdP('a1f3', mdPs1[0])}
${mdP('b7d0', mdPs1[1])}
<h2 id="c4e9" class="oc od hg bf oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz bk" data-selectable-paragraph="">${mdH}</h2>
${mdPs2.map((p, i) => mdP(`d${i}e2`, p)).join('\n')}
</div></div></div></div></section></div></div></article>
<div class="ab cb pa pb pc pd" role="presentation"><div class="ci bh fy fz ga gb"><div class="pe pf pg ph pi ab"><div class="pj pk pl"><div class="ab cp">
<svg width="24" height="24" viewBox="0 0 64 64" fill="none"></svg><h2 class="bf pm pn po pp bk">${mdWall[0]}</h2></div>
<p class="bf b bg z dx">${mdWall[1]}</p><p class="bf b pq pr bk">${mdWall[2]}</p><div class="ab ps"><a class="bf b bg z bk pt pu"
 href="https://rsci.app.link/?%24canonical_url=x"
 rel="noopener follow">${mdWall[3]}</a></div><p class="bf b bg z dx">${mdWall[4]}</p><div class="pv"><button class="pw px py">${mdWall[5]}</button>
<button class="pw px py">${mdWall[6]}</button><button class="pw px py">${mdWall[7]}</button></div><p class="bf b bg z dx">${mdWall[8]} <a
 href="/m/signin?operation=login"
 rel="noopener follow">Sign in</a></p></div></div></div></div>
<div class="ab cb"><div class="ci bh fy fz ga gb"><div class="qa ab jt ze"><div class="qb ab">${mdTags
  .map(
    (t) =>
      `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page"
 rel="noopener follow"><div class="qc ee cx qd fi qe qf bf b bg z bk qg">${t}</div></a>`,
  )
  .join('')}</div></div></div></div>
<div class="l"><div class="ab cb"><div class="ci bh fy fz ga gb"><div class="ab co qh"><div class="ab ki"><a href="/@nadiaferreira" rel="noopener follow">
<img alt="Nadia Ferreira" class="l ep by qi qj cx" src="https://miro.medium.com/v2/resize:fill:96:96/1*Xq2.jpeg" width="48" height="48"
 loading="lazy"/></a></div>
<div class="ab q"><h2 class="bf ge rd re rf rg rh bk"><a href="/@nadiaferreira"
 rel="noopener follow"><span class="bf ri">Written by Nadia Ferreira</span></a></h2></div>
<div class="rj ab q"><span class="pw-follower-count bf b bg z dx"><a href="/@nadiaferreira/followers" rel="noopener follow">2.3K followers</a></span>
<span class="bf b bg z dx"> · <a href="/@nadiaferreira/following" rel="noopener follow">148 following</a></span></div>
<div class="rk l"><p class="bf b bg z bk"><span class="ri">Engineering manager. Writing about teams, time and the work around the work.</span></p></div>
<div class="h k"><button class="bf b bg z bk rl rm rn ro rp rq rr rs rt ru ep bm rv rw">Follow</button></div>
<div class="ab q"><h2 class="bf ge rd re rf rg rh bk"><a href="/better-workweeks"
 rel="noopener follow"><span class="bf ri">Published in Better Workweeks</span></a></h2></div>
<div class="rj ab q"><span class="bf b bg z dx">41K followers</span><span class="bf b bg z dx"> · Last published 2 days ago</span></div>
<div class="rk l"><p class="bf b bg z bk"><span class="ri">Practical essays on how modern teams plan, meet and decide.</span></p></div></div></div></div></div>
<div class="ab cb"><div class="ci bh fy fz ga gb"><div class="ru"><h2 class="bf ge rv rw bk">Responses (37)</h2></div><div class="rx"><a class="bf b bg z bk"
 href="/better-workweeks/i-audited-every-meeting-8c2f1e9a7b3d/responses/show" rel="noopener follow">See all responses</a></div></div></div>
<div class="ab cb"><div class="ci bh fy fz ga gb"><h2 class="bf ge bk">More from Nadia Ferreira and Better Workweeks</h2>
${mdMore.slice(0, 2).map(mdCard).join('\n')}<h2 class="bf ge bk">Recommended from Medium</h2>${mdCard(mdMore[2])}
<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/?source=post_page-----8c2f1e9a7b3d"
 rel="noopener follow">See more recommendations</a></div></div></main>
<div class="ab cb ss"><div class="ci bh fy fz ga gb"><div class="ab st su sv sw">${mdFoot
  .map(
    (t) => `<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.com/" rel="noopener follow"><p class="bf b dy z dx">${t}</p></a>`,
  )
  .join('\n')}</div></div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250304-115502-9e6c6f1b22"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__PRELOADED_STATE__ = {"config":{"nodeEnv":"production","version":"main-20250304-115502-9e6c6f1b22"},"session":{"xsrf":""}}</script>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query","viewer":null},"Post:8c2f1e9a7b3d":{"__typename":"Post","id":"8c2f1e9a7b3d",
"title":"${mdTitle}","isLocked":true,"readingTime":7.9,"firstPublishedAt":1741093331201,"creator":{"__ref":"User:4e1a"}}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/main.9d1b2c3a.js" async></script>
</body></html>`;
export const mediumPreview: TestPage = {
  html: mdHtml,
  name: 'heldout54-medium-member-preview',
  kind: 'blog',
  // only the preview is on the page: its five paragraphs, the subtitle (the story's dek: body) and the one in-story h2 (the
  // heading) are the gold, the paywall box ends it; the author name, "Written by Nadia Ferreira" and the date are bylines
  // ("Published in" furniture with the publication name); the "Member-only story" badge, top bar, "Follow", reading time, claps,
  // response count, "Listen", "Share", the Unsplash caption, every paywall line, tags, the author and publication cards,
  // "Responses (37)", the "More from" and "Recommended" cards with their "In ..."/"by ..." lines, dates and claps, and the
  // footer are furniture; "Share" and the footer's "About", "Status" and "Rules" are words of the preview: left out
  title: mdTitle,
  headings: [mdH],
  body: texts([mdSub, ...mdPs1, ...mdPs2]),
  bylines: ['Nadia Ferreira', 'Mar 4, 2025', 'Written by Nadia Ferreira'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open in app', 'Sign up', 'Sign in', 'Write', 'Member-only story', 'Follow', 'Published in', 'Better Workweeks', '8 min read', '1.4K', '37', 'Listen',
    mdCaption, ...mdWall, ...mdTags, '2.3K followers', '148 following', 'Engineering manager. Writing about teams, time and the work around the work.',
    'Published in Better Workweeks', '41K followers', 'Last published 2 days ago', 'Practical essays on how modern teams plan, meet and decide.',
    'Responses (37)', 'See all responses', 'More from Nadia Ferreira and Better Workweeks', 'In Better Workweeks', 'by Nadia Ferreira',
    ...mdMore.flatMap(([, , t, d, c]) => [t, d, c]), 'Tobias Lind', 'Recommended from Medium', 'See more recommendations',
    ...mdFoot.filter((t) => !['About', 'Status', 'Rules'].includes(t)),
  ],
};
