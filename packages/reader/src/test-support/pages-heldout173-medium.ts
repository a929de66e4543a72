import { anchors } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, the Medium story shell (2025 signed-out reader view on a publication's custom or medium.com domain):
 * the top bar with "Open in app", "Sign up", "Sign in", "Write" and search, the story title and optional subtitle, the
 * author row (name, "Follow", "Published in", read time, date), the clap / response / "Listen" / "Share" bar, the story,
 * the tags, the second clap bar, the publication and "Written by" cards, the responses box, the "More from" and
 * "Recommended from Medium" rails and the footer links.
 */
export interface MediumStory {
  url: string;
  pub: string;
  pubDesc: string;
  pubFollowers: string;
  author: string;
  authorFollowers: string;
  authorBio: string;
  title: string;
  subtitle?: string;
  readTime: string;
  date: string;
  claps: string;
  responses: string;
  story: string;
  tags: readonly string[];
  more: readonly { title: string; by: string; date: string }[];
  recommended: readonly { title: string; by: string; date: string }[];
}
export const MEDIUM_FOOT = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
export const MEDIUM_TOP = ['Open in app', 'Sign up', 'Sign in', 'Write'];
const card = (c: { title: string; by: string; date: string }, i: number): string => `<div class="ob oc od oe of" data-testid="postPreview">
<div class="ab q"><a class="ag ah" href="/@x${i}"><p class="bf b dx z jy gi jz ka kb kc kd ke bk">${c.by}</p></a></div>
<a class="ag ah ai aj" href="/p/${i}a9f"><h2 class="bf ho ou ov ow ox oy oz pa pb pc pd pe pf">${c.title}</h2></a>
<div class="ab q ib"><span class="bf b dx z dw">${c.date}</span></div></div>`;
export function mediumHtml(s: MediumStory): string {
  const head = `<meta charset="utf-8"><title>${s.title} | by ${s.author} | ${s.pub} | Medium</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"><meta name="theme-color" content="#000000">
<meta property="og:type" content="article"><meta property="og:title" content="${s.title}"><meta property="og:url" content="${s.url}">
<meta property="og:site_name" content="Medium"><meta name="twitter:site" content="@Medium"><meta name="twitter:label1" content="Reading time">
<meta name="twitter:data1" content="${s.readTime}"><meta name="author" content="${s.author}"><link rel="canonical" href="${s.url}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${s.title}","url":"${s.url}",
"author":{"@type":"Person","name":"${s.author}"},"publisher":{"@type":"Organization","name":"${s.pub}"},"isAccessibleForFree":true,
"mainEntityOfPage":"${s.url}","datePublished":"2025-03-04T17:02:11.402Z","dateModified":"2025-03-05T08:40:03.118Z"}</script>
<link rel="stylesheet" href="https://glyph.medium.com/css/unbound.css"><style type="text/css" data-fela-rehydration="598" data-fela-type="STATIC">
html{box-sizing:border-box;-webkit-text-size-adjust:100%}*, *:before, *:after{box-sizing:inherit}</style>`;
  const bar = (n: string) => `<div class="ab cp ml mm mn mo mp mq mr ms mt mu mv mw mx my mz"><div class="h k w ff fg q">
<div class="nq l"><div class="ab q nr ns"><div class="pw-multi-vote-icon fk ok nt nu nv"><button data-testid="headerClapButton" aria-label="clap"
class="ag ah"><svg width="24" height="24"></svg></button></div><div class="pw-multi-vote-count l nw nx ny nz oa ob oc">
<p class="bf b dy z dx"><span class="lt-">${s.claps}</span></p></div></div></div>
<div class="bq ab"><button class="ag ah ai" aria-label="responses"><svg width="24" height="24"></svg></button>
<p class="bf b dy z dx"><span class="pw-responses-count od oe">${s.responses}</span></p></div></div>
<div class="ab q"><button class="ag ah" data-testid="${n}BookmarkButton" aria-label="Add to list bookmark button"><svg width="25" height="25"></svg></button>
<div class="ep of cn"><button class="ag ah" aria-label="Listen"><div class="ab q"><svg width="24" height="24"></svg>
<div class="j i d"><p class="bf b bg z dx">Listen</p></div></div></button></div>
<button class="ag ah" aria-label="Share Post" data-testid="${n}SocialShareButton"><div class="ab q"><svg width="24" height="24"></svg>
<div class="j i d"><p class="bf b bg z dx">Share</p></div></div></button></div></div>`;
  return `<!DOCTYPE html><html lang="en"><head>${head}</head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l n o"><div class="p q r s t u v w x y z ab ac"><div class="ab q ae" data-testid="headerLeft">
<a class="ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/?source=post_page---top_nav_layout_nav" aria-label="Homepage"
data-testid="headerMediumLogo"><svg viewBox="0 0 719 160" class="bj bk bl"></svg></a>
<div class="bm bn bo bp" data-testid="headerSearchInput"><input role="combobox" aria-label="search" placeholder="Search" class="br"></div></div>
<div class="bs ab q"><a class="ag ah" href="https://rsci.app.link/?$canonical_url=${s.url}" rel="noopener follow"><p class="bf b dy z dx">Open in app</p></a>
<div class="cg k"><a class="ag ah" href="https://medium.com/new-story" data-testid="headerWriteButton"><div class="bf b bg z dx">Write</div></a></div>
<span class="ct"><a class="ag ah" data-testid="headerSignUpButton" href="/m/signin?operation=register">Sign up</a></span>
<span class="cy"><a class="ag ah" data-testid="headerSignInButton" href="/m/signin?operation=login">Sign in</a></span></div></div></div>
<div class="l"><div class="ed" style="height:57px"></div></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="hl hm hn ho hp">
<div class="ab ca"><div class="ch bg hq hr hs ht">
<div><h1 id="a1f0" class="pw-post-title hu hv hw bf hx hy hz ia ib ic id ie if ig ih ii ij ik il im in io ip iq ir is bk" data-testid="storyTitle"
data-selectable-paragraph="">${s.title}</h1></div>
${
  s.subtitle
    ? `<div><h2 id="b7c2" class="pw-subtitle-paragraph it hv hw bf b iu iv iw ix iy iz ja jb jc jd je jf jg jh ji cq dx">${s.subtitle}</h2>
</div>`
    : ''
}
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="jj jk jl jm jn ab"><div><div class="ab jo">
<div><div class="bm" aria-hidden="false"><a href="/@author" data-testid="authorPhoto"><div class="l jp jq bx jr js"><img alt="${s.author}"
class="l fa bx dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*author.jpeg" width="44" height="44"></div></a></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="jy ab q"><div class="ab q jz">
<div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b ka kb bk"><a class="ag ah ai aj" data-testid="authorName"
href="/@author">${s.author}</a></p>
</div></div></div><span class="kc kd" aria-hidden="true"><span class="bf b bg z dx">·</span></span>
<p class="bf b ka kb dx"><button class="ke kf ah ai">Follow</button></p></div></div></span></div></div>
<div class="l ks"><span class="bf b bg z dx"><div class="ab cn kt ku kv"><div class="kw kx ab"><div class="bf b bg z dx ab ky">
<span class="kz l ks">Published in</span><div><div class="l" aria-hidden="false"><a class="ag ah ai aj" data-testid="publicationName" href="/">
<p class="bf b bg z la lb lc ld le lf lg lh bk">${s.pub}</p></a></div></div></div><div class="h k"><span class="kc kd" aria-hidden="true">·</span></div></div>
<span data-testid="storyReadTime">${s.readTime}</span><div class="li lj l" aria-hidden="true"><span class="l" aria-hidden="true">·</span></div>
<span data-testid="storyPublishDate">${s.date}</span></div></span></div></div></div>
${bar('header')}</div></div>
${s.story}
</div></div></div></div></section></div></div></article></div>
<div class="l ab"><div class="pg ph pi pj pk pl pm pn po pp"><div class="ab cp"><div class="ab ca"><div class="ch bg hq hr hs ht">
<div class="qb l"><div class="ab qc qd">${s.tags
    .map(
      (t) => `<div class="qe qf qg qh">
<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----tags"><div class="qi fa cx qj gj qk ql bf b bg z bk qm">${t}</div></a>
</div>`,
    )
    .join('\n')}
</div></div>${bar('footer')}
<div class="ab ca ql"><div class="ab q"><a href="/"><div class="l qs"><img alt="${s.pub}" width="48" height="48"
src="https://miro.medium.com/pub.png"></div></a>
<div class="qz l"><a href="/"><h2 class="pw-author-name bf rb rc rd re rf rg rh rj rk bk"><span class="gn rl">Published in ${s.pub}</span></h2></a>
<div class="ab rm"><span class="pw-follower-count bf b bg z dx">${s.pubFollowers}</span><span class="bf b bg z dx">· Last published 5 days ago</span></div>
<p class="bf b bg z bk"><span class="gn">${s.pubDesc}</span></p></div><div class="ro"><button class="bf b bg z rq rr rs">Follow</button></div></div>
<div class="ab q rn"><a href="/@author"><div class="l qs"><img alt="${s.author}" width="48" height="48" src="https://miro.medium.com/author.png"></div></a>
<div class="qz l"><a href="/@author"><h2 class="pw-author-name bf rb rc rd re rf rg rh rj rk bk"><span class="gn rl">Written by ${s.author}</span></h2></a>
<div class="ab rm"><span class="pw-follower-count bf b bg z dx">${s.authorFollowers}</span></div>
<p class="bf b bg z bk"><span class="gn">${s.authorBio}</span></p></div><div class="ro"><button class="bf b bg z rq rr rs">Follow</button></div></div></div>
<div class="sd se sf sg sh l" id="responses"><div class="ab q"><h2 class="bf rb ln ld lf lg bk">Responses (${s.responses})</h2></div>
<div class="ag ah ai" role="button"><div class="sm sn l"><p class="bf b bg z dx">What are your thoughts?</p></div></div></div>
<div class="tc l"><h2 class="bf rb ln ld bk">More from ${s.pub}</h2><div class="td te">${s.more.map(card).join('\n')}</div>
<a class="ag ah" href="/"><span class="bf b bg z dx">See all from ${s.pub}</span></a></div>
<div class="tc l"><h2 class="bf rb ln ld bk">Recommended from Medium</h2><div class="td te">${s.recommended.map((c, i) => card(c, i + 9)).join('\n')}</div>
<a class="ag ah" href="https://medium.com/?source=post_page---read_next_recirc"><span class="bf b bg z dx">See more recommendations</span></a></div>
</div></div></div></div></div>
<div class="ud ue uf ug uh l bx"><div class="h k j">
<div class="ab q ui uj">${anchors(MEDIUM_FOOT, 'ag ah ai aj ak al am an ao ap aq ar as at', 'https://help.medium.com/')}
</div></div></div></div></div>
<script>window.__BUILD_ID__="main-20250304-151401-5e2b84c8a1"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__PRELOADED_STATE__ = {"config":{"nodeEnv":"production","version":"main-20250304-151401-5e2b84c8a1"}}</script>
<script src="https://cdn-client.medium.com/lite/static/js/manifest.f1a5c2e1.js"></script>
<script src="https://cdn-client.medium.com/lite/static/js/main.b74c19e0.js"></script>
</body></html>`;
}
/** The furniture texts of the shell for a story (without the tags and top bar, which the page lists itself). */
export function mediumFurniture(s: MediumStory): string[] {
  const cards = [...s.more, ...s.recommended].flatMap((c) => [c.title, c.by, c.date]);
  return [
    ...MEDIUM_TOP,
    'Follow',
    'Published in',
    s.pub,
    s.claps,
    'Listen',
    'Share',
    ...s.tags,
    `Published in ${s.pub}`,
    s.pubFollowers,
    '· Last published 5 days ago',
    s.pubDesc,
    `Written by ${s.author}`,
    s.authorFollowers,
    s.authorBio,
    `Responses (${s.responses})`,
    'What are your thoughts?',
    `More from ${s.pub}`,
    `See all from ${s.pub}`,
    'Recommended from Medium',
    'See more recommendations',
    ...cards,
    ...MEDIUM_FOOT,
  ].filter((t, i, a) => t !== s.author && a.indexOf(t) === i);
}
