/**
 * Held-out batch 84, file d2: the texts and HTML of a Medium publication post as a signed-out visitor saves it: the metabar
 * ("Open in app", "Sign up", "Sign in", "Write"), the publication's header and nav, the title and subtitle, the author row
 * with Follow, "Published in", reading time and date, the clap / response / Listen / Share bar (twice), the cover figure
 * caption, body h1 / h2 section headings, a pull quote, the tags, the "Written by" and "Published in" cards, two responses
 * with the response box, "More from" and "Recommended from Medium" cards and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const mdTitle = 'We Painted One Crosswalk. Here’s What the Data Said';
export const mdSub = 'A small experiment on a school street in Ostvale, and why the numbers surprised the people who ran it';
export const mdP1 = paras(`
Last spring, a group of parents at Linden Row Primary asked the city for a raised crossing outside the school gate. The answer
was the one most of us have heard before: there was no money this year, the street did not meet the threshold, and we could
apply again in eighteen months.

So we tried something smaller. With a permit for a “temporary community art installation,” twelve parents and a retired road
engineer painted a bright yellow-and-blue pattern across the existing zebra crossing, added two planters to narrow the kerb,
and set up a pair of cheap traffic counters. Then we watched what happened for ten weeks.
`);
export const mdH1 = 'What we measured';
export const mdP2 = paras(`
We wanted numbers the city would take seriously, so we kept it simple. The counters logged the speed of every car passing the
crossing, and two volunteers recorded how many drivers stopped for people waiting to cross during the morning drop-off.
`);
export const mdList = [
  'Median speed at the crossing, before and after painting.',
  'The share of drivers going faster than 30 km/h.',
  'How often a driver stopped for a waiting pedestrian within three seconds.',
  'How many children crossed without an adult.',
];
export const mdH2 = 'What changed';
export const mdP3 = paras(`
The median speed fell from 31 km/h to 26 km/h in the first week and stayed there. The share of drivers above 30 km/h dropped from
just over half to about one in five. That alone was more than we expected from paint and two planters.

The bigger change was in stopping. Before the mural, drivers stopped promptly for a waiting pedestrian about 58 percent of the
time. Afterwards, it was 84 percent. Several drivers told volunteers that they had never noticed there was a crossing there at
all.
`);
export const mdQuote = 'The crossing had been there for twenty years. The paint just made it impossible to pretend it wasn’t.';
export const mdH3 = 'What surprised us';
export const mdP4 = paras(`
We expected the effect to fade as people got used to the colours. By week ten, it had not. Speeds crept up by about one km/h,
but stopping rates held.

We also expected more complaints. We received three, all about the planters narrowing the street for delivery vans. One of the
delivery drivers, it turned out, had a child at the school and asked if we could move the planter half a metre instead of
removing it. We did.

The number of children crossing alone went up, from around 15 a morning to 24. Several parents said they felt comfortable
letting older children walk the last block for the first time.
`);
export const mdH4 = 'What happens next';
export const mdP5 = paras(`
We sent the city a nine-page report with the raw counts attached. Last month, the transport committee agreed to make the
changes permanent and to fund raised crossings at Linden Row and two other schools next year.

If you are thinking of trying this on your street, talk to your council first, measure before you paint, and ask a road
engineer to check the design. Paint is cheap. The data is what makes people listen.
`);
export const mdPubNav = ['Home', 'Archive', 'About', 'Submit'];
export const mdCaption = 'The crossing outside Linden Row Primary on the morning after painting. Photo by the author.';
export const mdTags = ['Urban Planning', 'Road Safety', 'Cities', 'Community', 'Transportation'];
export const mdAuthorBio = 'Parent, former bus driver, occasional number-cruncher. Writing about streets and the people who use them.';
export const mdPubBio = 'Stories about the places we live, and the people trying to make them better.';
export const mdResponses = [
  {
    name: 'Joss Whitlow',
    date: 'Oct 4, 2025',
    text: 'We did almost exactly this at our kids’ school and got the same pushback from the council at first. The counters made all the difference.',
  },
  { name: 'Annika Brandt', date: 'Oct 6, 2025', text: 'Which counters did you use? We have a budget of about 300 euros.' },
];
export const mdMore = [
  'The Bus Stop That Nobody Could Find',
  'Why Our Street Market Closes the Road on Saturdays',
  'Ten Things I Learned Driving the Night Bus',
];
export const mdRec = ['How Small Cities Can Fix Their Downtowns Without a Big Budget', 'The Quiet Return of the Neighbourhood Shop'];
export const mdFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];

const cls = 'pw-post-body-paragraph ob oc gu od b oe of og oh oi oj ok ol om on oo op oq or os ot ou ov ow ox oy gn bk';
const ps = (a: readonly string[]): string =>
  a.map((p, i) => `<p id="${(0xa1c0 + i * 7).toString(16)}" class="${cls}" data-selectable-paragraph="">${p}</p>`).join('\n');
const hh = (t: string, tag = 'h1'): string =>
  `<${tag} id="h-${t.length}" class="oz pa gu be pb pc pd pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt pu pv pw bk"
data-selectable-paragraph="">${t}</${tag}>`;
const ufi = (where: string): string => `<div class="ab q ph pi" data-testid="${where}-ufi"><div class="pw-multi-vote-icon ed jr js jt ju">
<button data-testid="headerClapButton" class="ju ao jx" aria-label="clap"></button></div><div class="pw-multi-vote-count l jv jw"><p class="bf b dv z dr">
<button class="af ag ah ai aj ak al am an ao ap aq ar as at">412</button></p></div>
<button aria-label="responses" class="af ag ah ai aj ak al am an ao ap aq ar as at"><p class="bf b dv z dr"><span class="pw-responses-count kv kw">8</span></p>
</button><button aria-label="Listen" data-testid="audioPlayButton" class="af fk ah ai aj ak al kz an ao ap ex la lb kq lc ld le lf lg"><p class="bf b bg z dr">
<span class="pw-listen">Listen</span></p></button><button data-testid="${where}SocialShareButton" class="af fk ah ai aj ak al kz"><p
class="bf b bg z dr">Share</p>
</button></div>`;

export const mdHtml = `<!doctype html><html lang="en"><head><title>${mdTitle} | by Priya Castellanos | Harbour Light | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${mdTitle}">
<meta data-rh="true" name="description" content="${mdSub}"><meta data-rh="true" property="article:author" content="https://medium.com/@pcastellanos">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="6 min read">
<link data-rh="true" rel="canonical" href="https://medium.com/harbour-light/we-painted-one-crosswalk-9f3c2e1b7a40">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mdTitle}",
"datePublished":"2025-10-03T14:12:08.551Z","author":{"@type":"Person","name":"Priya Castellanos","url":"https://medium.com/@pcastellanos"},
"publisher":{"@type":"Organization","name":"Harbour Light"},"isAccessibleForFree":true}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">
<div class="m n o p q r s t u v w x y z ab ac"><div class="ab ae af ag ah ai aj ak al am an ao ap aq ar">
<a href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F9f3c2e1b7a40" class="ag ah ai aj ak al am an ao ap aq ar as at au"
rel="noopener">
Open in app</a></div><div class="ab q av"><a aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/" class="ag ah ai aj ak al">
<svg viewBox="0 0 719 160" class="aw ax"></svg></a><div class="ay l"><div class="ab az ba bb bc bd"><div class="bf bg ab q bh"></div>
<input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput"
placeholder="Search"></div></div></div>
<div class="ab q bi"><a data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=%2Fnew-story" class="ag ah ai aj">
<div class="bf b bg z bj ab bk bl"><span>Write</span></div></a><span class="bm bn"><a data-testid="headerSignUpButton" class="ag ah ai aj ak al am an ao ap"
href="https://medium.com/m/signin?operation=register">Sign up</a></span><span class="bm bo"><a data-testid="headerSignInButton" class="ag ah ai aj"
href="https://medium.com/m/signin?operation=login">Sign in</a></span></div></div>
<div class="bp bq br bs bt"><div class="ab ca"><a href="https://medium.com/harbour-light?source=post_page---publication_nav" class="bv bw">
<img alt="Harbour Light" class="l do bx by bz cx" src="https://miro.medium.example/v2/resize:fill:76:76/harbour-light.png" width="38" height="38"></a>
<nav class="ab q" aria-label="publication navigation"><ul class="ab q ce">${mdPubNav
  .map(
    (t) => `<li class="cf"><a class="cg ch"
href="/harbour-light/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}
</ul></nav></div></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gm gn go gp gq"><div class="ab ca">
<div class="ch bg ew ex ey ez"><div><h1 id="5c3a" class="pw-post-title gr gs gt be gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp bj"
data-testid="storyTitle" data-selectable-paragraph="">${mdTitle}</h1></div>
<div><h2 id="d41f" class="pw-subtitle-paragraph hq gs gt be b hr hs ht hu hv hw hx hy hz ia ib ic id ie if cq dv" data-selectable-paragraph="">${mdSub}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ig ih ii ij ik ab"><div><div class="ab il"><div><div class="bm"
aria-hidden="false">
<a href="https://medium.com/@pcastellanos?source=post_page---byline"><div class="l im in by io ip"><img alt="Priya Castellanos" class="l eq by dd de cx"
src="https://miro.medium.example/v2/resize:fill:88:88/pc.jpeg" width="44" height="44"></div></a></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="iq ab q"><div class="ab q ir"><div class="ab q"><div><div
class="bm"
aria-hidden="false"><p class="be b bf z dv"><a class="af ag ah ai aj ak al am an ao ap aq ar is" data-testid="authorName"
href="https://medium.com/@pcastellanos?source=post_page---byline">Priya Castellanos</a></p></div></div></div><span class="it iu" aria-hidden="true">
<span class="be b bf z dr">·</span></span><p class="be b bf z dr"><span><a class="iv iw ah ai aj ak al am an ao ap aq ar ex ix iy"
href="#">Follow</a></span></p>
</div></div></span></div></div><div class="l iz"><span class="be b bf z dr"><div class="ab cn ja jb jc"><div class="jd je ab"><div class="be b bf z dr ab jf">
<span class="jg l iz">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar is ab q"
data-testid="publicationName"
href="https://medium.com/harbour-light?source=post_page---byline"><p class="be b bf z jh ji jj jk jl jm jn jo bj">Harbour Light</p></a></div></div></div>
<div class="h k"><span class="it iu" aria-hidden="true"><span class="be b bf z dr">·</span></span></div></div><span class="be b bf z dr"><div class="ab ae">
<span data-testid="storyReadTime">6 min read</span><div class="jp jq l" aria-hidden="true"><span class="l" aria-hidden="true"><span
class="be b bf z dr">·</span></span>
</div><span data-testid="storyPublishDate">Oct 3, 2025</span></div></span></div></span></div></div></div>
${ufi('header')}</div></div></div>
<figure class="mo mp mq mr ms mt ml mm paragraph-image"><div role="button" tabindex="0" class="mu mv fk mw bh mx"><div class="ml mm mn"><picture>
<img alt="" class="bh fl my c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.example/v2/resize:fit:1400/crossing.jpeg">
</picture></div></div><figcaption class="mz fg na ml mm nb nc be b bf z dr" data-selectable-paragraph="">${mdCaption}</figcaption></figure>
${ps(mdP1)}
${hh(mdH1)}
${ps(mdP2)}
<ul class="">${mdList.map((t) => `<li id="li-${t.length}" class="${cls} qa qb qc bk" data-selectable-paragraph="">${t}</li>`).join('\n')}</ul>
${hh(mdH2)}
${ps(mdP3)}
<blockquote class="qd qe qf"><p id="q1" class="${cls}" data-selectable-paragraph=""><em class="qg">${mdQuote}</em></p></blockquote>
${hh(mdH3, 'h2')}
${ps(mdP4)}
${hh(mdH4, 'h2')}
${ps(mdP5)}
</div></div></div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg ew ex ey ez"><div class="re rf ab iq"><div class="rg ab">${mdTags
  .map((t) => `<a href="https://medium.com/tag/${t.toLowerCase().replace(/ /g, '-')}" class="rh bx"><div class="ri dx rj rk rl">${t}</div></a>`)
  .join('')}</div></div>${ufi('footer')}</div></div>
<div class="l sa"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="sb ab kr gd"><a href="https://medium.com/@pcastellanos"><img
alt="Priya Castellanos"
class="l eq by sc sd cx" src="https://miro.medium.example/v2/resize:fill:96:96/pc.jpeg"></a></div><div class="ab co"><a href="https://medium.com/@pcastellanos">
<h2 class="be wo sf sg bj">Written by Priya Castellanos</h2></a><div class="sh ab"><span class="pw-follower-count be b bf z bj">387 followers</span>
<span> · </span><a class="af ag ah ai" href="https://medium.com/harbour-light">Writer for Harbour Light</a></div><p class="be b bf z bj">${mdAuthorBio}</p>
<button class="be b bf z rn ro">Follow</button></div>
<div class="ab co"><a href="https://medium.com/harbour-light"><h2 class="be wo sf sg bj">Published in Harbour Light</h2></a><div class="sh ab">
<span class="be b bf z bj">2.4K followers</span><span> · </span><span>Last published 5 days ago</span></div><p class="be b bf z bj">${mdPubBio}</p></div>
</div></div></div>
<div class="l sj"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="sk l"><h2 class="be wo sf sg bj">Responses (8)</h2>
<div class="sl sm l"><div class="ab q"><img alt="" class="l eq by sn so cx" src="https://miro.medium.example/v2/resize:fill:32:32/anon.png"><div class="sp">
<span class="be b bf z bj">What are your thoughts?</span></div></div><div class="ab q sq"><button class="be b bf z">Cancel</button><button
class="be b bf z">Respond</button>
</div></div>${mdResponses
  .map(
    (r) => `<div class="ss l" data-testid="responses"><div class="ab q"><a href="https://medium.com/@${r.name.split(' ')[0]?.toLowerCase()}"><p
class="be b bf z bj">${r.name}</p>
</a><span class="be b bf z dr">${r.date}</span></div><pre class="st su sv sw sx sy sz ta tb tc td te tf tg bj">${r.text}</pre>
<div class="ab q"><span class="be b bf z dr">3</span><button class="be b bf z dr">Reply</button></div></div>`,
  )
  .join('\n')}<button class="be b bf z bj tz ua">See all responses</button></div></div></div></div>
<div class="l ub"><div class="ab ca"><div class="ch bg ew ex ey ez"><h2 class="be wo sf sg bj">More from Priya Castellanos and Harbour Light</h2>
<div class="uc ud l">${mdMore.map((t) => `<div class="ue l"><a href="#"><h2 class="be gu uf ug bj">${t}</h2></a></div>`).join('')}</div>
<h2 class="be wo sf sg bj">Recommended from Medium</h2><div class="uc ud l">${mdRec
  .map(
    (t) => `<div class="ue l"><a href="#"><h2
class="be gu uf ug bj">${t}</h2></a></div>`,
  )
  .join('')}
</div></div></div></div>
<div class="ab ca ui uj uk ul um"><div class="ch bg ew ex ey ez"><div class="ab q un"><ul class="ab q uo">${mdFoot
  .map(
    (t) =>
      `<li class="up"><a class="af ag ah ai" href="https://help.medium.example/${t.toLowerCase().replace(/ /g, '-')}"><p
class="be b dv z dr">${t}</p></a></li>`,
  )
  .join('')}</ul></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20251103-183215-4fd2b0e4f7";window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.5a2f1d.js" async></script></body></html>`;
