import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout266-a2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file a: a Netflix Tech Blog-style post on a Medium custom domain (Medium's metabar with Sign up / Sign in,
 * the publication header, author row with Follow, read time and date, clap / response / Listen / Share bar, figure captions, the
 * "Written by" card, "More from" and "Recommended from Medium" rails, the footer) and, from file a2, a Ghost (Casper) post.
 */
const mTitle = 'Moving the playback session store without a maintenance window';
const m1 = [
  j(
    'Every time a member presses play on a Tidewell device, a small record is written to what we call the session store. It holds',
    'the position in the title, the chosen audio track, the subtitle preference and a lease that tells other devices on the same',
    'account that a stream is already running.',
  ),
  j(
    'For six years that store lived on a self-managed cluster that had grown by accretion. Last autumn we moved it to a new',
    'storage tier, and we did it while members kept watching. This post describes how the migration worked and what we would',
    'change if we had to do it again.',
  ),
];
const mH1 = 'Why a window was not an option';
const m2 = [
  j(
    'Our traffic never drops to zero. The quietest hour, around four in the morning in the Pacific time zone, still sees tens of',
    'thousands of writes a second because it is evening somewhere else. A maintenance window would have meant telling some part',
    'of the world that resume points would be lost for the night.',
  ),
  'We set three rules for the project before writing any code:',
];
const mL1 = [
  'No member-visible error may be caused by the migration itself.',
  'Either store must be able to serve every read on its own at any point, so we could roll back in one step.',
  'Every phase must be reversible with a configuration change, not a deploy.',
];
const mH2 = 'Dual writes, shadow reads';
const m3 = [
  j(
    'The migration ran in four phases. First the session service began writing every change to both stores, while reads still came',
    'from the old one. A background copier then walked the old keyspace and filled in records that had not been touched since dual',
    'writes began.',
  ),
  j(
    'In the third phase we turned on shadow reads: for a sampled share of requests the service read both stores and compared the',
    'answers, logging any difference without changing what the device saw. Only when the mismatch rate had stayed below one in a',
    'million for two weeks did we flip reads to the new store.',
  ),
  j(
    'The comparisons found real bugs. The largest was a clock-skew problem: the old cluster resolved conflicting writes by the',
    'timestamp of the storage node, the new one by the timestamp the client sent. For members who switched devices quickly, the',
    'two stores disagreed about which resume point won.',
  ),
];
const mQuote = 'The shadow reads were the most boring part of the project to build and the only part that saved us.';
const mH3 = 'What we would do differently';
const m4 = [
  j(
    'We underestimated the copier. Walking the keyspace at full speed competed with live traffic, and we throttled it so hard that',
    'the backfill took nine days instead of two. Next time we would build the copier to read from a replica from the start.',
  ),
  j(
    'We would also publish the mismatch dashboard to the device teams earlier. Several of the differences came from old television',
    'clients that sent malformed leases, and the people who owned those clients could have fixed them weeks before we found them.',
  ),
  j(
    'The old cluster was switched off in January. The session service now has one store, one conflict rule and a runbook that fits',
    'on a single page, which is the outcome we wanted all along.',
  ),
];
const mCap1 = 'Phases of the migration: dual writes, backfill, shadow reads and the read flip.';
const mCap2 = 'Mismatch rate during the shadow-read phase, per million compared reads.';
const mMore = [
  'How we test subtitle timing across two hundred device models',
  'A year of running our own feature flag service',
  'Cutting start-up time for the living room app by a third',
];
const mRec = ['The quiet cost of retries in distributed systems', 'What I learned migrating a billion rows with Postgres logical replication'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mp = ' class="pw-post-body-paragraph ny nz gu oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou gn bk" data-selectable-paragraph=""';
const mh = (id: string, t: string): string =>
  `<h2 id="${id}" class="pc pd gu bf pe pf pg ph pi pj pk pl pm pn po pp pq pr ps pt bk" data-selectable-paragraph="">${t}</h2>`;
const mFig = (
  n: number,
  cap: string,
): string => `<figure class="pu pv pw px py pz pr ps paragraph-image"><div role="button" tabindex="0" class="qa qb fj qc bh qd">
<div class="pr ps pt"><picture><source srcset="https://miro.medium.example/v2/resize:fit:1400/format:webp/1*fig${n}.png" type="image/webp">
<img alt="" class="bh md qe c" width="700" height="394" loading="lazy" role="presentation"></picture></div></div>
<figcaption class="qf fe qg pr ps qh qi bf b bg z du" data-selectable-paragraph="">${cap}</figcaption></figure>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Priya Almadén | Tidewell Technology Blog</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:site_name" content="Medium"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" name="author" content="Priya Almadén">
<meta data-rh="true" property="article:published_time" content="2026-03-10T17:02:11.412Z"><meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="7 min read"><link data-rh="true" rel="canonical"
href="https://techblog.tidewell.example/moving-the-playback-session-store-4f1e2a9c">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-03-10T17:02:11.412Z","author":{"@type":"Person","name":"Priya Almadén"},"publisher":{"@type":"Organization",
"name":"Tidewell Technology Blog"}}</script>
<style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c">
<div class="l m n o p q r s t u v"><div class="l dh"><div class="ab ca"><a href="https://techblog.tidewell.example/?source=post_page---" aria-label="Homepage">
<span class="bf b dy z fu">Tidewell Technology Blog</span></a></div><div class="ab q">
<span class="bf b bg z bk"><a class="ax ay az ba bb bc" href="https://medium.example/m/signin?operation=register">Sign up</a></span>
<span class="bf b bg z bk"><a class="ax ay az ba bb bc" href="https://medium.example/m/signin?operation=login">Sign in</a></span></div></div></div>
<div class="ff fg fh fi fj l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gs gt gu gv gw"></div>
<div class="gx gy gz ha hb"><div class="ab ca"><div class="ch bg hc hd he hf">
<div><h1 id="b2d8" class="pw-post-title hr hs gu bf ht hu hv hw hx hy hz ia ib ic id ie if ig ih ii ij ik il im in io ip iq bk"
data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ir is it iu iv ab">
<div><div class="bm" aria-hidden="false"><a href="/@palmaden?source=post_page---byline--"><div class="l iw ix by iy iz">
<img alt="Priya Almadén" class="l ff by dc dd cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*pa.jpeg"
width="44" height="44"></div></a></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ja ab q"><div class="ab q jb">
<p class="bf b jc jd bk"><a class="af ag ah ai aj ak al am an ao ap aq ar je" data-testid="authorName" href="/@palmaden">Priya Almadén</a></p></div>
<span class="jf jg" aria-hidden="true"><span class="bf b bg z du">·</span></span><p class="bf b jc jd du"><span><a
class="jh ji ah ai aj ak al am an ao ap aq ar ex jj jk"
href="/m/signin?actionUrl=follow">Follow</a></span></p></div></div></span></div></div>
<div class="l jl"><span class="bf b bg z du"><div class="ab cn jm jn jo"><div class="jp jq ab"><div class="bf b bg z du ab jr">
<span class="js l jl">Published in</span><div><a class="af ag ah ai aj ak al am an ao ap aq ar je ab q" data-testid="publicationName"
href="https://techblog.tidewell.example/"><p class="bf b bg z jt ju jv jw jx jy jz ka bk">Tidewell Technology Blog</p></a></div></div></div>
<div class="h k"><span class="jf jg" aria-hidden="true"><span class="bf b bg z du">·</span></span></div>
<span data-testid="storyReadTime">7 min read</span><div class="kb kc l" aria-hidden="true"><span class="l" aria-hidden="true"><span
class="bf b bg z du">·</span></span></div>
<span data-testid="storyPublishDate">Mar 10, 2026</span></div></span></div></div></div>
<div class="ab cp kd ke kf kg kh ki kj kk kl km kn ko kp kq kr ks"><div class="h k w fg fh q"><div class="li l"><div class="ab q lj lk">
<div class="pw-multi-vote-icon fj jl ll lm ln"><button data-testid="headerClapButton" class="lo ao lp lq lr ls am lt lu lv ln"></button></div>
<div class="pw-multi-vote-count l lw lx ly lz ma mb mc"><p class="bf b dv z du"><span class="md">--</span></p></div></div></div>
<div class="bq ab"><button class="ao me mh mi ab q fk mj mk" aria-label="responses"></button><p class="bf b dv z du"><span
class="pw-responses-count mg mf">4</span></p></div></div>
<div class="ab q"><div class="ml l jo"><button aria-label="Add to list bookmark button" class="af fk ah ai aj ak al mm an ao ap ex mn mo mp"></button></div>
<div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton"
class="af fk ah ai aj ak al mm an ao ap ex mx my mk mz na nb nc nd s ne nf ng nh ni nj">
<div class="j i d"><p class="bf b bg z du">Listen</p></div></button></div>
<div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-label="Share Post" data-testid="headerSocialShareButton"
class="af fk ah ai aj ak al mm an ao ap ex mx my mk mz na nb nc nd s ne nf ng nh ni nj"><div class="j i d"><p
class="bf b bg z du">Share</p></div></button></div></div></div>
</div></div></div></div></div>
${ps(m1, mp)}
${mFig(1, mCap1)}
${mh('c1a0', mH1)}
${ps(m2, mp)}
<ul class="">${lis(mL1, 'qj qk gu oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou ql qm qn bk')}</ul>
${mh('c1a1', mH2)}
${ps(m3, mp)}
<blockquote class="qo qp qq"><p class="ny nz qr oa b ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou gn bk"
data-selectable-paragraph="">${mQuote}</p></blockquote>
${mFig(2, mCap2)}
${mh('c1a2', mH3)}
${ps(m4, mp)}
</div></div></div></div></section></div></div></article></div>
<div class="l ak"><div class="ab ca"><div class="ch bg hc hd he hf"><div class="ab co sb"><div class="ab q sc">
<a href="/tag/distributed-systems" class="sd"><div class="se ff cx sf ge sg sh bf b bg z bk si">Distributed Systems</div></a>
<a href="/tag/database-migration" class="sd"><div class="se ff cx sf ge sg sh bf b bg z bk si">Database Migration</div></a>
<a href="/tag/site-reliability" class="sd"><div class="se ff cx sf ge sg sh bf b bg z bk si">Site Reliability</div></a></div></div></div></div></div>
<div class="l"><div class="tf tg th ti tj l bx"><div class="ab ca"><div class="ch bg hc hd he hf"><div class="tk ab kt tl">
<h2 class="pw-author-name bf ue uf ug uh ui uj uk ul um un uo up uq ur us ut bk"><a href="https://techblog.tidewell.example/">
<span class="gn uu">Published in Tidewell Technology Blog</span></a></h2><div class="tn ab jm"><div class="l jl"><span class="pw-follower-count bf b bg z du">
<a href="/followers">152K Followers</a></span></div></div><div class="tu l"><p class="bf b bg z bk"><span
class="gn">Learn about Tidewell’s world class engineering efforts,
company culture, and find out who is building the platform.</span></p></div>
<h2 class="pw-author-name bf ue uf ug uh ui uj uk ul um un uo up uq ur us ut bk"><a href="/@palmaden"><span
class="gn uu">Written by Priya Almadén</span></a></h2>
<div class="tu l"><p class="bf b bg z bk"><span
class="gn">Staff engineer, playback platform. Previously at a few places that stored too much state.</span></p></div>
</div></div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg hc hd he hf"><h2 class="bf ue sk z bk">Responses (4)</h2>
<div class="l"><a href="/m/signin?actionUrl=respond" class="bf b bg z du">What are your thoughts?</a></div>
<button class="bf b bg z bk">See all responses</button></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg hc hd he hf"><h2 class="bf ue sk z bk">More from Priya Almadén and Tidewell Technology Blog</h2>
<ul class="rail">${links(mMore)}</ul><h2 class="bf ue sk z bk">Recommended from Medium</h2><ul class="rail">${links(mRec)}</ul>
<a href="https://medium.example/?source=post_page---read_next_recirc" class="bf b bg z bk">See more recommendations</a></div></div></div>
<div class="vy vz wa wb wc wd we wf wg wh l"><div class="ab ca"><ul class="ab cn">${links(mFoot, 'wi')}</ul></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20260309-181455-0cf2f1a9b4";window.__GRAPHQL_URI__="https://techblog.tidewell.example/_/graphql"</script>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null}}</script><script
src="https://cdn-client.medium.example/lite/static/js/main.4f1c2e0a.js" async></script>
</body></html>`;
const medium: TestPage = {
  name: 'heldout266-medium-custom-domain-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...m1, ...m2, ...mL1, ...m3, mQuote, ...m4]),
  bylines: ['Priya Almadén', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewell Technology Blog', 'Sign up', 'Sign in', 'Follow', 'Published in', '7 min read', 'Listen', 'Share', mCap1, mCap2,
    'Distributed Systems', 'Database Migration', 'Site Reliability', 'Published in Tidewell Technology Blog', '152K Followers',
    'Learn about Tidewell’s world class engineering efforts, company culture, and find out who is building the platform.', 'Written by Priya Almadén',
    'Staff engineer, playback platform. Previously at a few places that stored too much state.', 'Responses (4)', 'What are your thoughts?',
    'See all responses', 'More from Priya Almadén and Tidewell Technology Blog', ...mMore, 'Recommended from Medium', ...mRec,
    'See more recommendations', ...mFoot,
  ],
};

export const HELDOUT266_A: readonly TestPage[] = [medium, ghost];
