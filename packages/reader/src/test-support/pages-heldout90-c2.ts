import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 90, file c2: a Medium member-only story as a signed-in member saves it (data-rh meta tags and the
 * NewsArticle JSON-LD, the top bar with "Write" and search, the "Member-only story" label above the title, the subtitle
 * h2, the author row with "Follow", read time and date, the clap / response / bookmark / "Listen" / "Share" bar above
 * and below the text, section headings as Medium's h1 and h2 elements with obfuscated classes, an Unsplash caption, a
 * pull quote, tag pills, "Written by" with followers and bio, "Responses (41)", "More from" and "Recommended from Medium"
 * cards and the footer links).
 */
const mdTitle = 'I Stopped Keeping a To-Do List for Six Months. Here’s What Replaced It.';
const mdSub = 'A list of everything I might do turned out to be the wrong tool for deciding what I would do.';
const mdP1 = [
  'For eleven years I kept a to-do list. Paper at first, then a string of apps, each promising that this time the list would ' +
    'finally feel manageable. By last spring my main list had 212 items on it. Some had been there since before the pandemic.',
  'One Sunday evening I archived the whole thing. Not deleted, just moved out of sight, with a promise to myself that I would ' +
    'try six months without it and see what broke.',
  'Surprisingly little did.',
];
const mdH1 = 'The problem with the list';
const mdP2 = [
  'A to-do list treats every task as equally alive. Replying to a school email sits next to rewriting the onboarding guide, ' +
    'and both sit next to learning Portuguese. Every time I opened the list, I had to decide all over again which of them ' +
    'mattered today, and most days I made that decision badly.',
  'Worse, the list only ever grew. Finishing something gave me a small hit of satisfaction, but adding something felt just as ' +
    'productive, so I added far more than I finished.',
];
const mdQuote = 'The list was not a plan. It was a record of every time I had said yes without deciding anything.';
const mdH2 = 'What I did instead';
const mdP3 = ['I replaced the list with three much smaller things.'];
const mdH2a = 'A weekly page';
const mdP4 = [
  'Every Monday morning I write, by hand, the three things that would make the week a success. Not ten. Three. If something ' +
    'is not on that page, it does not get planned time that week.',
];
const mdH2b = 'A calendar that tells the truth';
const mdP5 = [
  'Anything that needs more than fifteen minutes gets a block in my calendar, with a real start and end. If it does not fit, ' +
    'I have to move something else or admit it is not happening this week. The calendar forces the trade-offs the list let me ' +
    'avoid.',
];
const mdH2c = 'A someday file';
const mdP6 = [
  'Ideas still arrive, so they go in a single note called Someday. I read it once a month, promote one or two things to the ' +
    'weekly page, and delete anything that no longer makes me curious. In six months I deleted more than I promoted.',
];
const mdH3 = 'What I noticed after six months';
const mdP7 = [
  'I did fewer things, and finished more of them. I shipped the onboarding guide in five weeks after two years of it sitting ' +
    'on the list. I also missed two small deadlines in the first month, both because an email landed and I did not write it ' +
    'down anywhere, which is why I now forward anything with a date straight to my calendar.',
  'The biggest change was how evenings felt. Without a list of 212 things I had not done, I stopped ending the day with a ' +
    'low-level sense of failure. That alone was worth it.',
  'I am not going back. If you try it, start with the weekly page. It is the smallest change and it does the most work.',
];
const mdCaption = 'Photo by Lotte Brandt on Unsplash';
const mdTags = ['Productivity', 'Personal Growth', 'Time Management', 'Self Improvement', 'Work'];
const mdBio = 'Writing about work, habits and the small systems that make both easier. Product manager by day.';
const mdResp = [
  { name: 'Dev Chandrasekar', date: 'Mar 5, 2025', text: 'The calendar that tells the truth is the part I needed to hear. Saving this one.' },
  { name: 'Ilse Maartens', date: 'Mar 4, 2025', text: 'I did something similar but kept a tiny daily list of three. The someday file is a great idea.' },
];
const mdMore = ['The Meeting I Cancelled Every Week for a Year', 'Why I Write Every Plan on One Page'];
const mdRec = ['Your Brain Is Not a Filing Cabinet', 'The 4-Hour Rule That Fixed My Mornings'];
const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
let n = 0;
const id = (): string => (0x2f10 + n++).toString(16);
const pc = 'pw-post-body-paragraph oc od gw oe b of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz fp bk';
const p = (a: readonly string[]): string => a.map((t) => `<p id="${id()}" class="${pc}" data-selectable-paragraph="">${t}</p>`).join('\n');
const hBig = (t: string): string =>
  `<h1 id="${id()}" class="pa pb gw bf pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt pu pv pw px py bk" data-selectable-paragraph="">${t}</h1>`;
const hSmall = (t: string): string =>
  `<h2 id="${id()}" class="pz pb gw bf pc qa pe pf pg qb pi pj pk qc pm pn po qd pq pr ps qe pu pv pw bk" data-selectable-paragraph="">${t}</h2>`;
const bar = (where: string): string => `<div class="ab cp qf qg qh qi qj qk ql qm qn qo qp qq"><div class="h k w fm fn q"><div class="lq l">
<div class="ab q lr ls"><div class="pw-multi-vote-icon fk kt lt lu lv"><div><div class="bm" aria-hidden="false"><button class="lw ao lx ly lz ma ap mb mc md me
mf mg mh mi mj mk ml mm mn mo mp mq mr ms" data-testid="${where}ClapButton" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24"
aria-label="clap"></svg></button></div></div></div><div class="pw-multi-vote-count l mt mu mv mw mx my mz"><p class="bf b dx z dt"><button class="af ag ah ai
aj ak al am an ao ap aq ar as at">2.4K</button></p></div></div></div><div class="na l"><button class="ao na nb nc ab q fl nd ne" aria-label="responses">
<svg width="24" height="24" viewBox="0 0 24 24" class="nf"></svg><p class="bf b dx z dt"><span class="pw-responses-count ng nh">41</span></p></button></div>
</div><div class="ab q"><div class="ni l jc"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button"
data-testid="${where}BookmarkButton" class="af fl ah ai aj ak al nj an ao ap ih nk nl nm" disabled=""><svg width="25" height="25" fill="none"
viewBox="0 0 25 25" class="av"></svg></button></div>${
  where === 'header'
    ? `<div class="fg nn cn"><div class="l ae"><div class="ab cb"><div class="no np nq nr ns nt ci bh"><div class="ab"><div class="bm bh" aria-hidden="false">
<button aria-label="Listen" data-testid="audioPlayButton" class="af fl ah ai aj ak al nj an ao ap ih nu nv nd nw nx ny nz oa s ob"><svg width="24" height="24"
fill="none" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z dt">Listen</p></div></button></div></div></div></div></div></div>`
    : ''
}<div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post"
data-testid="${where}SocialShareButton" class="af fl ah ai aj ak al nj an ao ap ih nu nv nd nw nx ny nz oa s ob"><svg width="24" height="24" fill="none"
viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z dt">Share</p></div></button></div></div></div>`;
const mdHtml = `<!DOCTYPE html>
<html lang="en"><head><title>I Stopped Keeping a To-Do List for Six Months. Here’s What Replaced It. | by Rosa Lindqvist | Mar, 2025 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${mdTitle}"><meta data-rh="true" property="og:description" content="${mdSub}">
<meta data-rh="true" name="author" content="Rosa Lindqvist"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="6 min read"><meta data-rh="true" property="article:published_time" content="2025-03-03T14:02:11.512Z">
<link data-rh="true" rel="canonical" href="https://medium.com/@rosalindqvist/i-stopped-keeping-a-to-do-list-for-six-months-4c1d9e2b7a80">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":
"https://medium.com/@rosalindqvist/i-stopped-keeping-a-to-do-list-for-six-months-4c1d9e2b7a80","dateCreated":"2025-03-03T14:02:11.512Z",
"datePublished":"2025-03-03T14:02:11.512Z","dateModified":"2025-03-04T08:40:19.003Z","headline":"${mdTitle}","name":"${mdTitle}","description":"${mdSub}",
"identifier":"4c1d9e2b7a80","author":{"@type":"Person","name":"Rosa Lindqvist","url":"https://medium.com/@rosalindqvist"},"creator":["Rosa Lindqvist"],
"publisher":{"@type":"Organization","name":"Medium","url":"https://medium.com/"},"isAccessibleForFree":false}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z">
<div class="ab q"><a href="/?source=post_page---top_nav_layout_nav-----------------------------------------" aria-label="Homepage" data-discover="true">
<svg xmlns="http://www.w3.org/2000/svg" width="719" height="160" fill="none" aria-labelledby="wordmark-medium-desc" viewBox="0 0 719 160"><desc
id="wordmark-medium-desc">Medium Logo</desc></svg></a><div class="ab q ae"><div class="bh"><div class="ay l"><div class="ab q br bs bt bu"><svg width="24"
height="24" fill="none" viewBox="0 0 24 24"></svg><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search"
class="ax fq bf bg z bh" placeholder="Search" value=""></div></div></div></div></div><div class="fr k"><a class="af ag ah ai aj ak al am an ao ap aq ar as at"
data-testid="headerWriteButton" href="/new-story?source=post_page---top_nav_layout_nav-----------------------------------------" rel="noopener follow">
<div class="bf b bg z dt ge gf ab q fw gg"><svg width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="Write"></svg><div class="du l">Write</div>
</div></a></div></div></div>
<div class="l"><div class="l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gh gi gj gk gl"></div><div
class="gm gn go gp gq">
<div class="ab ca"><div class="ch bg ex ey ez fa"><div class="speechify-ignore l"><div class="gr l"><div class="ab gs"><div class="ab q"><svg width="16"
height="16"
fill="none" viewBox="0 0 64 64"></svg><p class="bf b dx z dt">Member-only story</p></div></div></div></div>
<div><h1 id="2e0b" class="pw-post-title gt gu gv bf gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr bk" data-testid="storyTitle"
data-selectable-paragraph="">${mdTitle}</h1></div><div><h2 id="7c43" class="pw-subtitle-paragraph hs ht hu bf b hv hw hx hy hz ia ib ic id ie if ig ih ii
ij cp dt" data-selectable-paragraph="">${mdSub}</h2><div><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ik il im in io ab">
<div><div class="ab ip"><div><div class="bm" aria-hidden="false"><a
href="/@rosalindqvist?source=post_page---byline--4c1d9e2b7a80---------------------------------------"
rel="noopener follow"><div class="l iq ir bx is it"><div class="l fk"><img alt="Rosa Lindqvist" class="l fc bx dc dd cw"
src="https://miro.medium.example/1*rl.jpeg"
width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div
style="flex:1">
<span class="bf b bg z bk"><div class="iu ab q"><div class="ab q iv"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b iw ix bk">
<a class="af ag ah ai aj ak al am an ao ap aq ar iy" data-testid="authorName"
href="/@rosalindqvist?source=post_page---byline--4c1d9e2b7a80---">Rosa Lindqvist</a>
</p></div></div></div><span class="iz ja" aria-hidden="true"><span class="bf b bg z dt">·</span></span><p class="bf b iw ix dt"><span><a
class="jb jc ah ai aj ak
al am an ao ap aq ar fd jd je" href="/m/signin?actionUrl=follow">Follow</a></span></p></div></div></span></div></div><div class="l jf"><span
class="bf b bg z dt">
<div class="ab cn jg jh ji"><span class="bf b bg z dt"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="jj jk l"
aria-hidden="true">
<span class="l" aria-hidden="true"><span class="bf b bg z dt">·</span></span></div><span data-testid="storyPublishDate">Mar 3, 2025</span></div></span></div>
</span></div></div></div>${bar('header')}</div></div></div>
${p(mdP1)}
<figure class="qr qs qt qu qv qw qo qp paragraph-image"><div role="button" tabindex="0" class="qx qy fk qz bh ra"><div class="qo qp qq"><picture><img alt=""
class="bh lz rb c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.example/v2/resize:fit:1400/0*desk.jpg"></picture></div>
</div><figcaption class="rc ff rd qo qp re rf bf b bg z dt" data-selectable-paragraph="">Photo by <a class="af rg" href="https://unsplash.com/@lottebrandt"
rel="noopener ugc nofollow" target="_blank">Lotte Brandt</a> on <a class="af rg" href="https://unsplash.com/" rel="noopener ugc nofollow"
target="_blank">Unsplash</a></figcaption></figure>
${hBig(mdH1)}
${p(mdP2)}
<blockquote class="rh ri rj"><p id="${id()}" class="oc od rk oe b of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy oz fp bk"
data-selectable-paragraph="">${mdQuote}</p></blockquote>
${hBig(mdH2)}
${p(mdP3)}
${hSmall(mdH2a)}
${p(mdP4)}
${hSmall(mdH2b)}
${p(mdP5)}
${hSmall(mdH2c)}
${p(mdP6)}
${hBig(mdH3)}
${p(mdP7)}
</div></div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ex ey ez fa"><div class="rl rm ab iw ip"><div class="rn ab">${mdTags
  .map(
    (t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----4c1d9e2b7a80---" rel="noopener follow"><div class="ro fk cx rp ge rq rr
bf b bg z bk rs">${t}</div></a>`,
  )
  .join('')}</div></div>${bar('footer')}</div></div>
<div class="l ka"><div class="ab ca"><div class="ch bg ex ey ez fa"><div class="ab cb sb sc sd"><div class="se sf ab"><h2 class="bf fu ry z fw sg fx fy sh ga gc
fv bk"><a href="/@rosalindqvist?source=post_page---post_author_info--4c1d9e2b7a80---" rel="noopener follow">Written by Rosa Lindqvist</a></h2><div class="si sj
sk ab q"><span class="pw-follower-count bf b bg z dt"><a href="/@rosalindqvist/followers" rel="noopener follow">3.1K followers</a></span><span class="sl l"
aria-hidden="true">·</span><span class="pw-following-count bf b bg z dt"><a href="/@rosalindqvist/following" rel="noopener follow">188 following</a></span>
</div><div class="sm l"><p class="bf b bg z bk"><span class="bf b bg z bk">${mdBio}</span></p></div></div><div class="ab sn"><button class="bf b bg z bk af ab
q ae fo so sp sq jq">Follow</button></div></div></div></div></div>
<div class="ab ca"><div class="ch bg ex ey ez fa"><div class="tc td te tf tg l"><h2 class="bf fu ry z fw sg fx fy sh ga gc fv bk">Responses (41)</h2>
<div class="ss ab"><div class="st l"><div class="bf b bg z dt">What are your thoughts?</div></div></div>${mdResp
  .map(
    (r) => `<div class="tj tk tl tm tn l"><div class="ab cn"><a href="/@r?source=post_page---post_responses--4c1d9e2b7a80---"><p class="bf b bg z bk">
${r.name}</p></a><span class="bf b bg z dt">${r.date}</span></div><pre class="bf b bg z bk to"><div class="ab">${r.text}</div></pre><div class="ab q"><div
class="pw-multi-vote-count"><p class="bf b dx z dt">12</p></div><button class="bf b dx z dt">Reply</button></div></div>`,
  )
  .join('\n')}<button class="bf b bg z bk af tp">See all responses</button></div></div></div>
<div class="ab ca"><div class="ch bg ex ey ez fa"><h2 class="bf fu ry z fw sg fx fy sh ga gc fv bk">More from Rosa Lindqvist</h2>${mdMore
  .map(
    (
      t,
    ) => `<article class="tq tr l"><a href="/@rosalindqvist/m?source=author_recirc"><h2 class="bf fu ts tt tu tv tw tx ty tz ua ub uc ud ue uf ug bk">${t}</h2>
</a></article>`,
  )
  .join('')}<h2 class="bf fu ry z fw sg fx fy sh ga gc fv bk">Recommended from Medium</h2>${mdRec
  .map(
    (t) =>
      `<article class="tq tr l"><a href="/r?source=read_next_recirc"><h2 class="bf fu ts tt tu tv tw tx ty tz ua ub uc ud ue uf ug bk">${t}</h2></a></article>`,
  )
  .join(
    '',
  )}<a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/?source=read_next_recirc"><span class="bf b bg z bk">See more recommendations</span></a>
</div></div>
<div class="uh ui l"><div class="ab uj"><div class="ab q uk">${mdFoot
  .map(
    (t) =>
      `<div class="ul l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.com/"><p class="bf b dx z dt">${t}</p></a></div>`,
  )
  .join('')}</div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250303-172145-9e8f61b2ea";window.__GRAPHQL_URI__="https://medium.com/_/graphql";</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.a5b3c1.js" async></script>
</body></html>`;
export const mediumPost: TestPage = {
  html: mdHtml,
  name: 'heldout90-medium-member-story',
  kind: 'blog',
  // the subtitle (Medium's h2 under the title) is body; the section headings are Medium's h1 and h2 elements; the pull
  // quote is body; the author name, "6 min read" and the date are bylines; the "Member-only story" label, clap and response
  // counts, "Listen", "Share", caption, tags, the "Written by" block, responses, rails and footer are furniture
  title: mdTitle,
  headings: [mdH1, mdH2, mdH2a, mdH2b, mdH2c, mdH3],
  body: [mdSub, ...mdP1, ...mdP2, mdQuote, ...mdP3, ...mdP4, ...mdP5, ...mdP6, ...mdP7],
  bylines: ['Rosa Lindqvist', '6 min read', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium Logo', 'Write', 'Member-only story', 'Follow', '2.4K', '41', 'Listen', 'Share', mdCaption, ...mdTags, 'Written by Rosa Lindqvist',
    '3.1K followers', '188 following', mdBio, 'Responses (41)', 'What are your thoughts?', ...mdResp.flatMap((r) => [r.name, r.date, r.text]), '12',
    'Reply', 'See all responses', 'More from Rosa Lindqvist', ...mdMore, 'Recommended from Medium', ...mdRec, 'See more recommendations', ...mdFoot,
  ],
};
